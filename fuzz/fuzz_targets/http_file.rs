//! HTTP request files (VS Code REST Client, JetBrains HTTP Client). Text that is not UTF-8 is
//! read as the CLI reads it, with U+FFFD in place of each invalid sequence.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    secmaster_report_fuzz::check_request_file(&text, secmaster_report::request::parse_http_file);
});

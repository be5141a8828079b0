//! The whole check of a body given as bytes, as the CLI and the npm package give it.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    secmaster_report_fuzz::check_body(data);
});

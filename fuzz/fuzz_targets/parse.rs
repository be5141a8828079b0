//! The JSON parser: spans inside the text and on character boundaries, children inside their
//! parents, decoded strings that agree with `char_len`, and the same verdict and values as
//! serde_json.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        secmaster_report_fuzz::parser::check(text);
    }
});

//! Cron expressions of send rules: the input is the `rule` string of one send rule in the API
//! reference example, written with and without escapes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use secmaster_report_fuzz::{
    check_body, check_body_once, example_body, quote, Escaping, EXAMPLE_BINDING_WIZARD,
};

fuzz_target!(|data: &[u8]| {
    let rule = String::from_utf8_lossy(data);
    for escaping in Escaping::ALL {
        let rules = format!("[{{\"rule\" : {}}}]", quote(&rule, escaping));
        let (body, _) = example_body(EXAMPLE_BINDING_WIZARD, Some(&rules));
        // Escapes change where spans and fixes go, not what is found, so the runs that do not
        // depend on spans (a second run, tight limits, the typed model) are done once.
        if escaping == Escaping::Minimal {
            check_body(body.as_bytes());
        } else {
            check_body_once(body.as_bytes());
        }
    }
});

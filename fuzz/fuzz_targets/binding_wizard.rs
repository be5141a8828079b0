//! The nested `binding_wizard` document: the input is the nested text, written into the API
//! reference example with three kinds of escaping. Spans must map back through the escapes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use secmaster_report_fuzz::{
    check_body, check_body_once, check_nested_spans, check_nested_syntax_error, example_body,
    full_options, quote, Escaping,
};

fuzz_target!(|data: &[u8]| {
    let nested = String::from_utf8_lossy(data);
    let limits = full_options().limits;
    for escaping in Escaping::ALL {
        let (body, literal) = example_body(&quote(&nested, escaping), None);
        // The escapings differ only in where spans map to, so the runs that do not depend on
        // spans (a second run, tight limits, the typed model) are done once.
        let report = if escaping == Escaping::Minimal {
            check_body(body.as_bytes());
            secmaster_report::validate(&body, &full_options())
        } else {
            check_body_once(body.as_bytes())
        };
        check_nested_spans(&body, literal, &report.diagnostics);
        check_nested_syntax_error(&body, &nested, &report.diagnostics, &limits);
    }
});

//! Input given as bytes: text that is not UTF-8 is reported where it starts, never a panic.

use secmaster_report::{validate_bytes, Options};

#[test]
fn invalid_utf8_is_reported_at_first_bad_byte() {
    let input = b"{\n  \"report_name\": \"caf\xe9\"\n}";
    let report = validate_bytes(input, &Options::default());
    assert_eq!(report.diagnostics.len(), 1);
    let diagnostic = &report.diagnostics[0];
    assert_eq!(diagnostic.name, "json-syntax");
    assert_eq!(diagnostic.pointer, "");
    assert_eq!(diagnostic.span.start, 23);
    assert_eq!((diagnostic.start.line, diagnostic.start.column), (2, 22));
}

#[test]
fn truncated_multibyte_character_is_reported() {
    let input = "{\"report_name\": \"中".as_bytes();
    let truncated = &input[..input.len() - 1];
    let report = validate_bytes(truncated, &Options::default());
    assert_eq!(report.diagnostics.len(), 1);
    assert_eq!(report.diagnostics[0].name, "json-syntax");
    assert_eq!(report.diagnostics[0].span.start as usize, input.len() - 3);
}

#[test]
fn valid_bytes_match_text_validation() {
    let text = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/broken-request.json"),
    )
    .unwrap();
    let from_bytes = validate_bytes(&text, &Options::default());
    let from_text =
        secmaster_report::validate(std::str::from_utf8(&text).unwrap(), &Options::default());
    assert_eq!(from_bytes, from_text);
}

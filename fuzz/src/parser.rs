//! Invariants of the span-aware JSON parser, and a comparison with serde_json.

use secmaster_report::syntax::{self, Document, Kind, SyntaxErrorKind, Value};
use secmaster_report::{Limits, Span};

/// Parses `text` and asserts the parser's invariants.
pub fn check(text: &str) {
    let limits = Limits::default();
    let parsed = syntax::parse(text, &limits);
    match &parsed {
        Ok(document) => check_tree(text, document),
        Err(error) => {
            check_span(text, error.span);
        }
    }
    compare_with_serde_json(text, &parsed);
}

fn check_span(text: &str, span: Span) {
    assert!(span.start <= span.end, "reversed span {span:?}");
    assert!(
        span.end as usize <= text.len(),
        "span {span:?} past the end"
    );
    assert!(
        text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize),
        "span {span:?} not on character boundaries"
    );
}

/// Walks the tree without recursion, because it can be as deep as the depth limit.
fn check_tree(text: &str, document: &Document<'_>) {
    let mut stack: Vec<Value<'_, '_>> = vec![document.root()];
    let mut visited = 0;
    while let Some(value) = stack.pop() {
        visited += 1;
        let span = value.span();
        check_span(text, span);
        assert_eq!(value.raw(), &text[span.start as usize..span.end as usize]);
        if let Some(key) = value.key_span() {
            check_span(text, key);
            assert!(
                key.end <= span.start,
                "key {key:?} after its value {span:?}"
            );
            assert!(value.key().is_some());
        }
        match value.kind() {
            Kind::String => {
                let decoded = value.as_str().expect("a string decodes");
                assert_eq!(value.char_len(), Some(decoded.chars().count()));
            }
            Kind::Number => {
                let _ = value.as_i64();
                let _ = value.is_integral_number();
            }
            Kind::Array | Kind::Object => {
                let mut count = 0;
                let mut previous_end = span.start;
                for child in value.children() {
                    let child_span = child.span();
                    assert!(
                        span.start < child_span.start && child_span.end < span.end,
                        "child {child_span:?} outside its parent {span:?}"
                    );
                    assert!(child_span.start >= previous_end, "children overlap");
                    previous_end = child_span.end;
                    assert_eq!(child.key_span().is_some(), value.kind() == Kind::Object);
                    count += 1;
                    stack.push(child);
                }
                assert_eq!(count, value.len());
            }
            Kind::Null | Kind::Bool => {}
        }
    }
    assert_eq!(visited, document.len());
}

/// Asserts that the parser accepts what serde_json accepts and rejects what it rejects, with
/// the same values. The exceptions are the documented ones: a leading byte order mark, the
/// depth limit (serde_json stops at 128 too, one level apart), and numbers out of the range
/// of `f64`, which serde_json rejects and this parser keeps as written.
fn compare_with_serde_json(text: &str, parsed: &Result<Document<'_>, syntax::SyntaxError>) {
    let without_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let reference = serde_json::from_str::<serde_json::Value>(without_bom);
    match (parsed, reference) {
        (Ok(document), Ok(expected)) => {
            let value = document.root().to_json();
            assert!(
                same_value(&value, &expected),
                "values differ: {value} {expected}"
            );
        }
        (Ok(_), Err(error)) => {
            let message = error.to_string();
            assert!(
                message.contains("number out of range") || message.contains("recursion limit"),
                "accepted what serde_json rejects: {message}"
            );
        }
        (Err(error), Ok(_)) => {
            assert!(
                matches!(
                    error.kind,
                    SyntaxErrorKind::TooDeep | SyntaxErrorKind::TooLarge
                ),
                "rejected what serde_json accepts: {error:?}"
            );
        }
        (Err(_), Err(_)) => {}
    }
}

/// Compares two values, with floats allowed to differ in the last places: the checker rounds
/// floats correctly, and serde_json without its `float_roundtrip` feature does not always.
fn same_value(left: &serde_json::Value, right: &serde_json::Value) -> bool {
    use serde_json::Value;

    match (left, right) {
        (Value::Number(left), Value::Number(right)) if left.is_f64() && right.is_f64() => {
            let (left, right) = (left.as_f64().unwrap_or(0.0), right.as_f64().unwrap_or(0.0));
            // serde_json's fast float parser can be a few units in the last place off.
            left == right || (left - right).abs() <= left.abs().max(right.abs()) * 1e-15
        }
        (Value::Array(left), Value::Array(right)) => {
            left.len() == right.len() && left.iter().zip(right).all(|(a, b)| same_value(a, b))
        }
        (Value::Object(left), Value::Object(right)) => {
            left.len() == right.len()
                && left
                    .iter()
                    .zip(right)
                    .all(|((ka, va), (kb, vb))| ka == kb && same_value(va, vb))
        }
        _ => left == right,
    }
}

//! JSON Schema export (draft 2020-12), generated from the field table and the rule registry.
//! PLACEHOLDER: being written.

use crate::messages::Locale;

/// Generates the JSON Schema of the Create Security Report request body in a locale.
pub fn generate(_locale: Locale) -> serde_json::Value {
    serde_json::json!({})
}

/// Serialises the schema of a locale with 2-space indentation and a trailing newline, exactly as
/// the committed files under `schema/` are written.
pub fn to_pretty_string(locale: Locale) -> String {
    let mut text = serde_json::to_string_pretty(&generate(locale)).unwrap_or_default();
    text.push('\n');
    text
}

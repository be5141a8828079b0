//! WebAssembly bindings of `secmaster-report`, built by `scripts/build-wasm.sh` into the npm
//! package `secmaster-report` (`pkg/`).
//!
//! The exports here are the low-level layer: they take plain strings and numbers and return
//! plain JavaScript objects. The package's JavaScript wrapper (`pkg/src/api.js`) turns the public
//! options object into these arguments, serialises object input to JSON text and groups
//! diagnostics by field.
//!
//! `schema()` is not here: `pkg/dist/schema.js` contains the rendered schema files
//! ([`schema_module`]), which keeps the schema generator out of the `.wasm`.
//!
//! Every export returns a `Result`, so invalid options throw a JavaScript `Error`. The core
//! reports problems in the input as diagnostics and does not panic on any input. A panic would
//! trap and leave the module unusable, because the build aborts on panic.

use serde::Serialize;
use wasm_bindgen::prelude::*;

pub mod output;
pub mod schema_module;
pub mod settings;
pub mod typescript;

/// Checks a request body and returns its diagnostics, with messages rendered in `locale`.
///
/// `rule_levels` alternates rule (code or name) and level, as [`settings::build_options`] reads
/// it; `undefined` sets no level.
#[wasm_bindgen]
pub fn validate(
    text: &str,
    locale: &str,
    workspace_id: Option<String>,
    project_id: Option<String>,
    now: Option<f64>,
    rule_levels: Option<Vec<String>>,
) -> Result<JsValue, JsError> {
    let locale = settings::parse_locale(locale).map_err(js_error)?;
    let options = settings::build_options(
        workspace_id,
        project_id,
        now,
        rule_levels.as_deref().unwrap_or_default(),
    )
    .map_err(js_error)?;

    let report = secmaster_report::validate(text, &options);
    let diagnostics = output::convert(text, report, locale);
    to_js(&diagnostics)
}

/// Returns true when the body has no error-severity diagnostic. Renders no message, but checks
/// `locale` like [`validate`], so that the same options are accepted or rejected by both.
#[wasm_bindgen(js_name = isValid)]
pub fn is_valid(
    text: &str,
    locale: &str,
    workspace_id: Option<String>,
    project_id: Option<String>,
    now: Option<f64>,
    rule_levels: Option<Vec<String>>,
) -> Result<bool, JsError> {
    settings::parse_locale(locale).map_err(js_error)?;
    let options = settings::build_options(
        workspace_id,
        project_id,
        now,
        rule_levels.as_deref().unwrap_or_default(),
    )
    .map_err(js_error)?;

    Ok(!secmaster_report::validate(text, &options).has_errors())
}

/// Returns every rule of the registry, ordered by code.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(secmaster_report::RULES)
}

/// Returns the rule with a code (any case) or name, or `null`.
///
/// NOTE: the core documents its rules in English only, so `locale` is checked but does not yet
/// change the text.
#[wasm_bindgen]
pub fn explain(rule: &str, locale: &str) -> Result<JsValue, JsError> {
    settings::parse_locale(locale).map_err(js_error)?;
    match secmaster_report::rules::find(rule) {
        Some(rule) => to_js(rule),
        None => Ok(JsValue::NULL),
    }
}

/// Returns the canonical name of a locale (`"en"` or `"zh-CN"`) for any spelling the core
/// accepts, such as `zh_cn`.
#[wasm_bindgen(js_name = localeName)]
pub fn locale_name(locale: &str) -> Result<String, JsError> {
    Ok(settings::parse_locale(locale)
        .map_err(js_error)?
        .as_str()
        .to_owned())
}

/// Converts an invalid option into the `Error` that the call throws. The prefix names the package
/// in the message, as the JavaScript wrapper's own errors do.
fn js_error(error: settings::SettingsError) -> JsError {
    JsError::new(&format!("secmaster-report: {error}"))
}

/// Converts a value into plain JavaScript objects and arrays: maps become objects, not `Map`s.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|error| JsError::new(&error.to_string()))
}

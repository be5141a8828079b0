//! WebAssembly bindings of `secmaster-report`, built by `scripts/build-wasm.sh` into the npm
//! package `secmaster-report` (`pkg/`).
//!
//! The exports here are the low-level layer: they take plain strings, bytes and numbers, and
//! return booleans, diagnostics encoded in one byte array ([`output::encode`]) or JSON text. The
//! package's JavaScript wrapper (`pkg/src/api.js`) turns the public options object and request
//! object into these arguments, serialises object input to JSON text, builds the diagnostic
//! objects from the bytes and groups diagnostics by field.
//!
//! One export, [`check`], serves every input form and both `validate…` and `isValid…`
//! functions of the package. Each export costs a few kilobytes of argument conversion code in
//! the `.wasm`, which has a size budget.
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
pub mod request;
pub mod rules_module;
pub mod schema_module;
pub mod settings;
pub mod typescript;

/// Checks one input and returns its diagnostics, with messages rendered in `locale`, as the
/// bytes of [`output::encode`] (`null` for none), or with `messages` false only whether it has
/// no error-severity diagnostic.
///
/// `form` names the input form and what `text` and `parts` hold:
///
/// | form | `text` | `parts` |
/// |---|---|---|
/// | `body` | the body, JSON text | none |
/// | `request-url` | the body | method, URL, then each header's name and value |
/// | `request-path` | the body | method, `project_id`, `workspace_id`, then each header's name and value |
/// | `http-file` | an HTTP request file | none |
/// | `curl-command` | a curl command | none |
///
/// `text` arrives as UTF-8 bytes: the wrapper encodes it with `TextEncoder.encodeInto`. In
/// Node.js 20 that copied the benchmark documents (550 to 1,330 characters) 8 to 27 times faster
/// than the per-character loop of the bindings' `&str` conversion.
///
/// `rule_levels` alternates rule (code or name) and level, as [`settings::build_options`] reads
/// it; `undefined` sets no level. `locale` is checked also when `messages` is false, so that the
/// same options are accepted or rejected by both kinds of call.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn check(
    form: &str,
    text: &[u8],
    parts: Vec<String>,
    messages: bool,
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
    // TextEncoder writes valid UTF-8, so only a call that bypasses the wrapper fails here.
    let text = std::str::from_utf8(text)
        .map_err(|_| JsError::new("secmaster-report: the text is not valid UTF-8"))?;

    let report = match form {
        "body" => secmaster_report::validate(text, &options),
        "http-file" => secmaster_report::request::validate_http_file(text, &options),
        "curl-command" => secmaster_report::request::validate_curl_command(text, &options),
        "request-url" | "request-path" => {
            // Each diagnostic of a whole request has its span in one part, so `request`
            // converts them part by part.
            let input = request_input(form, text, parts).map_err(JsError::new)?;
            return if messages {
                Ok(encode(&request::validate(&input, &options, locale)))
            } else {
                Ok(JsValue::from_bool(request::is_valid(&input, &options)))
            };
        }
        _ => {
            let message = format!("secmaster-report: unknown input form `{form}`");
            return Err(JsError::new(&message));
        }
    };

    if messages {
        Ok(encode(&output::convert(text, report, locale)))
    } else {
        Ok(JsValue::from_bool(!report.has_errors()))
    }
}

/// Builds a whole request from the arguments of [`check`]. The wrapper has checked their
/// JavaScript types and counts, so an error here is a call that bypasses it.
fn request_input(
    form: &str,
    body: &str,
    parts: Vec<String>,
) -> Result<request::RequestInput, &'static str> {
    let mut parts = parts.into_iter();
    let mut next = || {
        parts
            .next()
            .ok_or("secmaster-report: the request has too few parts")
    };
    let method = next()?;
    let target = if form == "request-url" {
        request::Target::Url(next()?)
    } else {
        request::Target::Path {
            project_id: next()?,
            workspace_id: next()?,
        }
    };
    let rest: Vec<String> = parts.collect();
    if rest.len() % 2 != 0 {
        return Err("secmaster-report: a header of the request has a name but no value");
    }
    let headers = rest
        .chunks_exact(2)
        .map(|pair| (pair[0].clone(), pair[1].clone()))
        .collect();
    Ok(request::RequestInput {
        method,
        target,
        headers,
        body: body.to_owned(),
    })
}

/// Returns every rule of the registry as a JSON array, ordered by code, without documentation:
/// the package adds it from `dist/rules.js`.
#[wasm_bindgen]
pub fn rules() -> Result<String, JsError> {
    to_json(secmaster_report::RULES)
}

/// Returns the rule with a code (any case) or name as JSON text, or `null`, without
/// documentation: the package adds it from `dist/rules.js`.
///
/// NOTE: the core documents its rules in English only, so `locale` is checked but does not yet
/// change the text.
#[wasm_bindgen]
pub fn explain(rule: &str, locale: &str) -> Result<String, JsError> {
    settings::parse_locale(locale).map_err(js_error)?;
    match secmaster_report::rules::find(rule) {
        Some(rule) => to_json(rule),
        None => Ok("null".to_owned()),
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

/// Returns the diagnostics as a `Uint8Array` in the layout of [`output::encode`], or `null` when
/// there are none, which spares the copy of the array.
fn encode(diagnostics: &[output::JsDiagnostic]) -> JsValue {
    if diagnostics.is_empty() {
        return JsValue::NULL;
    }
    JsValue::from(output::encode(diagnostics))
}

/// Serialises a value as JSON text, which the wrapper reads with `JSON.parse`. serde_json in
/// place of serde-wasm-bindgen made the gzipped `.wasm` about 330 bytes smaller.
fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, JsError> {
    serde_json::to_string(value).map_err(|error| JsError::new(&error.to_string()))
}

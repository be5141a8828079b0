//! Invariants that the fuzz targets assert on every input, and the inputs they build.
//!
//! Each target calls one entry point of the checker and then these checks. A panic is a crash
//! that libFuzzer reports. Every span must lie inside the input and on a character boundary,
//! and every pointer must resolve in the document when the document parses. A second run must
//! give the same diagnostics, every message must render in every locale, the diagnostic limit
//! must hold, and no output may show a credential.

pub mod parser;

use secmaster_report::request::RequestFile;
use secmaster_report::syntax::{self, Document, Kind, Value};
use secmaster_report::{messages, Diagnostic, Limits, Locale, Options, Span};

/// The current time of the checks that need one: 2025-12-01T00:00:00Z.
pub const NOW_MS: i64 = 1_764_547_200_000;
pub const WORKSPACE_ID: &str = "75645d0a-93b8-4a7f-a77c-e97009389445";
pub const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";

/// The API reference example, a valid body that the nested and cron targets put their input
/// into. `binding_wizard` and `report_rule_infos` are replaced.
pub const EXAMPLE_PREFIX: &str = r#"{
  "layout_id" : "b240d19f-7bdb-39cd-bfc2-0d4b86d8747f",
  "report_period" : "weekly",
  "notification_task" : "b6940c3beee4413381be3f257ab6fb2d",
  "language" : "zh-CN",
  "report_name" : "q6YSAc1KBy",
  "report_range" : {
    "start" : "1662900406226",
    "end" : "1663505206226"
  },
"#;

/// The `binding_wizard` of the API reference example, as it is written in the body.
pub const EXAMPLE_BINDING_WIZARD: &str = r#""{\"binding_buttons\":[],\"boa_version\":\"v4\",\"create_time\":\"2025-11-20T10:51:40Z+0800\",\"creator_id\":\"5f0e4c1a9b2d4e7f8a6c3b1d0e9f2a4c\",\"creator_name\":\"report-admin\",\"workspace_id\":\"75645d0a-93b8-4a7f-a77c-e97009389445\"}""#;

/// Options with every check on: the path parameters and the current time are set.
pub fn full_options() -> Options {
    let mut options = Options::default();
    options.now_ms = Some(NOW_MS);
    options.workspace_id = Some(WORKSPACE_ID.to_owned());
    options.project_id = Some(PROJECT_ID.to_owned());
    options
}

/// Options with small limits, so that the inputs the fuzzer finds reach every limit.
pub fn tight_options() -> Options {
    let mut options = full_options();
    options.limits = Limits {
        max_input_bytes: 512,
        max_depth: 4,
        max_diagnostics: 3,
    };
    options
}

/// The escaping of a text written as the content of a JSON string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escaping {
    /// Only what JSON requires: quotes, backslashes and control characters.
    Minimal,
    /// Every character as `\uXXXX`, characters outside the BMP as surrogate pairs.
    Unicode,
    /// The minimal escapes, plus `\/` for every slash.
    Mixed,
}

impl Escaping {
    pub const ALL: [Escaping; 3] = [Escaping::Minimal, Escaping::Unicode, Escaping::Mixed];
}

/// Returns `text` as a JSON string literal, quotes included.
pub fn quote(text: &str, escaping: Escaping) -> String {
    match escaping {
        Escaping::Minimal => serde_json::to_string(text).expect("a string serialises"),
        Escaping::Unicode => {
            let mut quoted = String::with_capacity(text.len() * 6 + 2);
            quoted.push('"');
            for unit in text.encode_utf16() {
                quoted.push_str(&format!("\\u{unit:04x}"));
            }
            quoted.push('"');
            quoted
        }
        Escaping::Mixed => serde_json::to_string(text)
            .expect("a string serialises")
            .replace('/', "\\/"),
    }
}

/// Returns the API reference example with `binding_wizard` set to `literal`, a JSON value as
/// written, and the send rules given, also as written. Returns the body and the span of
/// `literal` in it.
pub fn example_body(binding_wizard: &str, send_rules: Option<&str>) -> (String, Span) {
    let mut body = String::from(EXAMPLE_PREFIX);
    if let Some(rules) = send_rules {
        body.push_str("  \"report_rule_infos\" : ");
        body.push_str(rules);
        body.push_str(",\n");
    }
    body.push_str("  \"binding_wizard\" : ");
    let start = body.len() as u32;
    body.push_str(binding_wizard);
    let end = body.len() as u32;
    body.push_str("\n}\n");
    (body, Span::new(start, end))
}

/// Asserts the invariants every diagnostic of a text must keep. Spans and fixes lie inside the
/// text and on character boundaries, and positions agree with the span. Messages render in
/// every locale, from catalogue templates whose parameters are all given.
pub fn check_diagnostics(input: &[u8], diagnostics: &[Diagnostic]) {
    let text = std::str::from_utf8(input).ok();
    let newlines: Vec<usize> = match text {
        Some(text) => text.match_indices('\n').map(|(at, _)| at).collect(),
        None => Vec::new(),
    };
    for diagnostic in diagnostics {
        check_span(input, text, diagnostic.span, diagnostic);
        if let Some(fix) = &diagnostic.fix {
            check_span(input, text, fix.span, diagnostic);
        }
        assert!(
            diagnostic.start.line >= 1 && diagnostic.start.column >= 1,
            "position not 1-based: {diagnostic:?}"
        );
        assert!(
            (diagnostic.start.line, diagnostic.start.column)
                <= (diagnostic.end.line, diagnostic.end.column),
            "start after end: {diagnostic:?}"
        );
        if text.is_some() {
            let lines_before = newlines.partition_point(|&at| at < diagnostic.span.start as usize);
            assert_eq!(
                diagnostic.start.line as usize,
                lines_before + 1,
                "line does not match span: {diagnostic:?}"
            );
        }
        check_message(diagnostic);
    }
    let sorted = diagnostics.windows(2).all(|pair| {
        (pair[0].span.start, pair[0].span.end) <= (pair[1].span.start, pair[1].span.end)
    });
    assert!(sorted, "diagnostics not in source order");
}

fn check_span(input: &[u8], text: Option<&str>, span: Span, diagnostic: &Diagnostic) {
    assert!(span.start <= span.end, "reversed span: {diagnostic:?}");
    assert!(
        span.end as usize <= input.len(),
        "span past the end of {} bytes: {diagnostic:?}",
        input.len()
    );
    if let Some(text) = text {
        assert!(
            text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize),
            "span not on character boundaries: {diagnostic:?}"
        );
    }
}

fn check_message(diagnostic: &Diagnostic) {
    let messages = std::iter::once(&diagnostic.message).chain(diagnostic.help.as_ref());
    for message in messages {
        for locale in Locale::ALL {
            let template = messages::template(locale, message.id);
            assert_ne!(
                template, "{id}",
                "message `{}` not in the catalogue",
                message.id
            );
            for placeholder in placeholders(template) {
                assert!(
                    message.params.iter().any(|param| param.name == placeholder),
                    "message `{}` in {locale} has no parameter `{placeholder}`",
                    message.id
                );
            }
            let rendered = message.render(locale);
            assert!(!rendered.is_empty(), "empty message `{}`", message.id);
        }
    }
}

/// Returns the names of the `{name}` placeholders of a template.
fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template.split('{').skip(1).filter_map(|piece| {
        let name = piece.split_once('}')?.0;
        let is_name = !name.is_empty()
            && name
                .bytes()
                .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_');
        is_name.then_some(name)
    })
}

/// Asserts that the diagnostic limit holds: at most `max_diagnostics` findings and one
/// `input-limit` diagnostic that counts the rest.
pub fn check_limit(diagnostics: &[Diagnostic], options: &Options) {
    let limit = options.limits.max_diagnostics;
    assert!(
        diagnostics.len() <= limit + 1,
        "{} diagnostics with a limit of {limit}",
        diagnostics.len()
    );
}

/// The result of resolving a pointer in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Found,
    /// Every segment but the last resolves, to an object without that key: the pointer of a
    /// missing field.
    MissingMember,
    NotFound,
}

/// Resolves an RFC 6901 pointer in a document. A pointer that continues past a string at
/// `/binding_wizard` continues in the JSON document that the string holds. A key that repeats
/// in an object (which RFC 6901 leaves undefined) may lead to any of its values.
pub fn resolve(document: &Document<'_>, pointer: &str, limits: &Limits) -> Resolution {
    let Some(rest) = pointer.strip_prefix('/') else {
        return if pointer.is_empty() {
            Resolution::Found
        } else {
            Resolution::NotFound
        };
    };
    let segments = pointer_segments(rest);
    resolve_segments(document.root(), &segments, limits, true)
}

/// Resolves the segments of a pointer, given without its leading `/`, from a value that is not
/// the body's root.
fn resolve_from(value: Value<'_, '_>, segments: &str, limits: &Limits) -> Resolution {
    resolve_segments(value, &pointer_segments(segments), limits, false)
}

fn pointer_segments(rest: &str) -> Vec<String> {
    rest.split('/')
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn resolve_segments(
    value: Value<'_, '_>,
    segments: &[String],
    limits: &Limits,
    at_body_root: bool,
) -> Resolution {
    let Some((segment, rest)) = segments.split_first() else {
        return Resolution::Found;
    };
    let candidates: Vec<Value<'_, '_>> = match value.kind() {
        Kind::Object => value
            .members()
            .filter(|member| member.key == segment.as_str())
            .map(|member| member.value)
            .collect(),
        Kind::Array => segment
            .parse::<usize>()
            .ok()
            .and_then(|position| value.children().nth(position))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    };
    if candidates.is_empty() {
        return if rest.is_empty() && value.kind() == Kind::Object {
            Resolution::MissingMember
        } else {
            Resolution::NotFound
        };
    }
    let nested = at_body_root && segment == "binding_wizard" && !rest.is_empty();
    let mut best = Resolution::NotFound;
    for candidate in candidates {
        let resolution = if nested && candidate.kind() == Kind::String {
            match candidate.as_str().map(|text| {
                syntax::parse(&text, limits)
                    .map(|document| resolve_segments(document.root(), rest, limits, false))
            }) {
                Some(Ok(resolution)) => resolution,
                _ => Resolution::NotFound,
            }
        } else {
            resolve_segments(candidate, rest, limits, false)
        };
        if (resolution as u8) < (best as u8) {
            best = resolution;
        }
        if best == Resolution::Found {
            break;
        }
    }
    best
}

/// Rules that report a missing field at the pointer where the field belongs.
const MISSING_FIELD_RULES: [&str; 1] = ["required-field"];

/// Pointers outside the body that request diagnostics use.
fn is_request_pointer(pointer: &str) -> bool {
    match pointer {
        "#/method" | "#/url" | "#/path/project_id" | "#/path/workspace_id" => true,
        _ => pointer.strip_prefix("#/headers/").is_some_and(|name| {
            !name.is_empty() && !name.bytes().any(|byte| byte.is_ascii_uppercase())
        }),
    }
}

/// Asserts that each pointer of a body's diagnostics resolves in the body, when it parses.
pub fn check_body_pointers(body: &[u8], diagnostics: &[Diagnostic], limits: &Limits) {
    let document = std::str::from_utf8(body)
        .ok()
        .and_then(|text| syntax::parse(text, limits).ok());
    // The nested document of the one `binding_wizard` string, decoded and parsed once: each
    // pointer into it would otherwise decode and parse it again, which made the nested target
    // run a few hundred inputs a second.
    let nested_text = document.as_ref().and_then(single_binding_wizard);
    let nested = nested_text
        .as_deref()
        .map(|text| syntax::parse(text, limits).ok());
    for (pointer, diagnostic) in body_pointers(diagnostics) {
        let Some(document) = &document else {
            panic!("pointer into a body that does not parse: {diagnostic:?}");
        };
        let resolution = match (pointer.strip_prefix("/binding_wizard/"), &nested) {
            (Some(rest), Some(Some(nested))) => resolve_from(nested.root(), rest, limits),
            (Some(_), Some(None)) => Resolution::NotFound,
            _ => resolve(document, pointer, limits),
        };
        check_resolution(resolution, diagnostic);
    }
}

/// Returns the pointers into a body, each with the first diagnostic of its rule there, and
/// asserts that each starts with `/`. Many diagnostics share a pointer, and resolving one can
/// parse a nested document, so each pointer and rule is resolved once.
fn body_pointers(diagnostics: &[Diagnostic]) -> impl Iterator<Item = (&str, &Diagnostic)> {
    let mut resolved = std::collections::HashSet::new();
    diagnostics
        .iter()
        .map(|diagnostic| (diagnostic.pointer.as_str(), diagnostic))
        .filter(|(pointer, _)| !pointer.is_empty() && !is_request_pointer(pointer))
        .filter(move |(pointer, diagnostic)| resolved.insert((*pointer, diagnostic.name)))
        .inspect(|(pointer, diagnostic)| {
            assert!(pointer.starts_with('/'), "invalid pointer: {diagnostic:?}");
        })
}

/// Returns the decoded text of `binding_wizard` when the body has exactly one, a string.
fn single_binding_wizard(document: &Document<'_>) -> Option<String> {
    let mut values = document
        .root()
        .members()
        .filter(|member| member.key == "binding_wizard")
        .map(|member| member.value);
    let value = values.next()?;
    if values.next().is_some() {
        return None;
    }
    value.as_str().map(|text| text.into_owned())
}

fn check_resolution(resolution: Resolution, diagnostic: &Diagnostic) {
    match resolution {
        Resolution::Found => {}
        Resolution::MissingMember => assert!(
            MISSING_FIELD_RULES.contains(&diagnostic.name),
            "pointer of a missing member from {}: {diagnostic:?}",
            diagnostic.name
        ),
        Resolution::NotFound => panic!("pointer does not resolve: {diagnostic:?}"),
    }
}

/// Applies each fix of a body that parses and asserts that the result still parses.
pub fn check_fixes(body: &str, diagnostics: &[Diagnostic], limits: &Limits) {
    if syntax::parse(body, limits).is_err() {
        return;
    }
    for diagnostic in diagnostics {
        let Some(fix) = &diagnostic.fix else { continue };
        let mut fixed = body.to_owned();
        fixed.replace_range(
            fix.span.start as usize..fix.span.end as usize,
            &fix.replacement,
        );
        if let Err(error) = syntax::parse(&fixed, limits) {
            panic!("the fix of {diagnostic:?} breaks the JSON text: {error:?}\n{fixed}");
        }
    }
}

/// Checks a body with all the invariants: twice with every check on (same diagnostics both
/// times), once with tight limits, and the typed model of a body without errors.
pub fn check_body(input: &[u8]) {
    let options = full_options();
    let first = secmaster_report::validate_bytes(input, &options);
    let second = secmaster_report::validate_bytes(input, &options);
    assert_eq!(first, second, "two runs differ");
    check_diagnostics(input, &first.diagnostics);
    check_limit(&first.diagnostics, &options);
    check_body_pointers(input, &first.diagnostics, &options.limits);
    if let Ok(text) = std::str::from_utf8(input) {
        check_fixes(text, &first.diagnostics, &options.limits);
        check_model(text, &options);
    }

    let tight = tight_options();
    let limited = secmaster_report::validate_bytes(input, &tight);
    check_diagnostics(input, &limited.diagnostics);
    check_limit(&limited.diagnostics, &tight);
    check_body_pointers(input, &limited.diagnostics, &tight.limits);
}

/// Checks a body with the invariants of one run with every check on: spans, messages, the
/// diagnostic limit, pointers and fixes. [`check_body`] adds a second run, tight limits and the
/// typed model.
pub fn check_body_once(input: &[u8]) -> secmaster_report::Report {
    let options = full_options();
    let report = secmaster_report::validate_bytes(input, &options);
    check_diagnostics(input, &report.diagnostics);
    check_limit(&report.diagnostics, &options);
    check_body_pointers(input, &report.diagnostics, &options.limits);
    if let Ok(text) = std::str::from_utf8(input) {
        check_fixes(text, &report.diagnostics, &options.limits);
    }
    report
}

/// Asserts that a body without errors converts into the typed model, and that the model
/// serialises into a body that converts back into the same model.
pub fn check_model(text: &str, options: &Options) {
    let Ok((body, _)) = secmaster_report::parse_request(text, options) else {
        return;
    };
    let wire = serde_json::to_string(&body).expect("the model serialises");
    match secmaster_report::parse_request(&wire, options) {
        Ok((again, _)) => assert_eq!(again, body, "the model changed on the way back\n{wire}"),
        Err(error) => panic!("the serialised model is invalid: {error:?}\n{wire}"),
    }
}

/// Asserts that a pointer under `/binding_wizard` points into the string that contains the
/// nested document, and that its span covers whole escapes of that string.
pub fn check_nested_spans(body: &str, literal: Span, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let nested = diagnostic.pointer.starts_with("/binding_wizard/")
            || (diagnostic.pointer == "/binding_wizard"
                && diagnostic.span.start > literal.start
                && diagnostic.span.end < literal.end);
        if !nested {
            continue;
        }
        let span = diagnostic.span;
        assert!(
            literal.start < span.start && span.end < literal.end,
            "nested span outside the string: {diagnostic:?}"
        );
        let raw = &body[span.start as usize..span.end as usize];
        assert!(
            decode_raw(raw).is_some(),
            "nested span cuts an escape: {raw:?} of {diagnostic:?}"
        );
    }
}

/// Decodes the text between a JSON string's quotes, or `None` when it is not whole escapes.
pub fn decode_raw(raw: &str) -> Option<String> {
    serde_json::from_str::<String>(&format!("\"{raw}\"")).ok()
}

/// Asserts that a syntax error of the nested text is reported at the same characters of the
/// outer string: the outer span decodes to the nested span's text.
pub fn check_nested_syntax_error(
    body: &str,
    nested: &str,
    diagnostics: &[Diagnostic],
    limits: &Limits,
) {
    // An empty string is the string-length rule's finding, and is not parsed.
    if nested.is_empty() {
        return;
    }
    let Err(error) = syntax::parse(nested, limits) else {
        return;
    };
    let expected = &nested[error.span.start as usize..error.span.end as usize];
    let found = diagnostics.iter().any(|diagnostic| {
        diagnostic.pointer == "/binding_wizard"
            && matches!(diagnostic.name, "binding-wizard-json" | "input-limit")
            && decode_raw(&body[diagnostic.span.start as usize..diagnostic.span.end as usize])
                .is_some_and(|decoded| decoded == expected)
    });
    assert!(
        found,
        "no diagnostic at the nested syntax error {error:?} ({expected:?}): {diagnostics:#?}"
    );
}

/// Checks a request file (an HTTP request file or a curl command): the invariants of its
/// diagnostics, its pointers, the limits, and that no credential appears in any output.
pub fn check_request_file(text: &str, parse: fn(&str) -> RequestFile) {
    let options = full_options();
    let file = parse(text);
    let first = file.validate(text, &options);
    let second = parse(text).validate(text, &options);
    assert_eq!(first, second, "two runs differ");
    check_diagnostics(text.as_bytes(), &first);
    check_limit(&first, &options);
    check_request_pointers(&file, &first, &options.limits);
    check_secrets(text, &file, &first, &options, parse);

    let tight = tight_options();
    let limited = parse(text).validate(text, &tight);
    check_diagnostics(text.as_bytes(), &limited);
    check_limit(&limited, &tight);
    check_request_pointers(&file, &limited, &tight.limits);
    check_secrets(text, &file, &limited, &tight, parse);
}

fn check_request_pointers(file: &RequestFile, diagnostics: &[Diagnostic], limits: &Limits) {
    let bodies: Vec<Document<'_>> = file
        .requests
        .iter()
        .filter_map(|request| std::str::from_utf8(&request.request.body).ok())
        .filter_map(|body| syntax::parse(body, limits).ok())
        .collect();
    for (pointer, diagnostic) in body_pointers(diagnostics) {
        let best = bodies
            .iter()
            .map(|document| resolve(document, pointer, limits))
            .min_by_key(|resolution| *resolution as u8)
            .unwrap_or(Resolution::NotFound);
        check_resolution(best, diagnostic);
    }
}

/// Returns true for a value that names a credential rather than holding one: a `{{variable}}`
/// or a shell expansion, which notes may show and rule documentation uses as examples.
fn is_reference(value: &str) -> bool {
    value.contains("{{") || value.contains('$') || value.contains('`')
}

/// Asserts that no credential of the file appears in a diagnostic: not in its pointer, its
/// message parameters (from which every locale renders the message), its fix, or the `Debug`
/// text of the file. A credential that the file also contains outside its secret spans is not
/// one the checker could hide, so it is skipped. So is one that the checker's own texts
/// contain, such as a token equal to the documented `Content-Type`. So is one that the outputs
/// still show when the letters and digits of the credentials are replaced, such as a token
/// equal to the host that the `Region` header implies.
pub fn check_secrets(
    text: &str,
    file: &RequestFile,
    diagnostics: &[Diagnostic],
    options: &Options,
    parse: fn(&str) -> RequestFile,
) {
    let mut masked = text.as_bytes().to_vec();
    for span in file.secret_spans() {
        assert!(
            span.start <= span.end && span.end as usize <= text.len(),
            "secret span outside the text: {span:?}"
        );
        assert!(
            text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize),
            "secret span not on character boundaries: {span:?}"
        );
        masked[span.start as usize..span.end as usize].fill(b'*');
    }
    let masked = String::from_utf8(masked).expect("whole characters were replaced");

    let secrets: Vec<&str> = file
        .requests
        .iter()
        .flat_map(|request| request.request.headers.iter())
        .filter(|header| header.value().is_secret())
        .map(|header| header.value().expose().trim())
        .filter(|secret| secret.len() >= 6 && !masked.contains(secret))
        .filter(|secret| !is_reference(secret) && !is_product_text(secret))
        .collect();
    if secrets.is_empty() {
        return;
    }
    let file_debug = format!("{file:?}");
    let displayed: Vec<&str> = secrets
        .iter()
        .copied()
        .filter(|secret| {
            file_debug.contains(secret)
                || diagnostics
                    .iter()
                    .any(|diagnostic| outputs(diagnostic).iter().any(|o| o.contains(secret)))
        })
        .collect();
    if displayed.is_empty() {
        return;
    }

    // The same file with the credentials written with other characters.
    let replacement = if displayed.iter().any(|secret| secret.contains('Q')) {
        b'Z'
    } else {
        b'Q'
    };
    // Only letters and digits are replaced: a secret span of a curl command can contain the
    // quotes and blanks that split its words, which must stay as they are.
    let mut replaced = text.as_bytes().to_vec();
    for span in file.secret_spans() {
        for byte in &mut replaced[span.start as usize..span.end as usize] {
            if byte.is_ascii_alphanumeric() {
                *byte = replacement;
            }
        }
    }
    let replaced = String::from_utf8(replaced).expect("only ASCII bytes were replaced");
    let replaced_file = parse(&replaced);
    let replaced_diagnostics = replaced_file.validate(&replaced, options);
    let replaced_debug = format!("{replaced_file:?}");
    for secret in displayed {
        let still_shown = replaced_debug.contains(secret)
            || replaced_diagnostics
                .iter()
                .any(|diagnostic| outputs(diagnostic).iter().any(|o| o.contains(secret)));
        assert!(
            still_shown,
            "an output shows a secret of {} bytes",
            secret.len()
        );
    }
}

/// Returns the texts of a diagnostic that come from the input: its pointer, the values of its
/// message parameters and its fix. Every rendered message is a catalogue template filled with
/// these parameters.
fn outputs(diagnostic: &Diagnostic) -> Vec<&str> {
    let mut outputs = vec![diagnostic.pointer.as_str()];
    let messages = std::iter::once(&diagnostic.message).chain(diagnostic.help.as_ref());
    for message in messages {
        outputs.extend(message.params.iter().map(|param| param.value.as_str()));
    }
    if let Some(fix) = &diagnostic.fix {
        outputs.push(fix.replacement.as_str());
    }
    outputs
}

/// Returns true for text that the checker's own messages or rule documentation contain, which
/// an output may show whatever the credential is.
fn is_product_text(value: &str) -> bool {
    let in_catalogue = Locale::ALL.iter().any(|locale| {
        locale
            .catalogue()
            .iter()
            .any(|(_, template)| template.contains(value))
    });
    let in_rules = secmaster_report::RULES.iter().any(|rule| {
        let docs = rule.docs();
        [
            docs.source,
            docs.what,
            docs.why,
            docs.invalid,
            docs.fixed,
            docs.known_problems,
        ]
        .iter()
        .any(|text| text.contains(value))
    });
    in_catalogue || in_rules || secmaster_report::request::CONTENT_TYPE.contains(value)
}

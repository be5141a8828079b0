//! Whole requests given as JavaScript values: builds the core's [`CreateReportRequest`] from the
//! wrapper's arguments, and converts the diagnostics of [`validate_request`] with each span in
//! the text of the part that its pointer names.
//!
//! [`validate_request`] returns the diagnostics of every part in one list, with each span
//! relative to its own part: the body, the method, the URL, a header's name or value. The
//! diagnostic does not say which header it came from when a name repeats. [`PartFinder`] works
//! it out from the order that the core documents (method, URL, request, headers in order,
//! body), from each header's name and from the kind of rule.

use secmaster_report::request::endpoint_path;
use secmaster_report::syntax::{LineIndex, Position};
use secmaster_report::{validate_request, CreateReportRequest, Diagnostic, Headers};
use secmaster_report::{Locale, Options, Report};

use crate::output::{convert_one, JsDiagnostic, Utf16Offsets};

/// The request target: a URL as written, or the two path parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Url(String),
    Path {
        project_id: String,
        workspace_id: String,
    },
}

/// A whole request as the JavaScript wrapper passes it. `body` is JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestInput {
    pub method: String,
    pub target: Target,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl RequestInput {
    /// Builds the core's request. A [`Target::Path`] becomes the target
    /// `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`, both values percent-encoded.
    /// The values of credential headers such as `X-Auth-Token` become secrets.
    pub fn to_request(&self) -> CreateReportRequest {
        let url = match &self.target {
            Target::Url(url) => url.clone(),
            Target::Path {
                project_id,
                workspace_id,
            } => endpoint_path(project_id, workspace_id),
        };
        let headers: Headers = self
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        CreateReportRequest {
            method: self.method.clone(),
            url,
            headers,
            body: self.body.clone().into_bytes(),
        }
    }
}

/// Checks a whole request and returns its diagnostics with messages in `locale`.
pub fn validate(input: &RequestInput, options: &Options, locale: Locale) -> Vec<JsDiagnostic> {
    let request = input.to_request();
    let report = validate_request(&request, options);
    convert(input, &request, report, locale)
}

/// Returns true when the request has no error-severity diagnostic.
pub fn is_valid(input: &RequestInput, options: &Options) -> bool {
    !validate_request(&input.to_request(), options).has_errors()
}

/// The text that a diagnostic's span refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartText<'a> {
    /// The span is a range of this text.
    Exact(&'a str),
    /// The span covers this whole text: a path parameter given in [`Target::Path`], whose span
    /// in the built target does not map back through percent-encoding.
    Whole(&'a str),
}

/// Converts the report of [`validate_request`] on `request`, built from `input`.
fn convert(
    input: &RequestInput,
    request: &CreateReportRequest,
    report: Report,
    locale: Locale,
) -> Vec<JsDiagnostic> {
    let mut body_offsets = Utf16Offsets::new(&input.body);
    let mut finder = PartFinder::new(input, request);
    let body_start = body_start(&report.diagnostics);

    let mut converted = Vec::with_capacity(report.diagnostics.len());
    for (index, diagnostic) in report.diagnostics.into_iter().enumerate() {
        if index >= body_start {
            converted.push(convert_one(&mut body_offsets, diagnostic, locale));
            continue;
        }
        let part = finder.find(&diagnostic);
        converted.push(convert_in_part(part, diagnostic, locale));
    }
    converted
}

/// Returns the index of the first body diagnostic: the one after the last diagnostic with a
/// pointer outside the body (`#/…`). The body comes last, and a part other than the body can
/// end with a diagnostic whose pointer is `""` (too many diagnostics in that part).
fn body_start(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .rposition(|diagnostic| diagnostic.pointer.starts_with("#/"))
        .map_or(0, |last| last + 1)
}

fn convert_in_part(part: PartText<'_>, mut diagnostic: Diagnostic, locale: Locale) -> JsDiagnostic {
    match part {
        PartText::Exact(text) => convert_one(&mut Utf16Offsets::new(text), diagnostic, locale),
        PartText::Whole(text) if !diagnostic.span.is_empty() => {
            let end = text.len() as u32;
            diagnostic.span = secmaster_report::Span::new(0, end);
            diagnostic.start = Position { line: 1, column: 1 };
            diagnostic.end = LineIndex::new(text).position(text, end);
            // A fix would edit the built target, not the value.
            diagnostic.fix = None;
            convert_one(&mut Utf16Offsets::new(text), diagnostic, locale)
        }
        PartText::Whole(_) => convert_one(&mut Utf16Offsets::new(""), diagnostic, locale),
    }
}

/// One header of the request, as [`PartFinder`] matches diagnostics to it.
#[derive(Debug)]
struct HeaderEntry<'a> {
    /// `#/headers/` and the name in lowercase, escaped as the core writes it.
    pointer: String,
    name: &'a str,
    value: &'a str,
    /// No earlier header has the same name.
    first: bool,
    /// The `{{name}}` references of the value not yet matched to a note.
    notes_left: usize,
}

/// Finds the part of each non-body diagnostic of a request, in the order of the report.
///
/// Header diagnostics come header by header, each header's name before its value. Only the
/// first header of a name gets the rules on its value. Every header gets one
/// `unresolved-reference` note per `{{name}}` reference in its value, and every later header of
/// a required name gets a `duplicate-header` error on its name. The finder walks forward
/// through the headers with these facts of the core's checks.
///
/// NOTE: the facts above are read from the core's request checks, not promised by its API. A
/// core function that returned each diagnostic's part would make this walk unnecessary.
struct PartFinder<'a> {
    input: &'a RequestInput,
    request: &'a CreateReportRequest,
    headers: Vec<HeaderEntry<'a>>,
    /// The header and stage (0 name, 1 value) of the last header diagnostic.
    cursor: (usize, u8),
}

impl<'a> PartFinder<'a> {
    fn new(input: &'a RequestInput, request: &'a CreateReportRequest) -> Self {
        let mut headers: Vec<HeaderEntry<'a>> = Vec::with_capacity(input.headers.len());
        for (name, value) in &input.headers {
            let pointer = header_pointer(name);
            let first = !headers.iter().any(|earlier| earlier.pointer == pointer);
            headers.push(HeaderEntry {
                pointer,
                name,
                value,
                first,
                notes_left: count_variables(value),
            });
        }
        Self {
            input,
            request,
            headers,
            cursor: (0, 0),
        }
    }

    fn find(&mut self, diagnostic: &Diagnostic) -> PartText<'a> {
        let pointer = diagnostic.pointer.as_str();
        if pointer == "#/method" {
            return PartText::Exact(&self.request.method);
        }
        if let Some(parameter) = pointer.strip_prefix("#/path/") {
            return match &self.input.target {
                Target::Url(url) => PartText::Exact(url),
                Target::Path { project_id, .. } if parameter == "project_id" => {
                    PartText::Whole(project_id)
                }
                Target::Path { workspace_id, .. } => PartText::Whole(workspace_id),
            };
        }
        if pointer.starts_with("#/headers/") {
            return self.find_header(diagnostic).unwrap_or(PartText::Exact(""));
        }
        if pointer == "#/url" {
            return PartText::Exact(&self.request.url);
        }
        // A `""` diagnostic before the body: the diagnostic limit of the last part seen.
        PartText::Exact("")
    }

    fn find_header(&mut self, diagnostic: &Diagnostic) -> Option<PartText<'a>> {
        let pointer = diagnostic.pointer.as_str();
        match diagnostic.name {
            // A missing header has an empty span.
            "required-header" => None,
            "duplicate-header" => {
                let index =
                    self.next_header(0, |header| header.pointer == pointer && !header.first)?;
                Some(PartText::Exact(self.headers[index].name))
            }
            "unresolved-reference" => {
                let index = self.next_header(1, |header| {
                    header.pointer == pointer && header.notes_left > 0
                })?;
                self.headers[index].notes_left -= 1;
                Some(PartText::Exact(self.headers[index].value))
            }
            _ => {
                let index =
                    self.next_header(1, |header| header.pointer == pointer && header.first)?;
                Some(PartText::Exact(self.headers[index].value))
            }
        }
    }

    /// Returns the first header at or after the cursor, for `stage` (0 name, 1 value), that
    /// matches, and moves the cursor there.
    fn next_header(
        &mut self,
        stage: u8,
        matches: impl Fn(&HeaderEntry<'a>) -> bool,
    ) -> Option<usize> {
        let from = if stage >= self.cursor.1 {
            self.cursor.0
        } else {
            self.cursor.0 + 1
        };
        let index = (from..self.headers.len()).find(|&index| matches(&self.headers[index]))?;
        self.cursor = (index, stage);
        Some(index)
    }
}

/// Returns the pointer of a header as the core writes it: `#/headers/` and the trimmed name in
/// lowercase, with `~` and `/` escaped as RFC 6901 requires.
fn header_pointer(name: &str) -> String {
    let name = name.trim().to_ascii_lowercase();
    format!("#/headers/{}", name.replace('~', "~0").replace('/', "~1"))
}

/// Counts the `{{name}}` references of a value as the core finds them: each `{{` with a later
/// `}}`, the search going on after that `}}`.
fn count_variables(value: &str) -> usize {
    let mut count = 0;
    let mut rest = value;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open + 2..].find("}}") else {
            break;
        };
        count += 1;
        rest = &rest[open + 2 + close + 2..];
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{
  "binding_wizard": "{\"binding_buttons\":[],\"boa_version\":\"v4\"}",
  "language": "zh-cn",
  "layout_id": "6c1f4e2a-0b7d-4a3e-9f58-2d6c8e1b4a70",
  "report_name": "tf-acc-report-k2f9q",
  "report_period": "daily",
  "report_range": { "end": "1782349200000", "start": "1782262800000" }
}"#;
    const TOKEN: &str = "MIIcase-token-0123456789abcdef";
    const URL: &str = "https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports";

    fn input(headers: &[(&str, &str)], body: &str) -> RequestInput {
        RequestInput {
            method: "POST".into(),
            target: Target::Url(URL.into()),
            headers: headers
                .iter()
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
            body: body.into(),
        }
    }

    fn documented_headers() -> Vec<(&'static str, &'static str)> {
        vec![
            ("Content-Type", "application/json;charset=UTF-8"),
            ("Region", "cn-north-4"),
            ("X-Auth-Token", TOKEN),
        ]
    }

    fn slice(text: &str, start: u32, end: u32) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start as usize..end as usize]).unwrap()
    }

    #[test]
    fn valid_request_has_no_diagnostics() {
        let diagnostics = validate(
            &input(&documented_headers(), BODY),
            &Options::default(),
            Locale::En,
        );
        assert_eq!(diagnostics, []);
    }

    #[test]
    fn header_span_is_in_its_value() {
        let mut headers = documented_headers();
        headers[0] = ("Content-Type", "text/plain");
        let diagnostics = validate(&input(&headers, BODY), &Options::default(), Locale::En);
        let content_type = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.pointer == "#/headers/content-type")
            .expect("a content-type diagnostic");
        assert_eq!((content_type.start, content_type.end), (0, 10));
        assert_eq!((content_type.line, content_type.column), (1, 1));
    }

    #[test]
    fn body_span_is_in_body() {
        let body = BODY.replace("\"daily\"", "\"Daily\"");
        let diagnostics = validate(
            &input(&documented_headers(), &body),
            &Options::default(),
            Locale::En,
        );
        let period = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.pointer == "/report_period")
            .expect("a report_period diagnostic");
        assert_eq!(slice(&body, period.start, period.end), "\"Daily\"");
        assert_eq!(period.line, 6);
    }

    #[test]
    fn variable_note_counts_units_of_its_own_header() {
        // The second `X-Note` contains wide characters before its variable, so only the right
        // value gives the span `{{who}}`.
        let mut headers = documented_headers();
        headers.push(("X-Note", "{{first}}"));
        headers.push(("x-note", "报告😀 {{who}}"));
        let request = input(&headers, BODY);
        let diagnostics = validate(&request, &Options::default(), Locale::En);
        let notes: Vec<_> = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.pointer == "#/headers/x-note")
            .collect();
        assert_eq!(notes.len(), 2);
        assert_eq!((notes[0].start, notes[0].end), (0, 9));
        assert_eq!(
            slice("报告😀 {{who}}", notes[1].start, notes[1].end),
            "{{who}}"
        );
    }

    #[test]
    fn duplicate_header_spans_the_later_name() {
        let mut headers = documented_headers();
        headers.push(("Region", "cn-north-4"));
        let diagnostics = validate(&input(&headers, BODY), &Options::default(), Locale::En);
        let duplicate = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.name == "duplicate-header")
            .expect("a duplicate-header diagnostic");
        assert_eq!(duplicate.pointer, "#/headers/region");
        assert_eq!((duplicate.start, duplicate.end), (0, 6));
    }

    #[test]
    fn repeated_required_header_keeps_its_own_spans() {
        let mut headers = documented_headers();
        headers.push(("region", "区域 {{region}}"));
        let diagnostics = validate(&input(&headers, BODY), &Options::default(), Locale::En);
        let region: Vec<_> = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.pointer == "#/headers/region")
            .collect();
        let names: Vec<_> = region.iter().map(|diagnostic| diagnostic.name).collect();
        assert_eq!(names, ["duplicate-header", "unresolved-reference"]);
        assert_eq!((region[0].start, region[0].end), (0, 6));
        assert_eq!(
            slice("区域 {{region}}", region[1].start, region[1].end),
            "{{region}}"
        );
    }

    #[test]
    fn path_parameter_spans_whole_value() {
        let mut request = input(&documented_headers(), BODY);
        request.target = Target::Path {
            project_id: "0123456789abcdef0123456789abcdef".into(),
            workspace_id: "工作区 1".into(),
        };
        let diagnostics = validate(&request, &Options::default(), Locale::En);
        let workspace = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.pointer == "#/path/workspace_id")
            .expect("a workspace_id diagnostic");
        assert_eq!((workspace.start, workspace.end), (0, 5));
        assert_eq!((workspace.column, workspace.end_column), (1, 6));
        assert!(workspace.fix.is_none());
    }

    #[test]
    fn token_never_appears() {
        let token = "MII token with spaces 😀";
        let mut headers = documented_headers();
        headers[2] = ("X-Auth-Token", token);
        headers.push(("x-auth-token", "{{token}}"));
        let request = input(&headers, BODY);
        for locale in Locale::ALL {
            let diagnostics = validate(&request, &Options::default(), locale);
            assert!(!diagnostics.is_empty());
            let text = serde_json::to_string(&diagnostics).unwrap();
            assert!(!text.contains(token), "{text}");
            assert!(!text.contains("spaces"), "{text}");
        }
    }

    #[test]
    fn variables_are_counted_as_the_core_finds_them() {
        assert_eq!(count_variables("a{{ host }}/b/{{id}}"), 2);
        assert_eq!(count_variables("{{open"), 0);
        assert_eq!(count_variables("{{a}}}}{{b"), 1);
        assert_eq!(count_variables("{{{{x}}"), 1);
    }

    #[test]
    fn header_pointer_escapes_name() {
        assert_eq!(header_pointer(" Content-Type "), "#/headers/content-type");
        assert_eq!(header_pointer("a/b~c"), "#/headers/a~1b~0c");
    }
}

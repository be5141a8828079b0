//! Checks each part of a whole request with its rules. Diagnostics of a part have spans in that
//! part's text: the method, the URL, a header's name or value, or the body.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::check::{kept_diagnostics, Checker};
use crate::diagnostic::Diagnostic;
use crate::options::Options;
use crate::rules::request::{
    auth_token, auth_token_form, content_type, duplicate_header, endpoint, header_pointer,
    path_parameters, region_format, region_unknown, request_line, required_header,
    unresolved_reference, REQUIRED_HEADERS, URL,
};
use crate::syntax::Span;

use super::headers::{Header, HeaderValue, Headers};
use super::regions::decode_segment;
use super::secret::SecretString;
use super::{target, CreateReportRequest};

/// A part of a request that diagnostics point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// The request as a whole, for a missing header. Its spans are empty.
    Request,
    Method,
    Url,
    HeaderName(usize),
    HeaderValue(usize),
    Body,
}

/// Parts whose text is not known, such as a header value that is a shell expansion. Their rules
/// do not run, because the reader of the file has noted them already.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Unresolved<'a> {
    pub(crate) parts: &'a [Part],
}

impl Unresolved<'_> {
    fn contains(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }
}

/// The path parameters found in the URL, decoded.
struct PathValues<'u> {
    project_id: Option<Cow<'u, str>>,
    workspace_id: Option<Cow<'u, str>>,
}

/// The diagnostics of each part of a request, and how many more were counted and dropped.
pub(crate) struct CheckedParts {
    pub(crate) parts: Vec<(Part, Vec<Diagnostic>)>,
    /// Diagnostics of headers past the number a check keeps in memory.
    pub(crate) suppressed: usize,
}

/// Checks every part of a request. `check_body` is false when the body is not known.
///
/// Past [`kept_diagnostics`], the diagnostics of further headers are counted, not kept, because
/// a file can have hundreds of thousands of header lines with a diagnostic each. Headers come in
/// the order they are written, so the ones kept include the first in the source.
pub(crate) fn check_parts(
    request: &CreateReportRequest,
    options: &Options,
    check_body: bool,
    unresolved: Unresolved<'_>,
) -> CheckedParts {
    let mut parts = Vec::new();

    let mut checker = Checker::new(options);
    request_line::check_method(&mut checker, &request.method);
    parts.push((Part::Method, checker.finish(&request.method)));

    let region = request
        .headers
        .get("Region")
        .and_then(|header| header.value().as_plain())
        .map(str::trim)
        .filter(|region| !unresolved_reference::is_single_variable(region));
    let mut checker = Checker::new(options);
    let path_values = if unresolved.contains(Part::Url) {
        PathValues {
            project_id: None,
            workspace_id: None,
        }
    } else {
        check_url(&mut checker, &request.url, region)
    };
    parts.push((Part::Url, checker.finish(&request.url)));

    // The options give the path parameters that the URL leaves unknown.
    let mut checker = Checker::new(options);
    required_header::check(&mut checker, &request.headers);
    if path_values.workspace_id.is_none() {
        if let Some(id) = &options.workspace_id {
            path_parameters::check_workspace_id(&mut checker, Span::new(0, 0), id);
        }
    }
    if path_values.project_id.is_none() {
        if let Some(id) = &options.project_id {
            path_parameters::check_project_id(&mut checker, Span::new(0, 0), id);
        }
    }
    parts.push((Part::Request, checker.finish("")));

    let capacity = kept_diagnostics(&options.limits);
    let mut count: usize = parts.iter().map(|(_, diagnostics)| diagnostics.len()).sum();
    let mut suppressed = 0;
    let mut keep =
        |parts: &mut Vec<(Part, Vec<Diagnostic>)>, part, diagnostics: Vec<Diagnostic>| {
            if count >= capacity {
                suppressed += diagnostics.len();
            } else {
                count += diagnostics.len();
                parts.push((part, diagnostics));
            }
        };
    let occurrences = Occurrences::count(&request.headers);
    let unresolved_values: HashSet<usize> = unresolved
        .parts
        .iter()
        .filter_map(|part| match part {
            Part::HeaderValue(index) => Some(*index),
            _ => None,
        })
        .collect();
    for (index, header) in request.headers.iter().enumerate() {
        let first = occurrences.first[index];
        if let Some(diagnostics) = check_header_name(options, &occurrences, first, header) {
            keep(&mut parts, Part::HeaderName(index), diagnostics);
        }
        if unresolved_values.contains(&index) {
            continue;
        }
        let mut checker = Checker::new(options);
        check_header_value(&mut checker, first, header);
        let diagnostics = checker.finish(header.value().expose());
        keep(&mut parts, Part::HeaderValue(index), diagnostics);
    }

    if check_body {
        let workspace_id = path_values
            .workspace_id
            .as_deref()
            .or(options.workspace_id.as_deref());
        let diagnostics = crate::check_body(&request.body, options, workspace_id, true);
        parts.push((Part::Body, diagnostics));
    }
    CheckedParts { parts, suppressed }
}

/// Checks the URL: its path, its path parameters, its scheme and host.
fn check_url<'u>(
    checker: &mut Checker<'_, '_>,
    url: &'u str,
    region: Option<&str>,
) -> PathValues<'u> {
    let target = target::parse(url);
    unresolved_reference::check_text(checker, URL, url, None);
    let has_variables = url.contains("{{");

    let mut values = PathValues {
        project_id: None,
        workspace_id: None,
    };
    match target.parameters {
        Some((project, workspace)) => {
            let project_text = &url[project.start as usize..project.end as usize];
            if !project_text.contains("{{") {
                let decoded = decode_segment(project_text);
                path_parameters::check_project_id(checker, project, &decoded);
                values.project_id = Some(decoded);
            }
            let workspace_text = &url[workspace.start as usize..workspace.end as usize];
            if !workspace_text.contains("{{") {
                let decoded = decode_segment(workspace_text);
                path_parameters::check_workspace_id(checker, workspace, &decoded);
                values.workspace_id = Some(decoded);
            }
        }
        None if !has_variables => {
            let span = if target.path.is_empty() {
                Span::new(0, url.len() as u32)
            } else {
                target.path
            };
            let path = &url[target.path.start as usize..target.path.end as usize];
            request_line::report_path(checker, span, path);
        }
        None => {}
    }
    endpoint::check(checker, url, target.scheme, target.host, region);
    values
}

/// The first header of each name, and the number of headers of each name. They are counted in
/// one pass, because a file can have hundreds of thousands of header lines.
struct Occurrences {
    first: Vec<bool>,
    /// Keyed by the name without surrounding spaces, in ASCII lowercase, as [`Header::is`]
    /// compares names.
    counts: HashMap<String, usize>,
}

impl Occurrences {
    fn count(headers: &Headers) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::new();
        let first = headers
            .iter()
            .map(|header| {
                let count = counts
                    .entry(header.name().trim().to_ascii_lowercase())
                    .or_insert(0);
                *count += 1;
                *count == 1
            })
            .collect();
        Self { first, counts }
    }
}

/// Reports the second and later lines of a required header at their names.
fn check_header_name(
    options: &Options,
    occurrences: &Occurrences,
    first: bool,
    header: &Header,
) -> Option<Vec<Diagnostic>> {
    if first || !REQUIRED_HEADERS.iter().any(|name| header.is(name)) {
        return None;
    }
    let count = occurrences
        .counts
        .get(&header.name().trim().to_ascii_lowercase())
        .copied()
        .unwrap_or(0);
    let mut checker = Checker::new(options);
    duplicate_header::report(&mut checker, header.name(), count);
    Some(checker.finish(header.name()))
}

/// Checks a header's value: the first line of each required header gets its rules, and every
/// value gets notes for its variables.
fn check_header_value(checker: &mut Checker<'_, '_>, first: bool, header: &Header) {
    let pointer = header_pointer(header.name());
    let secret = header.value().is_secret();
    let value = header.value().expose();
    unresolved_reference::check_text(
        checker,
        &pointer,
        value,
        secret.then(|| header.name().trim()),
    );

    if !first || unresolved_reference::is_single_variable(value) {
        return;
    }
    let partly_variable = value.contains("{{");
    match header.value() {
        HeaderValue::Plain(text) if header.is("Content-Type") && !partly_variable => {
            content_type::check(checker, &pointer, text);
        }
        HeaderValue::Plain(text) if header.is("Region") && !partly_variable => {
            check_region(checker, &pointer, text);
        }
        HeaderValue::Secret(token) if header.is("X-Auth-Token") => {
            check_token(checker, &pointer, token);
        }
        _ => {}
    }
}

fn check_region(checker: &mut Checker<'_, '_>, pointer: &str, region: &str) {
    if region_format::check(checker, pointer, region) {
        region_unknown::check(checker, pointer, region);
    }
}

fn check_token(checker: &mut Checker<'_, '_>, pointer: &str, token: &SecretString) {
    if auth_token::check(checker, pointer, token) {
        auth_token_form::check(checker, pointer, token);
    }
}

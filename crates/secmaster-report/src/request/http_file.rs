//! HTTP request files (`.http`, `.rest`) in the format of VS Code REST Client and JetBrains
//! HTTP Client: requests separated by `###` lines, each a request line, header lines, a blank
//! line and a body. Comments (`#`, `//`) and file variables (`@name = value`) may come before a
//! request line; `{{variables}}` are kept as written.
//!
//! A file often contains other requests too, such as the IAM token request or ListReports. When
//! a file contains several requests, those with method `POST` and `sa/report` in the URL are
//! checked; when none has both, those with `sa/report` in the URL; when none has that either,
//! every request.

use std::collections::HashSet;

use crate::diagnostic::Message;
use crate::rules::request::{request_syntax, unresolved_reference};
use crate::syntax::Span;

use super::check::Part;
use super::headers::may_hold_secret;
use super::source::{Finding, LocatedRequest, RequestFile, TextMap};
use super::{CreateReportRequest, Headers};

/// One line of the file: its span without the line break.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

impl Line {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.strip_suffix('\n').unwrap_or(piece);
        let content = content.strip_suffix('\r').unwrap_or(content);
        lines.push(Line {
            start,
            end: start + content.len(),
        });
        start += piece.len();
    }
    lines
}

fn span(start: usize, end: usize) -> Span {
    Span::new(start as u32, end as u32)
}

/// Returns the span of `piece`, which must be a slice of `text`: an empty `&str` from
/// elsewhere, such as `unwrap_or_default()` gives, has no place in `text`.
fn span_of(text: &str, piece: &str) -> Span {
    let start = (piece.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    debug_assert!(
        start + piece.len() <= text.len(),
        "a slice from outside the text"
    );
    span(start, start + piece.len())
}

/// A file variable definition, `@name = value`.
struct Variable<'t> {
    name: &'t str,
    value: Span,
}

pub(crate) fn parse(text: &str) -> RequestFile {
    let mut file = RequestFile::default();
    let lines = lines(text);
    let mut variables = Vec::new();
    let mut requests = Vec::new();

    let mut block_start = 0;
    for index in 0..=lines.len() {
        let is_separator = lines
            .get(index)
            .is_some_and(|line| line.text(text).trim_start().starts_with("###"));
        if index == lines.len() || is_separator {
            let block = &lines[block_start..index];
            if let Some(request) = parse_block(text, block, &mut file, &mut variables) {
                requests.push(request);
            }
            block_start = index + 1;
        }
    }

    if requests.is_empty() && file.findings.is_empty() {
        file.push_finding(Finding {
            rule: &request_syntax::RULE,
            pointer: String::new(),
            span: Span::new(0, 0),
            message: Message::new("request-syntax.no-request"),
        });
    }
    mark_secrets(text, &requests, &variables, &mut file.secrets);
    file.requests = select(requests);
    file
}

/// Keeps the requests that look like Create Security Report requests.
fn select(requests: Vec<LocatedRequest>) -> Vec<LocatedRequest> {
    if requests.len() < 2 {
        return requests;
    }
    let reports = |request: &LocatedRequest| {
        request
            .request
            .url
            .to_ascii_lowercase()
            .contains("sa/report")
    };
    let creates = |request: &LocatedRequest| {
        reports(request) && request.request.method.eq_ignore_ascii_case("POST")
    };
    if requests.iter().any(creates) {
        requests.into_iter().filter(creates).collect()
    } else if requests.iter().any(reports) {
        requests.into_iter().filter(reports).collect()
    } else {
        requests
    }
}

/// Records the file spans of credentials: values of sensitive headers, and the values of file
/// variables those headers refer to.
fn mark_secrets<'t>(
    text: &'t str,
    requests: &[LocatedRequest],
    variables: &[Variable<'t>],
    secrets: &mut Vec<Span>,
) {
    // Names are collected first and matched in one pass over the definitions, because a file
    // can define and use thousands of variables.
    let mut referenced: HashSet<&str> = HashSet::new();
    for request in requests {
        for (index, header) in request.request.headers.iter().enumerate() {
            if !header.value().is_secret() {
                continue;
            }
            let value_span = request.header_values[index].whole();
            secrets.push(value_span);
            let value = &text[value_span.range()];
            referenced.extend(unresolved_reference::variables(value).map(|(_, name)| name));
        }
    }
    secrets.extend(
        variables
            .iter()
            .filter(|variable| referenced.contains(variable.name))
            .map(|variable| variable.value),
    );
}

fn is_comment(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with('#') || line.starts_with("//")
}

/// Reads one block between separators. Returns `None` for a block with no request line.
fn parse_block<'t>(
    text: &'t str,
    block: &[Line],
    file: &mut RequestFile,
    variables: &mut Vec<Variable<'t>>,
) -> Option<LocatedRequest> {
    let mut rest = block.iter().copied().peekable();

    // Comments and file variables before the request line.
    let request_line = loop {
        let line = rest.next()?;
        let content = line.text(text);
        if content.trim().is_empty() || is_comment(content) {
            continue;
        }
        if let Some(definition) = content.trim_start().strip_prefix('@') {
            if let Some((name, value)) = definition.split_once('=') {
                variables.push(Variable {
                    name: name.trim(),
                    value: span_of(text, value.trim()),
                });
                continue;
            }
        }
        break line;
    };

    let content = request_line.text(text);
    let words: Vec<&str> = content.split_whitespace().collect();
    let (method, method_map, url) = match words.as_slice() {
        [method, url, ..] if method.bytes().all(|b| b.is_ascii_alphabetic()) => {
            let method_span = span_of(text, method);
            (
                method.to_string(),
                TextMap::copied(method_span.start, method_span.len()),
                *url,
            )
        }
        // Without a method, the HTTP clients send GET.
        [url, ..] => {
            let at = span_of(text, url).start;
            ("GET".to_owned(), TextMap::implied(at), *url)
        }
        [] => return None,
    };
    let url_span = span_of(text, url);
    let anchor = span_of(text, content.trim());

    // Query lines that continue the URL, indented and starting with `?` or `&`.
    while rest.peek().is_some_and(|line| {
        let content = line.text(text);
        content.starts_with([' ', '\t']) && content.trim_start().starts_with(['?', '&'])
    }) {
        rest.next();
    }

    let mut headers = Headers::new();
    let mut header_names = Vec::new();
    let mut header_values = Vec::new();
    let mut body_start = None;
    for line in rest.by_ref() {
        let content = line.text(text);
        if content.trim().is_empty() {
            body_start = Some(line.end);
            break;
        }
        if is_comment(content) {
            continue;
        }
        match content.split_once(':') {
            Some((name, value)) if !name.trim().is_empty() && !name.trim().contains(' ') => {
                let name_span = span_of(text, name.trim());
                let value_span = span_of(text, value.trim());
                headers.append(name.trim(), value.trim());
                header_names.push(TextMap::copied(name_span.start, name_span.len()));
                header_values.push(TextMap::copied(value_span.start, value_span.len()));
            }
            _ => {
                report_header_line(text, line, file);
            }
        }
    }

    let body = read_body(text, block, body_start, file);
    let body_bytes = body
        .map(|span| text[span.range()].as_bytes().to_vec())
        .unwrap_or_default();
    Some(LocatedRequest {
        request: CreateReportRequest {
            method,
            url: url.to_owned(),
            headers,
            body: body_bytes,
        },
        method: method_map,
        url: TextMap::copied(url_span.start, url_span.len()),
        header_names,
        header_values,
        body: body.map(|span| TextMap::copied(span.start, span.len())),
        anchor,
        unresolved: Vec::<Part>::new(),
    })
}

/// Reports a line of the header section that is not `Name: value`. When it may hold a
/// credential, the line after its first word is a secret.
fn report_header_line(text: &str, line: Line, file: &mut RequestFile) {
    let content = line.text(text);
    let trimmed = content.trim();
    let line_span = span_of(text, trimmed);
    file.push_finding(Finding {
        rule: &request_syntax::RULE,
        pointer: String::new(),
        span: line_span,
        message: Message::new("request-syntax.header"),
    });
    if may_hold_secret(trimmed) {
        let first_word = trimmed.split_whitespace().next().unwrap_or_default();
        let rest_start = line_span.start + first_word.len() as u32;
        file.secrets.push(Span::new(rest_start, line_span.end));
    }
}

/// Returns the span of the body: from the line after the blank line to the end of the block,
/// before any response handler (`> {% … %}`, `>> file`, `<> file`). Returns `None` for a body
/// read from a file (`< ./body.json`), which gets a note.
fn read_body(
    text: &str,
    block: &[Line],
    body_start: Option<usize>,
    file: &mut RequestFile,
) -> Option<Span> {
    let block_end = block.last().map_or(0, |line| line.end);
    let Some(after_blank) = body_start else {
        // No blank line: the request has no body.
        return Some(Span::new(block_end as u32, block_end as u32));
    };
    let start = text[after_blank..]
        .find('\n')
        .map_or(text.len(), |newline| after_blank + newline + 1)
        .min(block_end.max(after_blank));
    let mut end = block_end.max(start);
    for line in block.iter().filter(|line| line.start >= start) {
        let content = line.text(text).trim_start();
        if content.starts_with('>') || content.starts_with("<>") {
            end = line.start;
            break;
        }
    }

    let body = &text[start..end];
    if let Some(reference) = body.trim_start().strip_prefix("< ") {
        // `split` yields a slice of `body` even when nothing follows `< `.
        let reference = reference.split('\n').next().unwrap_or(reference).trim();
        file.push_finding(Finding {
            rule: &unresolved_reference::RULE,
            pointer: String::new(),
            span: span_of(text, reference),
            message: Message::new("unresolved-reference.body-file").with("file", reference),
        });
        return None;
    }
    Some(span(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
@token = MIIsecret
### Get a token
POST https://iam.myhuaweicloud.com/v3/auth/tokens

{\"auth\": {}}

### Create a report
# @name create
POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/p/workspaces/w/sa/reports HTTP/1.1
Content-Type: application/json
X-Auth-Token: {{token}}

{\"report_name\": \"x\"}

> {% client.test(\"ok\", function() {}); %}
";

    #[test]
    fn reads_requests_and_selects_create() {
        let file = parse(FILE);
        assert_eq!(file.requests.len(), 1);
        let request = &file.requests[0];
        assert_eq!(request.request.method, "POST");
        assert!(request.request.url.ends_with("/sa/reports"));
        assert_eq!(request.request.headers.len(), 2);
        let body = String::from_utf8(request.request.body.clone()).unwrap();
        assert_eq!(body.trim(), "{\"report_name\": \"x\"}");
        let body_span = request.body.as_ref().unwrap().whole();
        assert!(FILE[body_span.range()].starts_with("{\"report_name\""));
    }

    #[test]
    fn secrets_cover_token_and_its_variable() {
        let file = parse(FILE);
        let hidden: Vec<&str> = file
            .secret_spans()
            .iter()
            .map(|s| &FILE[s.range()])
            .collect();
        assert!(hidden.contains(&"{{token}}"), "{hidden:?}");
        assert!(hidden.contains(&"MIIsecret"), "{hidden:?}");
    }

    #[test]
    fn missing_method_means_get() {
        let file = parse("https://example.com/v1/p/workspaces/w/sa/reports\n");
        assert_eq!(file.requests[0].request.method, "GET");
    }

    #[test]
    fn body_from_file_is_not_read() {
        let file = parse("POST /v1/p/workspaces/w/sa/reports\nRegion: x\n\n< ./body.json\n");
        assert!(file.requests[0].body.is_none());
        assert_eq!(file.findings.len(), 1);
    }

    #[test]
    fn body_file_without_name_is_noted_in_place() {
        let text = "POST /v1/p/workspaces/w/sa/reports\nRegion: x\n\n< ";
        let file = parse(text);
        assert_eq!(file.findings.len(), 1);
        assert_eq!(
            file.findings[0].span,
            Span::new(text.len() as u32, text.len() as u32)
        );
    }

    #[test]
    fn empty_file_has_no_request() {
        let file = parse("# only a comment\n");
        assert!(file.requests.is_empty());
        assert_eq!(file.findings[0].rule.name, "request-syntax");
    }
}

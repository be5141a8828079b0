//! SR605 `content-type`: the body is declared as JSON in UTF-8.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

use super::content_type_parameters;

pub(crate) static RULE: Rule = Rule {
    code: "SR605",
    name: "content-type",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: content-type application/json;charset=UTF-8",
    what: "Compares `Content-Type` as a media type (RFC 9110): the type and subtype are \
           `application/json`, without case, and a `charset` parameter, when present, is \
           `UTF-8`, without case and with or without quotes. Spaces around `;` and `=` are \
           ignored.",
    why: "The API reference documents `application/json;charset=UTF-8` as the only value; \
          a body sent as `text/plain` or as a form is not read as JSON.",
    invalid: "Content-Type: application/x-www-form-urlencoded",
    fixed: "Content-Type: application/json;charset=UTF-8",
    known_problems: "A missing `charset` and parameters other than `charset` are reported \
                     by `content-type-parameters`, as warnings.",
};

/// The documented value.
pub(crate) const DOCUMENTED: &str = "application/json;charset=UTF-8";

/// A parameter of a media type, as byte ranges of the header value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parameter {
    /// `name=value`, quotes included.
    pub(crate) span: Span,
    pub(crate) name: Span,
    /// The value without quotes.
    pub(crate) value: Span,
}

/// A header value split as `type/subtype; name=value; …`.
#[derive(Debug, Clone)]
pub(crate) struct MediaType {
    pub(crate) essence: Span,
    pub(crate) parameters: Vec<Parameter>,
}

/// Splits a `Content-Type` value into its media type and parameters, trimming spaces.
pub(crate) fn parse(value: &str) -> MediaType {
    let mut pieces = split_outside_quotes(value).into_iter();
    let essence = pieces.next().unwrap_or(Span::new(0, 0));
    let parameters = pieces
        .filter(|span| !span.is_empty())
        .map(|span| {
            let text = &value[span.start as usize..span.end as usize];
            let (name, raw_value) = match text.find('=') {
                Some(equals) => (
                    trim(value, Span::new(span.start, span.start + equals as u32)),
                    trim(value, Span::new(span.start + equals as u32 + 1, span.end)),
                ),
                None => (span, Span::new(span.end, span.end)),
            };
            let quoted = &value[raw_value.start as usize..raw_value.end as usize];
            let unquoted = if quoted.len() >= 2 && quoted.starts_with('"') && quoted.ends_with('"')
            {
                Span::new(raw_value.start + 1, raw_value.end - 1)
            } else {
                raw_value
            };
            Parameter {
                span,
                name,
                value: unquoted,
            }
        })
        .collect();
    MediaType {
        essence,
        parameters,
    }
}

/// Splits at `;` outside double quotes and trims each piece.
fn split_outside_quotes(value: &str) -> Vec<Span> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (index, byte) in value.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b';' if !quoted => {
                pieces.push(trim(value, Span::new(start as u32, index as u32)));
                start = index + 1;
            }
            _ => {}
        }
    }
    pieces.push(trim(value, Span::new(start as u32, value.len() as u32)));
    pieces
}

fn trim(text: &str, span: Span) -> Span {
    let piece = &text[span.start as usize..span.end as usize];
    let leading = piece.len() - piece.trim_start().len();
    let trailing = piece.len() - piece.trim_end().len();
    let start = span.start + leading as u32;
    Span::new(start, (span.end - trailing as u32).max(start))
}

fn slice(value: &str, span: Span) -> &str {
    &value[span.start as usize..span.end as usize]
}

/// Checks a `Content-Type` value, then its parameters.
pub(crate) fn check(checker: &mut Checker<'_, '_>, pointer: &str, value: &str) {
    let path = Path::Fixed(pointer);
    let whole = Span::new(0, value.len() as u32);
    let media_type = parse(value);
    let essence = slice(value, media_type.essence);
    if !essence.eq_ignore_ascii_case("application/json") {
        let message = Message::new("content-type.media-type")
            .with("value", value.trim())
            .with("expected", DOCUMENTED);
        let span = if media_type.essence.is_empty() {
            whole
        } else {
            media_type.essence
        };
        checker
            .report(&RULE, path, span, message)
            .help(Message::new("content-type.help").with("expected", DOCUMENTED))
            .fix(whole, DOCUMENTED);
        return;
    }

    let charset = media_type
        .parameters
        .iter()
        .find(|parameter| slice(value, parameter.name).eq_ignore_ascii_case("charset"));
    if let Some(charset) = charset {
        let name = slice(value, charset.value);
        if !name.eq_ignore_ascii_case("utf-8") {
            let message = Message::new("content-type.charset").with("charset", name);
            checker
                .report(&RULE, path, charset.span, message)
                .fix(charset.span, "charset=UTF-8");
        }
    }
    content_type_parameters::check(checker, path, value, &media_type);
}

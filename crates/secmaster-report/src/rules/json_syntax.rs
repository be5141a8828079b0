//! SR001 `json-syntax`: the body must be JSON text in UTF-8.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{input_limit, Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{self, Document, Span, SyntaxErrorKind};

pub(crate) static RULE: Rule = Rule {
    code: "SR001",
    name: "json-syntax",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: the request body is JSON (content-type application/json;charset=UTF-8); RFC 8259",
    what: "Parses the body as JSON (RFC 8259) in UTF-8 and reports the first syntax error with \
           its line and column: a missing comma or colon, a trailing comma, an unterminated \
           string, an invalid escape, a lone UTF-16 surrogate, a raw control character, a \
           malformed number, text after the document, or bytes that are not UTF-8. A leading \
           byte order mark is accepted.",
    why: "The service answers a body it cannot parse with 400 and a generic code, without \
          saying where the problem is.",
    invalid: r#"{"report_name": "weekly", "report_period": "weekly",}"#,
    fixed: r#"{"report_name": "weekly", "report_period": "weekly"}"#,
    known_problems: "Only the first syntax error is reported, because the rest of the text \
                     cannot be read reliably after it. Rules on fields run only on a body \
                     that parses.",
};

/// Parses the source, or reports why it is not JSON.
pub(crate) fn parse_or_report<'src>(
    checker: &mut Checker<'_, 'src>,
    source: &'src str,
) -> Option<Document<'src>> {
    match syntax::parse(source, &checker.options.limits) {
        Ok(document) => Some(document),
        Err(error) => {
            report(checker, Path::Root, error.kind, error.span);
            None
        }
    }
}

/// Reports a syntax error, or an exceeded limit, at a path.
pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    kind: SyntaxErrorKind,
    span: Span,
) {
    let message = Message::new(kind.message_id());
    match kind {
        SyntaxErrorKind::TooDeep => {
            let limit = checker.options.limits.max_depth;
            checker.report(&input_limit::RULE, path, span, message.with("limit", limit));
        }
        SyntaxErrorKind::TooLarge => {
            let limit = checker.options.limits.max_input_bytes;
            checker.report(&input_limit::RULE, path, span, message.with("limit", limit));
        }
        SyntaxErrorKind::UnexpectedCharacter(character) => {
            let shown = if character.is_control() || character.is_whitespace() {
                format!("U+{:04X}", u32::from(character))
            } else {
                character.to_string()
            };
            checker.report(&RULE, path, span, message.with("character", shown));
        }
        SyntaxErrorKind::TrailingComma => {
            checker
                .report(&RULE, path, span, message)
                .fix(span, String::new());
        }
        _ => {
            checker.report(&RULE, path, span, message);
        }
    }
}

/// Reports bytes that are not UTF-8, starting at `offset`.
pub(crate) fn report_invalid_utf8(
    checker: &mut Checker<'_, '_>,
    offset: usize,
    length: Option<usize>,
) {
    let end = offset + length.unwrap_or(1);
    let message = Message::new("syntax.invalid-utf8");
    checker.report(
        &RULE,
        Path::Root,
        Span::new(offset as u32, end as u32),
        message,
    );
}

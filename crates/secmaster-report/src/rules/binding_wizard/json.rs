//! SR301 `binding-wizard-json`: `binding_wizard` holds the JSON text of an object.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{json_syntax, Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Kind, SyntaxError, SyntaxErrorKind, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR301",
    name: "binding-wizard-json",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::Partial,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: binding_wizard is a string holding the layout binding as JSON; every known request serialises an object",
    what: "Parses the string value of `binding_wizard` as a JSON document and checks that it \
           is an object. Syntax errors inside it are reported at the exact characters of the \
           outer file, escapes included, with pointers under `/binding_wizard`.",
    why: "The service reads the layout binding from this text; text that is not a JSON object \
          cannot bind the layout.",
    invalid: r#"{"binding_wizard": "{\"binding_buttons\":[],\"boa_version\":\"v4\""}"#,
    fixed: r#"{"binding_wizard": "{\"binding_buttons\":[],\"boa_version\":\"v4\"}"}"#,
    known_problems: "Only the first syntax error of the nested text is reported. An object \
                     given instead of a string is reported by `field-type`, with a fix that \
                     serialises it.",
};

/// Reports a syntax error of the nested document. Exceeded limits go to `input-limit`.
pub(crate) fn report_syntax(checker: &mut Checker<'_, '_>, path: Path<'_>, error: SyntaxError) {
    if matches!(
        error.kind,
        SyntaxErrorKind::TooDeep | SyntaxErrorKind::TooLarge
    ) {
        json_syntax::report(checker, path, error.kind, error.span);
        return;
    }
    // The message is the syntax error itself; the help says where the nested text comes from.
    let mut message = Message::new(error.kind.message_id());
    if let SyntaxErrorKind::UnexpectedCharacter(character) = error.kind {
        message = message.with("character", character);
    }
    checker
        .report(&RULE, path, error.span, message)
        .help(Message::new("binding-wizard-json.help"));
}

/// Reports a byte order mark at the start of the nested text. RFC 8259 lets a parser ignore
/// one, but a JSON text must not start with it, and parsers that read from a string (as the
/// service reads this field) reject it.
pub(crate) fn report_byte_order_mark(checker: &mut Checker<'_, '_>, path: Path<'_>) {
    let span = crate::syntax::Span::new(0, '\u{feff}'.len_utf8() as u32);
    checker
        .report(&RULE, path, span, Message::new("binding-wizard-json.bom"))
        .fix(span, "");
}

pub(crate) fn report_not_object(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    root: Value<'_, '_>,
) {
    let message =
        Message::new("binding-wizard-json.not-object").with_term("found", root.kind().term());
    let reported = checker.report(&RULE, path, root.span(), message);
    if root.kind() == Kind::String {
        reported.help(Message::new("binding-wizard-json.double-encoded"));
    }
}

//! The context rules report through: severity overrides, pointers, nested-document span mapping
//! and the diagnostic limit.

use std::cell::OnceCell;
use std::fmt::Write as _;

use crate::diagnostic::{Diagnostic, Fix, Message};
use crate::options::Options;
use crate::rules::{self, Rule};
use crate::syntax::tree::push_pointer_segment;
use crate::syntax::unescape::EscapeMap;
use crate::syntax::{Limits, LineIndex, Position, Span};

/// The location of a value as a chain of segments on the stack, turned into a JSON pointer only
/// when a diagnostic is reported.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    /// A pointer that is not into the body, such as `#/path/workspace_id`.
    Fixed(&'a str),
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub(crate) fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    pub(crate) fn to_pointer(self) -> String {
        let mut pointer = String::new();
        self.write_to(&mut pointer);
        pointer
    }

    fn write_to(self, pointer: &mut String) {
        match self {
            Path::Root => {}
            Path::Fixed(text) => pointer.push_str(text),
            Path::Key(parent, key) => {
                parent.write_to(pointer);
                pointer.push('/');
                push_pointer_segment(pointer, key);
            }
            Path::Index(parent, index) => {
                parent.write_to(pointer);
                let _ = write!(pointer, "/{index}");
            }
        }
    }
}

/// A nested document inside a JSON string of the outer source: spans reported while checking it
/// are offsets into its decoded text and are mapped back through the string's escapes.
#[derive(Debug)]
pub(crate) struct NestedSource<'src> {
    /// The string's text between its quotes, escapes not decoded.
    raw: &'src str,
    /// The outer offset of `raw`.
    offset: u32,
    /// Built at the first diagnostic, so a nested document without problems costs nothing.
    escapes: OnceCell<EscapeMap>,
}

impl<'src> NestedSource<'src> {
    pub(crate) fn new(raw: &'src str, offset: u32) -> Self {
        Self {
            raw,
            offset,
            escapes: OnceCell::new(),
        }
    }

    fn map(&self, span: Span) -> Span {
        let escapes = self.escapes.get_or_init(|| EscapeMap::new(self.raw));
        let start = escapes.source_offset(self.raw, span.start as usize) as u32 + self.offset;
        let end = escapes.source_offset(self.raw, span.end as usize) as u32 + self.offset;
        Span::new(start, end.max(start))
    }
}

pub(crate) struct Checker<'a, 'src> {
    pub(crate) options: &'a Options,
    /// The request's path `workspace_id`, which `binding_wizard` should name: from the request's
    /// URL, or from the options.
    pub(crate) workspace_id: Option<&'a str>,
    pub(crate) nested: Option<NestedSource<'src>>,
    diagnostics: Vec<Diagnostic>,
    suppressed: usize,
}

impl<'a, 'src> Checker<'a, 'src> {
    pub(crate) fn new(options: &'a Options) -> Self {
        Self {
            options,
            workspace_id: options.workspace_id.as_deref(),
            nested: None,
            diagnostics: Vec::new(),
            suppressed: 0,
        }
    }

    /// Records a finding of a rule, unless the rule is off or the diagnostic limit is reached.
    /// The returned handle adds help and a fix to the recorded diagnostic.
    pub(crate) fn report(
        &mut self,
        rule: &'static Rule,
        path: Path<'_>,
        span: Span,
        message: Message,
    ) -> Reported<'_> {
        let Some(severity) = self.options.severity_of(rule) else {
            return Reported(None, None);
        };
        if self.diagnostics.len() >= kept_diagnostics(&self.options.limits) {
            self.suppressed += 1;
            return Reported(None, None);
        }
        let span = match &self.nested {
            Some(nested) => nested.map(span),
            None => span,
        };
        self.diagnostics.push(Diagnostic {
            code: rule.code,
            name: rule.name,
            severity,
            pointer: path.to_pointer(),
            span,
            start: Position { line: 0, column: 0 },
            end: Position { line: 0, column: 0 },
            message,
            help: None,
            fix: None,
        });
        Reported(self.diagnostics.last_mut(), self.nested.as_ref())
    }

    /// Returns the diagnostics with line and column positions in `source`, in source order.
    pub(crate) fn finish(mut self, source: &str) -> Vec<Diagnostic> {
        // A stable sort keeps the order in which rules reported findings at the same place.
        self.diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        apply_diagnostic_limit(
            &mut self.diagnostics,
            self.suppressed,
            &self.options.limits,
            source,
        );
        if self.diagnostics.is_empty() {
            return self.diagnostics;
        }
        let lines = LineIndex::new(source);
        // Starts come in source order, and ends nearly so: a cursor each.
        let (mut starts, mut ends) = (lines.cursor(source), lines.cursor(source));
        for diagnostic in &mut self.diagnostics {
            diagnostic.start = starts.position(diagnostic.span.start);
            diagnostic.end = ends.position(diagnostic.span.end);
        }
        self.diagnostics
    }
}

/// Returns how many diagnostics a check keeps in memory before it only counts the rest: more
/// than the limit, so that the ones shown after sorting are the first in the source.
pub(crate) fn kept_diagnostics(limits: &Limits) -> usize {
    limits.max_diagnostics.saturating_mul(4).saturating_add(64)
}

/// Keeps the first `max_diagnostics` of `diagnostics`, which are in source order, and counts
/// the rest, with `suppressed` ones dropped before, in one `input-limit` diagnostic at the end
/// of the last line of `source`. The positions of that diagnostic are left for the caller.
pub(crate) fn apply_diagnostic_limit(
    diagnostics: &mut Vec<Diagnostic>,
    mut suppressed: usize,
    limits: &Limits,
    source: &str,
) {
    let limit = limits.max_diagnostics;
    if diagnostics.len() > limit {
        suppressed += diagnostics.len() - limit;
        diagnostics.truncate(limit);
    }
    if suppressed == 0 {
        return;
    }
    // At the end of the document's last line, not after its final line break.
    let end = source.trim_end().len() as u32;
    let message = Message::new("limit.diagnostics")
        .with("limit", limit)
        .with("count", suppressed);
    diagnostics.push(Diagnostic {
        code: rules::input_limit::RULE.code,
        name: rules::input_limit::RULE.name,
        severity: rules::input_limit::RULE.severity,
        pointer: String::new(),
        span: Span::new(end, end),
        start: Position { line: 0, column: 0 },
        end: Position { line: 0, column: 0 },
        message,
        help: None,
        fix: None,
    });
}

/// A handle to a diagnostic that was just recorded, or to nothing when the rule is off.
pub(crate) struct Reported<'c>(Option<&'c mut Diagnostic>, Option<&'c NestedSource<'c>>);

impl Reported<'_> {
    /// Adds a suggestion.
    pub(crate) fn help(mut self, help: Message) -> Self {
        if let Some(diagnostic) = self.0.as_deref_mut() {
            diagnostic.help = Some(help);
        }
        self
    }

    /// Adds a fix that replaces `span` with `value` written as a JSON string, quotes included,
    /// so that quotes, backslashes and control characters of `value` are escaped.
    pub(crate) fn fix_string(self, span: Span, value: &str) -> Self {
        self.fix(span, json_string(value))
    }

    /// Adds a fix that replaces `span`, text between the quotes of a JSON string, with `value`
    /// escaped as the string requires.
    pub(crate) fn fix_string_content(self, span: Span, value: &str) -> Self {
        let quoted = json_string(value);
        self.fix(span, &quoted[1..quoted.len() - 1])
    }

    /// Adds a replacement of `span` that fixes the problem. Inside a nested document the
    /// replacement is escaped so it stays valid in the outer string.
    pub(crate) fn fix(mut self, span: Span, replacement: impl Into<String>) -> Self {
        if let Some(diagnostic) = self.0.as_deref_mut() {
            let replacement = replacement.into();
            diagnostic.fix = Some(match self.1 {
                Some(nested) => {
                    let quoted = json_string(&replacement);
                    Fix {
                        span: nested.map(span),
                        replacement: quoted[1..quoted.len().saturating_sub(1).max(1)].to_owned(),
                    }
                }
                None => Fix { span, replacement },
            });
        }
        self
    }
}

/// Returns `value` as a JSON string literal, quotes included, escaped as `serde_json` escapes it.
/// Written by hand, because serde_json's serializer would add its number formatting to the
/// WebAssembly build.
pub(crate) fn json_string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for character in value.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            '\u{8}' => quoted.push_str("\\b"),
            '\u{c}' => quoted.push_str("\\f"),
            control if control < ' ' => quoted.push_str(&format!("\\u{:04x}", u32::from(control))),
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn json_string_escapes_as_serde_json() {
        for text in [
            "plain",
            "a\"b\\c",
            "line\nbreak\ttab\r",
            "\u{1}\u{1b}\u{7f}",
            "中文 😀",
            "\u{8}\u{c}",
        ] {
            assert_eq!(
                json_string(text),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        }
    }
}

//! SR611 `unresolved-reference`: a part of the request is a variable, a shell expansion or a
//! file, which the checker leaves alone.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Document, Span};

pub(crate) static RULE: Rule = Rule {
    code: "SR611",
    name: "unresolved-reference",
    severity: Severity::Info,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Variables of VS Code REST Client and JetBrains HTTP Client ({{name}}); shell parameter expansion ($NAME); curl's @file arguments",
    what: "Notes each part of a request that the checker cannot see: a `{{variable}}` of an \
           HTTP request file, a shell expansion such as `$TOKEN` in a curl command, a body \
           read from a file (`< body.json`, `-d @body.json`) or given through an option the \
           checker does not read. Rules on a value that is entirely a reference do not run; \
           the note says so. For a credential header the note does not name the variable.",
    why: "The client resolves these when it sends the request, so their values are unknown \
          here; a note says which parts went unchecked, rather than passing them in \
          silence.",
    invalid: "Region: {{region}}",
    fixed: "Region: cn-north-4",
    known_problems: "Variables are not resolved, not even file variables defined in the \
                     same file (`@region = cn-north-4`), nor environment files: a value \
                     could differ between environments. A `{{variable}}` inside a JSON \
                     string of the body is noted and the body's rules still run on the \
                     text as written.",
};

/// Returns the `{{name}}` references of a text with their spans.
pub(crate) fn variables(text: &str) -> impl Iterator<Item = (Span, &str)> + '_ {
    let mut rest = 0;
    std::iter::from_fn(move || {
        let open = rest + text[rest..].find("{{")?;
        let close = open + 2 + text[open + 2..].find("}}")?;
        rest = close + 2;
        let name = text[open + 2..close].trim();
        Some((Span::new(open as u32, rest as u32), name))
    })
}

/// Returns true when the whole value, without surrounding spaces, is one `{{name}}`.
pub(crate) fn is_single_variable(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.starts_with("{{")
        && trimmed.ends_with("}}")
        && trimmed.len() >= 4
        && !trimmed[2..trimmed.len() - 2].contains(['{', '}'])
}

/// Notes the variables of a text. For a credential, `secret_header` names the header, and the
/// note does not show the variable.
pub(crate) fn check_text(
    checker: &mut Checker<'_, '_>,
    pointer: &str,
    text: &str,
    secret_header: Option<&str>,
) {
    for (span, _) in variables(text) {
        let message = match secret_header {
            Some(header) => Message::new("unresolved-reference.secret").with("header", header),
            None => Message::new("unresolved-reference.variable")
                .with("name", &text[span.start as usize..span.end as usize]),
        };
        checker.report(&RULE, Path::Fixed(pointer), span, message);
    }
}

/// Notes the variables of a body, each at the pointer of the innermost value that contains it
/// when the body parsed.
pub(crate) fn check_body(
    checker: &mut Checker<'_, '_>,
    source: &str,
    document: Option<&Document<'_>>,
) {
    if !source.contains("{{") {
        return;
    }
    let ancestry = document.map(Document::ancestry);
    for (span, _) in variables(source) {
        let pointer = match (document, &ancestry) {
            (Some(document), Some(ancestry)) => ancestry.pointer_at(document, span.start),
            _ => String::new(),
        };
        let reference = &source[span.start as usize..span.end as usize];
        let message = Message::new("unresolved-reference.variable").with("name", reference);
        checker.report(&RULE, Path::Fixed(&pointer), span, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_found_with_spans() {
        let found: Vec<_> = variables("a{{ host }}/b/{{id}}").collect();
        assert_eq!(
            found,
            [(Span::new(1, 11), "host"), (Span::new(14, 20), "id")]
        );
        assert_eq!(variables("{{open").count(), 0);
    }

    #[test]
    fn single_variable_values() {
        assert!(is_single_variable(" {{token}} "));
        assert!(!is_single_variable("Bearer {{token}}"));
        assert!(!is_single_variable("{{a}}{{b}}"));
        assert!(!is_single_variable("{{}"));
    }
}

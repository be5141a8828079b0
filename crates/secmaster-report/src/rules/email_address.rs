//! SR115 `email-address`: `to` and `cc` are email addresses separated by `;`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Span, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR115",
    name: "email-address",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Partial,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source:
        "API reference, CreateReport: to and cc are recipient addresses separated by semicolons",
    what: "Splits `to` and `cc` at `;` and checks each entry: an address `local@domain` with a \
           dotted domain, no spaces around it, and no empty entry (`a@x.com;;b@x.com`). A \
           comma used as separator gets a fix that uses `;`.",
    why: "The service splits the list at semicolons; a comma, a space or an empty entry \
          becomes part of an address that cannot be delivered.",
    invalid: r#"{"to": "alice@example.com, bob@example.com"}"#,
    fixed: r#"{"to": "alice@example.com;bob@example.com"}"#,
    known_problems: "The address check is the common form, not all of RFC 5322: quoted local \
                     parts and IP-literal domains are reported. One trailing `;` is accepted.",
};

/// Reports malformed entries and returns the number of addresses.
pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) -> usize {
    let Some(text) = value.as_str() else { return 0 };
    if text.is_empty() {
        return 0;
    }
    // Exact spans are possible when the decoded text is the source text.
    let exact = value.string_raw().len() == text.len();
    let content = value.string_content_span();
    let span_of = |offset: usize, length: usize| {
        if exact {
            Span::new(
                content.start + offset as u32,
                content.start + (offset + length) as u32,
            )
        } else {
            value.span()
        }
    };

    if !text.contains(';')
        && text.contains(',')
        && text.split(',').all(|part| is_address(part.trim()))
    {
        let fixed: Vec<&str> = text.split(',').map(str::trim).collect();
        let fixed = fixed.join(";");
        checker
            .report(
                &RULE,
                path,
                value.span(),
                Message::new("email-address.comma"),
            )
            .help(Message::new("did-you-mean").with("suggestion", &fixed))
            .fix_string(value.span(), &fixed);
        return fixed.split(';').count();
    }

    let mut count = 0;
    let mut offset = 0;
    let entries: usize = text.split(';').count();
    for (index, entry) in text.split(';').enumerate() {
        let span = span_of(offset, entry.len());
        offset += entry.len() + 1;
        let is_last = index + 1 == entries;
        if entry.is_empty() {
            if !(is_last && index > 0) {
                checker.report(&RULE, path, span, Message::new("email-address.empty"));
            }
            continue;
        }
        count += 1;
        let trimmed = entry.trim();
        if trimmed.len() != entry.len() && is_address(trimmed) {
            let message = Message::new("email-address.whitespace").with("address", trimmed);
            checker.report(&RULE, path, span, message);
        } else if !is_address(entry) {
            let message = Message::new("email-address").with("address", entry);
            checker.report(&RULE, path, span, message);
        }
    }
    count
}

/// Returns true for `local@domain`: a dot-atom local part of at most 64 characters and a domain
/// of dot-separated labels of letters, digits and inner hyphens, with at least two labels.
pub(crate) fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::is_address;

    #[test]
    fn address_forms() {
        for valid in [
            "alice@example.com",
            "a.b+tag@mail.example.co",
            "张三@例子.中国",
        ] {
            assert!(is_address(valid), "{valid}");
        }
        for invalid in [
            "alice",
            "alice@",
            "@example.com",
            "alice@example",
            "a..b@example.com",
            "alice @example.com",
            "alice@-x.com",
        ] {
            assert!(!is_address(invalid), "{invalid}");
        }
    }
}

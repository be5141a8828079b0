//! SR003 `duplicate-key`: no object has the same key twice.

use std::collections::HashSet;

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::tree::Ancestry;
use crate::syntax::{Document, Kind, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR003",
    name: "duplicate-key",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "RFC 8259 section 4: names within an object should be unique, and receivers of duplicates behave unpredictably",
    what: "Reports every repetition of a key within one object, in the body and inside \
           `binding_wizard`.",
    why: "JSON parsers disagree on duplicate keys: some keep the first value, some the last, \
          some reject the document. Which value the service uses is unknown, so the request \
          is ambiguous. The severity is error, above the usual default for inferred facts, \
          because the request does not say one thing.",
    invalid: r#"{"report_period": "daily", "report_period": "weekly"}"#,
    fixed: r#"{"report_period": "weekly"}"#,
    known_problems: "Keys are compared after decoding escapes, so `\"a\"` and `\"\\u0061\"` \
                     are the same key, as they are to every JSON parser.",
};

/// Objects with more members than this use a hash set; smaller ones compare pairwise.
const LINEAR_SCAN_MAX: usize = 16;

/// Reports repeated keys in every object of the document. Pointers start at `base`.
pub(crate) fn check(checker: &mut Checker<'_, '_>, base: Path<'_>, document: &Document<'_>) {
    // Built at the first repeated key, for the pointers.
    let mut ancestry = None;
    for index in 0..document.len() as u32 {
        let object = document.value(index);
        if object.kind() != Kind::Object || object.len() < 2 {
            continue;
        }
        if object.len() <= LINEAR_SCAN_MAX {
            // Pairwise comparison of the raw keys on the stack: no allocation for the small
            // objects of a request. Keys with escapes are compared decoded.
            let mut keys = [("", false); LINEAR_SCAN_MAX];
            for (position, value) in object.children().enumerate() {
                let key = value.key_raw().unwrap_or_default();
                let repeated = keys[..position].iter().any(|earlier| {
                    if earlier.1 || key.1 {
                        crate::syntax::unescape::unescape(earlier.0)
                            == crate::syntax::unescape::unescape(key.0)
                    } else {
                        earlier.0 == key.0
                    }
                });
                if repeated {
                    report(
                        checker,
                        base,
                        (document, &mut ancestry),
                        value,
                        &value.key().unwrap_or_default(),
                    );
                }
                keys[position] = key;
            }
        } else {
            let mut seen = HashSet::with_capacity(object.len());
            for member in object.members() {
                if !seen.insert(member.key.clone()) {
                    report(
                        checker,
                        base,
                        (document, &mut ancestry),
                        member.value,
                        &member.key,
                    );
                }
            }
        }
    }
}

fn report(
    checker: &mut Checker<'_, '_>,
    base: Path<'_>,
    (document, ancestry): (&Document<'_>, &mut Option<Ancestry>),
    value: Value<'_, '_>,
    key: &str,
) {
    let ancestry = ancestry.get_or_insert_with(|| document.ancestry());
    let pointer = format!(
        "{}{}",
        base.to_pointer(),
        ancestry.pointer_of(document, value.index())
    );
    let span = value.key_span().unwrap_or(value.span());
    let message = Message::new("duplicate-key").with("key", key);
    checker.report(&RULE, Path::Fixed(&pointer), span, message);
}

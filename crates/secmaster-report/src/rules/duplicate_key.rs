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
        if object.kind() != Kind::Object {
            continue;
        }
        // The raw keys of a small object, collected on the stack in one walk over its members:
        // no allocation for the objects of a request. A larger object uses a hash set.
        let mut keys = [("", false, 0u32); LINEAR_SCAN_MAX];
        let mut count = 0;
        let mut members = object.children();
        let small = loop {
            match members.next() {
                None => break true,
                Some(_) if count == LINEAR_SCAN_MAX => break false,
                Some(value) => {
                    let (raw, escaped) = value.key_raw().unwrap_or_default();
                    keys[count] = (raw, escaped, value.index());
                    count += 1;
                }
            }
        };
        if small {
            // Keys with escapes are compared decoded.
            for position in 1..count {
                let (key, escaped, value) = keys[position];
                let repeated = keys[..position]
                    .iter()
                    .any(|&(earlier, earlier_escaped, _)| {
                        if earlier_escaped || escaped {
                            crate::syntax::unescape::unescape(earlier)
                                == crate::syntax::unescape::unescape(key)
                        } else {
                            earlier == key
                        }
                    });
                if repeated {
                    let value = document.value(value);
                    report(
                        checker,
                        base,
                        (document, &mut ancestry),
                        value,
                        &value.key().unwrap_or_default(),
                    );
                }
            }
        } else {
            let mut seen = HashSet::new();
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

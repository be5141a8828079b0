//! SR610 `auth-token-form`: the `X-Auth-Token` header contains the token alone.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::request::SecretString;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

pub(crate) static RULE: Rule = Rule {
    code: "SR610",
    name: "auth-token-form",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "IAM API reference: a token is sent as the value of X-Auth-Token, without an authorization scheme; IAM tokens contain no whitespace or quotes",
    what: "Checks that the `X-Auth-Token` value is the token alone: no authorization scheme \
           such as `Bearer ` before it, no quotes around it and no whitespace in it. The \
           message never shows the token; the span points at the scheme, the quote or the \
           whitespace.",
    why: "`Bearer ` belongs to the `Authorization` header of other APIs, and an HTTP \
          request file sends quotes as part of the value; IAM rejects either token with \
          401.",
    invalid: "X-Auth-Token: Bearer {{token}}",
    fixed: "X-Auth-Token: {{token}}",
    known_problems: "The checker cannot see whether the rest of the value is a valid \
                     token.",
};

/// Authorization schemes that are sometimes written before a token by mistake.
const SCHEMES: [&str; 3] = ["bearer", "token", "basic"];

pub(crate) fn check(checker: &mut Checker<'_, '_>, pointer: &str, token: &SecretString) {
    let path = Path::Fixed(pointer);
    let value = token.expose();

    let first_word = value.split_whitespace().next().unwrap_or_default();
    let has_more = value.trim().len() > first_word.len();
    if has_more {
        if let Some(scheme) = SCHEMES
            .iter()
            .find(|scheme| scheme.eq_ignore_ascii_case(first_word))
        {
            let start = value.find(first_word).unwrap_or(0) as u32;
            let span = Span::new(start, start + first_word.len() as u32);
            let message =
                Message::new("auth-token-form.scheme").with("scheme", scheme_name(scheme));
            checker.report(&RULE, path, span, message);
            return;
        }
    }

    let trimmed = value.trim();
    let quoted = trimmed.len() >= 2
        && ((trimmed.starts_with('"') && trimmed.ends_with('"'))
            || (trimmed.starts_with('\'') && trimmed.ends_with('\'')));
    if quoted {
        let start = (value.len() - value.trim_start().len()) as u32;
        let message = Message::new("auth-token-form.quoted");
        checker.report(&RULE, path, Span::new(start, start + 1), message);
        return;
    }

    // The whitespace can be a character of several bytes, such as U+3000 or U+00A0.
    if let Some((offset, space)) = trimmed.char_indices().find(|(_, c)| c.is_whitespace()) {
        let start = (value.len() - value.trim_start().len() + offset) as u32;
        let end = start + space.len_utf8() as u32;
        let message = Message::new("auth-token-form.whitespace");
        checker.report(&RULE, path, Span::new(start, end), message);
    }
}

fn scheme_name(scheme: &str) -> &'static str {
    match scheme {
        "bearer" => "Bearer",
        "token" => "Token",
        _ => "Basic",
    }
}

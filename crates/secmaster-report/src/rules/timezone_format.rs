//! SR114 `timezone-format`: `timezone` is an IANA name or a UTC offset.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR114",
    name: "timezone-format",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SDK models: timezone is a string of 1..256 characters; the format is not documented",
    what: "Accepts an IANA time zone name (`Asia/Shanghai`, `UTC`), a `GMT` or `UTC` offset \
           (`GMT+08:00`, `UTC+8`, `UTC-03:30`) and a bare offset (`+08:00`); warns on anything \
           else.",
    why: "The format is undocumented; these are the forms Huawei Cloud services and their \
          consoles use. Another value is likely a mistake, such as `CST`, which names several \
          zones.",
    invalid: r#"{"timezone": "CST"}"#,
    fixed: r#"{"timezone": "Asia/Shanghai"}"#,
    known_problems: "IANA names are checked by form, not against the time zone database, so a \
                     misspelt city such as `Asia/Shangai` passes.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if is_timezone(&text) {
        return;
    }
    let message = Message::new("timezone-format").with("value", &text);
    checker.report(&RULE, path, value.span(), message);
}

pub(crate) fn is_timezone(text: &str) -> bool {
    if matches!(text, "UTC" | "GMT" | "Z") {
        return true;
    }
    for prefix in ["GMT", "UTC", ""] {
        if let Some(offset) = text.strip_prefix(prefix) {
            if is_offset(offset) {
                return true;
            }
        }
    }
    is_iana_name(text)
}

/// Returns true for `+8`, `-03`, `+08:00`, `+0530`.
fn is_offset(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('+').or_else(|| text.strip_prefix('-')) else {
        return false;
    };
    let (hours, minutes) = match rest.split_once(':') {
        Some((hours, minutes)) => (hours, Some(minutes)),
        None if rest.len() == 4 => (&rest[..2], Some(&rest[2..])),
        None => (rest, None),
    };
    let hours_ok = matches!(hours.len(), 1 | 2)
        && hours.bytes().all(|b| b.is_ascii_digit())
        && hours.parse::<u8>().is_ok_and(|h| h <= 14);
    let minutes_ok = minutes.is_none_or(|m| {
        m.len() == 2
            && m.bytes().all(|b| b.is_ascii_digit())
            && m.parse::<u8>().is_ok_and(|m| m < 60)
    });
    hours_ok && minutes_ok
}

/// Returns true for the form of an IANA name: `Area/Location` or `Area/Region/Location`, each
/// part starting with a capital letter, or an `Etc/` name.
fn is_iana_name(text: &str) -> bool {
    let mut parts = text.split('/');
    let area = parts.next().unwrap_or_default();
    let known_area = matches!(
        area,
        "Africa"
            | "America"
            | "Antarctica"
            | "Arctic"
            | "Asia"
            | "Atlantic"
            | "Australia"
            | "Europe"
            | "Indian"
            | "Pacific"
            | "Etc"
    );
    let mut count = 0;
    let locations_ok = parts.all(|part| {
        count += 1;
        !part.is_empty()
            && part.len() <= 32
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
    });
    known_area && count >= 1 && locations_ok
}

#[cfg(test)]
mod tests {
    use super::is_timezone;

    #[test]
    fn timezone_forms() {
        for valid in [
            "Asia/Shanghai",
            "America/Argentina/Buenos_Aires",
            "UTC",
            "GMT+08:00",
            "UTC+8",
            "+08:00",
            "UTC-03:30",
            "Etc/GMT-8",
        ] {
            assert!(is_timezone(valid), "{valid}");
        }
        for invalid in [
            "CST",
            "Beijing",
            "GMT+25",
            "+8:0",
            "Asia/",
            "asia/shanghai",
            "",
        ] {
            assert!(!is_timezone(invalid), "{invalid}");
        }
    }
}

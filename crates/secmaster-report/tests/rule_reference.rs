//! The rule reference `docs/rules.md` is generated from the registry; this test fails when the
//! committed file differs.

use std::path::Path;

use secmaster_report::rules::reference::reference_markdown;

#[test]
fn rule_reference_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let generated = reference_markdown();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md differs from the rule registry. Regenerate it with:\n  \
         UPDATE_GENERATED=1 cargo test -p secmaster-report --test rule_reference"
    );
}

#[test]
fn every_rule_is_documented() {
    for rule in secmaster_report::RULES {
        let docs = rule.docs();
        for (section, text) in [
            ("what", docs.what),
            ("why", docs.why),
            ("invalid", docs.invalid),
            ("fixed", docs.fixed),
            ("known_problems", docs.known_problems),
            ("source", docs.source),
        ] {
            assert!(
                !text.trim().is_empty(),
                "{} {} has no {section}",
                rule.code,
                rule.name
            );
        }
    }
}

#[test]
fn rule_codes_and_names_are_unique() {
    let rules = secmaster_report::RULES;
    for (index, rule) in rules.iter().enumerate() {
        for other in &rules[..index] {
            assert_ne!(rule.code, other.code, "code used twice");
            assert_ne!(rule.name, other.name, "name used twice");
        }
        assert!(
            rule.name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{} is not kebab-case",
            rule.name
        );
    }
}

//! The rule reference: `docs/rules.md` and the text `secmaster-report explain` prints, both
//! generated from the registry.

use std::fmt::Write as _;

use super::{Rule, SchemaSupport, RULES};

/// Renders one rule's documentation as Markdown, under a level-2 heading.
pub fn rule_markdown(rule: &Rule) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "## {} `{}`\n", rule.code, rule.name);
    let _ = writeln!(
        text,
        "Default severity: **{}**. Evidence: **{}** ({}). JSON Schema: {}.\n",
        rule.severity,
        rule.evidence.letter(),
        rule.evidence.description(),
        schema_support(rule.schema),
    );
    let _ = writeln!(text, "Source: {}.\n", rule.source.trim_end_matches('.'));
    let _ = writeln!(text, "### What it checks\n\n{}\n", rule.docs.what);
    let _ = writeln!(text, "### Why\n\n{}\n", rule.docs.why);
    let _ = writeln!(
        text,
        "### Example\n\nReported:\n\n```json\n{}\n```\n",
        rule.docs.invalid
    );
    let _ = writeln!(text, "Fixed:\n\n```json\n{}\n```\n", rule.docs.fixed);
    let _ = writeln!(text, "### Known problems\n\n{}", rule.docs.known_problems);
    text
}

fn schema_support(support: SchemaSupport) -> &'static str {
    match support {
        SchemaSupport::Full => "expressed in full",
        SchemaSupport::Partial => "expressed in part",
        SchemaSupport::None => "checker only",
    }
}

/// Renders the whole rule reference, `docs/rules.md`.
pub fn reference_markdown() -> String {
    let mut text = String::from(
        "# Rule reference\n\n\
         Generated from the rule registry by `cargo run -p secmaster-report-cli -- rules --format markdown > docs/rules.md`; \
         a test fails when this file differs from the registry.\n\n\
         Evidence levels: **D** documented in the API reference, **S** encoded in the official SDKs, \
         **C** stated in the console documentation, **I** inferred from examples and usage. \
         Facts at levels D and S are errors by default, C and I warnings or notes. \
         Every rule's severity can be changed or turned off: `--rule CODE=LEVEL` in the CLI, \
         `Options::set_rule_level` in Rust, `rules: { CODE: LEVEL }` in the npm package.\n\n",
    );
    text.push_str(&rules_table());
    for rule in RULES {
        text.push('\n');
        text.push_str(&rule_markdown(rule));
    }
    text
}

/// Renders the table of all rules as Markdown.
pub fn rules_table() -> String {
    let mut text = String::from(
        "| code | name | severity | evidence | what it checks |\n|---|---|---|---|---|\n",
    );
    for rule in RULES {
        let summary = first_sentence(rule.docs.what).replace('|', "\\|");
        let _ = writeln!(
            text,
            "| {} | `{}` | {} | {} | {} |",
            rule.code,
            rule.name,
            rule.severity,
            rule.evidence.letter(),
            summary
        );
    }
    text
}

/// Returns the first sentence of a paragraph.
pub fn first_sentence(text: &str) -> String {
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match collapsed.find(". ") {
        Some(end) => collapsed[..=end].to_owned(),
        None => collapsed,
    }
}

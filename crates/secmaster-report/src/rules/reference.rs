//! The rule reference: `docs/rules.md` and the text `secmaster-report explain` prints, both
//! generated from the registry.

use std::fmt::Write as _;

use super::{Rule, SchemaSupport, RULES};
use crate::model::fields::{
    Field, FieldType, BINDING_WIZARD_FIELDS, BODY_FIELDS, MAX_RECIPIENTS, MAX_SEND_RULES,
    OFFSET_FIELDS, RANGE_FIELDS, SEND_RULE_FIELDS,
};
use crate::syntax::Limits;

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
    let _ = writeln!(
        text,
        "Source: {}.\n",
        rule.docs().source.trim_end_matches('.')
    );
    let _ = writeln!(text, "### What it checks\n\n{}\n", rule.docs().what);
    if let Some(limits) = generated_limits(rule) {
        let _ = writeln!(text, "### Limits\n\n{limits}");
    }
    let _ = writeln!(text, "### Why\n\n{}\n", rule.docs().why);
    let _ = writeln!(
        text,
        "### Example\n\nReported:\n\n```{}\n{}\n```\n",
        fence_language(rule.docs().invalid),
        rule.docs().invalid
    );
    let _ = writeln!(
        text,
        "Fixed:\n\n```{}\n{}\n```\n",
        fence_language(rule.docs().fixed),
        rule.docs().fixed
    );
    let _ = writeln!(text, "### Known problems\n\n{}", rule.docs().known_problems);
    text
}

/// Returns the language of an example's code block: `json` for a body fragment, `http` for a
/// request line or header lines, `sh` for a command.
fn fence_language(example: &str) -> &'static str {
    let first_word = example.split_whitespace().next().unwrap_or_default();
    if example.starts_with(['{', '[', '"']) {
        "json"
    } else if first_word == "curl" || first_word.starts_with("--") {
        "sh"
    } else {
        "http"
    }
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
        let summary = first_sentence(rule.docs().what).replace('|', "\\|");
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

/// Renders the limits a rule checks, from the field table and the defaults, so the reference never
/// restates them by hand.
fn generated_limits(rule: &Rule) -> Option<String> {
    let tables: [(&str, &[Field]); 5] = [
        ("", &BODY_FIELDS),
        ("report_range.", &RANGE_FIELDS),
        ("report_rule_infos[].", &SEND_RULE_FIELDS),
        ("report_rule_infos[].start_time/end_time.", &OFFSET_FIELDS),
        ("binding_wizard.", &BINDING_WIZARD_FIELDS),
    ];
    let mut text = String::new();
    match rule.name {
        "string-length" => {
            text.push_str("| field | characters |\n|---|---|\n");
            for (prefix, fields) in &tables[..4] {
                for field in fields.iter().filter(|f| f.field_type == FieldType::String) {
                    let (Some(min), max) = (field.min_length, field.max_length) else {
                        continue;
                    };
                    let range =
                        max.map_or(format!("at least {min}"), |max| format!("{min}..{max}"));
                    let _ = writeln!(text, "| `{prefix}{}` | {range} |", field.name);
                }
            }
        }
        "integer-range" => {
            text.push_str("| field | range |\n|---|---|\n");
            for field in OFFSET_FIELDS.iter() {
                if let Some((min, max)) = field.range {
                    let _ = writeln!(text, "| `{}` | {min}..{max} |", field.name);
                }
            }
        }
        "input-limit" => {
            let limits = Limits::default();
            let _ = writeln!(
                text,
                "- `max_input_bytes` (CLI `--max-input-bytes`): {} bytes",
                limits.max_input_bytes
            );
            let _ = writeln!(
                text,
                "- `max_depth` (CLI `--max-depth`): {}",
                limits.max_depth
            );
            let _ = writeln!(
                text,
                "- `max_diagnostics` (CLI `--max-diagnostics`): {}",
                limits.max_diagnostics
            );
        }
        "email-count" => {
            let _ = writeln!(
                text,
                "At most {MAX_RECIPIENTS} addresses in `to` and {MAX_RECIPIENTS} in `cc`."
            );
        }
        "send-rule-count" => {
            let _ = writeln!(text, "At most {MAX_SEND_RULES} send rules.");
        }
        _ => return None,
    }
    Some(text)
}

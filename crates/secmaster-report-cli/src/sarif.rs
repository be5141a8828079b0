//! SARIF 2.1.0 output, as GitHub code scanning reads it: one run, the rule registry as the
//! driver's rules (with help from the rule reference), and one result per diagnostic.

use std::io::{self, Write};

use secmaster_report::rules::reference::{first_sentence, rule_markdown};
use secmaster_report::syntax::LineIndex;
use secmaster_report::{Diagnostic, Locale, Position, Rule, Severity, RULES};
use serde_json::{json, Map, Value};

use crate::input::Checked;
use crate::output::message_with_help;

/// The schema that the output validates against: the OASIS SARIF 2.1.0 schema, as SchemaStore
/// serves it.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn write(out: &mut impl Write, results: &[Checked<'_>], locale: Locale) -> io::Result<()> {
    let mut sarif_results = Vec::new();
    for checked in results {
        let text = String::from_utf8_lossy(&checked.document.bytes);
        // Fix positions are computed here; spans of text that lossy decoding changed have none.
        let lines = (text.len() == checked.document.bytes.len()).then(|| LineIndex::new(&text));
        for diagnostic in &checked.diagnostics {
            let location = artifact_location(checked);
            let positions = lines.as_ref().map(|lines| (lines, text.as_ref()));
            sarif_results.push(result(diagnostic, location, positions, locale));
        }
    }

    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "secmaster-report",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": RULES.iter().map(|rule| descriptor(rule)).collect::<Vec<_>>(),
                }
            },
            "language": locale.as_str(),
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// Returns the SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Returns the reporting descriptor of a rule: its metadata and its documentation as help.
fn descriptor(rule: &Rule) -> Value {
    let what = rule
        .docs()
        .what
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let markdown = rule_markdown(rule);
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": first_sentence(rule.docs().what) },
        "fullDescription": { "text": what },
        "help": { "text": help_text(rule), "markdown": markdown },
        "helpUri": format!(
            "{}/blob/main/docs/rules.md#{}-{}",
            env!("CARGO_PKG_REPOSITORY"),
            rule.code.to_ascii_lowercase(),
            rule.name
        ),
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "tags": ["secmaster", format!("evidence-{}", rule.evidence.letter())],
            "evidence": rule.evidence.letter(),
            "source": rule.docs().source,
        },
    })
}

/// Returns the plain-text help of a rule: why it matters, and the fixed example.
fn help_text(rule: &Rule) -> String {
    let why = rule
        .docs()
        .why
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!("{why}\n\nFixed example:\n{}", rule.docs().fixed)
}

/// Returns the artifact location of an input: its path as a relative URI reference, or a
/// description for standard input, which has no URI.
fn artifact_location(checked: &Checked<'_>) -> Value {
    if checked.document.is_file {
        json!({ "uri": uri_reference(&checked.document.name) })
    } else {
        json!({ "description": { "text": "standard input" } })
    }
}

/// Writes a path as a URI reference: `/` separators, and every byte outside the unreserved
/// characters and `/` percent-encoded.
fn uri_reference(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

fn region(start: Position, end: Position) -> Value {
    json!({
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
    })
}

fn result(
    diagnostic: &Diagnostic,
    artifact: Value,
    positions: Option<(&LineIndex, &str)>,
    locale: Locale,
) -> Value {
    let mut location = Map::new();
    location.insert(
        "physicalLocation".into(),
        json!({
            "artifactLocation": artifact.clone(),
            "region": region(diagnostic.start, diagnostic.end),
        }),
    );
    if !diagnostic.pointer.is_empty() {
        location.insert(
            "logicalLocations".into(),
            json!([{ "fullyQualifiedName": diagnostic.pointer, "kind": "member" }]),
        );
    }

    let rule_index = RULES
        .iter()
        .position(|rule| rule.code == diagnostic.code)
        .unwrap_or_default();
    let mut result = json!({
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": level(diagnostic.severity),
        "message": { "text": message_with_help(diagnostic, locale) },
        "locations": [Value::Object(location)],
        "properties": { "pointer": diagnostic.pointer, "name": diagnostic.name },
    });

    if let (Some(fix), Some((lines, text))) = (&diagnostic.fix, positions) {
        let description = diagnostic
            .render_help(locale)
            .unwrap_or_else(|| diagnostic.render_message(locale));
        let deleted = region(
            lines.position(text, fix.span.start),
            lines.position(text, fix.span.end),
        );
        result["fixes"] = json!([{
            "description": { "text": description },
            "artifactChanges": [{
                "artifactLocation": artifact,
                "replacements": [{
                    "deletedRegion": deleted,
                    "insertedContent": { "text": fix.replacement },
                }],
            }],
        }]);
    }
    result
}

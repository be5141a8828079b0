//! Generates the npm package's TypeScript declarations (`pkg/types/request.d.ts` and
//! `pkg/types/diagnostics.d.ts`) from the core's field tables, rule registry and locales, so that
//! the types match what the checker accepts. `tests/typescript_drift.rs` fails when the committed
//! files differ from what this module generates.

use std::fmt::Write as _;

use secmaster_report::model::fields::{
    Field, FieldType, BINDING_WIZARD_FIELDS, BODY_FIELDS, FREQUENCIES, OFFSET_FIELDS, RANGE_FIELDS,
    REPORT_FILE_TYPES, REPORT_PERIODS, SEND_RULE_FIELDS,
};
use secmaster_report::rules::SchemaSupport;
use secmaster_report::{Evidence, Locale, RuleLevel, Severity, RULES};
use serde::Serialize;

/// The command that rewrites the generated files, run from the workspace root.
pub const REGENERATE_COMMAND: &str = "cargo run -p secmaster-report-wasm --bin generate -- types";

/// The folder of the generated files, relative to the workspace root.
pub const TYPES_DIR: &str = "pkg/types";

/// One generated declaration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The file name inside [`TYPES_DIR`].
    pub name: &'static str,
    pub contents: String,
}

/// Generates every declaration file.
pub fn generate() -> Vec<GeneratedFile> {
    vec![
        GeneratedFile {
            name: "request.d.ts",
            contents: request_declarations(),
        },
        GeneratedFile {
            name: "diagnostics.d.ts",
            contents: diagnostics_declarations(),
        },
    ]
}

/// A member of a generated interface.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub(crate) name: &'static str,
    pub(crate) ts_type: String,
    pub(crate) optional: bool,
    pub(crate) doc: Vec<String>,
}

impl Member {
    fn new(name: &'static str, ts_type: &str, optional: bool, doc: &str) -> Self {
        Self {
            name,
            ts_type: ts_type.to_owned(),
            optional,
            doc: vec![doc.to_owned()],
        }
    }
}

fn header() -> String {
    format!(
        "// Generated from the secmaster-report core by `{REGENERATE_COMMAND}`.\n\
         // Do not edit: change the core and run the command again.\n"
    )
}

// ---------------------------------------------------------------------------------------------
// request.d.ts

/// The string enumerations of the request, with their documentation.
const ENUMERATIONS: &[(&str, &[&str], &str)] = &[
    (
        "ReportPeriod",
        REPORT_PERIODS,
        "The values of `report_period`, exactly as the service expects them: lowercase.",
    ),
    (
        "Frequency",
        FREQUENCIES,
        "The documented values of `frequency`.",
    ),
    (
        "ReportFileType",
        REPORT_FILE_TYPES,
        "The documented kinds of `report_file_type`. Their spelling on the wire is not \
         documented, so the checker accepts them in any case and warns about other values.",
    ),
];

/// The TypeScript types of the fields whose type the field table alone does not give: objects,
/// arrays and enumerations.
pub(crate) const FIELD_TYPES: &[(&str, &str)] = &[
    ("report_period", "ReportPeriod"),
    ("frequency", "Frequency"),
    ("report_file_type", "ReportFileType | (string & {})"),
    ("report_range", "ReportRange"),
    ("report_rule_infos", "ReportRuleRequest[]"),
    ("start_time", "ReportRuleTime"),
    ("end_time", "ReportRuleTime"),
    ("binding_buttons", "unknown[]"),
];

/// Documentation added to a field's own description.
const FIELD_NOTES: &[(&str, &str)] = &[(
    "binding_wizard",
    "Write it as `JSON.stringify(wizard)` of a {@link BindingWizard}.",
)];

/// The interfaces of the request, from the field tables.
pub(crate) const REQUEST_INTERFACES: &[(&str, &[Field], &str)] = &[
    (
        "CreateReportRequestBody",
        &BODY_FIELDS,
        "The body of Create a security report: \
         `POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports`.",
    ),
    (
        "ReportRange",
        &RANGE_FIELDS,
        "The time range a report covers, as strings of epoch milliseconds.",
    ),
    (
        "ReportRuleRequest",
        &SEND_RULE_FIELDS,
        "A send rule: when the report is sent, and which window each sent report covers.",
    ),
    (
        "ReportRuleTime",
        &OFFSET_FIELDS,
        "The start or end of a send rule's statistical window, as offsets from the sending time.",
    ),
    (
        "BindingWizard",
        &BINDING_WIZARD_FIELDS,
        "The document inside `binding_wizard`, before it is serialised into a string. Other keys \
         are kept, and the checker warns about them.",
    ),
];

/// Interfaces that accept keys other than their declared members.
const OPEN_INTERFACES: &[&str] = &["BindingWizard"];

fn request_declarations() -> String {
    let mut out = header();

    for (name, values, doc) in ENUMERATIONS {
        out.push('\n');
        write_doc(&mut out, "", &[doc.to_string()]);
        let _ = writeln!(out, "export type {name} = {};", string_union(values));
    }

    for (name, fields, doc) in REQUEST_INTERFACES {
        let mut members: Vec<Member> = fields.iter().map(field_member).collect();
        if OPEN_INTERFACES.contains(name) {
            members.push(Member::new(
                "[key: string]",
                "unknown",
                false,
                "Any other key.",
            ));
        }
        out.push('\n');
        write_interface(&mut out, name, doc, &members);
    }

    out
}

fn field_member(field: &Field) -> Member {
    let mut doc = Vec::new();
    if !field.description.is_empty() {
        doc.push(field.description.to_owned());
    }
    if !field.description_zh.is_empty() {
        doc.push(field.description_zh.to_owned());
    }
    let constraints = constraints(field);
    if !constraints.is_empty() {
        doc.push(constraints);
    }
    if let Some((_, note)) = FIELD_NOTES.iter().find(|(name, _)| *name == field.name) {
        doc.push(note.to_string());
    }

    Member {
        name: field.name,
        ts_type: field_type(field),
        optional: !field.required,
        doc,
    }
}

pub(crate) fn field_type(field: &Field) -> String {
    if let Some((_, ts_type)) = FIELD_TYPES.iter().find(|(name, _)| *name == field.name) {
        return ts_type.to_string();
    }
    if !field.values.is_empty() {
        return string_union(field.values);
    }
    match field.field_type {
        FieldType::String => "string".into(),
        FieldType::Integer => "number".into(),
        FieldType::Object => "Record<string, unknown>".into(),
        FieldType::Array => "unknown[]".into(),
    }
}

/// Describes a field's length, range and pattern in one sentence each.
fn constraints(field: &Field) -> String {
    let mut sentences = Vec::new();

    match (field.min_length, field.max_length) {
        (Some(min), Some(max)) => sentences.push(format!("{min} to {max} characters.")),
        (Some(min), None) => sentences.push(format!("At least {min} character(s).")),
        (None, Some(max)) => sentences.push(format!("At most {max} characters.")),
        (None, None) => {}
    }
    if let Some((min, max)) = field.range {
        sentences.push(format!("An integer from {min} to {max}."));
    }
    if let Some(pattern) = field.pattern {
        sentences.push(format!("Matches `{pattern}`."));
    }

    sentences.join(" ")
}

// ---------------------------------------------------------------------------------------------
// diagnostics.d.ts

/// Lists the members of the `Fix` interface, in the order `output::JsFix` serialises them.
pub(crate) fn fix_members() -> Vec<Member> {
    vec![
        Member::new(
            "start",
            "number",
            false,
            "Start of the text to replace, in UTF-16 code units.",
        ),
        Member::new(
            "end",
            "number",
            false,
            "End of the text to replace, in UTF-16 code units, exclusive.",
        ),
        Member::new(
            "replacement",
            "string",
            false,
            "The text to put in its place.",
        ),
    ]
}

/// Lists the members of the `Diagnostic` interface, in the order `output::JsDiagnostic` serialises
/// them.
pub(crate) fn diagnostic_members() -> Vec<Member> {
    vec![
        Member::new("code", "RuleCode", false, "The stable rule code, such as `SR105`."),
        Member::new("name", "RuleName", false, "The rule's kebab-case name, such as `report-period`."),
        Member::new("severity", "Severity", false, "How serious the problem is."),
        Member::new(
            "pointer",
            "string",
            false,
            "RFC 6901 JSON pointer to the value at fault in the body, such as \
             `/report_range/start`. `\"\"` is the whole body, or a problem of an HTTP request file \
             or curl command as a whole. A pointer into `binding_wizard` continues with the pointer \
             inside its JSON text. Pointers outside the body start with `#/`: `#/method`, `#/url`, \
             `#/path/project_id`, `#/path/workspace_id` (also for the path parameters given in the \
             options) and `#/headers/{name in lowercase}`, such as `#/headers/content-type`.",
        ),
        Member::new("message", "string", false, "The message, in the locale of the options."),
        Member::new("help", "string", true, "A suggestion on how to fix the problem, in the same locale."),
        Member::new("line", "number", false, "1-based line of the start of the span."),
        Member::new(
            "column",
            "number",
            false,
            "1-based column of the start of the span, counted in Unicode code points.",
        ),
        Member::new("endLine", "number", false, "1-based line of the end of the span."),
        Member::new(
            "endColumn",
            "number",
            false,
            "1-based column one past the last character of the span, in Unicode code points.",
        ),
        Member::new(
            "start",
            "number",
            false,
            "Start of the span in UTF-16 code units: `text.slice(start, end)` is the text at fault.",
        ),
        Member::new("end", "number", false, "End of the span in UTF-16 code units, exclusive."),
        Member::new(
            "fix",
            "Fix",
            true,
            "A replacement that applies the suggestion, when one is certain enough to offer.",
        ),
    ]
}

/// Lists the members of the `Options` interface that the JavaScript wrapper reads.
pub(crate) fn options_members() -> Vec<Member> {
    vec![
        Member::new(
            "locale",
            "Locale",
            true,
            "The language of messages. Default `\"en\"`.",
        ),
        Member::new(
            "workspaceId",
            "string",
            true,
            "The `workspace_id` path parameter of the request. When set, it is checked, and \
             `binding_wizard` should name the same workspace. A whole request uses it only when \
             its URL does not give the parameter.",
        ),
        Member::new(
            "projectId",
            "string",
            true,
            "The `project_id` path parameter of the request. When set, it is checked. A whole \
             request uses it only when its URL does not give the parameter.",
        ),
        Member::new(
            "now",
            "number | Date | null",
            true,
            "The current time, as epoch milliseconds or a `Date`, for the checks that compare \
             with it (a range in the future, a send rule that has ended). Default `Date.now()`. \
             `null` turns those checks off, so the result does not depend on the clock.",
        ),
        Member::new(
            "rules",
            "Partial<Record<RuleCode | RuleName, RuleLevel>>",
            true,
            "Rule levels by code or name, such as `{ SR401: \"off\", \"report-period\": \
             \"warning\" }`.",
        ),
    ]
}

/// Lists the members of the `RuleDocs` interface, in the order the core serialises them.
pub(crate) fn rule_docs_members() -> Vec<Member> {
    vec![
        Member::new("what", "string", false, "What the rule checks."),
        Member::new("why", "string", false, "Why the problem matters."),
        Member::new(
            "invalid",
            "string",
            false,
            "A request fragment that the rule reports.",
        ),
        Member::new("fixed", "string", false, "The same fragment, fixed."),
        Member::new(
            "known_problems",
            "string",
            false,
            "What the rule cannot see or may get wrong.",
        ),
    ]
}

/// Lists the members of the `Rule` interface, in the order the core serialises them.
pub(crate) fn rule_members() -> Vec<Member> {
    vec![
        Member::new(
            "code",
            "RuleCode",
            false,
            "The stable code, such as `SR105`.",
        ),
        Member::new(
            "name",
            "RuleName",
            false,
            "The kebab-case name, such as `report-period`.",
        ),
        Member::new("severity", "Severity", false, "The default severity."),
        Member::new(
            "evidence",
            "Evidence",
            false,
            "How sure the fact behind the rule is.",
        ),
        Member::new(
            "schema",
            "SchemaSupport",
            false,
            "How much of the rule the JSON Schema expresses.",
        ),
        Member::new("source", "string", false, "Where the fact comes from."),
        Member::new(
            "docs",
            "RuleDocs",
            false,
            "The rule's documentation, in English.",
        ),
    ]
}

fn diagnostics_declarations() -> String {
    let mut out = header();
    out.push_str("\nimport type { CreateReportRequestBody } from \"./request.js\";\n");

    let locales: Vec<&str> = Locale::ALL.iter().map(|locale| locale.as_str()).collect();
    write_type(
        &mut out,
        "Locale",
        "A locale of the message catalogues.",
        &string_union(&locales),
    );
    write_type(
        &mut out,
        "Severity",
        "How serious a diagnostic is. An error means the service rejects the request (or, by its \
         specification, should); a warning is a likely mistake or a console limit.",
        &wire_union(&severities()),
    );
    write_type(
        &mut out,
        "RuleLevel",
        "The level an option sets for a rule: a severity, or `\"off\"`.",
        &wire_union(&rule_levels()),
    );
    write_type(
        &mut out,
        "Evidence",
        &evidence_doc(),
        &wire_union(&evidence_levels()),
    );
    write_type(
        &mut out,
        "SchemaSupport",
        "How much of a rule the exported JSON Schema expresses: all of it, part of it, or \
         nothing.",
        &wire_union(&schema_support()),
    );

    out.push('\n');
    write_interface(
        &mut out,
        "RuleNames",
        "The name of every rule, by code.",
        &rule_name_members(),
    );
    out.push_str(
        "\n/** A rule code, such as `SR105`. */\nexport type RuleCode = keyof RuleNames;\n",
    );
    out.push_str(
        "\n/** A rule name, such as `report-period`. */\nexport type RuleName = RuleNames[RuleCode];\n",
    );

    out.push('\n');
    write_interface(
        &mut out,
        "Fix",
        "A replacement that fixes a problem: `text.slice(0, start) + replacement + text.slice(end)`.",
        &fix_members(),
    );
    out.push('\n');
    write_interface(
        &mut out,
        "Diagnostic",
        "One problem found in a request. Its position (`line`, `column`, `start`, `end` and the \
         `fix`) is in the text that was checked: the body text, the HTTP request file or the curl \
         command. From `validateRequest`, a diagnostic whose pointer starts with `#/` has its \
         position in the text of that part: the method, the URL (for a path parameter given in \
         `path`, the whole value), or the header's value (its name, for `duplicate-header`). A \
         missing header, or a path parameter given in the options, has an empty span at 0.",
        &diagnostic_members(),
    );
    out.push('\n');
    write_interface(
        &mut out,
        "Options",
        "Settings of one validation.",
        &options_members(),
    );
    out.push('\n');
    write_interface(
        &mut out,
        "RuleDocs",
        "A rule's documentation.",
        &rule_docs_members(),
    );
    out.push('\n');
    write_interface(&mut out, "Rule", "A rule of the registry.", &rule_members());

    out.push('\n');
    write_doc(
        &mut out,
        "",
        &[
            "Diagnostics grouped by the top-level field that the pointer names: `\"\"` for the \
           whole document, the full pointer for a part outside the body (`#/path/workspace_id`, \
           `#/headers/content-type`). Only fields with at least one diagnostic have a key."
                .to_owned(),
        ],
    );
    out.push_str(
        "export type FieldDiagnostics = Partial<Record<keyof CreateReportRequestBody | \"\", \
         Diagnostic[]>> & {\n  [field: string]: Diagnostic[] | undefined;\n};\n",
    );

    out
}

fn rule_name_members() -> Vec<Member> {
    RULES
        .iter()
        .map(|rule| Member {
            name: rule.code,
            ts_type: quote(rule.name),
            optional: false,
            doc: vec![rule.docs().what.to_owned()],
        })
        .collect()
}

fn severities() -> Vec<Severity> {
    // The match fails to compile when the core adds a severity, so the list cannot go stale.
    let all = [Severity::Error, Severity::Warning, Severity::Info];
    for severity in all {
        match severity {
            Severity::Error | Severity::Warning | Severity::Info => {}
        }
    }
    all.to_vec()
}

fn rule_levels() -> Vec<RuleLevel> {
    let all = [
        RuleLevel::Off,
        RuleLevel::Info,
        RuleLevel::Warning,
        RuleLevel::Error,
    ];
    for level in all {
        match level {
            RuleLevel::Off | RuleLevel::Info | RuleLevel::Warning | RuleLevel::Error => {}
        }
    }
    all.to_vec()
}

fn evidence_levels() -> Vec<Evidence> {
    let all = [
        Evidence::Documented,
        Evidence::Sdk,
        Evidence::Console,
        Evidence::Inferred,
    ];
    for evidence in all {
        match evidence {
            Evidence::Documented | Evidence::Sdk | Evidence::Console | Evidence::Inferred => {}
        }
    }
    all.to_vec()
}

fn schema_support() -> Vec<SchemaSupport> {
    let all = [
        SchemaSupport::Full,
        SchemaSupport::Partial,
        SchemaSupport::None,
    ];
    for support in all {
        match support {
            SchemaSupport::Full | SchemaSupport::Partial | SchemaSupport::None => {}
        }
    }
    all.to_vec()
}

fn evidence_doc() -> String {
    let levels: Vec<String> = evidence_levels()
        .into_iter()
        .map(|evidence| format!("`{}` {}", evidence.letter(), evidence.description()))
        .collect();
    format!(
        "How sure the fact behind a rule is, from the strongest source to the weakest: {}.",
        levels.join(", ")
    )
}

// ---------------------------------------------------------------------------------------------
// Writing TypeScript

fn write_type(out: &mut String, name: &str, doc: &str, definition: &str) {
    out.push('\n');
    write_doc(out, "", &[doc.to_owned()]);
    let _ = writeln!(out, "export type {name} = {definition};");
}

fn write_interface(out: &mut String, name: &str, doc: &str, members: &[Member]) {
    write_doc(out, "", &[doc.to_owned()]);
    let _ = writeln!(out, "export interface {name} {{");
    for (index, member) in members.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        write_doc(out, "  ", &member.doc);
        let optional = if member.optional { "?" } else { "" };
        let _ = writeln!(out, "  {}{optional}: {};", member.name, member.ts_type);
    }
    out.push_str("}\n");
}

/// Writes a JSDoc comment with one paragraph per entry.
fn write_doc(out: &mut String, indent: &str, paragraphs: &[String]) {
    let paragraphs: Vec<String> = paragraphs
        .iter()
        .map(|paragraph| paragraph.replace("*/", "*\\/"))
        .collect();
    match paragraphs.as_slice() {
        [] => {}
        [only] => {
            let _ = writeln!(out, "{indent}/** {only} */");
        }
        _ => {
            let _ = writeln!(out, "{indent}/**");
            for (index, paragraph) in paragraphs.iter().enumerate() {
                if index > 0 {
                    let _ = writeln!(out, "{indent} *");
                }
                let _ = writeln!(out, "{indent} * {paragraph}");
            }
            let _ = writeln!(out, "{indent} */");
        }
    }
}

fn string_union(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|value| quote(value)).collect();
    quoted.join(" | ")
}

/// Writes the union of the serialised forms of enum values, as the core puts them on the wire.
fn wire_union<T: Serialize>(values: &[T]) -> String {
    let quoted: Vec<String> = values
        .iter()
        .map(|value| serde_json::to_string(value).unwrap_or_default())
        .collect();
    quoted.join(" | ")
}

/// Quotes a string as a TypeScript string literal (a JSON string is one).
fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use secmaster_report::{validate, Options};

    use super::*;
    use crate::output::convert;

    fn all_fields() -> impl Iterator<Item = &'static Field> {
        REQUEST_INTERFACES
            .iter()
            .flat_map(|(_, fields, _)| fields.iter())
    }

    fn member_names(members: &[Member]) -> Vec<&'static str> {
        members.iter().map(|member| member.name).collect()
    }

    fn object_keys(value: &serde_json::Value) -> Vec<String> {
        value
            .as_object()
            .expect("a JSON object")
            .keys()
            .cloned()
            .collect()
    }

    #[test]
    fn object_and_array_fields_have_types() {
        for field in all_fields() {
            let is_container = matches!(field.field_type, FieldType::Object | FieldType::Array);
            let is_mapped = FIELD_TYPES.iter().any(|(name, _)| *name == field.name);
            assert!(
                !is_container || is_mapped,
                "field `{}` is an {}: add its TypeScript type to FIELD_TYPES",
                field.name,
                field.field_type.name()
            );
        }
    }

    #[test]
    fn field_types_name_existing_fields() {
        for (name, _) in FIELD_TYPES {
            assert!(
                all_fields().any(|field| field.name == *name),
                "FIELD_TYPES names `{name}`, which no field table has"
            );
        }
    }

    #[test]
    fn diagnostic_members_match_serialised_diagnostic() {
        let source = r#"{"report_period": "Weekly"}"#;
        let diagnostics = convert(source, validate(source, &Options::default()), Locale::En);
        let with_everything = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.help.is_some() && diagnostic.fix.is_some())
            .expect("a diagnostic with help and fix");
        let value = serde_json::to_value(with_everything).unwrap();

        assert_eq!(object_keys(&value), member_names(&diagnostic_members()));
        assert_eq!(object_keys(&value["fix"]), member_names(&fix_members()));
    }

    #[test]
    fn rule_members_match_serialised_rule() {
        // The package joins the rule from the .wasm with its entry of `dist/rules.js`.
        let mut value = serde_json::to_value(RULES[0]).unwrap();
        let module = crate::rules_module::render();
        let table = &module[module.find('{').unwrap()..module.rfind('}').unwrap() + 1];
        let entries: serde_json::Value = serde_json::from_str(table).unwrap();
        for (key, member) in entries[RULES[0].code].as_object().unwrap() {
            value[key.as_str()] = member.clone();
        }
        assert_eq!(object_keys(&value), member_names(&rule_members()));
        assert_eq!(
            object_keys(&value["docs"]),
            member_names(&rule_docs_members())
        );
    }

    #[test]
    fn every_rule_is_named() {
        let declarations = diagnostics_declarations();
        for rule in RULES {
            let member = format!("  {}: \"{}\";", rule.code, rule.name);
            assert!(declarations.contains(&member), "missing `{member}`");
        }
    }

    #[test]
    fn doc_comment_cannot_close_early() {
        let mut out = String::new();
        write_doc(&mut out, "", &["a */ b".to_owned()]);
        assert_eq!(out, "/** a *\\/ b */\n");
    }
}

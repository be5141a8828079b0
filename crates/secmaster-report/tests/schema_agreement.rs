//! The exported schema and the checker agree on every corpus case and on a table of probes.
//!
//! Each schema error is attributed to the rule that reports the same problem, at a JSON pointer:
//! - `type` to `body-type` (SR004) at the root, and to `field-type` (SR102) elsewhere;
//! - `required` to `required-field` (SR101), at the missing field's pointer;
//! - `additionalProperties` to `unknown-field` (SR103), at the unknown key;
//! - `minLength` and `maxLength` to `string-length` (SR104);
//! - `minimum` and `maximum` to `integer-range` (SR117);
//! - `maxItems` to `send-rule-count` (SR201);
//! - `enum` and `pattern` to the one expressed rule that `schema::placement` places on the field.
//!
//! The checker runs with default rule levels. A schema has no severities, so it rejects what it
//! expresses, whatever severity the checker gives it.
//!
//! `binding_wizard` is checked as a validator that asserts content would: its text must parse
//! (else `binding-wizard-json`, SR301) and the parsed document must satisfy `contentSchema`
//! (`type` at its root to SR301, elsewhere to `binding-wizard-type`, SR302).
//!
//! With `expressed` the rules whose `schema` support is `Full` or `Partial`, the two agree when:
//! 1. each finding of a `Full` rule by the checker is also a schema finding (same rule, same
//!    pointer);
//! 2. each schema finding of a `Full` rule is a checker finding of that rule at that pointer, or
//!    the checker reports a wrong type or length there (it checks the form of a value only once
//!    its type and length are right);
//! 3. each schema finding of a `Partial` rule comes with some expressed finding of the checker at
//!    that pointer. A `Partial` rule's findings by the checker need not be schema findings.
//!
//! Cases whose input is not JSON, or that the checker reports as over a limit or with duplicate
//! keys, are outside what a schema can see and are skipped.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use jsonschema::error::ValidationErrorKind;
use secmaster_report::rules::{Rule, SchemaSupport};
use secmaster_report::schema::{self, placement::Object};
use secmaster_report::{validate, Locale, Options};
use serde_json::{json, Value};

/// A finding: JSON pointer and rule code.
type Finding = (String, &'static str);

/// Corpus cases on which the schema and the checker are known to disagree, with the reason.
const KNOWN_CORPUS_DISAGREEMENTS: &[(&str, &str)] = &[
    (
        "adversarial/offset-1e-400.json",
        "serde_json reads 1e-400 as the float 0.0, an integer, so the schema accepts it. The \
         checker reads the number as written, a fraction",
    ),
    (
        "adversarial/offset-exponent-i64-min.json",
        "serde_json reads 1.5e-9223372036854775808 as the float 0.0, an integer, so the schema \
         accepts it. The checker reads the number as written, a fraction",
    ),
];

/// Rules whose findings put a case outside what a schema can check: syntax errors, exceeded
/// limits and duplicate keys, which a parsed JSON value no longer shows.
const OUT_OF_SCOPE: &[&str] = &["SR001", "SR002", "SR003"];

/// The rules that report a value of the wrong type or length. The checker checks the form of a
/// value only once these pass, while a schema applies all its keywords at once.
const GATE_RULES: &[&str] = &["SR004", "SR102", "SR104", "SR302"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rule(code: &str) -> &'static Rule {
    secmaster_report::rules::find(code).unwrap_or_else(|| panic!("no rule {code}"))
}

fn is_expressed(code: &str) -> bool {
    rule(code).schema != SchemaSupport::None
}

/// Escapes a key as a JSON pointer segment (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Returns the object and field a pointer names, for the pointers of string fields.
fn locate(pointer: &str) -> Option<(Object, String)> {
    let segments: Vec<String> = pointer.split('/').skip(1).map(unescape).collect();
    let names: Vec<&str> = segments.iter().map(String::as_str).collect();
    let located = match names.as_slice() {
        [field] => (Object::Body, *field),
        ["report_range", field] => (Object::ReportRange, *field),
        ["binding_wizard", field] => (Object::BindingWizard, *field),
        ["report_rule_infos", _, field] => (Object::SendRule, *field),
        ["report_rule_infos", _, "start_time" | "end_time", field] => (Object::SendWindow, *field),
        _ => return None,
    };
    Some((located.0, located.1.to_owned()))
}

/// Returns the one expressed rule placed on the field at `pointer`: the rule behind an `enum` or
/// `pattern` there.
fn value_rule(pointer: &str) -> &'static str {
    let (object, field) = locate(pointer).unwrap_or_else(|| panic!("no field at {pointer}"));
    let rules: Vec<&'static Rule> = schema::placement::rules_at(object, Some(&field))
        .filter(|rule| rule.schema != SchemaSupport::None)
        .collect();
    assert_eq!(
        rules.len(),
        1,
        "{pointer}: expected one expressed rule, found {rules:?}"
    );
    rules[0].code
}

/// Attributes one schema error to rules at pointers. `prefix` is prepended to the error's
/// pointer, and `nested` is true for an error of `contentSchema`.
fn attribute(
    kind: &ValidationErrorKind,
    pointer: &str,
    prefix: &str,
    nested: bool,
) -> Vec<Finding> {
    let at = format!("{prefix}{pointer}");
    let code = match kind {
        ValidationErrorKind::Type { .. } => match (nested, pointer.is_empty()) {
            (false, true) => "SR004",
            (false, false) => "SR102",
            (true, true) => "SR301",
            (true, false) => "SR302",
        },
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().expect("a property name");
            return vec![(format!("{at}/{}", escape(name)), "SR101")];
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            return unexpected
                .iter()
                .map(|key| (format!("{at}/{}", escape(key)), "SR103"))
                .collect();
        }
        ValidationErrorKind::MinLength { .. } | ValidationErrorKind::MaxLength { .. } => "SR104",
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => "SR117",
        ValidationErrorKind::MaxItems { .. } => "SR201",
        ValidationErrorKind::Enum { .. } | ValidationErrorKind::Pattern { .. } => value_rule(&at),
        other => panic!("{at}: no rule for the schema keyword `{}`", other.keyword()),
    };
    vec![(at, code)]
}

/// The exported schema, with a second validator for the `contentSchema` of `binding_wizard`.
struct SchemaValidator {
    body: jsonschema::Validator,
    content: jsonschema::Validator,
}

impl SchemaValidator {
    fn new() -> Self {
        let schema = schema::generate(Locale::En);
        let content = &schema["properties"]["binding_wizard"]["contentSchema"];
        Self {
            body: jsonschema::draft202012::new(&schema).expect("the schema compiles"),
            content: jsonschema::draft202012::new(content).expect("the content schema compiles"),
        }
    }

    /// Returns the findings of the schema, content included.
    fn findings(&self, body: &Value) -> BTreeSet<Finding> {
        let mut findings = BTreeSet::new();
        for error in self.body.iter_errors(body) {
            findings.extend(attribute(
                error.kind(),
                error.instance_path().as_str(),
                "",
                false,
            ));
        }

        let Some(text) = body.get("binding_wizard").and_then(Value::as_str) else {
            return findings;
        };
        match serde_json::from_str::<Value>(text) {
            // serde_json stops at 128 levels of nesting, but JSON sets no limit. Such text is not
            // known to be invalid, so the content gets no finding.
            Err(error) if error.to_string().starts_with("recursion limit exceeded") => {}
            Err(_) => {
                findings.insert(("/binding_wizard".to_owned(), "SR301"));
            }
            Ok(document) => {
                for error in self.content.iter_errors(&document) {
                    let pointer = error.instance_path().as_str();
                    findings.extend(attribute(error.kind(), pointer, "/binding_wizard", true));
                }
            }
        }
        findings
    }
}

/// Returns the checker's findings of expressed rules, with default rule levels, or `None` when
/// the case is out of scope.
fn checker_findings(text: &str, options: &Options) -> Option<BTreeSet<Finding>> {
    let report = validate(text, options);
    if report
        .diagnostics
        .iter()
        .any(|diagnostic| OUT_OF_SCOPE.contains(&diagnostic.code))
    {
        return None;
    }
    Some(
        report
            .diagnostics
            .iter()
            .filter(|diagnostic| is_expressed(diagnostic.code))
            .map(|diagnostic| (diagnostic.pointer.clone(), diagnostic.code))
            .collect(),
    )
}

/// Returns the disagreements between the checker and the schema, one line each.
fn disagreements(checker: &BTreeSet<Finding>, schema: &BTreeSet<Finding>) -> Vec<String> {
    let mut problems = Vec::new();
    let codes_at = |pointer: &str| -> Vec<&'static str> {
        checker
            .iter()
            .filter(|(at, _)| at == pointer)
            .map(|(_, code)| *code)
            .collect()
    };

    for (pointer, code) in checker {
        if rule(code).schema == SchemaSupport::Full && !schema.contains(&(pointer.clone(), *code)) {
            problems.push(format!(
                "checker reports {code} at `{pointer}`, the schema does not"
            ));
        }
    }
    for (pointer, code) in schema {
        let found = codes_at(pointer);
        let explained = match rule(code).schema {
            SchemaSupport::Full => found
                .iter()
                .any(|found| found == code || GATE_RULES.contains(found)),
            _ => !found.is_empty(),
        };
        if !explained {
            problems.push(format!(
                "schema rejects `{pointer}` ({code}), the checker does not"
            ));
        }
    }
    problems
}

fn case_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            case_files(&path, files);
        } else if path
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            files.push(path);
        }
    }
}

/// Returns the options of a case without its rule levels, which a schema cannot follow.
fn case_options(case: &Value) -> Options {
    let settings = &case["options"];
    let mut options = Options::default();
    options.workspace_id = settings["workspace_id"].as_str().map(str::to_owned);
    options.project_id = settings["project_id"].as_str().map(str::to_owned);
    options.now_ms = settings["now_ms"].as_i64();
    options
}

#[test]
fn corpus_cases_agree_with_schema() {
    let cases_dir = repo_root().join("tests/cases");
    let mut files = Vec::new();
    case_files(&cases_dir, &mut files);
    assert!(!files.is_empty(), "no case under {}", cases_dir.display());

    let validator = SchemaValidator::new();
    let (mut compared, mut skipped, mut failures) = (0, Vec::new(), Vec::new());
    let mut seen = BTreeSet::new();
    for file in &files {
        let name = file
            .strip_prefix(&cases_dir)
            .unwrap_or(file)
            .display()
            .to_string();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|error| panic!("{name}: invalid case file: {error}"));
        let (text, body) = match (&case["input_text"], &case["input"]) {
            (Value::String(text), _) => (text.clone(), serde_json::from_str::<Value>(text).ok()),
            // HTTP request files and curl commands hold the body inside other text.
            (_, Value::Null) => (String::new(), None),
            (_, input) => (
                serde_json::to_string_pretty(input).unwrap(),
                Some(input.clone()),
            ),
        };
        let (Some(body), Some(checker)) = (body, checker_findings(&text, &case_options(&case)))
        else {
            skipped.push(name);
            continue;
        };

        compared += 1;
        let problems = disagreements(&checker, &validator.findings(&body));
        let known = KNOWN_CORPUS_DISAGREEMENTS
            .iter()
            .find(|(case, _)| *case == name);
        match (problems.is_empty(), known) {
            (true, None) => {}
            (false, Some((_, reason))) => eprintln!("known disagreement on {name}: {reason}"),
            (true, Some(_)) => failures.push(format!(
                "{name}: listed in KNOWN_CORPUS_DISAGREEMENTS, but the schema and the checker now \
                 agree; remove it from the list"
            )),
            (false, None) => failures.push(format!("{name}:\n  {}", problems.join("\n  "))),
        }
        seen.insert(name);
    }
    for (case, _) in KNOWN_CORPUS_DISAGREEMENTS {
        if !seen.contains(*case) {
            failures.push(format!(
                "{case}: listed in KNOWN_CORPUS_DISAGREEMENTS, but not compared"
            ));
        }
    }
    eprintln!(
        "compared {compared} case(s); skipped {} outside the schema's scope: {skipped:?}",
        skipped.len()
    );
    assert!(
        failures.is_empty(),
        "the schema and the checker disagree on {} case(s):\n{}\n\
         A disagreement may be a bug of the checker or of the schema: see the module documentation \
         of tests/schema_agreement.rs for what agreement means.",
        failures.len(),
        failures.join("\n")
    );
}

/// A change to the API reference example: set the values at pointers (`None` removes the key),
/// or replace the whole body when the pointer is `""`.
struct Probe {
    name: &'static str,
    edits: Vec<(&'static str, Option<Value>)>,
    /// Why the schema and the checker are known to disagree on this probe, when they do.
    known_disagreement: Option<&'static str>,
}

fn probe(name: &'static str, pointer: &'static str, value: Value) -> Probe {
    Probe {
        name,
        edits: vec![(pointer, Some(value))],
        known_disagreement: None,
    }
}

fn removal(name: &'static str, pointer: &'static str) -> Probe {
    Probe {
        name,
        edits: vec![(pointer, None)],
        known_disagreement: None,
    }
}

fn wizard(name: &'static str, document: &str) -> Probe {
    probe(name, "/binding_wizard", Value::from(document))
}

fn send_rule(name: &'static str, rule: Value) -> Probe {
    probe(name, "/report_rule_infos", json!([rule]))
}

/// Applies the edits of a probe to a body.
fn apply(body: &mut Value, probe: &Probe) {
    for (pointer, value) in &probe.edits {
        if pointer.is_empty() {
            *body = value.clone().expect("a replacement body");
            continue;
        }
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let parent = body
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("{}: no {parent}", probe.name));
        let object = parent
            .as_object_mut()
            .unwrap_or_else(|| panic!("{}: {pointer} is not in an object", probe.name));
        match value {
            Some(value) => {
                object.insert(unescape(key), value.clone());
            }
            None => {
                object.remove(&unescape(key));
            }
        }
    }
}

fn probes() -> Vec<Probe> {
    let long = |count: usize| "x".repeat(count);
    let mut probes = vec![
        probe("body is an array", "", json!([])),
        probe("body is a string", "", json!("{}")),
        probe("body is null", "", Value::Null),
        removal("report_name missing", "/report_name"),
        removal("report_range.end missing", "/report_range/end"),
        removal("binding_wizard missing", "/binding_wizard"),
        probe(
            "start is a number",
            "/report_range/start",
            json!(1662900406226_u64),
        ),
        probe(
            "report_range is a string",
            "/report_range",
            json!("1662900406226"),
        ),
        probe(
            "binding_wizard is an object",
            "/binding_wizard",
            json!({"binding_buttons": []}),
        ),
        probe("send rules are an object", "/report_rule_infos", json!({})),
        probe(
            "send rule is a string",
            "/report_rule_infos",
            json!(["0 0 8 ? * MON"]),
        ),
        probe("misspelt key", "/report_nmae", json!("weekly")),
        probe("update-only key", "/status", json!("enable")),
        probe(
            "unknown key in report_range",
            "/report_range/stop",
            json!("1662900406226"),
        ),
        probe("empty report_name", "/report_name", json!("")),
        probe(
            "report_name of 256 characters",
            "/report_name",
            json!(long(256)),
        ),
        probe(
            "report_name of 257 characters",
            "/report_name",
            json!(long(257)),
        ),
        probe(
            "report_name of 256 CJK characters",
            "/report_name",
            json!("报".repeat(256)),
        ),
        probe(
            "report_name of 257 CJK characters",
            "/report_name",
            json!("报".repeat(257)),
        ),
        probe(
            "report_name of 256 emoji",
            "/report_name",
            json!("📊".repeat(256)),
        ),
        probe(
            "language of 17 characters",
            "/language",
            json!("zh-Hans-CN-x-abcd"),
        ),
        probe("layout_id of 65 characters", "/layout_id", json!(long(65))),
        probe(
            "start of 17 digits",
            "/report_range/start",
            json!("16629004062260000"),
        ),
        probe("empty binding_wizard", "/binding_wizard", json!("")),
        probe("empty title", "/title", json!("")),
        probe("timezone of 257 characters", "/timezone", json!(long(257))),
        probe(
            "report_period capitalised",
            "/report_period",
            json!("Weekly"),
        ),
        probe("report_period yearly", "/report_period", json!("yearly")),
        probe("report_period empty", "/report_period", json!("")),
        probe(
            "notification_task uppercase",
            "/notification_task",
            json!("B6940C3BEEE4413381BE3F257AB6FB2D"),
        ),
        probe(
            "notification_task UUID",
            "/notification_task",
            json!("b6940c3b-eee4-4133-81be-3f257ab6fb2d"),
        ),
        probe(
            "notification_task of 31 characters",
            "/notification_task",
            json!("b6940c3beee4413381be3f257ab6fb2"),
        ),
        probe(
            "notification_task with newline",
            "/notification_task",
            json!("b6940c3beee4413381be3f257ab6fb2d\n"),
        ),
        probe("notification_task empty", "/notification_task", json!("")),
        probe(
            "start as a date",
            "/report_range/start",
            json!("2024-06-01"),
        ),
        probe("start negative", "/report_range/start", json!("-1")),
        probe(
            "start with a space",
            "/report_range/start",
            json!(" 1662900406226"),
        ),
        probe(
            "start in full-width digits",
            "/report_range/start",
            json!("１６６２９００４０６２２６"),
        ),
        probe(
            "start in seconds",
            "/report_range/start",
            json!("1662900406"),
        ),
        probe("frequency capitalised", "/frequency", json!("Weekly")),
        probe("frequency hourly", "/frequency", json!("hourly")),
        probe("frequency daily", "/frequency", json!("daily")),
        probe(
            "to with commas",
            "/to",
            json!("alice@example.com, bob@example.com"),
        ),
        probe(
            "to with an empty entry",
            "/to",
            json!("a@example.com;;b@example.com"),
        ),
        probe(
            "to with a trailing semicolon",
            "/to",
            json!("a@example.com;"),
        ),
        probe("to without domain", "/to", json!("alice")),
        probe("to in Chinese", "/to", json!("张三@例子.中国")),
        probe("to with a leading space", "/to", json!(" a@example.com")),
        probe("to with a one-label domain", "/to", json!("a@example")),
        probe("cc with two dots", "/cc", json!("a..b@example.com")),
        probe("cc with a hyphen label", "/cc", json!("a@-x.com")),
        probe(
            "cc with a 65-character local part",
            "/cc",
            json!(format!("{}@example.com", long(65))),
        ),
        probe("to empty", "/to", json!("")),
        probe("to a semicolon", "/to", json!(";")),
        send_rule("day -2", json!({"start_time": {"day": -2}})),
        send_rule("day 33", json!({"start_time": {"day": 33}})),
        send_rule("week 33", json!({"end_time": {"week": 33}})),
        send_rule("month -7", json!({"start_time": {"month": -7}})),
        send_rule("month -6", json!({"start_time": {"month": -6}})),
        send_rule("day 1.0", json!({"start_time": {"day": 1.0}})),
        send_rule("day 1.5", json!({"start_time": {"day": 1.5}})),
        send_rule("day 40.5", json!({"start_time": {"day": 40.5}})),
        send_rule("day 1e2", json!({"start_time": {"day": 100.0}})),
        send_rule("day as a string", json!({"start_time": {"day": "1"}})),
        send_rule(
            "unknown key in a send rule",
            json!({"rules": "0 0 8 ? * MON"}),
        ),
        send_rule(
            "unknown key in start_time",
            json!({"start_time": {"hour": 8}}),
        ),
        send_rule("time 8:00", json!({"start_time": {"time": "8:00"}})),
        send_rule("time 24:00:00", json!({"end_time": {"time": "24:00:00"}})),
        send_rule("time 23:59:60", json!({"end_time": {"time": "23:59:60"}})),
        send_rule("time 08:00:00", json!({"start_time": {"time": "08:00:00"}})),
        send_rule("time empty", json!({"start_time": {"time": ""}})),
        send_rule("rule_end as a date", json!({"rule_end": "2026-12-31"})),
        send_rule(
            "rule_end in milliseconds",
            json!({"rule_end": "1798675200000"}),
        ),
        send_rule("rule_end empty", json!({"rule_end": ""})),
        send_rule("rule in Unix form", json!({"rule": "0 8 * * 1"})),
        send_rule("rule empty", json!({"rule": ""})),
        probe(
            "six send rules",
            "/report_rule_infos",
            json!([{}, {}, {}, {}, {}, {}]),
        ),
        probe(
            "five send rules",
            "/report_rule_infos",
            json!([{}, {}, {}, {}, {}]),
        ),
        probe(
            "seven send rules, one a string",
            "/report_rule_infos",
            json!([{}, {}, {}, {}, {}, {}, "x"]),
        ),
        wizard("binding_wizard truncated", "{\"binding_buttons\":[]"),
        wizard("binding_wizard an array", "[]"),
        wizard("binding_wizard double-encoded", "\"{}\""),
        wizard("binding_wizard null", "null"),
        wizard("binding_wizard with spaces", " {} "),
        wizard(
            "binding_wizard with a trailing comma",
            "{\"binding_buttons\":[],}",
        ),
        wizard("binding_wizard with a comment", "{/* layout */}"),
        wizard(
            "binding_wizard with a lone surrogate",
            "{\"creator_name\":\"\\ud800\"}",
        ),
        wizard("binding_buttons an object", "{\"binding_buttons\":{}}"),
        wizard("boa_version a number", "{\"boa_version\":4}"),
        wizard("boa_version without v", "{\"boa_version\":\"4\"}"),
        wizard("boa_version capital V", "{\"boa_version\":\"V4\"}"),
        wizard("boa_version with a fraction", "{\"boa_version\":\"v4.1\"}"),
        wizard("creator_id a name", "{\"creator_id\":\"report-admin\"}"),
        wizard(
            "creator_id uppercase",
            "{\"creator_id\":\"5F0E4C1A9B2D4E7F8A6C3B1D0E9F2A4C\"}",
        ),
        wizard("workspace_id not a UUID", "{\"workspace_id\":\"default\"}"),
        wizard("unknown key in binding_wizard", "{\"binding_button\":[]}"),
        wizard(
            "create_time in RFC 3339",
            "{\"create_time\":\"2025-11-20T10:51:40+08:00\"}",
        ),
    ];

    probes.push(send_rule(
        "rule_end of 17 digits",
        json!({"rule_end": "17986752000001234"}),
    ));
    probes.push(wizard(
        "binding_wizard with a byte order mark",
        "\u{feff}{}",
    ));
    probes
}

/// Returns the API reference example, the base of every probe.
fn base_body() -> Value {
    let case: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/cases/valid/api-reference-example.json"))
            .unwrap(),
    )
    .unwrap();
    serde_json::from_str(case["input_text"].as_str().unwrap()).unwrap()
}

#[test]
fn probes_agree_with_schema() {
    let validator = SchemaValidator::new();
    let mut failures = Vec::new();
    let mut exercised = BTreeSet::new();
    for probe in probes() {
        let mut body = base_body();
        apply(&mut body, &probe);
        let Some(checker) = checker_findings(&body.to_string(), &Options::default()) else {
            failures.push(format!("{}: out of the schema's scope", probe.name));
            continue;
        };
        let schema = validator.findings(&body);
        exercised.extend(schema.iter().map(|(_, code)| *code));

        let problems = disagreements(&checker, &schema);
        match (problems.is_empty(), probe.known_disagreement) {
            (true, None) => {}
            (false, Some(reason)) => eprintln!("known disagreement on {}: {reason}", probe.name),
            (true, Some(_)) => failures.push(format!(
                "{}: listed as a known disagreement, but the schema and the checker now agree; \
                 remove `known_disagreement`",
                probe.name
            )),
            (false, None) => failures.push(format!("{}:\n  {}", probe.name, problems.join("\n  "))),
        }
    }

    let missing: Vec<String> = schema::expressed_rules()
        .filter(|rule| !exercised.contains(rule.code))
        .map(|rule| format!("{} {}", rule.code, rule.name))
        .collect();
    assert!(
        failures.is_empty(),
        "the schema and the checker disagree on {} probe(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        missing.is_empty(),
        "no probe makes the schema report: {missing:?}"
    );
}

#[test]
fn api_example_has_no_schema_finding() {
    let validator = SchemaValidator::new();
    let findings = validator.findings(&base_body());
    assert!(findings.is_empty(), "{findings:?}");
}

//! The exported JSON Schema: the committed files match the generator, the schema is valid under
//! the draft 2020-12 meta-schema, it accepts the real request bodies, and every limit and hint
//! comes from the field tables and the rule registry.
//!
//! `UPDATE_SCHEMA=1` (or `UPDATE_GENERATED=1`, which regenerates every generated file of the
//! project) rewrites the committed files instead of comparing them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use secmaster_report::model::fields::{
    Field, FieldType, BINDING_WIZARD_FIELDS, BODY_FIELDS, FREQUENCIES, MAX_SEND_RULES,
    OFFSET_FIELDS, RANGE_FIELDS, SEND_RULE_FIELDS,
};
use secmaster_report::rules::SchemaSupport;
use secmaster_report::schema::{self, placement::PLACEMENTS, FILES};
use secmaster_report::{validate, Locale, Options, Severity, RULES};
use serde_json::Value;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn is_update_requested() -> bool {
    std::env::var_os("UPDATE_SCHEMA").is_some() || std::env::var_os("UPDATE_GENERATED").is_some()
}

/// Returns the bodies of the corpus cases under `tests/cases/valid/`, by file name.
fn valid_corpus_bodies() -> Vec<(String, Value)> {
    let dir = repo_root().join("tests/cases/valid");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "json")
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let body = match &case["input_text"] {
                Value::String(text) => serde_json::from_str(text).unwrap(),
                _ => case["input"].clone(),
            };
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                body,
            )
        })
        .collect()
}

fn validator(locale: Locale) -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema::generate(locale)).expect("the exported schema compiles")
}

fn errors_of(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{}: {error}", error.instance_path().as_str()))
        .collect()
}

#[test]
fn committed_files_match_generator() {
    let mut stale = Vec::new();
    for file in &FILES {
        let path = repo_root().join(file.path);
        let generated = file.render();
        if is_update_requested() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            // The first differing line, or the first line past the shorter file.
            let index = committed
                .lines()
                .zip(generated.lines())
                .position(|(old, new)| old != new)
                .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
            let line = index + 1;
            stale.push(format!(
                "{} differs from the generator from line {line}",
                file.path
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nRegenerate the schema files with:\n    {}",
        stale.join("\n"),
        schema::REGENERATE_COMMAND
    );
}

#[test]
fn pretty_string_format() {
    let text = schema::to_pretty_string(Locale::En);
    assert!(text.starts_with("{\n  \"$schema\": "), "{}", &text[..40]);
    assert!(text.ends_with("}\n"));
    assert!(!text.ends_with("\n\n"));
}

#[test]
fn schema_is_valid_under_meta_schema() {
    for locale in Locale::ALL {
        let schema = schema::generate(locale);
        if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("{locale}: the schema is invalid under the 2020-12 meta-schema: {error}");
        }
        assert_eq!(schema["$schema"], schema::META_SCHEMA);
        assert_eq!(schema["$id"], schema::file_for(locale).id());
    }
}

#[test]
fn schema_ids_differ_per_locale() {
    let ids: BTreeSet<String> = FILES.iter().map(|file| file.id()).collect();
    assert_eq!(ids.len(), FILES.len());
}

#[test]
fn valid_corpus_bodies_are_accepted() {
    let bodies = valid_corpus_bodies();
    assert!(
        bodies.len() >= 2,
        "expected the two real bodies under tests/cases/valid/"
    );
    for locale in Locale::ALL {
        let validator = validator(locale);
        for (name, body) in &bodies {
            let errors = errors_of(&validator, body);
            assert!(
                errors.is_empty(),
                "{locale}: {name} is rejected:\n{}",
                errors.join("\n")
            );
        }
    }
}

#[test]
fn shared_fixtures_are_accepted() {
    // The real request bodies beside the repository. The corpus has copies of them.
    let dir = repo_root().join("../shared/fixtures");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "NOTE: {} not found; the corpus copies are checked instead",
            dir.display()
        );
        return;
    };
    let validator = validator(Locale::En);
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|extension| extension != "json") {
            continue;
        }
        let body: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let errors = errors_of(&validator, &body);
        assert!(
            errors.is_empty(),
            "{} is rejected:\n{}",
            path.display(),
            errors.join("\n")
        );
    }
}

#[test]
fn example_is_api_reference_body() {
    let case: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/cases/valid/api-reference-example.json"))
            .unwrap(),
    )
    .unwrap();
    let expected: Value = serde_json::from_str(case["input_text"].as_str().unwrap()).unwrap();
    for locale in Locale::ALL {
        let schema = schema::generate(locale);
        assert_eq!(
            schema["examples"],
            serde_json::json!([expected]),
            "{locale}"
        );
    }
}

/// Returns the subschema of each field of a table under `properties`.
fn properties<'a>(schema: &'a Value, table: &'static [Field]) -> Vec<(&'static Field, &'a Value)> {
    table
        .iter()
        .map(|field| {
            let property = &schema["properties"][field.name];
            assert!(property.is_object(), "no subschema for `{}`", field.name);
            (field, property)
        })
        .collect()
}

/// Checks that the subschemas of an object carry exactly the table's constraints.
fn assert_object_follows_table(schema: &Value, table: &'static [Field], closed: bool, place: &str) {
    let names: BTreeSet<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let expected_names: BTreeSet<&str> = table.iter().map(|field| field.name).collect();
    assert_eq!(names, expected_names, "{place}: properties");

    let required: Vec<&str> = table
        .iter()
        .filter(|field| field.required)
        .map(|field| field.name)
        .collect();
    let schema_required: Vec<&str> = schema["required"]
        .as_array()
        .map(|list| list.iter().map(|name| name.as_str().unwrap()).collect())
        .unwrap_or_default();
    assert_eq!(schema_required, required, "{place}: required");
    assert_eq!(
        schema["additionalProperties"] == Value::Bool(false),
        closed,
        "{place}: additionalProperties"
    );

    for (field, property) in properties(schema, table) {
        let at = format!("{place}.{}", field.name);
        assert_eq!(property["type"], field.field_type.name(), "{at}: type");
        let number = |value: Option<i64>| value.map_or(Value::Null, Value::from);
        assert_eq!(
            property["minLength"],
            number(field.min_length.map(i64::from)),
            "{at}: minLength"
        );
        assert_eq!(
            property["maxLength"],
            number(field.max_length.map(i64::from)),
            "{at}: maxLength"
        );
        assert_eq!(
            property["minimum"],
            number(field.range.map(|range| range.0)),
            "{at}: minimum"
        );
        assert_eq!(
            property["maximum"],
            number(field.range.map(|range| range.1)),
            "{at}: maximum"
        );
        if let Some(pattern) = field.pattern {
            assert_eq!(property["pattern"], pattern, "{at}: pattern");
        }
        // `frequency` has no values in the table, but its rule is a full enumeration check.
        let values = match (field.values, field.name) {
            ([], "frequency") => FREQUENCIES,
            (values, _) => values,
        };
        let values: Vec<Value> = values.iter().map(|value| Value::from(*value)).collect();
        if values.is_empty() {
            assert!(property.get("enum").is_none(), "{at}: enum");
        } else {
            assert_eq!(property["enum"], Value::Array(values), "{at}: enum");
        }
    }
}

#[test]
fn constraints_follow_field_tables() {
    for locale in Locale::ALL {
        let root = schema::generate(locale);
        assert_object_follows_table(&root, &BODY_FIELDS, true, "body");

        let range = &root["properties"]["report_range"];
        assert_object_follows_table(range, &RANGE_FIELDS, true, "report_range");

        let send_rules = &root["properties"]["report_rule_infos"];
        assert_eq!(
            send_rules["maxItems"], MAX_SEND_RULES,
            "report_rule_infos: maxItems"
        );
        let send_rule = &send_rules["items"];
        assert_object_follows_table(send_rule, &SEND_RULE_FIELDS, true, "send rule");
        for window in ["start_time", "end_time"] {
            assert_object_follows_table(
                &send_rule["properties"][window],
                &OFFSET_FIELDS,
                true,
                window,
            );
        }

        let wizard = &root["properties"]["binding_wizard"];
        assert_eq!(wizard["contentMediaType"], "application/json");
        assert_object_follows_table(
            &wizard["contentSchema"],
            &BINDING_WIZARD_FIELDS,
            false,
            "binding_wizard",
        );
    }
}

#[test]
fn email_lists_have_pattern() {
    let root = schema::generate(Locale::En);
    let validator = jsonschema::draft202012::new(&root["properties"]["to"]).unwrap();
    for valid in [
        "alice@example.com",
        "alice@example.com;bob@example.com;",
        "张三@例子.中国",
        "a.b+tag@mail.example.co",
    ] {
        assert!(
            validator.is_valid(&Value::from(valid)),
            "{valid} is rejected"
        );
    }
    for invalid in [
        "alice",
        "a@x.com, b@x.com",
        "a@x.com;;b@x.com",
        " a@x.com",
        "a..b@x.com",
        "a@-x.com",
        "a@x",
        ";",
    ] {
        assert!(
            !validator.is_valid(&Value::from(invalid)),
            "{invalid} is accepted"
        );
    }
}

/// Calls `visit` with the location and subschema of every field, send rule and nested document.
fn visit_subschemas(schema: &Value, location: &str, visit: &mut dyn FnMut(&str, &Value)) {
    visit(location, schema);
    if let Some(properties) = schema["properties"].as_object() {
        for (name, property) in properties {
            visit_subschemas(property, &format!("{location}/{name}"), visit);
        }
    }
    for keyword in ["items", "contentSchema"] {
        if schema[keyword].is_object() {
            visit_subschemas(&schema[keyword], &format!("{location}/{keyword}"), visit);
        }
    }
}

fn has_chinese(text: &str) -> bool {
    text.chars()
        .any(|character| ('\u{4e00}'..='\u{9fff}').contains(&character))
}

#[test]
fn every_subschema_is_described_in_both_locales() {
    let english = schema::generate(Locale::En);
    let chinese = schema::generate(Locale::ZhCn);
    let mut problems = Vec::new();
    visit_subschemas(&english, "", &mut |location, subschema| {
        let description = subschema["description"].as_str().unwrap_or_default();
        let markdown = subschema["markdownDescription"]
            .as_str()
            .unwrap_or_default();
        if description.is_empty() || markdown.is_empty() {
            problems.push(format!(
                "en {location}: missing description or markdownDescription"
            ));
        }
        if has_chinese(description) {
            problems.push(format!(
                "en {location}: Chinese text in the English description"
            ));
        }
    });
    visit_subschemas(&chinese, "", &mut |location, subschema| {
        let description = subschema["description"].as_str().unwrap_or_default();
        if !has_chinese(description) {
            problems.push(format!(
                "zh-CN {location}: description is not in Chinese: {description}"
            ));
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn enums_have_value_descriptions() {
    for locale in Locale::ALL {
        visit_subschemas(&schema::generate(locale), "", &mut |location, subschema| {
            let Some(values) = subschema["enum"].as_array() else {
                return;
            };
            for keyword in ["enumDescriptions", "markdownEnumDescriptions"] {
                let descriptions = subschema[keyword].as_array();
                assert_eq!(
                    descriptions.map(Vec::len),
                    Some(values.len()),
                    "{locale} {location}: {keyword} must describe each of {values:?}"
                );
            }
        });
    }
}

#[test]
fn descriptions_name_checker_only_rules() {
    let root = schema::generate(Locale::En);
    let rule = &root["properties"]["report_rule_infos"]["items"]["properties"]["rule"];
    let description = rule["description"].as_str().unwrap();
    assert!(description.contains("cron-syntax (SR203)"), "{description}");

    let range = root["properties"]["report_range"]["description"]
        .as_str()
        .unwrap();
    assert!(range.contains("report-range-order (SR109)"), "{range}");

    let wizard = root["properties"]["binding_wizard"]["description"]
        .as_str()
        .unwrap();
    assert!(wizard.contains("contentSchema"), "{wizard}");

    let send_rules = root["properties"]["report_rule_infos"]["description"]
        .as_str()
        .unwrap();
    assert!(
        send_rules.contains("reports these as warnings, not errors: send-rule-count (SR201)"),
        "{send_rules}"
    );
}

#[test]
fn every_rule_is_placed_once_per_location() {
    let mut problems = Vec::new();
    let mut placed = BTreeSet::new();
    for placement in PLACEMENTS {
        let mut seen = BTreeSet::new();
        for code in placement.rules {
            if secmaster_report::rules::find(code).is_none() {
                problems.push(format!("{placement:?}: no rule {code} in the registry"));
            }
            if !seen.insert(*code) {
                problems.push(format!("{placement:?}: {code} listed twice"));
            }
            placed.insert(*code);
        }
    }
    for rule in RULES {
        if !placed.contains(rule.code) {
            problems.push(format!(
                "{} {} is not placed: add it to PLACEMENTS in src/schema/placement.rs",
                rule.code, rule.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn expressed_rules_follow_registry() {
    let expressed: Vec<&str> = schema::expressed_rules().map(|rule| rule.code).collect();
    let registry: Vec<&str> = RULES
        .iter()
        .filter(|rule| rule.schema != SchemaSupport::None)
        .map(|rule| rule.code)
        .collect();
    assert_eq!(expressed, registry);
}

/// Replaces snippet placeholders by their default text: `${1:text}` by `text`, `${1|a,b|}` by
/// `a`, and `$1` by nothing.
fn expand_snippet(text: &str) -> String {
    let mut expanded = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('$') {
        expanded.push_str(&rest[..start]);
        rest = &rest[start + 1..];
        if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').expect("a closed placeholder");
            let placeholder = &inner[..end];
            let digits = placeholder.chars().take_while(char::is_ascii_digit).count();
            let body = &placeholder[digits..];
            if let Some(default) = body.strip_prefix(':') {
                expanded.push_str(default);
            } else if let Some(choices) = body.strip_prefix('|') {
                expanded.push_str(choices.split([',', '|']).next().unwrap());
            }
            rest = &inner[end + 1..];
        } else {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            rest = &rest[digits..];
        }
    }
    expanded.push_str(rest);
    expanded
}

fn expand_snippet_body(body: &Value) -> Value {
    match body {
        Value::String(text) => Value::String(expand_snippet(text)),
        Value::Array(items) => Value::Array(items.iter().map(expand_snippet_body).collect()),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(key, value)| (key.clone(), expand_snippet_body(value)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn assert_no_error(body: &Value, what: &str) {
    let report = validate(&body.to_string(), &Options::default());
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .map(|diagnostic| {
            format!(
                "{} {} at {}",
                diagnostic.code, diagnostic.name, diagnostic.pointer
            )
        })
        .collect();
    assert!(errors.is_empty(), "{what} has errors: {errors:?}\n{body:#}");
}

#[test]
fn snippets_expand_to_valid_requests() {
    for locale in Locale::ALL {
        let root = schema::generate(locale);
        let validator = validator(locale);

        let body = expand_snippet_body(&root["defaultSnippets"][0]["body"]);
        assert_no_error(&body, "the body snippet");
        let errors = errors_of(&validator, &body);
        assert!(
            errors.is_empty(),
            "{locale}: the body snippet is rejected: {errors:?}"
        );

        let send_rule =
            &root["properties"]["report_rule_infos"]["items"]["defaultSnippets"][0]["body"];
        let mut with_rule = body.clone();
        with_rule["report_rule_infos"] = Value::Array(vec![expand_snippet_body(send_rule)]);
        assert_no_error(&with_rule, "the send rule snippet");
        assert!(
            validator.is_valid(&with_rule),
            "{locale}: the send rule snippet is rejected"
        );
    }
}

#[test]
fn examples_satisfy_their_subschema() {
    for locale in Locale::ALL {
        visit_subschemas(&schema::generate(locale), "", &mut |location, subschema| {
            let Some(examples) = subschema["examples"].as_array() else {
                return;
            };
            let validator = jsonschema::draft202012::new(subschema).unwrap();
            for example in examples {
                assert!(
                    validator.is_valid(example),
                    "{locale} {location}: example {example} is rejected"
                );
            }
        });
    }
}

#[test]
fn string_subschemas_follow_field_type() {
    // A pattern or length constrains only strings, so the tables give them to string fields alone.
    for table in [
        &BODY_FIELDS[..],
        &RANGE_FIELDS,
        &SEND_RULE_FIELDS,
        &OFFSET_FIELDS,
        &BINDING_WIZARD_FIELDS,
    ] {
        for field in table {
            if field.pattern.is_some() || field.min_length.is_some() || field.max_length.is_some() {
                assert_eq!(field.field_type, FieldType::String, "{}", field.name);
            }
        }
    }
}

#[test]
fn editors_doc_lists_checker_only_rules() {
    let path = repo_root().join("docs/editors.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let missing: Vec<String> = RULES
        .iter()
        .filter(|rule| rule.schema == SchemaSupport::None)
        .filter(|rule| !doc.contains(&format!("{} `{}`", rule.code, rule.name)))
        .map(|rule| format!("{} `{}`", rule.code, rule.name))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/editors.md does not list these checker-only rules: {missing:?}"
    );
}

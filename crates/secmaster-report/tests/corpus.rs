//! Runs every case of `tests/cases/` through the core and compares the diagnostics with the
//! case's expectations. The npm package and the schema agreement test read the same files.
//! `tests/cases/README.md` describes the input forms: a body, a whole request, an HTTP request
//! file and a curl command.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use secmaster_report::request::{endpoint_path, validate_curl_command, validate_http_file};
use secmaster_report::{
    validate, validate_request, CreateReportRequest, Headers, Locale, Options, Report, RuleLevel,
};
use serde_json::Value;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn case_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            case_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
}

/// Returns the body text of a case: `input_text` as is, or `input` serialised with indentation.
pub fn case_input(case: &Value) -> String {
    match (&case["input_text"], &case["input"]) {
        (Value::String(text), _) => text.clone(),
        (_, input) => serde_json::to_string_pretty(input).unwrap(),
    }
}

/// Returns the whole request of a case with a `request` object: its method (`POST` when not
/// given), its `url` (or a path built from `path`), its headers and the body of `input` or
/// `input_text`.
fn case_request(case: &Value) -> Option<CreateReportRequest> {
    let request = case.get("request")?;
    let url = match (&request["url"], &request["path"]) {
        (Value::String(url), _) => url.clone(),
        (_, Value::Object(path)) => endpoint_path(
            path["project_id"].as_str().unwrap(),
            path["workspace_id"].as_str().unwrap(),
        ),
        _ => panic!("`request` needs `url` or `path`"),
    };
    let headers: Headers = request["headers"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|pair| (pair[0].as_str().unwrap(), pair[1].as_str().unwrap()))
        .collect();
    Some(CreateReportRequest {
        method: request["method"].as_str().unwrap_or("POST").to_owned(),
        url,
        headers,
        body: case_input(case).into_bytes(),
    })
}

/// Checks a case in its input form: an HTTP request file, a curl command, a whole request or a
/// body.
fn case_report(case: &Value, options: &Options) -> Report {
    if let Some(text) = case["input_http"].as_str() {
        return validate_http_file(text, options);
    }
    if let Some(text) = case["input_curl"].as_str() {
        return validate_curl_command(text, options);
    }
    match case_request(case) {
        Some(request) => validate_request(&request, options),
        None => validate(&case_input(case), options),
    }
}

/// Returns where a rendered diagnostic shows a case's `secret`, if anywhere.
fn secret_leaks(case: &Value, report: &Report) -> Vec<String> {
    let Some(secret) = case["secret"].as_str() else {
        return Vec::new();
    };
    let mut leaks = Vec::new();
    for diagnostic in &report.diagnostics {
        let mut texts = vec![diagnostic.pointer.clone(), format!("{diagnostic:?}")];
        for locale in Locale::ALL {
            texts.push(diagnostic.render_message(locale));
            texts.extend(diagnostic.render_help(locale));
        }
        if texts.iter().any(|text| text.contains(secret)) {
            leaks.push(format!("{} shows the secret", diagnostic.code));
        }
    }
    leaks
}

fn case_options(case: &Value) -> Options {
    let mut options = Options::default();
    let settings = &case["options"];
    options.workspace_id = settings["workspace_id"].as_str().map(str::to_owned);
    options.project_id = settings["project_id"].as_str().map(str::to_owned);
    options.now_ms = settings["now_ms"].as_i64();
    if let Some(rules) = settings["rules"].as_object() {
        for (rule, level) in rules {
            let level: RuleLevel = level.as_str().unwrap().parse().unwrap();
            options.set_rule_level(rule, level).unwrap();
        }
    }
    options
}

type Expectation = (String, String, String);

fn expected_set(case: &Value) -> BTreeSet<Expectation> {
    case["expected"]
        .as_array()
        .expect("`expected` must be an array")
        .iter()
        .map(|entry| {
            (
                entry["code"].as_str().unwrap().to_owned(),
                entry["pointer"].as_str().unwrap().to_owned(),
                entry["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn corpus_cases_match_expectations() {
    let mut files = Vec::new();
    case_files(&cases_dir(), &mut files);
    assert!(
        !files.is_empty(),
        "no case found under {}",
        cases_dir().display()
    );

    let mut failures = Vec::new();
    for file in &files {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|error| panic!("{}: invalid case file: {error}", file.display()));
        let report = case_report(&case, &case_options(&case));
        for leak in secret_leaks(&case, &report) {
            failures.push(format!("{}: {leak}", file.display()));
        }

        let actual: BTreeSet<Expectation> = report
            .diagnostics
            .iter()
            .map(|d| {
                (
                    d.code.to_owned(),
                    d.pointer.clone(),
                    d.severity.as_str().to_owned(),
                )
            })
            .collect();
        let expected = expected_set(&case);
        if actual != expected {
            failures.push(format!(
                "{}:\n  missing:    {:?}\n  unexpected: {:?}",
                file.strip_prefix(cases_dir()).unwrap_or(file).display(),
                expected.difference(&actual).collect::<Vec<_>>(),
                actual.difference(&expected).collect::<Vec<_>>(),
            ));
            continue;
        }

        // Positions are checked where the case gives them and the text is exact: `input_text`,
        // `input_http` and `input_curl`.
        for entry in case["expected"].as_array().unwrap() {
            let (Some(line), Some(column)) = (entry["line"].as_u64(), entry["column"].as_u64())
            else {
                continue;
            };
            let found = report.diagnostics.iter().any(|d| {
                d.code == entry["code"].as_str().unwrap()
                    && d.pointer == entry["pointer"].as_str().unwrap()
                    && u64::from(d.start.line) == line
                    && u64::from(d.start.column) == column
            });
            if !found {
                failures.push(format!(
                    "{}: no {} at {line}:{column}",
                    file.display(),
                    entry["code"]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_valid_and_invalid_cases() {
    let mut problems = Vec::new();
    for rule in secmaster_report::RULES {
        let dir = cases_dir().join("rules").join(rule.name);
        if !dir.is_dir() {
            problems.push(format!(
                "{} {}: no folder tests/cases/rules/{}",
                rule.code, rule.name, rule.name
            ));
            continue;
        }
        let mut files = Vec::new();
        case_files(&dir, &mut files);
        let (mut reporting, mut silent) = (0, 0);
        for file in &files {
            let case: Value =
                serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
            if expected_set(&case)
                .iter()
                .any(|(code, _, _)| code == rule.code)
            {
                reporting += 1;
            } else {
                silent += 1;
            }
        }
        if reporting == 0 || silent == 0 {
            problems.push(format!(
                "{} {}: {reporting} case(s) that report it and {silent} that do not; need at least one of each",
                rule.code, rule.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

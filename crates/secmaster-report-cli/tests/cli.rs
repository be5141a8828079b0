//! Runs the real `secmaster-report` binary: exit statuses, every output format in both locales
//! (as insta snapshots), JSON Lines, standard input and malformed input.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A fixed current time (2025-12-01T00:00:00Z), so time-dependent checks are reproducible.
const NOW: &str = "1764547200000";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_secmaster-report"))
        .args(args)
        .current_dir(workspace())
        .output()
        .unwrap()
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_secmaster-report"))
        .args(args)
        .current_dir(workspace())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // A write error means the binary stopped reading early, which the status then shows.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn api_reference_example_passes() {
    let output = run(&["check", "--now", NOW, "examples/api-reference-example.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(!stdout(&output).contains("error["));
}

#[test]
fn broken_request_human_en() {
    let output = run(&["check", "--now", NOW, "examples/broken-request.json"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn broken_request_human_zh_cn() {
    let output = run(&[
        "check",
        "--now",
        NOW,
        "--locale",
        "zh-CN",
        "examples/broken-request.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn broken_request_json_en() {
    let output = run(&[
        "check",
        "--now",
        NOW,
        "--format",
        "json",
        "examples/broken-request.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn broken_request_json_zh_cn() {
    let args = [
        "check",
        "--now",
        NOW,
        "--format",
        "json",
        "--locale",
        "zh-CN",
        "examples/broken-request.json",
    ];
    let output = run(&args);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn json_output_has_contract_fields() {
    let output = run(&[
        "check",
        "--now",
        NOW,
        "--format",
        "json",
        "examples/broken-request.json",
    ]);
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &diagnostics.as_array().unwrap()[0];
    for field in [
        "file",
        "code",
        "name",
        "severity",
        "pointer",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
    ] {
        assert!(first.get(field).is_some(), "missing `{field}` in {first}");
    }
    assert_eq!(first["pointer"], "/report_period");
    assert_eq!(first["line"], 3);
    assert_eq!(first["column"], 20);
}

#[test]
fn github_annotations_one_per_diagnostic() {
    let json = run(&[
        "check",
        "--now",
        NOW,
        "--format",
        "json",
        "examples/broken-request.json",
    ]);
    let count = serde_json::from_slice::<serde_json::Value>(&json.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .len();
    let output = run(&[
        "check",
        "--now",
        NOW,
        "--format",
        "github",
        "examples/broken-request.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), count);
    assert!(text.lines().all(|line| line.starts_with("::")));
    insta::assert_snapshot!(text);
}

#[test]
fn json_lines_report_record_lines() {
    let output = run(&[
        "check",
        "--now",
        NOW,
        "--format",
        "json",
        "examples/requests.jsonl",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let lines: Vec<u64> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert!(lines.contains(&2) && lines.contains(&3), "{lines:?}");
    assert!(!diagnostics
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["line"] == 1 && d["severity"] == "error"));
}

#[test]
fn standard_input_is_read() {
    let body = std::fs::read(workspace().join("examples/api-reference-example.json")).unwrap();
    let output = run_with_stdin(&["check", "--now", NOW, "-"], &body);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("<stdin>") || stdout(&output).contains("<stdin>"));
}

#[test]
fn rule_override_turns_rule_off() {
    let output = run(&[
        "check",
        "--now",
        NOW,
        "--rule",
        "report-period=off",
        "--rule",
        "SR102=warning",
        "--format",
        "json",
        "examples/broken-request.json",
    ]);
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = diagnostics.as_array().unwrap();
    assert!(!diagnostics.iter().any(|d| d["code"] == "SR105"));
    assert!(diagnostics
        .iter()
        .filter(|d| d["code"] == "SR102")
        .all(|d| d["severity"] == "warning"));
}

#[test]
fn command_failures_exit_with_two() {
    let missing = run(&["check", "examples/no-such-file.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.json"));

    let bad_rule = run(&[
        "check",
        "--rule",
        "SR999=off",
        "examples/api-reference-example.json",
    ]);
    assert_eq!(bad_rule.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_rule.stderr).contains("SR999"));

    let bad_level = run(&[
        "check",
        "--rule",
        "SR105=loud",
        "examples/api-reference-example.json",
    ]);
    assert_eq!(bad_level.status.code(), Some(2));

    let bad_locale = run(&[
        "check",
        "--locale",
        "fr",
        "examples/api-reference-example.json",
    ]);
    assert_eq!(bad_locale.status.code(), Some(2));
}

#[test]
fn malformed_input_never_crashes() {
    let mut inputs: Vec<Vec<u8>> = vec![
        b"[".repeat(100_000),
        b"{\"binding_wizard\":\""
            .iter()
            .chain(&b"[".repeat(100_000))
            .chain(b"\"}")
            .copied()
            .collect(),
        vec![0xff, 0xfe, 0x00, 0x80],
        b"\xef\xbb\xbf{\"report_name\":\"\xc3\x28\"}".to_vec(),
        Vec::new(),
    ];
    // Pseudo-random bytes from a fixed linear congruential sequence.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    inputs.push(
        (0..4096)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                (state >> 56) as u8
            })
            .collect(),
    );
    inputs.push(b"curl -d $'\\x\\u\\U\\0 'x \"\\".to_vec());
    inputs.push(b"POST {{\n\n###\n###\n< \nX-Auth-Token\n\n\xff".to_vec());
    for input in inputs {
        for format in ["human", "json", "github", "sarif"] {
            for kind in [&["-"][..], &["--http", "-"], &["--curl", "-"]] {
                let mut args = vec!["check", "--format", format];
                args.extend_from_slice(kind);
                let output = run_with_stdin(&args, &input);
                let code = output.status.code();
                assert!(
                    matches!(code, Some(0..=2)),
                    "exit {code:?} for {kind:?} input starting {:?}",
                    &input[..input.len().min(16)]
                );
                assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
            }
        }
    }
}

#[test]
fn fifty_megabyte_file_is_reported() {
    let dir = std::env::temp_dir().join(format!("secmaster-report-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("large.json");
    let mut body = String::from("{\"report_name\":\"");
    body.push_str(&"x".repeat(50 * 1024 * 1024));
    body.push_str("\"}");
    std::fs::write(&path, body).unwrap();
    let output = run(&["check", "--format", "json", path.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(diagnostics[0]["code"], "SR002");
}

#[test]
fn explain_prints_rule_documentation() {
    let output = run(&["explain", "SR105"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("report-period"));
    assert!(text.contains("What it checks"));
    assert!(text.contains("Evidence: **D**"));
    assert_eq!(run(&["explain", "report-period"]).stdout, output.stdout);
    assert_eq!(run(&["explain", "no-such-rule"]).status.code(), Some(2));
}

#[test]
fn rules_lists_every_rule() {
    let output = run(&["rules", "--format", "json"]);
    let rules: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        rules.as_array().unwrap().len(),
        secmaster_report::RULES.len()
    );
    let human = stdout(&run(&["rules"]));
    assert_eq!(human.lines().count(), secmaster_report::RULES.len());
}

#[test]
fn closed_output_keeps_exit_status() {
    let dir = std::env::temp_dir().join(format!("secmaster-report-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("many.jsonl");
    // Enough diagnostics to fill the pipe, so writing fails once the reader is gone.
    std::fs::write(&path, "{\"report_period\":\"Weekly\"}\n".repeat(5000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_secmaster-report"))
        .args(["check", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(status.code(), Some(1));
}

#[test]
fn standard_input_twice_is_rejected() {
    let output = run_with_stdin(&["check", "-", "-"], b"{}");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("only once"));
}

#[test]
fn unreadable_input_prints_no_summary() {
    let output = run(&["check", "examples"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty(), "{}", stdout(&output));
}

#[test]
fn control_characters_are_escaped_in_messages() {
    let body = br#"{"report_period": "\u001b[31mred\u0007"}"#;
    let output = run_with_stdin(&["check", "--now", NOW, "-"], body);
    let text = stdout(&output);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(!text.contains('\u{7}'), "{text:?}");
    assert!(text.contains("\\u{1b}[31mred"), "{text}");
}

#[test]
fn structural_rule_cannot_be_turned_off() {
    let output = run(&[
        "check",
        "--rule",
        "json-syntax=off",
        "examples/api-reference-example.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot be changed"));
}

/// The token of `examples/create-report.http` and `examples/create-report.curl`.
const TOKEN: &str = "MIIexample-token-never-shown-0123456789";

const HTTP_FILE: &str = "examples/create-report.http";
const CURL_FILE: &str = "examples/create-report.curl";

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json_diagnostics(args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["check", "--now", NOW, "--format", "json"];
    all.extend_from_slice(args);
    let output = run(&all);
    serde_json::from_slice::<serde_json::Value>(&output.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn http_file_reports_content_type_at_header() {
    let output = run(&["check", "--now", NOW, "--format", "json", HTTP_FILE]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let diagnostics: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let content_type = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "SR605")
        .expect("no content-type diagnostic");
    assert_eq!(content_type["pointer"], "#/headers/content-type");
    assert_eq!(content_type["line"], 10);
    assert_eq!(content_type["column"], 15);
    assert_eq!(content_type["end_column"], 25);
}

#[test]
fn http_file_body_error_at_file_position() {
    let diagnostics = json_diagnostics(&[HTTP_FILE]);
    let period = diagnostics.iter().find(|d| d["code"] == "SR105").unwrap();
    assert_eq!(period["line"], 16);
    assert_eq!(period["column"], 20);
}

#[test]
fn curl_body_error_through_quotes() {
    let diagnostics = json_diagnostics(&["--curl", CURL_FILE]);
    let start = diagnostics.iter().find(|d| d["code"] == "SR102").unwrap();
    assert_eq!(start["pointer"], "/report_range/start");
    assert_eq!(start["line"], 11);
    assert_eq!(start["column"], 30);
    let text = std::fs::read_to_string(workspace().join(CURL_FILE)).unwrap();
    let offset = start["offset"].as_u64().unwrap() as usize;
    let end = start["end_offset"].as_u64().unwrap() as usize;
    assert_eq!(&text[offset..end], "1662900406226");
}

#[test]
fn curl_from_standard_input() {
    let command = std::fs::read(workspace().join(CURL_FILE)).unwrap();
    let output = run_with_stdin(&["check", "--now", NOW, "--curl", "-"], &command);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("<stdin>:3:15"), "{text}");
    assert!(!text.contains(TOKEN));
}

/// Writes a file with a token in every place a mistake can show it: a header line without
/// `:`, a token with a scheme, in quotes, and a token variable.
fn token_traps() -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("secmaster-report-token-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = "https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports";
    let body = std::fs::read_to_string(workspace().join("examples/broken-request.json")).unwrap();
    let http = format!(
        "@secret = {TOKEN}\n\
         ### scheme\nPOST {url}\nContent-Type: application/json\nRegion: cn-north-4\nX-Auth-Token: Bearer {TOKEN}\n\n{body}\n\
         ### quotes\nPOST {url}\nContent-Type: text/plain\nRegion: cn-north-4\nX-Auth-Token: \"{TOKEN}\"\nX-Auth-Token: {{{{secret}}}}\n\n{body}\n\
         ### no colon\nPOST {url}\nContent-Type: application/json\nRegion: cn-north-4\nX-Auth-Token {TOKEN}\n\n{body}\n"
    );
    let curl = format!(
        "curl '{url}' -H 'X-Auth-Token: Bearer {TOKEN}' -H \"x-auth-token: {TOKEN} \" -H 'X-Auth-Token {TOKEN}' -d '{body}'\n"
    );
    let http_path = dir.join("traps.http");
    let curl_path = dir.join("traps.curl");
    std::fs::write(&http_path, http).unwrap();
    std::fs::write(&curl_path, curl).unwrap();
    (http_path, curl_path)
}

#[test]
fn token_appears_in_no_output() {
    let (trap_http, trap_curl) = token_traps();
    let inputs: Vec<Vec<&str>> = vec![
        vec![HTTP_FILE],
        vec!["--curl", CURL_FILE],
        vec![trap_http.to_str().unwrap()],
        vec!["--curl", trap_curl.to_str().unwrap()],
    ];
    let mut checked = 0;
    for input in &inputs {
        for format in ["human", "json", "github", "sarif"] {
            for locale in ["en", "zh-CN"] {
                let mut args = vec![
                    "check", "--now", NOW, "--format", format, "--locale", locale,
                ];
                args.extend_from_slice(input);
                let output = run(&args);
                assert_eq!(
                    output.status.code(),
                    Some(1),
                    "{args:?}: {}",
                    stderr(&output)
                );
                assert!(!stdout(&output).is_empty(), "{args:?} printed nothing");
                for (stream, text) in [("stdout", stdout(&output)), ("stderr", stderr(&output))] {
                    assert!(
                        !text.contains(TOKEN) && !text.contains("never-shown"),
                        "{args:?}: the token appears on {stream}:\n{text}"
                    );
                }
                checked += 1;
            }
        }
    }
    std::fs::remove_dir_all(trap_http.parent().unwrap()).unwrap();
    assert_eq!(checked, 32);
}

/// The pattern of `run.language` in the SARIF 2.1.0 schema. Its `]` has no `[`: ECMAScript
/// reads that as a literal `]` only in its legacy (Annex B) syntax, and the `jsonschema` crate
/// rejects the pattern when it checks the schema against the draft-07 meta-schema.
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // The same pattern with the `]` escaped, which means what the legacy syntax reads.
    let mut replaced = 0;
    for definition in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][definition]["properties"]["language"]["pattern"];
        assert_eq!(
            language, LANGUAGE_PATTERN,
            "{definition}: the vendored schema changed"
        );
        *language = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$".into();
        replaced += 1;
    }
    assert_eq!(replaced, 2);
    jsonschema::draft7::new(&schema).expect("the SARIF schema compiles")
}

fn sarif(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["check", "--now", NOW, "--format", "sarif"];
    all.extend_from_slice(args);
    let output = run(&all);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{all:?}: {}",
        stderr(&output)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn sarif_output_is_valid() {
    let validator = sarif_validator();
    let inputs: [&[&str]; 6] = [
        &["examples/broken-request.json"],
        &["examples/api-reference-example.json"],
        &["examples/requests.jsonl"],
        &[HTTP_FILE],
        &["--curl", CURL_FILE],
        &[
            "examples/broken-request.json",
            HTTP_FILE,
            "--curl",
            CURL_FILE,
        ],
    ];
    for input in inputs {
        for locale in ["en", "zh-CN"] {
            let mut args = vec!["--locale", locale];
            args.extend_from_slice(input);
            let log = sarif(&args);
            let errors: Vec<String> = validator
                .iter_errors(&log)
                .map(|error| format!("{} at {}", error, error.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{args:?}:\n{}", errors.join("\n"));

            let mut broken = log.clone();
            broken["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] =
                "fatal".into();
            assert!(
                !validator.is_valid(&broken),
                "the schema accepts an invalid level"
            );

            let results = log["runs"][0]["results"].as_array().unwrap().len();
            let mut json_args = vec!["--locale", locale];
            json_args.extend_from_slice(input);
            assert_eq!(results, json_diagnostics(&json_args).len(), "{args:?}");
        }
    }
}

#[test]
fn sarif_of_standard_input_is_valid() {
    let body = std::fs::read(workspace().join("examples/broken-request.json")).unwrap();
    let output = run_with_stdin(&["check", "--now", NOW, "--format", "sarif", "-"], &body);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(sarif_validator().is_valid(&log));
    let location = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], serde_json::Value::Null);
}

#[test]
fn sarif_rules_carry_registry_help() {
    let log = sarif(&["examples/broken-request.json"]);
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(rules.len(), secmaster_report::RULES.len());
    for (descriptor, rule) in rules.iter().zip(secmaster_report::RULES) {
        assert_eq!(descriptor["id"], rule.code);
        assert_eq!(descriptor["name"], rule.name);
        assert_eq!(
            descriptor["help"]["markdown"],
            secmaster_report::rules::reference::rule_markdown(rule)
        );
        let level = match rule.severity {
            secmaster_report::Severity::Error => "error",
            secmaster_report::Severity::Warning => "warning",
            secmaster_report::Severity::Info => "note",
        };
        assert_eq!(descriptor["defaultConfiguration"]["level"], level);
    }
    for result in log["runs"][0]["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
}

/// Returns a SARIF log with the driver's rules cut to their IDs, so a snapshot shows the
/// results; `sarif_rules_carry_registry_help` checks the rules.
fn sarif_snapshot(args: &[&str]) -> serde_json::Value {
    let mut log = sarif(args);
    let driver = &mut log["runs"][0]["tool"]["driver"];
    let ids: Vec<serde_json::Value> = driver["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| rule["id"].clone())
        .collect();
    driver["rules"] = serde_json::Value::Array(ids);
    driver["version"] = "[version]".into();
    driver["semanticVersion"] = "[version]".into();
    log
}

#[test]
fn sarif_requests_en() {
    insta::assert_json_snapshot!(sarif_snapshot(&[HTTP_FILE, "--curl", CURL_FILE]));
}

#[test]
fn sarif_requests_zh_cn() {
    insta::assert_json_snapshot!(sarif_snapshot(&[
        "--locale", "zh-CN", HTTP_FILE, "--curl", CURL_FILE
    ]));
}

fn github(args: &[&str]) -> String {
    let mut all = vec!["check", "--now", NOW, "--format", "github"];
    all.extend_from_slice(args);
    let output = run(&all);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    let mut json_args = args.to_vec();
    json_args.retain(|arg| *arg != "github");
    assert_eq!(text.lines().count(), json_diagnostics(&json_args).len());
    assert!(text.lines().all(|line| line.starts_with("::")));
    text
}

#[test]
fn github_requests_en() {
    insta::assert_snapshot!(github(&[HTTP_FILE, "--curl", CURL_FILE]));
}

#[test]
fn github_requests_zh_cn() {
    insta::assert_snapshot!(github(&[
        "--locale", "zh-CN", HTTP_FILE, "--curl", CURL_FILE
    ]));
}

#[test]
fn human_requests_en() {
    let output = run(&["check", "--now", NOW, HTTP_FILE, "--curl", CURL_FILE]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn human_requests_zh_cn() {
    let args = [
        "check", "--now", NOW, "--locale", "zh-CN", HTTP_FILE, "--curl", CURL_FILE,
    ];
    let output = run(&args);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn http_flag_reads_standard_input() {
    let file = std::fs::read(workspace().join(HTTP_FILE)).unwrap();
    let output = run_with_stdin(&["check", "--now", NOW, "--http", "-"], &file);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("<stdin>:10:15"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn unreadable_curl_file_exits_with_two() {
    let output = run(&["check", "--curl", "examples/no-such-command.curl"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no-such-command.curl"));
}

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
    for input in inputs {
        for format in ["human", "json", "github"] {
            let output = run_with_stdin(&["check", "--format", format, "-"], &input);
            let code = output.status.code();
            assert!(
                matches!(code, Some(0..=2)),
                "exit {code:?} for input starting {:?}",
                &input[..input.len().min(16)]
            );
            assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
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

//! Adversarial inputs that a case file of `tests/cases/` cannot hold: megabytes of text, bytes
//! that are not UTF-8, and inputs whose point is how long the check takes. Smaller adversarial
//! inputs are cases in `tests/cases/adversarial/`.
//!
//! The time bounds are 60 s, far above the second or two that these checks take in a debug
//! build, so they fail only when a check has become quadratic again. Before their pointers were
//! built in one pass, 100,000 duplicate keys took 114 s in a release build.

use std::time::{Duration, Instant};

use secmaster_report::request::{validate_curl_command, validate_http_file};
use secmaster_report::{
    validate, validate_bytes, validate_request, CreateReportRequest, Diagnostic, Headers, Options,
    Report,
};

const WORKSPACE_ID: &str = "75645d0a-93b8-4a7f-a77c-e97009389445";
const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";
const TIME_BOUND: Duration = Duration::from_secs(60);

/// Returns the API reference example with a 7-day range, which has no diagnostic.
fn example() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/api-reference-example.json");
    std::fs::read_to_string(path)
        .unwrap()
        .replace("\"end\" : \"1662900406226\"", "\"end\" : \"1663505206226\"")
}

/// Returns the example with members added after its opening brace.
fn example_with(members: &str) -> String {
    example().replacen('{', &format!("{{{members},"), 1)
}

/// Returns the example with `binding_wizard` replaced by a JSON string literal.
fn example_with_binding_wizard(literal: &str) -> String {
    let body = example();
    let start = body.find("\"binding_wizard\"").unwrap();
    let end = start + body[start..].find('\n').unwrap();
    format!(
        "{}\"binding_wizard\" : {literal},{}",
        &body[..start],
        &body[end..]
    )
}

fn codes(report: &Report) -> Vec<(&'static str, &str)> {
    report
        .diagnostics
        .iter()
        .map(|diagnostic| (diagnostic.code, diagnostic.pointer.as_str()))
        .collect()
}

/// Runs a check and asserts that it took less than [`TIME_BOUND`].
fn timed<T>(what: &str, check: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = check();
    let elapsed = started.elapsed();
    assert!(elapsed < TIME_BOUND, "{what} took {elapsed:?}");
    result
}

fn limit_count(diagnostic: &Diagnostic) -> usize {
    assert_eq!(diagnostic.code, "SR002", "{diagnostic:?}");
    assert_eq!(diagnostic.message.id, "limit.diagnostics");
    diagnostic.message.param("count").unwrap().parse().unwrap()
}

#[test]
fn example_has_no_diagnostic() {
    assert_eq!(codes(&validate(&example(), &Options::default())), []);
}

#[test]
fn nesting_100k_at_top_level() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let report = validate(&text, &Options::default());
    assert_eq!(codes(&report), [("SR002", "")]);
    let diagnostic = &report.diagnostics[0];
    assert_eq!(diagnostic.message.id, "limit.depth");
    assert_eq!((diagnostic.span.start, diagnostic.span.end), (128, 129));
}

#[test]
fn nesting_100k_in_binding_wizard() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let text = example_with_binding_wizard(&serde_json::to_string(&nested).unwrap());
    let report = validate(&text, &Options::default());
    assert_eq!(codes(&report), [("SR002", "/binding_wizard")]);
    let diagnostic = &report.diagnostics[0];
    assert_eq!(diagnostic.message.id, "limit.depth");
    assert_eq!(&text[diagnostic.span.start as usize..][..1], "[");
}

#[test]
fn body_of_50_mb_over_default_limit() {
    let text = example_with(&format!("\"title\": \"{}\"", "a".repeat(50_000_000)));
    let report = timed("50 MB body", || validate(&text, &Options::default()));
    assert_eq!(codes(&report), [("SR002", "")]);
    assert_eq!(report.diagnostics[0].message.id, "limit.size");
    assert_eq!(report.diagnostics[0].span.end, 0);
}

#[test]
fn body_of_50_mb_within_raised_limit() {
    let text = example_with(&format!("\"title\": \"{}\"", "a".repeat(50_000_000)));
    let mut options = Options::default();
    options.limits.max_input_bytes = 100_000_000;
    let report = timed("50 MB body", || validate(&text, &options));
    assert_eq!(codes(&report), [("SR104", "/title")]);
}

#[test]
fn invalid_utf8_is_reported_at_first_bad_byte() {
    let body = example();
    let name_at = body.find("q6YSAc1KBy").unwrap();
    let key_at = body.find("layout_id").unwrap();
    for bad in [
        &b"\x80"[..],
        b"\xc0\xaf",
        b"\xed\xa0\x80",
        b"\xf0\x9f\x98",
        b"\xff",
        b"\xf4\x90\x80\x80",
    ] {
        for at in [0, key_at, name_at, body.len()] {
            let mut bytes = body.as_bytes()[..at].to_vec();
            bytes.extend_from_slice(bad);
            bytes.extend_from_slice(&body.as_bytes()[at..]);
            let report = validate_bytes(&bytes, &Options::default());
            assert_eq!(codes(&report), [("SR001", "")], "{bad:?} at {at}");
            assert_eq!(
                report.diagnostics[0].span.start as usize, at,
                "{bad:?} at {at}"
            );
            assert_eq!(report.diagnostics[0].message.id, "syntax.invalid-utf8");

            // The readers of request files take text, as the CLI gives it to them.
            let text = String::from_utf8_lossy(&bytes);
            let _ = validate_http_file(
                &format!("POST /v1/p/workspaces/w/sa/reports\n\n{text}"),
                &Options::default(),
            );
            let _ =
                validate_curl_command(&format!("curl https://h/ -d '{text}'"), &Options::default());
        }
    }
}

#[test]
fn duplicate_keys_10k_keep_limit() {
    let repeated = vec!["\"report_name\": \"x\""; 10_000].join(",");
    let text = example_with(&repeated);
    let report = timed("10,000 duplicate keys", || {
        validate(&text, &Options::default())
    });
    let (last, kept) = report.diagnostics.split_last().unwrap();
    assert_eq!(kept.len(), 1000);
    assert!(kept
        .iter()
        .all(|d| d.code == "SR003" && d.pointer == "/report_name"));
    // 10,001 members named `report_name`: 10,000 duplicates, 1,000 shown.
    assert_eq!(limit_count(last), 9_000);
}

#[test]
fn duplicate_keys_100k_take_linear_time() {
    let repeated = vec!["\"a\":1"; 100_000].join(",");
    let text = format!("{{\"x\":[{{{repeated}}}]}}");
    let report = timed("100,000 duplicate keys", || {
        validate(&text, &Options::default())
    });
    let duplicates: Vec<&Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "SR003")
        .collect();
    assert!(!duplicates.is_empty());
    assert!(duplicates.iter().all(|d| d.pointer == "/x/0/a"));
}

#[test]
fn send_rules_10k() {
    let rule = r#"{"rule": "0 0 8 ? * MON", "start_time": {"day": -1}, "end_time": {"day": 0}}"#;
    let rules = vec![rule; 10_000].join(",");
    let text = example_with(&format!("\"report_rule_infos\": [{rules}]"));
    let report = timed("10,000 send rules", || validate(&text, &Options::default()));
    assert_eq!(codes(&report), [("SR201", "/report_rule_infos")]);
}

#[test]
fn cron_of_100_kb() {
    let expression = "0 0 8 ? * MON,".repeat(100_000 / 14);
    let text = example_with(&format!(
        "\"report_rule_infos\": [{{\"rule\": \"{expression}\"}}]"
    ));
    let report = timed("100 KB cron expression", || {
        validate(&text, &Options::default())
    });
    assert_eq!(codes(&report), [("SR104", "/report_rule_infos/0/rule")]);
}

#[test]
fn cron_step_zero_in_seconds() {
    let text = example_with(r#""report_rule_infos": [{"rule": "0/0 * * * * *"}]"#);
    let report = validate(&text, &Options::default());
    assert_eq!(codes(&report), [("SR205", "/report_rule_infos/0/rule")]);
    let span = report.diagnostics[0].span;
    assert_eq!(&text[span.start as usize..span.end as usize], "/0");
}

#[test]
fn nested_diagnostics_far_into_escaped_string() {
    // A megabyte of escapes, then 2,000 duplicate keys: each diagnostic's span is mapped back
    // through every escape before it.
    let pad = "\"".repeat(1_000_000);
    let members = vec!["\"a\":1"; 2_000].join(",");
    let nested = format!(
        "{{\"pad\":{},{members}}}",
        serde_json::to_string(&pad).unwrap()
    );
    let text = example_with_binding_wizard(&serde_json::to_string(&nested).unwrap());
    let report = timed("nested diagnostics", || {
        validate(&text, &Options::default())
    });
    let duplicates: Vec<&Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == "SR003")
        .collect();
    // Each `a` is also an unknown key, so about half of the 1,000 shown are duplicates.
    assert!(duplicates.len() > 400, "{}", duplicates.len());
    for diagnostic in duplicates {
        assert_eq!(diagnostic.pointer, "/binding_wizard/a");
        let span = diagnostic.span;
        assert_eq!(&text[span.start as usize..span.end as usize], r#"\"a\""#);
    }
}

#[test]
fn fixes_through_escapes_keep_json_valid() {
    let text = example_with(r#""report_rule_infos": [{"rule": "0 0 8 ? * 0 \"\u0000"}]"#);
    let report = validate(&text, &Options::default());
    let fixes: Vec<_> = report
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .collect();
    assert!(!fixes.is_empty(), "{:#?}", report.diagnostics);
    for fix in fixes {
        let mut fixed = text.clone();
        fixed.replace_range(
            fix.span.start as usize..fix.span.end as usize,
            &fix.replacement,
        );
        let again = validate(&fixed, &Options::default());
        assert!(
            !again.diagnostics.iter().any(|d| d.code == "SR001"),
            "{fixed}"
        );
    }
}

#[test]
fn http_file_over_size_limit() {
    let body = example_with(&format!("\"title\": \"{}\"", "a".repeat(5_000_000)));
    let text = format!("POST /v1/{PROJECT_ID}/workspaces/{WORKSPACE_ID}/sa/reports\n\n{body}");
    let report = validate_http_file(&text, &Options::default());
    assert_eq!(codes(&report), [("SR002", "")]);
    assert_eq!(report.diagnostics[0].message.id, "limit.size");
}

#[test]
fn curl_over_size_limit() {
    let text = format!("curl https://h/ -d '{}'", "a".repeat(5_000_000));
    let report = validate_curl_command(&text, &Options::default());
    assert_eq!(codes(&report), [("SR002", "")]);
    assert_eq!(report.diagnostics[0].message.id, "limit.size");
}

#[test]
fn http_file_keeps_diagnostic_limit() {
    let headers = "X-Auth-Token: {{token}}\n".repeat(100_000);
    let text = format!(
        "@token = MIIcase-token-0123456789abcdef\nPOST /v1/{PROJECT_ID}/workspaces/{WORKSPACE_ID}/sa/reports\n{headers}\n{}",
        example()
    );
    let report = timed("100,000 headers", || {
        validate_http_file(&text, &Options::default())
    });
    let (last, kept) = report.diagnostics.split_last().unwrap();
    assert_eq!(kept.len(), 1000);
    assert!(limit_count(last) > 100_000);
}

#[test]
fn http_file_with_many_requests_keeps_limit() {
    let request =
        format!("###\nPOST /v1/{PROJECT_ID}/workspaces/{WORKSPACE_ID}/sa/reports\n\n{{}}\n");
    let text = request.repeat(20_000);
    let report = timed("20,000 requests", || {
        validate_http_file(&text, &Options::default())
    });
    let (last, kept) = report.diagnostics.split_last().unwrap();
    assert_eq!(kept.len(), 1000);
    assert!(limit_count(last) > 20_000);
}

#[test]
fn curl_keeps_diagnostic_limit() {
    let headers = " -H 'X-Auth-Token: $TOKEN'".repeat(50_000);
    let text = format!(
        "curl https://secmaster.cn-north-4.myhuaweicloud.com/v1/{PROJECT_ID}/workspaces/{WORKSPACE_ID}/sa/reports{headers}"
    );
    let report = timed("50,000 curl headers", || {
        validate_curl_command(&text, &Options::default())
    });
    let (last, kept) = report.diagnostics.split_last().unwrap();
    assert_eq!(kept.len(), 1000);
    // 49,999 repeated headers, a request line without `-X POST` and so `GET`, two missing
    // headers and an empty body: 50,003 diagnostics, 1,000 shown.
    assert_eq!(limit_count(last), 49_003);
}

#[test]
fn request_keeps_diagnostic_limit() {
    let mut headers = Headers::new();
    for _ in 0..20_000 {
        headers.append("Region", "cn-north-4");
    }
    let request = CreateReportRequest {
        method: "POST".to_owned(),
        url: format!("/v1/{PROJECT_ID}/workspaces/{WORKSPACE_ID}/sa/reports"),
        headers,
        body: example().into_bytes(),
    };
    let report = timed("20,000 headers", || {
        validate_request(&request, &Options::default())
    });
    let (last, kept) = report.diagnostics.split_last().unwrap();
    assert_eq!(kept.len(), 1000);
    assert!(limit_count(last) >= 19_000);
    assert_eq!((last.start.line, last.start.column), (1, 1));
}

#[test]
fn token_whitespace_span_covers_character() {
    let text = format!(
        "POST /v1/{PROJECT_ID}/workspaces/{WORKSPACE_ID}/sa/reports\nX-Auth-Token: MIIa\u{3000}b\n\n{}",
        example()
    );
    let report = validate_http_file(&text, &Options::default());
    let whitespace = report
        .diagnostics
        .iter()
        .find(|d| d.message.id == "auth-token-form.whitespace")
        .unwrap();
    let span = whitespace.span;
    assert_eq!(&text[span.start as usize..span.end as usize], "\u{3000}");
}

//! The value of `X-Auth-Token` appears in no `Debug` or `Display` output of the library's types,
//! and in no diagnostic, for each way a request reaches the checker.

use secmaster_report::request::{parse_curl_command, parse_http_file};
use secmaster_report::{
    validate_request, CreateReportRequest, Headers, Locale, Options, Report, SecretString,
};

const TOKEN: &str = "MIIsecret-library-token-0123456789";
const URL: &str = "https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports";
const BODY: &str = include_str!("../../../examples/broken-request.json");

fn assert_hidden(what: &str, text: &str) {
    assert!(!text.contains(TOKEN), "{what} shows the token:\n{text}");
}

fn assert_report_hidden(what: &str, report: &Report) {
    assert!(!report.diagnostics.is_empty(), "{what}: no diagnostic");
    assert_hidden(what, &format!("{report:?}"));
    assert_hidden(what, &serde_json::to_string(report).unwrap());
    for diagnostic in &report.diagnostics {
        for locale in Locale::ALL {
            assert_hidden(what, &diagnostic.render_message(locale));
            assert_hidden(what, &diagnostic.render_help(locale).unwrap_or_default());
        }
    }
}

/// Requests whose token is malformed in each way a rule reports.
fn requests() -> Vec<CreateReportRequest> {
    let tokens = [
        TOKEN.to_owned(),
        format!("Bearer {TOKEN}"),
        format!("\"{TOKEN}\""),
        format!("{TOKEN} {TOKEN}"),
    ];
    tokens
        .into_iter()
        .map(|token| CreateReportRequest {
            method: "GET".to_owned(),
            url: URL.to_owned(),
            headers: Headers::new()
                .with("Content-Type", "text/plain")
                .with("X-Auth-Token", token.clone())
                .with("x-auth-token", token),
            body: BODY.as_bytes().to_vec(),
        })
        .collect()
}

#[test]
fn request_types_redact_token() {
    let secret = SecretString::new(TOKEN);
    assert_hidden("SecretString Debug", &format!("{secret:?}"));
    assert_hidden("SecretString Display", &format!("{secret}"));
    let request = CreateReportRequest::new("cn-north-4", "p", "w", SecretString::new(TOKEN), BODY);
    assert_hidden("CreateReportRequest Debug", &format!("{request:?}"));
    assert_hidden("CreateReportRequest pretty Debug", &format!("{request:#?}"));
    assert_hidden("Headers Debug", &format!("{:?}", request.headers));
}

#[test]
fn diagnostics_of_requests_hide_token() {
    for request in requests() {
        let report = validate_request(&request, &Options::default());
        assert!(report
            .diagnostics
            .iter()
            .any(|d| d.pointer == "#/headers/x-auth-token"));
        assert_report_hidden("validate_request", &report);
    }
}

#[test]
fn files_and_commands_hide_token() {
    let http = format!(
        "POST {URL}\nContent-Type: text/plain\nX-Auth-Token: Bearer {TOKEN}\nX-Auth-Token {TOKEN}\nX Auth Token: {TOKEN}\n\n{BODY}"
    );
    let file = parse_http_file(&http);
    assert_hidden("RequestFile Debug", &format!("{file:?}"));
    assert_report_hidden(
        "HTTP file",
        &Report {
            diagnostics: file.validate(&http, &Options::default()),
        },
    );
    for span in file.secret_spans() {
        assert!(!http[span.start as usize..span.end as usize].is_empty());
    }
    let hidden: String = file
        .secret_spans()
        .iter()
        .map(|span| &http[span.start as usize..span.end as usize])
        .collect();
    assert_eq!(hidden.matches(TOKEN).count(), 3, "{hidden}");

    let curl = format!(
        "curl -X GET '{URL}' -H 'X-Auth-Token: Bearer {TOKEN}' -H 'X-Auth-Token {TOKEN}' -d '{BODY}'"
    );
    let command = parse_curl_command(&curl);
    assert_hidden("curl RequestFile Debug", &format!("{command:?}"));
    assert_report_hidden(
        "curl command",
        &Report {
            diagnostics: command.validate(&curl, &Options::default()),
        },
    );
    let hidden: String = command
        .secret_spans()
        .iter()
        .map(|span| &curl[span.start as usize..span.end as usize])
        .collect();
    assert_eq!(hidden.matches(TOKEN).count(), 2, "{hidden}");
}

#[cfg(feature = "http")]
#[test]
fn http_requests_hide_token() {
    use secmaster_report::validate_http_request;

    let request = CreateReportRequest::new(
        "cn-north-4",
        "0123456789abcdef0123456789abcdef",
        "75645d0a-93b8-4a7f-a77c-e97009389445",
        SecretString::new(format!("Bearer {TOKEN}")),
        BODY,
    );
    let error = request.to_http_request(&Options::default()).unwrap_err();
    assert_hidden("InvalidRequest Debug", &format!("{error:?}"));
    assert_hidden("InvalidRequest Display", &format!("{error}"));

    let http_request = http::Request::post(URL)
        .header("x-auth-token", format!("Bearer {TOKEN}"))
        .body(BODY.as_bytes())
        .unwrap();
    assert_report_hidden(
        "http::Request",
        &validate_http_request(&http_request, &Options::default()),
    );
}

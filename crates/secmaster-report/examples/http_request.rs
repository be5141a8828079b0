//! Builds the `http::Request` of the API reference example, checks it, and prints its URL.
//!
//! ```sh
//! cargo run -p secmaster-report --features http --example http_request
//! ```
//!
//! The token is read from `SECMASTER_TOKEN` when set; the example never prints it.

use secmaster_report::request::endpoint_url;
use secmaster_report::{
    parse_request, validate_http_request, CreateReportRequest, Locale, Options, SecretString,
};

const BODY: &str = include_str!("../../../examples/api-reference-example.json");
const REGION: &str = "cn-north-4";
const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";
/// The workspace that `binding_wizard` of the example names.
const WORKSPACE_ID: &str = "75645d0a-93b8-4a7f-a77c-e97009389445";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let options = Options::default();

    // Parse the body into the typed model, then build the whole request from it.
    let (body, _warnings) = parse_request(BODY, &options)?;
    let token = std::env::var("SECMASTER_TOKEN").unwrap_or_else(|_| "example-token".to_owned());
    let request = CreateReportRequest::with_typed_body(
        REGION,
        PROJECT_ID,
        WORKSPACE_ID,
        SecretString::new(token),
        &body,
    )?;
    let (http_request, _warnings) = request.to_http_request(&options)?;

    // Check the `http::Request` as a client library would before sending it.
    let report = validate_http_request(&http_request, &options);
    for diagnostic in &report.diagnostics {
        println!(
            "{} {} {}: {}",
            diagnostic.severity,
            diagnostic.code,
            diagnostic.pointer,
            diagnostic.render_message(Locale::En)
        );
    }
    if report.has_errors() {
        return Err("the request has errors".into());
    }

    println!("{} {}", http_request.method(), http_request.uri());
    assert_eq!(
        http_request.uri().to_string(),
        endpoint_url(REGION, PROJECT_ID, WORKSPACE_ID)
    );
    Ok(())
}

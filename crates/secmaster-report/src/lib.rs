//! Checks Huawei Cloud SecMaster "Create a security report" requests
//! (`POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports`) before they are sent.
//!
//! [`validate`] parses the body into a span-aware tree, runs every rule of the [registry](rules)
//! and returns all problems as [`Diagnostic`]s. Each has a stable rule code, a severity, a JSON
//! pointer, a byte span with line and column, and a message rendered on request in English or
//! Simplified Chinese. [`parse_request`] turns a body without errors into the typed
//! [`CreateReportRequestBody`].
//!
//! ```
//! use secmaster_report::{validate, Options};
//!
//! let body = r#"{"report_name":"weekly","report_period":"Weekly"}"#;
//! let report = validate(body, &Options::default());
//! assert!(report.has_errors());
//! assert!(report.diagnostics.iter().any(|d| d.name == "report-period"));
//! ```
//!
//! # Limitations
//!
//! Most facts about the request come from the API reference and the SDKs; some are inferred from
//! examples (evidence level `I`), and those rules report warnings. Each rule's documentation says
//! which.

mod check;
pub mod diagnostic;
pub mod messages;
pub mod model;
mod options;
pub mod request;
pub mod rules;
pub mod schema;
pub mod syntax;

use serde::Serialize;

pub use diagnostic::{Diagnostic, Fix, Message, Param, Severity};
pub use messages::Locale;
pub use model::{
    BindingWizard, CreateReportRequestBody, FileType, Frequency, ReportPeriod, ReportRange,
    ReportRuleRequest, ReportRuleTime,
};
pub use options::{InvalidRuleLevel, Options, RuleLevel, RuleSettingError};
#[cfg(feature = "http")]
pub use request::http::validate_http_request;
pub use request::{
    validate_request, CreateReportRequest, Header, HeaderValue, Headers, SecretString,
};
pub use rules::{Evidence, Rule, RULES};
pub use syntax::{Limits, Position, Span};

/// The result of checking one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Every problem found, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Returns true when at least one diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Returns the number of diagnostics of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count()
    }
}

/// Checks a request body given as text. The path parameters of `options`, when set, are checked
/// too, with pointers `#/path/workspace_id` and `#/path/project_id`; [`validate_request`] checks
/// a whole request.
pub fn validate(source: &str, options: &Options) -> Report {
    let mut checker = check::Checker::new(options);
    check_source(&mut checker, source, false);
    rules::request::path_parameters::check_options(&mut checker);
    Report {
        diagnostics: checker.finish(source),
    }
}

/// Checks a request body given as bytes. Bytes that are not UTF-8 are reported with the line and
/// column of the first invalid byte.
pub fn validate_bytes(bytes: &[u8], options: &Options) -> Report {
    match std::str::from_utf8(bytes) {
        Ok(source) => validate(source, options),
        Err(_) => Report {
            diagnostics: check_body(bytes, options, options.workspace_id.as_deref(), false),
        },
    }
}

/// Checks body text with the rules of the body. In a whole request (`in_request`), the
/// `{{variables}}` of the text get notes too.
fn check_source<'src>(checker: &mut check::Checker<'_, 'src>, source: &'src str, in_request: bool) {
    let document = rules::json_syntax::parse_or_report(checker, source);
    if let Some(document) = &document {
        rules::check_document(checker, document);
    }
    if in_request {
        rules::request::unresolved_reference::check_body(checker, source, document.as_ref());
    }
}

/// Checks a body given as bytes, with the path `workspace_id` that `binding_wizard` should name.
pub(crate) fn check_body(
    bytes: &[u8],
    options: &Options,
    workspace_id: Option<&str>,
    in_request: bool,
) -> Vec<Diagnostic> {
    let mut checker = check::Checker::new(options);
    checker.workspace_id = workspace_id;
    match std::str::from_utf8(bytes) {
        Ok(source) => {
            check_source(&mut checker, source, in_request);
            checker.finish(source)
        }
        Err(error) => {
            // Positions are computed on the valid prefix, which ends where the error starts.
            let valid = &bytes[..error.valid_up_to()];
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            rules::json_syntax::report_invalid_utf8(
                &mut checker,
                error.valid_up_to(),
                error.error_len(),
            );
            checker.finish(prefix)
        }
    }
}

/// The error of [`parse_request`] and of `CreateReportRequest::to_http_request` (feature
/// `http`): the request has at least one error, or it does not fit the typed model (or the
/// `http` crate's types) because a rule that would report the problem is off or lowered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRequest {
    pub report: Report,
    /// The reason the request does not fit the model, when the report has no error.
    pub model_error: Option<String>,
}

impl std::fmt::Display for InvalidRequest {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.model_error {
            Some(reason) => write!(
                formatter,
                "the request does not fit the typed model: {reason}"
            ),
            None => write!(
                formatter,
                "the request has {} error(s)",
                self.report.count(Severity::Error)
            ),
        }
    }
}

impl std::error::Error for InvalidRequest {}

/// Checks a body and converts it into the typed model when it has no error. Warnings are
/// returned beside the model.
pub fn parse_request(
    source: &str,
    options: &Options,
) -> Result<(CreateReportRequestBody, Report), InvalidRequest> {
    let report = validate(source, options);
    if report.has_errors() {
        return Err(InvalidRequest {
            report,
            model_error: None,
        });
    }
    match model::from_source(source, &options.limits) {
        Ok(body) => Ok((body, report)),
        Err(reason) => Err(InvalidRequest {
            report,
            model_error: Some(reason),
        }),
    }
}

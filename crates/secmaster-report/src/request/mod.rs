//! Whole requests: the request line, the headers and the body, checked together.
//!
//! [`validate_request`] checks a [`CreateReportRequest`]; [`parse_http_file`] and
//! [`parse_curl_command`] read requests from an HTTP request file (VS Code REST Client,
//! JetBrains HTTP Client) or from a curl command, keeping where each part sits in the file. With
//! the `http` feature, [`http`] checks an `http::Request` and builds one.
//!
//! # Pointers
//!
//! Diagnostics about the body keep the body's JSON pointers (`/report_period`, `""` for the
//! whole body). Diagnostics about the other parts have pointers that start with `#/`:
//!
//! | pointer | part |
//! |---|---|
//! | `#/method` | the method of the request line |
//! | `#/url` | the URL (scheme, host, path) |
//! | `#/path/project_id`, `#/path/workspace_id` | the path parameters |
//! | `#/headers/{name}` | a header, its name in lowercase, such as `#/headers/content-type` |
//!
//! # Spans
//!
//! From [`validate_request`], the span of a diagnostic is a byte range of the part it points at:
//! the body, the method, the URL, or the header's value (its name, for a repeated header). A
//! missing header has an empty span. Line and column count within that part. From a
//! [`RequestFile`], spans, lines and columns are those of the file, through quotes and escapes.
//!
//! # Secrets
//!
//! The values of `X-Auth-Token` and other [credential headers](SENSITIVE_HEADERS) are stored as
//! [`SecretString`]s: `Debug` and `Display` print `[redacted]`, no message has a parameter that
//! contains them, and [`RequestFile::secret_spans`] tells a front end which characters of a file to
//! hide when it shows a line.

mod check;
mod curl;
mod headers;
#[cfg(feature = "http")]
pub mod http;
mod http_file;
mod regions;
mod secret;
mod source;
mod target;

use std::fmt;

pub use headers::{is_sensitive, Header, HeaderValue, Headers, SENSITIVE_HEADERS};
pub use regions::{
    endpoint_host, endpoint_path, endpoint_url, is_known_region, region_of_host, PATH_TEMPLATE,
    REGIONS,
};
pub use secret::{SecretString, REDACTED};
pub use source::{LocatedRequest, RequestFile, TextMap};

use crate::diagnostic::Diagnostic;
use crate::model::CreateReportRequestBody;
use crate::options::Options;
use crate::syntax::Position;
use crate::Report;

/// The documented `Content-Type` of the request.
pub const CONTENT_TYPE: &str = "application/json;charset=UTF-8";

/// A whole Create Security Report request: method, URL, headers and body.
#[derive(Clone, PartialEq, Eq)]
pub struct CreateReportRequest {
    /// The method as written; the API expects `POST`.
    pub method: String,
    /// The request target: an absolute URL, or a path such as
    /// `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`. The path parameters are read
    /// from it.
    pub url: String,
    pub headers: Headers,
    /// The body as sent, JSON text in UTF-8.
    pub body: Vec<u8>,
}

impl CreateReportRequest {
    /// Returns the request the API expects: `POST` to the endpoint of `region` (see
    /// [`endpoint_url`]), with the headers `Content-Type`, `Region` and `X-Auth-Token`.
    pub fn new(
        region: &str,
        project_id: &str,
        workspace_id: &str,
        auth_token: SecretString,
        body: impl Into<Vec<u8>>,
    ) -> Self {
        let mut headers = Headers::new()
            .with("Content-Type", CONTENT_TYPE)
            .with("Region", region);
        headers.append_secret("X-Auth-Token", auth_token);
        Self {
            method: "POST".to_owned(),
            url: endpoint_url(region, project_id, workspace_id),
            headers,
            body: body.into(),
        }
    }

    /// Returns [`CreateReportRequest::new`] with a typed body, serialised to the wire format.
    pub fn with_typed_body(
        region: &str,
        project_id: &str,
        workspace_id: &str,
        auth_token: SecretString,
        body: &CreateReportRequestBody,
    ) -> Result<Self, serde_json::Error> {
        let body = serde_json::to_vec(body)?;
        Ok(Self::new(
            region,
            project_id,
            workspace_id,
            auth_token,
            body,
        ))
    }

    /// Returns the `project_id` and `workspace_id` of the URL, decoded, when its path has the
    /// API's shape.
    pub fn path_parameters(&self) -> Option<(String, String)> {
        let target = target::parse(&self.url);
        let (project, workspace) = target.parameters?;
        let segment = |span: crate::syntax::Span| {
            regions::decode_segment(&self.url[span.start as usize..span.end as usize]).into_owned()
        };
        Some((segment(project), segment(workspace)))
    }
}

impl fmt::Debug for CreateReportRequest {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("CreateReportRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &self.headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .finish()
    }
}

/// Checks a whole request: the request line, the path parameters, the headers and the body.
///
/// The path parameters come from the URL. When the URL does not give one (it has another
/// shape, or a `{{variable}}` in its place), the value in `options` is checked instead, and
/// `binding_wizard.workspace_id` is compared with it. Diagnostics come in the order method,
/// URL, request, headers, body; see the [module documentation](self) for their pointers and
/// spans.
pub fn validate_request(request: &CreateReportRequest, options: &Options) -> Report {
    let checked = check::check_parts(request, options, true, check::Unresolved::default());
    let mut diagnostics: Vec<Diagnostic> = checked
        .parts
        .into_iter()
        .flat_map(|(_, diagnostics)| diagnostics)
        .collect();
    // Each part keeps the limit on its own; the request as a whole keeps it too, whatever the
    // number of headers. The diagnostic that counts the rest is about the request as a whole,
    // like a missing header: an empty span at line 1, column 1.
    let first_appended = diagnostics.len().min(options.limits.max_diagnostics);
    crate::check::apply_diagnostic_limit(&mut diagnostics, checked.suppressed, &options.limits, "");
    for diagnostic in &mut diagnostics[first_appended..] {
        diagnostic.start = Position { line: 1, column: 1 };
        diagnostic.end = Position { line: 1, column: 1 };
    }
    Report { diagnostics }
}

/// Reads the requests of an HTTP request file (`.http`, `.rest`) in the format of VS Code REST
/// Client and JetBrains HTTP Client. See [`RequestFile::validate`].
pub fn parse_http_file(text: &str) -> RequestFile {
    http_file::parse(text)
}

/// Reads a curl command, as API Explorer and browsers copy it. See [`RequestFile::validate`].
pub fn parse_curl_command(text: &str) -> RequestFile {
    curl::parse(text)
}

/// Checks every request of an HTTP request file; spans and positions are in `text`.
pub fn validate_http_file(text: &str, options: &Options) -> Report {
    Report {
        diagnostics: parse_http_file(text).validate(text, options),
    }
}

/// Checks a curl command; spans and positions are in `text`.
pub fn validate_curl_command(text: &str, options: &Options) -> Report {
    Report {
        diagnostics: parse_curl_command(text).validate(text, options),
    }
}

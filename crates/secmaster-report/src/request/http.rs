//! Interop with the `http` crate (feature `http`): check an `http::Request` whose body is bytes,
//! and build one from a request without errors.

use http::header::{HeaderName, HeaderValue as HttpHeaderValue};
use http::{Method, Request};

use super::{validate_request, CreateReportRequest, Headers};
use crate::options::Options;
use crate::{InvalidRequest, Report};

impl CreateReportRequest {
    /// Reads an `http::Request`: its method, URI, headers and body. A header value that is not
    /// UTF-8 is read with U+FFFD in place of the invalid bytes.
    pub fn from_http<B: AsRef<[u8]>>(request: &Request<B>) -> Self {
        let mut headers = Headers::new();
        for (name, value) in request.headers() {
            headers.append(
                name.as_str(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            );
        }
        Self {
            method: request.method().as_str().to_owned(),
            url: request.uri().to_string(),
            headers,
            body: request.body().as_ref().to_vec(),
        }
    }

    /// Checks the request and builds the `http::Request` to send, when no rule reported an
    /// error. Warnings are returned beside it. The value of `X-Auth-Token` and of the other
    /// [credential headers](super::SENSITIVE_HEADERS) is marked sensitive, so the `http`
    /// crate's `Debug` hides it too.
    ///
    /// Fails with the report when it has an error. Fails with `model_error` set when the `http`
    /// crate rejects a part that no rule reported, such as a header name with a space while the
    /// rule that would report it is off.
    pub fn to_http_request(
        &self,
        options: &Options,
    ) -> Result<(Request<Vec<u8>>, Report), InvalidRequest> {
        let report = validate_request(self, options);
        if report.has_errors() {
            return Err(InvalidRequest {
                report,
                model_error: None,
            });
        }
        match self.build_http() {
            Ok(request) => Ok((request, report)),
            Err(error) => Err(InvalidRequest {
                report,
                model_error: Some(error.to_string()),
            }),
        }
    }

    fn build_http(&self) -> Result<Request<Vec<u8>>, http::Error> {
        let mut builder = Request::builder()
            .method(Method::from_bytes(self.method.as_bytes())?)
            .uri(self.url.as_str());
        for header in &self.headers {
            let name = HeaderName::from_bytes(header.name().trim().as_bytes())?;
            let mut value = HttpHeaderValue::from_str(header.value().expose())?;
            value.set_sensitive(header.value().is_secret());
            builder = builder.header(name, value);
        }
        builder.body(self.body.clone())
    }
}

impl<B: AsRef<[u8]>> From<&Request<B>> for CreateReportRequest {
    fn from(request: &Request<B>) -> Self {
        Self::from_http(request)
    }
}

/// Checks an `http::Request` whose body is bytes, as [`validate_request`] checks a
/// [`CreateReportRequest`].
pub fn validate_http_request<B: AsRef<[u8]>>(request: &Request<B>, options: &Options) -> Report {
    validate_request(&CreateReportRequest::from_http(request), options)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SecretString;

    const BODY: &str = include_str!("../../../../examples/api-reference-example.json");
    const PROJECT: &str = "0123456789abcdef0123456789abcdef";
    const WORKSPACE: &str = "75645d0a-93b8-4a7f-a77c-e97009389445";

    fn request() -> CreateReportRequest {
        CreateReportRequest::new(
            "cn-north-4",
            PROJECT,
            WORKSPACE,
            SecretString::new("MIIsecret-token"),
            BODY,
        )
    }

    #[test]
    fn built_request_round_trips() {
        let (built, report) = request().to_http_request(&Options::default()).unwrap();
        assert!(!report.has_errors());
        assert_eq!(built.method(), Method::POST);
        assert_eq!(
            built.uri().to_string(),
            format!("https://secmaster.cn-north-4.myhuaweicloud.com/v1/{PROJECT}/workspaces/{WORKSPACE}/sa/reports")
        );
        assert!(built.headers()["x-auth-token"].is_sensitive());
        assert!(!format!("{built:?}").contains("MIIsecret"));
        assert_eq!(CreateReportRequest::from_http(&built), request_lowercase());
    }

    /// Returns the request as the `http` crate gives it back, with lowercase header names.
    fn request_lowercase() -> CreateReportRequest {
        let mut request = request();
        request.headers = request
            .headers
            .iter()
            .map(|header| {
                (
                    header.name().to_ascii_lowercase(),
                    header.value().expose().to_owned(),
                )
            })
            .collect();
        request
    }

    #[test]
    fn request_with_errors_is_not_built() {
        let mut request = request();
        request.method = "GET".to_owned();
        let error = request.to_http_request(&Options::default()).unwrap_err();
        assert!(error
            .report
            .diagnostics
            .iter()
            .any(|d| d.name == "request-line"));
        assert!(!format!("{error:?}").contains("MIIsecret"));
    }

    #[test]
    fn http_request_is_checked() {
        let request = Request::post("/v1/p/workspaces/w/sa/reports")
            .header("content-type", "text/plain")
            .body(BODY.as_bytes())
            .unwrap();
        let report = validate_http_request(&request, &Options::default());
        let names: Vec<&str> = report.diagnostics.iter().map(|d| d.name).collect();
        assert!(names.contains(&"content-type"), "{names:?}");
        assert!(names.contains(&"required-header"), "{names:?}");
        assert!(names.contains(&"project-id-format"), "{names:?}");
    }
}

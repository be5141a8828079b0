//! SR601 `request-line`: the request is `POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::request::PATH_TEMPLATE;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

use super::{METHOD, URL};

pub(crate) static RULE: Rule = Rule {
    code: "SR601",
    name: "request-line",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports",
    what: "Checks the request line: the method is `POST`, in capitals, and the path of the \
           URL is `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`, with both \
           parameters non-empty and no trailing `/`. A query string is ignored.",
    why: "Another method or path reaches another API, or none: HTTP request files send \
          `GET` when the method is left out, and `report` for `reports` answers 404.",
    invalid: "GET https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/report",
    fixed: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports",
    known_problems: "A path that contains an unresolved `{{variable}}` is not compared, \
                     because the variable may hold any part of it.",
};

/// Checks the method. HTTP methods are case-sensitive, so `post` is reported too.
pub(crate) fn check_method(checker: &mut Checker<'_, '_>, method: &str) {
    if method == "POST" {
        return;
    }
    let span = Span::new(0, method.len() as u32);
    let message = Message::new("request-line.method").with("value", method);
    checker
        .report(&RULE, Path::Fixed(METHOD), span, message)
        .fix(span, "POST");
}

/// Reports a path that does not have the API's shape. `span` is the path in the URL, or the
/// whole URL when it has no path.
pub(crate) fn report_path(checker: &mut Checker<'_, '_>, span: Span, path: &str) {
    let message = Message::new("request-line.path")
        .with("value", path)
        .with("expected", PATH_TEMPLATE);
    checker.report(&RULE, Path::Fixed(URL), span, message);
}

//! SR602 `endpoint`: the URL is the SecMaster endpoint of the request's region, over HTTPS.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::request::{endpoint_host, region_of_host};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

use super::URL;

pub(crate) static RULE: Rule = Rule {
    code: "SR602",
    name: "endpoint",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Official SDKs (huaweicloud-sdk-go-v3, services/secmaster/v1/region/region.go): the endpoint of each region is https://secmaster.{region}.myhuaweicloud.com",
    what: "Checks the scheme and host of an absolute URL: the scheme is `https`, and the \
           host is `secmaster.{region}.myhuaweicloud.com` for the region of the `Region` \
           header.",
    why: "Plain `http` sends the IAM token in clear text. Another host reaches another \
          service, and a host of another region than the `Region` header usually means one \
          of the two was copied from another request.",
    invalid: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports\nRegion: ap-southeast-1",
    fixed: "POST https://secmaster.ap-southeast-1.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports\nRegion: ap-southeast-1",
    known_problems: "A gateway, proxy or private endpoint in front of the service is \
                     reported as another host; turn the rule off for such setups. A path \
                     without scheme and host, such as an `http::Request` built with only a \
                     path, is not checked.",
};

/// Checks the scheme and host of the URL. `region` is the value of the `Region` header, when
/// it is known.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    url: &str,
    scheme: Option<Span>,
    host: Option<Span>,
    region: Option<&str>,
) {
    let path = Path::Fixed(URL);
    if let Some(span) = scheme {
        let scheme = &url[span.start as usize..span.end as usize];
        if !scheme.eq_ignore_ascii_case("https") {
            let message = Message::new("endpoint.scheme").with("value", scheme);
            checker
                .report(&RULE, path, span, message)
                .fix(span, "https");
        }
    }

    let Some(span) = host else { return };
    let host = &url[span.start as usize..span.end as usize];
    if host.contains("{{") {
        return;
    }
    let region = region.filter(|region| !region.is_empty());
    match (region_of_host(host), region) {
        (None, _) => {
            let expected = endpoint_host(region.unwrap_or("{region}"));
            let message = Message::new("endpoint.host")
                .with("value", host)
                .with("expected", &expected);
            let reported = checker.report(&RULE, path, span, message);
            if region.is_some() {
                reported.fix(span, expected);
            }
        }
        (Some(host_region), Some(region)) if !host_region.eq_ignore_ascii_case(region) => {
            let message = Message::new("endpoint.region-mismatch")
                .with("host_region", host_region)
                .with("region", region);
            checker.report(&RULE, path, span, message);
        }
        _ => {}
    }
}

//! The parts of a request target (an absolute URL or a path) that the rules read, as byte
//! ranges of the target text.

use crate::syntax::Span;

/// A request target split into the parts the rules check. Spans are byte ranges of the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Target {
    /// The scheme without `://`, when the target is an absolute URL.
    pub(crate) scheme: Option<Span>,
    /// The host without user information or port. A variable of an HTTP client file such as
    /// `{{host}}` in place of the whole origin is the host too.
    pub(crate) host: Option<Span>,
    /// The path, without query or fragment. Empty for a target such as `https://example.com`.
    pub(crate) path: Span,
    /// The `project_id` and `workspace_id` segments, when the path has the API's shape
    /// `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`.
    pub(crate) parameters: Option<(Span, Span)>,
}

/// Splits a target into its parts. Any text is accepted: whatever does not fit the shape of a URL
/// becomes part of the path, where the path rule reports it.
pub(crate) fn parse(target: &str) -> Target {
    let mut rest_start = 0;
    let mut scheme = None;
    let mut host = None;

    if let Some(colon) = target.find("://") {
        let name = &target[..colon];
        if !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        {
            scheme = Some(Span::new(0, colon as u32));
            let authority_start = colon + 3;
            let authority_end = target[authority_start..]
                .find(['/', '?', '#'])
                .map_or(target.len(), |end| authority_start + end);
            host = Some(host_of_authority(target, authority_start, authority_end));
            rest_start = authority_end;
        }
    } else if target.starts_with("{{") {
        // An HTTP client variable holding the scheme and host, as in `{{baseUrl}}/v1/…`.
        if let Some(close) = target.find("}}") {
            let end = close + 2;
            if target[end..].starts_with('/') || end == target.len() {
                host = Some(Span::new(0, end as u32));
                rest_start = end;
            }
        }
    } else if !target.starts_with('/') {
        // A host without a scheme, as curl accepts: `secmaster.cn-north-4.myhuaweicloud.com/v1/…`.
        let authority_end = target.find(['/', '?', '#']).unwrap_or(target.len());
        host = Some(host_of_authority(target, 0, authority_end));
        rest_start = authority_end;
    }

    let path_end = target[rest_start..]
        .find(['?', '#'])
        .map_or(target.len(), |end| rest_start + end);
    let path = Span::new(rest_start as u32, path_end as u32);
    Target {
        scheme,
        host,
        path,
        parameters: parameters(target, path),
    }
}

/// Returns the host of an authority `[userinfo@]host[:port]`.
fn host_of_authority(target: &str, start: usize, end: usize) -> Span {
    let authority = &target[start..end];
    let host_start = authority.rfind('@').map_or(start, |at| start + at + 1);
    let host = &target[host_start..end];
    // A port follows the last colon, unless the host is an IPv6 literal in brackets.
    let host_end = match host.rfind(':') {
        Some(colon) if !host[colon..].contains(']') => host_start + colon,
        _ => end,
    };
    Span::new(host_start as u32, host_end as u32)
}

/// Returns the spans of `project_id` and `workspace_id` when the path has the API's shape.
fn parameters(target: &str, path: Span) -> Option<(Span, Span)> {
    let text = &target[path.range()];
    let mut segments = Vec::with_capacity(7);
    let mut start = path.start as usize;
    for segment in text.split('/') {
        segments.push(Span::new(start as u32, (start + segment.len()) as u32));
        start += segment.len() + 1;
    }
    let words: Vec<&str> = segments.iter().map(|span| &target[span.range()]).collect();
    match words.as_slice() {
        ["", "v1", project, "workspaces", workspace, "sa", "reports"]
            if !project.is_empty() && !workspace.is_empty() =>
        {
            Some((segments[2], segments[4]))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(target: &str, span: Option<Span>) -> Option<&str> {
        span.map(|span| &target[span.range()])
    }

    #[test]
    fn absolute_url_parts() {
        let url =
            "https://secmaster.cn-north-4.myhuaweicloud.com:443/v1/p/workspaces/w/sa/reports?x=1";
        let target = parse(url);
        assert_eq!(text(url, target.scheme), Some("https"));
        assert_eq!(
            text(url, target.host),
            Some("secmaster.cn-north-4.myhuaweicloud.com")
        );
        assert_eq!(&url[target.path.range()], "/v1/p/workspaces/w/sa/reports");
        let (project, workspace) = target.parameters.unwrap();
        assert_eq!(&url[project.range()], "p");
        assert_eq!(&url[workspace.range()], "w");
    }

    #[test]
    fn variable_origin_and_bare_path() {
        let url = "{{baseUrl}}/v1/{{project}}/workspaces/w/sa/reports";
        let target = parse(url);
        assert_eq!(text(url, target.host), Some("{{baseUrl}}"));
        assert!(target.parameters.is_some());

        let path = "/v1/p/workspaces/w/sa/reports";
        let target = parse(path);
        assert_eq!(target.host, None);
        assert!(target.parameters.is_some());
    }

    #[test]
    fn other_paths_have_no_parameters() {
        for url in [
            "/v1/p/workspaces/w/sa/report",
            "/v1//workspaces/w/sa/reports",
            "/v1/p/workspaces/w/sa/reports/",
            "https://example.com",
        ] {
            assert_eq!(parse(url).parameters, None, "{url}");
        }
    }

    #[test]
    fn host_without_scheme() {
        let url = "secmaster.cn-north-4.myhuaweicloud.com/v1/p/workspaces/w/sa/reports";
        let target = parse(url);
        assert_eq!(target.scheme, None);
        assert_eq!(
            text(url, target.host),
            Some("secmaster.cn-north-4.myhuaweicloud.com")
        );
    }
}

//! The regions where SecMaster is served, and the endpoint URL of each.

use std::borrow::Cow;

/// The regions where the official SDKs place SecMaster (huaweicloud-sdk-go-v3,
/// `services/secmaster/v1/region/region.go`), each served at `https://secmaster.{region}.myhuaweicloud.com`.
pub const REGIONS: [&str; 20] = [
    "cn-north-4",
    "cn-east-3",
    "cn-south-1",
    "cn-north-9",
    "cn-north-2",
    "cn-east-2",
    "cn-southwest-2",
    "cn-south-2",
    "cn-north-1",
    "cn-east-4",
    "me-east-1",
    "cn-north-11",
    "sa-brazil-1",
    "la-north-2",
    "ap-southeast-3",
    "ap-southeast-2",
    "ap-southeast-1",
    "ap-southeast-4",
    "tr-west-1",
    "af-north-1",
];

/// The path of the API, with its two parameters in braces as the API reference writes it.
pub const PATH_TEMPLATE: &str = "/v1/{project_id}/workspaces/{workspace_id}/sa/reports";

const HOST_PREFIX: &str = "secmaster.";
const HOST_SUFFIX: &str = ".myhuaweicloud.com";

/// Returns true for one of the [`REGIONS`], exactly as written there.
pub fn is_known_region(region: &str) -> bool {
    REGIONS.contains(&region)
}

/// Returns the endpoint host of a region: `secmaster.{region}.myhuaweicloud.com`.
pub fn endpoint_host(region: &str) -> String {
    format!("{HOST_PREFIX}{region}{HOST_SUFFIX}")
}

/// Returns the region of an endpoint host such as `secmaster.cn-north-4.myhuaweicloud.com`,
/// compared without case, or `None` for another host.
pub fn region_of_host(host: &str) -> Option<&str> {
    let lower_prefix = host.get(..HOST_PREFIX.len())?;
    let suffix_start = host.len().checked_sub(HOST_SUFFIX.len())?;
    let lower_suffix = host.get(suffix_start..)?;
    if !lower_prefix.eq_ignore_ascii_case(HOST_PREFIX)
        || !lower_suffix.eq_ignore_ascii_case(HOST_SUFFIX)
        || suffix_start <= HOST_PREFIX.len()
    {
        return None;
    }
    let region = &host[HOST_PREFIX.len()..suffix_start];
    (!region.contains('.')).then_some(region)
}

/// Returns the URL of the API in a region:
/// `https://secmaster.{region}.myhuaweicloud.com/v1/{project_id}/workspaces/{workspace_id}/sa/reports`.
/// The path parameters are percent-encoded, so a value with `/` or a space stays one segment.
pub fn endpoint_url(region: &str, project_id: &str, workspace_id: &str) -> String {
    format!(
        "https://{}/v1/{}/workspaces/{}/sa/reports",
        endpoint_host(&encode_segment(region)),
        encode_segment(project_id),
        encode_segment(workspace_id)
    )
}

/// Returns the path of the API for two path parameters, percent-encoded.
pub fn endpoint_path(project_id: &str, workspace_id: &str) -> String {
    format!(
        "/v1/{}/workspaces/{}/sa/reports",
        encode_segment(project_id),
        encode_segment(workspace_id)
    )
}

/// Percent-encodes every byte of a path segment outside RFC 3986's unreserved characters.
pub(crate) fn encode_segment(segment: &str) -> Cow<'_, str> {
    let unreserved = |byte: u8| byte.is_ascii_alphanumeric() || b"-._~".contains(&byte);
    if segment.bytes().all(unreserved) {
        return Cow::Borrowed(segment);
    }
    let mut encoded = String::with_capacity(segment.len() + 8);
    for byte in segment.bytes() {
        if unreserved(byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    Cow::Owned(encoded)
}

/// Decodes `%XX` escapes of a path segment. Bytes that do not form UTF-8 become U+FFFD.
pub(crate) fn decode_segment(segment: &str) -> Cow<'_, str> {
    if !segment.contains('%') {
        return Cow::Borrowed(segment);
    }
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escape = bytes
            .get(index + 1..index + 3)
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[index], escape) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                index += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    Cow::Owned(String::from_utf8_lossy(&decoded).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_of_endpoint_host() {
        assert_eq!(
            region_of_host("secmaster.cn-north-4.myhuaweicloud.com"),
            Some("cn-north-4")
        );
        assert_eq!(
            region_of_host("SecMaster.ap-southeast-1.MyHuaweiCloud.com"),
            Some("ap-southeast-1")
        );
        assert_eq!(region_of_host("secmaster.myhuaweicloud.com"), None);
        assert_eq!(region_of_host("iam.cn-north-4.myhuaweicloud.com"), None);
        assert_eq!(region_of_host("secmaster.a.b.myhuaweicloud.com"), None);
    }

    #[test]
    fn endpoint_url_encodes_segments() {
        assert_eq!(
            endpoint_url("cn-north-4", "p 1", "w/2"),
            "https://secmaster.cn-north-4.myhuaweicloud.com/v1/p%201/workspaces/w%2F2/sa/reports"
        );
        assert_eq!(decode_segment("p%201"), "p 1");
        assert_eq!(decode_segment("w%2F2%"), "w/2%");
    }

    #[test]
    fn twenty_regions_without_repeats() {
        let mut sorted = REGIONS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 20);
    }
}

//! Request headers, in the order they were written, with names compared without case.

use std::fmt;

use super::secret::SecretString;

/// Header names whose values are credentials. Their values are stored as [`SecretString`]s, so
/// no `Debug` output, message or log shows them.
pub const SENSITIVE_HEADERS: [&str; 6] = [
    "x-auth-token",
    "x-subject-token",
    "x-security-token",
    "authorization",
    "proxy-authorization",
    "cookie",
];

/// Returns true for a header whose value is a credential, such as `X-Auth-Token`.
pub fn is_sensitive(name: &str) -> bool {
    SENSITIVE_HEADERS
        .iter()
        .any(|sensitive| sensitive.eq_ignore_ascii_case(name.trim()))
}

/// Returns true for a line that is not a valid header but may hold a credential: its first word
/// is a sensitive header name, or it mentions a token or authorization at all, as in
/// `X-Auth-Token MII…` or `X Auth Token: MII…`.
pub(crate) fn may_hold_secret(line: &str) -> bool {
    let first_word = line.split([' ', '\t', ':', '=']).next().unwrap_or_default();
    let lower = line.to_ascii_lowercase();
    is_sensitive(first_word) || lower.contains("token") || lower.contains("authorization")
}

/// The value of one header: plain text, or a credential that is never shown.
#[derive(Clone, PartialEq, Eq)]
pub enum HeaderValue {
    Plain(String),
    Secret(SecretString),
}

impl HeaderValue {
    /// Returns the value when it is not a credential.
    pub fn as_plain(&self) -> Option<&str> {
        match self {
            HeaderValue::Plain(text) => Some(text),
            HeaderValue::Secret(_) => None,
        }
    }

    /// Returns the value, credential or not. Call it only to send the value, never to show it.
    pub fn expose(&self) -> &str {
        match self {
            HeaderValue::Plain(text) => text,
            HeaderValue::Secret(secret) => secret.expose(),
        }
    }

    pub fn is_secret(&self) -> bool {
        matches!(self, HeaderValue::Secret(_))
    }
}

impl fmt::Debug for HeaderValue {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderValue::Plain(text) => fmt::Debug::fmt(text, formatter),
            HeaderValue::Secret(secret) => fmt::Debug::fmt(secret, formatter),
        }
    }
}

/// One header line: its name as written and its value without surrounding whitespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    name: String,
    value: HeaderValue,
}

impl Header {
    /// Creates a header. The value of a [sensitive](is_sensitive) header is stored as a secret.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into();
        let value = value.into();
        let value = if is_sensitive(&name) {
            HeaderValue::Secret(SecretString::new(value))
        } else {
            HeaderValue::Plain(value)
        };
        Self { name, value }
    }

    /// Returns the name as written, such as `Content-Type`.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn value(&self) -> &HeaderValue {
        &self.value
    }

    /// Returns true when the header has this name, compared without case as HTTP does.
    pub fn is(&self, name: &str) -> bool {
        self.name.trim().eq_ignore_ascii_case(name)
    }
}

/// The headers of a request, in order. A name may appear more than once, as in HTTP.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers {
    entries: Vec<Header>,
}

impl Headers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a header; an earlier header of the same name stays.
    pub fn append(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.entries.push(Header::new(name, value));
    }

    /// Appends a header whose value is a credential, whatever its name.
    pub fn append_secret(&mut self, name: impl Into<String>, value: SecretString) {
        self.entries.push(Header {
            name: name.into(),
            value: HeaderValue::Secret(value),
        });
    }

    /// Returns the builder-style form of [`Headers::append`].
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.append(name, value);
        self
    }

    /// Returns the first header of a name, compared without case.
    pub fn get(&self, name: &str) -> Option<&Header> {
        self.entries.iter().find(|header| header.is(name))
    }

    /// Returns every header of a name, compared without case, in order.
    pub fn get_all<'h>(&'h self, name: &'h str) -> impl Iterator<Item = &'h Header> + 'h {
        self.entries.iter().filter(move |header| header.is(name))
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Header> {
        self.entries.iter()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'h> IntoIterator for &'h Headers {
    type Item = &'h Header;
    type IntoIter = std::slice::Iter<'h, Header>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

impl<N: Into<String>, V: Into<String>> FromIterator<(N, V)> for Headers {
    fn from_iter<I: IntoIterator<Item = (N, V)>>(pairs: I) -> Self {
        let mut headers = Headers::new();
        for (name, value) in pairs {
            headers.append(name, value);
        }
        headers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case() {
        let headers = Headers::new()
            .with("Content-Type", "application/json")
            .with("content-type", "text/plain");
        assert_eq!(headers.get("CONTENT-TYPE").unwrap().name(), "Content-Type");
        assert_eq!(headers.get_all("content-type").count(), 2);
    }

    #[test]
    fn token_is_stored_as_secret() {
        let headers = Headers::new().with("x-auth-token", "MIIsecret");
        let header = headers.get("X-Auth-Token").unwrap();
        assert!(header.value().is_secret());
        assert_eq!(header.value().as_plain(), None);
        assert!(!format!("{headers:?}").contains("MIIsecret"));
    }
}

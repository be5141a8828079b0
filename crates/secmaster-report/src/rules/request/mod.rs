//! Rules on the parts of a request outside its body: the request line, the path parameters and
//! the headers. Their pointers start with `#/`: `#/method`, `#/url`, `#/path/{name}` and
//! `#/headers/{name in lowercase}`. `request::check` calls them for each part.

pub(crate) mod auth_token;
pub(crate) mod auth_token_form;
pub(crate) mod content_type;
pub(crate) mod content_type_parameters;
pub(crate) mod duplicate_header;
pub(crate) mod endpoint;
pub(crate) mod path_parameters;
pub(crate) mod region_format;
pub(crate) mod region_unknown;
pub(crate) mod request_line;
pub(crate) mod request_syntax;
pub(crate) mod required_header;
pub(crate) mod unresolved_reference;

/// The headers the API reference requires, as the rules name them in messages.
pub(crate) const REQUIRED_HEADERS: [&str; 3] = ["Content-Type", "Region", "X-Auth-Token"];

/// The pointer of the method in the request line.
pub(crate) const METHOD: &str = "#/method";
/// The pointer of the request target (URL) in the request line.
pub(crate) const URL: &str = "#/url";

/// Returns the pointer of a header: `#/headers/` and the name in lowercase.
pub(crate) fn header_pointer(name: &str) -> String {
    let name = name.trim().to_ascii_lowercase();
    let mut pointer = String::with_capacity(10 + name.len());
    pointer.push_str("#/headers/");
    crate::syntax::tree::push_pointer_segment(&mut pointer, &name);
    pointer
}

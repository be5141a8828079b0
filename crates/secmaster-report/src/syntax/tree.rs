//! The parsed document: a flat arena of nodes that borrow their text from the source.

use std::borrow::Cow;

use serde::Serialize;

use super::unescape::unescape;

/// A byte range in the source text, start inclusive and end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Self {
        Self { start, end }
    }

    pub fn len(self) -> u32 {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub(crate) fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The JSON type of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    /// Returns the catalogue key of the type's name in messages, such as `type.string`.
    pub fn term(self) -> &'static str {
        match self {
            Kind::Null => "type.null",
            Kind::Bool => "type.boolean",
            Kind::Number => "type.number",
            Kind::String => "type.string",
            Kind::Array => "type.array",
            Kind::Object => "type.object",
        }
    }

    /// Returns the JSON Schema name of the type, as used in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "boolean",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
        }
    }
}

pub(crate) const NONE: u32 = u32::MAX;

/// One value of a document, in 16 bytes. Nodes are stored in document order (pre-order), so a
/// container's first child, when it has one, is the next node, and its descendants are the
/// nodes up to `extra`. What a node does not store is read back from the source: its kind from
/// its first byte, the end of its key from the `:` before the value, whether its key has
/// escapes from the key's text.
// NOTE: a document of one- or two-byte values such as `[0,0,0,…]` has a node per one or two
// bytes, so its tree takes about 8 times the text. The node size is what keeps a 50 MB input
// within the memory budget of 10 times the input (docs/reliability.md).
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// The value's text, quotes included for strings, brackets included for containers.
    pub(crate) span: Span,
    /// The offset of the opening quote of the member's key, with [`KEY_ESCAPED`] when the key
    /// has escapes, or `NONE` outside objects.
    pub(crate) key_start: u32,
    /// For a container, the index one past its last descendant (while the parser is inside it,
    /// the index of the enclosing open container). For a string, [`VALUE_ESCAPED`] or 0.
    pub(crate) extra: u32,
}

/// The `extra` of a string value that contains at least one escape sequence.
pub(crate) const VALUE_ESCAPED: u32 = 1;

/// The bit of `key_start` set when the key contains at least one escape sequence. Documents
/// are under 2 GiB, so no offset has it.
pub(crate) const KEY_ESCAPED: u32 = 1 << 31;

/// Returns the kind of the value whose text starts with `byte`, in a document that parsed.
pub(crate) fn kind_of(byte: u8) -> Kind {
    match byte {
        b'{' => Kind::Object,
        b'[' => Kind::Array,
        b'"' => Kind::String,
        b't' | b'f' => Kind::Bool,
        b'n' => Kind::Null,
        _ => Kind::Number,
    }
}

/// A parsed JSON document. Node 0 is the root.
#[derive(Debug, Clone)]
pub struct Document<'src> {
    pub(crate) source: &'src str,
    pub(crate) nodes: Vec<Node>,
}

impl<'src> Document<'src> {
    /// Returns the source text the document was parsed from.
    pub fn source(&self) -> &'src str {
        self.source
    }

    /// Returns the root value.
    pub fn root(&self) -> Value<'_, 'src> {
        Value {
            doc: self,
            index: 0,
        }
    }

    pub(crate) fn value(&self, index: u32) -> Value<'_, 'src> {
        Value { doc: self, index }
    }

    /// Returns the number of values in the document, containers included.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Returns the parent and sibling position of every node, from which pointers are built.
    pub(crate) fn ancestry(&self) -> Ancestry {
        let mut parent = vec![NONE; self.nodes.len()];
        let mut position = vec![0; self.nodes.len()];
        for index in 0..self.nodes.len() as u32 {
            for (count, child) in self.value(index).children().enumerate() {
                parent[child.index as usize] = index;
                position[child.index as usize] = count as u32;
            }
        }
        Ancestry { parent, position }
    }

    /// Builds the RFC 6901 pointer of a node.
    #[cfg(test)]
    pub(crate) fn pointer_of(&self, target: u32) -> String {
        self.ancestry().pointer_of(self, target)
    }
}

/// The parent and the position among its siblings of every node of a document. It is built in
/// one pass, so that each pointer then costs the depth of its node: a search from the root for
/// each of many diagnostics, such as 100,000 duplicate keys, would take quadratic time.
#[derive(Debug, Clone)]
pub(crate) struct Ancestry {
    parent: Vec<u32>,
    position: Vec<u32>,
}

impl Ancestry {
    /// Builds the RFC 6901 pointer of a node.
    pub(crate) fn pointer_of(&self, document: &Document<'_>, target: u32) -> String {
        let mut chain = Vec::new();
        let mut index = target;
        while index != 0 && index != NONE {
            chain.push(index);
            index = self.parent[index as usize];
        }
        let mut pointer = String::new();
        for &node in chain.iter().rev() {
            pointer.push('/');
            match document.value(node).key() {
                Some(key) => push_pointer_segment(&mut pointer, &key),
                None => pointer.push_str(&self.position[node as usize].to_string()),
            }
        }
        pointer
    }

    /// Returns the pointer of the innermost value whose span contains a byte offset, or `""`.
    pub(crate) fn pointer_at(&self, document: &Document<'_>, offset: u32) -> String {
        // Nodes are in document order, so the innermost value that contains the offset is the
        // last node that starts at or before it, or one of that node's ancestors.
        let starts_before = document
            .nodes
            .partition_point(|node| node.span.start <= offset);
        let mut index = match starts_before.checked_sub(1) {
            Some(last) => last as u32,
            None => return String::new(),
        };
        while index != NONE {
            let span = document.nodes[index as usize].span;
            if span.start <= offset && offset < span.end {
                return self.pointer_of(document, index);
            }
            index = self.parent[index as usize];
        }
        String::new()
    }
}

/// Appends a pointer segment with `~` and `/` escaped as RFC 6901 requires.
pub(crate) fn push_pointer_segment(pointer: &mut String, segment: &str) {
    if !segment.contains(['~', '/']) {
        pointer.push_str(segment);
        return;
    }
    for character in segment.chars() {
        match character {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            other => pointer.push(other),
        }
    }
}

/// A handle to one value of a [`Document`].
#[derive(Clone, Copy)]
pub struct Value<'doc, 'src> {
    doc: &'doc Document<'src>,
    index: u32,
}

impl std::fmt::Debug for Value<'_, '_> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Value")
            .field("kind", &self.kind())
            .field("span", &self.span())
            .finish()
    }
}

impl<'doc, 'src> Value<'doc, 'src> {
    fn node(&self) -> &'doc Node {
        &self.doc.nodes[self.index as usize]
    }

    pub(crate) fn index(&self) -> u32 {
        self.index
    }

    pub fn kind(&self) -> Kind {
        kind_of(self.doc.source.as_bytes()[self.node().span.start as usize])
    }

    fn is_container(&self) -> bool {
        matches!(self.kind(), Kind::Array | Kind::Object)
    }

    /// Returns the index one past the value's last descendant.
    fn subtree_end(&self) -> u32 {
        if self.is_container() {
            self.node().extra
        } else {
            self.index + 1
        }
    }

    /// Returns the byte range of the value, quotes and brackets included.
    pub fn span(&self) -> Span {
        self.node().span
    }

    /// Returns the byte range of the member's key, quotes included, when the value is in an object.
    pub fn key_span(&self) -> Option<Span> {
        let node = self.node();
        if node.key_start == NONE {
            return None;
        }
        // Between the key and its value there is only whitespace and one colon, so the key
        // ends at the last quote before the value.
        let bytes = self.doc.source.as_bytes();
        let mut end = node.span.start as usize;
        while end > 0 && bytes[end - 1] != b'"' {
            end -= 1;
        }
        Some(Span::new(node.key_start & !KEY_ESCAPED, end as u32))
    }

    /// Returns the decoded key when the value is an object member.
    pub fn key(&self) -> Option<Cow<'src, str>> {
        let (inner, escaped) = self.key_raw()?;
        Some(decode(inner, escaped))
    }

    /// Returns the key's text between its quotes, escapes not decoded, and whether it has
    /// escapes.
    pub(crate) fn key_raw(&self) -> Option<(&'src str, bool)> {
        let span = self.key_span()?;
        let inner = &self.doc.source[span.start as usize + 1..span.end as usize - 1];
        Some((inner, self.node().key_start & KEY_ESCAPED != 0))
    }

    /// Returns the source text of the value.
    pub fn raw(&self) -> &'src str {
        &self.doc.source[self.span().range()]
    }

    /// Returns the decoded string when the value is a string.
    pub fn as_str(&self) -> Option<Cow<'src, str>> {
        if self.kind() != Kind::String {
            return None;
        }
        Some(decode(
            self.string_raw(),
            self.node().extra == VALUE_ESCAPED,
        ))
    }

    /// Returns the number of characters of a string after decoding, without decoding it.
    pub fn char_len(&self) -> Option<usize> {
        if self.kind() != Kind::String {
            return None;
        }
        let raw = self.string_raw();
        let plain_chars = |text: &str| {
            if text.is_ascii() {
                text.len()
            } else {
                text.chars().count()
            }
        };
        if self.node().extra != VALUE_ESCAPED {
            return Some(plain_chars(raw));
        }
        // Count the raw characters, then take off what each escape adds beyond its one
        // decoded character: `\n` adds one, `\u00e9` five, a surrogate pair eleven.
        let bytes = raw.as_bytes();
        let mut count = plain_chars(raw);
        let mut position = 0;
        while let Some(offset) = bytes[position..].iter().position(|&byte| byte == b'\\') {
            let at = position + offset;
            let is_unicode = bytes.get(at + 1) == Some(&b'u');
            let is_pair = is_unicode
                && matches!(bytes.get(at + 2), Some(b'd' | b'D'))
                && matches!(
                    bytes.get(at + 3),
                    Some(b'8' | b'9' | b'a' | b'b' | b'A' | b'B')
                );
            let consumed = if is_pair {
                12
            } else if is_unicode {
                6
            } else {
                2
            };
            count -= consumed - 1;
            position = (at + consumed).min(bytes.len());
        }
        Some(count)
    }

    /// Returns the string's source text between its quotes, escapes not decoded.
    pub(crate) fn string_raw(&self) -> &'src str {
        let span = self.span();
        &self.doc.source[span.start as usize + 1..span.end as usize - 1]
    }

    /// Returns the byte range between a string's quotes.
    pub(crate) fn string_content_span(&self) -> Span {
        let span = self.span();
        Span::new(span.start + 1, span.end - 1)
    }

    pub fn as_bool(&self) -> Option<bool> {
        (self.kind() == Kind::Bool).then(|| self.raw() == "true")
    }

    /// Returns the number as an `i64` when it is an integer in range, written without fraction or
    /// exponent.
    pub fn as_i64(&self) -> Option<i64> {
        if self.kind() != Kind::Number {
            return None;
        }
        self.raw().parse().ok()
    }

    /// Returns true when the number has no fractional part, whatever its notation (`2`, `2.0`, `2e0`).
    pub fn is_integral_number(&self) -> bool {
        self.kind() == Kind::Number
            && self
                .raw()
                .parse::<f64>()
                .is_ok_and(|number| number.is_finite() && number.fract() == 0.0)
    }

    /// Returns the number of elements or members of a container. It walks them, so it takes
    /// time linear in their number.
    pub fn len(&self) -> usize {
        self.children().count()
    }

    pub fn is_empty(&self) -> bool {
        self.children().next().is_none()
    }

    /// Iterates over the elements of an array or the values of an object's members.
    pub fn children(&self) -> Children<'doc, 'src> {
        let end = if self.is_container() {
            self.node().extra
        } else {
            self.index + 1
        };
        Children {
            doc: self.doc,
            next: self.index + 1,
            end,
        }
    }

    /// Iterates over an object's members in document order, duplicates included.
    pub fn members(&self) -> impl Iterator<Item = Member<'doc, 'src>> + 'doc {
        let is_object = self.kind() == Kind::Object;
        self.children()
            .filter(move |_| is_object)
            .map(|value| Member {
                key: value.key().unwrap_or_default(),
                value,
            })
    }

    /// Returns the first member with the given key.
    pub fn get(&self, key: &str) -> Option<Value<'doc, 'src>> {
        self.members()
            .find(|member| member.key == key)
            .map(|member| member.value)
    }

    /// Converts the value into a `serde_json::Value`. A duplicate key keeps its last value, as
    /// `serde_json` does.
    pub fn to_json(&self) -> serde_json::Value {
        match self.kind() {
            Kind::Null => serde_json::Value::Null,
            Kind::Bool => serde_json::Value::Bool(self.raw() == "true"),
            Kind::Number => number_to_json(self.raw()),
            Kind::String => {
                serde_json::Value::String(self.as_str().unwrap_or_default().into_owned())
            }
            Kind::Array => serde_json::Value::Array(self.children().map(|v| v.to_json()).collect()),
            Kind::Object => serde_json::Value::Object(
                self.members()
                    .map(|member| (member.key.into_owned(), member.value.to_json()))
                    .collect(),
            ),
        }
    }
}

/// Converts a number's text as serde_json does, but rounds a float correctly. serde_json's own
/// float parser (without its `float_roundtrip` feature) can be one unit in the last place off,
/// so a float such as a 56-digit integer would change on its way through the typed model and
/// back. A number out of the range of `f64` becomes null.
fn number_to_json(raw: &str) -> serde_json::Value {
    match serde_json::from_str::<serde_json::Value>(raw) {
        Ok(serde_json::Value::Number(number)) if number.is_f64() => raw
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Ok(value) => value,
        Err(_) => serde_json::Value::Null,
    }
}

fn decode(inner: &str, escaped: bool) -> Cow<'_, str> {
    if escaped {
        Cow::Owned(unescape(inner))
    } else {
        Cow::Borrowed(inner)
    }
}

/// An object member: its decoded key and its value.
#[derive(Debug, Clone)]
pub struct Member<'doc, 'src> {
    pub key: Cow<'src, str>,
    pub value: Value<'doc, 'src>,
}

/// Iterator over the children of a container.
#[derive(Debug, Clone)]
pub struct Children<'doc, 'src> {
    doc: &'doc Document<'src>,
    next: u32,
    /// The index one past the container's last descendant.
    end: u32,
}

impl<'doc, 'src> Iterator for Children<'doc, 'src> {
    type Item = Value<'doc, 'src>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        let value = self.doc.value(self.next);
        self.next = value.subtree_end();
        Some(value)
    }
}

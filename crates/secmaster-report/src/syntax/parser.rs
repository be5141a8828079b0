//! An iterative JSON parser (RFC 8259) that records spans.

use super::tree::{kind_of, Document, Kind, Node, Span, KEY_ESCAPED, NONE, VALUE_ESCAPED};
use super::unescape::hex4;

/// Limits that keep hostile input from exhausting memory or time. Each one reached is an
/// `input-limit` diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Maximum size of one document in bytes: a body, and also a whole HTTP request file or
    /// curl command. A real request body is a few kilobytes. Whatever the limit, a JSON
    /// document of 2 GiB or more is reported as too large, because offsets are 31-bit.
    pub max_input_bytes: usize,
    /// Maximum nesting of arrays and objects. The request body nests four levels deep.
    pub max_depth: usize,
    /// Maximum number of diagnostics reported for one document, HTTP request file or curl
    /// command. The rest are counted and reported as one `input-limit` diagnostic.
    pub max_diagnostics: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_input_bytes: 4 * 1024 * 1024,
            max_depth: 128,
            max_diagnostics: 1000,
        }
    }
}

/// What is wrong with a document that is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    InvalidUtf8,
    Empty,
    UnexpectedEnd,
    UnexpectedCharacter(char),
    ExpectedValue,
    ExpectedKey,
    ExpectedColon,
    ExpectedCommaOrEnd,
    TrailingComma,
    InvalidEscape,
    LoneSurrogate,
    ControlCharacter,
    InvalidNumber,
    TrailingCharacters,
    TooDeep,
    TooLarge,
}

impl SyntaxErrorKind {
    /// Returns the catalogue key of the message that describes the error.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyntaxErrorKind::InvalidUtf8 => "syntax.invalid-utf8",
            SyntaxErrorKind::Empty => "syntax.empty",
            SyntaxErrorKind::UnexpectedEnd => "syntax.unexpected-end",
            SyntaxErrorKind::UnexpectedCharacter(_) => "syntax.unexpected-character",
            SyntaxErrorKind::ExpectedValue => "syntax.expected-value",
            SyntaxErrorKind::ExpectedKey => "syntax.expected-key",
            SyntaxErrorKind::ExpectedColon => "syntax.expected-colon",
            SyntaxErrorKind::ExpectedCommaOrEnd => "syntax.expected-comma-or-end",
            SyntaxErrorKind::TrailingComma => "syntax.trailing-comma",
            SyntaxErrorKind::InvalidEscape => "syntax.invalid-escape",
            SyntaxErrorKind::LoneSurrogate => "syntax.lone-surrogate",
            SyntaxErrorKind::ControlCharacter => "syntax.control-character",
            SyntaxErrorKind::InvalidNumber => "syntax.invalid-number",
            SyntaxErrorKind::TrailingCharacters => "syntax.trailing-characters",
            SyntaxErrorKind::TooDeep => "limit.depth",
            SyntaxErrorKind::TooLarge => "limit.size",
        }
    }
}

/// The first syntax error of a document, at a byte range of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub span: Span,
}

/// Parses JSON text into a [`Document`]. A leading byte order mark is skipped, and spans stay
/// offsets into `source`, so they point at the same characters as the caller's text.
pub fn parse<'src>(source: &'src str, limits: &Limits) -> Result<Document<'src>, SyntaxError> {
    if source.len() > limits.max_input_bytes {
        return Err(SyntaxError {
            kind: SyntaxErrorKind::TooLarge,
            span: Span::new(0, 0),
        });
    }
    // Offsets are `u32`, and a key's offset keeps its top bit for `KEY_ESCAPED`.
    if source.len() > KEY_ESCAPED as usize - 1 {
        return Err(SyntaxError {
            kind: SyntaxErrorKind::TooLarge,
            span: Span::new(0, 0),
        });
    }
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    let mut parser = Parser {
        bytes: source.as_bytes(),
        source,
        position: start,
        // A compact body has about one node per 20 bytes.
        nodes: Vec::with_capacity(source.len() / 20 + 4),
        open: NONE,
        depth: 0,
        max_depth: limits.max_depth,
    };
    parser.parse_document()?;
    Ok(Document {
        source,
        nodes: parser.nodes,
    })
}

struct Parser<'src> {
    bytes: &'src [u8],
    source: &'src str,
    position: usize,
    nodes: Vec<Node>,
    /// The innermost container that is open, or `NONE`. Each open container's `extra` is the
    /// index of the one that encloses it, so the open containers need no stack of their own.
    open: u32,
    depth: usize,
    max_depth: usize,
}

impl Parser<'_> {
    fn error<T>(&self, kind: SyntaxErrorKind, start: usize, end: usize) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            kind,
            span: Span::new(start as u32, end as u32),
        })
    }

    /// Reports the character at the current position as unexpected, or the end of input.
    fn unexpected<T>(&self, expected: SyntaxErrorKind) -> Result<T, SyntaxError> {
        match self.source[self.position..].chars().next() {
            None => self.error(SyntaxErrorKind::UnexpectedEnd, self.position, self.position),
            Some(character) => {
                let end = self.position + character.len_utf8();
                if matches!(expected, SyntaxErrorKind::ExpectedValue)
                    && !matches!(character, ']' | '}' | ',' | ':')
                {
                    self.error(
                        SyntaxErrorKind::UnexpectedCharacter(character),
                        self.position,
                        end,
                    )
                } else {
                    self.error(expected, self.position, end)
                }
            }
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.position) {
            self.position += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn push_node(&mut self, span: Span, key_start: u32, extra: u32) -> u32 {
        let index = self.nodes.len() as u32;
        self.nodes.push(Node {
            span,
            key_start,
            extra,
        });
        index
    }

    fn parse_document(&mut self) -> Result<(), SyntaxError> {
        self.skip_whitespace();
        if self.position >= self.bytes.len() {
            return self.error(SyntaxErrorKind::Empty, 0, 0);
        }
        let mut key = NONE;
        loop {
            // Parse one value, then climb out of every container it completes.
            let mut completed = self.parse_value(key)?;
            loop {
                if !completed {
                    // The value opened a container: parse its first member or element. An
                    // element has no key, not even the key of the array that contains it.
                    self.skip_whitespace();
                    key = if self.is_object_open() {
                        self.parse_key()?
                    } else {
                        NONE
                    };
                    break;
                }
                if self.open == NONE {
                    self.skip_whitespace();
                    if self.position < self.bytes.len() {
                        let end = self.bytes.len();
                        return self.error(SyntaxErrorKind::TrailingCharacters, self.position, end);
                    }
                    return Ok(());
                }
                let is_object = self.is_object_open();
                let close = if is_object { b'}' } else { b']' };
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => {
                        let comma = self.position;
                        self.position += 1;
                        self.skip_whitespace();
                        if self.peek() == Some(close) {
                            return self.error(SyntaxErrorKind::TrailingComma, comma, comma + 1);
                        }
                        key = if is_object { self.parse_key()? } else { NONE };
                        break;
                    }
                    Some(byte) if byte == close => {
                        self.position += 1;
                        self.close_container();
                        completed = true;
                    }
                    _ => return self.unexpected(SyntaxErrorKind::ExpectedCommaOrEnd),
                }
            }
        }
    }

    fn is_object_open(&self) -> bool {
        self.open != NONE && {
            let start = self.nodes[self.open as usize].span.start;
            kind_of(self.bytes[start as usize]) == Kind::Object
        }
    }

    fn open_container(&mut self, start: usize, key: u32) {
        let index = self.push_node(Span::new(start as u32, 0), key, self.open);
        self.open = index;
        self.depth += 1;
        self.position += 1;
    }

    /// Closes the innermost open container, whose closing bracket ends before the position.
    fn close_container(&mut self) {
        let end = self.nodes.len() as u32;
        let node = &mut self.nodes[self.open as usize];
        node.span.end = self.position as u32;
        self.open = std::mem::replace(&mut node.extra, end);
        self.depth -= 1;
    }

    /// Parses `"key" :` and returns the offset of the key's opening quote, with [`KEY_ESCAPED`]
    /// when the key has escapes.
    fn parse_key(&mut self) -> Result<u32, SyntaxError> {
        if self.peek() != Some(b'"') {
            return self.unexpected(SyntaxErrorKind::ExpectedKey);
        }
        let start = self.position;
        let escaped = self.scan_string()?;
        self.skip_whitespace();
        if self.peek() != Some(b':') {
            return self.unexpected(SyntaxErrorKind::ExpectedColon);
        }
        self.position += 1;
        Ok(start as u32 | if escaped { KEY_ESCAPED } else { 0 })
    }

    /// Parses one value. Returns false when the value opened a non-empty container, whose members
    /// the caller parses next.
    fn parse_value(&mut self, key: u32) -> Result<bool, SyntaxError> {
        self.skip_whitespace();
        let start = self.position;
        let Some(byte) = self.peek() else {
            return self.error(SyntaxErrorKind::UnexpectedEnd, start, start);
        };
        match byte {
            b'{' | b'[' => {
                if self.depth >= self.max_depth {
                    return self.error(SyntaxErrorKind::TooDeep, start, start + 1);
                }
                let close = if byte == b'{' { b'}' } else { b']' };
                self.open_container(start, key);
                self.skip_whitespace();
                if self.peek() == Some(close) {
                    self.position += 1;
                    self.close_container();
                    return Ok(true);
                }
                Ok(false)
            }
            b'"' => {
                let escaped = self.scan_string()?;
                let span = Span::new(start as u32, self.position as u32);
                self.push_node(span, key, if escaped { VALUE_ESCAPED } else { 0 });
                Ok(true)
            }
            b'-' | b'0'..=b'9' => {
                self.scan_number()?;
                let span = Span::new(start as u32, self.position as u32);
                self.push_node(span, key, 0);
                Ok(true)
            }
            b't' | b'f' | b'n' => {
                let literal: &[u8] = match byte {
                    b't' => b"true",
                    b'f' => b"false",
                    _ => b"null",
                };
                if !self.bytes[start..].starts_with(literal) {
                    return self.unexpected(SyntaxErrorKind::ExpectedValue);
                }
                self.position += literal.len();
                let span = Span::new(start as u32, self.position as u32);
                self.push_node(span, key, 0);
                Ok(true)
            }
            _ => self.unexpected(SyntaxErrorKind::ExpectedValue),
        }
    }

    /// Scans a string starting at its opening quote and returns whether it contains escapes.
    fn scan_string(&mut self) -> Result<bool, SyntaxError> {
        let start = self.position;
        self.position += 1;
        let mut escaped = false;
        loop {
            self.position = skip_plain_string_bytes(self.bytes, self.position);
            match self.peek() {
                None => return self.error(SyntaxErrorKind::UnexpectedEnd, start, self.position),
                Some(b'"') => {
                    self.position += 1;
                    return Ok(escaped);
                }
                Some(b'\\') => {
                    escaped = true;
                    // The two-byte escapes, by far the most common, are skipped here.
                    match self.bytes.get(self.position + 1) {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.position += 2;
                        }
                        _ => self.scan_escape()?,
                    }
                }
                Some(_) => {
                    let at = self.position;
                    return self.error(SyntaxErrorKind::ControlCharacter, at, at + 1);
                }
            }
        }
    }

    fn scan_escape(&mut self) -> Result<(), SyntaxError> {
        let start = self.position;
        match self.bytes.get(start + 1) {
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                self.position += 2;
                Ok(())
            }
            Some(b'u') => {
                let Some(code) = hex4(self.source, start + 2) else {
                    // The span ends on a character boundary, after a character it would cut.
                    let mut end = (start + 6).min(self.bytes.len());
                    while !self.source.is_char_boundary(end) {
                        end += 1;
                    }
                    return self.error(SyntaxErrorKind::InvalidEscape, start, end);
                };
                self.position += 6;
                if (0xDC00..0xE000).contains(&code) {
                    return self.error(SyntaxErrorKind::LoneSurrogate, start, start + 6);
                }
                if (0xD800..0xDC00).contains(&code) {
                    let low = (self.source.get(start + 6..start + 8) == Some("\\u"))
                        .then(|| hex4(self.source, start + 8))
                        .flatten();
                    match low {
                        Some(low) if (0xDC00..0xE000).contains(&low) => self.position += 6,
                        _ => return self.error(SyntaxErrorKind::LoneSurrogate, start, start + 6),
                    }
                }
                Ok(())
            }
            Some(_) => {
                let character_len = self.source[start + 1..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                self.error(
                    SyntaxErrorKind::InvalidEscape,
                    start,
                    start + 1 + character_len,
                )
            }
            None => self.error(SyntaxErrorKind::UnexpectedEnd, start, start + 1),
        }
    }

    fn scan_digits(&mut self) -> usize {
        let start = self.position;
        while let Some(b'0'..=b'9') = self.peek() {
            self.position += 1;
        }
        self.position - start
    }

    fn scan_number(&mut self) -> Result<(), SyntaxError> {
        let start = self.position;
        if self.peek() == Some(b'-') {
            self.position += 1;
        }
        let integer_start = self.position;
        let integer_digits = self.scan_digits();
        let leading_zero = integer_digits > 1 && self.bytes[integer_start] == b'0';
        if integer_digits == 0 || leading_zero {
            return self.invalid_number(start);
        }
        if self.peek() == Some(b'.') {
            self.position += 1;
            if self.scan_digits() == 0 {
                return self.invalid_number(start);
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.position += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.position += 1;
            }
            if self.scan_digits() == 0 {
                return self.invalid_number(start);
            }
        }
        Ok(())
    }

    fn invalid_number<T>(&mut self, start: usize) -> Result<T, SyntaxError> {
        // Extend the span over the rest of the token so the underline covers what was written.
        while let Some(byte) = self.peek() {
            if matches!(byte, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                break;
            }
            self.position += 1;
        }
        let end = self.source[start..self.position]
            .char_indices()
            .next_back()
            .map_or(start + 1, |(offset, character)| {
                start + offset + character.len_utf8()
            });
        self.error(SyntaxErrorKind::InvalidNumber, start, end)
    }
}

/// Returns the offset of the first byte at or after `from` that ends a run of plain string
/// content: a quote, a backslash or a control character. Eight bytes are tested at a time (SWAR),
/// which makes the scan of long strings about four times faster than a byte loop.
fn skip_plain_string_bytes(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut position = from;
    while let Some(chunk) = bytes.get(position..position + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let quote = has_zero(word ^ (ONES * u64::from(b'"')));
        let backslash = has_zero(word ^ (ONES * u64::from(b'\\')));
        // A byte below 0x20 has its top three bits clear.
        let control = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
        if quote | backslash | control != 0 {
            break;
        }
        position += 8;
    }
    while let Some(&byte) = bytes.get(position) {
        if ENDS_PLAIN_RUN[usize::from(byte)] {
            break;
        }
        position += 1;
    }
    position
}

/// The bytes that end a run of plain string content: a quote, a backslash and the control
/// characters below 0x20. A table lookup is one load where three comparisons were three
/// branches, in the byte loop that finishes each string.
static ENDS_PLAIN_RUN: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_default(text: &str) -> Result<Document<'_>, SyntaxError> {
        parse(text, &Limits::default())
    }

    #[test]
    fn parse_records_spans_of_keys_and_values() {
        let text = r#"{ "a" : [1, "x"], "b": {"c": null} }"#;
        let document = parse_default(text).unwrap();
        let root = document.root();
        assert_eq!(root.kind(), Kind::Object);
        assert_eq!(root.span(), Span::new(0, text.len() as u32));
        let a = root.get("a").unwrap();
        assert_eq!(a.raw(), r#"[1, "x"]"#);
        assert_eq!(&text[a.key_span().unwrap().range()], "\"a\"");
        let elements: Vec<_> = a.children().map(|value| value.raw()).collect();
        assert_eq!(elements, ["1", "\"x\""]);
        assert_eq!(root.get("b").unwrap().get("c").unwrap().kind(), Kind::Null);
    }

    #[test]
    fn skip_plain_string_bytes_stops_at_special_bytes() {
        let text = "abcdefghijklmnopqrstuvwxyz\u{e9}\u{4e2d}0123456789";
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}"] {
            for at in 0..text.len() {
                if !text.is_char_boundary(at) {
                    continue;
                }
                let probe = format!("{}{special}{}", &text[..at], &text[at..]);
                assert_eq!(
                    skip_plain_string_bytes(probe.as_bytes(), 0),
                    at,
                    "{probe:?}"
                );
            }
        }
        assert_eq!(skip_plain_string_bytes(text.as_bytes(), 0), text.len());
    }

    #[test]
    fn char_len_counts_decoded_characters() {
        let document =
            parse_default(r#"["a\"b", "\u00e9x", "\ud83d\ude00", "中文", "plain"]"#).unwrap();
        for value in document.root().children() {
            let decoded = value.as_str().unwrap();
            assert_eq!(
                value.char_len(),
                Some(decoded.chars().count()),
                "{}",
                value.raw()
            );
        }
    }

    #[test]
    fn array_elements_have_no_key() {
        let document = parse_default(r#"{"a":[1,[2]],"b":{"c":[{"d":3}]}}"#).unwrap();
        let a = document.root().get("a").unwrap();
        for element in a.children() {
            assert_eq!(element.key_span(), None, "{}", element.raw());
        }
        let inner = a.children().nth(1).unwrap().children().next().unwrap();
        assert_eq!(inner.key_span(), None);
        let c = document.root().get("b").unwrap().get("c").unwrap();
        let d = c.children().next().unwrap().get("d").unwrap();
        assert_eq!(document.pointer_of(d.index()), "/b/c/0/d");
    }

    #[test]
    fn invalid_escape_span_ends_on_character_boundary() {
        let text = "\"\\u12\u{4e2d}\"";
        let error = parse_default(text).unwrap_err();
        assert_eq!(error.kind, SyntaxErrorKind::InvalidEscape);
        assert_eq!(&text[error.span.range()], "\\u12\u{4e2d}");
    }

    #[test]
    fn parse_keeps_duplicate_keys() {
        let document = parse_default(r#"{"a":1,"a":2}"#).unwrap();
        let keys: Vec<_> = document.root().members().map(|m| m.value.raw()).collect();
        assert_eq!(keys, ["1", "2"]);
    }

    #[test]
    fn parse_accepts_byte_order_mark() {
        let text = "\u{feff}{\"a\":1}";
        let document = parse_default(text).unwrap();
        assert_eq!(document.root().span(), Span::new(3, text.len() as u32));
    }

    #[test]
    fn parse_rejects_malformed_input() {
        let cases = [
            ("", SyntaxErrorKind::Empty),
            ("{", SyntaxErrorKind::UnexpectedEnd),
            ("[1,]", SyntaxErrorKind::TrailingComma),
            ("{\"a\" 1}", SyntaxErrorKind::ExpectedColon),
            ("{1:2}", SyntaxErrorKind::ExpectedKey),
            ("[1 2]", SyntaxErrorKind::ExpectedCommaOrEnd),
            ("01", SyntaxErrorKind::InvalidNumber),
            ("-", SyntaxErrorKind::InvalidNumber),
            ("1.", SyntaxErrorKind::InvalidNumber),
            ("\"\\x\"", SyntaxErrorKind::InvalidEscape),
            ("\"\\ud800\"", SyntaxErrorKind::LoneSurrogate),
            ("\"\\udc00\"", SyntaxErrorKind::LoneSurrogate),
            ("\"a\u{0}\"", SyntaxErrorKind::ControlCharacter),
            ("{} x", SyntaxErrorKind::TrailingCharacters),
            ("tru", SyntaxErrorKind::UnexpectedCharacter('t')),
            ("@", SyntaxErrorKind::UnexpectedCharacter('@')),
        ];
        for (text, expected) in cases {
            let error = parse_default(text).unwrap_err();
            assert_eq!(error.kind, expected, "input {text:?}");
        }
    }

    #[test]
    fn parse_accepts_surrogate_pairs_and_numbers() {
        let document = parse_default(r#"["\ud83d\ude00", -0, 1e400, 0.5E-3]"#).unwrap();
        let values: Vec<_> = document.root().children().map(|v| v.raw()).collect();
        assert_eq!(values[1..], ["-0", "1e400", "0.5E-3"]);
        assert_eq!(
            document.root().children().next().unwrap().as_str().unwrap(),
            "😀"
        );
    }

    #[test]
    fn parse_stops_at_depth_limit_without_recursion() {
        let text = "[".repeat(100_000);
        let error = parse_default(&text).unwrap_err();
        assert_eq!(error.kind, SyntaxErrorKind::TooDeep);
        assert_eq!(error.span, Span::new(128, 129));
    }

    #[test]
    fn parse_rejects_input_over_size_limit() {
        let limits = Limits {
            max_input_bytes: 4,
            ..Limits::default()
        };
        assert_eq!(
            parse("[1,2]", &limits).unwrap_err().kind,
            SyntaxErrorKind::TooLarge
        );
    }

    #[test]
    fn nodes_stay_small() {
        // The memory budget of docs/reliability.md rests on this size.
        assert_eq!(std::mem::size_of::<crate::syntax::tree::Node>(), 16);
    }

    #[test]
    fn pointer_of_escapes_segments() {
        let document = parse_default(r#"{"a/b":[0,{"~":1}]}"#).unwrap();
        let target = document
            .root()
            .get("a/b")
            .unwrap()
            .children()
            .nth(1)
            .unwrap();
        let inner = target.get("~").unwrap();
        assert_eq!(document.pointer_of(inner.index()), "/a~1b/1/~0");
    }
}

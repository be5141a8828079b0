//! Decoding of JSON string escapes, and the mapping from decoded offsets back to source offsets
//! that nested documents (`binding_wizard`) need.

/// Decodes the text between a string's quotes. The parser has already checked every escape, so
/// an escape that is still invalid here decodes to U+FFFD instead of failing.
pub(crate) fn unescape(inner: &str) -> String {
    let mut decoded = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(backslash) = rest.as_bytes().iter().position(|&byte| byte == b'\\') {
        decoded.push_str(&rest[..backslash]);
        let (character, consumed) = decode_escape(&rest[backslash..]);
        decoded.push(character);
        rest = &rest[backslash + consumed..];
    }
    decoded.push_str(rest);
    decoded
}

/// Decodes one escape sequence at the start of `text` and returns the character and the number of
/// source bytes it took.
fn decode_escape(text: &str) -> (char, usize) {
    let bytes = text.as_bytes();
    let simple = match bytes.get(1) {
        Some(b'"') => '"',
        Some(b'\\') => '\\',
        Some(b'/') => '/',
        Some(b'b') => '\u{8}',
        Some(b'f') => '\u{c}',
        Some(b'n') => '\n',
        Some(b'r') => '\r',
        Some(b't') => '\t',
        Some(b'u') => return decode_unicode_escape(text),
        _ => return (char::REPLACEMENT_CHARACTER, text.len().min(2)),
    };
    (simple, 2)
}

fn decode_unicode_escape(text: &str) -> (char, usize) {
    let Some(high) = hex4(text, 2) else {
        return (char::REPLACEMENT_CHARACTER, text.len().min(2));
    };
    if (0xD800..0xDC00).contains(&high) && text.get(6..8) == Some("\\u") {
        if let Some(low) = hex4(text, 8).filter(|low| (0xDC00..0xE000).contains(low)) {
            let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            return (
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
                12,
            );
        }
    }
    (
        char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER),
        6,
    )
}

pub(crate) fn hex4(text: &str, at: usize) -> Option<u32> {
    let digits = text.get(at..at + 4)?;
    if !digits.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Maps a byte offset in the decoded text of `inner` to the byte offset in `inner` itself. An
/// offset inside the decoding of an escape maps to the start of the escape, and the end of the
/// decoded text maps to the end of `inner`.
pub(crate) fn source_offset(inner: &str, decoded_offset: usize) -> usize {
    let bytes = inner.as_bytes();
    let mut decoded = 0;
    let mut source = 0;
    loop {
        // A run of plain text maps byte for byte.
        let run_end = bytes[source..]
            .iter()
            .position(|&byte| byte == b'\\')
            .map_or(bytes.len(), |offset| source + offset);
        if decoded + (run_end - source) >= decoded_offset {
            return source + (decoded_offset - decoded);
        }
        decoded += run_end - source;
        source = run_end;
        if source >= bytes.len() {
            return inner.len();
        }
        let (character, consumed) = decode_escape(&inner[source..]);
        let next_decoded = decoded + character.len_utf8();
        if next_decoded > decoded_offset {
            return source;
        }
        decoded = next_decoded;
        source += consumed;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescape_decodes_every_escape() {
        assert_eq!(unescape(r#"a\"b\\c\/d\n\t"#), "a\"b\\c/d\n\t");
        assert_eq!(unescape(r"\u00e9\ud83d\ude00"), "é😀");
    }

    #[test]
    fn source_offset_maps_through_escapes() {
        // Decoded: {"a":1}; source: {\"a\":1}
        let inner = r#"{\"a\":1}"#;
        assert_eq!(source_offset(inner, 0), 0);
        assert_eq!(source_offset(inner, 1), 1);
        assert_eq!(source_offset(inner, 2), 3);
        assert_eq!(source_offset(inner, 3), 4);
        assert_eq!(source_offset(inner, 6), inner.len() - 1);
        assert_eq!(source_offset(inner, 7), inner.len());
    }

    #[test]
    fn source_offset_maps_unicode_escapes() {
        let inner = r"x\u00e9y";
        assert_eq!(source_offset(inner, 1), 1);
        assert_eq!(source_offset(inner, 3), 7);
    }
}

//! Decoding of JSON string escapes, and the mapping from decoded offsets back to source offsets
//! that nested documents (`binding_wizard`) need.

/// Decodes the text between a string's quotes. The parser has already checked every escape, so
/// an escape that is still invalid here decodes to U+FFFD instead of failing.
pub(crate) fn unescape(inner: &str) -> String {
    let mut decoded = String::with_capacity(inner.len());
    let bytes = inner.as_bytes();
    let mut copied = 0;
    let mut position = 0;
    while let Some(offset) = bytes[position..].iter().position(|&byte| byte == b'\\') {
        let backslash = position + offset;
        decoded.push_str(&inner[copied..backslash]);
        // The two-byte escapes, by far the most common, are decoded here.
        let simple = match bytes.get(backslash + 1) {
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            Some(b'/') => Some('/'),
            Some(b'n') => Some('\n'),
            Some(b't') => Some('\t'),
            _ => None,
        };
        let consumed = match simple {
            Some(character) => {
                decoded.push(character);
                2
            }
            None => {
                let (character, consumed) = decode_escape(&inner[backslash..]);
                decoded.push(character);
                consumed
            }
        };
        position = backslash + consumed;
        copied = position;
    }
    decoded.push_str(&inner[copied..]);
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

/// Checkpoints in a string's text between its quotes, for mapping offsets in the decoded text
/// back to offsets in the text. A lookup finds the checkpoint before the offset by binary search
/// and scans on from there, so mapping each of thousands of diagnostics of a long nested
/// document does not scan the text from its start each time.
#[derive(Debug, Clone)]
pub(crate) struct EscapeMap {
    /// Pairs of a decoded offset and its source offset, both at the start of a character or
    /// escape, in increasing order. There is one every [`CHECKPOINT_ESCAPES`] escapes and at
    /// most [`CHECKPOINT_BYTES`] source bytes apart, so a lookup scans at most that much and the
    /// map takes a few bytes per 100 of the text.
    checkpoints: Vec<(u32, u32)>,
}

const CHECKPOINT_ESCAPES: usize = 64;
const CHECKPOINT_BYTES: usize = 4096;

impl EscapeMap {
    pub(crate) fn new(inner: &str) -> Self {
        let bytes = inner.as_bytes();
        let mut checkpoints = vec![(0, 0)];
        let mut source = 0;
        let mut decoded = 0;
        let mut escapes = 0;
        loop {
            let run_end = bytes[source..]
                .iter()
                .position(|&byte| byte == b'\\')
                .map_or(bytes.len(), |offset| source + offset);
            // Checkpoints inside a long run of plain text, which maps byte for byte.
            let last_source = checkpoints.last().map_or(0, |&(_, at)| at as usize);
            let mut next = last_source + CHECKPOINT_BYTES;
            while next < run_end {
                if next > source {
                    checkpoints.push(((decoded + next - source) as u32, next as u32));
                }
                next += CHECKPOINT_BYTES;
            }
            decoded += run_end - source;
            source = run_end;
            if source >= bytes.len() {
                break;
            }
            let (character, consumed) = decode_escape(&inner[source..]);
            decoded += character.len_utf8();
            source += consumed;
            escapes += 1;
            let last_source = checkpoints.last().map_or(0, |&(_, at)| at as usize);
            if escapes % CHECKPOINT_ESCAPES == 0 || source - last_source >= CHECKPOINT_BYTES {
                checkpoints.push((decoded as u32, source as u32));
            }
        }
        Self { checkpoints }
    }

    /// Maps a byte offset in the decoded text of `inner`, the text the map was built from, to
    /// the byte offset in `inner`, as [`source_offset`] does.
    pub(crate) fn source_offset(&self, inner: &str, decoded_offset: usize) -> usize {
        let after = self
            .checkpoints
            .partition_point(|&(decoded, _)| decoded as usize <= decoded_offset);
        let (decoded, source) = self.checkpoints[after.saturating_sub(1)];
        scan_to(inner, decoded as usize, source as usize, decoded_offset)
    }
}

/// Maps a byte offset in the decoded text of `inner` to the byte offset in `inner` itself. An
/// offset inside the decoding of an escape maps to the start of the escape, and the end of the
/// decoded text maps to the end of `inner`.
#[cfg(test)]
pub(crate) fn source_offset(inner: &str, decoded_offset: usize) -> usize {
    scan_to(inner, 0, 0, decoded_offset)
}

/// Scans `inner` from source offset `source`, whose decoded offset is `decoded` (at most
/// `decoded_offset`), to the source offset of `decoded_offset`. Plain text maps byte for byte,
/// so the scan looks for escapes only up to where the offset would be without them.
fn scan_to(inner: &str, mut decoded: usize, mut source: usize, decoded_offset: usize) -> usize {
    let bytes = inner.as_bytes();
    loop {
        let wanted = decoded_offset - decoded;
        let window_end = source.saturating_add(wanted).min(bytes.len());
        let Some(offset) = bytes[source..window_end]
            .iter()
            .position(|&byte| byte == b'\\')
        else {
            return (source + wanted).min(inner.len());
        };
        decoded += offset;
        source += offset;
        let (character, consumed) = decode_escape(&inner[source..]);
        let next_decoded = decoded + character.len_utf8();
        if next_decoded > decoded_offset {
            // Inside the decoding of the escape: its start.
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

    /// Maps an offset as the first version did, by a scan from the start of the text.
    fn reference_source_offset(inner: &str, decoded_offset: usize) -> usize {
        let bytes = inner.as_bytes();
        let mut decoded = 0;
        let mut source = 0;
        loop {
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

    #[test]
    fn escape_map_agrees_with_reference() {
        let mut texts: Vec<String> = [
            "",
            "plain",
            r#"{\"a\":1}"#,
            r"x\u00e9y\n\\z",
            r"\ud83d\ude00\u4e2d end",
            r"\\\\",
            r"trailing\",
            "\u{4e2d}\\t\u{1f600}",
        ]
        .map(str::to_owned)
        .to_vec();
        // Past the checkpoint intervals: many escapes, and long runs of plain text.
        texts.push(r#"\"a\":\u00e9,"#.repeat(300));
        texts.push(format!(
            "{}\\n{}\\u4e2d",
            "中".repeat(1500),
            "x".repeat(5000)
        ));
        for inner in &texts {
            let map = EscapeMap::new(inner);
            let decoded_len = unescape(inner).len();
            for offset in 0..=decoded_len + 2 {
                let expected = reference_source_offset(inner, offset);
                let mapped = map.source_offset(inner, offset);
                assert_eq!(mapped, expected, "{inner:.40?} at {offset}");
                assert_eq!(
                    source_offset(inner, offset),
                    expected,
                    "{inner:.40?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn source_offset_maps_unicode_escapes() {
        let inner = r"x\u00e9y";
        assert_eq!(source_offset(inner, 1), 1);
        assert_eq!(source_offset(inner, 3), 7);
    }
}

//! The diagnostics in the shape the JavaScript API returns: messages rendered in one locale, and spans as UTF-16
//! offsets so that `text.slice(start, end)` gives the text at fault.

use secmaster_report::{Diagnostic, Locale, Report, Severity};
use serde::Serialize;

/// One diagnostic in the shape of the npm package's `Diagnostic` type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsDiagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// RFC 6901 pointer into the body; `""` for the whole document. Pointers outside the body
    /// start with `#/`: `#/method`, `#/url`, `#/path/…` and `#/headers/…`.
    pub pointer: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// 1-based line of the span's start.
    pub line: u32,
    /// 1-based column of the span's start, in Unicode scalar values.
    pub column: u32,
    pub end_line: u32,
    /// 1-based column one past the span's last character, in Unicode scalar values.
    pub end_column: u32,
    /// Start of the span in UTF-16 code units.
    pub start: u32,
    /// End of the span in UTF-16 code units, exclusive.
    pub end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<JsFix>,
}

/// A replacement of `text.slice(start, end)`, with UTF-16 offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsFix {
    pub start: u32,
    pub end: u32,
    pub replacement: String,
}

/// Converts a report on `source` into JavaScript diagnostics with messages in `locale`.
pub fn convert(source: &str, report: Report, locale: Locale) -> Vec<JsDiagnostic> {
    if report.diagnostics.is_empty() {
        return Vec::new();
    }

    let mut offsets = Utf16Offsets::new(source);
    report
        .diagnostics
        .into_iter()
        .map(|diagnostic| convert_one(&mut offsets, diagnostic, locale))
        .collect()
}

/// Converts one diagnostic whose span is a range of the text of `offsets`.
pub(crate) fn convert_one(
    offsets: &mut Utf16Offsets<'_>,
    diagnostic: Diagnostic,
    locale: Locale,
) -> JsDiagnostic {
    let message = diagnostic.render_message(locale);
    let help = diagnostic.render_help(locale);
    let start = offsets.convert(diagnostic.span.start);
    let end = offsets.convert(diagnostic.span.end);
    let fix = diagnostic.fix.map(|fix| JsFix {
        start: offsets.convert(fix.span.start),
        end: offsets.convert(fix.span.end),
        replacement: fix.replacement,
    });

    JsDiagnostic {
        code: diagnostic.code,
        name: diagnostic.name,
        severity: diagnostic.severity,
        pointer: diagnostic.pointer,
        message,
        help,
        line: diagnostic.start.line,
        column: diagnostic.start.column,
        end_line: diagnostic.end.line,
        end_column: diagnostic.end.column,
        start,
        end,
        fix,
    }
}

/// The number of `u32` words that [`encode`] writes for each diagnostic.
pub const WORDS_PER_DIAGNOSTIC: usize = 16;

/// Encodes diagnostics into the bytes that `decodeDiagnostics` in `pkg/src/api.js` turns into
/// objects.
///
/// Building the objects in JavaScript from one buffer took about a quarter of the time of
/// serde-wasm-bindgen on the ten-problem benchmark document, because serde-wasm-bindgen decodes
/// every key and string on its own. The layout, in little-endian `u32` words followed by UTF-8
/// text:
///
/// - word 0: the number of diagnostics, `n`.
/// - `n` records of [`WORDS_PER_DIAGNOSTIC`] words each. A record starts with `line`, `column`,
///   `endLine`, `endColumn`, `start`, `end` and the flags (1 for a `help`, 2 for a `fix`). Then
///   come the fix's `start` and `end` (0 without a fix) and the lengths in UTF-16 code units of
///   the seven strings below.
/// - the text: for each diagnostic, `code`, `name`, `severity`, `pointer`, `message`, `help` and
///   the fix's `replacement`, one after the other. A missing `help` or fix has an empty string.
pub fn encode(diagnostics: &[JsDiagnostic]) -> Vec<u8> {
    let mut words = Vec::with_capacity(1 + WORDS_PER_DIAGNOSTIC * diagnostics.len());
    let mut text_bytes = 0;
    words.push(diagnostics.len() as u32);
    for diagnostic in diagnostics {
        let flags =
            u32::from(diagnostic.help.is_some()) | (u32::from(diagnostic.fix.is_some()) << 1);
        let (fix_start, fix_end) = diagnostic
            .fix
            .as_ref()
            .map_or((0, 0), |fix| (fix.start, fix.end));
        words.extend_from_slice(&[
            diagnostic.line,
            diagnostic.column,
            diagnostic.end_line,
            diagnostic.end_column,
            diagnostic.start,
            diagnostic.end,
            flags,
            fix_start,
            fix_end,
        ]);
        for text in strings_of(diagnostic) {
            words.push(utf16_len(text));
            text_bytes += text.len();
        }
    }

    // One allocation of the final size, filled by slice copies.
    let header_bytes = 4 * words.len();
    let mut bytes = vec![0; header_bytes + text_bytes];
    let (header, mut rest) = bytes.split_at_mut(header_bytes);
    for (slot, word) in header.chunks_exact_mut(4).zip(&words) {
        slot.copy_from_slice(&word.to_le_bytes());
    }
    for text in diagnostics.iter().flat_map(strings_of) {
        let (slot, tail) = rest.split_at_mut(text.len());
        slot.copy_from_slice(text.as_bytes());
        rest = tail;
    }
    bytes
}

/// Returns the strings of a diagnostic in the order of [`encode`].
fn strings_of(diagnostic: &JsDiagnostic) -> [&str; 7] {
    [
        diagnostic.code,
        diagnostic.name,
        diagnostic.severity.as_str(),
        &diagnostic.pointer,
        &diagnostic.message,
        diagnostic.help.as_deref().unwrap_or_default(),
        diagnostic
            .fix
            .as_ref()
            .map_or("", |fix| fix.replacement.as_str()),
    ]
}

fn utf16_len(text: &str) -> u32 {
    if text.is_ascii() {
        return text.len() as u32;
    }
    text.chars().map(char::len_utf16).sum::<usize>() as u32
}

/// Converts UTF-8 byte offsets of one text into UTF-16 code unit offsets.
///
/// The converter remembers where the previous conversion stopped, so offsets requested in
/// increasing order cost one pass over the text in all. An offset before the previous one
/// restarts from the beginning. An offset inside a character counts up to that character's
/// start, and an offset past the end gives the length of the text: no input panics.
#[derive(Debug)]
pub struct Utf16Offsets<'a> {
    text: &'a str,
    is_ascii: bool,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            is_ascii: text.is_ascii(),
            byte: 0,
            unit: 0,
        }
    }

    pub fn convert(&mut self, offset: u32) -> u32 {
        let offset = (offset as usize).min(self.text.len());
        if self.is_ascii {
            return offset as u32;
        }

        if offset < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        // `self.byte` only ever stops on a character boundary, so the slice exists.
        let rest = self.text.get(self.byte..).unwrap_or_default();
        for character in rest.chars() {
            let next = self.byte + character.len_utf8();
            if next > offset {
                break;
            }
            self.byte = next;
            self.unit += character.len_utf16();
        }
        self.unit as u32
    }
}

#[cfg(test)]
mod tests {
    use secmaster_report::{validate, Options};

    use super::*;

    /// Returns the UTF-16 offset of a byte offset the slow way, for comparison.
    fn utf16_of(text: &str, byte: usize) -> u32 {
        text[..byte].encode_utf16().count() as u32
    }

    #[test]
    fn ascii_offsets_are_unchanged() {
        let mut offsets = Utf16Offsets::new("{\"a\": 1}");
        assert_eq!(offsets.convert(0), 0);
        assert_eq!(offsets.convert(5), 5);
        assert_eq!(offsets.convert(8), 8);
    }

    #[test]
    fn wide_characters_count_in_code_units() {
        // "报" is 3 bytes and 1 unit; "😀" is 4 bytes and 2 units.
        let text = "a报😀b";
        let mut offsets = Utf16Offsets::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                offsets.convert(byte as u32),
                utf16_of(text, byte),
                "byte {byte}"
            );
        }
    }

    #[test]
    fn decreasing_offsets_restart() {
        let text = "报告😀";
        let mut offsets = Utf16Offsets::new(text);
        assert_eq!(offsets.convert(10), 4);
        assert_eq!(offsets.convert(3), 1);
        assert_eq!(offsets.convert(0), 0);
    }

    #[test]
    fn offsets_inside_or_past_text_do_not_panic() {
        let text = "😀x";
        let mut offsets = Utf16Offsets::new(text);
        assert_eq!(offsets.convert(2), 0, "inside the emoji");
        assert_eq!(offsets.convert(100), 3, "past the end");
    }

    #[test]
    fn converted_span_slices_the_value() {
        let source = r#"{"report_name": "周报 😀", "report_period": "Weekly"}"#;
        let report = validate(source, &Options::default());
        let diagnostics = convert(source, report, Locale::En);
        let period = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.name == "report-period")
            .expect("report-period diagnostic");

        let units: Vec<u16> = source.encode_utf16().collect();
        let slice = String::from_utf16(&units[period.start as usize..period.end as usize]).unwrap();
        assert_eq!(slice, "\"Weekly\"");
        assert_eq!(period.pointer, "/report_period");
        assert_eq!(period.severity, Severity::Error);
    }

    #[test]
    fn fix_offsets_are_converted() {
        let source = r#"{"report_name": "周报", "report_period": "Weekly"}"#;
        let report = validate(source, &Options::default());
        let diagnostics = convert(source, report, Locale::En);
        let period = diagnostics
            .iter()
            .find(|diagnostic| diagnostic.name == "report-period")
            .expect("report-period diagnostic");
        let fix = period.fix.as_ref().expect("a fix for a case slip");

        assert_eq!((fix.start, fix.end), (period.start, period.end));
        assert_eq!(fix.replacement, "\"weekly\"");
    }

    /// Reads word `index` of the bytes of [`encode`].
    fn word(bytes: &[u8], index: usize) -> u32 {
        u32::from_le_bytes(bytes[4 * index..4 * index + 4].try_into().unwrap())
    }

    #[test]
    fn encode_writes_words_then_text() {
        let source = r#"{"report_name": "周报", "report_period": "Weekly"}"#;
        let diagnostics = convert(source, validate(source, &Options::default()), Locale::ZhCn);
        let bytes = encode(&diagnostics);

        assert_eq!(word(&bytes, 0) as usize, diagnostics.len());
        let header_words = 1 + WORDS_PER_DIAGNOSTIC * diagnostics.len();
        let text = std::str::from_utf8(&bytes[4 * header_words..]).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut position = 0;
        for (index, diagnostic) in diagnostics.iter().enumerate() {
            let base = 1 + WORDS_PER_DIAGNOSTIC * index;
            assert_eq!(word(&bytes, base), diagnostic.line);
            assert_eq!(word(&bytes, base + 5), diagnostic.end);
            let flags = word(&bytes, base + 6);
            assert_eq!(flags & 1 != 0, diagnostic.help.is_some(), "help flag");
            assert_eq!(flags & 2 != 0, diagnostic.fix.is_some(), "fix flag");
            for (offset, expected) in strings_of(diagnostic).into_iter().enumerate() {
                let end = position + word(&bytes, base + 9 + offset) as usize;
                assert_eq!(String::from_utf16(&units[position..end]).unwrap(), expected);
                position = end;
            }
        }
        assert_eq!(position, units.len(), "the lengths cover the whole text");
    }

    #[test]
    fn encode_of_no_diagnostic_is_one_word() {
        assert_eq!(encode(&[]), vec![0, 0, 0, 0]);
    }

    #[test]
    fn messages_follow_locale() {
        let source = r#"{"report_period": "Weekly"}"#;
        let english = convert(source, validate(source, &Options::default()), Locale::En);
        let chinese = convert(source, validate(source, &Options::default()), Locale::ZhCn);
        assert_eq!(english.len(), chinese.len());
        assert_ne!(english[0].message, chinese[0].message);
    }
}

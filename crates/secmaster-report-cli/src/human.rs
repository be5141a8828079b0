//! Human output: each diagnostic with its source line and the span underlined, as rustc does.

use std::io::{self, Write};

use secmaster_report::messages::render;
use secmaster_report::{Diagnostic, Locale, Param, Severity, Span};
use unicode_width::UnicodeWidthChar;

use crate::input::{Checked, Document};

/// Lines longer than this many columns are shown as a window around the span.
const MAX_LINE_WIDTH: usize = 120;
/// Columns shown before the span in a windowed line.
const WINDOW_BEFORE: usize = 40;

pub fn write(out: &mut impl Write, results: &[Checked<'_>], locale: Locale) -> io::Result<()> {
    if results.is_empty() {
        // Every input failed to read; the errors are on standard error.
        return Ok(());
    }
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for checked in results {
        for diagnostic in &checked.diagnostics {
            write_diagnostic(out, checked.document, &checked.secrets, diagnostic, locale)?;
            match diagnostic.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                Severity::Info => infos += 1,
            }
        }
    }
    let summary = if errors + warnings + infos == 0 {
        render(locale, "cli.no-problems", &[])
    } else {
        let params = [
            param("errors", errors),
            param("warnings", warnings),
            param("infos", infos),
        ];
        render(locale, "cli.summary", &params)
    };
    let names: Vec<&str> = results
        .iter()
        .map(|checked| checked.document.name.as_str())
        .collect();
    writeln!(out, "{}: {summary}", names.join(", "))
}

fn param(name: &'static str, value: usize) -> Param {
    Param {
        name,
        value: value.to_string(),
        term: false,
    }
}

fn write_diagnostic(
    out: &mut impl Write,
    document: &Document,
    secrets: &[Span],
    diagnostic: &Diagnostic,
    locale: Locale,
) -> io::Result<()> {
    let label = render(locale, &format!("label.{}", diagnostic.severity), &[]);
    writeln!(
        out,
        "{label}[{}] {}: {}",
        diagnostic.code,
        diagnostic.name,
        diagnostic.render_message(locale)
    )?;
    let start = diagnostic.start;
    writeln!(
        out,
        "  --> {}:{}:{}",
        document.name, start.line, start.column
    )?;

    let line = source_line(&document.bytes, secrets, diagnostic.span.start as usize);
    let gutter = start.line.to_string().len();
    let pad = " ".repeat(gutter);
    if let Some(SourceLine {
        text: line_text,
        clipped_from,
        end: line_end,
    }) = line
    {
        let (first, last) = match clipped_from {
            None => {
                let first = start.column.saturating_sub(1) as usize;
                let last = if diagnostic.end.line == start.line {
                    (diagnostic.end.column.saturating_sub(1) as usize).max(first + 1)
                } else {
                    line_text.chars().count().max(first + 1)
                };
                (first, last)
            }
            // Columns count from the start of the clipped text.
            Some(clip_start) => {
                let bytes = &document.bytes;
                let span_start = (diagnostic.span.start as usize).clamp(clip_start, line_end);
                let span_end = (diagnostic.span.end as usize).clamp(span_start, line_end);
                let first = count_characters(&bytes[clip_start..span_start]);
                let last = first + count_characters(&bytes[span_start..span_end]);
                (first, last.max(first + 1))
            }
        };
        let (shown, underline) = underline(&line_text, first, last);
        writeln!(out, "{pad} |")?;
        writeln!(out, "{} | {shown}", start.line)?;
        writeln!(out, "{pad} | {underline}")?;
    }
    if !diagnostic.pointer.is_empty() {
        let label = render(locale, "label.pointer", &[]);
        writeln!(out, "{pad} = {label}: {}", diagnostic.pointer)?;
    }
    if let Some(help) = diagnostic.render_help(locale) {
        let label = render(locale, "label.help", &[]);
        writeln!(out, "{pad} = {label}: {help}")?;
    }
    writeln!(out)
}

/// Bytes of a line kept on each side of a diagnostic's start. A window of this size contains
/// what `underline` shows, and a body written on one line of 50 MB is not copied and decoded
/// for each of its diagnostics.
const CLIP_BYTES: usize = 4096;

/// The line of the input that contains a diagnostic's start.
struct SourceLine {
    /// The line without its line break, at most [`CLIP_BYTES`] each side of the start.
    text: String,
    /// The offset of the text in the input, when the line is longer and its start is cut.
    clipped_from: Option<usize>,
    /// The offset in the input where the text ends.
    end: usize,
}

/// Returns the line of the input that contains a byte offset, without its line break. The
/// characters of `secrets` are shown as `*`, one for each, so columns stay where they are.
fn source_line(bytes: &[u8], secrets: &[Span], offset: usize) -> Option<SourceLine> {
    let offset = offset.min(bytes.len());
    let lower = offset.saturating_sub(CLIP_BYTES);
    let mut start = bytes[lower..offset]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(lower, |i| lower + i + 1);
    let clipped_start = start == lower && lower > 0 && bytes[lower - 1] != b'\n';
    if clipped_start {
        // Start at a whole character, not inside a UTF-8 sequence.
        while start < offset && is_continuation(bytes[start]) {
            start += 1;
        }
    }
    let upper = offset.saturating_add(CLIP_BYTES).min(bytes.len());
    let mut end = bytes[offset..upper]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(upper, |i| offset + i);
    if end == upper {
        // End before a character that the clip would cut.
        while end > offset && end < bytes.len() && is_continuation(bytes[end]) {
            end -= 1;
        }
    }
    let line = &bytes[start..end];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    Some(SourceLine {
        text: mask_secrets(line, start, secrets),
        clipped_from: clipped_start.then_some(start),
        end: start + line.len(),
    })
}

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// Counts characters by their first bytes, as positions do, which also works on bytes that are
/// not UTF-8.
fn count_characters(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&byte| !is_continuation(byte)).count()
}

/// Returns a line as text, with the characters of `secrets` replaced by `*`. `start` is the
/// line's offset in the input.
fn mask_secrets(line: &[u8], start: usize, secrets: &[Span]) -> String {
    let text = String::from_utf8_lossy(line);
    if secrets.is_empty() {
        return text.into_owned();
    }

    let is_secret = |at: usize| {
        secrets
            .iter()
            .any(|span| span.start as usize <= at && at < span.end as usize)
    };
    // Lossy decoding can change byte lengths, so a line with invalid UTF-8 is masked whole.
    if text.len() != line.len() {
        let any_secret = (start..start + line.len()).any(is_secret);
        if any_secret {
            return "*".repeat(text.chars().count());
        }
        return text.into_owned();
    }

    text.char_indices()
        .map(|(index, character)| {
            if is_secret(start + index) {
                '*'
            } else {
                character
            }
        })
        .collect()
}

/// Returns the line as displayed (tabs expanded, control characters shown as `?`, long lines cut
/// to a window) and the underline of characters `first..last`.
fn underline(line: &str, first: usize, last: usize) -> (String, String) {
    // Each character with its width in columns. A tab stays '\t' here and is shown as four
    // spaces, and other control characters become '?'.
    let cells: Vec<(char, usize)> = line
        .chars()
        .map(|character| match character {
            '\t' => ('\t', 4),
            c if c.is_control() => ('?', 1),
            c => (c, c.width().unwrap_or(1)),
        })
        .collect();
    let column_of =
        |index: usize| -> usize { cells[..index.min(cells.len())].iter().map(|(_, w)| w).sum() };
    let total = column_of(cells.len());
    let (window_start, window_end) = if total <= MAX_LINE_WIDTH {
        (0, cells.len())
    } else {
        let start = first.saturating_sub(WINDOW_BEFORE.min(first));
        let mut end = start;
        let mut width = 0;
        while end < cells.len() && width < MAX_LINE_WIDTH {
            width += cells[end].1;
            end += 1;
        }
        (start, end.max(first.min(cells.len())))
    };

    let mut shown = String::new();
    if window_start > 0 {
        shown.push('…');
    }
    for &(character, _) in &cells[window_start..window_end] {
        match character {
            '\t' => shown.push_str("    "),
            c => shown.push(c),
        }
    }
    if window_end < cells.len() {
        shown.push('…');
    }

    let lead = usize::from(window_start > 0) + column_of(first) - column_of(window_start);
    let underline_end = last.min(window_end.max(first + 1));
    let width = if first >= cells.len() {
        1
    } else {
        (column_of(underline_end) - column_of(first)).max(1)
    };
    (shown, format!("{}{}", " ".repeat(lead), "^".repeat(width)))
}

#[cfg(test)]
mod tests {
    use super::{count_characters, source_line, underline, CLIP_BYTES};

    #[test]
    fn underline_marks_span_columns() {
        let (shown, marks) = underline(r#"  "report_period": "Weekly","#, 19, 27);
        assert_eq!(shown, r#"  "report_period": "Weekly","#);
        assert_eq!(marks, format!("{}{}", " ".repeat(19), "^".repeat(8)));
    }

    #[test]
    fn underline_counts_wide_characters() {
        let (_, marks) = underline(r#""报告": 1"#, 6, 7);
        assert_eq!(marks, format!("{}^", " ".repeat(8)));
    }

    #[test]
    fn underline_windows_long_lines() {
        let line = format!("{}\"x\"{}", "a".repeat(200), "b".repeat(200));
        let (shown, marks) = underline(&line, 200, 203);
        assert!(shown.starts_with('…'));
        assert!(shown.ends_with('…'));
        let caret = marks.find('^').unwrap();
        assert_eq!(
            &shown.chars().skip(caret).take(3).collect::<String>(),
            "\"x\""
        );
    }

    #[test]
    fn source_line_clips_long_lines_at_characters() {
        let line = format!("{}\"x\"{}", "中".repeat(5000), "é".repeat(5000));
        let offset = line.find('"').unwrap();
        let clipped = source_line(line.as_bytes(), &[], offset).unwrap();
        assert!(line.is_char_boundary(clipped.end));
        let clip_start = clipped.clipped_from.unwrap();
        assert!(line.is_char_boundary(clip_start));
        assert!(clipped.text.len() <= 2 * CLIP_BYTES);
        assert!(line[clip_start..].starts_with(&clipped.text));
        let first = count_characters(&line.as_bytes()[clip_start..offset]);
        assert_eq!(clipped.text.chars().nth(first), Some('"'));

        let short = source_line(b"{\n  \"a\": 1\n}", &[], 4).unwrap();
        assert_eq!(short.text, "  \"a\": 1");
        assert_eq!(short.clipped_from, None);
    }

    #[test]
    fn underline_at_end_of_line() {
        let (_, marks) = underline("{", 1, 1);
        assert_eq!(marks, " ^");
    }
}

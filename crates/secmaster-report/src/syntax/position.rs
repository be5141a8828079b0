//! Line and column positions for byte offsets.

use serde::Serialize;

/// A 1-based line and column. The column counts Unicode scalar values from the start of the line,
/// so a span's end column is one past its last character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// The start offset of every line of a text, for turning byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        let mut push_breaks = |from: usize, chunk: &[u8]| {
            for (offset, _) in chunk.iter().enumerate().filter(|(_, &b)| b == b'\n') {
                line_starts.push((from + offset) as u32 + 1);
            }
        };
        // Eight bytes are tested at a time (SWAR), and only a word with a line break is read
        // byte by byte: most of a document is the text of its lines.
        let mut chunks = bytes.chunks_exact(8);
        let mut from = 0;
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let word = u64::from_le_bytes(word) ^ (ONES * u64::from(b'\n'));
            if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
                push_breaks(from, chunk);
            }
            from += 8;
        }
        push_breaks(from, chunks.remainder());
        Self { line_starts }
    }

    /// Returns the position of a byte offset. An offset inside a multi-byte character counts as
    /// that character.
    pub fn position(&self, text: &str, offset: u32) -> Position {
        self.locate(text, offset).1
    }

    /// Returns a cursor that turns offsets given mostly in increasing order into positions.
    pub fn cursor<'a>(&'a self, text: &'a str) -> PositionCursor<'a> {
        PositionCursor {
            lines: self,
            text,
            last: None,
        }
    }

    /// Returns the 0-based line index of an offset and its position.
    fn locate(&self, text: &str, offset: u32) -> (usize, Position) {
        let offset = offset.min(text.len() as u32);
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line] as usize;
        let prefix = &text.as_bytes()[line_start..offset as usize];
        let mut column = count_characters(prefix);
        // Editors do not show a byte order mark, so it takes no column.
        if line == 0 && prefix.starts_with("\u{feff}".as_bytes()) {
            column -= 1;
        }
        let position = Position {
            line: line as u32 + 1,
            column: column as u32 + 1,
        };
        (line, position)
    }

    /// Returns the byte range of a 1-based line, without its line break.
    pub fn line_range(&self, text: &str, line: u32) -> std::ops::Range<usize> {
        let index = (line.max(1) - 1) as usize;
        let start = self.line_starts.get(index).copied().unwrap_or(0) as usize;
        let mut end = self
            .line_starts
            .get(index + 1)
            .map_or(text.len(), |&next| next as usize - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end.max(start)
    }
}

/// Counts characters by their first bytes, which also works when a range splits one, and adds
/// up over adjacent ranges.
fn count_characters(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        bytes.len()
    } else {
        bytes.iter().filter(|&&byte| (byte & 0xC0) != 0x80).count()
    }
}

/// Turns offsets into positions, counting from the previous offset when it is earlier on the
/// same line. Diagnostics come in source order, so the columns of a long line, such as a
/// minified body with a thousand diagnostics, are counted once and not once per diagnostic.
#[derive(Debug)]
pub struct PositionCursor<'a> {
    lines: &'a LineIndex,
    text: &'a str,
    /// The previous offset, its 0-based line and its position.
    last: Option<(u32, usize, Position)>,
}

impl PositionCursor<'_> {
    pub fn position(&mut self, offset: u32) -> Position {
        let offset = offset.min(self.text.len() as u32);
        if let Some((last_offset, line, last)) = self.last {
            let next_line = self.lines.line_starts.get(line + 1).copied();
            // On the first line, the byte order mark takes no column: count from past it.
            let past_mark = line > 0 || last_offset >= 3 || !self.text.starts_with('\u{feff}');
            if past_mark && last_offset <= offset && next_line.is_none_or(|next| offset < next) {
                let between = &self.text.as_bytes()[last_offset as usize..offset as usize];
                let position = Position {
                    line: last.line,
                    column: last.column + count_characters(between) as u32,
                };
                self.last = Some((offset, line, position));
                return position;
            }
        }
        let (line, position) = self.lines.locate(self.text, offset);
        self.last = Some((offset, line, position));
        position
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_characters() {
        let text = "ab\n\u{e9}x\r\nz";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(index.position(text, 3), Position { line: 2, column: 1 });
        assert_eq!(index.position(text, 5), Position { line: 2, column: 2 });
        assert_eq!(index.position(text, 8), Position { line: 3, column: 1 });
        assert_eq!(index.line_range(text, 2), 3..6);
    }

    #[test]
    fn line_starts_found_in_every_byte_position() {
        // Line breaks at each offset of an eight-byte word, next to bytes with the high bit set.
        for length in 0..40 {
            for every in 1..10 {
                let text: String = (0..length)
                    .map(|index| if index % every == 0 { '\n' } else { 'é' })
                    .collect();
                let expected: Vec<u32> = std::iter::once(0)
                    .chain(
                        text.match_indices('\n')
                            .map(|(offset, _)| offset as u32 + 1),
                    )
                    .collect();
                assert_eq!(LineIndex::new(&text).line_starts, expected, "{text:?}");
            }
        }
    }

    #[test]
    fn cursor_agrees_with_position() {
        let text = "\u{feff}{\"a\": \"\u{e9}t\u{e9}\",\r\n \"b\": [1, 2]\n}\n\u{4e2d}x";
        let index = LineIndex::new(text);
        let offsets: Vec<u32> = (0..=text.len() as u32 + 2).collect();
        // In order, in reverse, and jumping back and forth.
        let mut orders = vec![offsets.clone(), offsets.iter().rev().copied().collect()];
        orders.push(
            offsets
                .iter()
                .map(|&offset| (offset * 7) % (text.len() as u32 + 3))
                .collect(),
        );
        for order in orders {
            let mut cursor = index.cursor(text);
            for offset in order {
                assert_eq!(
                    cursor.position(offset),
                    index.position(text, offset),
                    "{offset}"
                );
            }
        }
    }

    #[test]
    fn position_skips_byte_order_mark() {
        let text = "\u{feff}{}";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 3), Position { line: 1, column: 1 });
        assert_eq!(index.position(text, 4), Position { line: 1, column: 2 });
    }
}

//! Requests read from files: where each part of a request sits in the file, so diagnostics can
//! point at the file's characters through quotes and escapes.

use crate::check::{apply_diagnostic_limit, kept_diagnostics, Checker, Path};
use crate::diagnostic::{Diagnostic, Message};
use crate::options::Options;
use crate::rules::{json_syntax, Rule};
use crate::syntax::{LineIndex, Position, Span, SyntaxErrorKind};

use super::check::{self, Part};
use super::CreateReportRequest;

/// One stretch of a text and the file bytes it came from. A copied stretch has the same length
/// in both; an escape such as `\n` turns several file bytes into fewer text bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub(crate) text: u32,
    pub(crate) source: u32,
    pub(crate) text_len: u32,
    pub(crate) source_len: u32,
    pub(crate) copied: bool,
}

/// An escape, when the run has one, followed by a copied stretch that comes right after it in
/// the file: a quoted curl body such as `"{\"a\":\"b\"}"` has one run per escape instead of
/// two. A run takes 16 bytes.
// NOTE: with two runs of 20 bytes for each `\"` and the character after it, a 50 MB body of
// escapes took 17 times its size in memory. docs/reliability.md has the measurements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    text: u32,
    source: u32,
    /// The length of the copied stretch, in text and file bytes alike.
    copied: u32,
    /// The text bytes that the escape produced, and the file bytes it was written in; both are
    /// 0 when the run has no escape. An escape is one character, so both fit.
    escape_text: u16,
    escape_source: u16,
}

impl Run {
    fn has_escape(self) -> bool {
        self.escape_text > 0 || self.escape_source > 0
    }

    fn copy_text(self) -> u32 {
        self.text + u32::from(self.escape_text)
    }

    fn copy_source(self) -> u32 {
        self.source + u32::from(self.escape_source)
    }

    fn text_end(self) -> u32 {
        self.copy_text() + self.copied
    }

    fn source_end(self) -> u32 {
        self.copy_source() + self.copied
    }

    /// Returns the escape and the copied stretch, those that the run has.
    fn pieces(self) -> impl Iterator<Item = Piece> {
        let escape = self.has_escape().then_some(Piece {
            text: self.text,
            source: self.source,
            text_len: u32::from(self.escape_text),
            source_len: u32::from(self.escape_source),
            copied: false,
        });
        let copied = (self.copied > 0).then_some(Piece {
            text: self.copy_text(),
            source: self.copy_source(),
            text_len: self.copied,
            source_len: self.copied,
            copied: true,
        });
        escape.into_iter().chain(copied)
    }
}

/// The runs of a map, stored inline when there is one: most header names and values are one
/// copied stretch, and an HTTP request file can hold hundreds of thousands of them.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Runs {
    One(Run),
    Many(Vec<Run>),
}

impl Runs {
    fn as_slice(&self) -> &[Run] {
        match self {
            Runs::One(run) => std::slice::from_ref(run),
            Runs::Many(runs) => runs,
        }
    }

    fn last_mut(&mut self) -> Option<&mut Run> {
        match self {
            Runs::One(run) => Some(run),
            Runs::Many(runs) => runs.last_mut(),
        }
    }

    fn push(&mut self, run: Run) {
        match self {
            Runs::Many(runs) if runs.is_empty() => *self = Runs::One(run),
            Runs::One(first) => *self = Runs::Many(vec![*first, run]),
            Runs::Many(runs) => runs.push(run),
        }
    }
}

impl Default for Runs {
    fn default() -> Self {
        Runs::Many(Vec::new())
    }
}

/// The origin in a file of each byte of a text, such as a header value, a URL or a body. Offsets
/// inside a copied stretch map exactly. An offset inside the bytes that an escape produced maps
/// to the start of the escape, or to its end for the end of a span.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextMap {
    runs: Runs,
    /// The file offset of an empty text.
    anchor: u32,
    /// The text is not written in the file but implied, such as the `GET` of a request line
    /// without a method, so no fix can edit it.
    implied: bool,
}

impl TextMap {
    /// Returns the map of a text copied from the file at `source` unchanged.
    pub fn copied(source: u32, len: u32) -> Self {
        let mut map = Self::at(source);
        map.push_copied(0, source, len);
        map
    }

    /// Returns an empty map for a text that starts at `source`.
    pub fn at(source: u32) -> Self {
        Self {
            runs: Runs::default(),
            anchor: source,
            implied: false,
        }
    }

    /// Returns the map of a text that the file implies without writing it, such as the `GET`
    /// of a request line without a method. Its spans are empty, at `source`.
    pub fn implied(source: u32) -> Self {
        Self {
            implied: true,
            ..Self::at(source)
        }
    }

    /// Records that text bytes `text..text + len` are file bytes `source..source + len`.
    pub fn push_copied(&mut self, text: u32, source: u32, len: u32) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            if last.text_end() == text && last.source_end() == source {
                last.copied += len;
                return;
            }
        }
        self.runs.push(Run {
            text,
            source,
            copied: len,
            escape_text: 0,
            escape_source: 0,
        });
    }

    /// Records that text bytes `text..text + text_len` were written as the escape at file bytes
    /// `source..source + source_len`.
    pub fn push_escape(&mut self, text: u32, text_len: u32, source: u32, source_len: u32) {
        self.runs.push(Run {
            text,
            source,
            copied: 0,
            escape_text: u16::try_from(text_len).unwrap_or(u16::MAX),
            escape_source: u16::try_from(source_len).unwrap_or(u16::MAX),
        });
    }

    /// Returns the file offset of the character that starts at text offset `offset`.
    pub fn map_start(&self, offset: u32) -> u32 {
        // Runs are in text order, so the run that contains the offset is found by binary
        // search: a quoted word can have millions of escapes, and thousands of diagnostics.
        let runs = self.runs.as_slice();
        let index = runs.partition_point(|run| run.text_end() <= offset);
        let Some(run) = runs.get(index) else {
            return self.end();
        };
        if run.has_escape() && offset < run.copy_text() {
            // Inside the escape, at its start or before it.
            run.source
        } else {
            run.copy_source() + offset.saturating_sub(run.copy_text())
        }
    }

    /// Returns the file offset just after the character that ends at text offset `offset`.
    pub fn map_end(&self, offset: u32) -> u32 {
        let runs = self.runs.as_slice();
        let index = runs.partition_point(|run| run.text_end() < offset);
        let previous_end = match index.checked_sub(1) {
            Some(previous) => runs[previous].source_end(),
            None => self.start(),
        };
        let Some(run) = runs.get(index) else {
            return previous_end;
        };
        let escape_end = run.text + u32::from(run.escape_text);
        if offset <= run.text {
            // Between two runs the span ends after the earlier one, before any quote.
            previous_end
        } else if run.has_escape() && offset <= escape_end {
            run.copy_source()
        } else {
            run.copy_source() + (offset - run.copy_text())
        }
    }

    /// Returns the file span of a text span.
    pub fn map_span(&self, span: Span) -> Span {
        let start = self.map_start(span.start);
        let end = if span.is_empty() {
            start
        } else {
            self.map_end(span.end)
        };
        Span::new(start, end.max(start))
    }

    /// Returns the map of text bytes `start..end`, with offsets from `start`.
    pub fn slice(&self, start: u32, end: u32) -> TextMap {
        let mut slice = TextMap::at(self.map_start(start));
        slice.implied = self.implied;
        for piece in self.pieces() {
            let piece_end = piece.text + piece.text_len;
            if piece_end <= start || piece.text >= end {
                continue;
            }
            let from = piece.text.max(start);
            let to = piece_end.min(end);
            if piece.copied {
                slice.push_copied(from - start, piece.source + (from - piece.text), to - from);
            } else {
                slice.push_escape(from - start, to - from, piece.source, piece.source_len);
            }
        }
        slice
    }

    /// Returns the escapes and copied stretches of the map in text order.
    pub(crate) fn pieces(&self) -> impl Iterator<Item = Piece> + '_ {
        self.runs.as_slice().iter().flat_map(|run| run.pieces())
    }

    /// Returns the file offset where the text starts.
    pub fn start(&self) -> u32 {
        self.runs
            .as_slice()
            .first()
            .map_or(self.anchor, |run| run.source)
    }

    /// Returns the file offset where the text ends.
    pub fn end(&self) -> u32 {
        self.runs
            .as_slice()
            .last()
            .map_or(self.anchor, |run| run.source_end())
    }

    /// Returns the file span from the text's first to its last byte.
    pub fn whole(&self) -> Span {
        Span::new(self.start(), self.end())
    }
}

/// A problem found while reading a file, before any rule on the request ran: a syntax error of
/// the file, or a part the checker cannot see, such as a variable.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub(crate) rule: &'static Rule,
    pub(crate) pointer: String,
    /// The file span.
    pub(crate) span: Span,
    pub(crate) message: Message,
}

/// A request read from a file, with the file span of each part.
#[derive(Debug, Clone)]
pub struct LocatedRequest {
    pub request: CreateReportRequest,
    pub(crate) method: TextMap,
    pub(crate) url: TextMap,
    pub(crate) header_names: Vec<TextMap>,
    pub(crate) header_values: Vec<TextMap>,
    /// `None` when the body is not in the file (a file reference), so it is not checked.
    pub(crate) body: Option<TextMap>,
    /// The file span of a diagnostic about the request as a whole, such as a missing header:
    /// the request line, or the word `curl`.
    pub(crate) anchor: Span,
    /// Parts whose text the reader could not know, such as a shell expansion.
    pub(crate) unresolved: Vec<Part>,
}

impl LocatedRequest {
    /// Returns the file span of the request line, or of the word `curl`.
    pub fn anchor(&self) -> Span {
        self.anchor
    }

    fn map(&self, part: Part) -> Option<&TextMap> {
        match part {
            Part::Request => None,
            Part::Method => Some(&self.method),
            Part::Url => Some(&self.url),
            Part::HeaderName(index) => self.header_names.get(index),
            Part::HeaderValue(index) => self.header_values.get(index),
            Part::Body => self.body.as_ref(),
        }
    }

    /// Checks the request and appends its diagnostics, with file spans and not yet positioned,
    /// to `located`. Returns how many more were counted and dropped.
    fn diagnostics(&self, options: &Options, located: &mut Vec<Diagnostic>) -> usize {
        let unresolved = check::Unresolved {
            parts: &self.unresolved,
        };
        let checked = check::check_parts(&self.request, options, self.body.is_some(), unresolved);
        for (part, diagnostics) in checked.parts {
            for mut diagnostic in diagnostics {
                match self.map(part) {
                    Some(map) => {
                        diagnostic.span = map.map_span(diagnostic.span);
                        if map.implied {
                            diagnostic.fix = None;
                        }
                        if let Some(fix) = &mut diagnostic.fix {
                            fix.span = map.map_span(fix.span);
                        }
                    }
                    None => {
                        diagnostic.span = self.anchor;
                        diagnostic.fix = None;
                    }
                }
                located.push(diagnostic);
            }
        }
        checked.suppressed
    }
}

/// The requests of one file and the problems found while reading it.
#[derive(Debug, Clone, Default)]
pub struct RequestFile {
    pub requests: Vec<LocatedRequest>,
    pub(crate) findings: Vec<Finding>,
    /// Findings past [`MAX_FINDINGS`], counted by rule.
    pub(crate) dropped_findings: Vec<(&'static Rule, usize)>,
    /// File spans of credentials: values of sensitive headers, and variables they refer to.
    pub(crate) secrets: Vec<Span>,
}

/// The maximum number of findings a file keeps while it is read. The rest are counted. A 4 MiB file of
/// two-byte lines that are not headers would otherwise hold two million findings, about 40
/// times the size of the file. Above `max_diagnostics` of about 16,000 the findings past this
/// number are counted in the `input-limit` diagnostic even when they come first in the file.
const MAX_FINDINGS: usize = 65_536;

impl RequestFile {
    /// Records a finding, or counts it past [`MAX_FINDINGS`].
    pub(crate) fn push_finding(&mut self, finding: Finding) {
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(finding);
            return;
        }
        match self
            .dropped_findings
            .iter_mut()
            .find(|(rule, _)| rule.code == finding.rule.code)
        {
            Some((_, count)) => *count += 1,
            None => self.dropped_findings.push((finding.rule, 1)),
        }
    }

    /// Returns the file spans that hold credentials, such as the value of `X-Auth-Token`. A front
    /// end that shows lines of the file must hide these characters.
    pub fn secret_spans(&self) -> &[Span] {
        &self.secrets
    }

    /// Checks every request of the file. Spans and positions are in `text`, the file the requests
    /// were read from. A text over the size limit gets one `input-limit` diagnostic and nothing
    /// else, and past the diagnostic limit the rest are counted in one `input-limit` diagnostic,
    /// as for a body.
    pub fn validate(&self, text: &str, options: &Options) -> Vec<Diagnostic> {
        if text.len() > options.limits.max_input_bytes {
            let mut checker = Checker::new(options);
            json_syntax::report(
                &mut checker,
                Path::Root,
                SyntaxErrorKind::TooLarge,
                Span::new(0, 0),
            );
            return checker.finish(text);
        }

        // Past the number a check keeps in memory, the rest are counted. Findings come in file
        // order, and so do requests, so the ones kept include the first in the file.
        let capacity = kept_diagnostics(&options.limits);
        let mut diagnostics = Vec::new();
        let mut suppressed = self
            .dropped_findings
            .iter()
            .filter(|(rule, _)| options.severity_of(rule).is_some())
            .map(|(_, count)| count)
            .sum();
        for finding in &self.findings {
            let Some(severity) = options.severity_of(finding.rule) else {
                continue;
            };
            if diagnostics.len() >= capacity {
                suppressed += 1;
                continue;
            }
            diagnostics.push(Diagnostic {
                code: finding.rule.code,
                name: finding.rule.name,
                severity,
                pointer: finding.pointer.clone(),
                span: finding.span,
                start: Position { line: 0, column: 0 },
                end: Position { line: 0, column: 0 },
                message: finding.message.clone(),
                help: None,
                fix: None,
            });
        }

        let findings = diagnostics.len();
        for request in &self.requests {
            if diagnostics.len() - findings >= capacity {
                let mut dropped = Vec::new();
                suppressed += request.diagnostics(options, &mut dropped) + dropped.len();
                continue;
            }
            suppressed += request.diagnostics(options, &mut diagnostics);
        }

        // A stable sort keeps the order in which rules reported findings at the same place.
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
        apply_diagnostic_limit(&mut diagnostics, suppressed, &options.limits, text);
        if diagnostics.is_empty() {
            return diagnostics;
        }

        let lines = LineIndex::new(text);
        // Starts come in source order, and ends nearly so: a cursor each.
        let (mut starts, mut ends) = (lines.cursor(text), lines.cursor(text));
        for diagnostic in &mut diagnostics {
            diagnostic.start = starts.position(diagnostic.span.start);
            diagnostic.end = ends.position(diagnostic.span.end);
        }
        diagnostics
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Returns the map of `'ab'$'\n''c'` read as the text "ab\nc".
    fn quoted() -> TextMap {
        let mut map = TextMap::at(0);
        map.push_copied(0, 1, 2); // ab
        map.push_escape(2, 1, 6, 2); // \n
        map.push_copied(3, 11, 1); // c
        map
    }

    /// Maps offsets as the first version did, by a scan of the runs in order.
    fn reference_map(map: &TextMap, offset: u32) -> (u32, u32) {
        let pieces: Vec<Piece> = map.pieces().collect();
        let start = pieces
            .iter()
            .find(|run| offset < run.text + run.text_len)
            .map_or(map.end(), |run| {
                if run.copied && offset > run.text {
                    run.source + (offset - run.text)
                } else {
                    run.source
                }
            });
        let mut end = None;
        let mut previous_end = map.start();
        for run in &pieces {
            if offset <= run.text {
                end = Some(previous_end);
                break;
            }
            if offset <= run.text + run.text_len {
                end = Some(if run.copied {
                    run.source + (offset - run.text)
                } else {
                    run.source + run.source_len
                });
                break;
            }
            previous_end = run.source + run.source_len;
        }
        (start, end.unwrap_or(previous_end))
    }

    #[test]
    fn binary_search_agrees_with_scan() {
        let mut map = TextMap::at(3);
        let mut text = 0;
        let mut source = 4;
        for index in 0..200u32 {
            match index % 3 {
                0 => map.push_copied(text, source, 5),
                1 => map.push_escape(text, 1, source, 2 + index % 4),
                _ => map.push_escape(text, 1, source, 0),
            }
            text += if index % 3 == 0 { 5 } else { 1 };
            source += 7;
        }
        // A quoted curl body: each `\"` is followed right away by copied text.
        let mut body = TextMap::at(1);
        let (mut body_text, mut body_source) = (0, 2);
        for index in 0..100u32 {
            body.push_escape(body_text, 1, body_source, 2);
            body.push_copied(body_text + 1, body_source + 2, 1 + index % 3);
            body_text += 2 + index % 3;
            body_source += 3 + index % 3 + index % 2;
        }
        let maps = [
            map.clone(),
            map.slice(17, 300),
            TextMap::at(9),
            quoted(),
            body.clone(),
            body.slice(5, 120),
        ];
        for map in maps {
            for offset in 0..text.max(body_text) + 3 {
                let expected = reference_map(&map, offset);
                assert_eq!(map.map_start(offset), expected.0, "start of {offset}");
                assert_eq!(map.map_end(offset), expected.1, "end of {offset}");
            }
        }
    }

    #[test]
    fn runs_stay_small() {
        // The memory budget of docs/reliability.md rests on these sizes.
        assert_eq!(std::mem::size_of::<Run>(), 16);
        let mut map = TextMap::at(0);
        map.push_escape(0, 1, 0, 2);
        map.push_copied(1, 2, 3);
        map.push_escape(4, 1, 5, 2);
        assert_eq!(map.runs.as_slice().len(), 2);
        assert!(matches!(TextMap::copied(4, 9).runs, Runs::One(_)));
    }

    #[test]
    fn copied_offsets_map_exactly() {
        let map = TextMap::copied(10, 5);
        assert_eq!(map.map_span(Span::new(1, 3)), Span::new(11, 13));
        assert_eq!(map.map_span(Span::new(5, 5)), Span::new(15, 15));
    }

    #[test]
    fn escapes_map_to_their_source() {
        let map = quoted();
        assert_eq!(map.map_span(Span::new(0, 2)), Span::new(1, 3));
        assert_eq!(map.map_span(Span::new(2, 3)), Span::new(6, 8));
        assert_eq!(map.map_span(Span::new(1, 4)), Span::new(2, 12));
        assert_eq!(map.map_span(Span::new(3, 4)), Span::new(11, 12));
    }

    #[test]
    fn slice_shifts_offsets() {
        let slice = quoted().slice(1, 4);
        assert_eq!(slice.map_span(Span::new(0, 1)), Span::new(2, 3));
        assert_eq!(slice.map_span(Span::new(2, 3)), Span::new(11, 12));
        assert_eq!(slice.whole(), Span::new(2, 12));
    }
}

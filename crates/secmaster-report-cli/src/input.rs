//! Reading inputs: request bodies (whole files, or JSON Lines with one body per line), HTTP
//! request files and curl commands.

use std::fmt;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use secmaster_report::request::{parse_curl_command, parse_http_file, RequestFile};
use secmaster_report::{validate_bytes, Diagnostic, Options, Position, Span};

/// The error for an input that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("failed to read `{path}`: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("failed to read standard input: {0}")]
    Stdin(io::Error),
}

/// The format of an input's requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One request body.
    Json,
    /// One request body per line.
    JsonLines,
    /// An HTTP request file of VS Code REST Client or JetBrains HTTP Client.
    Http,
    /// A curl command.
    Curl,
}

impl InputKind {
    /// Returns the kind a file's extension implies: `.jsonl` and `.ndjson` hold JSON Lines,
    /// `.http` and `.rest` HTTP requests, `.curl` a curl command, and anything else a body.
    fn of_path(path: &Path) -> Self {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        match extension.as_str() {
            "jsonl" | "ndjson" => InputKind::JsonLines,
            "http" | "rest" => InputKind::Http,
            "curl" => InputKind::Curl,
            _ => InputKind::Json,
        }
    }
}

/// One input: a file or standard input, and the format of its requests.
pub struct Document {
    /// The name shown in output: the path as given, or `<stdin>`.
    pub name: String,
    /// Whether `name` is a path, rather than `<stdin>`.
    pub is_file: bool,
    /// The text. In an HTTP request file or a curl command that is not UTF-8, each invalid
    /// sequence is replaced with U+FFFD, so spans point into this text.
    pub bytes: Vec<u8>,
    pub kind: InputKind,
}

// The text may hold a token, so `Debug` shows its length only.
impl fmt::Debug for Document {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Document")
            .field("name", &self.name)
            .field("bytes", &self.bytes.len())
            .field("kind", &self.kind)
            .finish()
    }
}

/// Reads a file, or standard input for `-`. `forced` overrides the kind the extension implies.
pub fn read(path: &Path, forced: Option<InputKind>) -> Result<Document, InputError> {
    let is_stdin = path.as_os_str() == "-";
    let bytes = if is_stdin {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(InputError::Stdin)?;
        bytes
    } else {
        std::fs::read(path).map_err(|source| InputError::Read {
            path: path.to_owned(),
            source,
        })?
    };
    let kind = forced.unwrap_or_else(|| InputKind::of_path(path));
    let bytes = match kind {
        // NOTE: the readers of these formats take text, so invalid UTF-8 is replaced, not
        // reported. A body inside such a file is checked as it reads after the replacement.
        InputKind::Http | InputKind::Curl => match String::from_utf8(bytes) {
            Ok(text) => text.into_bytes(),
            Err(error) => String::from_utf8_lossy(error.as_bytes())
                .into_owned()
                .into_bytes(),
        },
        InputKind::Json | InputKind::JsonLines => bytes,
    };
    Ok(Document {
        name: if is_stdin {
            "<stdin>".to_owned()
        } else {
            path.display().to_string()
        },
        is_file: !is_stdin,
        bytes,
        kind,
    })
}

/// The result of checking one input.
#[derive(Debug)]
pub struct Checked<'d> {
    pub document: &'d Document,
    pub diagnostics: Vec<Diagnostic>,
    /// Spans of the input that hold credentials, which no output may show.
    pub secrets: Vec<Span>,
}

impl Document {
    /// Checks every request of the input.
    pub fn validate(&self, options: &Options) -> Checked<'_> {
        let (diagnostics, secrets) = match self.kind {
            InputKind::Json => (validate_bytes(&self.bytes, options).diagnostics, Vec::new()),
            InputKind::JsonLines => (self.validate_lines(options), Vec::new()),
            InputKind::Http | InputKind::Curl => {
                let text = String::from_utf8_lossy(&self.bytes);
                // A text over the size limit is not read; `validate` reports its size.
                let file = if text.len() > options.limits.max_input_bytes {
                    RequestFile::default()
                } else if self.kind == InputKind::Http {
                    parse_http_file(&text)
                } else {
                    parse_curl_command(&text)
                };
                (file.validate(&text, options), file.secret_spans().to_vec())
            }
        };
        Checked {
            document: self,
            diagnostics,
            secrets,
        }
    }

    fn validate_lines(&self, options: &Options) -> Vec<Diagnostic> {
        let mut located = Vec::new();
        // memchr compares many bytes per step. On a file of 100,000 lines, splitting with a
        // byte-by-byte closure took a tenth of the run.
        let line_ends = memchr::memchr_iter(b'\n', &self.bytes).chain([self.bytes.len()]);
        let mut next_start = 0usize;
        for (index, line_end) in line_ends.enumerate() {
            let line_start = next_start;
            next_start = line_end + 1;
            let line = &self.bytes[line_start..line_end];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line_number = index as u32 + 1;
            for mut diagnostic in validate_bytes(line, options).diagnostics {
                shift(&mut diagnostic, line_start as u32, line_number);
                located.push(diagnostic);
            }
        }
        located
    }
}

/// Moves a diagnostic of one JSON Lines record to its place in the whole file.
fn shift(diagnostic: &mut Diagnostic, offset: u32, line: u32) {
    let move_span = |span: Span| Span::new(span.start + offset, span.end + offset);
    diagnostic.span = move_span(diagnostic.span);
    if let Some(fix) = &mut diagnostic.fix {
        fix.span = move_span(fix.span);
    }
    // A record is one line, so every position of it is on that line.
    diagnostic.start = Position {
        line,
        column: diagnostic.start.column,
    };
    diagnostic.end = Position {
        line,
        column: diagnostic.end.column,
    };
}

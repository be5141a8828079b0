//! Reading inputs: whole files, standard input, and JSON Lines with one body per line.

use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use secmaster_report::{validate_bytes, Diagnostic, Options, Position, Span};

/// The error for an input that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("failed to read `{path}`: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("failed to read standard input: {0}")]
    Stdin(io::Error),
}

/// One input: a file or standard input, and how its text holds request bodies.
#[derive(Debug)]
pub struct Document {
    /// The name shown in output: the path as given, or `<stdin>`.
    pub name: String,
    pub bytes: Vec<u8>,
    pub json_lines: bool,
}

/// Reads a file, or standard input for `-`.
pub fn read(path: &Path, force_json_lines: bool) -> Result<Document, InputError> {
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
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let json_lines =
        force_json_lines || matches!(extension.to_ascii_lowercase().as_str(), "jsonl" | "ndjson");
    Ok(Document {
        name: if is_stdin {
            "<stdin>".to_owned()
        } else {
            path.display().to_string()
        },
        bytes,
        json_lines,
    })
}

impl Document {
    /// Checks every request body of the input.
    pub fn validate(&self, options: &Options) -> Vec<Diagnostic> {
        if !self.json_lines {
            return validate_bytes(&self.bytes, options).diagnostics;
        }
        let mut located = Vec::new();
        let mut offset = 0usize;
        for (index, line) in self.bytes.split(|&byte| byte == b'\n').enumerate() {
            let line_start = offset;
            offset += line.len() + 1;
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

//! Machine-readable output: the JSON array of the CLI contract and GitHub Actions annotations.
//! SARIF is in `sarif.rs`.

use std::io::{self, Write};

use secmaster_report::{Diagnostic, Locale, Severity};
use serde::Serialize;

use crate::input::Checked;

/// One diagnostic as `--format json` prints it.
#[derive(Debug, Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    code: &'a str,
    name: &'a str,
    severity: Severity,
    pointer: &'a str,
    message: String,
    help: Option<String>,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    /// Byte offsets of the span in the file, start inclusive and end exclusive.
    offset: u32,
    end_offset: u32,
    fix: Option<&'a secmaster_report::Fix>,
}

pub fn write_json(out: &mut impl Write, results: &[Checked<'_>], locale: Locale) -> io::Result<()> {
    let all: Vec<JsonDiagnostic<'_>> = results
        .iter()
        .flat_map(|checked| {
            checked
                .diagnostics
                .iter()
                .map(move |diagnostic| JsonDiagnostic {
                    file: &checked.document.name,
                    code: diagnostic.code,
                    name: diagnostic.name,
                    severity: diagnostic.severity,
                    pointer: &diagnostic.pointer,
                    message: diagnostic.render_message(locale),
                    help: diagnostic.render_help(locale),
                    line: diagnostic.start.line,
                    column: diagnostic.start.column,
                    end_line: diagnostic.end.line,
                    end_column: diagnostic.end.column,
                    offset: diagnostic.span.start,
                    end_offset: diagnostic.span.end,
                    fix: diagnostic.fix.as_ref(),
                })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}

/// Writes one workflow command per diagnostic: `::error file=…,line=…,col=…,title=…::message`.
pub fn write_github(
    out: &mut impl Write,
    results: &[Checked<'_>],
    locale: Locale,
) -> io::Result<()> {
    for checked in results {
        let document = checked.document;
        for diagnostic in &checked.diagnostics {
            let command = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let message = message_with_help(diagnostic, locale);
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&document.name),
                diagnostic.start.line,
                diagnostic.start.column,
                diagnostic.end.line,
                diagnostic.end.column,
                escape_property(&format!("{} {}", diagnostic.code, diagnostic.name)),
                escape_data(&message),
            )?;
        }
    }
    Ok(())
}

/// Returns the message, followed by the help in brackets when there is one.
pub fn message_with_help(diagnostic: &Diagnostic, locale: Locale) -> String {
    let mut message = diagnostic.render_message(locale);
    if let Some(help) = diagnostic.render_help(locale) {
        message.push_str(" (");
        message.push_str(&help);
        message.push(')');
    }
    message
}

/// Escapes a workflow command's message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

//! Findings about the input: severity, location, message parameters and suggested fixes.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::messages::{self, Locale};
use crate::syntax::{Position, Span};

/// The seriousness of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing. The request is fine.
    Info,
    /// A likely mistake or a console limit. The service may still accept the request.
    Warning,
    /// The service rejects the request, or its specification requires it to.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A named value that a message template refers to as `{name}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Param {
    pub name: &'static str,
    pub value: String,
    /// The value is a catalogue key, rendered in the message's locale (a JSON type name, a
    /// unit), rather than text from the input.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub term: bool,
}

/// A message key with its parameters, rendered only when a caller asks for text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: &'static str,
    pub params: Vec<Param>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            params: Vec::new(),
        }
    }

    /// Adds a parameter.
    pub fn with(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.params.push(Param {
            name,
            value: value.to_string(),
            term: false,
        });
        self
    }

    /// Adds a parameter whose value is a catalogue key, such as `type.string`, rendered in the
    /// locale of the message.
    pub fn with_term(mut self, name: &'static str, key: &'static str) -> Self {
        self.params.push(Param {
            name,
            value: key.to_owned(),
            term: true,
        });
        self
    }

    /// Returns the value of a parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|param| param.name == name)
            .map(|param| param.value.as_str())
    }

    /// Renders the message in a locale.
    pub fn render(&self, locale: Locale) -> String {
        messages::render(locale, self.id, &self.params)
    }
}

/// A replacement of the diagnostic's span that fixes the problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One problem found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The stable rule code, such as `SR204`.
    pub code: &'static str,
    /// The rule's kebab-case name, such as `report-period`.
    pub name: &'static str,
    pub severity: Severity,
    /// RFC 6901 pointer to the value at fault, `""` for the whole document.
    pub pointer: String,
    /// The byte range of the source text at fault.
    pub span: Span,
    pub start: Position,
    pub end: Position,
    pub message: Message,
    /// A suggestion on how to fix the problem.
    pub help: Option<Message>,
    /// A replacement that applies the suggestion, when one is certain enough to offer.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// Renders the message in a locale.
    pub fn render_message(&self, locale: Locale) -> String {
        self.message.render(locale)
    }

    /// Renders the help text in a locale.
    pub fn render_help(&self, locale: Locale) -> Option<String> {
        self.help.as_ref().map(|help| help.render(locale))
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

//! Settings a caller passes to one validation.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Severity;
use crate::rules::{self, Rule};
use crate::syntax::Limits;

/// The level a caller sets for a rule: a severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    Off,
    Info,
    Warning,
    Error,
}

impl RuleLevel {
    fn severity(self) -> Option<Severity> {
        match self {
            RuleLevel::Off => None,
            RuleLevel::Info => Some(Severity::Info),
            RuleLevel::Warning => Some(Severity::Warning),
            RuleLevel::Error => Some(Severity::Error),
        }
    }
}

impl fmt::Display for RuleLevel {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            RuleLevel::Off => "off",
            RuleLevel::Info => "info",
            RuleLevel::Warning => "warning",
            RuleLevel::Error => "error",
        })
    }
}

/// The error for a level name other than `off`, `info`, `warning` or `error`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid rule level `{0}`: expected off, info, warning or error")]
pub struct InvalidRuleLevel(pub String);

impl FromStr for RuleLevel {
    type Err = InvalidRuleLevel;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.to_ascii_lowercase().as_str() {
            "off" | "allow" | "none" => Ok(RuleLevel::Off),
            "info" => Ok(RuleLevel::Info),
            "warning" | "warn" => Ok(RuleLevel::Warning),
            "error" | "deny" => Ok(RuleLevel::Error),
            _ => Err(InvalidRuleLevel(text.to_owned())),
        }
    }
}

/// The error for a rule override that cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleSettingError {
    #[error("unknown rule `{0}`: run `secmaster-report rules` to list rule codes and names")]
    UnknownRule(String),
    #[error(
        "rule {code} `{name}` cannot be changed: a body that is not a JSON object within the \
         limits, or a request that cannot be read, cannot be checked at all"
    )]
    Fixed {
        code: &'static str,
        name: &'static str,
    },
}

/// The rules whose level is fixed at error: when they fire, no other rule has run, so turning
/// them off would let any input pass.
const FIXED_RULES: [&str; 4] = ["json-syntax", "input-limit", "body-type", "request-syntax"];

/// Settings of one validation. The default checks the body alone, with no time-dependent checks.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The `workspace_id` path parameter of the request, when known. `binding_wizard` should name
    /// the same workspace. In a whole request, the value in the URL takes precedence.
    pub workspace_id: Option<String>,
    /// The `project_id` path parameter of the request, when known. In a whole request, the value
    /// in the URL takes precedence.
    pub project_id: Option<String>,
    /// The current time in epoch milliseconds. Checks that compare with the current time run only
    /// when it is set, so a result never depends on the clock of the machine.
    pub now_ms: Option<i64>,
    pub limits: Limits,
    overrides: Vec<(&'static str, RuleLevel)>,
}

impl Options {
    /// Sets the level of a rule, named by code (`SR105`) or name (`report-period`).
    pub fn set_rule_level(&mut self, rule: &str, level: RuleLevel) -> Result<(), RuleSettingError> {
        let rule =
            rules::find(rule).ok_or_else(|| RuleSettingError::UnknownRule(rule.to_owned()))?;
        if FIXED_RULES.contains(&rule.name) && level != RuleLevel::Error {
            return Err(RuleSettingError::Fixed {
                code: rule.code,
                name: rule.name,
            });
        }
        self.overrides.retain(|(code, _)| *code != rule.code);
        self.overrides.push((rule.code, level));
        Ok(())
    }

    /// Returns the builder-style form of [`Options::set_rule_level`].
    pub fn with_rule_level(
        mut self,
        rule: &str,
        level: RuleLevel,
    ) -> Result<Self, RuleSettingError> {
        self.set_rule_level(rule, level)?;
        Ok(self)
    }

    /// Returns the severity a rule reports with, or `None` when it is off.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        match self.overrides.iter().find(|(code, _)| *code == rule.code) {
            Some((_, level)) => level.severity(),
            None => Some(rule.severity),
        }
    }

    /// Returns the rule overrides in the order they were set.
    pub fn rule_levels(&self) -> &[(&'static str, RuleLevel)] {
        &self.overrides
    }
}

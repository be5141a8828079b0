//! The rule registry. Each rule is one module with its metadata, its documentation and its
//! check; [`walk`] visits the document and calls each check where it applies.

use std::fmt;

use serde::Serialize;

use crate::diagnostic::Severity;

pub(crate) mod dates;
pub mod reference;
mod text;
pub(crate) mod walk;
pub(crate) use walk::check_document;

pub(crate) mod body_type;
pub(crate) mod duplicate_key;
pub(crate) mod input_limit;
pub(crate) mod json_syntax;

pub(crate) mod email_address;
pub(crate) mod email_count;
pub(crate) mod field_type;
pub(crate) mod frequency_value;
pub(crate) mod integer_range;
pub(crate) mod language_tag;
pub(crate) mod layout_id_format;
pub(crate) mod notification_task;
pub(crate) mod report_file_type;
pub(crate) mod report_period;
pub(crate) mod report_range_order;
pub(crate) mod required_field;
pub(crate) mod string_length;
pub(crate) mod timestamp_format;
pub(crate) mod timestamp_seconds;
pub(crate) mod timezone_format;
pub(crate) mod unknown_field;

pub(crate) mod cron;
pub(crate) mod rule_end_format;
pub(crate) mod send_rule_count;
pub(crate) mod send_time_format;
pub(crate) mod send_window_order;

pub(crate) mod binding_wizard;

pub(crate) mod frequency_period_mismatch;
pub(crate) mod range_in_future;
pub(crate) mod range_period_mismatch;
pub(crate) mod rule_end_past;

pub(crate) mod request;

/// How sure the fact behind a rule is, from the strongest to the weakest source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Evidence {
    /// Stated on the API reference page for CreateReport.
    #[serde(rename = "D")]
    Documented,
    /// Encoded in the official SDKs generated from the API's OpenAPI specification.
    #[serde(rename = "S")]
    Sdk,
    /// Stated in the SecMaster console's user guide or best-practice pages.
    #[serde(rename = "C")]
    Console,
    /// Follows from examples, Terraform usage or the meaning of a field; no source states it.
    #[serde(rename = "I")]
    Inferred,
}

impl Evidence {
    /// Returns the one-letter level: D, S, C or I.
    pub fn letter(self) -> &'static str {
        match self {
            Evidence::Documented => "D",
            Evidence::Sdk => "S",
            Evidence::Console => "C",
            Evidence::Inferred => "I",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Evidence::Documented => "documented in the API reference",
            Evidence::Sdk => "encoded in the official SDKs",
            Evidence::Console => "stated in the console documentation",
            Evidence::Inferred => "inferred from examples and usage",
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.letter())
    }
}

/// How much of a rule a JSON Schema can express.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SchemaSupport {
    /// The exported schema rejects exactly what the rule reports.
    Full,
    /// The schema rejects some of what the rule reports (for example a pattern without the
    /// rule's suggestions), or the rule is a warning the schema can only hint at.
    Partial,
    /// Only the checker can do it.
    None,
}

/// A rule's documentation, in the shape the rule reference and `explain` print.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleDocs {
    /// What the rule checks.
    pub what: &'static str,
    /// Why the problem matters.
    pub why: &'static str,
    /// A request fragment that the rule reports.
    pub invalid: &'static str,
    /// The same fragment, fixed.
    pub fixed: &'static str,
    /// What the rule cannot see or may get wrong.
    pub known_problems: &'static str,
}

/// A rule's metadata.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// The stable code, such as `SR105`.
    pub code: &'static str,
    /// The kebab-case name, such as `report-period`.
    pub name: &'static str,
    pub severity: Severity,
    pub evidence: Evidence,
    /// Where the fact comes from.
    pub source: &'static str,
    pub schema: SchemaSupport,
    pub docs: RuleDocs,
}

/// Every rule, ordered by code.
pub static RULES: &[&Rule] = &[
    &json_syntax::RULE,
    &input_limit::RULE,
    &duplicate_key::RULE,
    &body_type::RULE,
    &required_field::RULE,
    &field_type::RULE,
    &unknown_field::RULE,
    &string_length::RULE,
    &report_period::RULE,
    &notification_task::RULE,
    &timestamp_format::RULE,
    &timestamp_seconds::RULE,
    &report_range_order::RULE,
    &language_tag::RULE,
    &layout_id_format::RULE,
    &frequency_value::RULE,
    &report_file_type::RULE,
    &timezone_format::RULE,
    &email_address::RULE,
    &email_count::RULE,
    &integer_range::RULE,
    &send_rule_count::RULE,
    &send_time_format::RULE,
    &cron::syntax::RULE,
    &cron::unix_form::RULE,
    &cron::step_zero::RULE,
    &cron::weekday_zero::RULE,
    &cron::numeric_weekday::RULE,
    &cron::day_conflict::RULE,
    &cron::never_fires::RULE,
    &rule_end_format::RULE,
    &send_window_order::RULE,
    &binding_wizard::json::RULE,
    &binding_wizard::value_type::RULE,
    &binding_wizard::create_time::RULE,
    &binding_wizard::creator_id::RULE,
    &binding_wizard::workspace_id_format::RULE,
    &binding_wizard::workspace_id_mismatch::RULE,
    &binding_wizard::unknown_key::RULE,
    &binding_wizard::boa_version::RULE,
    &range_period_mismatch::RULE,
    &frequency_period_mismatch::RULE,
    &range_in_future::RULE,
    &rule_end_past::RULE,
    &request::path_parameters::workspace_id::RULE,
    &request::path_parameters::project_id::RULE,
    &request::path_parameters::workspace_id_uuid::RULE,
    &request::request_syntax::RULE,
    &request::request_line::RULE,
    &request::endpoint::RULE,
    &request::required_header::RULE,
    &request::duplicate_header::RULE,
    &request::content_type::RULE,
    &request::content_type_parameters::RULE,
    &request::region_format::RULE,
    &request::region_unknown::RULE,
    &request::auth_token::RULE,
    &request::auth_token_form::RULE,
    &request::unresolved_reference::RULE,
];

/// Finds a rule by code (`SR105`, any case) or name (`report-period`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

/// Returns the default severity the evidence level justifies.
pub const fn default_severity(evidence: Evidence) -> Severity {
    match evidence {
        Evidence::Documented | Evidence::Sdk => Severity::Error,
        Evidence::Console | Evidence::Inferred => Severity::Warning,
    }
}

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

/// A rule's documentation, in the shape the rule reference and `explain` print. It lives apart
/// from [`Rule`], so a build that never prints it (the WebAssembly package) leaves it out.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleDocs {
    /// Where the fact comes from.
    pub source: &'static str,
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
    pub schema: SchemaSupport,
}

impl Rule {
    /// Returns the rule's documentation.
    pub fn docs(&self) -> &'static RuleDocs {
        let index = RULES.iter().position(|rule| rule.code == self.code);
        index.map_or(&NO_DOCS, |index| DOCS[index])
    }
}

static NO_DOCS: RuleDocs = RuleDocs {
    source: "",
    what: "",
    why: "",
    invalid: "",
    fixed: "",
    known_problems: "",
};

/// Declares [`RULES`] and the documentation table from one list of rule modules, so the two
/// cannot fall out of step.
macro_rules! registry {
    ($($module:path),* $(,)?) => {
        /// Every rule, ordered by code.
        pub static RULES: &[&Rule] = &[$(&{ use $module as module; module::RULE }),*];
        static DOCS: &[&RuleDocs] = &[$(&{ use $module as module; module::DOCS }),*];
    };
}

registry!(
    json_syntax,
    input_limit,
    duplicate_key,
    body_type,
    required_field,
    field_type,
    unknown_field,
    string_length,
    report_period,
    notification_task,
    timestamp_format,
    timestamp_seconds,
    report_range_order,
    language_tag,
    layout_id_format,
    frequency_value,
    report_file_type,
    timezone_format,
    email_address,
    email_count,
    integer_range,
    send_rule_count,
    send_time_format,
    cron::syntax,
    cron::unix_form,
    cron::step_zero,
    cron::weekday_zero,
    cron::numeric_weekday,
    cron::day_conflict,
    cron::never_fires,
    rule_end_format,
    send_window_order,
    binding_wizard::json,
    binding_wizard::value_type,
    binding_wizard::create_time,
    binding_wizard::creator_id,
    binding_wizard::workspace_id_format,
    binding_wizard::workspace_id_mismatch,
    binding_wizard::unknown_key,
    binding_wizard::boa_version,
    range_period_mismatch,
    frequency_period_mismatch,
    range_in_future,
    rule_end_past,
    request::path_parameters::workspace_id,
    request::path_parameters::project_id,
    request::path_parameters::workspace_id_uuid,
    request::request_syntax,
    request::request_line,
    request::endpoint,
    request::required_header,
    request::duplicate_header,
    request::content_type,
    request::content_type_parameters,
    request::region_format,
    request::region_unknown,
    request::auth_token,
    request::auth_token_form,
    request::unresolved_reference,
);

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

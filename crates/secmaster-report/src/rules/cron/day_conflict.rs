use crate::diagnostic::Severity;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR208",
    name: "cron-day-conflict",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    source: "",
    schema: SchemaSupport::None,
    docs: RuleDocs {
        what: "",
        why: "",
        invalid: "",
        fixed: "",
        known_problems: "",
    },
};

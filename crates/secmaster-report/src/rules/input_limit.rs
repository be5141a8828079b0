//! SR002 `input-limit`: the document stays within the checker's limits.

use crate::diagnostic::Severity;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR002",
    name: "input-limit",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Limits of this checker (Limits: max_input_bytes, max_depth, max_diagnostics); a real request body is a few kilobytes and nests four levels deep",
    what: "Reports a document larger than the size limit, nested deeper than the depth limit, \
           or with more diagnostics than the diagnostic limit, after which the rest are counted \
           in one diagnostic. The defaults are listed below.",
    why: "A request body has 15 fields of at most 256 characters and at most 5 send rules, so a \
          document past these limits is not a request body; the limits keep hostile input \
          from exhausting memory or time.",
    invalid: "[[[[[[[[ … 100,000 nested arrays … ]]]]]]]]",
    fixed: r#"{"report_name": "weekly", "report_period": "weekly"}"#,
    known_problems: "The limits are options of the library (Limits) and of the CLI; raise them \
                     for unusual input. A document over the size or depth limit is not checked \
                     further.",
};

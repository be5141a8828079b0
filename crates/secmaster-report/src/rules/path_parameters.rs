//! The path parameters `workspace_id` and `project_id`, when the caller gives them. Their
//! pointers are `#/path/workspace_id` and `#/path/project_id`.

use crate::check::{Checker, Path};
use crate::diagnostic::Message;
use crate::rules::text::{char_count, is_lower_hex};
use crate::syntax::Span;

pub(crate) mod workspace_id {
    use crate::diagnostic::Severity;
    use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

    pub(crate) static RULE: Rule = Rule {
        code: "SR501",
        name: "workspace-id-format",
        severity: Severity::Error,
        evidence: Evidence::Sdk,
        source: "SDK model CreateReportRequest: workspace_id length 32..36",
        schema: SchemaSupport::None,
        docs: RuleDocs {
            what: "Checks the `workspace_id` path parameter, when given (`--workspace-id`): 32 to \
                   36 characters, in practice a UUID.",
            why: "The SDKs reject other lengths; the service answers an unknown workspace with \
                  SecMaster.20010001 (invalid workspace ID).",
            invalid: "--workspace-id 75645d0a",
            fixed: "--workspace-id 75645d0a-93b8-4a7f-a77c-e97009389445",
            known_problems: "Whether the workspace exists is known only to the service.",
        },
    };
}

pub(crate) mod project_id {
    use crate::diagnostic::Severity;
    use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

    pub(crate) static RULE: Rule = Rule {
        code: "SR502",
        name: "project-id-format",
        severity: Severity::Warning,
        evidence: Evidence::Inferred,
        source: "API reference: project_id is required; project IDs of Huawei Cloud are 32 lowercase hexadecimal characters",
        schema: SchemaSupport::None,
        docs: RuleDocs {
            what: "Checks the `project_id` path parameter, when given (`--project-id`): 32 \
                   lowercase hexadecimal characters.",
            why: "Huawei Cloud project IDs have this form; another value is often a project name \
                  or a region name.",
            invalid: "--project-id cn-north-4",
            fixed: "--project-id 0123456789abcdef0123456789abcdef",
            known_problems: "The form is inferred from how IAM writes project IDs, so the rule \
                             reports a warning.",
        },
    };
}

/// Checks the path parameters given in the options.
pub(crate) fn check(checker: &mut Checker<'_, '_>) {
    let options = checker.options;
    let empty = Span::new(0, 0);
    if let Some(id) = &options.workspace_id {
        let length = char_count(id);
        if !(32..=36).contains(&length) {
            let message = Message::new("workspace-id-format")
                .with("value", id)
                .with("length", length);
            checker.report(
                &workspace_id::RULE,
                Path::Fixed("#/path/workspace_id"),
                empty,
                message,
            );
        }
    }
    if let Some(id) = &options.project_id {
        if !is_lower_hex(id, 32) {
            let message = Message::new("project-id-format").with("value", id);
            checker.report(
                &project_id::RULE,
                Path::Fixed("#/path/project_id"),
                empty,
                message,
            );
        }
    }
}

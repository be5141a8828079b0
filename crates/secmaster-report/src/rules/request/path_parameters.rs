//! The path parameters `workspace_id` and `project_id`: from the request's URL, or from
//! `Options` when only the body is checked. Their pointers are `#/path/workspace_id` and
//! `#/path/project_id`.

use crate::check::{Checker, Path};
use crate::diagnostic::Message;
use crate::rules::text::{char_count, is_hex, is_lower_hex, is_uuid};
use crate::syntax::Span;

pub(crate) const WORKSPACE_ID: &str = "#/path/workspace_id";
pub(crate) const PROJECT_ID: &str = "#/path/project_id";

pub(crate) mod workspace_id {
    use crate::diagnostic::Severity;
    use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

    pub(crate) static RULE: Rule = Rule {
        code: "SR501",
        name: "workspace-id-format",
        severity: Severity::Error,
        evidence: Evidence::Sdk,
        schema: SchemaSupport::None,
    };

    pub(crate) static DOCS: RuleDocs = RuleDocs {
        source: "SDK model CreateReportRequest: workspace_id length 32..36",
        what: "Checks the length of the `workspace_id` path parameter: 32 to 36 characters. \
               The value comes from the request's URL, or from `--workspace-id` when only \
               the body is checked.",
        why: "The SDKs reject other lengths; the service answers an unknown workspace with \
              SecMaster.20010001 (invalid workspace ID).",
        invalid: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a/sa/reports",
        fixed: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports",
        known_problems: "Whether the workspace exists is known only to the service. A \
                         percent-encoded segment is decoded before it is counted.",
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
        schema: SchemaSupport::None,
    };

    pub(crate) static DOCS: RuleDocs = RuleDocs {
        source: "API reference: project_id is required; project IDs of Huawei Cloud are 32 lowercase hexadecimal characters",
        what: "Checks the `project_id` path parameter: 32 lowercase hexadecimal characters. \
               The value comes from the request's URL, or from `--project-id` when only the \
               body is checked.",
        why: "Huawei Cloud project IDs have this form; another value is often a project name \
              or a region name.",
        invalid: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/cn-north-4/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports",
        fixed: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports",
        known_problems: "The form is inferred from how IAM writes project IDs, so the rule \
                         reports a warning.",
    };
}

pub(crate) mod workspace_id_uuid {
    use crate::diagnostic::Severity;
    use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

    pub(crate) static RULE: Rule = Rule {
        code: "SR503",
        name: "workspace-id-uuid",
        severity: Severity::Warning,
        evidence: Evidence::Inferred,
        schema: SchemaSupport::None,
    };

    pub(crate) static DOCS: RuleDocs = RuleDocs {
        source: "API reference and console: workspace IDs are UUIDs, such as 75645d0a-93b8-4a7f-a77c-e97009389445",
        what: "Checks the form of a `workspace_id` path parameter whose length is right: a \
               UUID (8-4-4-4-12 hexadecimal digits), or the same 32 digits without hyphens.",
        why: "A value of the right length in another form is usually a workspace name, or an \
              ID with a character lost or added in copying, and the service answers it with \
              SecMaster.20010001 (invalid workspace ID).",
        invalid: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/security-reports-workspace-prod/sa/reports",
        fixed: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports",
        known_problems: "The SDKs check only the length, so the form is inferred from the \
                         IDs in the API reference and the console, and the rule reports a \
                         warning. A value of the wrong length is reported by \
                         `workspace-id-format` alone.",
    };
}

/// Checks a `workspace_id` path parameter. `span` is where it is written in the part being
/// checked.
pub(crate) fn check_workspace_id(checker: &mut Checker<'_, '_>, span: Span, id: &str) {
    let path = Path::Fixed(WORKSPACE_ID);
    let length = char_count(id);
    if !(32..=36).contains(&length) {
        let message = Message::new("workspace-id-format")
            .with("value", id)
            .with("length", length);
        checker.report(&workspace_id::RULE, path, span, message);
        return;
    }
    if !is_uuid(id) && !is_hex(id, 32) {
        let message = Message::new("workspace-id-uuid").with("value", id);
        checker.report(&workspace_id_uuid::RULE, path, span, message);
    }
}

/// Checks a `project_id` path parameter.
pub(crate) fn check_project_id(checker: &mut Checker<'_, '_>, span: Span, id: &str) {
    if !is_lower_hex(id, 32) {
        let message = Message::new("project-id-format").with("value", id);
        checker.report(&project_id::RULE, Path::Fixed(PROJECT_ID), span, message);
    }
}

/// Checks the path parameters given in the options, for a check of the body alone.
pub(crate) fn check_options(checker: &mut Checker<'_, '_>) {
    let options = checker.options;
    let empty = Span::new(0, 0);
    if let Some(id) = &options.workspace_id {
        check_workspace_id(checker, empty, id);
    }
    if let Some(id) = &options.project_id {
        check_project_id(checker, empty, id);
    }
}

//! SR106 `notification-task`: `notification_task` is 32 lowercase hexadecimal characters.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::{is_hex, is_lower_hex};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR106",
    name: "notification-task",
    severity: Severity::Error,
    evidence: Evidence::Sdk,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SDK model CreateReportRequestBody: notification_task pattern [a-f0-9]{32}",
    what: "Checks that `notification_task` is 32 lowercase hexadecimal characters, the form \
           of a SecMaster notification task ID. Uppercase hexadecimal gets a fix that \
           lowercases it; a UUID with hyphens gets a fix that removes them.",
    why: "The SDKs validate the pattern `[a-f0-9]{32}` before sending.",
    invalid: r#"{"notification_task": "B6940C3B-EEE4-4133-81BE-3F257AB6FB2D"}"#,
    fixed: r#"{"notification_task": "b6940c3beee4413381be3f257ab6fb2d"}"#,
    known_problems: "Whether the task exists is known only to the service.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if is_lower_hex(&text, 32) {
        return;
    }
    let without_hyphens: String = text.chars().filter(|&c| c != '-').collect();
    let fixable = is_hex(&without_hyphens, 32);
    let message = Message::new("notification-task").with("value", &text);
    let reported = checker.report(&RULE, path, value.span(), message);
    if fixable {
        let fixed = without_hyphens.to_ascii_lowercase();
        reported
            .help(Message::new("did-you-mean").with("suggestion", &fixed))
            .fix_string(value.span(), &fixed);
    }
}

//! The sentences of the schema's titles and descriptions, in each locale, and the notes that name
//! the rules that only the checker runs.

use crate::diagnostic::Severity;
use crate::messages::Locale;
use crate::rules::{Rule, SchemaSupport};

use super::hints::Localized;

pub(super) const TITLE: Localized = Localized::new(
    "SecMaster Create Security Report request body",
    "SecMaster 创建安全报告请求体",
);

pub(super) const INTRODUCTION: Localized = Localized::new(
    "Request body of the Huawei Cloud SecMaster API Create Security Report \
     (POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports). This schema checks types, \
     required and unknown fields, lengths, enumerations, formats, integer ranges and the number \
     of send rules. `secmaster-report check` checks all of these and more: cron expressions, the \
     order of times, and values compared with other fields or with the current time. Each \
     field's description names the checks that only `secmaster-report check` runs.",
    "华为云 SecMaster「创建安全报告」API（POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports）\
     的请求体。此 schema 检查类型、必填字段与未知字段、长度、枚举值、格式、整数范围和发送规则数量。\
     `secmaster-report check` 检查以上全部内容，还检查 cron 表达式、时间先后，以及与其他字段或当前时间\
     的比较。每个字段的说明列出只有 `secmaster-report check` 才做的检查。",
);

pub(super) const CONTENT_NOTE: Localized = Localized::new(
    "The schema describes the JSON text with `contentMediaType` and `contentSchema`. Validators \
     and editors treat these keywords as annotations unless configured to assert content, so they \
     usually accept any string here; `secmaster-report check` parses and checks the text.",
    "此 schema 用 `contentMediaType` 与 `contentSchema` 描述其中的 JSON 文本。校验器和编辑器默认只把\
     这两个关键字当作注解，通常接受这里的任何字符串；`secmaster-report check` 会解析并检查这段文本。",
);

pub(super) const SEND_RULE: Localized = Localized::new(
    "A send rule: when the report is sent, and which window each sent report covers.",
    "发送规则：何时发送报告，以及每份报告统计的时间窗口。",
);

pub(super) const BINDING_DOCUMENT: Localized = Localized::new(
    "The JSON document inside `binding_wizard`. None of its keys is required.",
    "`binding_wizard` 中的 JSON 文档，其中的键都不是必填。",
);

const CHECKER_ONLY: Localized = Localized::new(
    "Only `secmaster-report check` checks",
    "仅 `secmaster-report check` 检查",
);

const PARTIAL: Localized = Localized::new("Checked here in part", "此处只检查一部分");

const WARNING_ONLY: Localized = Localized::new(
    "`secmaster-report check` reports these as warnings, not errors",
    "`secmaster-report check` 仅将其报告为警告",
);

const INFO_ONLY: Localized = Localized::new(
    "`secmaster-report check` reports these as notes, not errors",
    "`secmaster-report check` 仅将其报告为提示",
);

/// The notes of one field or object: which of its rules the schema cannot check, checks in part,
/// or rejects although the checker reports them only as warnings or notes.
#[derive(Debug, Default)]
pub(super) struct RuleNotes {
    checker_only: Vec<&'static Rule>,
    partial: Vec<&'static Rule>,
    warning_only: Vec<&'static Rule>,
    info_only: Vec<&'static Rule>,
}

impl RuleNotes {
    pub(super) fn new(rules: impl Iterator<Item = &'static Rule>) -> Self {
        let mut notes = RuleNotes::default();
        for rule in rules {
            match rule.schema {
                SchemaSupport::None => {
                    notes.checker_only.push(rule);
                    continue;
                }
                SchemaSupport::Partial => notes.partial.push(rule),
                SchemaSupport::Full => {}
            }
            match rule.severity {
                Severity::Warning => notes.warning_only.push(rule),
                Severity::Info => notes.info_only.push(rule),
                Severity::Error => {}
            }
        }
        notes
    }

    /// Renders the notes as sentences of plain text, each after a [`sentence_gap`].
    pub(super) fn plain(&self, locale: Locale) -> String {
        let mut text = String::new();
        for (heading, rules) in self.groups() {
            text.push_str(sentence_gap(locale));
            text.push_str(&sentence(locale, heading, rules, false));
        }
        text
    }

    /// Renders the notes as Markdown paragraphs, each after a blank line.
    pub(super) fn markdown(&self, locale: Locale) -> String {
        let mut text = String::new();
        for (heading, rules) in self.groups() {
            text.push_str("\n\n");
            text.push_str(&sentence(locale, heading, rules, true));
        }
        text
    }

    fn groups(&self) -> impl Iterator<Item = (Localized, &[&'static Rule])> {
        [
            (CHECKER_ONLY, self.checker_only.as_slice()),
            (PARTIAL, self.partial.as_slice()),
            (WARNING_ONLY, self.warning_only.as_slice()),
            (INFO_ONLY, self.info_only.as_slice()),
        ]
        .into_iter()
        .filter(|(_, rules)| !rules.is_empty())
    }
}

/// Returns what separates two sentences of plain text: a space in English, nothing in Chinese.
pub(super) fn sentence_gap(locale: Locale) -> &'static str {
    match locale {
        Locale::En => " ",
        Locale::ZhCn => "",
    }
}

/// Renders `heading: name (code), name (code).`, with the names in code spans in Markdown.
fn sentence(locale: Locale, heading: Localized, rules: &[&'static Rule], markdown: bool) -> String {
    let (colon, separator, end) = match locale {
        Locale::En => (": ", ", ", "."),
        Locale::ZhCn => ("：", "、", "。"),
    };
    let items: Vec<String> = rules
        .iter()
        .map(|rule| {
            if markdown {
                format!("`{}` ({})", rule.name, rule.code)
            } else {
                format!("{} ({})", rule.name, rule.code)
            }
        })
        .collect();
    format!(
        "{}{colon}{}{end}",
        heading.get(locale),
        items.join(separator)
    )
}

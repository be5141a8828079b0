//! Editor hints that the field tables do not carry: descriptions of enumeration values, example
//! values, snippets, error messages for patterns, and the pattern of `to` and `cc`.
//!
//! NOTE: these belong beside the fields in `model/fields.rs`, and live here until the table has
//! columns for them. Every value they describe comes from the table's constants, and the
//! tests check that each enumeration value has a description.

use crate::messages::Locale;
use crate::model::fields::{REPORT_FILE_TYPES, REPORT_PERIODS};

use super::placement::Object;

/// A text in both locales.
#[derive(Debug, Clone, Copy)]
pub(super) struct Localized {
    pub(super) en: &'static str,
    pub(super) zh: &'static str,
}

impl Localized {
    pub(super) const fn new(en: &'static str, zh: &'static str) -> Self {
        Self { en, zh }
    }

    pub(super) fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::ZhCn => self.zh,
        }
    }
}

/// A list of email addresses separated by `;`, with one optional trailing `;`. An address is a
/// dot-atom local part, `@`, and at least two domain labels of letters, digits and inner hyphens.
/// The classes exclude the ASCII characters the `email-address` rule rejects and admit every
/// other character, written as negated ASCII ranges so the same pattern works in ECMA-262,
/// Python `re` and Rust `regex`, none of which agree on `\p{…}` classes or on characters
/// outside the Basic Multilingual Plane.
///
/// NOTE: the rule also rejects non-ASCII characters that are not letters or digits, and limits
/// the local part to 64 bytes, a label to 63 bytes and the domain to 253 bytes. The pattern
/// leaves those checks to the checker, so it accepts a little more than the rule does and never
/// less.
pub(super) const EMAIL_LIST_PATTERN: &str = concat!(
    "^",
    "[^\\x00-\\x20\"(),.:;<>@\\[\\\\\\]\\x7F]+(?:\\.[^\\x00-\\x20\"(),.:;<>@\\[\\\\\\]\\x7F]+)*",
    "@",
    "[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F](?:[^\\x00-\\x2C./:-@\\[-\\x60{-\\x7F]*[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F])?",
    "(?:\\.[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F](?:[^\\x00-\\x2C./:-@\\[-\\x60{-\\x7F]*[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F])?)+",
    "(?:;",
    "[^\\x00-\\x20\"(),.:;<>@\\[\\\\\\]\\x7F]+(?:\\.[^\\x00-\\x20\"(),.:;<>@\\[\\\\\\]\\x7F]+)*",
    "@",
    "[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F](?:[^\\x00-\\x2C./:-@\\[-\\x60{-\\x7F]*[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F])?",
    "(?:\\.[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F](?:[^\\x00-\\x2C./:-@\\[-\\x60{-\\x7F]*[^\\x00-\\x2F:-@\\[-\\x60{-\\x7F])?)+",
    ")*;?$",
);

/// Returns the pattern the schema uses for a field that has none in the field table.
pub(super) fn extra_pattern(object: Object, field: &str) -> Option<&'static str> {
    match (object, field) {
        (Object::Body, "to" | "cc") => Some(EMAIL_LIST_PATTERN),
        _ => None,
    }
}

/// Descriptions of the report periods: the time each one covers, as the console describes it.
static PERIOD_DESCRIPTIONS: [(&str, Localized); 4] = [
    (
        "daily",
        Localized::new(
            "Daily report: covers 00:00 to 24:00 of the previous day.",
            "日报：统计前一天 00:00 至 24:00。",
        ),
    ),
    (
        "weekly",
        Localized::new(
            "Weekly report: covers the previous week, Monday 00:00 to Sunday 24:00.",
            "周报：统计上一周，周一 00:00 至周日 24:00。",
        ),
    ),
    (
        "monthly",
        Localized::new(
            "Monthly report: covers the previous calendar month.",
            "月报：统计上一个自然月。",
        ),
    ),
    ("annual", Localized::new("Annual report.", "年报。")),
];

static FREQUENCY_DESCRIPTIONS: [(&str, Localized); 3] = [
    (
        "daily",
        Localized::new("Send the report every day.", "每天发送报告。"),
    ),
    (
        "weekly",
        Localized::new("Send the report every week.", "每周发送报告。"),
    ),
    (
        "monthly",
        Localized::new("Send the report every month.", "每月发送报告。"),
    ),
];

/// Returns the description of an enumeration value, or `None` when the hints have none.
pub(super) fn enum_description(object: Object, field: &str, value: &str) -> Option<Localized> {
    let table: &[(&str, Localized)] = match (object, field) {
        (Object::Body, "report_period") => &PERIOD_DESCRIPTIONS,
        (Object::Body, "frequency") => &FREQUENCY_DESCRIPTIONS,
        _ => return None,
    };
    table
        .iter()
        .find(|(known, _)| *known == value)
        .map(|(_, description)| *description)
}

/// The Terraform provider's `binding_wizard`, the smallest value known to be accepted.
pub(super) const MINIMAL_BINDING_WIZARD: &str = r#"{"binding_buttons":[],"boa_version":"v4"}"#;

/// A weekly cron expression in the Quartz form: Mondays at 08:00:00.
const WEEKLY_CRON: &str = "0 0 8 ? * MON";

/// Returns the example values an editor offers as completions for a field. Fields whose values
/// are IDs get none, so that no editor proposes an ID that names nothing.
pub(super) fn examples(object: Object, field: &str) -> &'static [&'static str] {
    match (object, field) {
        (Object::Body, "language") => &["zh-CN", "en-US"],
        (Object::Body, "timezone") => &["Asia/Shanghai", "GMT+08:00"],
        (Object::Body, "report_file_type") => REPORT_FILE_TYPES,
        (Object::Body, "binding_wizard") => &[MINIMAL_BINDING_WIZARD],
        (Object::SendRule, "rule") => &[WEEKLY_CRON],
        (Object::SendWindow, "time") => &["00:00:00", "23:59:59"],
        _ => &[],
    }
}

/// Returns the message an editor shows, in place of the regular expression, for a value that
/// does not match a field's pattern. Fields inside `binding_wizard` get none, because editors do
/// not check that content.
pub(super) fn pattern_error(object: Object, field: &str) -> Option<Localized> {
    let message = match (object, field) {
        (Object::Body, "notification_task") => Localized::new(
            "Expected 32 lowercase hexadecimal characters, such as b6940c3beee4413381be3f257ab6fb2d.",
            "应为 32 位小写十六进制字符，如 b6940c3beee4413381be3f257ab6fb2d。",
        ),
        (Object::Body, "to" | "cc") => Localized::new(
            "Expected email addresses separated by `;` with no spaces, such as alice@example.com;bob@example.com.",
            "应为以 `;` 分隔、不含空格的邮箱地址，如 alice@example.com;bob@example.com。",
        ),
        (Object::ReportRange, "start" | "end") => Localized::new(
            "Expected epoch milliseconds as decimal digits, such as 1662900406226.",
            "应为十进制数字形式的毫秒时间戳，如 1662900406226。",
        ),
        (Object::SendRule, "rule_end") => Localized::new(
            "Expected epoch milliseconds as decimal digits, such as 1798675200000.",
            "应为十进制数字形式的毫秒时间戳，如 1798675200000。",
        ),
        (Object::SendWindow, "time") => Localized::new(
            "Expected HH:MM:SS on a 24-hour clock, from 00:00:00 to 23:59:59.",
            "应为 24 小时制的 HH:MM:SS，从 00:00:00 到 23:59:59。",
        ),
        _ => return None,
    };
    Some(message)
}

/// An editor snippet: a label, a description and a body with snippet placeholders.
#[derive(Debug, Clone)]
pub(super) struct Snippet {
    pub(super) label: &'static str,
    pub(super) description: &'static str,
    pub(super) body: serde_json::Value,
}

impl Snippet {
    /// Returns the snippet as an element of `defaultSnippets`.
    pub(super) fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "label": self.label,
            "description": self.description,
            "body": self.body,
        })
    }
}

/// Returns the snippet text that fills a required field of the body in the body's snippet, and the
/// number of placeholders it uses. `tab_stop` is the number of the field's first placeholder.
pub(super) fn body_snippet_value(
    field: &str,
    tab_stop: usize,
    locale: Locale,
) -> (serde_json::Value, usize) {
    use serde_json::json;

    let name = Localized::new("Weekly security report", "每周安全报告").get(locale);
    let layout = Localized::new("layout ID", "布局 ID").get(locale);
    match field {
        "report_name" => (json!(format!("${{{tab_stop}:{name}}}")), 1),
        "report_period" => (
            json!(format!("${{{tab_stop}|{}|}}", REPORT_PERIODS.join(","))),
            1,
        ),
        "report_range" => {
            // 2024-06-01T00:00:00Z to 2024-06-08T00:00:00Z: one week.
            let value = json!({
                "start": format!("${{{tab_stop}:1717200000000}}"),
                "end": format!("${{{}:1717804800000}}", tab_stop + 1),
            });
            (value, 2)
        }
        "language" => {
            let choices = examples(Object::Body, "language").join(",");
            (json!(format!("${{{tab_stop}|{choices}|}}")), 1)
        }
        "layout_id" => (json!(format!("${{{tab_stop}:{layout}}}")), 1),
        "binding_wizard" => (json!(MINIMAL_BINDING_WIZARD), 0),
        _ => (json!(format!("${tab_stop}")), 1),
    }
}

/// Returns the label and the description of the body's snippet.
pub(super) fn body_snippet_text(locale: Locale) -> (&'static str, &'static str) {
    let label = Localized::new("New report request", "新建报告请求");
    let description = Localized::new(
        "The required fields of a Create Security Report request.",
        "创建安全报告请求的必填字段。",
    );
    (label.get(locale), description.get(locale))
}

/// Returns the snippet of one send rule.
pub(super) fn send_rule_snippet(locale: Locale) -> Snippet {
    let label = Localized::new("Send rule: Mondays at 08:00", "发送规则：每周一 08:00");
    let description = Localized::new(
        "A send rule with a Quartz cron expression: seconds, minutes, hours, day of month, month, day of week.",
        "使用 Quartz cron 表达式的发送规则：秒、分、时、日、月、星期。",
    );
    Snippet {
        label: label.get(locale),
        description: description.get(locale),
        body: serde_json::json!({ "rule": format!("${{1:{WEEKLY_CRON}}}") }),
    }
}

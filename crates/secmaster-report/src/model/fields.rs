//! The fields of the request body and what is known about each: the single source of every limit,
//! read by the rules, the JSON Schema export and the generated documentation.

/// The JSON type a field must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    Integer,
    Object,
    Array,
}

impl FieldType {
    /// Returns the catalogue key of the type's name in messages, such as `type.integer`.
    pub fn term(self) -> &'static str {
        match self {
            FieldType::String => "type.string",
            FieldType::Integer => "type.integer",
            FieldType::Object => "type.object",
            FieldType::Array => "type.array",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Object => "object",
            FieldType::Array => "array",
        }
    }
}

/// A field of an object of the request, with its constraints.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    pub field_type: FieldType,
    /// Minimum length in characters, for strings.
    pub min_length: Option<u32>,
    /// Maximum length in characters, for strings.
    pub max_length: Option<u32>,
    /// Inclusive range, for integers.
    pub range: Option<(i64, i64)>,
    /// The allowed values, for enumerations.
    pub values: &'static [&'static str],
    /// The regular expression (ECMA 262) that the schema export uses for the rules that check
    /// the form of the value. The rules themselves do not use regular expressions, and a test
    /// checks that both agree.
    pub pattern: Option<&'static str>,
    pub description: &'static str,
    pub description_zh: &'static str,
}

impl Field {
    const fn string(name: &'static str, required: bool, min: u32, max: u32) -> Field {
        Field {
            name,
            required,
            field_type: FieldType::String,
            min_length: Some(min),
            max_length: Some(max),
            range: None,
            values: &[],
            pattern: None,
            description: "",
            description_zh: "",
        }
    }

    const fn of_type(name: &'static str, required: bool, field_type: FieldType) -> Field {
        Field {
            name,
            required,
            field_type,
            min_length: None,
            max_length: None,
            range: None,
            values: &[],
            pattern: None,
            description: "",
            description_zh: "",
        }
    }

    const fn integer(name: &'static str, min: i64, max: i64) -> Field {
        Field {
            range: Some((min, max)),
            ..Field::of_type(name, false, FieldType::Integer)
        }
    }

    const fn pattern(self, pattern: &'static str) -> Field {
        Field {
            pattern: Some(pattern),
            ..self
        }
    }

    const fn values(self, values: &'static [&'static str]) -> Field {
        Field { values, ..self }
    }

    const fn describe(self, description: &'static str, description_zh: &'static str) -> Field {
        Field {
            description,
            description_zh,
            ..self
        }
    }
}

/// The values of `report_period`, exactly as the service expects them.
pub const REPORT_PERIODS: &[&str] = &["daily", "weekly", "monthly", "annual"];

/// The documented options of `frequency`.
pub const FREQUENCIES: &[&str] = &["daily", "weekly", "monthly"];

/// The documented kinds of `report_file_type`. Their spelling on the wire is not documented.
pub const REPORT_FILE_TYPES: &[&str] = &["pdf", "html", "image"];

/// At most this many addresses in `to` or `cc` (console limit).
pub const MAX_RECIPIENTS: usize = 100;

/// At most this many send rules in `report_rule_infos` (console limit).
pub const MAX_SEND_RULES: usize = 5;

/// A decimal epoch-milliseconds timestamp as a string of 1 to 16 digits.
pub const EPOCH_MILLIS_PATTERN: &str = "^[0-9]{1,16}$";

/// Decimal digits, for a timestamp whose length only the SDK's string limit bounds.
pub const DIGITS_PATTERN: &str = "^[0-9]+$";

/// `HH:MM:SS` on a 24-hour clock.
pub const TIME_OF_DAY_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$";

/// The form of `notification_task`.
pub const NOTIFICATION_TASK_PATTERN: &str = "^[a-f0-9]{32}$";

/// A UUID in its canonical textual form, any case.
pub const UUID_PATTERN: &str =
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/// The fields of the body, in the order of the API reference.
pub static BODY_FIELDS: [Field; 15] = [
    Field::string("report_name", true, 1, 256).describe("Report name.", "报告名称。"),
    Field::string("report_period", true, 1, 256)
        .values(REPORT_PERIODS)
        .describe(
            "Report period: `daily`, `weekly`, `monthly` or `annual`, in lowercase.",
            "报告周期：`daily`、`weekly`、`monthly` 或 `annual`，须为小写。",
        ),
    Field::of_type("report_range", true, FieldType::Object).describe(
        "Time range the report covers, as epoch-millisecond strings `start` and `end`.",
        "报告统计的时间范围，`start` 与 `end` 为毫秒时间戳字符串。",
    ),
    Field::string("language", true, 1, 16).describe(
        "Report language as a BCP 47 tag, such as `zh-CN` or `en-US`.",
        "报告语言，BCP 47 语言标签，如 `zh-CN` 或 `en-US`。",
    ),
    Field::of_type("notification_task", false, FieldType::String)
        .pattern(NOTIFICATION_TASK_PATTERN)
        .describe(
            "ID of the notification task: 32 lowercase hexadecimal characters.",
            "通知任务 ID：32 位小写十六进制字符。",
        ),
    Field::string("layout_id", true, 1, 64).describe(
        "ID of the report layout, usually a UUID.",
        "报告布局 ID，通常为 UUID。",
    ),
    Field::string("title", false, 1, 256).describe("Email subject.", "邮件主题。"),
    Field::string("to", false, 1, 256).describe(
        "Recipients: email addresses separated by `;`, at most 100.",
        "收件人：以 `;` 分隔的邮箱地址，最多 100 个。",
    ),
    Field::string("cc", false, 1, 256).describe(
        "Carbon-copy recipients: email addresses separated by `;`, at most 100.",
        "抄送人：以 `;` 分隔的邮箱地址，最多 100 个。",
    ),
    Field::string("content", false, 1, 256).describe("Email body.", "邮件正文。"),
    Field::string("report_file_type", false, 1, 256).describe(
        "File type of the report: `pdf`, `html` or `image`.",
        "报告文件类型：`pdf`、`html` 或 `image`。",
    ),
    Field::string("frequency", false, 1, 256)
        .values(FREQUENCIES)
        .describe(
            "Sending frequency: `daily`, `weekly` or `monthly`.",
            "发送频率：`daily`、`weekly` 或 `monthly`。",
        ),
    Field {
        max_length: None,
        ..Field::string("binding_wizard", true, 1, 0)
    }
    .describe(
        "Layout binding: a JSON object serialised into a string.",
        "布局绑定信息：序列化为字符串的 JSON 对象。",
    ),
    Field::string("timezone", false, 1, 256).describe(
        "Time zone, such as `Asia/Shanghai` or `GMT+08:00`.",
        "时区，如 `Asia/Shanghai` 或 `GMT+08:00`。",
    ),
    Field::of_type("report_rule_infos", false, FieldType::Array)
        .describe("Send rules, at most 5.", "发送规则，最多 5 条。"),
];

/// The fields of `report_range`.
pub static RANGE_FIELDS: [Field; 2] = [
    Field::string("start", true, 1, 16)
        .pattern(EPOCH_MILLIS_PATTERN)
        .describe(
            "Start of the range, epoch milliseconds as a string.",
            "统计开始时间，字符串形式的毫秒时间戳。",
        ),
    Field::string("end", true, 1, 16)
        .pattern(EPOCH_MILLIS_PATTERN)
        .describe(
            "End of the range, epoch milliseconds as a string.",
            "统计结束时间，字符串形式的毫秒时间戳。",
        ),
];

/// The fields of a send rule (`ReportRuleRequest`).
pub static SEND_RULE_FIELDS: [Field; 4] = [
    Field::string("rule", false, 1, 256).describe(
        "Cron expression of the sending task, Quartz form with seconds: `0 0 8 ? * MON`.",
        "发送任务的 cron 表达式，带秒的 Quartz 格式：`0 0 8 ? * MON`。",
    ),
    Field::string("rule_end", false, 1, 256)
        .pattern(DIGITS_PATTERN)
        .describe(
            "Deadline for starting the sending task, epoch milliseconds as a string.",
            "发送任务的截止时间，字符串形式的毫秒时间戳。",
        ),
    Field::of_type("start_time", false, FieldType::Object).describe(
        "Start of the statistical window of each report, as offsets from the sending time.",
        "每份报告统计窗口的开始，相对发送时间的偏移。",
    ),
    Field::of_type("end_time", false, FieldType::Object).describe(
        "End of the statistical window of each report, as offsets from the sending time.",
        "每份报告统计窗口的结束，相对发送时间的偏移。",
    ),
];

/// The fields of a send rule's `start_time` and `end_time`.
pub static OFFSET_FIELDS: [Field; 4] = [
    Field::integer("day", -1, 32).describe(
        "Day offset: -1 the previous day, 0 the current day.",
        "天偏移：-1 为前一天，0 为当天。",
    ),
    Field::integer("week", -1, 32).describe(
        "Week offset: -1 the previous week, 0 the current week.",
        "周偏移：-1 为上一周，0 为本周。",
    ),
    Field::integer("month", -6, 32).describe(
        "Month offset: -1 the previous month, 0 the current month.",
        "月偏移：-1 为上个月，0 为本月。",
    ),
    Field::string("time", false, 1, 256)
        .pattern(TIME_OF_DAY_PATTERN)
        .describe(
            "Time of day, `HH:MM:SS` on a 24-hour clock.",
            "时刻，24 小时制 `HH:MM:SS`。",
        ),
];

/// The known fields of the document inside `binding_wizard`. None is required.
pub static BINDING_WIZARD_FIELDS: [Field; 6] = [
    Field::of_type("binding_buttons", false, FieldType::Array)
        .describe("Buttons bound to the layout.", "绑定到布局的按钮。"),
    Field::of_type("boa_version", false, FieldType::String)
        .pattern("^v[0-9]+$")
        .describe(
            "Layout engine version, such as `v4`.",
            "布局引擎版本，如 `v4`。",
        ),
    Field::of_type("create_time", false, FieldType::String).describe(
        "Creation time in SecMaster's form `2025-11-20T10:51:40Z+0800`.",
        "创建时间，SecMaster 格式 `2025-11-20T10:51:40Z+0800`。",
    ),
    Field::of_type("creator_id", false, FieldType::String)
        .pattern("^[0-9a-fA-F]{32}$")
        .describe(
            "ID of the creator: 32 hexadecimal characters.",
            "创建者 ID：32 位十六进制字符。",
        ),
    Field::of_type("creator_name", false, FieldType::String)
        .describe("Name of the creator.", "创建者名称。"),
    Field::of_type("workspace_id", false, FieldType::String)
        .pattern(UUID_PATTERN)
        .describe(
            "ID of the workspace, a UUID; it should equal the request's path `workspace_id`.",
            "工作空间 ID（UUID），应与请求路径中的 `workspace_id` 相同。",
        ),
];

/// The keys that exist only in the Update Security Report API.
pub const UPDATE_ONLY_FIELDS: &[&str] = &["status", "subject", "report_id"];

/// Returns the field of a table by name.
pub fn find(fields: &'static [Field], name: &str) -> Option<&'static Field> {
    fields.iter().find(|field| field.name == name)
}

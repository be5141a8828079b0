// Generated from the secmaster-report core by `cargo run -p secmaster-report-wasm --bin generate -- types`.
// Do not edit: change the core and run the command again.

/** The values of `report_period`, exactly as the service expects them: lowercase. */
export type ReportPeriod = "daily" | "weekly" | "monthly" | "annual";

/** The documented values of `frequency`. */
export type Frequency = "daily" | "weekly" | "monthly";

/** The documented kinds of `report_file_type`. Their spelling on the wire is not documented, so the checker accepts them in any case and warns about other values. */
export type ReportFileType = "pdf" | "html" | "image";

/** The body of Create a security report: `POST /v1/{project_id}/workspaces/{workspace_id}/sa/reports`. */
export interface CreateReportRequestBody {
  /**
   * Report name.
   *
   * 报告名称。
   *
   * 1 to 256 characters.
   */
  report_name: string;

  /**
   * Report period: `daily`, `weekly`, `monthly` or `annual`, in lowercase.
   *
   * 报告周期：`daily`、`weekly`、`monthly` 或 `annual`，须为小写。
   *
   * 1 to 256 characters.
   */
  report_period: ReportPeriod;

  /**
   * Time range the report covers, as epoch-millisecond strings `start` and `end`.
   *
   * 报告统计的时间范围，`start` 与 `end` 为毫秒时间戳字符串。
   */
  report_range: ReportRange;

  /**
   * Report language as a BCP 47 tag, such as `zh-CN` or `en-US`.
   *
   * 报告语言，BCP 47 语言标签，如 `zh-CN` 或 `en-US`。
   *
   * 1 to 16 characters.
   */
  language: string;

  /**
   * ID of the notification task: 32 lowercase hexadecimal characters.
   *
   * 通知任务 ID：32 位小写十六进制字符。
   *
   * Matches `^[a-f0-9]{32}$`.
   */
  notification_task?: string;

  /**
   * ID of the report layout, usually a UUID.
   *
   * 报告布局 ID，通常为 UUID。
   *
   * 1 to 64 characters.
   */
  layout_id: string;

  /**
   * Email subject.
   *
   * 邮件主题。
   *
   * 1 to 256 characters.
   */
  title?: string;

  /**
   * Recipients: email addresses separated by `;`, at most 100.
   *
   * 收件人：以 `;` 分隔的邮箱地址，最多 100 个。
   *
   * 1 to 256 characters.
   */
  to?: string;

  /**
   * Carbon-copy recipients: email addresses separated by `;`, at most 100.
   *
   * 抄送人：以 `;` 分隔的邮箱地址，最多 100 个。
   *
   * 1 to 256 characters.
   */
  cc?: string;

  /**
   * Email body.
   *
   * 邮件正文。
   *
   * 1 to 256 characters.
   */
  content?: string;

  /**
   * File type of the report: `pdf`, `html` or `image`.
   *
   * 报告文件类型：`pdf`、`html` 或 `image`。
   *
   * 1 to 256 characters.
   */
  report_file_type?: ReportFileType | (string & {});

  /**
   * Sending frequency: `daily`, `weekly` or `monthly`.
   *
   * 发送频率：`daily`、`weekly` 或 `monthly`。
   *
   * 1 to 256 characters.
   */
  frequency?: Frequency;

  /**
   * Layout binding: a JSON object serialised into a string.
   *
   * 布局绑定信息：序列化为字符串的 JSON 对象。
   *
   * At least 1 character(s).
   *
   * Write it as `JSON.stringify(wizard)` of a {@link BindingWizard}.
   */
  binding_wizard: string;

  /**
   * Time zone, such as `Asia/Shanghai` or `GMT+08:00`.
   *
   * 时区，如 `Asia/Shanghai` 或 `GMT+08:00`。
   *
   * 1 to 256 characters.
   */
  timezone?: string;

  /**
   * Send rules, at most 5.
   *
   * 发送规则，最多 5 条。
   */
  report_rule_infos?: ReportRuleRequest[];
}

/** The time range a report covers, as strings of epoch milliseconds. */
export interface ReportRange {
  /**
   * Start of the range, epoch milliseconds as a string.
   *
   * 统计开始时间，字符串形式的毫秒时间戳。
   *
   * 1 to 16 characters. Matches `^[0-9]{1,16}$`.
   */
  start: string;

  /**
   * End of the range, epoch milliseconds as a string.
   *
   * 统计结束时间，字符串形式的毫秒时间戳。
   *
   * 1 to 16 characters. Matches `^[0-9]{1,16}$`.
   */
  end: string;
}

/** A send rule: when the report is sent, and which window each sent report covers. */
export interface ReportRuleRequest {
  /**
   * Cron expression of the sending task, Quartz form with seconds: `0 0 8 ? * MON`.
   *
   * 发送任务的 cron 表达式，带秒的 Quartz 格式：`0 0 8 ? * MON`。
   *
   * 1 to 256 characters.
   */
  rule?: string;

  /**
   * Deadline for starting the sending task, epoch milliseconds as a string.
   *
   * 发送任务的截止时间，字符串形式的毫秒时间戳。
   *
   * 1 to 256 characters. Matches `^[0-9]+$`.
   */
  rule_end?: string;

  /**
   * Start of the statistical window of each report, as offsets from the sending time.
   *
   * 每份报告统计窗口的开始，相对发送时间的偏移。
   */
  start_time?: ReportRuleTime;

  /**
   * End of the statistical window of each report, as offsets from the sending time.
   *
   * 每份报告统计窗口的结束，相对发送时间的偏移。
   */
  end_time?: ReportRuleTime;
}

/** The start or end of a send rule's statistical window, as offsets from the sending time. */
export interface ReportRuleTime {
  /**
   * Day offset: -1 the previous day, 0 the current day.
   *
   * 天偏移：-1 为前一天，0 为当天。
   *
   * An integer from -1 to 32.
   */
  day?: number;

  /**
   * Week offset: -1 the previous week, 0 the current week.
   *
   * 周偏移：-1 为上一周，0 为本周。
   *
   * An integer from -1 to 32.
   */
  week?: number;

  /**
   * Month offset: -1 the previous month, 0 the current month.
   *
   * 月偏移：-1 为上个月，0 为本月。
   *
   * An integer from -6 to 32.
   */
  month?: number;

  /**
   * Time of day, `HH:MM:SS` on a 24-hour clock.
   *
   * 时刻，24 小时制 `HH:MM:SS`。
   *
   * 1 to 256 characters. Matches `^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$`.
   */
  time?: string;
}

/** The document inside `binding_wizard`, before it is serialised into a string. Other keys are kept, and the checker warns about them. */
export interface BindingWizard {
  /**
   * Buttons bound to the layout.
   *
   * 绑定到布局的按钮。
   */
  binding_buttons?: unknown[];

  /**
   * Layout engine version, such as `v4`.
   *
   * 布局引擎版本，如 `v4`。
   *
   * Matches `^v[0-9]+$`.
   */
  boa_version?: string;

  /**
   * Creation time in SecMaster's form `2025-11-20T10:51:40Z+0800`.
   *
   * 创建时间，SecMaster 格式 `2025-11-20T10:51:40Z+0800`。
   */
  create_time?: string;

  /**
   * ID of the creator: 32 hexadecimal characters.
   *
   * 创建者 ID：32 位十六进制字符。
   *
   * Matches `^[0-9a-fA-F]{32}$`.
   */
  creator_id?: string;

  /**
   * Name of the creator.
   *
   * 创建者名称。
   */
  creator_name?: string;

  /**
   * ID of the workspace, a UUID; it should equal the request's path `workspace_id`.
   *
   * 工作空间 ID（UUID），应与请求路径中的 `workspace_id` 相同。
   *
   * Matches `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`.
   */
  workspace_id?: string;

  /** Any other key. */
  [key: string]: unknown;
}

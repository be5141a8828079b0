// Generated from the secmaster-report core by `cargo run -p secmaster-report-wasm --bin generate -- types`.
// Do not edit: change the core and run the command again.

import type { CreateReportRequestBody } from "./request.js";

/** A locale of the message catalogues. */
export type Locale = "en" | "zh-CN";

/** How serious a diagnostic is. An error means the service rejects the request (or, by its specification, should); a warning is a likely mistake or a console limit. */
export type Severity = "error" | "warning" | "info";

/** The level an option sets for a rule: a severity, or `"off"`. */
export type RuleLevel = "off" | "info" | "warning" | "error";

/** How sure the fact behind a rule is, from the strongest source to the weakest: `D` documented in the API reference, `S` encoded in the official SDKs, `C` stated in the console documentation, `I` inferred from examples and usage. */
export type Evidence = "D" | "S" | "C" | "I";

/** How much of a rule the exported JSON Schema expresses: all of it, part of it, or nothing. */
export type SchemaSupport = "full" | "partial" | "none";

/** The name of every rule, by code. */
export interface RuleNames {
  /** Parses the body as JSON (RFC 8259) in UTF-8 and reports the first syntax error with its line and column: a missing comma or colon, a trailing comma, an unterminated string, an invalid escape, a lone UTF-16 surrogate, a raw control character, a malformed number, text after the document, or bytes that are not UTF-8. A leading byte order mark is accepted. */
  SR001: "json-syntax";

  /** Reports a document larger than the size limit, nested deeper than the depth limit, or with more diagnostics than the diagnostic limit, after which the rest are counted in one diagnostic. The defaults are listed below. */
  SR002: "input-limit";

  /** Reports every repetition of a key within one object, in the body and inside `binding_wizard`. */
  SR003: "duplicate-key";

  /** Checks that the top-level value of the body is a JSON object. */
  SR004: "body-type";

  /** Reports each required field that is missing: `report_name`, `report_period`, `report_range`, `language`, `layout_id` and `binding_wizard` in the body, and `start` and `end` in `report_range`. The pointer is where the field belongs, so a form can mark that input. */
  SR101: "required-field";

  /** Checks the JSON type of every known field: strings for the text fields, the `report_range` timestamps and `binding_wizard`; an object for `report_range` and the send rules' `start_time` and `end_time`; an array for `report_rule_infos`; integers for `day`, `week` and `month`. A number where a string is required gets a fix that quotes it. */
  SR102: "field-type";

  /** Reports keys that are not fields of the body, of `report_range`, of a send rule or of its `start_time` and `end_time`. A likely misspelling gets "did you mean" and a fix; `status`, `subject` and `report_id` get a note that only the Update Security Report API takes them. */
  SR103: "unknown-field";

  /** Checks the length in characters of every string field against the limits of the SDK models, listed below. An empty string is too short for every field. */
  SR104: "string-length";

  /** Checks that `report_period` is exactly `daily`, `weekly`, `monthly` or `annual`, in lowercase. A case or spelling slip, or a synonym such as `yearly`, gets "did you mean" and a fix. */
  SR105: "report-period";

  /** Checks that `notification_task` is 32 lowercase hexadecimal characters, the form of a SecMaster notification task ID. Uppercase hexadecimal gets a fix that lowercases it; a UUID with hyphens gets a fix that removes them. */
  SR106: "notification-task";

  /** Checks that `report_range.start` and `report_range.end` contain only decimal digits: epoch milliseconds such as `1662900406226`. A date such as `2024-06-01` or an ISO 8601 time gets a suggestion with its value in milliseconds (UTC). */
  SR107: "timestamp-format";

  /** Reports a `report_range` timestamp of 9 to 11 digits, which as milliseconds falls in January 1970 but as seconds is a date between 1973 and 5138. The fix multiplies it by 1000. */
  SR108: "timestamp-seconds";

  /** Reports a `report_range` whose `start` is later than its `end`. Equal values are accepted, as in the API reference example. */
  SR109: "report-range-order";

  /** Checks that `language` has the form of a BCP 47 language tag (`zh-CN`, `en-US`, `zh-cn`; tags are case-insensitive) and that its language is Chinese (`zh`) or English (`en`). `zh_CN` gets a fix with a hyphen. */
  SR110: "language-tag";

  /** Notes a `layout_id` that is not a UUID (8-4-4-4-12 hexadecimal digits). */
  SR111: "layout-id-format";

  /** Checks that `frequency` is `daily`, `weekly` or `monthly`, in lowercase like `report_period`. A case or spelling slip gets "did you mean" and a fix. */
  SR112: "frequency-value";

  /** Checks that `report_file_type` names one of the documented kinds: `pdf`, `html` or `image`, compared without case (`PDF` is accepted). Other values get a warning and, for a likely misspelling, "did you mean". */
  SR113: "report-file-type";

  /** Accepts an IANA time zone name (`Asia/Shanghai`, `UTC`), a `GMT` or `UTC` offset (`GMT+08:00`, `UTC+8`, `UTC-03:30`) and a bare offset (`+08:00`); warns on anything else. */
  SR114: "timezone-format";

  /** Splits `to` and `cc` at `;` and checks each entry: an address `local@domain` with a dotted domain, no spaces around it, and no empty entry (`a@x.com;;b@x.com`). A comma used as separator gets a fix that uses `;`. */
  SR115: "email-address";

  /** Counts the addresses of `to` and of `cc` and reports a list over the console limit, given below. */
  SR116: "email-count";

  /** Checks the offsets `day`, `week` and `month` of a send rule's `start_time` and `end_time` against their ranges, listed below. -1 is the previous period and 0 the current one. */
  SR117: "integer-range";

  /** Reports `report_rule_infos` with more send rules than the console allows (limit below), at the first rule past the limit. */
  SR201: "send-rule-count";

  /** Checks that `start_time.time` and `end_time.time` are `HH:MM:SS` on a 24-hour clock, from `00:00:00` to `23:59:59`. `8:00:00` and `08:00` get a fix to the full form. */
  SR202: "send-time-format";

  /** Checks that `rule` parses as a Quartz cron expression: 6 or 7 fields (`sec min hour day-of-month month day-of-week [year]`), values in range (seconds and minutes 0-59, hours 0-23, days 1-31, months 1-12 or JAN-DEC, weekdays 1-7 or SUN-SAT, years 1970-2199), and `?`, `L`, `W` and `#` only where Quartz allows them. The message names the field and the value, and the span covers the offending characters. A 5-field expression is left to `cron-unix-form`, a step of 0 to `cron-step-zero` and a weekday 0 to `cron-weekday-zero`. */
  SR203: "cron-syntax";

  /** Reports a 5-field expression (`min hour day-of-month month day-of-week`) and the macros `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight` and `@hourly`, and shows the Quartz equivalent: a seconds field `0` first, `?` in the day field that is `*`, and weekday numbers written as names with Unix numbering (0 or 7 = SUN, 1 = MON), so `0 8 * * 1-5` becomes `0 0 8 ? * MON-FRI`. The equivalent is offered as a fix when it means the same schedule. An invalid 5-field expression is reported here too, with the reason, and not by `cron-syntax`. */
  SR204: "cron-unix-form";

  /** Reports a step of 0, such as `*\/0` or `0/0`, in any field of a Quartz or Unix expression. The span covers the `/` and the step. */
  SR205: "cron-step-zero";

  /** Reports `0` in the day-of-week field of a 6- or 7-field expression, alone or in a list, range, `0L` or `0#2`. The help writes the field with day names read with Unix numbering (0 = SUN), since a `0` shows the author counted that way: `0,6` becomes `SUN,SAT`, and the fix applies it. */
  SR206: "cron-weekday-zero";

  /** Reports a day-of-week field of a 6- or 7-field expression that writes a weekday as a number, such as `2-6`, `2#1` or `6L`. The help and the fix write the field with names, read with Quartz numbering: `2-6` becomes `MON-FRI`, `2#1` becomes `MON#1`. A stepped range becomes a list (`2-6/2` becomes `MON,WED,FRI`), because Quartz ignores a step after a name. Steps after `*` are not weekdays and are not reported. */
  SR207: "cron-numeric-weekday";

  /** Reports a 6- or 7-field expression in which neither day field is `?`, such as `0 0 8 15 * MON` or `0 0 8 * * MON`, and one in which both are. When one field is `*`, the fix writes `?` in its place; when both select specific days, the help shows the expression with `?` in one field or the other; for two `?` the fix writes `*` in day-of-week. */
  SR208: "cron-day-conflict";

  /** Reports a 6- or 7-field expression that no date can match: a day of the month that no selected month has (`0 0 8 30 2 ?`, `0 0 8 31 4,6,9,11 ?`), February 29 with a year field without a leap year, a fifth weekday (`MON#5`) that no selected month of the selected years has, and, when the caller gives the current time (`Options::now_ms`), a year field whose years are all over. The check compares day numbers with month lengths and walks at most the years and months the fields select; it does not search fire times. */
  SR209: "cron-never-fires";

  /** Checks that a send rule's `rule_end` is decimal epoch milliseconds, the form of every other timestamp of the request. A 10-digit value is reported by `timestamp-seconds`. */
  SR210: "rule-end-format";

  /** Compares a send rule's `start_time` with its `end_time`, reading `month`, `week` and `day` as offsets from the sending date (-1 the previous period) and `time` as the time of day, and reports a window that ends before it starts. */
  SR211: "send-window-order";

  /** Parses the string value of `binding_wizard` as a JSON document and checks that it is an object. Syntax errors inside it are reported at the exact characters of the outer file, escapes included, with pointers under `/binding_wizard`. */
  SR301: "binding-wizard-json";

  /** Checks the JSON types of the known keys inside `binding_wizard`: `binding_buttons` an array, `boa_version`, `create_time`, `creator_id`, `creator_name` and `workspace_id` strings. */
  SR302: "binding-wizard-type";

  /** Checks that `create_time` inside `binding_wizard` is a valid date and time in SecMaster's form `2025-11-20T10:51:40Z+0800` (an ISO 8601 time followed by both `Z` and an offset) or in RFC 3339 (`2025-11-20T10:51:40+08:00`). */
  SR303: "binding-wizard-create-time";

  /** Checks that `creator_id` inside `binding_wizard` is 32 hexadecimal characters, the form of an IAM user ID. */
  SR304: "binding-wizard-creator-id";

  /** Checks that `workspace_id` inside `binding_wizard` is a UUID. */
  SR305: "binding-wizard-workspace-id";

  /** Compares `workspace_id` inside `binding_wizard` with the request's path `workspace_id`, without case, when it is known: from the URL of a whole request, or from `--workspace-id` when only the body is checked. */
  SR306: "workspace-id-mismatch";

  /** Notes keys inside `binding_wizard` other than `binding_buttons`, `boa_version`, `create_time`, `creator_id`, `creator_name` and `workspace_id`, with "did you mean" for a likely misspelling. */
  SR307: "binding-wizard-unknown-key";

  /** Checks that `boa_version` inside `binding_wizard` is `v` followed by digits, such as `v4`. `4` and `V4` get a fix. */
  SR308: "boa-version-format";

  /** Compares the length of `report_range` with `report_period` and reports a range that is empty, shorter than half the period, or longer than twice it: a weekly report over zero milliseconds or over three months. */
  SR401: "range-period-mismatch";

  /** Reports a daily, weekly or monthly `report_period` sent at another `frequency`. */
  SR402: "frequency-period-mismatch";

  /** Reports a `report_range` whose `end` is after the current time. Runs only when the caller gives the current time (`now_ms` in the library, `--now` in the CLI, `Date.now()` by default in the npm package), so results stay reproducible. */
  SR403: "range-in-future";

  /** Reports a send rule whose `rule_end` deadline is before the current time. Runs only when the caller gives the current time. */
  SR404: "rule-end-past";

  /** Checks the length of the `workspace_id` path parameter: 32 to 36 characters. The value comes from the request's URL, or from `--workspace-id` when only the body is checked. */
  SR501: "workspace-id-format";

  /** Checks the `project_id` path parameter: 32 lowercase hexadecimal characters. The value comes from the request's URL, or from `--project-id` when only the body is checked. */
  SR502: "project-id-format";

  /** Checks the form of a `workspace_id` path parameter whose length is right: a UUID (8-4-4-4-12 hexadecimal digits), or the same 32 digits without hyphens. */
  SR503: "workspace-id-uuid";

  /** Reads a whole request from an HTTP request file (`.http`, `.rest`) or a curl command, and reports what cannot be read: a file with no request, a header line without `:`, a command that is not `curl`, an unterminated quote, an option without its argument, a command without a URL. */
  SR600: "request-syntax";

  /** Checks the request line: the method is `POST`, in capitals, and the path of the URL is `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`, with both parameters non-empty and no trailing `/`. A query string is ignored. */
  SR601: "request-line";

  /** Checks the scheme and host of an absolute URL: the scheme is `https`, and the host is `secmaster.{region}.myhuaweicloud.com` for the region of the `Region` header. */
  SR602: "endpoint";

  /** Reports each required header that is missing: `Content-Type`, `Region` and `X-Auth-Token`, with names compared without case as HTTP does. The pointer is the header's, such as `#/headers/region`; in a file the span is the request line. */
  SR603: "required-header";

  /** Reports the second and later lines of `Content-Type`, `Region` or `X-Auth-Token`, with names compared without case, at the name of each extra line. */
  SR604: "duplicate-header";

  /** Compares `Content-Type` as a media type (RFC 9110): the type and subtype are `application/json`, without case, and a `charset` parameter, when present, is `UTF-8`, without case and with or without quotes. Spaces around `;` and `=` are ignored. */
  SR605: "content-type";

  /** Checks the parameters of an `application/json` `Content-Type`: a `charset` parameter is present, once, and no other parameter is. */
  SR606: "content-type-parameters";

  /** Checks that the `Region` header is not empty and has at most 64 characters. */
  SR607: "region-format";

  /** Compares the `Region` header with the 20 regions where the official SDKs place SecMaster, exactly, and suggests the closest one for a likely typo. */
  SR608: "region-unknown";

  /** Checks that the `X-Auth-Token` header has a value other than spaces. The value is a secret: no message, output or log of any front end shows it, and neither does `Debug` of the request types. */
  SR609: "auth-token";

  /** Checks that the `X-Auth-Token` value is the token alone: no authorization scheme such as `Bearer ` before it, no quotes around it and no whitespace in it. The message never shows the token; the span points at the scheme, the quote or the whitespace. */
  SR610: "auth-token-form";

  /** Notes each part of a request that the checker cannot see: a `{{variable}}` of an HTTP request file, a shell expansion such as `$TOKEN` in a curl command, a body read from a file (`< body.json`, `-d @body.json`) or given through an option the checker does not read. Rules on a value that is entirely a reference do not run; the note says so. For a credential header the note does not name the variable. */
  SR611: "unresolved-reference";
}

/** A rule code, such as `SR105`. */
export type RuleCode = keyof RuleNames;

/** A rule name, such as `report-period`. */
export type RuleName = RuleNames[RuleCode];

/** A replacement that fixes a problem: `text.slice(0, start) + replacement + text.slice(end)`. */
export interface Fix {
  /** Start of the text to replace, in UTF-16 code units. */
  start: number;

  /** End of the text to replace, in UTF-16 code units, exclusive. */
  end: number;

  /** The text to put in its place. */
  replacement: string;
}

/** One problem found in a request. Its position (`line`, `column`, `start`, `end` and the `fix`) is in the text that was checked: the body text, the HTTP request file or the curl command. From `validateRequest`, a diagnostic whose pointer starts with `#/` has its position in the text of that part: the method, the URL (for a path parameter given in `path`, the whole value), or the header's value (its name, for `duplicate-header`). A missing header, or a path parameter given in the options, has an empty span at 0. */
export interface Diagnostic {
  /** The stable rule code, such as `SR105`. */
  code: RuleCode;

  /** The rule's kebab-case name, such as `report-period`. */
  name: RuleName;

  /** How serious the problem is. */
  severity: Severity;

  /** RFC 6901 JSON pointer to the value at fault in the body, such as `/report_range/start`. `""` is the whole body, or a problem of an HTTP request file or curl command as a whole. A pointer into `binding_wizard` continues with the pointer inside its JSON text. Pointers outside the body start with `#/`: `#/method`, `#/url`, `#/path/project_id`, `#/path/workspace_id` (also for the path parameters given in the options) and `#/headers/{name in lowercase}`, such as `#/headers/content-type`. */
  pointer: string;

  /** The message, in the locale of the options. */
  message: string;

  /** A suggestion on how to fix the problem, in the same locale. */
  help?: string;

  /** 1-based line of the start of the span. */
  line: number;

  /** 1-based column of the start of the span, counted in Unicode code points. */
  column: number;

  /** 1-based line of the end of the span. */
  endLine: number;

  /** 1-based column one past the last character of the span, in Unicode code points. */
  endColumn: number;

  /** Start of the span in UTF-16 code units: `text.slice(start, end)` is the text at fault. */
  start: number;

  /** End of the span in UTF-16 code units, exclusive. */
  end: number;

  /** A replacement that applies the suggestion, when one is certain enough to offer. */
  fix?: Fix;
}

/** Settings of one validation. */
export interface Options {
  /** The language of messages. Default `"en"`. */
  locale?: Locale;

  /** The `workspace_id` path parameter of the request. When set, it is checked, and `binding_wizard` should name the same workspace. A whole request uses it only when its URL does not give the parameter. */
  workspaceId?: string;

  /** The `project_id` path parameter of the request. When set, it is checked. A whole request uses it only when its URL does not give the parameter. */
  projectId?: string;

  /** The current time, as epoch milliseconds or a `Date`, for the checks that compare with it (a range in the future, a send rule that has ended). Default `Date.now()`. `null` turns those checks off, so the result does not depend on the clock. */
  now?: number | Date | null;

  /** Rule levels by code or name, such as `{ SR401: "off", "report-period": "warning" }`. */
  rules?: Partial<Record<RuleCode | RuleName, RuleLevel>>;
}

/** A rule's documentation. */
export interface RuleDocs {
  /** What the rule checks. */
  what: string;

  /** Why the problem matters. */
  why: string;

  /** A request fragment that the rule reports. */
  invalid: string;

  /** The same fragment, fixed. */
  fixed: string;

  /** What the rule cannot see or may get wrong. */
  known_problems: string;
}

/** A rule of the registry. */
export interface Rule {
  /** The stable code, such as `SR105`. */
  code: RuleCode;

  /** The kebab-case name, such as `report-period`. */
  name: RuleName;

  /** The default severity. */
  severity: Severity;

  /** How sure the fact behind the rule is. */
  evidence: Evidence;

  /** How much of the rule the JSON Schema expresses. */
  schema: SchemaSupport;

  /** Where the fact comes from. */
  source: string;

  /** The rule's documentation, in English. */
  docs: RuleDocs;
}

/** Diagnostics grouped by the top-level field that the pointer names: `""` for the whole document, the full pointer for a part outside the body (`#/path/workspace_id`, `#/headers/content-type`). Only fields with at least one diagnostic have a key. */
export type FieldDiagnostics = Partial<Record<keyof CreateReportRequestBody | "", Diagnostic[]>> & {
  [field: string]: Diagnostic[] | undefined;
};

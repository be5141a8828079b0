// Compiled by package.test.js with `tsc --noEmit`: the declarations accept the documented uses
// and reject the mistakes marked with @ts-expect-error.

import {
  explain,
  groupByField,
  init,
  isValid,
  isValidCurlCommand,
  isValidHttpFile,
  isValidRequest,
  rules,
  schema,
  validate,
  validateCurlCommand,
  validateFields,
  validateHttpFile,
  validateRequest,
  type CreateReportRequest,
  type CreateReportRequestBody,
  type Diagnostic,
  type FieldDiagnostics,
  type Options,
  type Rule,
} from "secmaster-report";

const body: CreateReportRequestBody = {
  report_name: "weekly security report",
  report_period: "weekly",
  report_range: { start: "1662900406226", end: "1663505206226" },
  language: "zh-CN",
  layout_id: "b240d19f-7bdb-39cd-bfc2-0d4b86d8747f",
  binding_wizard: JSON.stringify({ boa_version: "v4", binding_buttons: [] }),
  report_file_type: "pdf",
  frequency: "weekly",
  report_rule_infos: [
    {
      rule: "0 0 8 ? * MON",
      start_time: { day: -1, time: "00:00:00" },
      end_time: { day: 0, time: "08:00:00" },
    },
  ],
};

const options: Options = {
  locale: "zh-CN",
  workspaceId: "75645d0a-93b8-4a7f-a77c-e97009389445",
  now: new Date(),
  rules: { SR401: "off", "report-period": "warning" },
};

async function main(): Promise<void> {
  await init();

  const diagnostics: Diagnostic[] = validate(body, options);
  for (const diagnostic of diagnostics) {
    const line: number = diagnostic.line;
    const help: string | undefined = diagnostic.help;
    const replacement: string | undefined = diagnostic.fix?.replacement;
    void [line, help, replacement];
  }

  const valid: boolean = isValid(JSON.stringify(body), { now: null });
  const fields: FieldDiagnostics = validateFields(body, options);
  const periodMessages: Diagnostic[] | undefined = fields.report_period;
  const documentMessages: Diagnostic[] | undefined = fields[""];
  const rule: Rule | null = explain("SR105");
  const all: Rule[] = rules();
  const jsonSchema: Record<string, unknown> = schema("en");
  void [valid, periodMessages, documentMessages, rule, all, jsonSchema];
}

const request: CreateReportRequest = {
  url: "https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports",
  headers: [
    ["Content-Type", "application/json;charset=UTF-8"],
    ["Region", "cn-north-4"],
    ["X-Auth-Token", "token"],
  ],
  body,
};

const byPath: CreateReportRequest = {
  method: "POST",
  path: { project_id: "0123456789abcdef0123456789abcdef", workspace_id: "75645d0a-93b8-4a7f-a77c-e97009389445" },
  headers: { "Content-Type": "application/json;charset=UTF-8", Region: "cn-north-4" },
  body: JSON.stringify(body),
};

function checkWholeRequests(file: string, command: string): void {
  const requestDiagnostics: Diagnostic[] = validateRequest(request, options);
  const requestFields: FieldDiagnostics = groupByField(requestDiagnostics);
  const headerMessages: Diagnostic[] | undefined = requestFields["#/headers/content-type"];
  const fromMap: boolean = isValidRequest({ ...byPath, headers: new Map([["Region", "cn-north-4"]]) });
  const fileDiagnostics: Diagnostic[] = validateHttpFile(file, { locale: "zh-CN" });
  const fileValid: boolean = isValidHttpFile(file);
  const curlDiagnostics: Diagnostic[] = validateCurlCommand(command, options);
  const curlValid: boolean = isValidCurlCommand(command);
  void [headerMessages, fromMap, fileDiagnostics, fileValid, curlDiagnostics, curlValid];
}

void [main, checkWholeRequests];

// @ts-expect-error `Weekly` is not a report period.
const wrongPeriod: CreateReportRequestBody["report_period"] = "Weekly";

// @ts-expect-error rule levels are off, info, warning or error.
const wrongLevel: Options = { rules: { SR401: "loud" } };

// @ts-expect-error options are camelCase.
const wrongOption: Options = { workspace_id: "x" };

// @ts-expect-error report_range is required.
const missingRange: CreateReportRequestBody = { ...body, report_range: undefined };

// @ts-expect-error a request has a `url` or a `path`, not both.
const bothTargets: CreateReportRequest = { ...request, path: byPath.path };

// @ts-expect-error a request needs a body.
const noBody: CreateReportRequest = { url: "/v1/p/workspaces/w/sa/reports" };

// @ts-expect-error header values are strings.
const numericHeader: CreateReportRequest = { ...request, headers: [["Content-Length", 12]] };

// @ts-expect-error path parameters are snake_case.
const camelPath: CreateReportRequest = { path: { projectId: "p", workspace_id: "w" }, body };

// @ts-expect-error an HTTP request file is text.
validateHttpFile(new Uint8Array());

void [wrongPeriod, wrongLevel, wrongOption, missingRange, bothTargets, noBody, numericHeader, camelPath];

// Compiled by package.test.js with `tsc --noEmit`: the declarations accept the documented uses
// and reject the mistakes marked with @ts-expect-error.

import {
  explain,
  init,
  isValid,
  rules,
  schema,
  validate,
  validateFields,
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

void main;

// @ts-expect-error `Weekly` is not a report period.
const wrongPeriod: CreateReportRequestBody["report_period"] = "Weekly";

// @ts-expect-error rule levels are off, info, warning or error.
const wrongLevel: Options = { rules: { SR401: "loud" } };

// @ts-expect-error options are camelCase.
const wrongOption: Options = { workspace_id: "x" };

// @ts-expect-error report_range is required.
const missingRange: CreateReportRequestBody = { ...body, report_range: undefined };

void [wrongPeriod, wrongLevel, wrongOption, missingRange];

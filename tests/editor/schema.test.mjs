// Drives the VS Code JSON language service with the exported schema: diagnostics, completion,
// hover and snippets, as VS Code, Neovim's jsonls and other editors built on it show them. Also
// runs the ajv-cli command that docs/editors.md gives for validating a file with the schema alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const {
  getLanguageService,
  TextDocument,
  ClientCapabilities,
  DiagnosticSeverity,
} = require('vscode-json-languageservice');

const testDirectory = dirname(fileURLToPath(import.meta.url));
const root = join(testDirectory, '..', '..');
const schemaPaths = {
  en: join(root, 'schema', 'create-report.schema.json'),
  'zh-CN': join(root, 'schema', 'create-report.zh-CN.schema.json'),
};
const schemas = Object.fromEntries(
  Object.entries(schemaPaths).map(([locale, path]) => [locale, JSON.parse(readFileSync(path, 'utf8'))]),
);

/** Returns the body of a corpus case under tests/cases/valid/ as text. */
function validCase(name) {
  const caseFile = JSON.parse(readFileSync(join(root, 'tests', 'cases', 'valid', name), 'utf8'));
  return caseFile.input_text ?? JSON.stringify(caseFile.input, null, 2);
}

/**
 * Creates a language service that maps documents named `*.report.json` to the schema of a locale,
 * the way the `json.schemas` setting of VS Code does. Schema URLs resolve to the local files, so
 * the test needs no network.
 */
function createService(locale = 'en') {
  const byId = new Map(Object.entries(schemaPaths).map(([key, path]) => [schemas[key].$id, path]));
  const service = getLanguageService({
    clientCapabilities: ClientCapabilities.LATEST,
    schemaRequestService: async (uri) => {
      const path = uri.startsWith('file:') ? fileURLToPath(uri) : byId.get(uri);
      if (!path) {
        throw new Error(`no local file for schema ${uri}`);
      }
      return readFileSync(path, 'utf8');
    },
    // Resolves a relative `$schema` against the document, as VS Code does.
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: schemas[locale].$id, fileMatch: ['*.report.json'] }],
  });
  return service;
}

/** Opens a document as a file of the folder `requests/` of the repository. */
function open(text, name = 'request.report.json') {
  return TextDocument.create(pathToFileURL(join(root, 'requests', name)).href, 'json', 1, text);
}

async function diagnose(service, document) {
  return service.doValidation(document, service.parseJSONDocument(document));
}

/** Returns the position just after the first occurrence of `marker` in the document. */
function after(document, marker) {
  const offset = document.getText().indexOf(marker);
  assert.notEqual(offset, -1, `no ${marker} in the document`);
  return document.positionAt(offset + marker.length);
}

function hoverText(hover) {
  const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return contents.map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
}

test('exported schema declares draft 2020-12', () => {
  for (const schema of Object.values(schemas)) {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  }
});

test('valid corpus bodies have no diagnostics', async () => {
  const service = createService();
  for (const name of ['api-reference-example.json', 'terraform-acceptance-daily.json']) {
    const diagnostics = await diagnose(service, open(validCase(name)));
    assert.deepEqual(diagnostics, [], `${name}: ${JSON.stringify(diagnostics, null, 2)}`);
  }
});

test('invalid request gets a diagnostic per problem', async () => {
  const service = createService();
  const text = `{
  "report_name": "Weekly security report",
  "report_period": "Weekly",
  "report_range": {"start": 1717200000000, "end": "1717804800000"},
  "language": "zh-CN",
  "notification_task": "B6940C3BEEE4413381BE3F257AB6FB2D",
  "report_nmae": "typo",
  "binding_wizard": "{\\"binding_buttons\\":[],\\"boa_version\\":\\"v4\\"}",
  "report_rule_infos": [{"rule": "0 0 8 ? * MON", "start_time": {"day": 40, "time": "8:00"}}]
}`;
  const document = open(text);
  const diagnostics = await diagnose(service, document);
  const messages = diagnostics.map((diagnostic) => diagnostic.message);
  const lineOf = (needle) => diagnostics.find((diagnostic) => diagnostic.message.includes(needle))?.range.start.line;

  assert.equal(diagnostics.length, 7, JSON.stringify(messages, null, 2));
  assert.ok(messages.some((message) => message.includes('"layout_id"')), 'missing layout_id');
  assert.equal(lineOf('"weekly"'), 2, 'report_period not in the enum');
  assert.equal(lineOf('Incorrect type'), 3, 'start is a number');
  assert.equal(lineOf('32 lowercase hexadecimal'), 5, 'notification_task pattern, with its message');
  assert.equal(lineOf('report_nmae'), 6, 'unknown key');
  assert.equal(lineOf('maximum of 32'), 8, 'day above its maximum');
  assert.equal(lineOf('HH:MM:SS'), 8, 'time pattern, with its message');
  for (const diagnostic of diagnostics) {
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning, 'schema problems are warnings by default');
  }
});

test('email list pattern runs in the editor regex engine', async () => {
  // The pattern uses Unicode property escapes, which need the `u` flag that the service sets.
  const service = createService();
  const body = JSON.parse(validCase('terraform-acceptance-daily.json'));
  const check = async (to) => diagnose(service, open(JSON.stringify({ ...body, to }, null, 2)));

  assert.deepEqual(await check('张三@例子.中国;bob@example.com;'), []);
  const diagnostics = await check('alice@example.com, bob@example.com');
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  assert.match(diagnostics[0].message, /separated by `;`/);
});

test('report_period completion offers the four periods', async () => {
  const service = createService();
  const document = open('{\n  "report_period": \n}');
  const completion = await service.doComplete(
    document,
    after(document, '"report_period": '),
    service.parseJSONDocument(document),
  );
  const labels = completion.items.map((item) => item.label).sort();
  assert.deepEqual(labels, ['"annual"', '"daily"', '"monthly"', '"weekly"']);

  const weekly = completion.items.find((item) => item.label === '"weekly"');
  const documentation = typeof weekly.documentation === 'string' ? weekly.documentation : weekly.documentation.value;
  assert.match(documentation, /previous week/);
});

test('property completion lists the body fields', async () => {
  const service = createService();
  const document = open('{\n  \n}');
  const completion = await service.doComplete(document, { line: 1, character: 2 }, service.parseJSONDocument(document));
  const labels = new Set(completion.items.map((item) => item.label));
  for (const field of ['report_name', 'report_period', 'report_range', 'binding_wizard', 'report_rule_infos']) {
    assert.ok(labels.has(field), `no completion for ${field}`);
  }
});

test('hover shows the field description with checker-only rules', async () => {
  const service = createService();
  const document = open(validCase('api-reference-example.json'));
  const hover = await service.doHover(document, after(document, '"report_ra'), service.parseJSONDocument(document));
  const text = hoverText(hover);
  assert.match(text, /Time range the report covers/);
  assert.match(text, /report-range-order/);
});

test('hover in the Chinese schema is in Chinese', async () => {
  const service = createService('zh-CN');
  const document = open(validCase('api-reference-example.json'));
  const hover = await service.doHover(document, after(document, '"report_per'), service.parseJSONDocument(document));
  assert.match(hoverText(hover), /报告周期/);
});

test('empty document offers the request snippet', async () => {
  const service = createService();
  const document = open('');
  const completion = await service.doComplete(document, { line: 0, character: 0 }, service.parseJSONDocument(document));
  const snippet = completion.items.find((item) => item.label === schemas.en.defaultSnippets[0].label);
  assert.ok(snippet, JSON.stringify(completion.items.map((item) => item.label)));
  assert.match(snippet.insertText, /"report_period": "\$\{2\|daily,weekly,monthly,annual\|\}"/);
});

test('$schema in the file associates the schema', async () => {
  // No `json.schemas` mapping: each document names the schema itself, by `$id` or by a path
  // relative to the document. The key then becomes part of the body, and the schema rejects it
  // like any unknown field.
  const service = createService();
  service.configure({ validate: true, schemas: [] });
  const body = JSON.parse(validCase('terraform-acceptance-daily.json'));
  for (const $schema of [schemas.en.$id, '../schema/create-report.schema.json']) {
    const document = open(JSON.stringify({ $schema, ...body }, null, 2), 'request.json');
    const diagnostics = await diagnose(service, document);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.message),
      ['Property $schema is not allowed.'],
      $schema,
    );
  }
});

test('ajv-cli command of docs/editors.md validates with the schema alone', () => {
  const ajv = join(testDirectory, 'node_modules', '.bin', 'ajv');
  const folder = mkdtempSync(join(tmpdir(), 'secmaster-report-schema-'));
  const run = (name, text) => {
    const data = join(folder, name);
    writeFileSync(data, text);
    const args = ['validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', schemaPaths.en, '-d', data];
    return spawnSync(ajv, args, { encoding: 'utf8' });
  };

  try {
    for (const name of ['api-reference-example.json', 'terraform-acceptance-daily.json']) {
      const result = run(name, validCase(name));
      assert.equal(result.status, 0, `${name}: ${result.stdout}${result.stderr}`);
    }

    const result = run('invalid.json', JSON.stringify({ report_name: 'x', report_period: 'Weekly' }));
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout + result.stderr, /report_range/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

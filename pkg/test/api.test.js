// Tests of the package's JavaScript API in Node.js: options, locales, input forms, field
// grouping, UTF-16 offsets, the rule registry and the schema.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import {
  explain,
  init,
  isValid,
  rules,
  schema,
  validate,
  validateFields,
} from 'secmaster-report';

const root = new URL('../../', import.meta.url);

function readCase(path) {
  return JSON.parse(readFileSync(new URL(`tests/cases/${path}`, root), 'utf8'));
}

/** The Terraform acceptance body: valid, no diagnostic, with a range in 2026. */
const terraform = readCase('valid/terraform-acceptance-daily.json');
const validBody = JSON.parse(terraform.input_text);

/** The API reference example as text: one warning (an empty weekly range). */
const apiExample = readCase('valid/api-reference-example.json').input_text;

const FIXED_NOW = Date.UTC(2025, 11, 1);

function withField(name, value) {
  return { ...validBody, [name]: value };
}

function codes(diagnostics) {
  return diagnostics.map((diagnostic) => diagnostic.code);
}

function find(diagnostics, code) {
  const diagnostic = diagnostics.find((candidate) => candidate.code === code);
  assert.ok(diagnostic, `no ${code} among ${codes(diagnostics).join(', ') || 'no diagnostics'}`);
  return diagnostic;
}

describe('validate', () => {
  test('valid body has no diagnostics', () => {
    assert.deepEqual(validate(terraform.input_text, { now: null }), []);
    assert.deepEqual(validate(validBody, { now: null }), []);
  });

  test('diagnostic has the documented members', () => {
    const diagnostic = find(validate(withField('report_period', 'Weekly')), 'SR105');
    assert.deepEqual(Object.keys(diagnostic), [
      'code',
      'name',
      'severity',
      'pointer',
      'message',
      'help',
      'line',
      'column',
      'endLine',
      'endColumn',
      'start',
      'end',
      'fix',
    ]);
    assert.equal(diagnostic.name, 'report-period');
    assert.equal(diagnostic.severity, 'error');
    assert.equal(diagnostic.pointer, '/report_period');
    assert.deepEqual(Object.keys(diagnostic.fix), ['start', 'end', 'replacement']);
  });

  test('optional members are absent, not undefined', () => {
    const diagnostic = find(validate({ report_period: 'weekly' }), 'SR101');
    assert.equal(Object.hasOwn(diagnostic, 'help'), false);
    assert.equal(Object.hasOwn(diagnostic, 'fix'), false);
  });

  test('object input is checked as JSON.stringify writes it', () => {
    const body = withField('report_period', 'Weekly');
    const text = JSON.stringify(body);
    const fromObject = validate(body);
    const fromText = validate(text);

    assert.deepEqual(fromObject, fromText);
    const diagnostic = find(fromObject, 'SR105');
    assert.equal(text.slice(diagnostic.start, diagnostic.end), '"Weekly"');
  });

  test('array, number and null inputs are bodies of the wrong type', () => {
    for (const input of [[validBody], 42, null, true]) {
      const diagnostic = find(validate(input), 'SR004');
      assert.equal(diagnostic.pointer, '', JSON.stringify(input));
    }
  });

  test('syntax error is reported, not thrown', () => {
    const diagnostics = validate('{"report_name": "weekly",}');
    const diagnostic = find(diagnostics, 'SR001');
    assert.equal(diagnostic.pointer, '');
    assert.equal(diagnostic.line, 1);
  });

  test('input that is not JSON throws TypeError', () => {
    const circular = {};
    circular.self = circular;
    const inputs = [undefined, () => {}, Symbol('body'), 10n, circular, new Uint8Array([123, 125])];
    for (const input of inputs) {
      assert.throws(() => validate(input), TypeError, String(typeof input));
    }
  });
});

describe('locale', () => {
  test('zh-CN renders Chinese messages and help', () => {
    const body = withField('report_period', 'Weekly');
    const english = find(validate(body, { locale: 'en' }), 'SR105');
    const chinese = find(validate(body, { locale: 'zh-CN' }), 'SR105');

    assert.match(english.message, /invalid `report_period`/);
    assert.match(chinese.message, /[\u4e00-\u9fff]/);
    assert.match(chinese.help, /[\u4e00-\u9fff]/);
    assert.notEqual(chinese.message, english.message);
    assert.deepEqual({ ...chinese, message: '', help: '' }, { ...english, message: '', help: '' });
  });

  test('default locale is English', () => {
    const body = withField('report_period', 'Weekly');
    assert.deepEqual(validate(body), validate(body, { locale: 'en' }));
  });

  test('other spellings of zh-CN are accepted', () => {
    const body = withField('report_period', 'Weekly');
    const expected = validate(body, { locale: 'zh-CN' });
    assert.deepEqual(validate(body, { locale: 'zh_cn' }), expected);
    assert.deepEqual(validate(body, { locale: 'zh' }), expected);
  });
});

describe('options', () => {
  test('rule turned off by code', () => {
    assert.deepEqual(codes(validate(apiExample)), ['SR401']);
    assert.deepEqual(validate(apiExample, { rules: { SR401: 'off' } }), []);
  });

  test('rule severity set by name', () => {
    const body = withField('report_period', 'Weekly');
    const diagnostic = find(validate(body, { rules: { 'report-period': 'warning' } }), 'SR105');
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(isValid(body), false);
    assert.equal(isValid(body, { rules: { 'report-period': 'warning' } }), true);
  });

  test('warning raised to error makes the body invalid', () => {
    assert.equal(isValid(apiExample), true);
    assert.equal(isValid(apiExample, { rules: { 'range-period-mismatch': 'error' } }), false);
  });

  test('now enables the time checks', () => {
    // The range ends in June 2026, after the fixed current time.
    assert.deepEqual(validate(validBody, { now: null }), []);
    const inFuture = validate(validBody, { now: FIXED_NOW });
    assert.deepEqual(codes(inFuture), ['SR403']);
    assert.deepEqual(validate(validBody, { now: new Date(FIXED_NOW) }), inFuture);
  });

  test('path parameters are checked', () => {
    const groups = validateFields(validBody, { now: null, workspaceId: 'short', projectId: 'cn-north-4' });
    assert.ok(groups['#/path/workspace_id'], JSON.stringify(Object.keys(groups)));
    assert.ok(groups['#/path/project_id'], JSON.stringify(Object.keys(groups)));
  });

  test('unknown rule throws Error', () => {
    assert.throws(() => validate(validBody, { rules: { SR999: 'off' } }), {
      name: 'Error',
      message: /unknown rule `SR999`/,
    });
  });

  test('invalid level throws Error', () => {
    assert.throws(() => validate(validBody, { rules: { SR401: 'loud' } }), {
      name: 'Error',
      message: /`rules\.SR401`.*`loud`/,
    });
  });

  test('unknown locale throws Error', () => {
    assert.throws(() => validate(validBody, { locale: 'fr' }), {
      name: 'Error',
      message: /`fr` is not a supported locale/,
    });
    assert.throws(() => isValid(validBody, { locale: 'fr' }), /`fr`/);
  });

  test('snake_case option throws with a hint', () => {
    assert.throws(() => validate(validBody, { workspace_id: 'x' }), {
      name: 'TypeError',
      message: /unknown option `workspace_id`.*did you mean `workspaceId`/,
    });
  });

  test('options of the wrong type throw TypeError', () => {
    const invalid = [
      'en',
      [],
      { locale: 1 },
      { workspaceId: 42 },
      { now: '2025-12-01' },
      { now: new Date('not a date') },
      { rules: ['SR401', 'off'] },
      { rules: { SR401: false } },
    ];
    for (const options of invalid) {
      assert.throws(() => validate(validBody, options), TypeError, JSON.stringify(options));
    }
  });

  test('now that is not an integer throws Error', () => {
    for (const now of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => validate(validBody, { now }), /invalid option `now`/, String(now));
    }
  });
});

describe('validateFields', () => {
  test('groups by top-level field', () => {
    const body = {
      ...validBody,
      report_period: 'Weekly',
      report_range: { start: 'yesterday', end: '1782349200000' },
    };
    const groups = validateFields(body, { now: null });

    assert.deepEqual(Object.keys(groups).sort(), ['report_period', 'report_range']);
    assert.deepEqual(codes(groups.report_period), ['SR105']);
    assert.equal(groups.report_range[0].pointer, '/report_range/start');
  });

  test('document-level diagnostics use the empty key', () => {
    const groups = validateFields('{"report_name": ');
    assert.deepEqual(Object.keys(groups), ['']);
    assert.equal(groups[''][0].code, 'SR001');
  });

  test('binding_wizard diagnostics stay under binding_wizard', () => {
    const wizard = JSON.stringify({ boa_version: 'v4', creator_id: 'not hex' });
    const groups = validateFields(withField('binding_wizard', wizard), { now: null });
    assert.deepEqual(Object.keys(groups), ['binding_wizard']);
    assert.match(groups.binding_wizard[0].pointer, /^\/binding_wizard\/creator_id$/);
  });

  test('pointer escapes are decoded', () => {
    const groups = validateFields({ ...validBody, 'a/b~c': 1 }, { now: null });
    assert.deepEqual(Object.keys(groups), ['a/b~c']);
    assert.equal(groups['a/b~c'][0].pointer, '/a~1b~0c');
  });

  test('__proto__ key is an own property', () => {
    const text = JSON.stringify(validBody).replace('{', '{"__proto__": 1, ');
    const groups = validateFields(text, { now: null });

    assert.ok(Object.hasOwn(groups, '__proto__'));
    assert.ok(Array.isArray(groups['__proto__']));
    assert.equal(Object.getPrototypeOf(groups), Object.prototype);
  });
});

describe('UTF-16 offsets', () => {
  test('spans slice the text after Chinese and emoji', () => {
    const text =
      '{\n  "report_name": "周报 📊 😀",\n  "title": "安全报告🔒",\n  "report_period": "Weekly"\n}';
    const diagnostic = find(validate(text), 'SR105');

    assert.equal(text.slice(diagnostic.start, diagnostic.end), '"Weekly"');
    assert.equal(diagnostic.line, 4);
    assert.equal(diagnostic.column, 20);
  });

  test('fix replaces the span', () => {
    const text = '{"report_name": "周报😀", "report_period": "Weekly"}';
    const { fix } = find(validate(text), 'SR105');
    const fixed = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);

    assert.equal(fixed, '{"report_name": "周报😀", "report_period": "weekly"}');
    assert.equal(codes(validate(fixed)).includes('SR105'), false);
  });

  test('span inside binding_wizard maps back through escapes', () => {
    const wizard = JSON.stringify({ boa_version: 'v4', creator_name: '管理员😀', creator_id: 'xyz' });
    const text = JSON.stringify({ ...validBody, report_name: '报告😀', binding_wizard: wizard });
    const diagnostic = find(validate(text, { now: null }), 'SR304');

    assert.equal(diagnostic.pointer, '/binding_wizard/creator_id');
    assert.equal(text.slice(diagnostic.start, diagnostic.end), '\\"xyz\\"');
  });
});

describe('rules and explain', () => {
  test('rules lists every rule once, by code', () => {
    const list = rules();
    const listedCodes = list.map((rule) => rule.code);

    assert.ok(list.length >= 40, `only ${list.length} rules`);
    assert.equal(new Set(listedCodes).size, list.length);
    assert.deepEqual([...listedCodes].sort(), listedCodes);
    for (const rule of list) {
      assert.match(rule.code, /^SR\d{3}$/);
      assert.match(rule.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(['error', 'warning', 'info'].includes(rule.severity), rule.code);
      assert.ok(rule.docs.what.length > 0, rule.code);
    }
  });

  test('explain finds a rule by code, any case, or name', () => {
    const rule = explain('SR105');
    assert.equal(rule.name, 'report-period');
    assert.deepEqual(explain('sr105'), rule);
    assert.deepEqual(explain('report-period'), rule);
    assert.deepEqual(
      rule,
      rules().find((candidate) => candidate.code === 'SR105'),
    );
  });

  test('explain returns null for an unknown rule', () => {
    assert.equal(explain('SR999'), null);
    assert.equal(explain(''), null);
  });

  test('explain checks its arguments', () => {
    assert.throws(() => explain('SR105', 'fr'), /`fr`/);
    assert.throws(() => explain(105), TypeError);
  });
});

describe('schema', () => {
  test('schema equals the committed files', () => {
    const english = JSON.parse(readFileSync(new URL('schema/create-report.schema.json', root), 'utf8'));
    const chinese = JSON.parse(
      readFileSync(new URL('schema/create-report.zh-CN.schema.json', root), 'utf8'),
    );
    assert.deepEqual(schema(), english);
    assert.deepEqual(schema('zh-CN'), chinese);
    assert.notDeepEqual(english, chinese);
  });

  test('schema returns a copy', () => {
    const first = schema();
    first.title = 'changed';
    assert.notEqual(schema().title, 'changed');
  });

  test('schema rejects an unknown locale', () => {
    assert.throws(() => schema('fr'), /`fr`/);
  });
});

describe('entry points', () => {
  test('init resolves at once in Node.js', async () => {
    await init();
    assert.deepEqual(validate(validBody, { now: null }), []);
  });

  test('browser entry requires init', () => {
    // A child process, so that the browser entry gets a fresh, uninitialised module state.
    const script = `
      import { readFileSync } from 'node:fs';
      import { init, validate } from './src/browser.js';
      try { validate('{}'); console.log('no error'); } catch (error) { console.log(error.message); }
      await init(readFileSync('./dist/secmaster_report_bg.wasm'));
      console.log(validate('{}').length > 0 ? 'checked' : 'empty');
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    });
    assert.match(output, /call `await init\(\)` first/);
    assert.match(output, /^checked$/m);
  });
});

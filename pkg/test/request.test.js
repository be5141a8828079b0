// Tests of the whole-request functions in Node.js: request objects, HTTP request files and curl
// commands, their positions, locales and argument checks, and that the token never comes back.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  groupByField,
  isValidCurlCommand,
  isValidHttpFile,
  isValidRequest,
  validate,
  validateCurlCommand,
  validateHttpFile,
  validateRequest,
} from 'secmaster-report';

const TOKEN = 'MIItest-token-never-returned-0123456789';
const PROJECT_ID = '0123456789abcdef0123456789abcdef';
const WORKSPACE_ID = '75645d0a-93b8-4a7f-a77c-e97009389445';
const URL_OF_REPORTS = `https://secmaster.cn-north-4.myhuaweicloud.com/v1/${PROJECT_ID}/workspaces/${WORKSPACE_ID}/sa/reports`;

/** The Terraform acceptance body of the corpus, with a range in 2026. */
const BODY = {
  binding_wizard: JSON.stringify({ binding_buttons: [], boa_version: 'v4' }),
  language: 'zh-cn',
  layout_id: '6c1f4e2a-0b7d-4a3e-9f58-2d6c8e1b4a70',
  report_name: 'tf-acc-report-k2f9q',
  report_period: 'daily',
  report_range: { end: '1782349200000', start: '1782262800000' },
};
const BODY_TEXT = JSON.stringify(BODY, null, 2);

/** Options that make results independent of the clock. */
const STABLE = { now: null };

function headers(contentType = 'application/json;charset=UTF-8', token = TOKEN) {
  return [
    ['Content-Type', contentType],
    ['Region', 'cn-north-4'],
    ['X-Auth-Token', token],
  ];
}

function request(changes = {}) {
  return { method: 'POST', url: URL_OF_REPORTS, headers: headers(), body: BODY, ...changes };
}

function httpFile({ contentType = 'application/json;charset=UTF-8', body = BODY_TEXT, before = '' } = {}) {
  return `${before}POST ${URL_OF_REPORTS}\nContent-Type: ${contentType}\nRegion: cn-north-4\nX-Auth-Token: ${TOKEN}\n\n${body}\n`;
}

function curlCommand({ region = 'cn-north-4', body = BODY_TEXT } = {}) {
  return [
    `curl -X POST '${URL_OF_REPORTS}' \\`,
    "  -H 'Content-Type: application/json;charset=UTF-8' \\",
    `  -H 'Region: ${region}' \\`,
    `  -H 'X-Auth-Token: ${TOKEN}' \\`,
    `  -d '${body}'`,
    '',
  ].join('\n');
}

function codes(diagnostics) {
  return diagnostics.map((diagnostic) => diagnostic.code);
}

function find(diagnostics, code) {
  const diagnostic = diagnostics.find((candidate) => candidate.code === code);
  assert.ok(diagnostic, `no ${code} among ${codes(diagnostics).join(', ') || 'no diagnostics'}`);
  return diagnostic;
}

/** Asserts that nothing in the diagnostics, in either locale, contains the token. */
function assertNoToken(check) {
  for (const locale of ['en', 'zh-CN']) {
    const diagnostics = check({ ...STABLE, locale });
    const returned = JSON.stringify(diagnostics);
    assert.equal(returned.includes(TOKEN), false, `${locale}: ${returned}`);
  }
}

describe('validateRequest', () => {
  test('valid request has no diagnostics', () => {
    assert.deepEqual(validateRequest(request(), STABLE), []);
    assert.equal(isValidRequest(request(), STABLE), true);
  });

  test('method defaults to POST', () => {
    const { method, ...withoutMethod } = request();
    assert.equal(method, 'POST');
    assert.deepEqual(validateRequest(withoutMethod, STABLE), []);
  });

  test('headers as object, Map and Headers', () => {
    const pairs = headers();
    for (const form of [Object.fromEntries(pairs), new Map(pairs), new Headers(pairs)]) {
      assert.deepEqual(validateRequest(request({ headers: form }), STABLE), [], form.constructor.name);
    }
  });

  test('path parameters instead of URL', () => {
    const byPath = { path: { project_id: PROJECT_ID, workspace_id: WORKSPACE_ID }, headers: headers(), body: BODY };
    assert.deepEqual(validateRequest(byPath, STABLE), []);
  });

  test('wrong content type spans its value', () => {
    const diagnostics = validateRequest(request({ headers: headers('text/plain') }), STABLE);
    assert.deepEqual(codes(diagnostics), ['SR605']);

    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.pointer, '#/headers/content-type');
    assert.equal(diagnostic.severity, 'error');
    assert.equal('text/plain'.slice(diagnostic.start, diagnostic.end), 'text/plain');
    assert.deepEqual([diagnostic.line, diagnostic.column], [1, 1]);
    assert.equal(isValidRequest(request({ headers: headers('text/plain') }), STABLE), false);
  });

  test('body diagnostic is positioned in body text', () => {
    const body = BODY_TEXT.replace('"daily"', '"Daily"');
    const diagnostic = find(validateRequest(request({ body }), STABLE), 'SR105');

    assert.equal(diagnostic.pointer, '/report_period');
    assert.equal(body.slice(diagnostic.start, diagnostic.end), '"Daily"');
    assert.equal(diagnostic.line, 6);
    assert.equal(diagnostic.column, 20);
  });

  test('body value is checked as JSON.stringify writes it', () => {
    const body = { ...BODY, report_period: 'Weekly' };
    assert.deepEqual(
      validateRequest(request({ body }), STABLE),
      validateRequest(request({ body: JSON.stringify(body) }), STABLE),
    );
  });

  test('path parameter spans its whole value', () => {
    const byPath = { path: { project_id: PROJECT_ID, workspace_id: 'reports' }, headers: headers(), body: BODY };
    const diagnostic = find(validateRequest(byPath, STABLE), 'SR501');
    assert.equal(diagnostic.pointer, '#/path/workspace_id');
    assert.deepEqual([diagnostic.start, diagnostic.end], [0, 'reports'.length]);
  });

  test('zh-CN renders Chinese messages', () => {
    const wrong = request({ headers: headers('text/plain') });
    const english = find(validateRequest(wrong, { ...STABLE, locale: 'en' }), 'SR605');
    const chinese = find(validateRequest(wrong, { ...STABLE, locale: 'zh-CN' }), 'SR605');

    assert.match(english.message, /`Content-Type` is `text\/plain`/);
    assert.match(chinese.message, /[\u4e00-\u9fff]/);
    assert.deepEqual({ ...chinese, message: '', help: '' }, { ...english, message: '', help: '' });
  });

  test('missing header is reported at an empty span', () => {
    const diagnostic = find(validateRequest(request({ headers: headers().slice(0, 2) }), STABLE), 'SR603');
    assert.equal(diagnostic.pointer, '#/headers/x-auth-token');
    assert.deepEqual([diagnostic.start, diagnostic.end], [0, 0]);
  });

  test('token never returned', () => {
    // A token with spaces, quotes and a repeated header, so that the token rules report.
    const broken = `"${TOKEN} x"`;
    const pairs = [...headers('application/json', broken), ['x-auth-token', TOKEN]];
    assertNoToken((options) => validateRequest(request({ headers: pairs }), options));
    assert.ok(validateRequest(request({ headers: pairs }), STABLE).length >= 2);
  });

  test('groupByField puts parts under their pointers', () => {
    const body = { ...BODY, report_period: 'Weekly' };
    const groups = groupByField(
      validateRequest(request({ method: 'PUT', headers: headers('text/plain'), body }), STABLE),
    );
    assert.deepEqual(Object.keys(groups).sort(), ['#/headers/content-type', '#/method', 'report_period']);
  });
});

describe('validateRequest arguments', () => {
  const invalid = [
    ['not an object', 'POST /v1', /request must be an object/],
    ['array', [], /request must be an object.*found an array/],
    ['unknown member', { ...request(), header: [] }, /unknown member `header`.*did you mean `headers`/],
    ['URL and path', { ...request(), path: { project_id: PROJECT_ID, workspace_id: WORKSPACE_ID } }, /both `url` and `path`/],
    ['no target', { headers: headers(), body: BODY }, /no `url` or `path`/],
    ['URL not a string', request({ url: new URL(URL_OF_REPORTS) }), /request\.url must be a string, found object/],
    ['method not a string', request({ method: 1 }), /request\.method must be a string, found number/],
    ['path incomplete', { path: { project_id: PROJECT_ID }, body: BODY }, /request\.path\.workspace_id must be a string, found undefined/],
    ['path in camelCase', { path: { projectId: PROJECT_ID, workspace_id: WORKSPACE_ID }, body: BODY }, /unknown member `projectId`.*did you mean `project_id`/],
    ['headers as text', request({ headers: 'Region: cn-north-4' }), /request\.headers must be an array of \[name, value\] pairs/],
    ['header not a pair', request({ headers: [['Region', 'cn-north-4', 'x']] }), /request\.headers\[0\] must be a \[name, value\] pair, found an array of length 3/],
    ['header value not a string', request({ headers: { Region: 4 } }), /the value of `Region` must be a string, found number/],
    ['header name not a string', request({ headers: [[1, 'x']] }), /request\.headers\[0\]: the name must be a string/],
    ['body missing', { url: URL_OF_REPORTS, headers: headers() }, /request\.body is missing/],
    ['body binary', request({ body: new TextEncoder().encode('{}') }), /request\.body is binary data/],
    ['body not JSON', request({ body: () => {} }), /request\.body must be JSON text or a JSON value/],
  ];

  for (const [name, value, message] of invalid) {
    test(`${name} throws TypeError`, () => {
      assert.throws(() => validateRequest(value), { name: 'TypeError', message });
      assert.throws(() => isValidRequest(value), { name: 'TypeError', message });
    });
  }

  test('error about a header never shows its value', () => {
    const pairs = [['X-Auth-Token', TOKEN, 'extra']];
    assert.throws(
      () => validateRequest(request({ headers: pairs })),
      (error) => error instanceof TypeError && !error.message.includes(TOKEN),
    );
    const objects = { 'X-Auth-Token': [TOKEN] };
    assert.throws(
      () => validateRequest(request({ headers: objects })),
      (error) => error instanceof TypeError && !error.message.includes(TOKEN),
    );
  });

  test('invalid options throw as for validate', () => {
    assert.throws(() => validateRequest(request(), { locale: 'fr' }), /`fr` is not a supported locale/);
    assert.throws(() => validateRequest(request(), { workspace_id: 'x' }), TypeError);
  });
});

describe('validateHttpFile', () => {
  test('valid file has no diagnostics', () => {
    assert.deepEqual(validateHttpFile(httpFile(), STABLE), []);
    assert.equal(isValidHttpFile(httpFile(), STABLE), true);
  });

  test('wrong content type at its line and column', () => {
    const text = httpFile({ contentType: 'text/plain' });
    const diagnostics = validateHttpFile(text, STABLE);
    assert.deepEqual(codes(diagnostics), ['SR605']);

    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.pointer, '#/headers/content-type');
    assert.deepEqual([diagnostic.line, diagnostic.column], [2, 15]);
    assert.deepEqual([diagnostic.endLine, diagnostic.endColumn], [2, 25]);
    assert.equal(text.slice(diagnostic.start, diagnostic.end), 'text/plain');
    assert.equal(isValidHttpFile(text, STABLE), false);
  });

  test('offsets count UTF-16 units after wide characters', () => {
    const text = httpFile({ contentType: 'text/plain', before: '# 创建安全报告 😀\n' });
    const diagnostic = find(validateHttpFile(text, STABLE), 'SR605');
    assert.deepEqual([diagnostic.line, diagnostic.column], [3, 15]);
    assert.equal(text.slice(diagnostic.start, diagnostic.end), 'text/plain');
  });

  test('fix replaces the value in the file', () => {
    const text = httpFile({ contentType: 'text/plain' });
    const { fix } = find(validateHttpFile(text, STABLE), 'SR605');
    const fixed = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
    assert.deepEqual(validateHttpFile(fixed, STABLE), []);
  });

  test('zh-CN renders Chinese messages', () => {
    const text = httpFile({ contentType: 'text/plain' });
    const chinese = find(validateHttpFile(text, { ...STABLE, locale: 'zh-CN' }), 'SR605');
    assert.match(chinese.message, /[\u4e00-\u9fff]/);
  });

  test('token never returned', () => {
    // A token line that is not a header, and a token with spaces.
    const text = httpFile().replace(`X-Auth-Token: ${TOKEN}`, `X-Auth-Token ${TOKEN}\nX-Auth-Token: ${TOKEN} x`);
    assertNoToken((options) => validateHttpFile(text, options));
    assert.ok(validateHttpFile(text, STABLE).length >= 2);
  });

  test('text that is not a string throws TypeError', () => {
    for (const input of [undefined, null, 42, { text: httpFile() }, new TextEncoder().encode(httpFile())]) {
      assert.throws(() => validateHttpFile(input), { name: 'TypeError', message: /the HTTP request file/ });
      assert.throws(() => isValidHttpFile(input), TypeError);
    }
  });
});

describe('validateCurlCommand', () => {
  test('valid command has no diagnostics', () => {
    assert.deepEqual(validateCurlCommand(curlCommand(), STABLE), []);
    assert.equal(isValidCurlCommand(curlCommand(), STABLE), true);
  });

  test('body error at its line and column in the command', () => {
    const text = curlCommand({ body: BODY_TEXT.replace('"daily"', '"Daily"') });
    const diagnostic = find(validateCurlCommand(text, STABLE), 'SR105');
    assert.equal(diagnostic.pointer, '/report_period');
    assert.deepEqual([diagnostic.line, diagnostic.column], [10, 20]);
    assert.equal(text.slice(diagnostic.start, diagnostic.end), '"Daily"');
    assert.equal(isValidCurlCommand(text, STABLE), false);
  });

  test('unknown region in a header', () => {
    const text = curlCommand({ region: 'cn-north4' });
    const diagnostic = find(validateCurlCommand(text, STABLE), 'SR608');
    assert.equal(diagnostic.pointer, '#/headers/region');
    assert.equal(text.slice(diagnostic.start, diagnostic.end), 'cn-north4');
    assert.deepEqual([diagnostic.line, diagnostic.column], [3, 15]);
  });

  test('zh-CN renders Chinese messages', () => {
    const text = curlCommand({ region: 'cn-north4' });
    const english = find(validateCurlCommand(text, STABLE), 'SR608');
    const chinese = find(validateCurlCommand(text, { ...STABLE, locale: 'zh-CN' }), 'SR608');
    assert.match(chinese.message, /[\u4e00-\u9fff]/);
    assert.notEqual(chinese.message, english.message);
  });

  test('token never returned', () => {
    const text = curlCommand().replace(`X-Auth-Token: ${TOKEN}'`, `X-Auth-Token: ${TOKEN} x' -H 'X-Auth-Token ${TOKEN}'`);
    assertNoToken((options) => validateCurlCommand(text, options));
    assert.ok(validateCurlCommand(text, STABLE).length >= 1);
  });

  test('text that is not a string throws TypeError', () => {
    for (const input of [undefined, ['curl', URL_OF_REPORTS], 1]) {
      assert.throws(() => validateCurlCommand(input), { name: 'TypeError', message: /the curl command/ });
      assert.throws(() => isValidCurlCommand(input), TypeError);
    }
  });
});

describe('groupByField', () => {
  test('groups diagnostics as validateFields does', () => {
    const body = { ...BODY, report_period: 'Weekly' };
    assert.deepEqual(Object.keys(groupByField(validate(body, STABLE))), ['report_period']);
  });

  test('rejects a value that is not an array', () => {
    assert.throws(() => groupByField({}), { name: 'TypeError', message: /diagnostics must be an array/ });
  });
});

// Bad input must never trap the WebAssembly module: a trap (a Rust panic) would throw a
// RuntimeError and could leave the instance unusable. This feeds mutated corpus inputs (bodies,
// whole requests, HTTP request files, curl commands), huge and deeply nested documents through
// the package and checks that every call returns diagnostics.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  isValid,
  validate,
  validateCurlCommand,
  validateFields,
  validateHttpFile,
  validateRequest,
} from 'secmaster-report';

import { loadCases, packageRequest } from './support/cases.js';

/** A small seeded generator (mulberry32), so a failure can be reproduced from the seed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '{', '}', '[', ']', '"', ':', ',', '\\', '\\u', '\\ud800', '\\udc00', '\\"', '0', '-1', '1e400',
  '.5', 'null', 'true', ' ', '\n', '\u0000', '\u2028', '\ufeff', '😀', '报', '\ud800', '*', '?',
  '#', 'L', 'W', '/', 'MON', '0 0 8 ? * MON', '9999999999999999999', "'", "$'", '\\\n', '$TOKEN',
  '${', '$(', '`', '{{', '}}', '{{token}}', '###', '\r\n', '-H', '-d @', ' < ./body.json', '%', '%E6%',
  'X-Auth-Token: ', 'Content-Type:', '?', '&', ';', '|',
];

function mutate(text, next) {
  const edits = 1 + Math.floor(next() * 4);
  let result = text;
  for (let edit = 0; edit < edits; edit += 1) {
    const at = Math.floor(next() * (result.length + 1));
    const kind = next();
    if (kind < 0.4) {
      const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
      result = result.slice(0, at) + fragment + result.slice(at);
    } else if (kind < 0.8) {
      const length = 1 + Math.floor(next() * 8);
      result = result.slice(0, at) + result.slice(at + length);
    } else {
      const from = Math.floor(next() * result.length);
      const length = Math.floor(next() * 40);
      result = result.slice(0, at) + result.slice(from, from + length) + result.slice(at);
    }
  }
  return result;
}

const OPTIONS = {
  locale: 'zh-CN',
  workspaceId: '75645d0a-93b8-4a7f-a77c-e97009389445',
  projectId: '0123456789abcdef0123456789abcdef',
  now: Date.UTC(2025, 11, 1),
};

/** Checks that a call returned diagnostics whose spans lie in `text`. */
function assertSpansIn(diagnostics, text, context) {
  assert.ok(Array.isArray(diagnostics), context);
  for (const diagnostic of diagnostics) {
    assert.ok(diagnostic.start <= diagnostic.end, context);
    assert.ok(diagnostic.end <= text.length, context);
  }
}

/**
 * Feeds `count` mutations of the texts of the corpus cases of `forms` to `check`, which throws
 * or fails an assertion on a bad result. The message names the seed and the iteration.
 */
function fuzz(forms, count, check) {
  const seed = 20251201;
  const next = random(seed);
  const entries = loadCases().filter(
    (entry) => forms.includes(entry.form) && entry.text.length < 20000,
  );
  assert.ok(entries.length > 0, `no case of ${forms.join(', ')}`);

  for (let iteration = 0; iteration < count; iteration += 1) {
    const entry = entries[iteration % entries.length];
    const text = mutate(entry.text, next);
    try {
      check(entry, text, next);
    } catch (error) {
      assert.fail(`seed ${seed}, iteration ${iteration}: ${error}\ninput: ${JSON.stringify(text)}`);
    }
  }
}

test('mutated bodies never trap', () => {
  fuzz(['body', 'request'], 20000, (entry, text) => {
    assertSpansIn(validate(text, OPTIONS), text, 'body');
  });
});

test('mutated HTTP request files never trap', () => {
  fuzz(['http'], 5000, (entry, text) => {
    assertSpansIn(validateHttpFile(text, OPTIONS), text, 'HTTP request file');
  });
});

test('mutated curl commands never trap', () => {
  fuzz(['curl'], 5000, (entry, text) => {
    assertSpansIn(validateCurlCommand(text, OPTIONS), text, 'curl command');
  });
});

test('mutated requests never trap', () => {
  fuzz(['request'], 5000, (entry, body, next) => {
    // Mutate the body and one other part: the method, the target or a header's value.
    const request = packageRequest(entry.data.request, body);
    const headers = request.headers.map(([name, value]) => [name, value]);
    const choice = Math.floor(next() * (headers.length + 2));
    if (choice === 0) {
      request.method = mutate(request.method ?? 'POST', next);
    } else if (choice === 1 && request.url !== undefined) {
      request.url = mutate(request.url, next);
    } else if (choice === 1) {
      request.path = { ...request.path, workspace_id: mutate(request.path.workspace_id, next) };
    } else {
      const index = choice - 2;
      headers[index] = [headers[index][0], mutate(headers[index][1], next)];
    }
    request.headers = headers;

    const diagnostics = validateRequest(request, OPTIONS);
    const inBody = diagnostics.filter((diagnostic) => !diagnostic.pointer.startsWith('#/'));
    assertSpansIn(inBody, body, 'request body');
    for (const diagnostic of diagnostics) {
      assert.ok(diagnostic.start <= diagnostic.end, 'request part');
    }
  });
});

test('oversized document is reported', () => {
  const text = JSON.stringify({ report_name: 'x'.repeat(5 * 1024 * 1024) });
  const diagnostics = validate(text);
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'SR002'));
});

test('deep nesting is reported', () => {
  const text = '['.repeat(100000) + ']'.repeat(100000);
  const diagnostics = validate(text);
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'SR002'));
});

test('module works after bad input', () => {
  assert.equal(isValid('{"report_name": "\\ud800"'), false);
  assert.deepEqual(Object.keys(validateFields('')), ['']);
  assert.equal(isValid({}), false);
});

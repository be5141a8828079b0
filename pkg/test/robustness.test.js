// Bad input must never trap the WebAssembly module: a trap (a Rust panic) would throw a
// RuntimeError and could leave the instance unusable. This feeds mutated corpus bodies, huge and
// deeply nested documents through the package and checks that every call returns diagnostics.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isValid, validate, validateFields } from 'secmaster-report';

import { loadCases } from './support/cases.js';

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
  '#', 'L', 'W', '/', 'MON', '0 0 8 ? * MON', '9999999999999999999',
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

test('mutated bodies never trap', () => {
  const seed = 20251201;
  const next = random(seed);
  const texts = loadCases()
    .map((entry) => entry.text)
    .filter((text) => text.length < 20000);

  for (let iteration = 0; iteration < 20000; iteration += 1) {
    const text = mutate(texts[iteration % texts.length], next);
    let diagnostics;
    try {
      diagnostics = validate(text, OPTIONS);
    } catch (error) {
      assert.fail(`seed ${seed}, iteration ${iteration}: ${error}\ninput: ${JSON.stringify(text)}`);
    }
    assert.ok(Array.isArray(diagnostics));
    for (const diagnostic of diagnostics) {
      assert.ok(diagnostic.start <= diagnostic.end, JSON.stringify(text));
      assert.ok(diagnostic.end <= text.length, JSON.stringify(text));
    }
  }
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

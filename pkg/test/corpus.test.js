// Runs every case of the shared corpus through the npm package. The expectations are the ones
// the Rust core's corpus test checks, so the two front ends cannot drift apart.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { validate } from 'secmaster-report';

import { keySet, loadCases, packageOptions } from './support/cases.js';

const cases = loadCases();

test('corpus has cases', () => {
  assert.ok(cases.length > 0, 'no case file under tests/cases/');
});

for (const { name, data, text } of cases) {
  test(`corpus ${name}`, () => {
    const options = packageOptions(data.options);
    const diagnostics = validate(text, options);

    assert.deepEqual(keySet(diagnostics), keySet(data.expected), data.description);

    for (const entry of data.expected) {
      if (entry.line === undefined || entry.column === undefined) {
        continue;
      }
      const found = diagnostics.some(
        (diagnostic) =>
          diagnostic.code === entry.code &&
          diagnostic.pointer === entry.pointer &&
          diagnostic.line === entry.line &&
          diagnostic.column === entry.column,
      );
      assert.ok(found, `no ${entry.code} at ${entry.line}:${entry.column}`);
    }

    // A value goes through JSON.stringify in the package and must give the same set. A string
    // `input` is skipped: the package reads a string argument as JSON text, not as a value.
    if (data.input !== undefined && typeof data.input !== 'string') {
      assert.deepEqual(keySet(validate(data.input, options)), keySet(data.expected), 'object input');
    }
  });
}

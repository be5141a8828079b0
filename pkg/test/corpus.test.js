// Runs every case of the shared corpus through the npm package. The expectations are the ones
// the Rust core's corpus test checks, so the two front ends cannot drift apart. Each case runs in
// its input form: a body, a whole request object, an HTTP request file or a curl command.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  isValid,
  isValidCurlCommand,
  isValidHttpFile,
  isValidRequest,
  validate,
  validateCurlCommand,
  validateHttpFile,
  validateRequest,
} from 'secmaster-report';

import { keySet, loadCases, packageOptions, packageRequest } from './support/cases.js';

const cases = loadCases();

/** The `validate…` and `isValid…` functions of each input form, called with the case's input. */
const FORMS = {
  body: {
    validate: (data, input, options) => validate(input, options),
    isValid: (data, input, options) => isValid(input, options),
  },
  request: {
    validate: (data, input, options) => validateRequest(packageRequest(data.request, input), options),
    isValid: (data, input, options) => isValidRequest(packageRequest(data.request, input), options),
  },
  http: {
    validate: (data, input, options) => validateHttpFile(input, options),
    isValid: (data, input, options) => isValidHttpFile(input, options),
  },
  curl: {
    validate: (data, input, options) => validateCurlCommand(input, options),
    isValid: (data, input, options) => isValidCurlCommand(input, options),
  },
};

test('corpus has cases of every form', () => {
  assert.ok(cases.length > 0, 'no case file under tests/cases/');
  const forms = new Set(cases.map((entry) => entry.form));
  assert.deepEqual([...forms].sort(), Object.keys(FORMS).sort());
});

for (const { name, data, form, text } of cases) {
  test(`corpus ${name}`, () => {
    const options = packageOptions(data.options);
    const functions = FORMS[form];
    const diagnostics = functions.validate(data, text, options);

    assert.deepEqual(keySet(diagnostics), keySet(data.expected), data.description);

    // Positions are checked where the case gives them: in the body text, or in the text of an
    // HTTP request file or curl command.
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

    const hasError = data.expected.some((entry) => entry.severity === 'error');
    assert.equal(functions.isValid(data, text, options), !hasError, 'isValid');

    // A value goes through JSON.stringify in the package and must give the same set. A string
    // `input` is skipped: the package reads a string argument as JSON text, not as a value.
    if ((form === 'body' || form === 'request') && data.input !== undefined && typeof data.input !== 'string') {
      const fromValue = functions.validate(data, data.input, options);
      assert.deepEqual(keySet(fromValue), keySet(data.expected), 'object input');
    }

    // Nothing returned to JavaScript may contain the credential, in any locale.
    if (data.secret !== undefined) {
      for (const locale of ['en', 'zh-CN']) {
        const returned = JSON.stringify(functions.validate(data, text, { ...options, locale }));
        assert.equal(returned.includes(data.secret), false, `the ${locale} diagnostics contain the secret`);
      }
    }
  });
}

// Reads the shared conformance corpus (tests/cases/ at the repository root) in the form the Rust
// corpus test reads it: the input in one of its forms, the options and the expected diagnostics.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = fileURLToPath(new URL('../../../tests/cases/', import.meta.url));

function caseFiles(directory) {
  const files = [];
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      files.push(...caseFiles(path));
    } else if (entry.name.endsWith('.json')) {
      files.push(path);
    }
  }
  return files;
}

/**
 * Returns the body text of a case: `input_text` as is, or `input` as
 * `serde_json::to_string_pretty` writes it in the Rust test, which for the values of the corpus
 * is `JSON.stringify` with 2-space indentation. Returns undefined for a case without a body.
 */
function bodyText(data) {
  if (typeof data.input_text === 'string') {
    return data.input_text;
  }
  return data.input === undefined ? undefined : JSON.stringify(data.input, null, 2);
}

/**
 * Returns the input form of a case: `http` (`input_http`, an HTTP request file), `curl`
 * (`input_curl`, a curl command), `request` (a `request` object with a body) or `body`.
 */
function formOf(data) {
  if (typeof data.input_http === 'string') {
    return 'http';
  }
  if (typeof data.input_curl === 'string') {
    return 'curl';
  }
  return data.request === undefined ? 'body' : 'request';
}

/**
 * Returns every case: its path relative to tests/cases/, the parsed file, its input form and
 * its text. The text is the file's text for `http` and `curl` cases and the body text for
 * `request` and `body` cases.
 */
export function loadCases() {
  return caseFiles(CASES_DIR).map((path) => {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    const form = formOf(data);
    const text = { http: data.input_http, curl: data.input_curl }[form] ?? bodyText(data);
    return { name: relative(CASES_DIR, path), data, form, text };
  });
}

/**
 * Returns the package's request object for a `request` case, with `body` as given: the body
 * text, or a value.
 */
export function packageRequest(caseRequest, body) {
  const request = { headers: caseRequest.headers ?? [], body };
  if (caseRequest.method !== undefined) {
    request.method = caseRequest.method;
  }
  if (caseRequest.url !== undefined) {
    request.url = caseRequest.url;
  } else {
    request.path = caseRequest.path;
  }
  return request;
}

/** Converts a case's `options` (snake_case, as in the Rust test) into the package's options. */
export function packageOptions(caseOptions = {}) {
  return {
    workspaceId: caseOptions.workspace_id,
    projectId: caseOptions.project_id,
    // Without `now_ms` the time-dependent checks do not run, so `now` must be null, not the
    // package's default of Date.now().
    now: caseOptions.now_ms ?? null,
    rules: caseOptions.rules,
  };
}

/** Returns `code pointer severity` strings, sorted, for comparing diagnostics as a set. */
export function keySet(diagnostics) {
  const keys = diagnostics.map(
    (diagnostic) => `${diagnostic.code} ${JSON.stringify(diagnostic.pointer)} ${diagnostic.severity}`,
  );
  return [...new Set(keys)].sort();
}

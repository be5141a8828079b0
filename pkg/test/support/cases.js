// Reads the shared conformance corpus (tests/cases/ at the repository root) in the form the Rust
// corpus test reads it: the body text, the options and the expected diagnostics.

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
 * Returns every case: its path relative to tests/cases/, the parsed file, and the body text.
 * `input` is written as `serde_json::to_string_pretty` writes it in the Rust test, which for the
 * values of the corpus is `JSON.stringify` with 2-space indentation.
 */
export function loadCases() {
  return caseFiles(CASES_DIR).map((path) => {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    const text =
      typeof data.input_text === 'string' ? data.input_text : JSON.stringify(data.input, null, 2);
    return { name: relative(CASES_DIR, path), data, text };
  });
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

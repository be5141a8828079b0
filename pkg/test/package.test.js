// Checks of the built package itself: the .wasm size budget, that nothing reads the system
// clock, and that the TypeScript declarations compile against a usage example.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wasmBytes = readFileSync(new URL('../dist/secmaster_report_bg.wasm', import.meta.url));
const glue = readFileSync(new URL('../dist/secmaster_report.js', import.meta.url), 'utf8');

test('gzipped wasm fits the budget', () => {
  // The budget lives in package.json (secmasterReport.wasmGzipBudgetBytes), the one place that
  // states it.
  const budget = packageJson.secmasterReport.wasmGzipBudgetBytes;
  assert.equal(typeof budget, 'number', 'package.json has no secmasterReport.wasmGzipBudgetBytes');

  const gzipped = gzipSync(wasmBytes, { level: 9 }).length;
  assert.ok(
    gzipped <= budget,
    `dist/secmaster_report_bg.wasm is ${gzipped} bytes gzipped (${wasmBytes.length} raw), over the budget of ${budget}`,
  );
});

test('wasm reads no clock', () => {
  // The time comes from the `now` option. On wasm32-unknown-unknown, std's SystemTime::now
  // panics with this message, and chrono's Utc::now would import Date through the glue.
  assert.equal(wasmBytes.includes('time not implemented on this platform'), false);

  const module = new WebAssembly.Module(wasmBytes);
  for (const { name } of WebAssembly.Module.imports(module)) {
    assert.doesNotMatch(name, /now|date|performance/i, `import ${name}`);
  }
  assert.doesNotMatch(glue, /Date\.now|new Date|performance\.now/);
});

test('declarations compile against a usage example', () => {
  const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url);
  const project = new URL('./types/tsconfig.json', import.meta.url);
  try {
    execFileSync(process.execPath, [tsc.pathname, '--project', project.pathname], {
      encoding: 'utf8',
    });
  } catch (error) {
    assert.fail(`tsc reported errors:\n${error.stdout}${error.stderr}`);
  }
});

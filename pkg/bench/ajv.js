// Times the npm package against Ajv in Node.js on the documents of the native benchmark
// (crates/secmaster-report/benches/documents/), then prints the gzipped code size of each.
// Run from pkg/ after scripts/build-wasm.sh: `npm run bench:ajv`.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import { validate } from 'secmaster-report';

import { measure } from './measure.js';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const documentsDir = fileURLToPath(
  new URL('../../crates/secmaster-report/benches/documents/', import.meta.url),
);
const schemaPath = fileURLToPath(
  new URL('../../schema/create-report.schema.json', import.meta.url),
);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

/**
 * Keywords of the schema that Ajv does not know. They are annotations for the VS Code JSON
 * editor, and Ajv's strict mode rejects the schema unless they are declared.
 */
const EDITOR_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'patternErrorMessage',
  'defaultSnippets',
];
const AJV_OPTIONS = { allErrors: true };

/**
 * `now: null` runs no check that compares with the current time, as `Options::default()` in the
 * native benchmark. Without `now` the package would use `Date.now()`.
 */
const PACKAGE_OPTIONS = { locale: 'en', now: null };

/** Each sample is the mean of `batch` calls. A call on the JSON Lines document checks 100 lines. */
const PLAN = { warmup: 5000, samples: 101, batch: 1000 };
const LINES_PLAN = { warmup: 50, samples: 101, batch: 10 };

function newAjv(options) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...options });
  addFormats(ajv);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

const ajv = newAjv();
const ajvValidate = ajv.compile(schema);

/** Returns Ajv's messages, one line per error, or '' for a valid value. */
function ajvMessages(value) {
  return ajvValidate(value) ? '' : ajv.errorsText(ajvValidate.errors, { separator: '\n' });
}

function readDocument(name) {
  return readFileSync(path.join(documentsDir, name), 'utf8');
}

/** Returns a function that runs `check` on each line in turn and adds up the results. */
function forEachLine(check) {
  return (lines) => {
    let total = 0;
    for (const line of lines) {
      total += check(line);
    }
    return total;
  };
}

const checkPackage = (text) => validate(text, PACKAGE_OPTIONS).length;
const checkAjvText = (text) => ajvMessages(JSON.parse(text)).length;
const checkAjvValue = (value) => ajvMessages(value).length;
const parseOnly = (text) => (JSON.parse(text) === null ? 0 : 1);

const lines = readDocument('json-lines-100.jsonl').split('\n').filter((line) => line !== '');

const DOCUMENTS = [
  { label: 'API example, valid', text: readDocument('api-example-valid.json') },
  {
    label: 'API example, ten problems, messages rendered',
    text: readDocument('api-example-ten-problems.json'),
  },
  { label: 'five send rules', text: readDocument('five-send-rules.json') },
  { label: '100 JSON Lines', lines },
];

/** Asserts the results that benches/documents/README.md gives, before anything is timed. */
function checkDocuments() {
  const [valid, broken, sendRules] = DOCUMENTS.map((document) => document.text);
  const diagnostics = (text) => validate(text, PACKAGE_OPTIONS).length;
  assert.equal(diagnostics(valid), 0, 'package diagnostics on the valid example');
  assert.ok(diagnostics(broken) >= 10, 'package diagnostics on the broken example');
  assert.equal(diagnostics(sendRules), 0, 'package diagnostics on five send rules');
  assert.equal(ajvMessages(JSON.parse(valid)), '', 'Ajv errors on the valid example');
  assert.notEqual(ajvMessages(JSON.parse(broken)), '', 'Ajv errors on the broken example');
  assert.equal(ajvMessages(JSON.parse(sendRules)), '', 'Ajv errors on five send rules');

  assert.equal(lines.length, 100, 'lines in json-lines-100.jsonl');
  const brokenByPackage = lines.filter((line) => diagnostics(line) > 0);
  const brokenByAjv = lines.filter((line) => ajvMessages(JSON.parse(line)) !== '');
  assert.equal(brokenByPackage.length, 10, 'lines the package finds broken');
  assert.equal(brokenByAjv.length, 10, 'lines Ajv finds broken');
}

/** Times the four contenders on one document. A JSON Lines document is checked line by line. */
function measureDocument(document) {
  if (document.lines !== undefined) {
    const values = document.lines.map((line) => JSON.parse(line));
    return {
      package: measure(forEachLine(checkPackage), document.lines, undefined, LINES_PLAN),
      ajvText: measure(forEachLine(checkAjvText), document.lines, undefined, LINES_PLAN),
      ajvValue: measure(forEachLine(checkAjvValue), values, undefined, LINES_PLAN),
      parse: measure(forEachLine(parseOnly), document.lines, undefined, LINES_PLAN),
    };
  }
  const value = JSON.parse(document.text);
  return {
    package: measure(checkPackage, document.text, undefined, PLAN),
    ajvText: measure(checkAjvText, document.text, undefined, PLAN),
    ajvValue: measure(checkAjvValue, value, undefined, PLAN),
    parse: measure(parseOnly, document.text, undefined, PLAN),
  };
}

const microseconds = (result) => `${result.median.toFixed(2)} µs`;
const spread = (result) => `${result.p10.toFixed(2)} to ${result.p90.toFixed(2)}`;

const COLUMNS = [
  ['package', 'secmaster-report validate'],
  ['ajvText', 'Ajv, JSON.parse and validate'],
  ['ajvValue', 'Ajv, parsed value'],
  ['parse', 'JSON.parse only'],
];

function printTimes() {
  const results = DOCUMENTS.map((document) => ({ document, times: measureDocument(document) }));
  const header = COLUMNS.map(([, title]) => title).join(' | ');

  console.log(`| document | ${header} | ratio to Ajv, parse and validate |`);
  console.log(`|---|${'---|'.repeat(COLUMNS.length + 1)}`);
  for (const { document, times } of results) {
    const cells = COLUMNS.map(([key]) => microseconds(times[key])).join(' | ');
    const ratio = times.package.median / times.ajvText.median;
    console.log(`| ${document.label} | ${cells} | ${ratio.toFixed(2)} |`);
  }

  console.log('');
  console.log('10th to 90th percentile of the per-call means, in µs:');
  console.log('');
  console.log(`| document | ${header} |`);
  console.log(`|---|${'---|'.repeat(COLUMNS.length)}`);
  for (const { document, times } of results) {
    const cells = COLUMNS.map(([key]) => spread(times[key])).join(' | ');
    console.log(`| ${document.label} | ${cells} |`);
  }
}

function gzipLength(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Returns the input files of an esbuild bundle, relative to pkg/, that left code in it. */
function inputsInBundle(metafile) {
  const [output] = Object.values(metafile.outputs);
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

let entryCount = 0;

/** Bundles `entry` with esbuild as minified ESM for browsers, as an application would ship it. */
async function bundle(directory, entry) {
  entryCount += 1;
  const entryPath = path.join(directory, `entry-${entryCount}.js`);
  writeFileSync(entryPath, entry);
  const result = await build({
    entryPoints: [entryPath],
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'error',
    // The entries live in a temporary folder, so packages resolve from this package's node_modules.
    nodePaths: [path.join(packageDir, 'node_modules')],
  });
  const code = Buffer.from(result.outputFiles[0].text);
  return { code, inputs: inputsInBundle(result.metafile) };
}

/**
 * Returns the files of the package that Node.js loads on `import { validate } from
 * 'secmaster-report'`: the .wasm and every module of the import graph, used by `validate` or not.
 */
async function filesLoadedByNode() {
  const graph = await build({
    entryPoints: ['src/node.js'],
    absWorkingDir: packageDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return ['dist/secmaster_report_bg.wasm', ...Object.keys(graph.metafile.inputs)];
}

async function measureSizes(directory) {
  const rows = [];
  const row = (label, bytes, gzipped) => rows.push({ label, bytes, gzipped });

  // Each file is gzipped on its own, as a server would send it. A browser that loads
  // src/browser.js without a bundler fetches the same files, with browser.js in place of node.js.
  const loaded = await filesLoadedByNode();
  const loadedBytes = loaded.map((file) => readFileSync(path.join(packageDir, file)));
  row(
    `secmaster-report, the files Node.js loads, each gzipped: ${loaded.join(', ')}`,
    loadedBytes.reduce((sum, bytes) => sum + bytes.length, 0),
    loadedBytes.reduce((sum, bytes) => sum + gzipLength(bytes), 0),
  );

  // An application bundle keeps only what `init` and `validate` need. The .wasm stays a separate
  // file, which the glue fetches from beside itself.
  const wasm = readFileSync(path.join(packageDir, 'dist/secmaster_report_bg.wasm'));
  const browserEntry = path.join(packageDir, 'src/browser.js');
  const packageBundle = await bundle(
    directory,
    `export { init, validate } from ${JSON.stringify(browserEntry)};\n`,
  );
  const packageJs = packageBundle.code;
  row(
    `secmaster-report JavaScript bundled for browsers, from ${packageBundle.inputs.join(', ')}`,
    packageJs.length,
    gzipLength(packageJs),
  );
  row(
    'secmaster-report bundle and dist/secmaster_report_bg.wasm',
    packageJs.length + wasm.length,
    gzipLength(packageJs) + gzipLength(wasm),
  );

  // Ajv compiling the schema at run time: the library, ajv-formats and the schema itself.
  const schemaCopy = path.join(directory, 'create-report.schema.json');
  writeFileSync(schemaCopy, JSON.stringify(schema));
  const runtimeEntry = (withFormats) => `
    import Ajv2020 from 'ajv/dist/2020.js';
    ${withFormats ? "import addFormats from 'ajv-formats';" : ''}
    import schema from ${JSON.stringify(schemaCopy)};
    const ajv = new Ajv2020(${JSON.stringify(AJV_OPTIONS)});
    ${withFormats ? 'addFormats(ajv);' : ''}
    ajv.addVocabulary(${JSON.stringify(EDITOR_KEYWORDS)});
    export const validate = ajv.compile(schema);
  `;
  const runtime = (await bundle(directory, runtimeEntry(true))).code;
  row(
    'Ajv 2020 and ajv-formats compiling the schema at run time, schema included',
    runtime.length,
    gzipLength(runtime),
  );
  const runtimeWithoutFormats = (await bundle(directory, runtimeEntry(false))).code;
  row(
    'the same without ajv-formats, which the schema does not need (it has no `format` keyword)',
    runtimeWithoutFormats.length,
    gzipLength(runtimeWithoutFormats),
  );

  // Ajv's standalone code: the validation function generated ahead of time, as an ES module.
  const generator = newAjv({ code: { source: true, esm: true } });
  const standalonePath = path.join(directory, 'validate.standalone.js');
  writeFileSync(standalonePath, standaloneCode(generator, generator.compile(schema)));
  const standalone = (
    await bundle(directory, `export { validate } from ${JSON.stringify(standalonePath)};\n`)
  ).code;
  row('Ajv standalone code for the schema, bundled', standalone.length, gzipLength(standalone));

  const schemaText = readFileSync(schemaPath);
  row(
    'for comparison: schema/create-report.schema.json alone',
    schemaText.length,
    gzipLength(schemaText),
  );
  return rows;
}

async function printSizes() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'secmaster-report-ajv-'));
  let rows;
  try {
    rows = await measureSizes(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  console.log('Code size. Bundles are minified ESM for browsers, made with esbuild:');
  console.log('');
  console.log('| code | bytes | gzip level 9 |');
  console.log('|---|---|---|');
  for (const { label, bytes, gzipped } of rows) {
    console.log(
      `| ${label} | ${bytes.toLocaleString('en-US')} | ${gzipped.toLocaleString('en-US')} |`,
    );
  }
}

function versionOf(name) {
  const manifest = path.join(packageDir, 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

async function main() {
  checkDocuments();

  const cpus = os.cpus();
  console.log(
    `# secmaster-report npm package against Ajv ${versionOf('ajv')} and ajv-formats ` +
      `${versionOf('ajv-formats')}: Node.js ${process.versions.node}, ${cpus[0].model}, ` +
      `${cpus.length} cores`,
  );
  console.log(
    `# Ajv: new Ajv2020(${JSON.stringify(AJV_OPTIONS)}), addFormats(ajv), ` +
      `ajv.addVocabulary([${EDITOR_KEYWORDS.join(', ')}])`,
  );
  console.log(
    `# one document: ${PLAN.samples} samples of ${PLAN.batch} calls after ${PLAN.warmup} ` +
      `warm-up calls; 100 JSON Lines: ${LINES_PLAN.samples} samples of ${LINES_PLAN.batch} ` +
      `passes over the lines after ${LINES_PLAN.warmup}; median of the per-call means`,
  );
  console.log('');
  printTimes();
  console.log('');
  console.log(`# esbuild ${versionOf('esbuild')}`);
  await printSizes();
}

await main();

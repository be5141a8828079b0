// Times one validation through the npm package, in Node.js and in headless Chromium, and prints
// the median per call in µs. Run from pkg/ after scripts/build-wasm.sh: `node bench/run.js`.

import { readFileSync } from 'node:fs';
import os from 'node:os';

import * as checker from 'secmaster-report';

import { launchChromium } from '../test/support/browser.js';
import { startServer } from '../test/support/server.js';
import { measure } from './measure.js';

const root = new URL('../../', import.meta.url);
const readCase = (path) => JSON.parse(readFileSync(new URL(`tests/cases/${path}`, root), 'utf8'));

/** The API reference example; the checker reports one warning on it (an empty weekly range). */
const apiExample = readCase('valid/api-reference-example.json').input_text;
/** The Terraform acceptance body, with no diagnostic when the time checks are off. */
const terraform = readCase('valid/terraform-acceptance-daily.json').input_text;

const PLAN = { warmup: 5000, samples: 101, batch: 1000 };

const SCENARIOS = [
  {
    label: 'validate(API reference example), 1 warning rendered',
    name: 'validate',
    text: apiExample,
    options: { locale: 'en' },
  },
  {
    label: 'validate(API reference example), zh-CN',
    name: 'validate',
    text: apiExample,
    options: { locale: 'zh-CN' },
  },
  {
    label: 'isValid(API reference example)',
    name: 'isValid',
    text: apiExample,
    options: {},
  },
  {
    label: 'validate(Terraform body), no diagnostic',
    name: 'validate',
    text: terraform,
    options: { now: null },
  },
];

function format(result) {
  return `${result.median.toFixed(2)} µs (p10 ${result.p10.toFixed(2)}, p90 ${result.p90.toFixed(2)})`;
}

async function main() {
  console.log(`# secmaster-report npm package: ${os.cpus()[0].model}, ${os.cpus().length} cores`);
  console.log(`# ${PLAN.samples} samples of ${PLAN.batch} calls after ${PLAN.warmup} warm-up calls; median of the per-call means`);
  console.log(`# API reference example: ${Buffer.byteLength(apiExample)} bytes`);
  console.log('');
  console.log('| scenario | Node.js ' + process.versions.node + ' | headless Chromium |');
  console.log('|---|---|---|');

  const server = await startServer();
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}/bench/page.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const version = chromium.browser.version();

    for (const scenario of SCENARIOS) {
      const node = measure(checker[scenario.name], scenario.text, scenario.options, PLAN);
      const browser = await page.evaluate(
        ({ name, text, options, plan }) => window.measure(name, text, options, plan),
        { ...scenario, plan: PLAN },
      );
      console.log(`| ${scenario.label} | ${format(node)} | ${format(browser)} |`);
    }
    console.log('');
    console.log(`# Chromium ${version}`);
  } finally {
    await chromium.close();
    await server.close();
  }
}

await main();

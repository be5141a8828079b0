// Drives the demo page (pkg/demo/) in headless Chromium: a message appears next to the field that
// is wrong, follows the locale switch, and disappears when the request is valid. Saves a
// screenshot to target/test-artifacts/demo.png at the repository root.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchChromium } from './support/browser.js';
import { startServer } from './support/server.js';

const ARTIFACTS = fileURLToPath(new URL('../../target/test-artifacts/', import.meta.url));

let server;
let chromium;
let page;
const pageErrors = [];

before(async () => {
  server = await startServer();
  chromium = await launchChromium();
  page = await chromium.browser.newPage({ viewport: { width: 1280, height: 1100 } });
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(`${server.url}/demo/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
});

after(async () => {
  await chromium?.close();
  await server?.close();
});

const periodMessages = '[data-messages-for="report_period"]';

async function errorCount() {
  return page.locator('.diagnostic.severity-error').count();
}

test('example request shows no error', async () => {
  assert.equal(await errorCount(), 0);
  assert.match(await page.textContent('#summary'), /No problems/);
});

test('invalid period shows message next to field', async () => {
  await page.fill('#report_period', 'Weekly');

  const message = page.locator(`${periodMessages} .diagnostic.severity-error`);
  await message.waitFor();
  assert.match(await message.textContent(), /invalid `report_period` `Weekly`/);
  assert.match(await message.textContent(), /did you mean `weekly`/);
  assert.equal(await page.locator('#diagnostics .severity-error').count(), 1);
});

test('locale switch shows message in Chinese', async () => {
  await page.selectOption('#locale', 'zh-CN');

  const message = page.locator(`${periodMessages} .diagnostic.severity-error`);
  const text = await message.textContent();
  assert.match(text, /`report_period` 的值 `Weekly` 无效/);
  assert.match(await page.textContent('h1'), /创建安全报告/);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}demo.png`, fullPage: true });
});

test('valid request clears the errors', async () => {
  await page.fill('#report_period', 'weekly');

  assert.equal(await page.locator(periodMessages).textContent(), '');
  assert.equal(await errorCount(), 0);
  assert.match(await page.textContent('#summary'), /没有问题/);
});

test('page raised no error', () => {
  assert.deepEqual(pageErrors, []);
});

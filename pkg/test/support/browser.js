// Starts Debian's Chromium headless through playwright-core. The flags keep Chromium from
// reaching for the network, which this machine's closed network refuses. Playwright gives each
// launch a new empty profile of its own.

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium. Returns the browser and a function that closes it. */
export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  return { browser, close: () => browser.close() };
}

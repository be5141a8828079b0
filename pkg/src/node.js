// Entry point for Node.js. The WebAssembly module is read from the package folder and
// instantiated synchronously on import, so the functions work at once. `init()` exists for code
// shared with browsers and does nothing here.

import { readFileSync } from 'node:fs';

import { initSync as initBindingsSync } from '../dist/secmaster_report.js';
import { markInitialised } from './api.js';

export {
  explain,
  groupByField,
  isValid,
  isValidCurlCommand,
  isValidHttpFile,
  isValidRequest,
  rules,
  schema,
  validate,
  validateCurlCommand,
  validateFields,
  validateHttpFile,
  validateRequest,
} from './api.js';

initBindingsSync({
  module: readFileSync(new URL('../dist/secmaster_report_bg.wasm', import.meta.url)),
});
markInitialised();

/** Does nothing: the module is instantiated on import. Kept for code shared with browsers. */
export async function init() {}

/** Does nothing: the module is instantiated on import. Kept for code shared with browsers. */
export function initSync() {}

// Entry point for browsers and bundlers. The WebAssembly module loads asynchronously, so call
// `await init()` once before the other functions.

import initBindings, { initSync as initBindingsSync } from '../dist/secmaster_report.js';
import { isInitialised, markInitialised } from './api.js';

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

/**
 * Loads and instantiates the WebAssembly module; later calls return at once. Without an
 * argument it fetches `secmaster_report_bg.wasm` beside the glue module. `source` may instead be
 * a URL, a `Response`, a promise of one, the bytes or a `WebAssembly.Module`.
 */
export async function init(source) {
  if (isInitialised()) {
    return;
  }
  await initBindings(source === undefined ? undefined : { module_or_path: source });
  markInitialised();
}

/** Instantiates the WebAssembly module from its bytes or a compiled `WebAssembly.Module`. */
export function initSync(source) {
  if (isInitialised()) {
    return;
  }
  initBindingsSync({ module: source });
  markInitialised();
}

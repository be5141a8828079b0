// The functions of the package. The request body, diagnostic and option types are generated
// from the Rust core into request.d.ts and diagnostics.d.ts.

import type {
  Diagnostic,
  FieldDiagnostics,
  Locale,
  Options,
  Rule,
  RuleCode,
  RuleName,
} from "./diagnostics.js";

export type * from "./diagnostics.js";
export type * from "./request.js";

/**
 * The source of the WebAssembly module for `init`: a URL of the `.wasm` file, a `Response` or a promise of one, the bytes,
 * or a compiled module.
 */
export type InitSource =
  | string
  | URL
  | Request
  | Response
  | Promise<Response>
  | BufferSource
  | WebAssembly.Module;

/**
 * Loads and instantiates the WebAssembly module; later calls return at once. In browsers call it
 * once before the other functions. Without an argument it fetches `secmaster_report_bg.wasm`
 * beside the package's glue module. In Node.js the module is instantiated on import and this
 * does nothing.
 */
export function init(source?: InitSource): Promise<void>;

/** Instantiates the WebAssembly module from its bytes or a compiled module, synchronously. */
export function initSync(source?: BufferSource | WebAssembly.Module): void;

/**
 * Checks a request body and returns every diagnostic, in source order.
 *
 * `input` is JSON text, or a value that is checked as `JSON.stringify(input)` writes it; the
 * positions of the diagnostics refer to that text.
 *
 * @throws {TypeError} when an option has the wrong type or name, or the input cannot be
 *   serialised to JSON.
 * @throws {Error} when `locale` names no catalogue, or `rules` names an unknown rule or level.
 */
export function validate(input: unknown, options?: Options): Diagnostic[];

/**
 * Returns true when the body has no error-severity diagnostic (warnings are allowed). Renders no
 * message. Throws on invalid options, like {@link validate}.
 */
export function isValid(input: unknown, options?: Options): boolean;

/**
 * Checks a request body and groups the diagnostics by the top-level field of their pointer:
 * `""` for the whole document, the full pointer for a path parameter
 * (`#/path/workspace_id`). Only fields with at least one diagnostic have a key.
 */
export function validateFields(input: unknown, options?: Options): FieldDiagnostics;

/** Returns every rule of the registry, ordered by code. */
export function rules(): Rule[];

/**
 * Returns the rule with a code (any case) or name, or `null` when there is none. The rule
 * documentation is in English; `locale` is checked like the `locale` option.
 */
export function explain(rule: RuleCode | RuleName | string, locale?: Locale): Rule | null;

/** Returns the JSON Schema (draft 2020-12) of the request body, with texts in `locale`. */
export function schema(locale?: Locale): Record<string, unknown>;

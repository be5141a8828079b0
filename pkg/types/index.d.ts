// The functions of the package and the types of a whole request. The request body, diagnostic
// and option types are generated from the Rust core into request.d.ts and diagnostics.d.ts.

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
 * The path parameters of `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`, written as
 * given: the request target is built from them with both values percent-encoded.
 */
export interface RequestPath {
  project_id: string;
  workspace_id: string;
}

/**
 * The headers of a request: `[name, value]` pairs in order (a name may repeat), an object of
 * names and values, or an iterable of pairs such as a `Map` or the Fetch API's `Headers`.
 */
export type RequestHeaders =
  | ReadonlyArray<readonly [name: string, value: string]>
  | Readonly<Record<string, string>>
  | Iterable<readonly [name: string, value: string]>;

interface CreateReportRequestParts {
  /** The method as written. Default `"POST"`. */
  method?: string;
  /**
   * The headers. The API requires `Content-Type`, `Region` and `X-Auth-Token`; the value of
   * `X-Auth-Token` is never returned in a diagnostic.
   */
  headers?: RequestHeaders;
  /**
   * The body: JSON text, or a value that is checked as `JSON.stringify(body)` writes it.
   * Positions of body diagnostics refer to that text.
   */
  body: unknown;
}

/**
 * A whole Create Security Report request, for {@link validateRequest}: the target as `url`
 * (an absolute URL, or a path such as `/v1/{project_id}/workspaces/{workspace_id}/sa/reports`)
 * or as `path`, the headers and the body.
 */
export type CreateReportRequest = CreateReportRequestParts &
  ({ url: string; path?: undefined } | { path: RequestPath; url?: undefined });

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
 * Checks a whole request: the method, the URL or path parameters, the headers and the body.
 *
 * A body diagnostic has its position in the body text, as from {@link validate}. A diagnostic
 * whose pointer starts with `#/` has its position in the text of that part: the method, the
 * URL (for a path parameter given in `path`, the whole value), or the header's value (its name
 * for `duplicate-header`). A missing header has an empty span at 0. The value of
 * `X-Auth-Token` never appears in a diagnostic or an error.
 *
 * @throws {TypeError} when the request is not an object of the documented members and types,
 *   the body cannot be serialised to JSON, or an option has the wrong type or name.
 * @throws {Error} when `locale` names no catalogue, or `rules` names an unknown rule or level.
 */
export function validateRequest(request: CreateReportRequest, options?: Options): Diagnostic[];

/**
 * Returns true when the whole request has no error-severity diagnostic (warnings are allowed).
 * Renders no message. Throws like {@link validateRequest}.
 */
export function isValidRequest(request: CreateReportRequest, options?: Options): boolean;

/**
 * Checks the requests of an HTTP request file (`.http`, `.rest`) of VS Code REST Client or
 * JetBrains HTTP Client. When the file contains several requests, those that `POST` to
 * `sa/reports` are checked. Positions are in `text`, also inside the body. `{{variables}}` are
 * not resolved: each gets an `unresolved-reference` note.
 *
 * @throws {TypeError} when `text` is not a string, or an option has the wrong type or name.
 * @throws {Error} when `locale` names no catalogue, or `rules` names an unknown rule or level.
 */
export function validateHttpFile(text: string, options?: Options): Diagnostic[];

/** Returns true when no checked request of the file has an error-severity diagnostic. */
export function isValidHttpFile(text: string, options?: Options): boolean;

/**
 * Checks a curl command, as API Explorer copies it: over several lines joined by `\`, with
 * single quotes, double quotes, `$'…'` and backslash escapes read as a POSIX shell reads them.
 * Positions are in `text`, through quotes and escapes. Shell expansions such as `$TOKEN` are
 * not run: each gets an `unresolved-reference` note.
 *
 * @throws {TypeError} when `text` is not a string, or an option has the wrong type or name.
 * @throws {Error} when `locale` names no catalogue, or `rules` names an unknown rule or level.
 */
export function validateCurlCommand(text: string, options?: Options): Diagnostic[];

/** Returns true when the curl command has no error-severity diagnostic. */
export function isValidCurlCommand(text: string, options?: Options): boolean;

/**
 * Groups diagnostics of any function by the top-level field of their pointer, as
 * {@link validateFields} does: a part outside the body is under its whole pointer, such as
 * `#/headers/content-type`.
 */
export function groupByField(diagnostics: readonly Diagnostic[]): FieldDiagnostics;

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

// The public API of the package, shared by the browser and Node.js entry points. It checks the
// JavaScript types of the options, turns them into the plain arguments of the WebAssembly exports,
// and groups diagnostics by field. The checking itself runs in WebAssembly.

import * as bindings from '../dist/secmaster_report.js';
import { RULE_DOCS } from '../dist/rules.js';
import { SCHEMAS } from '../dist/schema.js';
import { describe, readRequest, toJsonText, toText } from './input.js';

const OPTION_NAMES = ['locale', 'workspaceId', 'projectId', 'now', 'rules'];

let initialised = false;

/** Records that the WebAssembly module is instantiated. Called by the entry points. */
export function markInitialised() {
  initialised = true;
}

export function isInitialised() {
  return initialised;
}

function ensureInitialised() {
  if (!initialised) {
    throw new Error(
      'secmaster-report: the WebAssembly module is not initialised; call `await init()` first',
    );
  }
}

function optionalString(options, name) {
  const value = options[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new TypeError(
      `secmaster-report: invalid option \`${name}\`: expected a string, found ${describe(value)}`,
    );
  }
  return value;
}

function readNow(options) {
  const now = options.now;
  if (now === undefined) {
    return Date.now();
  }
  if (now === null) {
    return undefined;
  }
  if (now instanceof Date) {
    const time = now.getTime();
    if (Number.isNaN(time)) {
      throw new TypeError('secmaster-report: invalid option `now`: the Date is invalid');
    }
    return time;
  }
  if (typeof now !== 'number') {
    throw new TypeError(
      `secmaster-report: invalid option \`now\`: expected epoch milliseconds, a Date or null, found ${describe(now)}`,
    );
  }
  return now;
}

/** Flattens `{ SR401: 'off' }` into `['SR401', 'off']`, the form the WebAssembly export reads. */
function readRuleLevels(options) {
  const rules = options.rules;
  if (rules === undefined || rules === null) {
    return undefined;
  }
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    throw new TypeError(
      `secmaster-report: invalid option \`rules\`: expected an object such as { SR401: 'off' }, found ${describe(rules)}`,
    );
  }

  const levels = [];
  for (const [rule, level] of Object.entries(rules)) {
    if (typeof level !== 'string') {
      throw new TypeError(
        `secmaster-report: invalid option \`rules.${rule}\`: expected "off", "info", "warning" or "error", found ${describe(level)}`,
      );
    }
    levels.push(rule, level);
  }
  return levels.length === 0 ? undefined : levels;
}

function rejectUnknownOptions(options) {
  for (const name in options) {
    if (!Object.hasOwn(options, name) || OPTION_NAMES.includes(name)) {
      continue;
    }
    const camelCase = name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
    const hint = OPTION_NAMES.includes(camelCase) ? `; did you mean \`${camelCase}\`?` : '';
    throw new TypeError(
      `secmaster-report: unknown option \`${name}\`: expected ${OPTION_NAMES.join(', ')}${hint}`,
    );
  }
}

/** Reads the public options object into the arguments of the WebAssembly exports. */
function readOptions(options) {
  if (options === undefined || options === null) {
    return { locale: 'en', workspaceId: undefined, projectId: undefined, now: Date.now(), ruleLevels: undefined };
  }
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`secmaster-report: options must be an object, found ${describe(options)}`);
  }
  rejectUnknownOptions(options);

  return {
    locale: optionalString(options, 'locale') ?? 'en',
    workspaceId: optionalString(options, 'workspaceId'),
    projectId: optionalString(options, 'projectId'),
    now: readNow(options),
    ruleLevels: readRuleLevels(options),
  };
}

/** Words per diagnostic in the layout of `output::encode` (crates/secmaster-report-wasm). */
const WORDS_PER_DIAGNOSTIC = 16;

// ignoreBOM keeps a leading U+FEFF of the first string, which the default decoder drops.
const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Turns the bytes that `check` returns, in the layout that `output::encode` documents, into
 * diagnostic objects with the keys in the order of the `Diagnostic` type. The strings are
 * slices of one decoded text. `null` means no diagnostic.
 */
function decodeDiagnostics(bytes) {
  if (bytes === null) {
    return [];
  }
  // The bindings return a copy with its own ArrayBuffer, so the words start 4-byte aligned.
  const count = new Uint32Array(bytes.buffer, bytes.byteOffset, 1)[0];
  const wordCount = 1 + WORDS_PER_DIAGNOSTIC * count;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, wordCount);
  const text = textDecoder.decode(bytes.subarray(4 * wordCount));

  const diagnostics = new Array(count);
  let position = 0;
  for (let index = 0; index < count; index += 1) {
    const base = 1 + WORDS_PER_DIAGNOSTIC * index;
    let length = base + 9;
    const nextString = () => {
      const end = position + words[length];
      const value = text.slice(position, end);
      position = end;
      length += 1;
      return value;
    };
    const code = nextString();
    const name = nextString();
    const severity = nextString();
    const pointer = nextString();
    const message = nextString();
    const help = nextString();
    const replacement = nextString();
    const flags = words[base + 6];

    // Two literals, so that `help` keeps its place between `message` and `line`.
    const diagnostic =
      (flags & 1) === 0
        ? {
            code,
            name,
            severity,
            pointer,
            message,
            line: words[base],
            column: words[base + 1],
            endLine: words[base + 2],
            endColumn: words[base + 3],
            start: words[base + 4],
            end: words[base + 5],
          }
        : {
            code,
            name,
            severity,
            pointer,
            message,
            help,
            line: words[base],
            column: words[base + 1],
            endLine: words[base + 2],
            endColumn: words[base + 3],
            start: words[base + 4],
            end: words[base + 5],
          };
    if ((flags & 2) !== 0) {
      diagnostic.fix = { start: words[base + 7], end: words[base + 8], replacement };
    }
    diagnostics[index] = diagnostic;
  }
  return diagnostics;
}

const textEncoder = new TextEncoder();

/** Texts up to this many UTF-16 code units are encoded into `scratch`. Longer texts get their own buffer. */
const SCRATCH_MAX_LENGTH = 16 * 1024;
// A UTF-16 code unit takes at most 3 bytes of UTF-8.
const scratch = new Uint8Array(3 * SCRATCH_MAX_LENGTH);

/**
 * Returns the UTF-8 bytes of `text` for the `text` argument of `check`. `encodeInto` into a
 * reused buffer avoids both an allocation and the bindings' per-character copy of a string. The
 * bindings copy the bytes into WebAssembly memory before `check` runs, so the next call may
 * overwrite the buffer.
 */
function encodeText(text) {
  if (text.length > SCRATCH_MAX_LENGTH) {
    return textEncoder.encode(text);
  }
  const { written } = textEncoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/**
 * Runs the WebAssembly export `check` on one input. `form` and `parts` are described in the
 * crate's documentation of `check`; with `messages` false it returns whether the input has no
 * error.
 */
function check(form, text, parts, messages, options) {
  const settings = readOptions(options);
  const result = bindings.check(
    form,
    encodeText(text),
    parts,
    messages,
    settings.locale,
    settings.workspaceId,
    settings.projectId,
    settings.now,
    settings.ruleLevels,
  );
  return messages ? decodeDiagnostics(result) : result;
}

/**
 * Checks a request body. `input` is JSON text, or a value that is checked as `JSON.stringify`
 * writes it (positions then refer to that text). Returns every diagnostic, in source order.
 */
export function validate(input, options) {
  ensureInitialised();
  return check('body', toJsonText(input), [], true, options);
}

/** Returns true when the body has no error-severity diagnostic. Warnings are allowed. */
export function isValid(input, options) {
  ensureInitialised();
  return check('body', toJsonText(input), [], false, options);
}

/**
 * Checks a whole request: `{ method?, url | path, headers?, body }`. A body diagnostic has its
 * position in the body text. Any other diagnostic has its position in the text of the part
 * that its pointer names, as README.md describes.
 */
export function validateRequest(request, options) {
  ensureInitialised();
  const { form, body, parts } = readRequest(request);
  return check(form, body, parts, true, options);
}

/** Returns true when the whole request has no error-severity diagnostic. Warnings are allowed. */
export function isValidRequest(request, options) {
  ensureInitialised();
  const { form, body, parts } = readRequest(request);
  return check(form, body, parts, false, options);
}

/**
 * Checks the requests of an HTTP request file (VS Code REST Client, JetBrains HTTP Client).
 * Positions are in `text`.
 */
export function validateHttpFile(text, options) {
  ensureInitialised();
  return check('http-file', toText(text, 'the HTTP request file'), [], true, options);
}

/** Returns true when no checked request of an HTTP request file has an error-severity diagnostic. */
export function isValidHttpFile(text, options) {
  ensureInitialised();
  return check('http-file', toText(text, 'the HTTP request file'), [], false, options);
}

/** Checks a curl command, as API Explorer copies it. Positions are in `text`. */
export function validateCurlCommand(text, options) {
  ensureInitialised();
  return check('curl-command', toText(text, 'the curl command'), [], true, options);
}

/** Returns true when a curl command has no error-severity diagnostic. */
export function isValidCurlCommand(text, options) {
  ensureInitialised();
  return check('curl-command', toText(text, 'the curl command'), [], false, options);
}

/**
 * Returns the top-level field that a diagnostic's pointer names: `""` for the whole document,
 * the whole pointer for a part outside the body (`#/path/workspace_id`,
 * `#/headers/content-type`), otherwise the first segment of the RFC 6901 pointer with `~1` and
 * `~0` decoded.
 */
export function fieldOf(pointer) {
  if (pointer === '' || !pointer.startsWith('/')) {
    return pointer;
  }
  const end = pointer.indexOf('/', 1);
  const segment = end === -1 ? pointer.slice(1) : pointer.slice(1, end);
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * Checks a request body and groups the diagnostics by top-level field, for a form that shows
 * each message next to its input. Only fields with diagnostics have a key.
 */
export function validateFields(input, options) {
  return groupByField(validate(input, options));
}

/**
 * Groups diagnostics by the top-level field of their pointer, as `validateFields` does, for the
 * diagnostics of any function: a part outside the body is under its whole pointer, such as
 * `#/headers/content-type`.
 */
export function groupByField(diagnostics) {
  if (!Array.isArray(diagnostics)) {
    throw new TypeError(
      `secmaster-report: diagnostics must be an array, found ${describe(diagnostics)}`,
    );
  }
  const groups = {};
  for (const diagnostic of diagnostics) {
    const field = fieldOf(diagnostic.pointer);
    if (Object.hasOwn(groups, field)) {
      groups[field].push(diagnostic);
    } else {
      // defineProperty, because assigning to a key named `__proto__` would set the prototype.
      Object.defineProperty(groups, field, {
        value: [diagnostic],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return groups;
}

/** Returns every rule of the registry, ordered by code. */
export function rules() {
  ensureInitialised();
  return JSON.parse(bindings.rules()).map(withDocs);
}

/** Adds a rule's source and documentation, which live in `dist/rules.js` and not in the .wasm. */
function withDocs(rule) {
  const { source, docs } = RULE_DOCS[rule.code];
  return { ...rule, source, docs };
}

/**
 * Returns the rule with a code (any case) or name, or `null`. The rule documentation is in English;
 * `locale` is checked like the `locale` option.
 */
export function explain(rule, locale = 'en') {
  ensureInitialised();
  if (typeof rule !== 'string') {
    throw new TypeError(`secmaster-report: rule must be a code or name, found ${describe(rule)}`);
  }
  if (typeof locale !== 'string') {
    throw new TypeError(`secmaster-report: locale must be a string, found ${describe(locale)}`);
  }
  const found = JSON.parse(bindings.explain(rule, locale));
  return found === null ? null : withDocs(found);
}

/** Returns the JSON Schema (draft 2020-12) of the request body, with texts in `locale`. */
export function schema(locale = 'en') {
  ensureInitialised();
  if (typeof locale !== 'string') {
    throw new TypeError(`secmaster-report: locale must be a string, found ${describe(locale)}`);
  }
  return structuredClone(SCHEMAS[bindings.localeName(locale)]);
}

// Reads the input arguments of the public API: body text or values, the text of a request file,
// and whole request objects. Values of headers never appear in an error message, because one of
// them is the IAM token.

function isBinary(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

/**
 * Returns the JSON text to check: a string as given, any other value as `JSON.stringify` writes it.
 * `what` names the argument in error messages.
 */
export function toJsonText(input, what = 'input') {
  if (typeof input === 'string') {
    return input;
  }
  if (isBinary(input)) {
    throw new TypeError(
      `secmaster-report: ${what} is binary data; decode it first, for example with new TextDecoder().decode(bytes)`,
    );
  }

  let text;
  try {
    text = JSON.stringify(input);
  } catch (error) {
    throw new TypeError(`secmaster-report: ${what} cannot be serialised to JSON: ${error.message}`, {
      cause: error,
    });
  }
  if (text === undefined) {
    throw new TypeError(
      `secmaster-report: ${what} must be JSON text or a JSON value, found ${typeof input}`,
    );
  }
  return text;
}

/** Returns the text of an HTTP request file or a curl command, which must be a string. */
export function toText(input, what) {
  if (typeof input === 'string') {
    return input;
  }
  if (isBinary(input)) {
    throw new TypeError(
      `secmaster-report: ${what} is binary data; decode it first, for example with new TextDecoder().decode(bytes)`,
    );
  }
  throw new TypeError(`secmaster-report: ${what} must be a string, found ${describe(input)}`);
}

export function describe(value) {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return typeof value;
}

const REQUEST_MEMBERS = ['method', 'url', 'path', 'headers', 'body'];
const PATH_MEMBERS = ['project_id', 'workspace_id'];

/** Returns a member name of `members` that `name` may be a misspelling of, or undefined. */
function suggestMember(name, members) {
  const snakeCase = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  const candidates = [name.toLowerCase(), `${name}s`, snakeCase];
  return candidates.find((candidate) => members.includes(candidate));
}

function rejectUnknownMembers(object, members, what) {
  for (const name of Object.keys(object)) {
    if (members.includes(name)) {
      continue;
    }
    const suggestion = suggestMember(name, members);
    const hint = suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`;
    throw new TypeError(
      `secmaster-report: unknown member \`${name}\` of ${what}: expected ${members.join(', ')}${hint}`,
    );
  }
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readPath(path) {
  if (!isPlainObject(path)) {
    throw new TypeError(
      `secmaster-report: request.path must be an object such as { project_id, workspace_id }, found ${describe(path)}`,
    );
  }
  rejectUnknownMembers(path, PATH_MEMBERS, 'request.path');
  for (const name of PATH_MEMBERS) {
    if (typeof path[name] !== 'string') {
      throw new TypeError(
        `secmaster-report: request.path.${name} must be a string, found ${describe(path[name])}`,
      );
    }
  }
  return { projectId: path.project_id, workspaceId: path.workspace_id };
}

/** Returns the `[name, value]` pairs of headers given as pairs, an object, or an iterable such as `Headers`. */
function headerEntries(headers) {
  if (Array.isArray(headers)) {
    return headers;
  }
  if (headers !== null && typeof headers === 'object') {
    return typeof headers[Symbol.iterator] === 'function'
      ? Array.from(headers)
      : Object.entries(headers);
  }
  throw new TypeError(
    `secmaster-report: request.headers must be an array of [name, value] pairs or an object of names and values, found ${describe(headers)}`,
  );
}

/** Reads the headers into one array that alternates name and value, in order. */
function readHeaders(headers) {
  const flat = [];
  if (headers === undefined || headers === null) {
    return flat;
  }

  headerEntries(headers).forEach((entry, index) => {
    if (!Array.isArray(entry) || entry.length !== 2) {
      const found = Array.isArray(entry) ? `an array of length ${entry.length}` : describe(entry);
      throw new TypeError(
        `secmaster-report: request.headers[${index}] must be a [name, value] pair, found ${found}`,
      );
    }
    const [name, value] = entry;
    if (typeof name !== 'string') {
      throw new TypeError(
        `secmaster-report: request.headers[${index}]: the name must be a string, found ${describe(name)}`,
      );
    }
    // The message names the header, never its value: the value may be the token.
    if (typeof value !== 'string') {
      throw new TypeError(
        `secmaster-report: request.headers: the value of \`${name}\` must be a string, found ${describe(value)}`,
      );
    }
    flat.push(name, value);
  });
  return flat;
}

/**
 * Reads a whole request `{ method?, url | path, headers?, body }` into the `form`, `body` and
 * `parts` arguments of the WebAssembly export `check`. `method` defaults to `POST`; `body` is
 * JSON text or a value that is checked as `JSON.stringify` writes it.
 */
export function readRequest(request) {
  if (!isPlainObject(request)) {
    throw new TypeError(
      `secmaster-report: request must be an object such as { url, headers, body }, found ${describe(request)}`,
    );
  }
  rejectUnknownMembers(request, REQUEST_MEMBERS, 'request');

  const method = request.method ?? 'POST';
  if (typeof method !== 'string') {
    throw new TypeError(
      `secmaster-report: request.method must be a string, found ${describe(method)}`,
    );
  }

  const hasUrl = request.url !== undefined && request.url !== null;
  const hasPath = request.path !== undefined && request.path !== null;
  if (hasUrl === hasPath) {
    const problem = hasUrl ? 'has both `url` and `path`' : 'has no `url` or `path`';
    throw new TypeError(
      `secmaster-report: request ${problem}; give the target as \`url\` or the path parameters as \`path: { project_id, workspace_id }\``,
    );
  }
  if (hasUrl && typeof request.url !== 'string') {
    throw new TypeError(
      `secmaster-report: request.url must be a string, found ${describe(request.url)}`,
    );
  }
  const path = hasPath ? readPath(request.path) : { projectId: undefined, workspaceId: undefined };

  if (request.body === undefined) {
    throw new TypeError(
      'secmaster-report: request.body is missing; give the body as JSON text or a JSON value',
    );
  }

  const headers = readHeaders(request.headers);
  return {
    form: hasUrl ? 'request-url' : 'request-path',
    body: toJsonText(request.body, 'request.body'),
    parts: hasUrl
      ? [method, request.url, ...headers]
      : [method, path.projectId, path.workspaceId, ...headers],
  };
}

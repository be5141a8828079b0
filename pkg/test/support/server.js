// A static file server for the demo page and the browser benchmark. It listens on 127.0.0.1 on
// a free port and serves the pkg/ folder, so pages can import ../src/browser.js and the .wasm.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Returns the file under PACKAGE_DIR that a URL path names, or null when it leaves the folder. */
function resolvePath(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const path = normalize(join(PACKAGE_DIR, decoded));
  if (path !== PACKAGE_DIR.slice(0, -1) && !path.startsWith(PACKAGE_DIR)) {
    return null;
  }
  return path.endsWith(sep) ? join(path, 'index.html') : path;
}

async function handle(request, response) {
  let path = resolvePath(request.url);
  if (path === null) {
    response.writeHead(403).end('forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) {
      path = join(path, 'index.html');
    }
    await stat(path);
  } catch {
    response.writeHead(404).end('not found');
    return;
  }

  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    // Cross-origin isolation gives performance.now() its finest resolution in the benchmark.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  createReadStream(path).pipe(response);
}

/** Starts the server. Returns its base URL and a function that stops it. */
export async function startServer() {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// `node test/support/server.js` serves the package for a look at the demo in a browser.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer();
  console.log(`serving ${PACKAGE_DIR} at ${url}/demo/`);
}

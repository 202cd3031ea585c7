// `make serve`: serves the release build in DIST on http://127.0.0.1:8080/ with the
// shipped security headers and its precompressed copies, as the shipped nginx config
// does. For trying the app, not for hosting.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] || 'dist');
const port = Number(process.env.PORT || 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
// The same policies as deploy/nginx.conf and public/_headers (tests/e2e/deploy.test.mjs
// checks they agree). No Strict-Transport-Security: this serves plain HTTP on the
// loopback, where browsers ignore it.
export const HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), display-capture=(), clipboard-read=()',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};

// Run as a script (`node tools/serve.mjs DIST`); the tests only import HEADERS.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  createServer(async (req, res) => {
    let rel = decodeURIComponent((req.url || '/').split('?')[0]);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    try {
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('no file');
      // As nginx's brotli_static and gzip_static (deploy/nginx.conf): the build's .br or
      // .gz copy when the browser takes it, the file itself otherwise.
      const accept = String(req.headers['accept-encoding'] || '');
      let body = file;
      let encoding = null;
      for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accept.includes(name) && (await stat(file + ext).catch(() => null))?.isFile()) {
          body = file + ext;
          encoding = name;
          break;
        }
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        ...HEADERS,
        // Only embed.js is meant for other sites' pages.
        'cross-origin-resource-policy': file.endsWith('/embed.js') ? 'cross-origin' : 'same-origin',
        'cache-control': 'no-store',
        vary: 'Accept-Encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      res.end(await readFile(body));
    } catch {
      res.writeHead(404).end();
    }
  }).listen(port, '127.0.0.1', () => console.log(`safepath: http://127.0.0.1:${port}/`));
}

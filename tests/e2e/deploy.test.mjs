// The release build behind a REAL nginx with the shipped deploy/nginx.conf, under a
// sub-path: security headers, precompressed files, caching, and the app running under
// the strict Content-Security-Policy with not one violation in any view or language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { live, launch, phone, open, go, shown, DIST, LANGS, VIEWS, VIEW_TABLE, EXIT_URL, CODES } from './harness.mjs';
import { startNginx, get, siteConfig, visitAndReadLogs, visitorLines, HAS_BROTLI, NGINX } from './nginx.mjs';
import { HEADERS as SERVE_HEADERS } from '../../tools/serve.mjs';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; frame-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
// Every powerful feature off, but clipboard-write: the app copies ready messages.
const PERMISSIONS =
  'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=(), payment=(), usb=(), ' +
  'serial=(), hid=(), bluetooth=(), display-capture=(), clipboard-read=()';
const HSTS = 'max-age=63072000';
/** What every response of the app carries, from nginx, `_headers` and `make serve`. */
const POLICIES = {
  'content-security-policy': CSP,
  'referrer-policy': 'no-referrer',
  'permissions-policy': PERMISSIONS,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

let nginx;
let browser;

before(async () => {
  nginx = await startNginx();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
});

const files = readdirSync(DIST);
const named = (re) => files.filter((f) => re.test(f));

test('the shipped config passes nginx -t', () => {
  // Throws (and fails the test) with nginx's message if the config is invalid.
  execFileSync(NGINX, ['-t', '-p', nginx.dir, '-c', nginx.conf, '-e', join(nginx.dir, 'error.log')], {
    stdio: 'pipe',
  });
});

test('the page: security headers, never stored, a relative redirect to the sub-path', async () => {
  for (const path of ['/ho-tro/', '/ho-tro/index.html', '/ho-tro/?view=help&lang=km', '/ho-tro/?v=3&lang=km']) {
    const r = await get(nginx.origin + path);
    assert.equal(r.status, 200, path);
    for (const [name, value] of Object.entries(POLICIES)) assert.equal(r.headers[name], value, `${path} ${name}`);
    assert.equal(r.headers['cross-origin-resource-policy'], 'same-origin', path);
    assert.equal(r.headers['strict-transport-security'], HSTS, path);
    assert.equal(r.headers['cache-control'], 'no-store', path);
    assert.match(r.headers['content-type'], /^text\/html; charset=utf-8$/i, path);
    assert.equal(r.headers['x-frame-options'], undefined, 'frame-ancestors decides, not X-Frame-Options');
    // server_tokens off: nginx, never its version.
    assert.equal(r.headers.server, 'nginx', path);
  }
  const r = await get(nginx.origin + '/ho-tro');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/ho-tro/');
  // Errors carry the headers too (`always`), and their page names no version.
  const missing = await get(nginx.origin + '/ho-tro/nothing-here.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], CSP);
  assert.doesNotMatch(missing.body.toString(), /nginx\/\d/);
  // Only embed.js may be loaded by another site's page (the portal's).
  assert.equal((await get(`${nginx.url}embed.js`)).headers['cross-origin-resource-policy'], 'cross-origin');
  assert.equal((await get(`${nginx.url}icon.svg`)).headers['cross-origin-resource-policy'], 'same-origin');
});

test('index.html has no inline script: the loader is a hashed file the CSP allows', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  // boot.js (quick exit, first paint) and the app's loader, both files.
  assert.deepEqual(
    scripts.map(([, attrs]) => attrs.match(/\bsrc="([^"]+)"/)?.[1].replace(/[0-9a-f]{16}/, 'HASH')),
    ['boot.js', './loader-HASH.js'],
  );
  for (const [, , body] of scripts) assert.equal(body.trim(), '');
  assert.doesNotMatch(html, /\sstyle=|<style\b|\son[a-z]+=/i);
});

test('hashed files: precompressed gzip and brotli, cached for a year; others revalidate', async () => {
  const hashed = named(/-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/);
  for (const ext of ['.wasm', '.js', '.css']) assert.ok(hashed.some((f) => f.endsWith(ext)), `a hashed ${ext}`);
  // The big ones always have precompressed copies; a tiny file may not (it would grow).
  for (const re of [/^safepath-.*_bg\.wasm$/, /^safepath-[0-9a-f]{16}\.js$/, /^app-.*\.css$/]) {
    const f = named(re)[0];
    assert.ok(f && files.includes(`${f}.gz`) && files.includes(`${f}.br`), `${re} precompressed`);
  }
  assert.ok(hashed.some((f) => f.startsWith('loader-')), 'the loader is hashed');
  for (const f of hashed) {
    const url = `${nginx.url}${f}`;
    const original = readFileSync(join(DIST, f));
    const plain = await get(url);
    assert.equal(plain.headers['content-encoding'], undefined, `${f} plain`);
    assert.ok(plain.body.equals(original), `${f} plain body`);
    assert.equal(plain.headers['cache-control'], IMMUTABLE, f);
    assert.equal(plain.headers['x-content-type-options'], 'nosniff', f);
    assert.equal(plain.headers['cross-origin-resource-policy'], 'same-origin', f);
    if (f.endsWith('.wasm')) assert.equal(plain.headers['content-type'], 'application/wasm');

    if (!files.includes(`${f}.gz`)) continue;
    const gz = await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${f} gzip`);
    assert.ok(gunzipSync(gz.body).equals(original), `${f} gzip body`);
    assert.ok(gz.body.length < original.length, `${f} gzip is smaller`);
    assert.match(gz.headers.vary || '', /accept-encoding/i, `${f} vary`);
    assert.equal(gz.headers['cache-control'], IMMUTABLE, f);

    if (HAS_BROTLI && files.includes(`${f}.br`)) {
      const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br', `${f} br`);
      assert.ok(brotliDecompressSync(br.body).equals(original), `${f} br body`);
      assert.ok(br.body.length <= gz.body.length, `${f} br is no bigger than gzip`);
    }
  }
  for (const f of ['icon.svg', 'embed.js', 'robots.txt']) {
    const r = await get(`${nginx.url}${f}`, { 'accept-encoding': 'gzip' });
    assert.equal(r.status, 200, f);
    assert.equal(r.headers['cache-control'], 'no-cache', f);
  }
  if (!HAS_BROTLI) console.log('# brotli_static module missing: gzip only (see deploy/nginx.conf)');
});

/** The chunks that only `point` needs, as the shipped loader (split-<hash>.js) lists them:
 * `const c = [...]` names every chunk once, `__wasm_split_load_<point> = load(i, j…)`
 * the ones each split point waits for. */
function ownChunks(point) {
  const loader = readFileSync(join(DIST, named(/^split-[0-9a-f]{16}\.js$/)[0]), 'utf8');
  const list = JSON.parse(loader.match(/^const c = (\[.*\])\.map\(chunk\);$/m)[1]);
  const needs = [...loader.matchAll(/^export const __wasm_split_load_(\w+) = load\(([\d, ]*)\);$/gm)].map((m) => [
    m[1],
    m[2].split(',').map(Number),
  ]);
  const mine = needs.find(([p]) => p === point)?.[1] || [];
  return mine.filter((i) => needs.every(([p, idx]) => p === point || !idx.includes(i))).map((i) => list[i].replace(/^\.\//, ''));
}

test('the diary\'s own code is never stored, so the disk cache never shows it was opened; other views\' code is', async () => {
  const diary = ownChunks(VIEW_TABLE.find((v) => v.view === 'notes').chunk);
  const help = ownChunks('help');
  assert.ok(diary.length > 0, 'the diary has a chunk of its own');
  assert.ok(help.length > 0, 'the help view has a chunk of its own');
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const f of diary) {
    assert.match(f, /^no-store\/chunk-[0-9a-f]{16}\.wasm$/);
    assert.ok(headers.includes(`\n/${f}\n  Cache-Control: no-store\n  Cross-Origin-Resource-Policy: same-origin\n`), `_headers ${f}`);
    const r = await get(`${nginx.url}${f}`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(r.status, 200, f);
    assert.equal(r.headers['cache-control'], 'no-store', f);
    assert.equal(r.headers['content-type'], 'application/wasm', f);
    assert.equal(r.headers['content-encoding'], HAS_BROTLI ? 'br' : 'gzip', `${f} precompressed`);
  }
  for (const f of help) {
    assert.match(f, /^chunk-[0-9a-f]{16}\.wasm$/);
    assert.equal((await get(`${nginx.url}${f}`)).headers['cache-control'], IMMUTABLE, f);
  }
  // In Chromium: the diary and the help view, opened, then opened again on a new page. The
  // diary's own code comes over the network both times, never from the browser's cache;
  // the help view's comes from the cache the second time (the control: this browser does
  // keep what the server lets it).
  // A context of its own: phone()'s route for the exit destination would turn the cache off.
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const got = [];
  cdp.on('Network.responseReceived', ({ response: r }) => got.push({ url: r.url, cached: Boolean(r.fromDiskCache || r.fromMemoryCache) }));
  const opened = async (view, files) => {
    const arrived = files.map((f) => page.waitForResponse((r) => r.url() === `${nginx.url}${f}`, { timeout: 20000 }));
    await open(page, nginx.url, `?v=${CODES[view]}&lang=vi`);
    await Promise.all(arrived);
    await shown(page, view);
  };
  for (let round = 0; round < 2; round++) {
    await opened('notes', diary);
    await opened('help', help);
  }
  await page.waitForTimeout(200);
  const of = (f) => got.filter((g) => g.url === `${nginx.url}${f}`).map((g) => g.cached);
  for (const f of diary) assert.deepEqual(of(f), [false, false], `${f}: fetched each time, never from the cache`);
  for (const f of help) assert.deepEqual(of(f), [false, true], `${f}: from the cache the second time`);
  await context.close();
});

test('the Khmer font: font/woff2, cached for a year, its licence beside it, listed in _headers', async () => {
  const fonts = readdirSync(join(DIST, 'fonts'));
  const woff2 = fonts.filter((f) => /^noto-sans-khmer-\d{3}-[0-9a-f]{16}\.woff2$/.test(f));
  assert.equal(woff2.length, 2, `regular and bold in ${fonts}`);
  assert.ok(fonts.includes('OFL.txt'), 'the SIL Open Font License ships with the font');
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const f of woff2) {
    const r = await get(`${nginx.url}fonts/${f}`, { 'accept-encoding': 'gzip, br' });
    assert.equal(r.status, 200, f);
    assert.equal(r.headers['content-type'], 'font/woff2', f);
    assert.equal(r.headers['cache-control'], IMMUTABLE, f);
    // woff2 is brotli inside already: sent as it is.
    assert.equal(r.headers['content-encoding'], undefined, f);
    assert.ok(r.body.equals(readFileSync(join(DIST, 'fonts', f))), f);
    assert.ok(headers.includes(`/fonts/${f}\n  Cache-Control: ${IMMUTABLE}`), `_headers ${f}`);
  }
  // Where they come from, with their full hash: a swapped file fails here.
  const source = readFileSync(join(DIST, 'fonts', 'SOURCE.txt'), 'utf8');
  assert.match(source, /integrity sha512-[A-Za-z0-9+/]{86}==/, 'the npm tarball\'s integrity');
  for (const f of woff2) {
    const sum = createHash('sha256').update(readFileSync(join(DIST, 'fonts', f))).digest('hex');
    assert.ok(source.includes(`sha256 ${sum}  ${f}`), `SOURCE.txt records the SHA-256 of ${f}`);
  }
});

test('frame-ancestors is the one line to change for embedding sites', () => {
  const conf = siteConfig({ port: 1, frameAncestors: "'self' https://angiang.gov.vn" });
  assert.match(conf, /frame-ancestors \$safepath_frame_ancestors/);
  assert.match(conf, /set \$safepath_frame_ancestors "'self' https:\/\/angiang\.gov\.vn";/);
});

test('_headers for other hosts and `make serve` carry the same policies as nginx', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  // The rule for every file: from `/*` to the next blank line.
  const all = `\n${headers.split('\n/*\n')[1].split('\n\n')[0]}\n`;
  const name = (h) => h.replace(/(^|-)([a-z])/g, (m) => m.toUpperCase());
  for (const [h, value] of Object.entries(POLICIES)) assert.ok(all.includes(`\n  ${name(h)}: ${value}\n`), `_headers /* ${h}`);
  assert.ok(all.includes(`\n  Strict-Transport-Security: ${HSTS}\n`), '_headers HSTS');
  // Never on /*: hosts that merge two matching rules would break embed.js.
  assert.doesNotMatch(all, /Cross-Origin-Resource-Policy/);
  for (const page of ['/', '/index.html']) {
    assert.ok(headers.includes(`\n${page}\n  Cache-Control: no-store\n  Cross-Origin-Resource-Policy: same-origin\n`), page);
  }
  for (const f of named(/-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/)) {
    assert.ok(headers.includes(`/${f}\n  Cache-Control: ${IMMUTABLE}\n  Cross-Origin-Resource-Policy: same-origin\n`), f);
  }
  // `make serve` (plain HTTP on the loopback, so no HSTS there).
  assert.deepEqual(SERVE_HEADERS, POLICIES);
});

/** A phone whose every CSP violation and console error is collected. */
async function watchedPhone(opts) {
  const p = await phone(browser, opts);
  const violations = [];
  await p.page.exposeFunction('__reportCsp', (v) => violations.push(v));
  await p.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // eslint-disable-next-line no-undef
      window.__reportCsp(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { ...p, violations };
}

test('the CSP detector catches a violation (so zero below means zero)', async () => {
  const { page, context, violations, errors } = await watchedPhone();
  await open(page, nginx.url, '?lang=vi');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.x = 1';
    document.body.append(s);
    document.body.setAttribute('style', 'color: red');
  });
  await page.waitForTimeout(200);
  assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
  assert.ok(violations.some((v) => v.startsWith('style-src')), violations.join('\n'));
  assert.ok(errors.some((e) => /Content Security Policy/i.test(e)));
  await context.close();
});

test('the app runs under the CSP with no violation in any view or language', async () => {
  for (const lang of LANGS) {
    const { page, context, violations, errors, seen } = await watchedPhone();
    for (const view of VIEWS) {
      await open(page, nginx.url, `?v=${CODES[view]}&lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
    }
    // Moving around inside, switching language, and the embedded layout.
    for (const view of ['check', 'plan', 'help', 'privacy', 'about', 'home']) await go(page, view);
    for (const l of LANGS) await page.locator(`.langs a[lang="${l}"]`).click();
    await open(page, nginx.url, `?embed=1&lang=${lang}`);
    await page.waitForTimeout(200);
    assert.deepEqual(violations, [], `${lang}: CSP violations`);
    assert.deepEqual(errors, [], `${lang}: console errors`);
    const foreign = seen.filter((u) => !u.startsWith(nginx.origin + '/'));
    assert.deepEqual(foreign, [], `${lang}: requests to other origins`);
    await context.close();
  }
});

test('quick exit works under the CSP', async () => {
  const { page, context, violations } = await watchedPhone();
  await open(page, nginx.url, '?v=3&lang=vi');
  await page.getByRole('link', { name: 'Thoát nhanh' }).click();
  await page.waitForURL(EXIT_URL);
  assert.deepEqual(violations, []);
  await context.close();
});

test('with the back-forward cache on (as on a phone), Back after quick exit never shows the app', async () => {
  // Playwright turns the back-forward cache off by default; a person's Chromium has it on.
  // Measured with Chromium 156: a page served `Cache-Control: no-cache` is restored from
  // memory on Back; so is one served `no-store` unless it made a JS request for a
  // no-store response or cookies changed. So the header alone is not the lock: the
  // lock is quick exit's location.replace (the app's history entry is gone) plus the
  // app's pageshow guard. This test proves the promise with the cache on.
  const real = await launch({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  try {
    const { page } = await phone(real);
    const before = `${nginx.url}robots.txt`;
    // An ordinary leave and Back: measured and reported, not a promise.
    await open(page, nginx.url, '?v=5&lang=en');
    await page.evaluate(() => {
      window.addEventListener('pageshow', (e) => {
        if (e.persisted) document.documentElement.dataset.restored = '1';
      });
    });
    await page.goto(before);
    await page.goBack({ waitUntil: 'commit' });
    await live(page);
    const restored = await page.evaluate(() => document.documentElement.dataset.restored === '1');
    console.log(`# ordinary leave + Back with Cache-Control: no-store: restored from memory = ${restored}`);
    // The promise: quick exit, then Back, lands on the page before the app.
    await page.goto(before);
    await open(page, nginx.url, '?v=1&lang=vi');
    await page.getByRole('link', { name: 'Thoát nhanh' }).click();
    await page.waitForURL(EXIT_URL);
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForTimeout(300);
    assert.equal(page.url(), before, 'Back lands before the app');
    assert.equal(await page.locator('#view-title').count(), 0);
  } finally {
    await real.close();
  }
});

// --- HTTPS, and a server that keeps no record of who visited (M6, M7) ------------------

/** The shipped config over real TLS (a throwaway certificate), visit counting on. */
async function withTls(fn) {
  const tls = await startNginx({ tls: true, count: true });
  try {
    return await fn(tls);
  } finally {
    await tls.stop();
  }
}

test('over HTTPS: the same page with HSTS; plain HTTP serves nothing, it only redirects', async () => {
  await withTls(async (tls) => {
    assert.match(tls.origin, /^https:/);
    const r = await get(`${tls.url}?v=3&lang=km`);
    assert.equal(r.status, 200);
    assert.equal(r.headers['strict-transport-security'], HSTS);
    assert.equal(r.headers['content-security-policy'], CSP);
    assert.ok(r.body.equals(readFileSync(join(DIST, 'index.html'))));
    // The port-80 server: every address, the page and its files alike, is one redirect
    // to the same address on HTTPS; no byte of the app goes out in the clear.
    const wasm = named(/_bg\.wasm$/)[0];
    for (const path of ['/ho-tro/?v=3&n=5&a=30337', '/ho-tro/', `/ho-tro/${wasm}`, '/ho-tro', '/']) {
      const plain = await get(tls.redirect + path);
      assert.equal(plain.status, 301, path);
      assert.equal(plain.headers.location, `https://127.0.0.1${path}`, path);
      assert.equal(plain.headers.server, 'nginx', path);
      assert.doesNotMatch(plain.body.toString(), /safepath|<script/i, path);
    }
    // Another name in the Host header still redirects to the site's own name.
    const other = await get(`${tls.redirect}/ho-tro/`, { host: 'elsewhere.example' });
    assert.equal(other.headers.location, 'https://127.0.0.1/ho-tro/');
  });
});

test('nginx keeps no address, browser or query in any log; counting keeps only the day and the file', async () => {
  const tls = await startNginx({ tls: true, count: true });
  let seen;
  try {
    seen = await visitAndReadLogs(tls, browser);
  } finally {
    await tls.stop();
  }
  const { logs } = seen;
  assert.deepEqual(visitorLines(seen), [], 'log lines that say who visited, or what they opened');
  // Debian's default access log (on in the main config) gets nothing from this site.
  assert.equal(logs['access.log'], '', 'access.log');
  // The optional count: exactly "day file" lines, the page and the parts it fetched.
  const counted = logs['safepath-count.log'].split('\n').filter(Boolean);
  for (const line of counted) assert.match(line, /^\d{4}-\d{2}-\d{2} (page|chunk-[0-9a-f]{16}\.wasm)$/, line);
  // The page twice in the browser, the two deep links over node; a 404, a folder or a
  // redirect is no visit.
  assert.equal(counted.filter((l) => l.endsWith(' page')).length, 4, counted.join('\n'));
  assert.ok(counted.some((l) => / chunk-/.test(l)), 'the help view\'s chunk is counted');
  // deploy/count-visits.sh: one row per day and file, with its count.
  const log = join(tls.dir, 'safepath-count.log');
  const day = counted[0].split(' ')[0];
  for (const env of [{}, { SAFEPATH_DIST: DIST }]) {
    const report = execFileSync('sh', ['deploy/count-visits.sh', log], { encoding: 'utf8', env: { ...process.env, ...env } });
    assert.match(report, new RegExp(`^${day}\\tpage\\t4$`, 'm'), report);
    const rows = report.trim().split('\n');
    assert.equal(rows.reduce((n, r) => n + Number(r.split('\t')[2]), 0), counted.length, report);
    // With the deployed folder, the deep link's part is named: the help view. (Chromium
    // caches nothing from a site whose certificate it was told to ignore: no exact count.)
    if (env.SAFEPATH_DIST) assert.match(report, new RegExp(`^${day}\\thelp\\t\\d+$`, 'm'), report);
  }
});

test('after every test above, the main instance logged no address and no query either', () => {
  assert.deepEqual(visitorLines({ logs: nginx.logs(), agents: ['HeadlessChrome'] }), []);
});

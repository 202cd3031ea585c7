// Shared test harness: serves the release build from a sub-path, drives Debian's
// Chromium through playwright-core, records every request, runs axe-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.SAFEPATH_DIST || 'dist');
export const BASE = '/ho-tro/';
export const LANGS = ['vi', 'en', 'km'];
/** Every view: core::view's table, as `cargo test` checks `views.json` holds it. Each row
 * has `view` (its word on <html data-view>), `code` (`?v=`), `title` (its heading's
 * message id), `chunk`, and `kind` (nav, footer, or within the view named by `from`). */
export const VIEW_TABLE = JSON.parse(readFileSync(new URL('./views.json', import.meta.url), 'utf8'));
export const VIEWS = VIEW_TABLE.map((v) => v.view);
/** Each view's number in addresses (core::view): `?v=2` opens the plan. */
export const CODES = Object.fromEntries(VIEW_TABLE.map((v) => [v.view, v.code]));
/** Each need's number in addresses (core::need::Need::code): `?n=2,4`. */
export const NEED_CODES = { danger: 1, medical: 2, talk: 3, legal: 4, shelter: 5, child: 6 };
/** The build's default quick-exit destination (src/platform/exit.rs). */
export const EXIT_URL = process.env.SAFEPATH_EXIT_URL || 'https://www.google.com.vn/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` under `base` on 127.0.0.1 (a sub-path, as a provincial site would).
 * `extra` maps paths to [contentType, body] for pages a test needs (e.g. a page to
 * visit before the app).
 */
export async function serve({ root = DIST, base = BASE, extra = {}, host = '127.0.0.1', compress = false } = {}) {
  const requests = [];
  const packed = new Map();
  const server = createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent((req.url || '/').split('?')[0]);
    if (extra[path]) {
      const [type, body] = extra[path];
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let rel = path.slice(base.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      };
      // As a well-configured host would: brotli, else gzip (for the benchmark). The
      // build's own .br/.gz copies when there are (as nginx's brotli_static sends them):
      // compressing here at the first request would hold every other response meanwhile.
      const accept = String(req.headers['accept-encoding'] || '');
      const enc = compress && (accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null);
      if (enc) {
        const key = `${enc}:${file}`;
        if (!packed.has(key)) {
          const copy = `${file}.${enc === 'br' ? 'br' : 'gz'}`;
          const built = await readFile(copy).catch(() => null);
          packed.set(key, built ?? (enc === 'br'
            ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 })));
        }
        body = packed.get(key);
        headers['content-encoding'] = enc;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, host, ok));
  const { port } = server.address();
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The fonts the browser may use: only DejaVu (fonts-dejavu-core, which `make browser`
 * installs), through a fontconfig file of our own, so results never depend on what else
 * a machine has. Above all no Khmer font: every Khmer page must render with the app's
 * own font (public/fonts), as on a phone that has none.
 */
export const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu'];
let fontconfig;
export function fontconfigFile() {
  if (fontconfig) return fontconfig;
  for (const dir of FONT_DIRS) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run make browser (installs fonts-dejavu-core)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'safepath-fonts-'));
  const alias = (generic, family) =>
    `<alias binding="strong"><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  writeFileSync(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
${FONT_DIRS.map((d) => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${dir}/cache</cachedir>
  <selectfont><rejectfont><glob>*/DejaVuMathTeXGyre.ttf</glob></rejectfont></selectfont>
  ${alias('sans-serif', 'DejaVu Sans')}
  ${alias('sans', 'DejaVu Sans')}
  ${alias('serif', 'DejaVu Serif')}
  ${alias('monospace', 'DejaVu Sans Mono')}
  ${alias('system-ui', 'DejaVu Sans')}
</fontconfig>
`,
  );
  fontconfig = join(dir, 'fonts.conf');
  return fontconfig;
}

/** Debian's Chromium with the project's fonts only; `options` add to or replace the defaults. */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(), ...(options.env || {}) },
  });
}

/**
 * A fresh, isolated browser context at phone size that records every request any page
 * or worker in it makes, whatever its origin.
 */
export async function phone(browser, { locale = 'vi-VN', width = 360, height = 740, ...opts } = {}) {
  const context = await browser.newContext({
    locale,
    viewport: { width, height },
    deviceScaleFactor: 1,
    ...opts,
  });
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  // Fail fast on the exit destination without touching the network.
  await context.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>neutral site</p>' }),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, seen, errors };
}

/** Settles as `promise` does, or fails naming `what` after `ms`: Playwright's evaluate,
 * key presses and close have no time limit of their own, and one that never returns (a
 * frame swapped mid-event) would hold the whole run instead of failing one test. */
export function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, no) => {
    timer = setTimeout(() => no(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * A fresh phone (360 px, Vietnamese) that counts what crosses the network, cache off:
 * `sent` lists each request's `url`, `at` (sent), `done` (finished) and `bytes` (as sent,
 * compressed). `saveData`: the browser says data is scarce. `slow`: the slow-phone
 * profile of `make bench` (1.6 Mbit/s, 150 ms round trips), the CPU `cpu` times slower.
 */
export async function countingPhone(browser, { saveData = false, slow = false, cpu = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  if (saveData) {
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) }),
    );
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  const sent = [];
  cdp.on('Network.requestWillBeSent', (e) => sent.push({ id: e.requestId, url: e.request.url, at: Date.now(), bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = sent.find((x) => x.id === e.requestId);
    if (r) {
      r.bytes = e.encodedDataLength;
      r.done = Date.now();
    }
  });
  const total = () => sent.reduce((n, r) => n + r.bytes, 0);
  return { context, page, sent, total };
}

/**
 * Opens `url` and taps quick exit just as the main wasm has arrived (the app starts,
 * renders and swaps in the next moments). Resolves with the ms from the tap until the
 * page asks for the exit site, or null when no control was in view or the page never
 * left. The exit site is answered here, never fetched.
 */
export async function exitDuringTakeover(context, page, url) {
  let left = null;
  await context.route(`${new URL(EXIT_URL).origin}/**`, (route) => {
    left ??= Date.now();
    route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => performance.getEntriesByType('resource').some((e) => /_bg\.wasm$/.test(e.name) && e.responseEnd > 0),
    null,
    { polling: 20, timeout: 60000 },
  );
  // Where the control is now: the takeover may swap it for the app's own at any moment.
  const box = await page.evaluate(() => {
    const a = [...document.querySelectorAll('a.quick-exit')].find((e) => e.getClientRects().length);
    const r = a && a.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  if (!box) return null;
  const tapped = Date.now();
  await page.mouse.click(box.x, box.y);
  const deadline = Date.now() + 10000;
  while (left === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return left === null ? null : left - tapped;
}

/** Opens the app with a query string and waits until the app has taken over from the
 * pre-rendered first paint and a view's heading is shown. */
export async function open(page, url, query = '') {
  await page.goto(url + query);
  await live(page);
}

/** Waits until the app runs (it marks <html data-live>) and shows a view's heading. */
export async function live(page) {
  await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 20000 });
  await page.locator('#view-title').waitFor({ state: 'visible', timeout: 20000 });
  // Measure text only once the web font (Khmer) it asked for is in: as a person sees it.
  await page.evaluate(() => document.fonts.ready);
}

/** Clicks the main-navigation link or a footer link that opens `view`. */
export async function go(page, view) {
  const link =
    view === 'home'
      ? page.locator('.mainnav a').first()
      : page.locator(`.mainnav a[href*="v=${CODES[view]}&"], .footer a[href*="v=${CODES[view]}&"]`).first();
  await link.click();
  await shown(page, view);
}

/** Reloads, then opens `view` again as a person would: a reload shows Home, because the
 * address names no view. The diary is reached from the plan. */
export async function reloadTo(page, view) {
  await page.reload();
  await live(page);
  if (view === 'home') return;
  await go(page, view === 'notes' ? 'plan' : view);
  if (view === 'notes') {
    await page.locator('.diary-link a').click();
    await shown(page, 'notes');
  }
}

/** Waits until the app shows `view`: it names it on `<html data-view>`, in the page only,
 * never in the address. */
export async function shown(page, view) {
  await page.waitForFunction((v) => document.documentElement.dataset.view === v, view);
}

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page as it is now (WCAG 2.2 A and AA). */
export async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No serious or critical axe violation on each of `views`, opened by its deep link, in
 * every language. */
export async function axeEach(app, views) {
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser);
    for (const view of views) {
      await open(page, app.server.url, `?v=${CODES[view]}&lang=${lang}`);
      assert.deepEqual(await axe(page), [], `${view} ${lang}`);
    }
    await context.close();
  }
}

/** Everything a site could have left in the browser. */
export async function traces(context, page) {
  const cookies = await context.cookies();
  const inPage = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { cookies: cookies.map((c) => c.name), ...inPage };
}

export const EMPTY_TRACES = { cookies: [], local: [], session: [], idb: [], caches: [], workers: 0 };

/**
 * A walk between views, from Home in Vietnamese (`walk(page)` clicks its way), then the
 * promises every walk keeps: no history entry, nothing kept in the browser, no request
 * to another origin.
 */
export async function walkLeavesNothing(app, walk) {
  const { page, context, seen } = await phone(app.browser);
  await open(page, app.server.url, '?lang=vi');
  const before = await page.evaluate(() => history.length);
  await walk(page);
  assert.equal(await page.evaluate(() => history.length), before, 'no history entry');
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  const foreign = seen.filter((u) => !u.startsWith(app.server.origin + '/') && !/^(blob|data):/.test(u));
  assert.deepEqual(foreign, []);
  await context.close();
}

/** The page hidden (another app in front, the screen off) or shown again, as a phone
 * reports it: `document.hidden` and a `visibilitychange` event. */
export const hide = (page, hidden) =>
  page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);

/** Another app in front for `time` ('mm:ss' on the page's installed clock), then back. */
export async function awayFor(page, time) {
  await hide(page, true);
  await page.clock.fastForward(time);
  await hide(page, false);
}

export function tmp(prefix = 'safepath-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The usual test-file set-up: the release build served under a sub-path and one
 * Chromium, started before the file's tests and stopped after them. Read
 * `app.server` and `app.browser` inside tests.
 */
export function useApp(serveOptions = {}) {
  const app = {};
  before(async () => {
    app.server = await serve(serveOptions);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

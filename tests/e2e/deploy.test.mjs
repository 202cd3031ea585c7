// The release build behind a REAL nginx with the shipped deploy/nginx.conf, under a
// sub-path: security headers, precompressed files, caching, and the app running under
// the strict Content-Security-Policy with not one violation in any view or language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { live, launch, phone, open, go, DIST, LANGS, VIEWS, EXIT_URL, CODES } from './harness.mjs';
import { startNginx, get, siteConfig, HAS_BROTLI, NGINX } from './nginx.mjs';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'none'; frame-ancestors 'self'";
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
  for (const path of ['/ho-tro/', '/ho-tro/index.html', '/ho-tro/?v=3&lang=km']) {
    const r = await get(nginx.origin + path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers['content-security-policy'], CSP, path);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
    assert.equal(r.headers['permissions-policy'], 'camera=(), microphone=(), geolocation=()', path);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
    assert.equal(r.headers['cache-control'], 'no-store', path);
    assert.match(r.headers['content-type'], /^text\/html; charset=utf-8$/i, path);
    assert.equal(r.headers['x-frame-options'], undefined, 'frame-ancestors decides, not X-Frame-Options');
  }
  const r = await get(nginx.origin + '/ho-tro');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/ho-tro/');
  // Errors carry the headers too (`always`).
  const missing = await get(nginx.origin + '/ho-tro/nothing-here.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], CSP);
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
});

test('frame-ancestors is the one line to change for embedding sites', () => {
  const conf = siteConfig({ port: 1, frameAncestors: "'self' https://angiang.gov.vn" });
  assert.match(conf, /frame-ancestors \$safepath_frame_ancestors/);
  assert.match(conf, /set \$safepath_frame_ancestors "'self' https:\/\/angiang\.gov\.vn";/);
});

test('_headers for other hosts carries the same policy and caches the hashed files', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  assert.ok(headers.includes(`Content-Security-Policy: ${CSP}`));
  for (const f of named(/-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/)) {
    assert.ok(headers.includes(`/${f}\n  Cache-Control: ${IMMUTABLE}`), f);
  }
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
  const views = [...VIEWS, 'share'];
  for (const lang of LANGS) {
    const { page, context, violations, errors, seen } = await watchedPhone();
    for (const view of views) {
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

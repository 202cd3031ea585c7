// Help on screen before the app has loaded: the pre-rendered first paint in the asked
// language, quick exit and the emergency numbers without WebAssembly (blocked, broken, or
// not yet here), links that add no history entry before the app takes over, views that
// arrive as chunks (and say so when they cannot), and a first visit within its budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { useApp, phone, open, live, LANGS, EXIT_URL, DIST } from './harness.mjs';

const BEFORE = '/before.html';
const app = useApp({
  extra: { [BEFORE]: ['text/html', '<title>before</title><p>an ordinary page</p>'] },
});

/** A phone on which the WebAssembly never arrives. */
async function withoutWasm(opts) {
  const p = await phone(app.browser, opts);
  await p.context.route('**/*.wasm', (route) => route.abort());
  return p;
}

/** Holds the main wasm back until the returned function is called. */
async function holdWasm(context) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await context.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const visibleText = (page, selector) =>
  page.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.offsetParent !== null || e.getClientRects().length);
    return el ? el.innerText.trim() : null;
  }, selector);

test('without WebAssembly: the numbers show, and quick exit by click leaves with no way Back', async () => {
  const { page, context } = await withoutWasm();
  await page.goto(app.server.origin + BEFORE);
  await page.goto(app.server.url + '?lang=vi');
  for (const n of ['113', '115', '111']) {
    assert.ok(await page.locator(`.emergency a[href="tel:${n}"]:visible`).isVisible(), `tel:${n}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-live')), false);
  await page.locator('a.quick-exit:visible').click();
  await page.waitForURL(EXIT_URL);
  await page.goBack();
  await page.waitForLoadState();
  assert.equal(page.url(), app.server.origin + BEFORE, 'Back lands before the app');
  await context.close();
});

test('without WebAssembly: Shift pressed three times leaves, and the page is blank first', async () => {
  const { page, context } = await withoutWasm();
  await page.goto(app.server.origin + BEFORE);
  await page.goto(app.server.url + '?lang=en');
  await page.locator('.emergency:visible').waitFor();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  await page.goBack();
  await page.waitForLoadState();
  assert.equal(page.url(), app.server.origin + BEFORE);
  await context.close();
});

test('a WebAssembly file that is broken leaves the first paint and quick exit working', async () => {
  const { page, context } = await phone(app.browser);
  await context.route('**/*.wasm', (route) =>
    route.fulfill({ contentType: 'application/wasm', body: Buffer.from('not a module') }),
  );
  await page.goto(app.server.url + '?lang=km');
  await page.waitForTimeout(500);
  assert.ok(await page.locator('.emergency a[href="tel:113"]:visible').isVisible());
  const neutral = await page.title();
  assert.ok(neutral.trim().length > 0);
  const clicked = await page.evaluate(() => {
    document.querySelector('.first-paint[lang="km"] a.quick-exit').click();
    return { text: document.body.innerText.trim(), title: document.title };
  });
  // Blank at once, under the neutral name (an empty title shows the address instead).
  assert.deepEqual(clicked, { text: '', title: neutral }, 'blank at once');
  await page.waitForURL(EXIT_URL);
  await context.close();
});

test('the first paint is in the asked language at once, never Vietnamese first', async () => {
  const cases = [
    ['vi-VN', '?lang=km', 'km'],
    ['vi-VN', '?lang=en', 'en'],
    ['en-US', '', 'en'],
    ['km-KH', '', 'km'],
    ['fr-FR', '', 'vi'],
    ['en-US', '?lang=zz&lang=km', 'km'],
  ];
  for (const [locale, query, want] of cases) {
    const { page, context } = await withoutWasm({ locale });
    await page.goto(app.server.url + query);
    assert.equal(await page.getAttribute('html', 'lang'), want, `${locale} ${query}`);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.first-paint')].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.lang),
    );
    assert.deepEqual(shown, [want], `${locale} ${query}: exactly one copy shows`);
    const title = await page.title();
    const meta = await page.getAttribute(`meta[name="safepath-title"][lang="${want}"]`, 'content');
    assert.equal(title, meta, 'the neutral tab title in that language');
    await context.close();
  }
});

test('the pre-rendered first paint and the app agree, in every language', async () => {
  for (const lang of LANGS) {
    const { page, context } = await withoutWasm();
    await page.goto(`${app.server.url}?lang=${lang}`);
    const pre = await visibleText(page, '.first-paint .app');
    const preLinks = await page.$$eval(`.first-paint[lang="${lang}"] a`, (as) => as.map((a) => a.getAttribute('href')));
    await context.close();

    const p2 = await phone(app.browser);
    await open(p2.page, app.server.url, `?lang=${lang}`);
    const live = await p2.page.locator('.app').innerText();
    const liveLinks = await p2.page.$$eval('.app a', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(live.trim(), pre, `${lang}: same words`);
    assert.deepEqual(liveLinks, preLinks, `${lang}: same links`);
    await p2.context.close();
  }
});

test('when the app takes over, nothing visible jumps', async () => {
  // The wasm is held back until the first paint has settled (its fonts included), so what
  // is measured is the takeover alone.
  const PARTS = ['.quick-exit', '.langs', '.emergency', '.mainnav', '#view-title', '.cards', '.footer'];
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser);
    const release = await holdWasm(context);
    await page.goto(`${app.server.url}?lang=${lang}`);
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(ok))));
    const boxes = (scope) =>
      page.evaluate(
        ({ scope, parts }) =>
          parts.map((sel) => {
            const el = [...document.querySelectorAll(`${scope} ${sel}`)].find((e) => e.getClientRects().length);
            const r = el?.getBoundingClientRect();
            return r ? [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)] : [sel, null];
          }),
        { scope, parts: PARTS },
      );
    const before = await boxes(`.first-paint[lang="${lang}"]`);
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift' });
    });
    release();
    await live(page);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.first-paint').count(), 0, 'the copies are gone');
    assert.deepEqual(await boxes('.app'), before, `${lang}: every part where it was`);
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift < 0.01, `${lang}: layout shift ${shift}`);
    await context.close();
  }
});

test('someone who tabbed through the first paint keeps their place when the app takes over', async () => {
  const { page, context } = await phone(app.browser);
  const release = await holdWasm(context);
  await page.goto(`${app.server.url}?lang=vi`);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  const where = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      return a && a !== document.body ? [Boolean(a.closest('.first-paint')), a.getAttribute('href'), a.innerText.trim()] : null;
    });
  const before = await where();
  assert.ok(before?.[0], `focus is in the first paint: ${before}`);
  release();
  await live(page);
  const after = await where();
  assert.ok(after && !after[0], `focus moved into the app: ${after}`);
  assert.deepEqual(after.slice(1), before.slice(1), 'on the same link');
  await context.close();
});

test('a deep link shows the chrome at once and never Home\'s content in its place', async () => {
  const { page, context } = await withoutWasm();
  // The neutral words, and the old ones printed posters still carry.
  for (const query of ['?v=1&lang=vi', '?view=check&lang=vi']) {
    await page.goto(app.server.url + query);
    assert.ok(await page.locator('.emergency a[href="tel:113"]:visible').isVisible());
    assert.ok(await page.locator('a.quick-exit:visible').isVisible());
    assert.equal(await page.locator('.first-paint .main .cards:visible').count(), 0, 'no Home cards');
    assert.equal(await page.locator('#view-title:visible').count(), 0, 'no Home heading');
    assert.equal(
      (await page.locator('.first-paint-loading:visible').innerText()).trim(),
      'Đang mở…',
      'it says the view is on its way',
    );
    assert.equal(await page.getAttribute('html', 'data-view'), 'check', query);
    // The view's words leave the address at once; the language stays as opened.
    assert.equal(new URL(page.url()).search, '?lang=vi', query);
  }
  await context.close();
});

test('before the app takes over, links move in place and never touch the address', async () => {
  const { page, context } = await withoutWasm();
  await page.goto(app.server.origin + BEFORE);
  await page.goto(app.server.url + '?lang=vi');
  const length = await page.evaluate(() => history.length);
  const address = page.url();
  await page.locator('.first-paint[lang="vi"] .mainnav a[href*="v=2&"]').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'plan');
  assert.ok(await page.locator('.first-paint-loading:visible').isVisible(), 'it says the view is on its way');
  await page.locator('.first-paint[lang="vi"] .langs a[lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // The language link keeps the view chosen; the English copy shows, titled neutrally.
  assert.equal(await page.getAttribute('html', 'data-view'), 'plan');
  assert.ok(await page.locator('.first-paint[lang="en"] .quick-exit').isVisible());
  assert.equal(page.url(), address, 'the address is as it was opened');
  await page.locator('.first-paint[lang="en"] .skip').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => history.length), length, 'no new entries');
  assert.ok(!page.url().includes('#'));
  await page.goBack();
  await page.waitForLoadState();
  assert.equal(page.url(), app.server.origin + BEFORE);
  await context.close();
});

test('a view and a language chosen on the first paint are what the app opens', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'vi-VN' });
  const release = await holdWasm(context);
  // An old poster's link: its words leave the address at once.
  await page.goto(`${app.server.url}?view=help&need=shelter&lang=vi`);
  assert.equal(new URL(page.url()).search, '?lang=vi');
  await page.locator('.first-paint[lang="vi"] .langs a[lang="en"]').click();
  await page.locator('.first-paint[lang="en"] .mainnav a[href*="v=2&"]').click();
  release();
  await live(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.locator('#view-title').innerText()).trim(), 'Safety plan');
  assert.equal(new URL(page.url()).search, '?lang=vi', 'the address is as boot.js left it');
  assert.equal(await page.getAttribute('html', 'data-arrival'), '', 'the arrival words do not stay in the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a view whose code cannot arrive says so and offers to try again', async () => {
  const { page, context, errors } = await phone(app.browser);
  let block = false;
  await context.route('**/chunk-*.wasm', (route) => (block ? route.abort() : route.continue()));
  await open(page, app.server.url, '?lang=en');
  // The connection drops after Home has loaded; the person opens another view.
  block = true;
  await page.locator('.footer a[href*="v=5&"]').click();
  const note = page.locator('.unavailable');
  await note.waitFor();
  assert.match(await note.innerText(), /could not be opened/);
  assert.ok(await page.locator('.quick-exit').isVisible(), 'quick exit stays');
  assert.ok(await page.locator('.emergency a[href="tel:113"]').isVisible(), 'the numbers stay');
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#view-title', { hasText: 'About' }).waitFor();
  assert.equal(await note.count(), 0);
  // Quick exit still works after the failure.
  await page.locator('.quick-exit').click();
  await page.waitForURL(EXIT_URL);
  assert.ok(!errors.some((e) => /unreachable|RuntimeError/i.test(e)), `no trap: ${errors.join(' | ')}`);
  await context.close();
});

test('views and languages arrive as chunks; Home in Vietnamese needs none of them', async () => {
  const blocked = await phone(app.browser, { locale: 'vi-VN' });
  await blocked.context.route('**/chunk-*.wasm', (route) => route.abort());
  await open(blocked.page, app.server.url, '?lang=vi');
  const home = await blocked.page.evaluate(() => document.querySelector('.app #view-title')?.innerText.trim());
  assert.ok(home && !home.includes('-'), `Home in Vietnamese without any chunk: ${home}`);
  await blocked.context.close();

  const { page, context, seen } = await phone(app.browser, { locale: 'vi-VN' });
  await open(page, app.server.url, '?lang=vi');
  await page.waitForTimeout(500);
  const chunks = () => seen.filter((u) => /chunk-[0-9a-f]{16}\.wasm$/.test(u)).length;
  const atHome = chunks();
  await page.locator('.footer a[href*="v=5&"]').click();
  await page.locator('#view-title', { hasText: 'Giới thiệu' }).waitFor();
  assert.ok(chunks() > atHome, 'the about page came as a chunk');
  const before = chunks();
  await page.locator('.langs a[lang="km"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'km');
  assert.ok(chunks() > before, 'Khmer came as a chunk');
  await context.close();
});

// Bytes are stable, so the first-visit budget is a test; times are for `make bench`.
test('a first visit is at most 100 KB, brotli', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="\.?\/?([^"?#]+)"/g)].map((m) => m[1]).filter((f) => !/^(tel:|https?:)/.test(f));
  const loader = refs.find((f) => /^loader-[0-9a-f]{16}\.js$/.test(f));
  assert.ok(loader, 'index.html loads the app');
  const glue = readFileSync(join(DIST, refs.find((f) => /^safepath-[0-9a-f]{16}\.js$/.test(f))), 'utf8');
  const split = glue.match(/split-[0-9a-f]{16}\.js/)?.[0];
  assert.ok(split, 'the glue imports the chunk loader');
  const files = [...new Set(['index.html', ...refs.filter((f) => /\.(css|js|wasm|svg)$/.test(f)), split])];
  const br = (f) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const total = files.reduce((s, f) => s + br(f), 0);
  assert.ok(total <= 100 * 1024, `first visit ${(total / 1024).toFixed(1)} KB: ${files.join(', ')}`);
});

/** The Khmer switch: a drawn word (no Khmer letters to draw as boxes with the tests'
 * fonts, DejaVu only), named ខ្មែរ (Khmer) for screen readers, that shows ink: a word, not
 * a filled block (what a failed mask would leave). */
async function drawnKhmerWord(page, link, where) {
  const a = page.locator(link);
  assert.equal(await a.count(), 1, where);
  assert.ok(await a.isVisible(), `${where}: visible`);
  assert.equal(await a.getAttribute('aria-label'), 'ខ្មែរ (Khmer)', `${where}: its name`);
  assert.equal(await a.evaluate((el) => el.innerText.trim()), '', `${where}: no Khmer letters to draw as boxes`);
  // The content box, where the word is drawn (inside the pill's border and padding).
  const clip = await a.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const px = (v) => parseFloat(v) || 0;
    const left = px(s.borderLeftWidth) + px(s.paddingLeft);
    const top = px(s.borderTopWidth) + px(s.paddingTop);
    return {
      x: r.left + left,
      y: r.top + top,
      width: r.width - left - px(s.borderRightWidth) - px(s.paddingRight),
      height: r.height - top - px(s.borderBottomWidth) - px(s.paddingBottom),
    };
  });
  const png = await page.screenshot({ clip });
  const blank = await page.context().newPage();
  const { ink, total } = await blank.evaluate(async (src) => {
    const im = new Image();
    im.src = src;
    await im.decode();
    const c = Object.assign(document.createElement('canvas'), { width: im.width, height: im.height });
    const ctx = c.getContext('2d');
    ctx.drawImage(im, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const bg = [d[0], d[1], d[2]];
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.max(...[0, 1, 2].map((k) => Math.abs(d[i + k] - bg[k]))) > 60) ink++;
    }
    return { ink, total: d.length / 4 };
  }, `data:image/png;base64,${png.toString('base64')}`);
  await blank.close();
  assert.ok(ink / total > 0.04 && ink / total < 0.5, `${where}: ink ${ink}/${total}`);
}

test('the Khmer switch is findable on Vietnamese and English pages without a Khmer font, before and after takeover', async () => {
  for (const lang of ['vi', 'en']) {
    const before = await withoutWasm();
    const fonts = [];
    before.page.on('request', (r) => /\.woff2/.test(r.url()) && fonts.push(r.url()));
    await before.page.goto(`${app.server.url}?lang=${lang}`);
    await drawnKhmerWord(before.page, `.first-paint[lang="${lang}"] .langs a[lang="km"]`, `${lang} first paint`);
    await before.context.close();

    const after = await phone(app.browser, { locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
    after.page.on('request', (r) => /\.woff2/.test(r.url()) && fonts.push(r.url()));
    await open(after.page, app.server.url, `?lang=${lang}`);
    await drawnKhmerWord(after.page, '.app .langs a[lang="km"]', `${lang} app`);
    // Found by its name, as a screen reader finds it.
    assert.equal(await after.page.getByRole('link', { name: 'ខ្មែរ (Khmer)', exact: true }).count(), 1);
    assert.deepEqual(fonts, [], `${lang}: no font fetched`);
    await after.page.getByRole('link', { name: 'ខ្មែរ (Khmer)', exact: true }).click();
    await after.page.waitForFunction(() => document.documentElement.lang === 'km');
    await after.context.close();
  }
});

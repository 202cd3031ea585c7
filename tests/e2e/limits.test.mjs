// What a long or odd visit must not do: a huge paste must not slow quick exit, switching
// views for a long time must not use more and more memory, and the embed snippet must
// work whatever address the app was opened at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { useApp, phone, open, shown, EXIT_URL, VIEW_TABLE, CODES } from './harness.mjs';

const app = useApp();

test('a million pasted characters in the place search: each keystroke stays cheap and Shift×3 still leaves at once', async (t) => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en' });
  await open(page, app.server.url, '?v=3&lang=en');
  const input = page.locator('#help-place-input');
  assert.equal(await input.getAttribute('maxlength'), '64', 'the box accepts no more than a name needs');
  // Set the value from script, as an odd keyboard or a paste helper can: past maxlength,
  // so the app's own bound is what is tested. Before it, this took ~2.2 s per keystroke.
  const ms = await page.evaluate(
    () =>
      new Promise((done) => {
        const el = document.querySelector('#help-place-input');
        const t0 = performance.now();
        el.value = 'long xuyen '.repeat(100_000);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => done(performance.now() - t0), 0);
      }),
  );
  assert.ok(ms < 300, `one input event took ${Math.round(ms)} ms`);
  assert.ok((await input.inputValue()).length <= 64, 'the box holds the bounded query');
  await input.focus();
  const t0 = Date.now();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  const exitMs = Date.now() - t0;
  t.diagnostic(`input event with 1.1 M characters: ${Math.round(ms)} ms; Shift×3 to the exit page: ${exitMs} ms`);
  assert.ok(exitMs < 1000, `quick exit took ${exitMs} ms after the paste`);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Bytes of the app's WebAssembly memory. Found through the module's exports, which the
 * app's loader hands to the `TrunkApplicationStarted` event (recorded by `recordExports`),
 * so the app needs no test hook. (Asking DevTools for every WebAssembly.Memory with
 * Runtime.queryObjects crashes the renderer on the split build.) A memory only grows
 * (in 64 KiB pages), so this is a high-water mark.
 */
const wasmBytes = (page) =>
  page.evaluate(() =>
    Object.values(window.__safepathExports || {})
      .filter((m) => m instanceof WebAssembly.Memory)
      .reduce((n, m) => n + m.buffer.byteLength, 0),
  );

const recordExports = (page) =>
  page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__safepathExports = e.detail.wasm;
    }),
  );

/** Clicks Home ↔ My plan `n` times each, in the page, one frame apart. */
const switches = (page, n) =>
  page.evaluate(async (n) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = 0; i < n; i++) {
      document.querySelector('.mainnav a[href*="v=2&"]').click();
      await frame();
      document.querySelectorAll('.mainnav a')[0].click();
      await frame();
    }
  }, n);

test('switching views for a long visit does not keep using more memory', async (t) => {
  const { page, context, errors } = await phone(app.browser, { locale: 'vi' });
  await recordExports(page);
  await open(page, app.server.url, '?lang=vi');
  const start = await wasmBytes(page);
  assert.ok(start > 0, 'the instrument finds the app\'s memory');
  await switches(page, 30);
  const warm = await wasmBytes(page);
  // Before the fix each Home ↔ plan round trip kept ~40 KB: 250 of them, ~10 MB.
  await switches(page, 250);
  const end = await wasmBytes(page);
  t.diagnostic(`wasm memory: start ${start}, after 30 round trips ${warm}, after 250 more ${end} bytes`);
  assert.ok(end - warm <= 1024 * 1024, `grew ${end - warm} bytes over 250 Home ↔ plan round trips`);
  assert.equal(await page.locator('#view-title').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A message's Vietnamese text, read from locales/vi (single-line messages only). */
const viText = (() => {
  const texts = {};
  for (const f of readdirSync('locales/vi').filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(`locales/vi/${f}`, 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m) texts[m[1]] = m[2].trim();
    }
  }
  return (id) => texts[id];
})();

/** The clicks that reach `view` as a person would (core::view's kinds): Home and the views
 * in the main navigation or the footer from anywhere, the others through the view that
 * links to them. Each step: [a link's selector, the view it opens]. */
function reach(view) {
  const row = VIEW_TABLE.find((v) => v.view === view);
  const href = `a[href*="v=${row.code}&"]`;
  switch (row.kind) {
    case 'first': return [['.mainnav a:not([href*="v="])', view]];
    case 'nav': return [[`.mainnav ${href}`, view]];
    case 'footer': return [[`.footer ${href}`, view]];
    default: return [...reach(row.from), [`#main ${href}`, view]];
  }
}

/** Clicks through `steps` `rounds` times, in the page; each click waits until its view is
 * on screen (named on <html data-view>, its heading there, no "loading" line). Returns
 * what the first round saw at each view: its heading and the tab's title. */
const walk = (page, steps, rounds) =>
  page.evaluate(
    async ({ steps, rounds }) => {
      const until = (word) =>
        new Promise((ok, fail) => {
          const t0 = performance.now();
          const tick = () => {
            const shown = document.documentElement.dataset.view === word &&
              document.getElementById('view-title') && !document.querySelector('#main .loading');
            if (shown) return setTimeout(ok, 0);
            if (performance.now() - t0 > 15000) return fail(new Error(`${word} did not show`));
            requestAnimationFrame(tick);
          };
          tick();
        });
      const seen = [];
      for (let r = 0; r < rounds; r++) {
        for (const [selector, word] of steps) {
          const link = document.querySelector(selector);
          if (!link) throw new Error(`no link ${selector} to ${word} on ${document.documentElement.dataset.view}`);
          link.click();
          await until(word);
          if (r === 0) {
            seen.push({ word, heading: document.getElementById('view-title').textContent.trim(), tab: document.title });
          }
        }
      }
      return seen;
    },
    { steps, rounds },
  );

test('walking through every view for a long visit does not keep using more memory', async (t) => {
  const { page, context, errors } = await phone(app.browser, { locale: 'vi' });
  await recordExports(page);
  await open(page, app.server.url, '?lang=vi');
  const appName = await page.title();
  // One diary entry, so the diary's print page has its link (it shows only with entries).
  await page.locator(`.mainnav a[href*="v=${CODES.plan}&"]`).click();
  await page.locator('.diary-link a').click();
  await shown(page, 'notes');
  await page.locator('.diary-view button.primary', { hasText: /Ghi thêm/ }).click();
  await page.locator('#diary-f-what').fill('Một dòng để thử.');
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-form').waitFor({ state: 'detached' });

  // Every view of the table, each reached from Home as a person would, then Home again.
  const views = VIEW_TABLE.map((v) => v.view).filter((v) => v !== 'home');
  const steps = [...views.flatMap(reach), ...reach('home')];
  const seen = await walk(page, steps, 3);
  for (const view of views) {
    const row = VIEW_TABLE.find((v) => v.view === view);
    const at = seen.find((s) => s.word === view);
    assert.ok(at, `the walk reached ${view}`);
    // The heading the table names (a view that could not open, or another view, fails).
    assert.equal(at.heading, viText(row.title), `${view}: its heading`);
  }
  // The tab title is the neutral app name at every view, whatever the table holds.
  assert.deepEqual([...new Set(seen.map((s) => s.tab))], [appName]);

  const warm = await wasmBytes(page);
  const rounds = 60;
  await walk(page, steps, rounds);
  const end = await wasmBytes(page);
  t.diagnostic(`${steps.length} views a round; wasm memory after 3 rounds ${warm}, after ${rounds} more ${end} bytes (+${end - warm})`);
  // Before every view's scope was set up by the loader, each visit to the pages for the
  // people around someone kept its subscriptions on the language signal.
  assert.ok(end - warm <= 1024 * 1024, `grew ${end - warm} bytes over ${rounds} walks through every view`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embed snippet names embed.js beside the app when the share view is opened at …/index.html', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en' });
  await open(page, `${app.server.url}index.html`, '?v=6&lang=en');
  const snippet = await page.locator('#share-snippet').inputValue();
  assert.ok(!snippet.includes('index.htmlembed.js'), snippet);
  assert.ok(snippet.includes(`<script src="${app.server.url}embed.js" defer></script>`), snippet);
  assert.ok(snippet.includes(`src="${app.server.url}?embed=1&amp;lang=en"`), snippet);
  const status = await page.evaluate((u) => fetch(u).then((r) => r.status), `${app.server.url}embed.js`);
  assert.equal(status, 200, 'the script the snippet names exists');
  assert.deepEqual(errors, []);
  await context.close();
});

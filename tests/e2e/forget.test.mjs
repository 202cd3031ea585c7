// Quick exit forgets: after it, the app holds nothing of a kept plan's key, even when
// the page itself survives (a back-forward cache restore keeps it).
//
// How this is observed, without any hook in the app: the exit destination answers
// 204 No Content, so the browser stays on the (blanked) app page with its memory
// intact, as a page restored from the cache would be. Everything the app's state holds
// of the browser's objects sits in the wasm module's reference table (wasm-bindgen's
// externref table), reached through the module's exports. The
// count of CryptoKey objects in it must be at least one while a kept plan is open (so
// the instrument sees the key) and zero after quick exit.
//
// (A V8 heap snapshot taken after the exit still lists one CryptoKey, retained only by
// a Blink-internal wrapper table, not by any script or by the app; it is not used here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phone, open, reloadTo, EXIT_URL } from './harness.mjs';

const app = useApp();

const KEY = 'notes-1';
const PASS = 'một câu dài dễ nhớ 2026';

/** CryptoKey objects held in the page's WebAssembly tables (what the app's state holds).
 * The tables are found through the module's exports, which the app's loader hands to
 * the `TrunkApplicationStarted` event (recorded by the test, see below). Asking DevTools
 * for every WebAssembly.Table instead (Runtime.queryObjects) crashes the renderer on the
 * split build. */
async function keysHeld(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => {
    let tables = 0;
    let keys = 0;
    for (const t of Object.values(window.__safepathExports || {})) {
      if (!(t instanceof WebAssembly.Table)) continue;
      tables++;
      for (let i = 0; i < t.length; i++) {
        try {
          if (t.get(i) instanceof CryptoKey) keys++;
        } catch {
          /* a function table */
        }
      }
    }
    return { tables, keys };
  });
}

test('after quick exit the app holds no key of the kept plan, and the kept copy stays on the device, encrypted', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en' });
  // The page stays where it is after exit (see the top of this file).
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__safepathExports = e.detail.wasm;
    }),
  );
  await open(page, app.server.url, '?v=2&lang=en');
  await page.locator('.plan-section summary').first().click();
  await page.locator('.plan-section textarea').first().fill('the key is under the blue pot');
  await page.locator('#keep-words-new').fill(PASS);
  await page.locator('#keep-words-again').fill(PASS);
  await page.locator('.keep-form button.primary').click();
  await page.locator('.plan-keep [role="alert"]').getByText('Kept on this device').waitFor({ timeout: 60000 });
  const kept = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.match(kept, /^n1\./);

  const cdp = await context.newCDPSession(page);
  const before = await keysHeld(page, cdp);
  assert.ok(before.tables >= 1 && before.keys >= 1, `the instrument sees the opened plan's key: ${JSON.stringify(before)}`);

  // Clicked from the page itself: the destination answers 204, so no navigation ever
  // commits, and a driver click would wait for one.
  await page.evaluate(() => document.querySelector('.quick-exit').click());
  await page.waitForFunction(() => document.body.childElementCount === 0);
  assert.ok(page.url().startsWith(app.server.url), 'the page survived (204), so its memory can be read');
  // Effects settle on the next ticks.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const after = await keysHeld(page, cdp);
  assert.equal(after.keys, 0, `${after.keys} CryptoKey object(s) still held by the app after quick exit`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), kept, 'the kept copy is untouched');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an open still deriving its key at quick exit writes nothing back: no key, no plan', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en' });
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__safepathExports = e.detail.wasm;
    }),
  );
  await open(page, app.server.url, '?v=2&lang=en');
  await page.locator('.plan-section summary').first().click();
  const note = page.locator('.plan-section textarea').first();
  await note.fill('the key is under the blue pot');
  await page.locator('#keep-words-new').fill(PASS);
  await page.locator('#keep-words-again').fill(PASS);
  await page.locator('.keep-form button.primary').click();
  await page.locator('.plan-keep [role="alert"]').getByText('Kept on this device').waitFor({ timeout: 60000 });
  const kept = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await reloadTo(page, 'plan');
  await page.locator('#keep-words-open').waitFor();
  await page.locator('.plan-section summary').first().click();

  const cdp = await context.newCDPSession(page);
  // The instrument sees a plan field and no key before opening.
  assert.equal((await keysHeld(page, cdp)).keys, 0);
  const started = await page.evaluate(async (pass) => {
    // Held across the exit: the page is blanked, but this element, if the app still
    // wrote the plan back, would show it.
    window.__note = document.querySelector('.plan-section textarea');
    const field = document.querySelector('#keep-words-open');
    field.value = pass;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('.keep-form button.primary').click();
    // PBKDF2 (600000 iterations) is under way: the "please wait" line is up.
    await new Promise((r) => setTimeout(r, 30));
    const busy = document.querySelector('.plan-keep .plan-busy').textContent;
    document.querySelector('.quick-exit').click();
    return busy;
  }, PASS);
  assert.match(started, /Opening/, 'the exit came while open was still running');
  await page.waitForFunction(() => document.body.childElementCount === 0);
  // Long enough for the derivation (and every passphrase form tried) to end.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 4000)));
  const after = await keysHeld(page, cdp);
  assert.equal(after.keys, 0, `${after.keys} CryptoKey object(s) came back after quick exit`);
  assert.equal(await page.evaluate(() => window.__note.value), '', 'the plan came back after quick exit');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), kept, 'the kept copy is untouched');
  assert.deepEqual(errors, []);
  await context.close();
});

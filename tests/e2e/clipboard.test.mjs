// What the app copied does not stay on the clipboard after a quick exit by click: a ready
// message ("Call me back as soon as you see this.") copied from the plan's trusted person
// is replaced as the page leaves, and leaving is not made to wait for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phone, open, EXIT_URL } from './harness.mjs';

const app = useApp();
const MESSAGE = 'Call me back as soon as you see this.';

/** The plan in English with a copy button (no share sheet), the message copied. */
async function copied(opts = {}) {
  const p = await phone(app.browser, { permissions: ['clipboard-read', 'clipboard-write'], ...opts });
  await p.context.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await open(p.page, app.server.url, '?v=2&lang=en');
  const li = p.page.locator('li[data-message="call-me"]');
  await li.locator('.trusted-share', { hasText: 'Copy the message' }).click();
  await li.locator('.trusted-said').getByText('Copied').waitFor();
  // The positive control: the message is on the clipboard now.
  assert.equal(await p.page.evaluate(() => navigator.clipboard.readText()), MESSAGE);
  return p;
}

test('quick exit by click replaces the copied message on the clipboard', async () => {
  const { page, context, errors } = await copied();
  const said = await page.locator('li[data-message="call-me"] .trusted-said').innerText();
  await page.locator('.quick-exit').click();
  await page.waitForURL(EXIT_URL);
  const left = await page.evaluate(() => navigator.clipboard.readText());
  assert.notEqual(left, MESSAGE);
  assert.ok(!left.includes('Call me'), `clipboard after exit: ${JSON.stringify(left)}`);
  assert.match(said, /clipboard history/, 'the status line said the keyboard may keep it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('replacing the clipboard never makes the exit wait', async () => {
  const { page, context } = await copied();
  // The destination answers slowly, so the page can be looked at while it waits.
  await context.unrouteAll();
  await context.route(`${new URL(EXIT_URL).origin}/**`, async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.fulfill({ contentType: 'text/html', body: '<p>neutral</p>' });
  });
  const took = await page.evaluate(() => {
    const t = performance.now();
    document.querySelector('.quick-exit').click();
    return { ms: performance.now() - t, text: document.body.innerText.trim() };
  });
  console.log(`# the exit click's handler, clipboard included, took ${took.ms.toFixed(1)} ms`);
  assert.equal(took.text, '', 'blank at once');
  assert.ok(took.ms < 50, `${took.ms} ms`);
  await context.close();
});

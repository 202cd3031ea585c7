// No data spent without a reason: a person who only reads Home downloads at most 150 KB
// in at most 25 requests in the first 10 s (on prepaid data every view's code costs
// money), nothing beyond the first visit when the browser says data is scarce, and a
// view's code still comes ahead of the tap when its link is touched or hovered.
// Bytes and requests are counted as sent (brotli, as a host serves them); times are not
// asserted, they depend on the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, countingPhone, CODES } from './harness.mjs';

const app = useApp({ compress: true });
const IDLE_BYTES = 150 * 1024;
const IDLE_REQUESTS = 25;

const counted = (opts) => countingPhone(app.browser, opts);

const chunks = (sent) => sent.filter((r) => /\/chunk-[0-9a-f]{16}\.wasm$/.test(r.url));

test('reading Home for 10 s costs at most 150 KB in 25 requests', async () => {
  const { context, page, sent, total } = await counted();
  await page.goto(app.server.url);
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.waitForTimeout(10000);
  const list = sent.map((r) => `${r.url.split('/').pop()} ${r.bytes}`).join('\n');
  assert.ok(total() <= IDLE_BYTES, `${(total() / 1024).toFixed(1)} KB in the first 10 s:\n${list}`);
  assert.ok(sent.length <= IDLE_REQUESTS, `${sent.length} requests in the first 10 s:\n${list}`);
  await context.close();
});

test('with Data Saver on, Home fetches nothing beyond the first visit', async () => {
  const { context, page, sent } = await counted({ saveData: true });
  await page.goto(app.server.url);
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.waitForTimeout(3000);
  assert.deepEqual(chunks(sent).map((r) => r.url), [], 'no chunk fetched ahead');
  // The app still works: Get help opens.
  await page.locator(`.cards a[href*="v=${CODES.help}&"]`).first().click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'help');
  await page.locator('.app a[href^="tel:"]:visible').first().waitFor();
  await context.close();
});

test('touching a link fetches its view ahead of the tap', async () => {
  const { context, page, sent } = await counted({ saveData: true });
  await page.goto(app.server.url);
  await page.waitForSelector('html[data-live]', { state: 'attached' });
  await page.waitForTimeout(1000);
  const before = chunks(sent).length;
  await page.locator(`.cards a[href*="v=${CODES.help}&"]`).first().hover();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /chunk-/.test(e.name)));
  assert.ok(chunks(sent).length > before, 'the view’s chunks start on intent');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.view), 'home', 'still on Home');
  await context.close();
});

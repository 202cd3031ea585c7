// The moments when the page is busiest: while the app takes over from the first paint,
// and while a tapped view is on its way. Quick exit must answer at once in the first;
// in the second, only the view the person asked for may use the slow line.
//
// Both run on a slow phone: the line of `make bench` (1.6 Mbit/s, 150 ms). The CPU is
// slowed 2× here, where the bench slows it 4×: a test on a shared machine needs room,
// and a takeover that blocks the page as the old one did (about 500 ms at 4×) still
// fails it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, countingPhone, exitDuringTakeover, CODES, DIST } from './harness.mjs';

const app = useApp({ compress: true });
const EXIT_MS = 100;

/** One tap on quick exit as the app takes over, on the slow line with the CPU 2× slower. */
async function exitWhileTakingOver() {
  const { context, page } = await countingPhone(app.browser, { slow: true, cpu: 2 });
  const ms = await exitDuringTakeover(context, page, app.server.url);
  await context.close();
  assert.ok(ms !== null, 'a quick-exit control was in view, and the page left');
  return ms;
}

test(`quick exit tapped while the app takes over leaves within ${EXIT_MS} ms`, async (t) => {
  // Five taps, the middle one judged: one slow moment of a shared machine is not the app's.
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await exitWhileTakingOver());
  const middle = [...times].sort((a, b) => a - b)[2];
  t.diagnostic(`from the tap to leaving: ${times.join(', ')} ms`);
  assert.ok(middle <= EXIT_MS, `from the tap to leaving: ${times.join(', ')} ms`);
});

/** The chunk files each split point needs, read from the built loader. */
function loaderNeeds() {
  const file = readdirSync(DIST).find((f) => /^split-[0-9a-f]+\.js$/.test(f));
  const js = readFileSync(join(DIST, file), 'utf8');
  const list = JSON.parse(js.match(/^const c = (\[[^\]]*\])/m)[1]);
  const needs = {};
  for (const [, part, idx] of js.matchAll(/__wasm_split_load_(\w+) = load\(([\d, ]*)\)/g)) {
    needs[part] = idx.split(',').map((i) => list[Number(i)].split('/').pop());
  }
  return needs;
}

test('while Get help is on its way, nothing else is fetched (not even what the pointer now rests on)', async () => {
  const needs = loaderNeeds();
  assert.ok(needs.help && needs.words_vi, 'the loader names the help view and the words');
  const allowed = new Set([...needs.help, ...needs.words_vi, ...needs.away]);
  // Data Saver: nothing comes ahead, so every chunk below is fetched because of the tap.
  const { context, page, sent } = await countingPhone(app.browser, { slow: true, cpu: 4, saveData: true });
  await page.goto(app.server.url);
  await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(500);
  const before = sent.length;
  // A mouse click, as on a computer: the pointer stays where the card was while the
  // loading line moves the page under it.
  await page.locator(`.cards a[href*="v=${CODES.help}&"]`).first().click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'help' && !document.querySelector('.loading'), null, {
    polling: 50,
    timeout: 60000,
  });
  const fetched = sent
    .slice(before)
    .map((r) => r.url.split('/').pop())
    .filter((f) => f.startsWith('chunk-'));
  await context.close();
  assert.ok(fetched.length > 0, 'the view came in chunks');
  const other = fetched.filter((f) => !allowed.has(f));
  assert.deepEqual(other, [], 'chunks no part of Get help needs');
});

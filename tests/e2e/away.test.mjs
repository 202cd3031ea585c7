// When the person is away: Back or Forward after an ordinary leave (a link, a typed
// address) never brings back anything typed, with the back-forward cache switched on as
// on a phone; the plan and the self-check result close themselves when hidden or unused
// too long (the page's clock is moved on, nothing in the build is shortened) but not
// after a trip to Zalo or the dialler; and while the page is hidden the app is covered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { live, launch, phone, open, hide, awayFor } from './harness.mjs';
import { startNginx } from './nginx.mjs';

const MARK = {
  plan: 'QZPLANMARK4417',
  name: 'QZNAMEMARK2290',
  word: 'QZWORDMARK8812',
  draft: 'QZDRAFTMARK6603',
  entry: 'QZENTRYMARK1175',
  own: 'QZOWNMARK3391',
  other: 'QZOTHERMARK5528',
};

let server;
let cached; // Chromium with the back-forward cache on, as a person's browser has it
let plain; // the harness's usual Chromium (cache off): for the clock tests
before(async () => {
  // The shipped nginx config: the page `no-store`, the app's files cacheable, as deployed.
  // (The test server sends every file `no-store`, which keeps pages out of the cache.)
  server = await startNginx();
  // Playwright turns the back-forward cache off by default; a person's Chromium has it on.
  cached = await launch({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  plain = await launch();
});
after(async () => {
  await cached?.close();
  await plain?.close();
  await server?.stop();
});

/** Everything in the page a person or a script could read: every text, hidden or not,
 * and what is in each field. */
const everything = (page) =>
  page.evaluate(() =>
    [
      document.documentElement.textContent,
      ...[...document.querySelectorAll('input, textarea, select')].map((e) => e.value),
    ].join('\n'),
  );

async function assertNoneOf(page, marks, why) {
  const all = await everything(page);
  for (const m of marks) assert.ok(!all.includes(m), `${why}: "${m}" is still in the page`);
}

async function fillPlanAndTrusted(page) {
  const details = page.locator('#plan-s-incident details');
  if (!(await details.evaluate((d) => d.open))) await page.locator('#plan-s-incident summary').click();
  await page.locator('#plan-f-incident-saferoom').fill(`Phòng bếp, cửa sau ${MARK.plan}`);
  await page.locator('#trusted-name').fill(`Chị Hai ${MARK.name}`);
  await page.locator('#trusted-number').fill('0901234567');
  await page.locator('#trusted-word').fill(MARK.word);
}

/** Leaves by an ordinary address, comes Back, and checks the page really came back from
 * the back-forward cache (otherwise this proves nothing). */
async function leaveAndComeBack(page) {
  const restoredBefore = await page.evaluate(() => window.__restored || 0);
  await page.goto(server.url + 'robots.txt');
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForFunction((n) => (window.__restored || 0) > n, restoredBefore, { timeout: 10000 });
  await live(page);
}

/** The diary's own code arrives `no-store` (so the disk cache never shows it was opened),
 * and Chromium keeps a page whose script fetched a `no-store` file out of the
 * back-forward cache: Back loads the page afresh, from the address, which names no
 * view. Checks it did (a restore would need the app's own closing, tested above). */
async function leaveAndComeBackAfresh(page) {
  await page.goto(server.url + 'robots.txt');
  await page.goBack({ waitUntil: 'commit' });
  await live(page);
  assert.equal(await page.evaluate(() => window.__restored || 0), 0, 'loaded afresh, not restored from the back-forward cache');
}

async function cachedPhone() {
  const p = await phone(cached);
  await p.page.addInitScript(() =>
    addEventListener('pageshow', (e) => {
      if (e.persisted) window.__restored = (window.__restored || 0) + 1;
    }),
  );
  return p;
}

/** After a close: Home, its line saying what happened, and the app not covered. */
async function assertHomeSaying(page, words) {
  await page.locator('.closed-note').waitFor({ state: 'visible' });
  assert.match(await page.locator('.closed-note').innerText(), words);
  assert.equal(await page.locator('#main .cards').count(), 1, 'Home is shown');
  await page.waitForFunction(() => !document.documentElement.classList.contains('away'));
}

test('with the back-forward cache on, Back after an ordinary leave shows nothing typed: the plan and the trusted person', async () => {
  const { page, context, errors } = await cachedPhone();
  await open(page, server.url, '?v=2&lang=vi');
  await page.locator('#trusted-name').waitFor();
  await fillPlanAndTrusted(page);
  await leaveAndComeBack(page);
  await assertNoneOf(page, [MARK.plan, MARK.name, MARK.word], 'plan, after Back');
  await assertHomeSaying(page, /xóa khi bạn rời đi/);
  // The plan opens empty.
  await page.locator('.cards a').nth(1).click();
  await page.locator('#trusted-name').waitFor();
  assert.equal(await page.locator('#trusted-name').inputValue(), '');
  assert.equal(await page.locator('.closed-note').count(), 0, 'the line is said once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the back-forward cache on, Back shows neither the self-check questions nor its result', async () => {
  const { page, context, errors } = await cachedPhone();
  await open(page, server.url, '?v=1&lang=vi');
  await page.getByRole('button', { name: 'Cho chính tôi' }).click();
  await page.locator('.check-question[data-question="safe-now"]').waitFor();
  await page.getByRole('button', { name: 'Có', exact: true }).click();
  await page.locator('.check-question[data-question="insults"]').waitFor();
  // Halfway through the questions.
  await leaveAndComeBack(page);
  assert.equal(await page.locator('.check-question, .check-result').count(), 0, 'no question after Back');
  await assertHomeSaying(page, /xóa khi bạn rời đi/);
  // To the result, then leave.
  await page.goto(server.url + '?v=1&lang=vi');
  await live(page);
  await page.getByRole('button', { name: 'Cho chính tôi' }).click();
  for (;;) {
    const q = page.locator('.check-question');
    await page.locator('.check-question, .check-result').first().waitFor();
    if ((await q.count()) === 0) break;
    const slug = await q.getAttribute('data-question');
    await page.getByRole('button', { name: 'Có', exact: true }).click();
    await page.waitForFunction((s) => document.querySelector('.check-question')?.dataset.question !== s, slug);
  }
  await page.locator('.check-result').waitFor();
  const title = (await page.locator('.check-result h1').innerText()).trim();
  await leaveAndComeBack(page);
  assert.equal(await page.locator('.check-result').count(), 0, 'no result after Back');
  assert.ok(!(await everything(page)).includes(title), 'the result title is gone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the back-forward cache on, Back shows neither a diary entry being written nor the names to print', async () => {
  const { page, context, errors } = await cachedPhone();
  await open(page, server.url, '?v=10&lang=vi');
  // A saved entry, and a second one being written.
  await page.locator('.diary-view button.primary', { hasText: 'Ghi thêm' }).click();
  await page.locator('#diary-f-what').fill(`Anh ấy đập cửa ${MARK.entry}`);
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-form').waitFor({ state: 'detached' });
  await page.locator('.diary-view button.primary', { hasText: 'Ghi thêm' }).click();
  await page.locator('#diary-f-what').fill(`Đang viết dở ${MARK.draft}`);
  await leaveAndComeBackAfresh(page);
  await assertNoneOf(page, [MARK.entry, MARK.draft], 'diary, after Back');
  assert.equal(await page.locator('#main .cards').count(), 1, 'Home is shown');
  // The printing screen with both names typed.
  await page.goto(server.url + '?v=10&lang=vi');
  await live(page);
  await page.locator('.diary-view button.primary', { hasText: 'Ghi thêm' }).click();
  await page.locator('#diary-f-what').fill(`Anh ấy đập cửa ${MARK.entry}`);
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-to-print a').click();
  await page.locator('#diary-own-name').fill(`Nguyễn Thị ${MARK.own}`);
  await page.locator('#diary-other-name').fill(`Trần Văn ${MARK.other}`);
  await leaveAndComeBackAfresh(page);
  await assertNoneOf(page, [MARK.entry, MARK.own, MARK.other], 'printing screen, after Back');
  assert.deepEqual(errors, []);
  await context.close();
});

const appVisibility = (page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.app')).visibility);

test('the plan survives 9 minutes in another app; hidden 10 minutes or unused 15 it closes, and Home says so', async () => {
  const { page, context, errors } = await phone(plain);
  await page.clock.install();
  await open(page, server.url, '?v=2&lang=vi');
  await page.locator('#trusted-name').waitFor();
  // Told before, at the ready messages, with the build's own minutes.
  assert.match(await page.locator('.trusted-away').innerText(), /quá 10 phút.*15 phút/);
  await fillPlanAndTrusted(page);

  // To Zalo or the dialler for 9 minutes, and back: all still there.
  await awayFor(page, '09:00');
  assert.equal(await page.locator('#trusted-name').inputValue(), `Chị Hai ${MARK.name}`);

  // Hidden past 10 minutes: closed, Home, told.
  await awayFor(page, '10:20');
  await assertHomeSaying(page, /tự đóng/);
  await assertNoneOf(page, [MARK.plan, MARK.name, MARK.word], 'after 10 minutes hidden');

  // Unused: still there at 14 minutes, closed at 15.
  await page.locator('.cards a').nth(1).click();
  await page.locator('#trusted-name').waitFor();
  await fillPlanAndTrusted(page);
  // The scroll that filling caused arrives a frame later, and counts as use.
  await page.waitForTimeout(300);
  await page.clock.fastForward('14:00');
  assert.equal(await page.locator('#trusted-word').inputValue(), MARK.word);
  // Past 15 minutes, the page's 10-second check running as it does.
  await page.clock.runFor('01:30');
  await assertHomeSaying(page, /tự đóng/);
  await assertNoneOf(page, [MARK.plan, MARK.name, MARK.word], 'after 15 minutes unused');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the self-check result closes itself after 15 minutes unused', async () => {
  const { page, context, errors } = await phone(plain);
  await page.clock.install();
  await open(page, server.url, '?v=1&lang=vi');
  await page.getByRole('button', { name: 'Cho chính tôi' }).click();
  for (;;) {
    const q = page.locator('.check-question');
    await page.locator('.check-question, .check-result').first().waitFor();
    if ((await q.count()) === 0) break;
    const slug = await q.getAttribute('data-question');
    await page.getByRole('button', { name: 'Không', exact: true }).click();
    await page.waitForFunction((s) => document.querySelector('.check-question')?.dataset.question !== s, slug);
  }
  await page.locator('.check-result').waitFor();
  // The scroll the last answer caused arrives a frame later, and counts as use.
  await page.waitForTimeout(300);
  await page.clock.fastForward('14:00');
  assert.equal(await page.locator('.check-result').count(), 1, 'still open after 14 minutes');
  // Past 15 minutes, the page's 10-second check running as it does.
  await page.clock.runFor('01:30');
  await assertHomeSaying(page, /tự đóng/);
  assert.equal(await page.locator('.check-result').count(), 0);
  // The result is gone from the session too: the self-check starts afresh.
  await page.locator('.cards a').first().click();
  await page.getByRole('button', { name: 'Cho chính tôi' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('while the page is hidden the app is covered; back, it shows again', async () => {
  const { page, context, errors } = await phone(plain);
  await open(page, server.url, '?v=2&lang=vi');
  await page.locator('#trusted-name').waitFor();
  await page.locator('#trusted-name').fill(`Chị Hai ${MARK.name}`);
  assert.equal(await appVisibility(page), 'visible');
  await hide(page, true);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('away')));
  assert.equal(await appVisibility(page), 'hidden', 'nothing of the app shows in a picture of the hidden page');
  await hide(page, false);
  await page.waitForFunction(() => !document.documentElement.classList.contains('away'));
  assert.equal(await appVisibility(page), 'visible');
  assert.equal(await page.locator('#trusted-name').inputValue(), `Chị Hai ${MARK.name}`, 'a short look away keeps the plan');
  // Printing is never covered, even if the page was hidden when the dialog opened.
  await hide(page, true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await appVisibility(page), 'visible');
  await page.emulateMedia({ media: 'screen' });
  await hide(page, false);
  assert.deepEqual(errors, []);
  await context.close();
});

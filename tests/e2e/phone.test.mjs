// "Is my phone safe?" (view 13) as a person meets it, in each language: the questions,
// steps that follow the answers, the "could they notice?" mark on every step that
// changes something and the plan-first warning before the first of them; nothing in
// storage, the address or any request; quick exit drops the answers; a trip to Settings
// (the page hidden a few minutes) keeps them; the ways in; axe; the first-visit bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { useApp, phone, open, axe, traces, awayFor, EMPTY_TRACES, LANGS, CODES, DIST, EXIT_URL } from './harness.mjs';

const app = useApp();

const TITLE = {
  vi: 'Điện thoại của tôi có an toàn không?',
  en: 'Is my phone safe?',
  km: 'តើទូរស័ព្ទរបស់ខ្ញុំមានសុវត្ថិភាពទេ?',
};
/** Words each language must show with nothing chosen: menu names as the phone shows them. */
const MUST = {
  vi: [/Lịch sử đăng nhập/, /Đặt mã khóa Zalo/, /Ẩn trò chuyện/, /Kiểm tra an toàn/, /cốp xe máy/, /Họ có thể nhận ra không\?/],
  en: [/Lịch sử đăng nhập \(Login history\)/, /Safety Check/, /seat compartment/, /Could they notice\?/],
  km: [/Lịch sử đăng nhập/, /Cài đặt → Quyền riêng tư & Bảo mật → Kiểm tra an toàn/, /តើគេអាចដឹងទេ\?/],
};
/** Steps that change an account or a device (src/core/phone.rs). */
const CHANGES = ['zalo-devices', 'zalo-web', 'zalo-lock', 'facebook', 'google-devices', 'search', 'location', 'iphone', 'passwords'];
const ALL_STEPS = 16;

const shownSteps = (page) => page.locator('.phone-step').evaluateAll((els) => els.map((e) => e.dataset.step));

/** The list in order: 'warn' for the warning, else the step's code and whether it is marked. */
const order = (page) =>
  page.locator('.phone-steps > li').evaluateAll((els) =>
    els.map((e) => (e.classList.contains('phone-warn') ? { warn: true } : { step: e.dataset.step, marked: !!e.querySelector('.phone-notice') })),
  );

function assertMarksAndWarning(list, where) {
  const firstChange = list.findIndex((i) => i.step && CHANGES.includes(i.step));
  const warn = list.findIndex((i) => i.warn);
  if (firstChange >= 0) assert.ok(warn >= 0 && warn < firstChange, `${where}: warning at ${warn}, first change at ${firstChange}`);
  for (const i of list.filter((i) => i.step)) {
    assert.equal(i.marked, CHANGES.includes(i.step), `${where}: ${i.step} marked`);
  }
}

function foreign(seen) {
  const origin = new URL(app.server.url).origin;
  return seen.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
}

test('answering changes the steps shown, each changing step is marked, the warning comes first; nothing leaves a trace', async () => {
  for (const lang of LANGS) {
    const { page, context, errors, seen } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, `?v=${CODES.phone}&lang=${lang}`);
    assert.equal((await page.locator('#view-title').innerText()).trim(), TITLE[lang]);
    assert.ok(await page.locator('.quick-exit').isVisible(), `${lang} quick exit`);
    const text = await page.locator('#main').innerText();
    for (const want of MUST[lang]) assert.match(text, want, lang);
    assert.doesNotMatch(text, /\bphone-[a-z-]+\b/, `${lang}: an id shown for words`);
    // Nothing chosen: every step.
    assert.equal((await shownSteps(page)).length, ALL_STEPS, lang);
    assertMarksAndWarning(await order(page), `${lang} nothing chosen`);
    const address = page.url();

    // "Who I call": the call log and the bill; no Zalo lock, no tracker.
    await page.locator('#phone-sign-calls').check();
    let steps = await shownSteps(page);
    assert.ok(steps.includes('bill') && steps.includes('safer'), `${lang} calls: ${steps}`);
    assert.ok(!steps.includes('zalo-lock') && !steps.includes('tracker'), `${lang} calls: ${steps}`);
    assert.ok(steps.length < ALL_STEPS);
    assertMarksAndWarning(await order(page), `${lang} calls`);
    // And messages: Zalo and Facebook come, with their marks after the warning.
    await page.locator('#phone-sign-messages').check();
    steps = await shownSteps(page);
    for (const s of ['zalo-devices', 'zalo-web', 'zalo-lock', 'facebook']) assert.ok(steps.includes(s), `${lang} messages: ${s}`);
    assertMarksAndWarning(await order(page), `${lang} messages`);
    // The Apple password, then an Android phone: Safety Check goes.
    await page.locator('#phone-fact-apple').check();
    assert.ok((await shownSteps(page)).includes('iphone'));
    await page.locator('#phone-kind-android').check();
    assert.ok(!(await shownSteps(page)).includes('iphone'), `${lang}: no iPhone step on Android`);
    await page.locator('#phone-kind-iphone').check();
    assert.ok((await shownSteps(page)).includes('iphone'));

    assert.deepEqual(await axe(page), [], `${lang} axe`);
    assert.equal(page.url(), address, `${lang}: the address never changes`);
    assert.deepEqual(foreign(seen), [], `${lang}: requests to other origins`);
    for (const u of seen) assert.doesNotMatch(u, /calls|messages|apple|android|iphone|sign|fact/, `${lang}: an answer in a request ${u}`);
    assert.deepEqual(await traces(context, page), EMPTY_TRACES, `${lang}: traces`);
    assert.deepEqual(errors, [], `${lang}: page errors`);
    await context.close();
  }
});

test('the answers stay while moving to another view and back, and nothing prints by default', async () => {
  const { page, context } = await phone(app.browser, { locale: 'vi' });
  await open(page, app.server.url, `?v=${CODES.phone}&lang=vi`);
  await page.locator('#phone-sign-place').check();
  const before = await shownSteps(page);
  await page.locator(`#main a[href*="v=${CODES.leaves}&"]`).click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'leaves');
  await page.locator(`.mainnav a`).first().click();
  await page.locator(`#main a[href*="v=${CODES.phone}&"]`).click();
  await page.locator('#phone-sign-place').waitFor();
  assert.ok(await page.locator('#phone-sign-place').isChecked(), 'kept in memory across views');
  assert.deepEqual(await shownSteps(page), before);
  assert.equal(await page.locator('#main button').count(), 0, 'no print (or any) button');
  await context.close();
});

test('quick exit drops the answers', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en' });
  // The destination answers 204: the blanked page and its memory stay to be read.
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await open(page, app.server.url, `?v=${CODES.phone}&lang=en`);
  await page.locator('#phone-sign-calls').check();
  await page.locator('#phone-fact-bill').check();
  assert.ok((await shownSteps(page)).length < ALL_STEPS);
  await page.evaluate(() => {
    // Held across the exit: if the answers were still in memory, these would show them.
    window.__tick = document.querySelector('#phone-sign-calls');
    window.__list = document.querySelector('.phone-steps');
  });
  await page.evaluate(() => document.querySelector('.quick-exit').click());
  await page.waitForFunction(() => document.body.childElementCount === 0);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const after = await page.evaluate(() => ({
    checked: window.__tick.checked,
    steps: window.__list.querySelectorAll('.phone-step').length,
  }));
  assert.equal(after.checked, false, 'the answer is gone after quick exit');
  assert.equal(after.steps, ALL_STEPS, 'the steps no longer follow any answer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a few minutes in Settings keep the page and its answers; hidden past 10 minutes it closes', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'vi' });
  await page.clock.install();
  await open(page, app.server.url, `?v=${CODES.phone}&lang=vi`);
  await page.locator('#phone-sign-messages').check();
  await awayFor(page, '05:00');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.view), 'phone', 'still open after 5 minutes away');
  assert.ok(await page.locator('#phone-sign-messages').isChecked());
  await awayFor(page, '10:20');
  await page.waitForFunction(() => document.documentElement.dataset.view === 'home');
  await page.locator(`#main a[href*="v=${CODES.phone}&"]`).click();
  await page.locator('#phone-sign-messages').waitFor();
  assert.equal(await page.locator('#phone-sign-messages').isChecked(), false, 'closed: the answers went');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the ways in: Home, the plan\'s phone section, the self-check result', async () => {
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, `?lang=${lang}`);
    await page.locator(`#main a[href*="v=${CODES.phone}&"]`).click();
    await page.waitForFunction((t) => document.getElementById('view-title')?.textContent.trim() === t, TITLE[lang]);
    await open(page, app.server.url, `?v=${CODES.plan}&lang=${lang}`);
    await page.locator('#plan-s-phone summary').click();
    await page.locator(`#plan-s-phone a[href*="v=${CODES.phone}&"]`).click();
    await page.waitForFunction((t) => document.getElementById('view-title')?.textContent.trim() === t, TITLE[lang]);
    await context.close();
  }
  // The self-check's result: safe now, "No" to everything else (as check.test.mjs).
  const { page, context } = await phone(app.browser, { locale: 'vi' });
  await open(page, app.server.url, `?v=${CODES.check}&lang=vi`);
  await page.getByRole('button', { name: 'Cho chính tôi' }).click();
  for (let i = 0; i < 80; i++) {
    await page.locator('.check-question, .check-result').first().waitFor();
    if (await page.locator('.check-result').count()) break;
    const slug = await page.locator('.check-question').getAttribute('data-question');
    await page.getByRole('button', { name: slug === 'safe-now' ? 'Có' : 'Không', exact: true }).click();
    await page.waitForFunction((s) => document.querySelector('.check-question')?.dataset.question !== s, slug);
  }
  await page.locator(`.check-result a[href*="v=${CODES.phone}&"]`).click();
  await page.waitForFunction((t) => document.getElementById('view-title')?.textContent.trim() === t, TITLE.vi);
  await context.close();
});

test('the first visit stays within 100 KB and carries only the Home line, not the page', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const lang of LANGS) assert.ok(html.includes(TITLE[lang]), `Home's line in ${lang}`);
  assert.ok(!html.includes('Lịch sử đăng nhập'), 'no step words in the first paint');
  const refs = [...html.matchAll(/(?:href|src)="\.?\/?([^"?#]+)"/g)].map((m) => m[1]).filter((f) => !/^(tel:|https?:)/.test(f));
  const glue = readFileSync(join(DIST, refs.find((f) => /^safepath-[0-9a-f]{16}\.js$/.test(f))), 'utf8');
  const split = glue.match(/split-[0-9a-f]{16}\.js/)?.[0];
  const files = [...new Set(['index.html', ...refs.filter((f) => /\.(css|js|wasm|svg)$/.test(f)), split])];
  for (const f of files.filter((f) => f.endsWith('.wasm'))) {
    assert.ok(!readFileSync(join(DIST, f)).includes('Lịch sử đăng nhập'), `${f}: the steps are not in the first visit`);
  }
  const br = (f) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const total = files.reduce((s, f) => s + br(f), 0);
  assert.ok(total <= 100 * 1024, `first visit ${(total / 1024).toFixed(1)} KB`);
});

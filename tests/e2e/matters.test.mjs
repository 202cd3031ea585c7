// "What matters to me" and the trusted person, as a person meets them: the answers
// reorder the plan (with a reason) and preselect the help view's needs; the ready
// messages are sms: links with the number and the code word, or go to the share sheet,
// or are copied; nothing reaches storage, the address bar or any other origin; quick
// exit drops it; keep → reload → open brings it back; axe finds nothing serious.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phone, open, live, reloadTo, axe, traces, EMPTY_TRACES, EXIT_URL } from './harness.mjs';

const app = useApp();

const KEY = 'notes-1';
const PASS = 'Con mèo nhà bà Sáu 🐈 ផ្កាឈូក';
const MARKER = 'QZMARK4417';
const NUMBER = '090 123 45 67';
const DIAL = '0901234567';
const WORD = 'bánh xèo ' + MARKER;

async function plan(page, lang) {
  await open(page, app.server.url, `?v=2&lang=${lang}`);
  await page.locator('.matters').waitFor();
  await page.locator('.trusted').waitFor();
}

const titles = async (page) => (await page.locator('.plan-s-title').allInnerTexts()).map((s) => s.trim());
const pressed = (page) =>
  page.locator('.help-need[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.dataset.need));

/** Whatever the page could have let out: foreign requests, storage, the address. */
async function assertNothingLeft(page, context, seen) {
  const foreign = seen.filter((u) => !u.startsWith(app.server.origin + '/') && !/^(blob|data):/.test(u));
  assert.deepEqual(foreign, [], 'no request to any other origin');
  assert.deepEqual(await traces(context, page), EMPTY_TRACES, 'nothing stored');
  const url = decodeURIComponent(page.url());
  assert.match(url, /^[^#?]*(\?lang=[a-z]+)?$/, `only the language in the address: ${url}`);
  for (const s of [MARKER, DIAL, 'staying', 'children', 'money', 'xèo']) assert.ok(!url.includes(s), s);
}

test('answering in Vietnamese and English reorders the plan with reasons and preselects the help view', async () => {
  const cases = [
    {
      lang: 'vi',
      locale: 'vi-VN',
      staying: 'An toàn hơn khi vẫn ở nhà',
      children: 'Con của tôi',
      why: /Vì bạn nói các con là điều quan trọng với bạn/,
      whyStaying: /Vì bạn đang ở lại lúc này/,
      unlisted: /Về tiền bạc: danh sách này chưa có nơi nào/,
    },
    {
      lang: 'en',
      locale: 'en-US',
      staying: 'Safer while staying at home',
      children: 'My children',
      why: /Because you said your children matter to you/,
      whyStaying: /Because you are staying for now/,
      unlisted: /About money: this list has no local service/,
    },
  ];
  for (const c of cases) {
    const { page, context, seen, errors } = await phone(app.browser, { locale: c.locale });
    await plan(page, c.lang);
    const before = await titles(page);
    assert.notEqual(before[0], c.staying, `${c.lang}: the default order does not open with staying`);
    assert.equal(await page.locator('.plan-why').count(), 0);

    // Staying for now: the staying-safer section comes first, saying why.
    await page.locator('#matters-s-staying').check();
    await page.waitForFunction((t) => document.querySelector('.plan-s-title')?.textContent.trim() === t, c.staying);
    assert.match(await page.locator('.plan-section').first().locator('.plan-why').innerText(), c.whyStaying);
    await page.locator('.matters-status').getByText(/./).waitFor();

    // Children first: the children section leads, then staying safer.
    await page.locator('#matters-p-children').check();
    await page.waitForFunction((t) => document.querySelector('.plan-s-title')?.textContent.trim().startsWith(t), c.children);
    const now = await titles(page);
    assert.equal(now[1], c.staying, c.lang);
    assert.match(await page.locator('.plan-why').first().innerText(), c.why);
    assert.equal(now.length, before.length, 'every section still there once');
    assert.deepEqual([...now].sort(), [...before].sort());

    // Money and a home as well, moved to the top: its needs come first; no leaving.
    await page.locator('#matters-p-money-home').check();
    await page.locator('.matters-priority.chosen .matters-up').click();
    assert.equal(await page.locator('#matters-p-money-home').evaluate((e) => e === document.activeElement), true,
      'focus stays on the moved choice');
    assert.match(await page.locator('.matters-priority', { has: page.locator('#matters-p-money-home') }).locator('.matters-rank').innerText(), /1/);
    assert.match(await page.locator('.matters-priority', { has: page.locator('#matters-p-children') }).locator('.matters-rank').innerText(), /2/);
    // Up to three: a fourth cannot be added.
    await page.locator('#matters-p-health').check();
    assert.ok(await page.locator('#matters-p-privacy').isDisabled(), 'a fourth choice is not offered');
    await page.locator('#matters-p-health').uncheck();

    // The help view, through the main navigation: the answers' needs are preselected,
    // with an honest line where the list has nothing local.
    await page.locator('.mainnav a[href*="v=3&"]').click();
    await page.locator('.help-needs').waitFor();
    const needs = await pressed(page);
    assert.deepEqual([...needs].sort(), ['child', 'shelter', 'talk'], `${c.lang}: ${needs}`);
    await page.locator('.matters-help-note').waitFor();
    assert.match(await page.locator('.matters-unlisted').innerText(), c.unlisted);
    await assertNothingLeft(page, context, seen);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('with a number and a code word, each ready message is an sms: link to that number, the code word where it belongs', async () => {
  const { page, context, seen, errors } = await phone(app.browser);
  await plan(page, 'vi');
  // Before a number: no link, a hint; before a code word: no code-word message.
  assert.equal(await page.locator('a.trusted-sms[href^="sms:0"]').count(), 0);
  await page.locator('li[data-message="codeword"]').getByText('Ghi từ ám hiệu').waitFor();
  await page.locator('#trusted-name').fill('Chị Hai');
  await page.locator('#trusted-number').fill('09x');
  await page.locator('#trusted-number-bad').waitFor({ state: 'visible' });
  await page.locator('#trusted-number').fill(NUMBER);
  await page.locator('#trusted-number-bad').waitFor({ state: 'hidden' });
  await page.locator('#trusted-word').fill(WORD);
  await page.locator('.trusted h3').getByText('Gửi cho Chị Hai').waitFor();
  // What stays behind is said before anything can be sent.
  const behind = page.locator('.trusted-behind');
  assert.match(await behind.innerText(), /ứng dụng Tin nhắn\. Nếu không gửi, bạn nhớ xóa bản nháp/);
  assert.match(await behind.innerText(), /không bao giờ gửi vị trí/);
  const [behindY, firstLinkY] = await Promise.all([
    behind.evaluate((e) => e.getBoundingClientRect().top),
    page.locator('a.trusted-sms').first().evaluate((e) => e.getBoundingClientRect().top),
  ]);
  assert.ok(behindY < firstLinkY, 'the line comes before the buttons');

  const want = {
    'call-me': { word: false, text: 'Đọc được tin này thì gọi lại liền nha.' },
    come: { word: false, text: 'Qua đón giúp liền nha, gấp lắm.' },
    'call-113': { word: false, text: 'Gọi 113 giúp liền nha. Đang nguy hiểm.' },
    codeword: { word: true, text: `Nhớ ${WORD} nha!` },
  };
  for (const [code, w] of Object.entries(want)) {
    const href = await page.locator(`li[data-message="${code}"] a.trusted-sms`).getAttribute('href');
    const m = /^sms:([^?]+)\?body=(.*)$/.exec(href);
    assert.ok(m, `${code}: ${href}`);
    assert.equal(m[1], DIAL, code);
    const body = decodeURIComponent(m[2]);
    assert.equal(body, w.text, code);
    assert.equal(body.includes(MARKER), w.word, `${code}: code word ${w.word ? 'in' : 'not in'} the body`);
    assert.ok(!/https?:|geo:|maps|\d+\.\d{3,}/.test(body), `${code}: no link and no location`);
    assert.equal(await page.locator(`li[data-message="${code}"] .trusted-body`).innerText(), w.text);
  }
  // The help numbers, as text for a friend.
  const numbers = await page.locator('.trusted-numbers a.trusted-sms').getAttribute('href');
  assert.match(numbers, /^sms:\?body=/);
  const text = decodeURIComponent(numbers.replace(/^sms:\?body=/, ''));
  for (const n of ['113', '115', '111']) assert.ok(text.includes(n), n);
  // In English the messages follow the page's language.
  await page.locator('a[hreflang="en"], .lang-switch a[href*="lang=en"]').first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const en = await page.locator('li[data-message="codeword"] a.trusted-sms').getAttribute('href');
  assert.equal(decodeURIComponent(en.split('body=')[1]), `Don't forget ${WORD}!`);
  await assertNothingLeft(page, context, seen);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share sheet is used when the phone has one; otherwise the message is copied', async () => {
  // With a share sheet (stubbed: it records what it was handed).
  {
    const { page, context, seen, errors } = await phone(app.browser);
    await page.addInitScript(() => {
      window.__shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data) => {
          window.__shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await plan(page, 'vi');
    await page.locator('#trusted-word').fill(WORD);
    const button = page.locator('li[data-message="codeword"] .trusted-share');
    assert.equal((await button.innerText()).trim(), 'Gửi qua Zalo hay ứng dụng khác');
    await button.click();
    await page.waitForFunction(() => window.__shared.length === 1);
    const shared = await page.evaluate(() => window.__shared[0]);
    assert.deepEqual(Object.keys(shared), ['text'], 'text only: no url, no file, no location');
    assert.equal(shared.text, `Nhớ ${WORD} nha!`);
    await assertNothingLeft(page, context, seen);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // A share sheet that refuses (a host page that does not allow it): copied instead.
  for (const refuse of [false, true]) {
    const { page, context, seen, errors } = await phone(app.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript((refuse) => {
      if (refuse) {
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value: () => Promise.reject(new DOMException('not allowed', 'NotAllowedError')),
        });
      } else {
        delete Navigator.prototype.share;
      }
    }, refuse);
    await plan(page, 'en');
    const li = page.locator('li[data-message="call-me"]');
    const button = li.locator('.trusted-share');
    assert.equal((await button.innerText()).trim(), refuse ? 'Send by Zalo or another app' : 'Copy the message');
    await button.click();
    await li.locator('.trusted-said').getByText('Copied').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Call me back as soon as you see this.');
    await assertNothingLeft(page, context, seen);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('quick exit drops the answers and the trusted person', async () => {
  const { page, context, errors } = await phone(app.browser);
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await plan(page, 'vi');
  await page.locator('#matters-s-thinking').check();
  await page.locator('#matters-p-safety').check();
  await page.locator('#trusted-number').fill(NUMBER);
  await page.locator('#trusted-word').fill(WORD);
  // Held by the test: the app's own elements, which follow its state even once the
  // page is blanked (the page survives: the exit destination answers 204).
  await page.evaluate(() => {
    window.__held = ['#matters-s-thinking', '#matters-p-safety', '#trusted-number', '#trusted-word']
      .map((s) => document.querySelector(s));
    window.__link = document.querySelector('li[data-message="call-me"]');
  });
  await page.evaluate(() => document.querySelector('.quick-exit').click());
  await page.waitForFunction(() => document.body.childElementCount === 0);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const after = await page.evaluate(() => ({
    values: window.__held.map((e) => (e.type === 'radio' || e.type === 'checkbox' ? e.checked : e.value)),
    link: window.__link.querySelector('a.trusted-sms')?.getAttribute('href') ?? null,
  }));
  assert.deepEqual(after.values, [false, false, '', ''], 'answers and trusted person dropped from memory');
  assert.equal(after.link, null, 'no message to that number left');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keep → reload → open brings back the answers, the trusted person and the order', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en-US' });
  await plan(page, 'en');
  await page.locator('#matters-s-left').check();
  await page.locator('#matters-p-privacy').check();
  await page.locator('#trusted-name').fill('Aunt Lan');
  await page.locator('#trusted-number').fill(NUMBER);
  await page.locator('#trusted-word').fill(WORD);
  await page.locator('#trusted-print').check();
  const order = await titles(page);
  assert.deepEqual(order.slice(0, 2), ['Phone and online', 'After leaving']);
  await page.locator('#keep-words-new').fill(PASS);
  await page.locator('#keep-words-again').fill(PASS);
  await page.locator('.keep-form button.primary').click();
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY, { timeout: 60000 });
  const kept = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.match(kept, /^n1\.[A-Za-z0-9_-]+$/);
  assert.ok(!kept.includes(MARKER) && !kept.includes(DIAL));

  await reloadTo(page, 'plan');
  await live(page);
  await page.locator('.trusted').waitFor();
  assert.equal(await page.locator('#trusted-word').inputValue(), '');
  assert.equal(await page.locator('#matters-s-left').isChecked(), false);
  await page.locator('#keep-words-open').fill(PASS);
  await page.locator('.keep-form button.primary').click();
  await page.locator('.plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('#trusted-word')?.value !== '');
  assert.equal(await page.locator('#trusted-word').inputValue(), WORD);
  assert.equal(await page.locator('#trusted-name').inputValue(), 'Aunt Lan');
  assert.equal(await page.locator('#trusted-number').inputValue(), NUMBER);
  assert.ok(await page.locator('#trusted-print').isChecked());
  assert.ok(await page.locator('#matters-s-left').isChecked());
  assert.ok(await page.locator('#matters-p-privacy').isChecked());
  assert.deepEqual(await titles(page), order);
  // Printed only as chosen: the trusted person yes, the answers no.
  await page.emulateMedia({ media: 'print' });
  const sheet = await page.locator('.plan-print').innerText();
  assert.ok(sheet.includes('Aunt Lan') && sheet.includes(WORD));
  assert.ok(!sheet.includes('What matters to me') && !sheet.includes('I have left'));
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('accessibility: no serious or critical axe violation with the questions answered and the messages ready (vi, en)', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser);
    await plan(page, lang);
    await page.locator('#matters-s-unsure').check();
    await page.locator('#matters-p-family').check();
    await page.locator('#matters-p-health').check();
    await page.locator('#trusted-number').fill('12');
    await page.locator('#trusted-word').fill('hoa sen');
    assert.deepEqual(await axe(page), [], lang);
    await page.locator('#trusted-number').fill(NUMBER);
    assert.deepEqual(await axe(page), [], lang);
    await page.locator('.mainnav a[href*="v=3&"]').click();
    await page.locator('.matters-help-note').waitFor();
    assert.deepEqual(await axe(page), [], `${lang} help`);
    await context.close();
  }
});

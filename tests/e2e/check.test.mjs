// The private self-check as a person meets it: start, one question per screen, the
// result that fits the answers, Back, keyboard only, accessibility, and no trace left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, phone, open, axe, traces, EMPTY_TRACES,
} from './harness.mjs';

const BEFORE = '/before.html';
const app = useApp({
  extra: { [BEFORE]: ['text/html', '<title>before</title><p>an ordinary page</p>'] },
});

/** The questions in the order shown (core::check::Question::ALL). */
const QUESTIONS = [
  'safe-now', 'insults', 'isolation', 'phone', 'money', 'jealousy', 'hit', 'worse',
  'forced-sex', 'pregnancy', 'children', 'separation', 'stalking', 'suicide-threat',
  'weapon', 'choke', 'threat-kill', 'fear-killed',
];

/** Button names as a person reads them. */
const WORDS = {
  vi: { yes: 'Có', no: 'Không', unsure: 'Không chắc', skip: 'Bỏ qua câu này', back: 'Quay lại', me: 'Cho chính tôi', other: 'Cho một người tôi quan tâm' },
  en: { yes: 'Yes', no: 'No', unsure: 'Not sure', skip: 'Skip this question', back: 'Back', me: 'For me', other: 'For someone I care about' },
};

async function begin(page, lang, mode = 'me') {
  await open(page, app.server.url, `?v=1&lang=${lang}`);
  await page.getByRole('button', { name: WORDS[lang][mode] }).click();
  await page.locator('.check-question[data-question="safe-now"]').waitFor();
}

/** The slug of the question on screen, or null on the result. */
async function onScreen(page) {
  await page.locator('.check-question, .check-result').first().waitFor();
  return page.locator('.check-question').getAttribute('data-question', { timeout: 200 }).catch(() => null);
}

/** Answers the question on screen and waits for the next screen. */
async function reply(page, lang, what) {
  const slug = await onScreen(page);
  const name = WORDS[lang][what];
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(
    (s) => document.querySelector('.check-question')?.dataset.question !== s,
    slug,
  );
}

/** Answers every remaining question: `pick(slug)` says yes/no/unsure/skip. */
async function finish(page, lang, pick) {
  for (;;) {
    const slug = await onScreen(page);
    if (slug === null) break;
    await reply(page, lang, pick(slug));
  }
  await page.locator('.check-result').waitFor();
}

/** Safe now, and only `yes` answered Yes. */
const only = (...yes) => (slug) => (slug === 'safe-now' || yes.includes(slug) ? 'yes' : 'no');

const resultTels = (page) =>
  page.locator('.check-result a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

test('all Yes, in vi and en: serious danger in words, 113 first, 111 too, help options', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context, errors } = await phone(app.browser, { locale: lang });
    await begin(page, lang);
    assert.match(await page.locator('.check-progress').innerText(), /1 \/ 18/);
    await finish(page, lang, () => 'yes');
    const result = page.locator('.check-result');
    assert.equal(await result.getAttribute('data-urgency'), 'serious');
    const tels = await resultTels(page);
    assert.equal(tels[0], 'tel:113', `${lang}: 113 comes first, got ${tels}`);
    assert.ok(tels.includes('tel:111'), `${lang}: children harmed, 111 too`);
    // The first link in the whole view's content is 113.
    assert.equal(await page.locator('#main a[href^="tel:"]').first().getAttribute('href'), 'tel:113');
    const text = await result.innerText();
    assert.match(text, lang === 'vi' ? /không phải lỗi của bạn/ : /not your fault/);
    assert.match(text, lang === 'vi' ? /dấu hiệu nguy hiểm nghiêm trọng/ : /signs of serious danger/);
    assert.match(text, lang === 'vi' ? /Bạo lực về tình dục/ : /Sexual violence/);
    assert.ok(await page.locator('.check-lines li').count() >= 1, 'hotlines shown');
    assert.ok(await page.locator('.check-to-help').isVisible());
    // No score, no number, no label.
    assert.doesNotMatch(text, /\d+\s*\/\s*18|\bscore\b: ?\d|điểm: ?\d/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('all No, in vi and en: the emergency step first (not safe now), and help options still shown', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await begin(page, lang);
    await finish(page, lang, () => 'no');
    assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'emergency');
    // The emergency step comes before the opening words.
    const order = await page.evaluate(() => {
      const u = document.querySelector('.check-urgency');
      const b = document.querySelector('.check-believe');
      return !!(u.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(order, 'emergency before the opening');
    assert.equal((await resultTels(page))[0], 'tel:113');
    assert.ok(await page.locator('.check-lines li').count() >= 1, `${lang}: hotlines`);
    assert.ok(await page.locator('.check-to-help').isVisible(), `${lang}: contacts`);
    await context.close();
  }
});

test('safe now and nothing else shared: calm words, no 113 in the result, help options still shown', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await begin(page, lang);
    await finish(page, lang, only());
    assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'none');
    // Nothing was shared: no thanks for disclosing, no verdict either way; what the
    // answers do and do not mean, and how to find help anyway.
    const text = await page.locator('.check-result').innerText();
    assert.doesNotMatch(text, lang === 'vi' ? /không phải lỗi của bạn|không thấy dấu hiệu/ : /not your fault|no signs/i);
    assert.match(text, lang === 'vi' ? /không nói lên rằng mọi chuyện ổn hay không ổn/ : /does not show that things are fine, or that they are not/);
    assert.match(text, lang === 'vi' ? /gọi các số bên dưới/ : /call the numbers below/);
    assert.deepEqual((await resultTels(page)).filter((t) => t === 'tel:113'), []);
    assert.ok(await page.locator('.check-help').isVisible());
    assert.ok(await page.locator('.check-lines li').count() >= 1);
    assert.ok(await page.locator('.check-to-help').isVisible());
    await context.close();
  }
});

test('strangulation alone: serious danger, 113 first, and a medical check even without injury', async () => {
  const { page, context } = await phone(app.browser, { locale: 'en' });
  await begin(page, 'en');
  await finish(page, 'en', only('choke'));
  assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'serious');
  const medical = page.locator('.check-medical');
  assert.ok(await medical.isVisible());
  assert.match(await medical.innerText(), /medical check/i);
  assert.equal(await medical.locator('a[href="tel:115"]').count(), 1);
  assert.equal((await resultTels(page))[0], 'tel:113');
  await context.close();
});

test('child harm alone: 111 is the number to call first', async () => {
  const { page, context } = await phone(app.browser, { locale: 'vi' });
  await begin(page, 'vi');
  await finish(page, 'vi', only('children'));
  const tels = await resultTels(page);
  assert.equal(tels[0], 'tel:111', `got ${tels}`);
  assert.ok(!tels.includes('tel:113'), 'not urgent: no 113 in the result itself');
  assert.match(await page.locator('.check-result').innerText(), /Bạo lực liên quan đến trẻ em/);
  assert.equal(await page.locator('.check-medical').count(), 0);
  await context.close();
});

test('Back changes an answer and the result follows', async () => {
  const { page, context } = await phone(app.browser, { locale: 'en' });
  await begin(page, 'en');
  // Up to the choking question, answering Yes there.
  for (const slug of QUESTIONS.slice(0, QUESTIONS.indexOf('choke') + 1)) {
    await reply(page, 'en', slug === 'safe-now' || slug === 'choke' ? 'yes' : 'no');
  }
  assert.equal(await onScreen(page), 'threat-kill');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('.check-question[data-question="choke"]').waitFor();
  // The earlier answer is shown, and focus is on the question.
  assert.equal(await page.getByRole('button', { name: 'Yes', exact: true }).getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'view-title', null, { timeout: 3000 });
  await reply(page, 'en', 'no');
  await finish(page, 'en', () => 'no');
  assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'none');
  assert.equal(await page.locator('.check-medical').count(), 0);
  // From the result, Back to the last question; a Yes there changes the result again.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('.check-question[data-question="fear-killed"]').waitFor();
  await reply(page, 'en', 'yes');
  await page.locator('.check-result').waitFor();
  assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'serious');
  // Back from the first question returns to the start screen.
  const { page: p2, context: c2 } = await phone(app.browser, { locale: 'en' });
  await begin(p2, 'en');
  await p2.getByRole('button', { name: 'Back' }).click();
  await p2.locator('.check-start').waitFor();
  await c2.close();
  await context.close();
});

test('keyboard only: Tab, Enter and Space reach a result; focus lands on each question', async () => {
  const { page, context } = await phone(app.browser, { locale: 'vi' });
  await open(page, app.server.url, '?v=1&lang=vi');
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.dataset?.mode === 'me');
  }
  assert.ok(found, 'the "for me" button is reachable by Tab');
  await page.keyboard.press('Enter');
  for (let i = 0; i < QUESTIONS.length; i++) {
    await page.locator(`.check-question[data-question="${QUESTIONS[i]}"]`).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'view-title');
    const heading = await page.evaluate(() => document.activeElement.closest('legend') !== null);
    assert.ok(heading, 'focus is on the question heading');
    // From the heading: Tab → Yes, Tab → No. Safe now: Yes (Enter); then No (Space).
    await page.keyboard.press('Tab');
    if (i === 0) {
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
  }
  await page.locator('.check-result').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'view-title');
  assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'none');
  await context.close();
});

test('axe: start screen, a question and the result have no serious or critical violation, in vi and en', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, `?v=1&lang=${lang}`);
    assert.deepEqual(await axe(page), [], `${lang} start`);
    await page.getByRole('button', { name: WORDS[lang].me }).click();
    await reply(page, lang, 'yes');
    await reply(page, lang, 'yes');
    await page.getByRole('button', { name: WORDS[lang].back }).click();
    await page.locator('.check-question[data-question="insults"]').waitFor();
    assert.deepEqual(await axe(page), [], `${lang} question (with an answer shown)`);
    await finish(page, lang, () => 'yes');
    assert.deepEqual(await axe(page), [], `${lang} result`);
    await context.close();
  }
});

test('after the check: no storage, no cookies, no new history entry, no answer in the address', async () => {
  const { page, context, seen } = await phone(app.browser, { locale: 'vi' });
  await page.goto(app.server.origin + BEFORE);
  await open(page, app.server.url, '?v=1&lang=vi');
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: WORDS.vi.me }).click();
  await finish(page, 'vi', (slug) => (slug === 'hit' ? 'unsure' : slug === 'money' ? 'skip' : 'yes'));
  assert.equal(await page.evaluate(() => history.length), length, 'no history entry');
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  // The address names no view and holds no answer: only the language, as opened.
  assert.equal(new URL(page.url()).search, '?lang=vi', `address: ${page.url()}`);
  const foreign = seen.filter((u) => !u.startsWith(app.server.origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('"someone I care about": questions and result speak to the helper', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await begin(page, lang, 'other');
    assert.match(
      await page.locator('#view-title').innerText(),
      lang === 'vi' ? /người ấy/ : /are they safe/,
    );
    await reply(page, lang, 'yes');
    assert.match(
      await page.locator('#view-title').innerText(),
      lang === 'vi' ? /Người gây bạo lực/ : /the person hurting them/,
    );
    await finish(page, lang, only('insults'));
    const helper = page.locator('.check-helper');
    assert.ok(await helper.isVisible(), `${lang}: helper guidance`);
    assert.match(await helper.innerText(), lang === 'vi' ? /Lắng nghe mà không phán xét/ : /Listen without judging/);
    assert.match(await page.locator('.check-result h1').innerText(), lang === 'vi' ? /người ấy/ : /to help them/);
    await context.close();
  }
  // "For me" has no helper section.
  const { page, context } = await phone(app.browser, { locale: 'en' });
  await begin(page, 'en');
  await finish(page, 'en', only('insults'));
  assert.equal(await page.locator('.check-helper').count(), 0);
  await context.close();
});

test('next steps: contacts open the help view; the plan keeps the result; Home erases it', async () => {
  const { page, context } = await phone(app.browser, { locale: 'en' });
  await begin(page, 'en');
  await finish(page, 'en', only('choke'));
  await page.locator('.check-to-help').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'help');
  // Back to the self-check: the result of this visit is still there (no answers: no Back).
  await page.locator('.mainnav a[href*="v=1&"]').click();
  await page.locator('.check-result').waitFor();
  assert.equal(await page.locator('.check-result').getAttribute('data-urgency'), 'serious');
  assert.equal(await page.locator('.check-result .check-back').count(), 0);
  await page.locator('.check-to-plan').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'plan');
  await page.locator('.mainnav a[href*="v=1&"]').click();
  await page.locator('.check-result').waitFor();
  // Leaving the self-check for Home forgets it: the self-check starts afresh.
  await page.locator('.mainnav a').first().click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'home');
  await page.locator('.mainnav a[href*="v=1&"]').click();
  await page.locator('.check-start').waitFor();
  assert.equal(await page.locator('.check-result').count(), 0);
  await context.close();
});

test('switching language mid-check keeps the place and the answers', async () => {
  const { page, context } = await phone(app.browser, { locale: 'vi' });
  await begin(page, 'vi');
  await reply(page, 'vi', 'yes');
  await reply(page, 'vi', 'yes');
  await page.locator('.langs a[lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await onScreen(page), 'isolation');
  assert.match(await page.locator('.check-progress').innerText(), /3 \/ 18/);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('.check-question[data-question="insults"]').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Yes', exact: true }).getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('a whole run-through is quick: the app never makes a person wait', async () => {
  const { page, context } = await phone(app.browser, { locale: 'vi' });
  const t0 = Date.now();
  await begin(page, 'vi');
  await finish(page, 'vi', () => 'no');
  const ms = Date.now() - t0;
  assert.ok(ms < 15000, `18 screens took ${ms} ms of app time`);
  await context.close();
});

// The pages for the people around someone, as a friend, a teacher and a child meet them:
// each deep link in each language with the emergency numbers and quick exit; the child's
// page (111 first, short sentences, nothing asked); the ways in (Home, the self-check for
// someone else, the 111 card, the share view); the teachers' QR code on the poster; and
// the promises: no storage, no history entry, no request elsewhere, axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { useApp, phone, open, axeEach, walkLeavesNothing, LANGS, CODES } from './harness.mjs';

const JSQR = resolve('node_modules/jsqr/dist/jsQR.js');
const app = useApp();
const PAGES = ['helper', 'teacher', 'child'];

/** Headings a person reads first, per language (from locales/*). */
const TITLES = {
  helper: { vi: 'Khi bạn bè, người thân của bạn đang bị bạo lực', en: 'When someone you care about is facing violence', km: 'ពេលមនុស្សជាទីស្រឡាញ់កំពុងរងអំពើហិង្សា' },
  teacher: { vi: 'Dành cho thầy cô và nhân viên nhà trường', en: 'For teachers and school staff', km: 'សម្រាប់លោកគ្រូ អ្នកគ្រូ និងបុគ្គលិកសាលា' },
  child: { vi: 'Trang này dành cho em', en: 'This page is for you', km: 'ទំព័រនេះសម្រាប់ប្អូន' },
};

/**
 * Sentences of a text: split at full stops, question and exclamation marks, colons,
 * the Khmer khan (។) and line breaks. Length is counted in words for Vietnamese (one per
 * syllable) and English, and in letters (no spaces) for Khmer, which writes no spaces
 * between words.
 */
function sentenceStats(text, lang) {
  const sentences = text
    .split(/[.!?:។\n]+/u)
    .map((s) => s.replace(/[“”«»"()]/g, '').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const size = (s) => (lang === 'km' ? [...s.replace(/\s+/g, '')].length : s.split(/\s+/).length);
  const lengths = sentences.map(size);
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { count: lengths.length, avg, max: Math.max(...lengths) };
}

/** Text a person reads in the view itself (not the chrome around it). */
const mainText = (page) => page.locator('#main').innerText();

test('each page opens by its deep link in each language, with the numbers and quick exit', async () => {
  for (const lang of LANGS) {
    const { page, context, errors } = await phone(app.browser, { locale: lang });
    for (const view of PAGES) {
      await open(page, app.server.url, `?v=${CODES[view]}&lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${view} ${lang}`);
      assert.equal((await page.locator('#view-title').innerText()).trim(), TITLES[view][lang], `${view} ${lang}`);
      assert.equal(new URL(page.url()).search, `?lang=${lang}`, "the deep link's words leave the address");
      assert.ok(await page.locator('.quick-exit').isVisible(), `${view} ${lang} quick exit`);
      for (const n of ['113', '115', '111']) {
        assert.equal(await page.locator(`.emergency a[href="tel:${n}"]`).count(), 1, `${view} ${lang} strip tel:${n}`);
      }
      // Each page also offers 113 and 111 as big buttons in its own words.
      for (const n of ['113', '111']) {
        assert.ok(await page.locator(`#main a.people-call[href="tel:${n}"]`).first().isVisible(), `${view} ${lang} tel:${n}`);
      }
      // Every message is in the page's language: no id shown in place of words.
      assert.doesNotMatch(await mainText(page), /\b(helper|teacher|child|people)-[a-z-]+\b/, `${view} ${lang}`);
    }
    assert.deepEqual(errors, [], `${lang}: no page errors`);
    await context.close();
  }
});

test('the helper page gives ready words, words to avoid, practical help, and safe sharing', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=7&lang=vi');
  const say = await page.locator('.people-say li').allInnerTexts();
  assert.ok(say.includes('“Mình tin bạn.”') && say.includes('“Đó không phải lỗi của bạn.”'), say.join('|'));
  const avoid = await page.locator('.people-avoid-say').allInnerTexts();
  assert.ok(avoid.includes('“Sao không bỏ đi cho rồi?”'), avoid.join('|'));
  const text = await mainText(page);
  for (const want of [/hòa giải/, /từ ám hiệu/, /giấy tờ/, /Thoát nhanh/, /điện thoại của người ấy có thể bị người khác xem/i]) {
    assert.match(text, want);
  }
  await context.close();
});

test('the teacher page says of the school only what Art. 19 says', async () => {
  for (const [lang, quote] of [
    ['vi', 'cơ sở giáo dục nơi người bị bạo lực gia đình là người học'],
    ['en', 'the educational institution where the person subjected to domestic violence is a learner'],
  ]) {
    const { page, context } = await phone(app.browser);
    await open(page, app.server.url, `?v=8&lang=${lang}`);
    const law = await page.locator('section[aria-labelledby="teacher-law-title"]').innerText();
    assert.ok(law.includes(quote), law);
    // No duty or obligation the law does not state.
    assert.doesNotMatch(law, /bắt buộc|nghĩa vụ|phải báo|must report|required to|obliged|duty/i, law);
    const text = await mainText(page);
    assert.match(text, lang === 'vi' ? /Đừng hứa giữ bí mật/ : /Do not promise to keep a secret/);
    assert.match(text, lang === 'vi' ? /Đừng hỏi như điều tra/ : /like an investigator/);
    await context.close();
  }
});

test('the child page: 111 first, big buttons, no questions, nothing to fill in, short sentences', async () => {
  const measured = {};
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, `?v=9&lang=${lang}`);
    const calls = await page.locator('#main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(calls[0], 'tel:111', `${lang}: ${calls}`);
    assert.ok(calls.includes('tel:113'), `${lang}: ${calls}`);
    // The 111 button is big (a thumb, not a fingertip) and wide.
    const box = await page.locator('#main a[href="tel:111"]').boundingBox();
    assert.ok(box && box.height >= 64 && box.width >= 280, `${lang}: 111 button ${JSON.stringify(box)}`);
    // It asks nothing: no field, no choice, no question mark.
    assert.equal(await page.locator('#main input, #main textarea, #main select, #main button').count(), 0);
    const text = await mainText(page);
    assert.doesNotMatch(text, /[?？]/, lang);
    // "free" is said of 111 only.
    const note = await page.locator('.people-call-note').allInnerTexts();
    assert.equal(note.length, 1, `${lang}: one note, under 111`);
    const child = sentenceStats(text, lang);
    await open(page, app.server.url, `?v=7&lang=${lang}`);
    const grown = sentenceStats(await mainText(page), lang);
    measured[lang] = { child: child.avg.toFixed(1), max: child.max, helper: grown.avg.toFixed(1) };
    // Bounds measured on this text (vi 6.4 words, en 5.8 words, km 26.4 letters on
    // average; the helper page: 9.8, 8.4, 42.1) with some room; the helper page, written
    // for adults, is longer.
    const bound = { vi: 9, en: 8, km: 34 }[lang];
    assert.ok(child.avg <= bound, `${lang}: ${child.avg.toFixed(1)} a sentence (bound ${bound})`);
    assert.ok(child.avg < grown.avg * 0.75, `${lang}: child ${child.avg.toFixed(1)} vs helper ${grown.avg.toFixed(1)}`);
    await context.close();
  }
  console.log('sentence length (child avg, child max, helper avg):', JSON.stringify(measured));
});

test('ways in: Home, the 111 card, the share view, and the self-check for someone else', async () => {
  const { page, context } = await phone(app.browser);
  // From Home, each page is one tap away.
  for (const view of PAGES) {
    await open(page, app.server.url, '?lang=vi');
    await page.locator(`.home-people a[href*="v=${CODES[view]}&"]`).click();
    await page.waitForFunction((v) => document.documentElement.dataset.view === v, view);
    assert.equal((await page.locator('#view-title').innerText()).trim(), TITLES[view].vi);
  }
  // The 111 card in the contacts leads to the child's page.
  await open(page, app.server.url, '?v=3&lang=en&n=6');
  await page.locator('.help-card[data-id="child-111"] .help-child-page a').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'child');
  assert.equal((await page.locator('#view-title').innerText()).trim(), TITLES.child.en);
  // The share view leads to the teachers' page.
  await open(page, app.server.url, '?v=6&lang=vi');
  await page.locator('.share-teacher-page a').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'teacher');
  // The self-check result in "someone I care about" mode links to the helper page; "for me" does not.
  for (const [mode, name] of [['other', 'Cho một người tôi quan tâm'], ['me', 'Cho chính tôi']]) {
    await open(page, app.server.url, '?v=1&lang=vi');
    await page.getByRole('button', { name }).click();
    for (;;) {
      const q = page.locator('.check-question');
      await page.locator('.check-question, .check-result').first().waitFor();
      const slug = await q.getAttribute('data-question', { timeout: 200 }).catch(() => null);
      if (slug === null) break;
      const answer = slug === 'safe-now' || slug === 'insults' ? 'Có' : 'Không';
      await page.getByRole('button', { name: answer, exact: true }).click();
      await page.waitForFunction((s) => document.querySelector('.check-question')?.dataset.question !== s, slug);
    }
    const link = page.locator('.check-result a[href*="v=7&"]');
    if (mode === 'me') {
      assert.equal(await link.count(), 0, 'no helper link for oneself');
      continue;
    }
    assert.ok(await link.isVisible(), 'helper link in someone mode');
    await link.click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'helper');
    assert.equal((await page.locator('#view-title').innerText()).trim(), TITLES.helper.vi);
  }
  await context.close();
});

/** Decodes a PNG with jsQR in a blank page (no app code involved). */
async function decode(png) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.addScriptTag({ path: JSQR });
  const text = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    // eslint-disable-next-line no-undef
    return jsQR(data.data, data.width, data.height)?.data ?? null;
  }, Buffer.from(png).toString('base64'));
  await context.close();
  return text;
}

/** A screenshot of an element scrolled to mid-screen (not under the sticky top bar). */
async function shot(page, selector) {
  const el = page.locator(selector);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  return el.screenshot();
}

function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  return (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test('the school poster can carry a second QR code that opens the teachers’ page', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=6&lang=vi');
  assert.equal(await page.locator('.poster-teacher').count(), 0, 'only when the school chooses it');
  await page.locator('input.share-teacher-qr').check();
  for (const lang of LANGS) {
    await page.locator(`label.share-choice[lang="${lang}"]`).click();
    const want = `${app.server.url}?v=8&lang=${lang}`;
    assert.equal(await decode(await shot(page, '.poster-teacher-qr')), want, lang);
    assert.equal((await page.locator('.poster-teacher-link').innerText()).trim(), want);
    // The poster's own QR code still holds the poster's link.
    assert.equal(await decode(await shot(page, '.poster-qr')), `${app.server.url}?lang=${lang}`);
    // The neutral wording stays neutral with the teachers' line.
    await page.locator('.share-check input').first().check();
    assert.doesNotMatch(await page.locator('.poster').innerText(), /bạo lực|violence|abuse|hurt|ហិង្សា/i, lang);
    await page.locator('.share-check input').first().uncheck();
  }
  // Still one page on A4 and on A5. Khmer is left out here: without a Khmer font on the
  // test machine even the plain poster runs over (share.test.mjs fails the same way).
  for (const lang of ['vi', 'en']) {
    await page.locator(`label.share-choice[lang="${lang}"]`).click();
    for (const paper of ['A4', 'A5']) {
      await page.locator('label.share-choice', { hasText: paper }).click();
      assert.equal(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), 1, `${lang} ${paper}`);
    }
  }
  await context.close();
});

test('moving between the pages leaves no trace, adds no history entry, asks no one else', () =>
  walkLeavesNothing(app, async (page) => {
    await page.locator('.home-people a[href*="v=7&"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'helper');
    await page.locator('#main a[href*="v=9&"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'child');
    await page.locator('.langs a[lang="km"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.locator('.brand').click();
    await page.locator('.home-people a[href*="v=8&"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'teacher');
    await page.locator('#main a[href*="v=6&"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.view === 'share');
  }));

test('accessibility: no serious or critical axe violation on the three pages in vi, en and km', () =>
  axeEach(app, [...PAGES, 'home']));

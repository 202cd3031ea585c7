// "Get help" as a person meets it: choosing needs and a commune, the commune's own
// People's Committee and police, the one-stop centre as a place to go (no phone), the
// numbers to call, deep links from posters, the "not yet confirmed" mark, numbers that
// must never show, the printed help card, working with the network gone, leaving nothing
// behind, and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, phone, open, axe, traces, EMPTY_TRACES, LANGS, NEED_CODES,
} from './harness.mjs';

const app = useApp();

const LONG_XUYEN = 30307;
const AN_PHU = 30337;
const PHU_QUOC = 31078;
const CENTRE = 'anh-duong-an-giang';
// 1800 8077 (one machine-translated page) and 1800 1567 (replaced by 111 in 2017).
const NEVER = /1800[\s.]*8077|18008077|1800[\s.]*1567|18001567/;

/** Ids of the result cards shown, in order (the commune's offices are not results). */
const cardIds = (page) => page.locator('.help-group .help-card').evaluateAll((els) => els.map((e) => e.dataset.id));
/** Every tel:/sms: link inside the results. */
const links = (page, scheme) =>
  page.locator(`.help-card a[href^="${scheme}:"]`).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
const input = (page) => page.locator('#help-place-input');
const suggestions = (page) => page.locator('.help-suggestion-name').allInnerTexts();
const pressed = (page) =>
  page.locator('.help-need[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.dataset.need));

// The view moves focus on the next animation frame, after the click has returned: wait
// (briefly) for it to land rather than racing that frame.
async function focusLands(page, locator) {
  const el = await locator.elementHandle();
  return page
    .waitForFunction((e) => e === document.activeElement, el, { timeout: 3000 })
    .then(() => true, () => false);
}

async function search(page, text) {
  await input(page).fill(text);
  // The live region has answered once suggestions (or "none") are in.
  await page.locator('.help-search-status').filter({ hasText: /\S/ }).waitFor();
}

test('filter by need and place, in Vietnamese and in English', async () => {
  const words = {
    vi: { talk: 'Cần người lắng nghe', medical: 'Cần chăm sóc y tế', national: 'Trên cả nước', change: 'Chọn nơi khác' },
    en: { talk: 'Someone to talk to', medical: 'Medical care', national: 'Nationwide', change: 'Choose another place' },
  };
  for (const [lang, w] of Object.entries(words)) {
    const { page, context, errors } = await phone(app.browser);
    await open(page, app.server.url, `?v=3&lang=${lang}`);
    // Nothing chosen: everything, emergency numbers first.
    assert.equal((await cardIds(page))[0], 'police-113', lang);

    await page.getByRole('button', { name: w.talk }).click();
    assert.deepEqual(await pressed(page), ['talk']);
    assert.deepEqual(await cardIds(page), [CENTRE, 'peace-house-line', 'farmers-union-line'], `${lang} talk`);
    assert.ok(await page.getByRole('heading', { level: 2, name: w.national }).isVisible());

    await page.getByRole('button', { name: w.medical }).click();
    assert.deepEqual(await pressed(page), ['medical', 'talk']);
    assert.ok((await cardIds(page)).includes('ambulance-115'), `${lang} medical adds 115`);
    await page.getByRole('button', { name: w.talk }).click();
    assert.deepEqual(await cardIds(page), [CENTRE, 'ambulance-115'], `${lang} medical only`);

    // The place: a labelled box, suggestions as buttons, the choice shown with a way back.
    await page.getByLabel(lang === 'vi' ? 'Bạn ở xã, phường nào?' : 'Which commune or ward are you in?').fill('long xuyen');
    await page.locator('.help-suggestion').first().waitFor();
    assert.equal((await suggestions(page))[0], 'phường Long Xuyên');
    await page.locator('.help-suggestion').first().click();
    await page.locator('.help-chosen').waitFor();
    assert.match(await page.locator('.help-chosen-text').innerText(), /phường Long Xuyên/);
    const change = page.getByRole('button', { name: w.change });
    assert.ok(await focusLands(page, change), 'focus moves to "change"');
    assert.deepEqual(await cardIds(page), [CENTRE, 'ambulance-115']);
    // The commune's own offices come first, by name.
    assert.match(await page.locator('.help-commune').innerText(), /UBND phường Long Xuyên/);

    await change.click();
    assert.ok(await focusLands(page, input(page)), 'focus back in the box');
    assert.equal(await page.locator('.help-chosen').count(), 0);
    assert.equal(await page.locator('.help-commune').count(), 0, 'no commune, no offices');
    assert.deepEqual(errors, [], lang);
    await context.close();
  }
});

test('place search ignores marks and case; old district names find their communes', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=3&lang=vi');
  for (const q of ['long xuyen', 'Long Xuyên', 'LONG XUYEN', 'phường long xuyên']) {
    await search(page, q);
    assert.equal((await suggestions(page))[0], 'phường Long Xuyên', q);
    assert.match(await page.locator('.help-search-status').innerText(), /^Có \d+ nơi phù hợp/, q);
  }
  // The old district: "huyện Tịnh Biên" is gone, its communes are found by it.
  await search(page, 'tinh bien');
  const tb = await suggestions(page);
  assert.ok(tb.includes('xã Núi Cấm'), `tinh bien: ${tb}`);
  assert.ok(
    await page.locator('.help-suggestion', { hasText: 'xã Núi Cấm' }).innerText().then((t) => /Tịnh Biên/.test(t)),
    'the suggestion says where it used to be',
  );
  await search(page, 'huyện chợ mới');
  const cm = await suggestions(page);
  assert.ok(cm.includes('xã Long Kiến') && cm.includes('xã Chợ Mới'), `cho moi: ${cm}`);
  // A former commune merged into today's unit.
  await search(page, 'hon tre');
  assert.ok((await suggestions(page)).includes('đặc khu Kiên Hải'));
  // Nothing found: said, not silent.
  await search(page, 'zzz');
  assert.equal(await page.locator('.help-suggestion').count(), 0);
  assert.match(await page.locator('.help-search-status').innerText(), /Không tìm thấy/);

  // Keyboard: arrow down into the list, arrows within it, Enter on a button chooses.
  await search(page, 'chau doc');
  await input(page).press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'help-suggestion');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const code = await page.evaluate(() => document.activeElement.dataset.code);
  await page.keyboard.press('Enter');
  await page.locator('.help-chosen').waitFor();
  assert.ok(code, 'a suggestion had focus');
  // Enter in the box takes the first suggestion.
  await page.locator('.help-chosen button').click();
  await input(page).fill('Rạch Giá');
  await input(page).press('Enter');
  assert.match(await page.locator('.help-chosen-text').innerText(), /phường Rạch Giá/);
  await context.close();
});

test('tel: and sms: links are exactly the numbers in the data, normalised', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, `?v=3&lang=vi&a=${LONG_XUYEN}`);
  const tel = await links(page, 'tel');
  for (const want of ['tel:113', 'tel:115', 'tel:114', 'tel:111', 'tel:1900969680', 'tel:18001768']) {
    assert.ok(tel.includes(want), `${want} in ${tel}`);
  }
  for (const href of tel) assert.match(href, /^tel:\d{3,11}$/);
  assert.deepEqual(await links(page, 'sms'), ['sms:18001768'], 'only the line that takes texts');
  // The call button says the number the way it is read aloud.
  assert.match(await page.locator('a[href="tel:1900969680"]').innerText(), /Gọi 1900 969680/);
  await context.close();
});

test('deep links from posters and schools preselect the need and the place', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, `?v=3&n=2&a=${AN_PHU}`);
  assert.deepEqual(await pressed(page), ['medical']);
  assert.match(await page.locator('.help-chosen-text').innerText(), /xã An Phú/);
  assert.deepEqual(await cardIds(page), [CENTRE, 'ambulance-115']);
  // The address bar keeps no view, need or commune.
  assert.equal(new URL(page.url()).search, '', page.url());
  // Posters printed before the neutral words still open what they promise.
  await open(page, app.server.url, `?view=help&need=medical&area=${AN_PHU}`);
  assert.deepEqual(await pressed(page), ['medical']);
  assert.match(await page.locator('.help-chosen-text').innerText(), /xã An Phú/);
  assert.equal(new URL(page.url()).search, '', page.url());

  await open(page, app.server.url, '?v=3&n=6&lang=en');
  assert.deepEqual(await pressed(page), ['child']);
  assert.equal((await cardIds(page))[0], 'child-111');
  assert.ok(await input(page).isVisible(), 'no place chosen: the search box is offered');

  // An unknown commune code is quietly ignored.
  await open(page, app.server.url, '?v=3&n=3&a=99999');
  assert.ok(await input(page).isVisible());
  assert.ok((await cardIds(page)).length > 0);
  await context.close();
});

test('"I am in danger now" puts 113 first, under the emergency heading', async () => {
  const { page, context } = await phone(app.browser);
  for (const q of ['?v=3&n=1', `?v=3&n=1,3&a=${LONG_XUYEN}`]) {
    await open(page, app.server.url, q + '&lang=vi');
    assert.equal((await cardIds(page))[0], 'police-113', q);
    assert.equal(
      await page.locator('.help-group h2').first().innerText(),
      'Nếu bạn đang gặp nguy hiểm, hãy gọi ngay',
    );
    assert.equal(await page.locator('.help-group .help-card').first().locator('a[href^="tel:"]').getAttribute('href'), 'tel:113');
  }
  await context.close();
});

test('unverified entries carry a visible "not yet confirmed" mark; verified ones do not', async () => {
  const { page, context } = await phone(app.browser);
  for (const [lang, mark] of [['vi', 'Chưa xác nhận'], ['en', 'Not yet confirmed']]) {
    await open(page, app.server.url, `?v=3&lang=${lang}`);
    for (const id of ['peace-house-line', 'farmers-union-line']) {
      const m = page.locator(`.help-card[data-id="${id}"] .help-unconfirmed-mark`);
      assert.ok(await m.isVisible(), `${id} ${lang}`);
      assert.match(await m.innerText(), new RegExp(mark));
    }
    for (const id of ['police-113', 'ambulance-115', 'child-111']) {
      assert.equal(await page.locator(`.help-card[data-id="${id}"] .help-unconfirmed`).count(), 0, id);
    }
  }
  await context.close();
});

test('1800 8077 and 1800 1567 never appear, on screen or on the printed card, whatever is chosen', async () => {
  const { page, context } = await phone(app.browser);
  for (const lang of LANGS) {
    for (const need of ['', 'danger', 'medical', 'talk', 'legal', 'shelter', 'child']) {
      for (const area of [LONG_XUYEN, AN_PHU, '']) {
        const q = `?v=3&lang=${lang}${need ? `&n=${NEED_CODES[need]}` : ''}${area ? `&a=${area}` : ''}`;
        await open(page, app.server.url, q);
        // The page's markup includes the card kept for paper.
        const html = await page.content();
        assert.ok(!NEVER.test(html), q);
        assert.ok(html.includes('helpcard-heading'), `${q}: the card is in the page`);
      }
    }
  }
  await context.close();
});

test('legal help and a safe place: the one-stop centre, with no phone, and nothing said to be missing', async () => {
  const { page, context } = await phone(app.browser);
  for (const need of ['legal', 'shelter']) {
    await open(page, app.server.url, `?v=3&lang=vi&n=${NEED_CODES[need]}&a=${AN_PHU}`);
    assert.deepEqual(await cardIds(page), [CENTRE], need);
    assert.equal(await page.locator('.help-note').count(), 0, `${need}: nothing is missing any more`);
    assert.deepEqual(await links(page, 'tel'), [], `${need}: the centre has no number to call`);
  }
  await context.close();
});

test('choosing any commune shows its People\'s Committee and police by name, and the centre with no phone', async () => {
  const { page, context, errors } = await phone(app.browser);
  const places = [
    [AN_PHU, 'xã An Phú'],
    [30544, 'xã Tri Tôn'],
    [LONG_XUYEN, 'phường Long Xuyên'],
    [30742, 'phường Rạch Giá'],
    [PHU_QUOC, 'đặc khu Phú Quốc'],
    [31108, 'đặc khu Kiên Hải'],
  ];
  const words = {
    vi: { committee: 'Ủy ban nhân dân', nophone: 'Chưa có số điện thoại được xác nhận', article: 'Điều 25' },
    en: { committee: "People's Committee of", nophone: 'No confirmed phone number yet', article: 'Article 25' },
    km: { committee: 'គណៈកម្មាធិការប្រជាជន', nophone: 'មិនទាន់មានលេខទូរស័ព្ទ', article: 'មាត្រា 25' },
  };
  for (const lang of LANGS) {
    const w = words[lang];
    for (const [code, label] of places) {
      await open(page, app.server.url, `?v=3&lang=${lang}&a=${code}`);
      const section = page.locator('.help-commune');
      assert.ok(await section.isVisible(), `${lang} ${label}`);
      // The no-contact order as a short first line; the detail (with its article) one
      // tap away, behind a native disclosure that a keyboard opens too.
      const more = section.locator('[data-id="commune-committee"] details.more');
      assert.equal(await more.evaluate((d) => d.open), false, `${lang}: the detail starts closed`);
      assert.ok(!(await section.locator('[data-id="commune-committee"]').innerText()).includes(w.article));
      await more.locator('summary').focus();
      await page.keyboard.press('Enter');
      assert.equal(await more.evaluate((d) => d.open), true, `${lang}: Enter opens the detail`);
      const committee = await section.locator('[data-id="commune-committee"]').innerText();
      const police = await section.locator('[data-id="commune-police"]').innerText();
      // The Vietnamese office names, as on the sign, in every language.
      assert.ok(committee.includes(`Ủy ban nhân dân ${label}`) && committee.includes(`UBND ${label}`), `${lang}: ${committee}`);
      assert.ok(police.includes(`Công an ${label}`), `${lang}: ${police}`);
      assert.ok(committee.includes(w.committee), `${lang} translation: ${committee}`);
      assert.ok(committee.includes(w.article), `${lang}: the no-contact order with its article`);
      // No invented number or address for the offices.
      assert.equal(await section.locator('a[href^="tel:"], a[href^="sms:"]').count(), 0);
      // Near the top: before any result.
      const above = await page.evaluate(() => {
        const c = document.querySelector('.help-commune');
        const r = document.querySelector('.help-group');
        return !!(c && r && c.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(above, `${lang} ${label}: the commune comes before the results`);
      // The centre, for the whole province, with no phone.
      const centre = page.locator(`.help-group .help-card[data-id="${CENTRE}"]`);
      assert.ok(await centre.isVisible(), `${lang} ${label}: centre`);
      assert.equal(await centre.locator('a[href^="tel:"], a[href^="sms:"], .help-copy').count(), 0);
      const text = await centre.innerText();
      assert.ok(text.includes(w.nophone), `${lang}: ${text}`);
      assert.ok(text.includes('Long Xuyên'), `${lang}: where it is`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('111 says it takes Zalo and trafficking reports; 1900 969680 says calls may be charged; 1800 1768 may not work', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=3&lang=vi');
  const l111 = await page.locator('.help-card[data-id="child-111"]').innerText();
  assert.match(l111, /Zalo/);
  assert.match(l111, /mua bán người/);
  assert.match(l111, /Bộ Y tế/);
  assert.match(await page.locator('.help-card[data-id="peace-house-line"]').innerText(), /có thể mất phí/);
  const fu = page.locator('.help-card[data-id="farmers-union-line"]');
  assert.ok(await fu.locator('.help-unconfirmed-mark').isVisible());
  assert.match(await fu.innerText(), /có thể không gọi được/);
  await context.close();
});

/** Number of pages and the first page's size in points, from a PDF. */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { pages, width: box && Math.round(+box[1]), height: box && Math.round(+box[2]) };
}

test('the help card prints alone on one A6 or A5 page in Vietnamese and Khmer, plain or neutral', async () => {
  const { page, context } = await phone(app.browser);
  // Khmer script needs more room than A6 leaves at a size one can read: A5 only.
  const papers = {
    vi: [['A6', 298, 420], ['A5', 420, 595]],
    km: [['A5', 420, 595]],
  };
  for (const lang of ['vi', 'km']) {
    await open(page, app.server.url, `?v=3&lang=${lang}&a=${AN_PHU}`);
    assert.deepEqual(
      (await page.locator('.help-print-choice').allInnerTexts()).map((t) => t.trim()),
      papers[lang].map(([p]) => p),
      `${lang}: sizes offered`,
    );
    for (const neutral of [false, true]) {
      await page.locator('.help-print-check input').setChecked(neutral);
      for (const [paper, width, height] of papers[lang]) {
        await page.locator('.help-print-choice', { hasText: paper }).click();
        const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        assert.deepEqual(pdf, { pages: 1, width, height }, `${lang} ${paper} neutral=${neutral}`);
      }
    }
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.topbar, .bar, .mainnav, .footer, #view-title, .help-needs, .help-place, .help-commune, .help-group, .help-print')]
        .filter((el) => el.getBoundingClientRect().height > 0)
        .map((el) => el.className || el.id),
    );
    assert.deepEqual(shown, [], `${lang}: only the card is printed`);
    const card = await page.locator('.helpcard').innerText();
    for (const n of ['113', '115', '114', '111', '1900 969680', 'UBND xã An Phú', 'Công an xã An Phú', 'Long Xuyên']) {
      assert.ok(card.includes(n), `${lang}: ${n} on the card`);
    }
    await page.emulateMedia({ media: null });
  }
  await context.close();
});

test('the neutral card has no word for violence; the plain one names what to ask for', async () => {
  const { page, context } = await phone(app.browser);
  const violence = /bạo lực|violence|abuse|hurt|ហិង្សា|ឈឺចាប់/i;
  for (const lang of LANGS) {
    await open(page, app.server.url, `?v=3&lang=${lang}&a=${PHU_QUOC}`);
    await page.emulateMedia({ media: 'print' });
    const plain = await page.locator('.helpcard').innerText();
    assert.match(plain, violence, `${lang}: the plain card says what it is for`);
    await page.emulateMedia({ media: null });
    await page.locator('.help-print-check input').check();
    await page.emulateMedia({ media: 'print' });
    const neutral = await page.locator('.helpcard').innerText();
    assert.doesNotMatch(neutral, violence, `${lang} neutral: ${neutral}`);
    for (const n of ['113', '115', '111', 'UBND đặc khu Phú Quốc', 'Công an đặc khu Phú Quốc']) {
      assert.ok(neutral.includes(n), `${lang} neutral: ${n}`);
    }
    await page.emulateMedia({ media: null });
  }
  // Without a commune the card still has the numbers and the centre.
  await open(page, app.server.url, '?v=3&lang=vi');
  await page.emulateMedia({ media: 'print' });
  const card = await page.locator('.helpcard').innerText();
  assert.ok(card.includes('113') && card.includes('Ngôi nhà Ánh Dương') && !card.includes('UBND'), card);
  await context.close();
});

test('after loading, it works with the network cut', async () => {
  const { page, context, errors } = await phone(app.browser);
  await open(page, app.server.url, '?v=3&lang=vi');
  const blocked = [];
  await context.route('**/*', (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await search(page, 'chau doc');
  await page.locator('.help-suggestion').first().click();
  await page.getByRole('button', { name: 'Trẻ em gặp nguy hiểm' }).click();
  assert.match(await page.locator('.help-chosen-text').innerText(), /Châu Đốc/);
  assert.deepEqual(await cardIds(page), ['child-111']);
  await page.getByRole('button', { name: 'Cần người lắng nghe' }).click();
  assert.ok((await cardIds(page)).includes('peace-house-line'));
  assert.deepEqual(blocked, [], 'searching and filtering asked the network for nothing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('nothing about the search is stored or sent', async () => {
  const { page, context, seen } = await phone(app.browser);
  await open(page, app.server.url, '?v=3&lang=vi');
  const before = seen.length;
  await search(page, 'Long Xuyên');
  await page.locator('.help-suggestion').first().click();
  await page.getByRole('button', { name: 'Cần chăm sóc y tế' }).click();
  await page.locator('.help-card .help-copy').first().click();
  await page.waitForTimeout(200);
  assert.deepEqual(seen.slice(before), [], 'no request after load');
  assert.ok(!/xuy|medical|30307/i.test(page.url()), `address: ${page.url()}`);
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  await context.close();
});

test('copy number: copies the digits and says so; says what to do when it cannot', async () => {
  const { page, context } = await phone(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await open(page, app.server.url, '?v=3&lang=vi&n=6');
  const card = page.locator('.help-card[data-id="child-111"]');
  await card.getByRole('button', { name: /Chép số/ }).click();
  await card.locator('.help-copied').filter({ hasText: 'Đã chép số' }).waitFor();
  assert.equal(await card.locator('.help-copied').getAttribute('role'), 'status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '111');
  await context.close();

  // A browser with no clipboard: the number is given to write down instead.
  const other = await phone(app.browser);
  await other.context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await open(other.page, app.server.url, '?v=3&lang=en&n=3');
  const c2 = other.page.locator('.help-card[data-id="farmers-union-line"]');
  await c2.getByRole('button', { name: /Copy number/ }).click();
  await c2.locator('.help-copied').filter({ hasText: '1800 1768' }).waitFor();
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test('accessibility: axe clean in every language with a place chosen, while searching, and on paper', async () => {
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser);
    await open(page, app.server.url, `?v=3&lang=${lang}&n=1,3&a=${LONG_XUYEN}`);
    assert.deepEqual(await axe(page), [], `${lang} chosen`);
    await open(page, app.server.url, `?v=3&lang=${lang}&a=${PHU_QUOC}`);
    assert.deepEqual(await axe(page), [], `${lang} commune and centre`);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await axe(page), [], `${lang} printed card`);
    await page.emulateMedia({ media: null });
    await open(page, app.server.url, `?v=3&lang=${lang}&n=4`);
    await search(page, 'long');
    assert.deepEqual(await axe(page), [], `${lang} searching`);
    await context.close();
  }
});

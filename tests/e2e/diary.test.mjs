// The incident diary as a person meets it: entries stay in memory until kept; kept, they
// sit inside the one encrypted value with the plan and open only with the passphrase;
// an open diary closes itself when the page is hidden past the limit (the page's clock
// is moved on, nothing in the build is shortened) and on quick exit; print shows only
// the record and the Vietnamese request on A4; erasing leaves storage as it was before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { live, reloadTo, useApp, phone, open, axe, EXIT_URL } from './harness.mjs';

const app = useApp();

const KEY = 'notes-1';
const MARKER = 'QZDIARYMARK5519';
const PASS = 'Cây dừa trước ngõ 🌴 ផ្កាឈូក';
const ENTRIES = [
  { day: '2026-10-03', what: `Anh ấy say, đập bàn và bóp cổ tôi. ${MARKER}`, injuries: 'Bầm ở cổ', threats: '' },
  { day: '2026-10-21', what: `ប្តីខ្ញុំវាយខ្ញុំ 😢 ${MARKER}`, injuries: '', threats: 'Zalo: "mày chết với tao" 📱' },
  { day: '2026-11-02', what: `He threw my phone 👊 ${MARKER}`, injuries: 'cut on the hand', threats: '' },
];

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

async function everyStorage(page) {
  return page.evaluate(async () => {
    const parts = [];
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) parts.push(s.key(i), s.getItem(s.key(i)));
    }
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    parts.push(JSON.stringify(dbs), document.cookie);
    return parts.join('\n');
  });
}

async function addEntry(page, e) {
  await page.locator('.diary-view button.primary', { hasText: /Ghi thêm|Write down another|កត់ត្រាមួយលើកទៀត/ }).click();
  await page.locator('#diary-f-day').fill(e.day);
  await page.locator('#diary-f-what').fill(e.what);
  if (e.injuries) await page.locator('#diary-f-injury').fill(e.injuries);
  if (e.threats) await page.locator('#diary-f-threat').fill(e.threats);
  await page.locator('#diary-f-place').fill('Ấp Mỹ Hòa, nhà chị gái');
  await page.locator('.diary-children input[type="radio"]').nth(1).check();
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-form').waitFor({ state: 'detached' });
}

async function busyDone(page) {
  await page.locator('.diary-view .plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });
}

async function keepDiary(page, pass = PASS) {
  await page.locator('#keep-words-new').fill(pass);
  await page.locator('#keep-words-again').fill(pass);
  await page.locator('.diary-view .keep-form button.primary').click();
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY, { timeout: 60000 });
  await busyDone(page);
}

async function openDiary(page, pass) {
  await page.locator('#keep-words-open').fill(pass);
  await page.locator('.diary-view .keep-form button.primary').click();
  await busyDone(page);
}

const entryTexts = (page) => page.locator('.diary-entry').allInnerTexts();

test('entries stay in memory; kept, reload and open bring every one back; wrong passphrase loses nothing; no plaintext in storage', async () => {
  const { page, context, errors } = await phone(app.browser);
  await open(page, app.server.url, '?v=2&lang=vi');
  // The way in is a card in the plan.
  await page.locator('.diary-link a').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'notes');
  await page.locator('#keep-words-new').waitFor();
  for (const e of ENTRIES) await addEntry(page, e);
  assert.equal((await entryTexts(page)).length, 3);
  assert.equal(await stored(page), null, 'nothing stored before the person keeps it');
  assert.ok(!(await everyStorage(page)).includes(MARKER));
  // Oldest first, with the date as written in Vietnam.
  const texts = await entryTexts(page);
  assert.match(texts[0], /03\/10\/2026/);
  assert.match(texts[2], /02\/11\/2026/);
  assert.ok(!page.url().includes(MARKER) && !page.url().includes('diary'), 'the address says nothing');

  await keepDiary(page);
  const value = await stored(page);
  assert.match(value, /^n1\.[A-Za-z0-9_-]+$/);
  const all = await everyStorage(page);
  for (const plain of [MARKER, 'Mỹ Hòa', 'ប្តី', 'Zalo', 'diary']) {
    assert.ok(!all.includes(plain), `${plain} never appears in storage`);
  }

  await reloadTo(page, 'notes');
  await live(page);
  assert.equal(await page.locator('.diary-entry').count(), 0, 'a new visit starts closed');
  await page.locator('#keep-words-open').waitFor();
  await openDiary(page, 'không phải mật khẩu');
  await page.locator('.diary-view .plan-keep [role="alert"]').getByText('Mật khẩu chưa đúng').waitFor();
  assert.equal(await stored(page), value, 'the stored value is byte-identical after a wrong passphrase');
  assert.equal(await page.locator('.diary-entry').count(), 0);

  await openDiary(page, PASS);
  const back = await entryTexts(page);
  assert.equal(back.length, 3);
  for (const [i, e] of ENTRIES.entries()) {
    assert.ok(back[i].includes(e.what), `entry ${i} restored exactly`);
    if (e.threats) assert.ok(back[i].includes(e.threats));
  }
  // Edit one, save, and it stays edited after another reload.
  await page.locator('.diary-entry').nth(1).getByRole('button', { name: 'Sửa' }).click();
  await page.locator('#diary-f-what').fill('Đã sửa 🙏');
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-view .plan-keep').getByText('Có thay đổi chưa lưu').waitFor();
  await page.locator('.diary-view .plan-keep button.primary').click();
  await page.waitForFunction(([k, v]) => localStorage.getItem(k) !== v, [KEY, value]);
  await busyDone(page);
  await reloadTo(page, 'notes');
  await live(page);
  await openDiary(page, PASS);
  assert.match((await entryTexts(page))[1], /Đã sửa 🙏/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an open diary closes when the page is hidden past 2 minutes or unused for 5, not after a short look away', async () => {
  const { page, context, errors } = await phone(app.browser);
  await page.clock.install();
  await open(page, app.server.url, '?v=10&lang=vi');
  await addEntry(page, ENTRIES[0]);
  const hide = (hidden) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);

  // A minute away, then back: still open.
  await hide(true);
  await page.clock.fastForward('01:00');
  await hide(false);
  assert.equal(await page.locator('.diary-entry').count(), 1, 'a short look away keeps it open');

  // Hidden past the limit: closed, and the page shows Home.
  await hide(true);
  await page.clock.fastForward('02:15');
  await page.waitForFunction(() => document.documentElement.dataset.view === 'home');
  await hide(false);
  await page.goto(app.server.url + '?v=10&lang=vi');
  // (a reload would drop memory anyway; the check that matters is above: it went Home
  // on its own, with the diary's text gone from the page)
  assert.ok(!(await page.content()).includes(MARKER));

  // Unused for 5 minutes: closed too.
  await live(page);
  await addEntry(page, ENTRIES[1]);
  // The scroll the shorter page causes arrives a frame later, and counts as use.
  await page.waitForTimeout(300);
  await page.clock.fastForward('04:00');
  assert.equal(await page.locator('.diary-entry').count(), 1, 'still open after 4 minutes');
  await page.clock.fastForward('01:30');
  await page.waitForFunction(() => document.documentElement.dataset.view === 'home');
  assert.ok(!(await page.content()).includes(MARKER));
  assert.deepEqual(errors, []);
  await context.close();
});

test('closing after hiding saves a kept diary first, then drops it; it opens again with the passphrase', async () => {
  const { page, context, errors } = await phone(app.browser);
  await page.clock.install();
  await open(page, app.server.url, '?v=10&lang=vi');
  await addEntry(page, ENTRIES[0]);
  await keepDiary(page);
  const kept = await stored(page);
  await addEntry(page, ENTRIES[2]);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward('02:30');
  await page.waitForFunction(() => document.documentElement.dataset.view === 'home');
  await page.waitForFunction(([k, v]) => localStorage.getItem(k) !== v, [KEY, kept], { timeout: 30000 });
  await page.goto(app.server.url + '?v=10&lang=vi');
  await live(page);
  await openDiary(page, PASS);
  assert.equal(await page.locator('.diary-entry').count(), 2, 'the unsaved entry was saved before closing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('quick exit drops the opened diary and its key; the kept copy stays, encrypted', async () => {
  const { page, context, errors } = await phone(app.browser);
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__safepathExports = e.detail.wasm;
    }),
  );
  await open(page, app.server.url, '?v=10&lang=vi');
  await addEntry(page, ENTRIES[0]);
  await keepDiary(page);
  const kept = await stored(page);
  const keys = () =>
    page.evaluate(() => {
      let n = 0;
      for (const t of Object.values(window.__safepathExports || {})) {
        if (!(t instanceof WebAssembly.Table)) continue;
        for (let i = 0; i < t.length; i++) {
          try {
            if (t.get(i) instanceof CryptoKey) n++;
          } catch {
            /* a function table */
          }
        }
      }
      return n;
    });
  assert.ok((await keys()) >= 1, 'the instrument sees the key');
  await page.evaluate(() => document.querySelector('.quick-exit').click());
  await page.waitForFunction(() => document.body.childElementCount === 0);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  assert.equal(await keys(), 0, 'no key held after quick exit');
  assert.ok(!(await page.content()).includes(MARKER));
  assert.equal(await stored(page), kept);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: only the record and the Vietnamese request, on A4, with the commune and Article 25, never the place', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en-US' });
  await open(page, app.server.url, '?v=10&lang=en');
  for (const e of ENTRIES) await addEntry(page, e);
  await page.locator('a[href*="v=11&"]').click();
  await page.locator('#diary-commune').waitFor();
  // Leave the middle entry out.
  await page.locator('.diary-choose input[type="checkbox"]').nth(1).uncheck();
  await page.locator('#diary-commune').selectOption({ label: 'phường Long Xuyên' });
  await page.locator('#diary-own-name').fill('Nguyễn Thị Hoa');
  await page.emulateMedia({ media: 'print' });
  const display = (sel) =>
    page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => getComputedStyle(e).display), sel);
  for (const sel of ['.topbar', '.mainnav', '.bar', '.footer', '#view-title', '.diary-print-form', '.diary-next']) {
    const d = await display(sel);
    assert.ok(d.length > 0 && d.every((x) => x === 'none'), `${sel} hidden in print: ${d}`);
  }
  for (const sel of ['button', 'textarea', 'input', 'select']) {
    const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(visible, 0, `no ${sel} on paper`);
  }
  const parts = await page.locator('.diary-sheet > section').evaluateAll((els) =>
    els.filter((e) => e.checkVisibility()).map((e) => e.className),
  );
  assert.deepEqual(parts, ['diary-part diary-record', 'diary-part diary-req', 'diary-part diary-req'],
    'the record, the request and (the page being English) an English copy');
  const req = page.locator('.diary-req[lang="vi"]');
  const text = await req.innerText();
  assert.match(text, /ĐỀ NGHỊ ÁP DỤNG BIỆN PHÁP CẤM TIẾP XÚC/);
  assert.match(text, /Kính gửi: Chủ tịch Ủy ban nhân dân phường Long Xuyên/);
  assert.match(text, /Điều 25 Luật Phòng, chống bạo lực gia đình số 13\/2022\/QH15/);
  assert.match(text, /Nguyễn Thị Hoa/);
  assert.match(text, /03\/10\/2026/);
  assert.ok(!text.includes('21/10/2026') && !text.includes('ប្តី'), 'an entry left out stays out');
  assert.ok(!text.includes('Mỹ Hòa') && !text.includes('chị gái'), 'never where it happened or where they stay');
  assert.ok(!/mẫu số|Mẫu/i.test(text), 'not labelled as an official form');
  // A4, from the page's own @page rule.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  assert.ok(box, 'the PDF names its page size');
  const [w, h] = [Number(box[1]), Number(box[2])];
  assert.ok(Math.abs(w - 595) < 2 && Math.abs(h - 842) < 2, `A4 is 595 × 842 pt, got ${w} × ${h}`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.locator('.diary-print-form').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('erase: storage goes back to how it was before the diary (the plan untouched, or nothing)', async () => {
  // Nothing else kept: nothing left at all.
  {
    const { page, context } = await phone(app.browser);
    await open(page, app.server.url, '?v=10&lang=vi');
    const before = await page.evaluate(() => Object.keys(localStorage));
    await addEntry(page, ENTRIES[0]);
    await keepDiary(page);
    await page.locator('.diary-erase button').click();
    await page.locator('.diary-erase .plan-confirm button.secondary').click();
    await page.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), before);
    assert.equal(await page.locator('.diary-entry').count(), 0);
    await context.close();
  }
  // A plan kept first: it stays, the diary goes.
  {
    const { page, context, errors } = await phone(app.browser);
    await open(page, app.server.url, '?v=2&lang=vi');
    await page.locator('#plan-s-people summary').click();
    await page.locator('#plan-f-people-codeword').fill('hoa sen 🌸');
    await page.locator('#keep-words-new').fill(PASS);
    await page.locator('#keep-words-again').fill(PASS);
    await page.locator('.keep-form button.primary').click();
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY, { timeout: 60000 });
    await page.locator('.plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });
    await page.locator('.diary-link a').click();
    await addEntry(page, ENTRIES[1]);
    await page.locator('.diary-view .plan-keep button.primary').click();
    await busyDone(page);
    const withDiary = await stored(page);
    await page.locator('.diary-erase button').click();
    await page.locator('.diary-erase .plan-confirm button.secondary').click();
    await page.waitForFunction(([k, v]) => localStorage.getItem(k) !== v, [KEY, withDiary]);
    await reloadTo(page, 'notes');
    await live(page);
    await openDiary(page, PASS);
    assert.equal(await page.locator('.diary-entry').count(), 0, 'the diary is gone from the kept value');
    await page.goto(app.server.url + '?v=2&lang=vi');
    await live(page);
    await page.locator('#keep-words-open').fill(PASS);
    await page.locator('.keep-form button.primary').click();
    await page.locator('.plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });
    await page.locator('#plan-s-people summary').click();
    assert.equal(await page.locator('#plan-f-people-codeword').inputValue(), 'hoa sen 🌸');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('accessibility: no serious or critical axe violation on the diary, an entry being written, and the printing screen (vi, en)', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser);
    await open(page, app.server.url, `?v=10&lang=${lang}`);
    await addEntry(page, ENTRIES[0]);
    await page.locator('.diary-view > p > button.primary').click();
    assert.deepEqual(await axe(page), [], `${lang} diary`);
    await page.locator('.diary-form button.secondary').click();
    await page.locator('a[href*="v=11&"]').click();
    await page.locator('#diary-commune').waitFor();
    assert.deepEqual(await axe(page), [], `${lang} printing screen`);
    await context.close();
  }
});

// The safety plan as a person meets it: writing in any script, keeping it encrypted only
// when asked, opening it again, wrong passphrases and damaged values, deleting every
// trace, printing only the person's own plan, and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  live, reloadTo, useApp, phone, open, axe, traces, EMPTY_TRACES,
} from './harness.mjs';

const app = useApp();

const KEY = 'notes-1';
const MARKER = 'ZQXMARKER7731';
const VI = 'Nhà chị Hai ở Long Xuyên, cửa sau gần bếp. Đừng nói với ai! ' + MARKER;
const KM = 'យាយ សុខា ០១២ ៣៤៥ ៦៧៨ ផ្ទះនៅជិតវត្ត ' + MARKER;
const EMOJI = 'Đi dạo 🚶‍♀️, cầu nguyện 🙏, nghe nhạc 🎶 👩‍👧 ' + MARKER;
const LONG = (MARKER + ' Ghi chép ngày 3/5: ông ấy đe dọa. ').repeat(400).slice(0, 20000);
const FIELDS = {
  'incident-saferoom': VI,
  'people-people': KM,
  'self-helps': EMOJI,
  'after-diary': LONG,
};
const TICKS = ['incident-exits', 'gobag-cccd', 'children-hide', 'people-paper'];
const PASS = 'Con mèo nhà bà Sáu 🐈 ផ្កាឈូក';

const sectionOf = (id) => id.split('-')[0];

async function openSection(page, code) {
  const details = page.locator(`#plan-s-${code} details:not(.more)`);
  if (!(await details.evaluate((d) => d.open))) {
    await details.locator(':scope > summary').click();
  }
}

async function fillPlan(page) {
  for (const [id, text] of Object.entries(FIELDS)) {
    await openSection(page, sectionOf(id));
    await page.locator(`#plan-f-${id}`).fill(text);
  }
  for (const id of TICKS) {
    await openSection(page, sectionOf(id));
    await page.locator(`#plan-i-${id}`).check();
  }
}

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

async function alertText(page) {
  const alert = page.locator('.plan-keep [role="alert"] .plan-msg');
  await alert.waitFor({ state: 'visible', timeout: 60000 });
  return (await alert.innerText()).trim();
}

async function keep(page, pass = PASS) {
  await page.locator('#keep-words-new').fill(pass);
  await page.locator('#keep-words-again').fill(pass);
  const t0 = Date.now();
  await page.locator('.keep-form button.primary').click();
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY, { timeout: 60000 });
  await page.locator('.plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });
  return Date.now() - t0;
}

async function openKept(page, pass) {
  await page.locator('#keep-words-open').fill(pass);
  await page.locator('.keep-form button.primary').click();
  await page.locator('.plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });
}

/** `value` (an `n1.` envelope) with its PBKDF2 iteration count replaced. */
function withIterations(value, n) {
  const bin = Buffer.from(value.slice(3), 'base64url');
  bin.writeUInt32BE(n, 1);
  return 'n1.' + bin.toString('base64url');
}

async function everyStorage(page) {
  return page.evaluate(async () => {
    const parts = [];
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) parts.push(s.key(i), s.getItem(s.key(i)));
    }
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    parts.push(JSON.stringify(dbs));
    return parts.join('\n');
  });
}

test('keep with a passphrase, reload, open: every field and tick comes back; wrong passphrase loses nothing', async (t) => {
  const { page, context, errors } = await phone(app.browser);
  await open(page, app.server.url, '?v=2&lang=vi');
  // Nothing is offered to open, and nothing is stored yet.
  assert.equal(await page.locator('#keep-words-open').count(), 0);
  await fillPlan(page);
  assert.equal(await stored(page), null, 'nothing written before opting in');

  const ms = await keep(page);
  t.diagnostic(`keep (PBKDF2-SHA256 600000 + AES-GCM) took ${ms} ms in Chromium`);
  const value = await stored(page);
  assert.match(value, /^n1\.[A-Za-z0-9_-]+$/);
  assert.match(await alertText(page), /Đã lưu trên máy này/);
  const all = await everyStorage(page);
  assert.ok(!all.includes(MARKER), 'the marker never appears in storage');
  assert.ok(!all.includes('Long Xuyên') && !all.includes('ផ្ទះ'), 'no plaintext in storage');
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);

  await reloadTo(page, 'plan');
  await live(page);
  // A new visit starts empty, and offers to open the kept plan first.
  assert.equal(await page.locator('#plan-f-incident-saferoom').inputValue(), '');
  await page.locator('#keep-words-open').waitFor();

  await openKept(page, 'not the passphrase');
  assert.match(await alertText(page), /Mật khẩu chưa đúng/);
  assert.equal(await stored(page), value, 'stored value byte-identical after a wrong passphrase');
  assert.equal(await page.locator('#plan-f-incident-saferoom').inputValue(), '');

  const t1 = Date.now();
  await openKept(page, PASS);
  t.diagnostic(`open (PBKDF2 + AES-GCM) took ${Date.now() - t1} ms`);
  assert.match(await alertText(page), /Kế hoạch đã được mở/);
  for (const [id, text] of Object.entries(FIELDS)) {
    const got = await page.locator(`#plan-f-${id}`).inputValue();
    assert.equal(got.length, text.length, id);
    assert.ok(got === text, `${id} restored exactly`);
  }
  for (const id of TICKS) assert.ok(await page.locator(`#plan-i-${id}`).isChecked(), id);
  assert.equal(await page.locator('input[type="checkbox"]:checked').count(), TICKS.length);

  // Changes are kept only when saved, with the key already in memory.
  await openSection(page, 'gobag');
  await page.locator('#plan-f-gobag-where').fill('Ở nhà dì Tư');
  await page.locator('.plan-keep').getByText('Có thay đổi chưa được lưu').waitFor();
  await page.locator('.plan-keep button.primary').click();
  await page.waitForFunction(([k, v]) => localStorage.getItem(k) !== v, [KEY, value]);
  await reloadTo(page, 'plan');
  await page.locator('#keep-words-open').waitFor();
  await openKept(page, PASS);
  assert.equal(await page.locator('#plan-f-gobag-where').inputValue(), 'Ở nhà dì Tư');
  assert.equal(await page.locator('#plan-f-after-diary').inputValue(), LONG);

  // Delete leaves nothing behind; what is on the page stays.
  await page.locator('.plan-delete button').click();
  await page.locator('.plan-confirm button.secondary').click();
  assert.match(await alertText(page), /Đã xóa khỏi máy này/);
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  assert.equal(await page.locator('#plan-f-gobag-where').inputValue(), 'Ở nhà dì Tư');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without opting in, storage stays empty after filling the whole plan', async () => {
  const { page, context, errors } = await phone(app.browser);
  await open(page, app.server.url, '?v=2&lang=km');
  // A section's own disclosure, not the "read more" inside it (ui/widgets/more.rs).
  for (const s of await page.locator('.plan-section details:not(.more)').all()) {
    await s.locator(':scope > summary').click();
  }
  for (const box of await page.locator('.plan-section .plan-checks input').all()) await box.check();
  let n = 0;
  for (const area of await page.locator('.plan-note textarea').all()) {
    await area.fill(`${MARKER} ${n++} ផ្ទះ Nhà 🏠`);
  }
  assert.ok(n >= 20, `filled ${n} fields`);
  assert.match(await page.locator('.plan-progress p').innerText(), /11/);
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  assert.ok(!(await everyStorage(page)).includes(MARKER));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a short passphrase gets a gentle warning and still works', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en-US' });
  await open(page, app.server.url, '?v=2&lang=en');
  await page.locator('#keep-words-new').fill('abc');
  await page.locator('#keep-short').getByText('quite short').waitFor();
  await page.locator('#keep-words-again').fill('abd');
  await page.locator('.keep-form button.primary').click();
  assert.match(await alertText(page), /not the same/);
  assert.equal(await stored(page), null);
  await keep(page, 'abc');
  assert.match(await alertText(page), /Kept on this device/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('damaged, truncated, other-version and tampered values: a clear message, an offer to delete, nothing else lost', async () => {
  // A real value to damage.
  const { page, context, errors } = await phone(app.browser);
  await open(page, app.server.url, '?v=2&lang=vi');
  await keep(page, PASS);
  const good = await stored(page);
  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const cases = [
    ['garbage', 'hello, not a plan', /bị hỏng/, true],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /bị hỏng/, true],
    ['other version', 'n2.' + good.slice(3), /phiên bản khác/, true],
    ['empty', '', /bị hỏng/, true],
    // Format intact, ciphertext changed: only the passphrase attempt can tell.
    ['tampered', flip(good, good.length - 5), /Mật khẩu chưa đúng/, false],
    ['tampered header', flip(good, 30), /Mật khẩu chưa đúng/, false],
    // A planted value may not make the phone derive a key for minutes.
    ['demands 10 M PBKDF2 iterations', withIterations(good, 10_000_000), /bị hỏng/, true],
  ];
  for (const [name, value, message, atOnce] of cases) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
    await reloadTo(page, 'plan');
    await live(page);
    await openSection(page, 'people');
    await page.locator('#plan-f-people-codeword').fill('hoa sen');
    if (!atOnce) await openKept(page, PASS);
    assert.match(await alertText(page), message, name);
    assert.equal(await stored(page), value, `${name}: left untouched until the person deletes it`);
    assert.equal(await page.locator('#plan-f-people-codeword').inputValue(), 'hoa sen', name);
    await page.locator('.plan-delete button').click();
    await page.locator('.plan-confirm button.secondary').click();
    assert.equal(await stored(page), null, `${name}: deleted`);
    assert.match(await alertText(page), /Đã xóa/);
    // Keeping works again afterwards.
    assert.equal(await page.locator('#keep-words-new').count(), 1, name);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage unavailable (a sandboxed frame, some private modes): said plainly, the plan still works', async () => {
  const { page, context, errors } = await phone(app.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page, app.server.url, '?v=2&lang=vi');
  await page.locator('.plan-keep').getByText('không cho trang lưu gì').waitFor();
  assert.equal(await page.locator('#keep-words-new').count(), 0);
  await openSection(page, 'incident');
  await page.locator('#plan-f-incident-goto').fill('Nhà bà Bảy');
  await page.locator('#plan-i-incident-exits').check();
  assert.match(await page.locator('#plan-s-incident .plan-s-state').innerText(), /2\//);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a self-check, sections come in the default order with no reasons', async () => {
  const { page, context } = await phone(app.browser, { locale: 'en-US' });
  await open(page, app.server.url, '?v=2&lang=en');
  const titles = (await page.locator('.plan-s-title').allInnerTexts()).map((s) => s.trim());
  assert.deepEqual(titles, [
    'When something happens',
    'People and places I trust',
    'Safer while staying at home',
    'Phone and online',
    'Looking after myself',
    'If you want to leave',
    'What to take with me',
    'After leaving',
    'My children',
    'While pregnant',
    'At school, at work',
  ]);
  assert.equal(await page.locator('.plan-why').count(), 0);
  assert.equal(await page.locator('.plan-s-state').first().innerText(), 'Not started');
  await context.close();
});

test('"Find people who can help" opens the contacts view', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en-US' });
  await open(page, app.server.url, '?v=2&lang=en');
  await openSection(page, 'children');
  await page.locator('#plan-s-children .plan-find a').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'help');
  assert.deepEqual(errors, []);
  await context.close();
});

test('print shows only the person\'s own plan, with no app chrome and no controls', async () => {
  const { page, context } = await phone(app.browser, { locale: 'en-US' });
  await open(page, app.server.url, '?v=2&lang=en');
  await openSection(page, 'people');
  await page.locator('#plan-f-people-codeword').fill('lotus ' + MARKER);
  await page.locator('#plan-i-people-paper').check();
  await page.emulateMedia({ media: 'print' });
  const display = (sel) =>
    page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => getComputedStyle(e).display), sel);
  for (const sel of ['.topbar', '.mainnav', '.bar', '.footer', '.plan-screen', '#view-title']) {
    const d = await display(sel);
    assert.ok(d.length > 0 && d.every((x) => x === 'none'), `${sel} hidden in print: ${d}`);
  }
  for (const sel of ['button', 'textarea', 'input', 'summary']) {
    const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(visible, 0, `no ${sel} on paper`);
  }
  const sheet = page.locator('.plan-print');
  assert.ok(await sheet.isVisible());
  const text = await sheet.innerText();
  assert.match(text, /My plan/);
  assert.match(text, /People and places I trust/);
  assert.match(text, new RegExp(MARKER));
  assert.match(text, /paper, kept somewhere safe/);
  assert.ok(!/When something happens/.test(text), 'untouched sections are left out');
  assert.ok(!/violence|abuse/i.test(text), 'neutral words only');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await sheet.isVisible()), 'the sheet is only on paper');
  await context.close();
});

test('accessibility: no serious or critical axe violation on the plan, a section open and the keep panel (vi, en)', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser);
    await open(page, app.server.url, `?v=2&lang=${lang}`);
    await openSection(page, 'gobag');
    await page.locator('#plan-i-gobag-cccd').check();
    await page.locator('#keep-words-new').fill('abc');
    assert.deepEqual(await axe(page), [], lang);
    await context.close();
  }
});

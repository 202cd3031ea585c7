// "What this Notebook leaves on your phone", as a person meets it: by its deep link and from
// the privacy page and the footer, in each language, with the numbers and quick exit, axe
// clean, and no request to any other origin. Then the line that says where a file or a
// message will stay, beside each button that makes one (print / save as PDF, the QR
// image, the trusted person's SMS, copying), and the old "only on paper" promise gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phone, open, axe, LANGS } from './harness.mjs';

const app = useApp();

/** The page's deep link (its address word is mapped to the neutral `?v=` code at merge). */
const LEAVES = (lang) => `?v=12&lang=${lang}`;
const LEAVES_LINK = 'a[href*="v=12&"]';

/** What a person reads first, per language (from locales/* /leaves.ftl). */
const TITLE = {
  vi: 'Trang này để lại gì trên điện thoại',
  en: 'What this Notebook leaves on your phone',
  km: 'អ្វីដែលទំព័រនេះទុកនៅលើទូរស័ព្ទរបស់អ្នក',
};
/** The one history row, named as the browser shows it, and the browsers covered. */
const MUST = {
  vi: [/một dòng, với địa chỉ của trang và tên “Sổ tay”/, /nhật ký cuộc gọi/, /bản nháp/, /Tải xuống \(Downloads\)/, /bộ nhớ tạm/, /Chrome/, /Samsung Internet/, /Cốc Cốc/, /Zalo/, /Thẻ ẩn danh mới/],
  en: [/one row each time you open the Notebook, with its address and the name “Notebook”/, /call log/, /drafts/, /Downloads/, /clipboard/, /Chrome/, /Samsung Internet/, /Cốc Cốc/, /Zalo/, /New Incognito tab/],
  km: [/«សៀវភៅកត់ត្រា»/, /បញ្ជីការហៅ/, /សារព្រាង/, /Downloads/, /ក្ដារតម្បៀតខ្ទាស់/, /Chrome/, /Samsung Internet/, /Cốc Cốc/, /Zalo/],
};

const mainText = (page) => page.locator('#main').innerText();
const title = async (page) => (await page.locator('#view-title').innerText()).trim();

/** Requests that left the app's own origin (data: and blob: never leave the page). */
function foreign(seen) {
  const origin = new URL(app.server.url).origin;
  return seen.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
}

test('the page opens by its deep link in each language: what stays, one row, a private tab', async () => {
  for (const lang of LANGS) {
    const { page, context, errors, seen } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, LEAVES(lang));
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await title(page), TITLE[lang]);
    assert.ok(await page.locator('.quick-exit').isVisible(), `${lang} quick exit`);
    for (const n of ['113', '115', '111']) {
      assert.equal(await page.locator(`.emergency a[href="tel:${n}"]`).count(), 1, `${lang} tel:${n}`);
    }
    const text = await mainText(page);
    for (const want of MUST[lang]) assert.match(text, want, lang);
    // Seven things that may stay, four browsers: nothing left out, no id shown for words.
    assert.equal(await page.locator('.leaves-stays li').count(), 7);
    assert.equal(await page.locator('.leaves-row li').count(), 4);
    assert.doesNotMatch(text, /\b(leaves|stays|privacy|nav)-[a-z-]+\b/, lang);
    assert.deepEqual(await axe(page), [], `${lang} axe`);
    assert.deepEqual(foreign(seen), [], `${lang}: requests to other origins`);
    assert.deepEqual(errors, [], `${lang}: page errors`);
    await context.close();
  }
});

test('the privacy page and the footer lead to it, and the privacy page says what holds', async () => {
  for (const lang of LANGS) {
    const { page, context, seen } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, `?v=4&lang=${lang}`);
    const privacy = await mainText(page);
    // The sentences that said the history shows nothing but the name, or nothing at all.
    for (const old of [
      /Trên thẻ trình duyệt và trong lịch sử, trang này chỉ hiện tên/,
      /không tạo thêm mục nào trong lịch sử\. Nhưng trang bạn mở trước/,
      /In the browser tab and in the history, this page shows only/,
      /adds nothing to the history\. But the page/,
    ]) {
      assert.doesNotMatch(privacy, old, lang);
    }
    assert.match(privacy, { vi: /Zalo hay Messenger/, en: /Zalo or Messenger/, km: /Zalo ឬ Messenger/ }[lang]);
    assert.match(privacy, { vi: /đồng bộ/, en: /sync/, km: /សមកាលកម្ម/ }[lang]);
    await page.locator(`.privacy-leaves ${LEAVES_LINK}`).click();
    await page.waitForFunction((t) => document.getElementById('view-title')?.textContent.trim() === t, TITLE[lang]);
    await page.waitForFunction(() => document.activeElement?.id === 'view-title');
    // And from the footer, from any view.
    await open(page, app.server.url, `?v=3&lang=${lang}`);
    await page.locator(`.footer ${LEAVES_LINK}`).click();
    await page.waitForFunction((t) => document.getElementById('view-title')?.textContent.trim() === t, TITLE[lang]);
    assert.deepEqual(foreign(seen), [], `${lang}: requests to other origins`);
    await context.close();
  }
});

/** The "where it stays" line `key` is shown inside `scope`, above the button `button`. */
async function saidBefore(page, scope, key, button) {
  const line = page.locator(`${scope} [data-stays="${key}"]`).first();
  await line.waitFor({ state: 'visible' });
  const [lineY, buttonY] = await Promise.all([
    line.evaluate((e) => e.getBoundingClientRect().top),
    page.locator(button).first().evaluate((e) => e.getBoundingClientRect().top),
  ]);
  assert.ok(lineY < buttonY, `${key} is said before ${button}`);
  return (await line.innerText()).trim();
}

test('beside each button that makes a file or a message, one line says where it will stay', async () => {
  const STAYS = {
    vi: { pdf: /Tải xuống \(Downloads\)/, qr: /Tải xuống/, sms: /bản nháp/, copy: /bộ nhớ tạm/ },
    en: { pdf: /Downloads/, qr: /Downloads/, sms: /draft/, copy: /clipboard/ },
    km: { pdf: /Downloads/, qr: /Downloads/, sms: /សារព្រាង/, copy: /ក្ដារតម្បៀតខ្ទាស់/ },
  };
  for (const lang of LANGS) {
    const want = STAYS[lang];
    const { page, context } = await phone(app.browser, { locale: lang });
    // The plan: print / save as PDF, and the trusted person's SMS buttons.
    await open(page, app.server.url, `?v=2&lang=${lang}`);
    assert.match(await saidBefore(page, '.plan-print-actions', 'stays-pdf', '.plan-print-actions button'), want.pdf);
    await page.locator('#trusted-number').fill('0912345678');
    assert.match(await saidBefore(page, '.trusted-behind', 'stays-sms', 'a.trusted-sms'), want.sms);
    // No share sheet in this browser: the other button copies, and the line says so.
    assert.match(await saidBefore(page, '.trusted-behind', 'stays-copy', 'button.trusted-share'), want.copy);
    // The help card.
    await open(page, app.server.url, `?v=3&lang=${lang}`);
    assert.match(await saidBefore(page, '.help-print', 'stays-pdf', '.help-print button.primary'), want.pdf);
    // The QR image and the copy buttons of the share view.
    await open(page, app.server.url, `?v=6&lang=${lang}`);
    assert.match(await saidBefore(page, '.share-qr-card', 'stays-qr', '.share-qr-card .share-actions button'), want.qr);
    assert.match(await saidBefore(page, '.share-copy', 'stays-copy', '.share-copy button'), want.copy);
    await context.close();
  }
});

test('the request print says a saved PDF stays in Downloads, not that it reaches only paper', async () => {
  const { page, context } = await phone(app.browser, { locale: 'vi-VN' });
  await open(page, app.server.url, '?v=10&lang=vi');
  await page.locator('.diary-view button.primary', { hasText: /Ghi thêm/ }).click();
  await page.locator('#diary-f-day').fill('2026-10-03');
  await page.locator('#diary-f-what').fill('Anh ấy đập bàn.');
  await page.locator('.diary-children input[type="radio"]').nth(1).check();
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-form').waitFor({ state: 'detached' });
  await page.locator('a[href*="v=11&"]').click();
  await page.locator('#diary-commune').waitFor();
  const form = await page.locator('.diary-print-form').innerText();
  assert.doesNotMatch(form, /chỉ ra giấy khi bạn in/);
  assert.match(form, /Trang không lưu tên và những gì bạn chọn ở đây\./);
  assert.match(await saidBefore(page, '.diary-print-form', 'stays-pdf', '.diary-print-form button.primary'), /Tải xuống \(Downloads\).*chuyển tệp đi chỗ khác hoặc xóa/);
  // On paper, the line is not printed: only the record and the request are.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('[data-stays]').evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length), 0);
  await context.close();
});

// The share view as a teacher uses it: build a link (language, view, commune), copy it,
// download the QR code (decoded here with an independent decoder, jsQR), print the
// poster on one A4 or A5 page, and hand out links that open the right place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  live, useApp, phone, open, go, axe, traces, EMPTY_TRACES, LANGS,
} from './harness.mjs';

const JSQR = resolve('node_modules/jsqr/dist/jsQR.js');
const app = useApp();

/** Decodes a PNG or SVG image with jsQR in a blank page (no app code involved). */
async function decode(bytes, type) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.addScriptTag({ path: JSQR });
  const text = await page.evaluate(
    async ({ b64, type }) => {
      const img = new Image();
      img.src = `data:${type};base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth || 400;
      canvas.height = img.naturalHeight || 400;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
      // eslint-disable-next-line no-undef
      return jsQR(data.data, data.width, data.height)?.data ?? null;
    },
    { b64: Buffer.from(bytes).toString('base64'), type },
  );
  await context.close();
  return text;
}

async function downloaded(page, buttonName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function chooseCommune(page, typed, pick) {
  await page.getByLabel('Xã, phường (không bắt buộc)').fill(typed);
  await page.locator('.help-suggestion', { hasText: pick }).first().click();
}

test('the QR code (on screen, SVG and PNG) decodes back to the exact link', async () => {
  const { page, context, seen } = await phone(app.browser, { acceptDownloads: true });
  await open(page, app.server.url, '?v=6&lang=vi');
  await page.locator('label.share-choice[lang="km"]').click();
  await page.locator('label.share-choice', { hasText: 'Tìm hỗ trợ' }).click();
  await chooseCommune(page, 'long xuyen', 'Long Xuyên');
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, new RegExp(`^${app.server.url.replace(/[.?]/g, '\\$&')}\\?v=3&lang=km&a=\\d{5}$`));

  const onScreen = await page.locator('.share-qr').screenshot();
  assert.equal(await decode(onScreen, 'image/png'), link, 'on screen');
  const png = await downloaded(page, 'Tải mã QR (PNG, để gửi)');
  assert.equal(png.name, 'qr.png');
  assert.equal(await decode(png.bytes, 'image/png'), link, 'PNG file');
  const svg = await downloaded(page, 'Tải mã QR (SVG, để in)');
  assert.equal(svg.name, 'qr.svg');
  assert.match(svg.bytes.toString(), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal(await decode(svg.bytes, 'image/svg+xml'), link, 'SVG file');
  // The poster's QR code is the same link, and the link is written out in full.
  assert.equal(await decode(await page.locator('.poster-qr').screenshot(), 'image/png'), link, 'poster');
  assert.equal((await page.locator('.poster-link').innerText()).trim(), link);

  // Making and saving files talks to no one.
  const foreign = seen.filter((u) => !u.startsWith(app.server.origin + '/') && !/^(blob|data):/.test(u));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  await context.close();
});

test('share links open the right view, language and commune', async () => {
  const { page, context } = await phone(app.browser);
  const views = { 'Trang chủ': '', 'Tự kiểm tra': 'v=1&', 'Kế hoạch an toàn': 'v=2&', 'Tìm hỗ trợ': 'v=3&' };
  const VIEW_OF = { '': 'home', 'v=1&': 'check', 'v=2&': 'plan', 'v=3&': 'help' };
  for (const lang of LANGS) {
    for (const [label, query] of Object.entries(views)) {
      await open(page, app.server.url, '?v=6&lang=vi');
      await page.locator(`label.share-choice[lang="${lang}"]`).click();
      await page.locator('label.share-choice', { hasText: label }).click();
      const link = await page.locator('#share-link').inputValue();
      assert.equal(link, `${app.server.url}?${query}lang=${lang}`);
      await page.goto(link);
      await live(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang, link);
      // The view opens; the address keeps only the language (boot.js strips the rest).
      assert.equal(await page.getAttribute('html', 'data-view'), VIEW_OF[query], link);
      assert.equal(new URL(page.url()).search, `?lang=${lang}`, link);
    }
  }
  // A commune rides along as a=<code> and is dropped again when cleared.
  await open(page, app.server.url, '?v=6&lang=vi');
  await chooseCommune(page, 'chau doc', 'Châu Đốc');
  assert.match(await page.locator('.help-chosen-text').innerText(), /Đã chọn: phường Châu Đốc/);
  const withArea = await page.locator('#share-link').inputValue();
  assert.match(withArea, /\?lang=vi&a=\d{5}$/);
  await page.getByRole('button', { name: 'Bỏ chọn xã, phường' }).click();
  assert.equal(await page.locator('#share-link').inputValue(), `${app.server.url}?lang=vi`);
  // The app reads the commune from such a link without complaint.
  const { page: p2, errors } = await phone(app.browser);
  await open(p2, withArea.replace('?lang=vi', '?v=3&lang=vi'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('unknown communes say so; the footer opens the share view', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?lang=vi');
  await go(page, 'share');
  assert.equal((await page.locator('#view-title').innerText()).trim(), 'Chia sẻ sổ tay này');
  await page.getByLabel('Xã, phường (không bắt buộc)').fill('qqqqzz');
  assert.ok(await page.getByText('Không tìm thấy xã, phường nào có tên như vậy.').isVisible());
  await context.close();
});

test('copy the link and the embed snippet', async () => {
  const { page, context } = await phone(app.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await open(page, app.server.url, '?v=6&lang=en');
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await page.locator('.share-build .share-status', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.server.url}?lang=en`);
  await page.getByRole('button', { name: 'Copy the snippet' }).click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(snippet.includes(`src="${app.server.url}?embed=1&amp;lang=en"`), snippet);
  assert.ok(snippet.includes(`<script src="${app.server.url}embed.js" defer></script>`), snippet);
  assert.ok(snippet.includes('allow-top-navigation-by-user-activation'));
  await context.close();
});

test('the poster: the chosen language, and a neutral wording without violence words', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=6&lang=vi');
  await page.locator('label.share-choice[lang="km"]').click();
  assert.equal(await page.getAttribute('.poster', 'lang'), 'km');
  assert.match(await page.locator('.poster-heading').innerText(), /[\u1780-\u17FF]/, 'Khmer heading');
  for (const lang of LANGS) {
    await page.locator(`label.share-choice[lang="${lang}"]`).click();
    await page.locator('.share-check input').check();
    const neutral = await page.locator('.poster').innerText();
    assert.doesNotMatch(neutral, /bạo lực|violence|abuse|hurt|làm bạn đau|ហិង្សា|ឈឺចាប់/i, `${lang} neutral`);
    for (const n of ['113', '115', '111']) assert.ok(neutral.includes(n), `${lang} ${n}`);
    await page.locator('.share-check input').uncheck();
  }
  await context.close();
});

/** Number of pages and the first page's size in points, from a PDF. */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { pages, width: box && Math.round(+box[1]), height: box && Math.round(+box[2]) };
}

test('printing gives only the poster, on one A4 or one A5 page, in Vietnamese and Khmer', async () => {
  const { page, context } = await phone(app.browser);
  for (const lang of ['vi', 'km']) {
    await open(page, app.server.url, `?v=6&lang=${lang}`);
    for (const [paper, width, height] of [['A4', 595, 842], ['A5', 420, 595]]) {
      await page.locator('label.share-choice', { hasText: paper }).click();
      const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      assert.deepEqual(pdf, { pages: 1, width, height }, `${lang} ${paper}`);
    }
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.topbar, .bar, .mainnav, .footer, #view-title, .share-build, .share-teach, .share-embed')]
        .filter((el) => el.getBoundingClientRect().height > 0)
        .map((el) => el.className || el.id),
    );
    assert.deepEqual(shown, [], `${lang}: only the poster is printed`);
    assert.ok(await page.locator('.poster-qr svg').isVisible());
    // Back to the default (page.pdf uses print media only when none is emulated).
    await page.emulateMedia({ media: null });
  }
  await context.close();
});

test('accessibility: the share view and the printed poster have no serious axe violation', async () => {
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser);
    await open(page, app.server.url, `?v=6&lang=${lang}`);
    assert.deepEqual(await axe(page), [], `${lang} screen`);
    await page.locator('#share-area').fill('an');
    // From the top, as a person sees it (a target scrolled under the sticky bar is not one).
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.deepEqual(await axe(page), [], `${lang} with suggestions`);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await axe(page), [], `${lang} print`);
    await context.close();
  }
});

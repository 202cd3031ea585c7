// The pages for someone who wants to change (v=14), for young people (v=15) and for hamlet
// heads, trusted-address hosts and union members (v=16), as each reader meets them: by deep
// link and from Home in each language; the links from the helper, teacher and young pages;
// only numbers the directory holds; the community card on one A5 page in vi and km, with
// the print button and its "what stays" line; and the promises: nothing stored, no view
// named in the address or the title, no request elsewhere, axe clean, the first-visit
// budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import zlib, { brotliCompressSync } from 'node:zlib';
import { useApp, phone, open, shown, axeEach, walkLeavesNothing, LANGS, CODES, DIST } from './harness.mjs';

const app = useApp();
const JSQR = resolve('node_modules/jsqr/dist/jsQR.js');
const PAGES = ['change', 'young', 'community'];

/** A message as written in locales/<lang>/<file>.ftl (single-line messages only). */
function message(lang, id, file = 'audiences.ftl') {
  const src = readFileSync(`locales/${lang}/${file}`, 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${id} in ${lang}/${file}`);
  return line.slice(id.length + 3).trim();
}

/** Every number data/directory.csv holds, digits only (111, 113, 115, the lines). */
function directoryNumbers() {
  const [head, ...rows] = readFileSync('data/directory.csv', 'utf8').replace(/^\uFEFF/, '').split('\n');
  // The columns before `phone` hold no quoted commas in the rows we read (id, status,
  // kind, names, services, coverage, in_person), but names may: read CSV properly.
  const parse = (line) => {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') out.push(cur), (cur = '');
      else cur += c;
    }
    out.push(cur);
    return out;
  };
  const col = parse(head).indexOf('phone');
  assert.ok(col >= 0, 'directory has a phone column');
  return new Set(rows.filter((r) => r.trim()).map((r) => parse(r)[col].replace(/\D/g, '')).filter(Boolean));
}

/**
 * Phone-like numbers in a text: runs of digits (groups joined by one space) of three
 * digits or more, leaving out law numbers ("13/2022", "76/2023") and four-digit years.
 */
function phoneLike(text) {
  return [...text.matchAll(/(?<![\d/])\d+(?: \d+)*(?![\d/])/g)]
    .map((m) => m[0].replace(/ /g, ''))
    .filter((d) => d.length >= 3 && !/^(19|20)\d\d$/.test(d));
}

const mainText = (page) => page.locator('#main').innerText();

test('phoneLike finds numbers and leaves law numbers and years (control)', () => {
  assert.deepEqual(phoneLike('gọi 113 hoặc 1900 969680; Luật 13/2022, năm 2022, Điều 25, 12 giờ, 0909 123 456'), [
    '113',
    '1900969680',
    '0909123456',
  ]);
  // An invented hotline is not in the directory.
  const known = directoryNumbers();
  assert.ok(known.has('111') && known.has('113') && known.has('115'), [...known].join(' '));
  assert.ok(!phoneLike('gọi 1800 1234').every((n) => known.has(n)), 'an invented number is caught');
});

test('each page opens by its deep link in each language: its title, quick exit, numbers the directory holds', async () => {
  const known = directoryNumbers();
  for (const lang of LANGS) {
    const { page, context, errors } = await phone(app.browser, { locale: lang });
    for (const view of PAGES) {
      await open(page, app.server.url, `?v=${CODES[view]}&lang=${lang}`);
      await shown(page, view);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${view} ${lang}`);
      assert.equal((await page.locator('#view-title').innerText()).trim(), message(lang, `${view}-title`), `${view} ${lang}`);
      assert.equal(new URL(page.url()).search, `?lang=${lang}`, "the deep link's number leaves the address");
      // The tab (and so the history row) keeps the app's neutral name.
      assert.equal(await page.title(), message(lang, 'app-name', 'app.ftl'), `${view} ${lang} title`);
      assert.ok(await page.locator('.quick-exit').isVisible(), `${view} ${lang} quick exit`);
      const text = await mainText(page);
      assert.doesNotMatch(text, /\b(change|young|community|people|nav|check-reason)-[a-z-]+\b/, `${view} ${lang}: an id shown`);
      // Every number on the page, dialled or written, is one the directory holds.
      const tels = await page.locator('#main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').slice(4)));
      for (const n of [...tels, ...phoneLike(text)]) assert.ok(known.has(n), `${view} ${lang}: ${n} is not in the directory`);
      if (view !== 'change') {
        for (const n of ['113', '111']) assert.ok(tels.includes(n), `${view} ${lang}: tel:${n}`);
      }
    }
    assert.deepEqual(errors, [], `${lang}: no page errors`);
    await context.close();
  }
});

test('from Home each page is one tap away, in each language; the helper, teacher and young pages link on', async () => {
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser, { locale: lang });
    for (const view of PAGES) {
      await open(page, app.server.url, `?lang=${lang}`);
      const link = page.locator(`.home-people a[href*="v=${CODES[view]}&"]`);
      assert.equal((await link.innerText()).trim(), message(lang, `nav-${view}`, 'app.ftl'));
      await link.click();
      await shown(page, view);
      assert.equal((await page.locator('#view-title').innerText()).trim(), message(lang, `${view}-title`));
    }
    await context.close();
  }
  const { page, context } = await phone(app.browser);
  for (const [from, to] of [
    ['teacher', 'young'],
    ['helper', 'community'],
    ['young', 'change'],
  ]) {
    await open(page, app.server.url, `?v=${CODES[from]}&lang=vi`);
    await page.locator(`#main a[href*="v=${CODES[to]}&"]`).click();
    await shown(page, to);
  }
  await context.close();
});

test('the community page: the danger signs in the self-check’s words, the law, a logbook without names', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=16&lang=vi');
  const signs = await page.locator('section[aria-labelledby="community-mediation-title"] li').allInnerTexts();
  for (const id of ['check-reason-choke', 'check-reason-weapon', 'check-reason-threat-kill', 'check-reason-worse']) {
    assert.ok(signs.includes(message('vi', id, 'check.ftl')), `${id}: ${signs.join(' | ')}`);
  }
  const law = await page.locator('section[aria-labelledby="community-law-title"]').innerText();
  for (const want of [/Điều 19/, /Điều 25/, /12 giờ/, /3 ngày/, /Chủ tịch UBND xã, phường/]) assert.match(law, want);
  assert.match(await page.locator('section[aria-labelledby="community-log-title"]').innerText(), /Không ghi họ tên/);
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

test('the share view puts the community page (and the young people’s page) on a poster’s QR code', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=6&lang=vi');
  for (const view of ['community', 'young']) {
    for (const lang of ['vi', 'km']) {
      await page.locator(`label.share-choice[lang="${lang}"]`).click();
      await page.locator('label.share-choice', { hasText: message('vi', `nav-${view}`, 'app.ftl') }).click();
      const qr = page.locator('.poster-qr');
      await qr.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      assert.equal(await decode(await qr.screenshot()), `${app.server.url}?v=${CODES[view]}&lang=${lang}`, `${view} ${lang}`);
    }
  }
  await context.close();
});

function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

/** The first page's size in points, from its MediaBox. */
function pdfSize(pdf) {
  const m = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

test('the community card prints alone on one A5 page, in vi and in km, after the app’s print warning', async () => {
  for (const lang of ['vi', 'km', 'en']) {
    const { page, context } = await phone(app.browser, { locale: lang });
    await open(page, app.server.url, `?v=16&lang=${lang}`);
    // The print button, with the line on what a saved PDF leaves behind before it.
    const section = page.locator('.community-print');
    assert.equal(await section.locator('.stays[data-stays="stays-pdf"]').count(), 1, lang);
    await page.evaluate(() => {
      window.print = () => (document.documentElement.dataset.printed = '1');
    });
    await section.locator('button').click();
    assert.equal(await page.getAttribute('html', 'data-printed'), '1', `${lang}: the button prints`);
    // On paper: the card only.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.ccard').isVisible(), lang);
    for (const hidden of ['.people-community', '.community-print', '.quick-exit', '.emergency']) {
      assert.ok(!(await page.locator(hidden).first().isVisible()), `${lang}: ${hidden} on paper`);
    }
    assert.equal((await page.locator('.ccard h2').innerText()).trim(), message(lang, 'community-card-heading'));
    // On paper (a PDF is made with print styles, unless screen ones are asked for).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.equal(pdfPages(pdf), 1, `${lang}: one page`);
    const [w, h] = pdfSize(pdf) || [0, 0];
    // A5 is 148 mm × 210 mm: 419.5 × 595.3 points.
    assert.ok(Math.abs(w - 419.5) < 2 && Math.abs(h - 595.3) < 2, `${lang}: A5, got ${w} × ${h}`);
    await context.close();
  }
});

test('moving between the pages leaves no trace, adds no history entry, names no view, asks no one else', () =>
  walkLeavesNothing(app, async (page) => {
    for (const view of PAGES) {
      await page.locator('.brand').click();
      await shown(page, 'home');
      await page.locator(`.home-people a[href*="v=${CODES[view]}&"]`).click();
      await shown(page, view);
      assert.equal(new URL(page.url()).search, '?lang=vi', `${view}: the address names no view`);
    }
    await page.locator('.langs a[lang="km"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
  }));

test('accessibility: no serious or critical axe violation on the three pages in vi, en and km', () =>
  axeEach(app, [...PAGES, 'home']));

// The same count as firstpaint.test.mjs: the three pages cost the first visit only their
// Home lines and loader entries.
test('the first visit stays within 100 KB, brotli', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:href|src)="\.?\/?([^"?#]+)"/g)].map((m) => m[1]).filter((f) => !/^(tel:|https?:)/.test(f));
  const glue = readFileSync(join(DIST, refs.find((f) => /^safepath-[0-9a-f]{16}\.js$/.test(f))), 'utf8');
  const split = glue.match(/split-[0-9a-f]{16}\.js/)?.[0];
  const files = [...new Set(['index.html', ...refs.filter((f) => /\.(css|js|wasm|svg)$/.test(f)), split])];
  const br = (f) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const total = files.reduce((s, f) => s + br(f), 0);
  console.log(`first visit: ${total} bytes brotli`);
  assert.ok(total <= 100 * 1024, `first visit ${(total / 1024).toFixed(2)} KB`);
});

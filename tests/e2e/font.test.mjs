// Khmer renders on a device with no Khmer font: the app's own Noto Sans Khmer subset is
// fetched by Khmer pages only, and shapes real glyphs, not boxes. The browser here sees
// DejaVu only (harness.mjs), so the device's fonts alone would show boxes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phone, open, go } from './harness.mjs';

const app = useApp();
const FONT_FILE = /\/fonts\/noto-sans-khmer-\d{3}-[0-9a-f]{16}\.woff2$/;

/**
 * Draws Khmer in `font` on a canvas: whether two different letters give different
 * pixels (boxes are all alike), and the width of a stacked consonant cluster against
 * one letter (unshaped, "ក្ក" is three boxes; shaped, the second ក sits under the first).
 */
function probe(font) {
  const c = document.createElement('canvas');
  c.width = 60;
  c.height = 60;
  const ctx = c.getContext('2d', { willReadFrequently: true });
  ctx.font = font;
  const pixels = (s) => {
    ctx.clearRect(0, 0, 60, 60);
    ctx.fillText(s, 5, 40);
    return Array.from(ctx.getImageData(0, 0, 60, 60).data).join();
  };
  return {
    lettersDiffer: pixels('ក') !== pixels('ខ'),
    // U+0378 is unassigned: no font has it, so it is drawn as the missing-glyph box.
    unlikeBox: pixels('ក') !== pixels('\u0378'),
    clusterRatio: ctx.measureText('ក្ក').width / ctx.measureText('ក').width,
  };
}

test('this browser has no Khmer font of its own (so the next test means something)', async () => {
  const { context, page } = await phone(app.browser);
  try {
    await open(page, app.server.url, '?lang=en');
    const device = await page.evaluate(probe, '24px sans-serif');
    assert.equal(device.lettersDiffer, false, 'device fonts draw Khmer letters as identical boxes');
    // And Latin text uses the one font the harness allows, whatever the machine has.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#view-title' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    assert.deepEqual(fonts.map((f) => f.familyName), ['DejaVu Sans']);
  } finally {
    await context.close();
  }
});

test('Khmer pages load the app font and draw shaped Khmer glyphs, not boxes', async () => {
  const { context, page, seen, errors } = await phone(app.browser, { locale: 'km-KH' });
  try {
    for (const view of ['', '?v=1&lang=km', '?v=3&lang=km']) {
      await open(page, app.server.url, view || '?lang=km');
      const faces = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Khmer').map((f) => `${f.weight}:${f.status}`),
      );
      assert.ok(faces.includes('400:loaded'), `${view}: regular face loaded (${faces})`);
      const font = await page.evaluate(() => getComputedStyle(document.querySelector('#view-title')).fontFamily);
      assert.match(font, /^"?Noto Sans Khmer"?,/, 'the Khmer face comes first for Khmer text');
      const shaped = await page.evaluate(probe, '24px "Noto Sans Khmer", sans-serif');
      assert.equal(shaped.lettersDiffer, true, 'different letters, different glyphs');
      assert.equal(shaped.unlikeBox, true, 'a letter is not the missing-glyph box');
      assert.ok(shaped.clusterRatio < 1.5, `the subscript consonant stacks (width ratio ${shaped.clusterRatio})`);
    }
    // Headings are bold: the bold face is used, not a smeared regular.
    assert.ok(
      await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Noto Sans Khmer') && f.weight === '700' && f.status === 'loaded')),
      'bold face loaded',
    );
    const fonts = seen.filter((u) => FONT_FILE.test(u));
    assert.ok(fonts.length >= 1 && fonts.every((u) => u.startsWith(app.server.url)), `same origin: ${fonts}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Vietnamese and English visits never fetch the Khmer font (the ខ្មែរ button included)', async () => {
  for (const lang of ['vi', 'en']) {
    const { context, page, seen } = await phone(app.browser, { locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
    try {
      await open(page, app.server.url, `?lang=${lang}`);
      assert.ok(await page.locator('.langs [lang="km"]').isVisible(), 'the Khmer switch is on the page');
      for (const view of ['check', 'plan', 'help', 'privacy', 'about', 'home']) await go(page, view);
      await open(page, app.server.url, `?v=6&lang=${lang}`);
      const status = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.family.includes('Noto Sans Khmer')).map((f) => f.status),
      );
      assert.ok(status.length === 2 && status.every((s) => s === 'unloaded'), `${lang}: ${status}`);
      assert.deepEqual(seen.filter((u) => /\.woff2/.test(u)), [], `${lang} fetched a font`);
    } finally {
      await context.close();
    }
  }
});

test('switching to Khmer fetches the font then, and the page shows it', async () => {
  const { context, page, seen } = await phone(app.browser);
  try {
    await open(page, app.server.url, '?lang=vi');
    assert.equal(seen.filter((u) => FONT_FILE.test(u)).length, 0);
    await page.locator('.langs [lang="km"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await page.evaluate(() => document.fonts.ready);
    assert.ok(seen.some((u) => FONT_FILE.test(u)), 'fetched on switching');
    const shaped = await page.evaluate(probe, '24px "Noto Sans Khmer", sans-serif');
    assert.equal(shaped.lettersDiffer, true);
  } finally {
    await context.close();
  }
});

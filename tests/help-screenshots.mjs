// Screenshots of "Get help" with a commune chosen, and of the printed help card, in every
// language at phone width, for a person to look at.
// Usage: node tests/help-screenshots.mjs [out-dir] [area-code]
import { serve, launch, phone, open, LANGS } from './e2e/harness.mjs';

const out = process.argv[2] || 'tests/e2e/out';
const area = process.argv[3] || '30337';
const server = await serve();
const browser = await launch();
for (const lang of LANGS) {
  const { page, context } = await phone(browser, { locale: lang });
  await open(page, server.url, `?v=3&lang=${lang}&a=${area}`);
  await page.screenshot({ path: `${out}/help-commune-${lang}.png`, fullPage: true });
  // The parts that matter, at a size a person can read.
  await page.locator('.help-commune').screenshot({ path: `${out}/help-commune-offices-${lang}.png` });
  await page.locator('.help-card[data-id="anh-duong-an-giang"]').screenshot({ path: `${out}/help-centre-${lang}.png` });
  await page.locator('.help-print').screenshot({ path: `${out}/help-print-${lang}.png` });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/helpcard-${lang}.png`, fullPage: true });
  await page.emulateMedia({ media: null });
  await page.locator('.help-print-check input').check();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/helpcard-neutral-${lang}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

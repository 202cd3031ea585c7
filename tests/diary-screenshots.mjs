// Screenshots of the diary at phone width in vi/en/km: the diary with entries, an entry
// being written, the printing screen, and the printed pages.
// Usage: node tests/diary-screenshots.mjs [out-dir]   (after make dist)
import { serve, launch, phone, open, LANGS } from './e2e/harness.mjs';

const out = process.argv[2] || 'tests/e2e/out';
const server = await serve();
const browser = await launch();
const entries = [
  ['2026-10-03', 'Anh ấy say, đập bàn và đẩy tôi vào tường.', 'Bầm ở tay trái'],
  ['2026-11-02', 'ប្តីខ្ញុំគំរាមខ្ញុំតាម Zalo 📱', ''],
];
for (const lang of LANGS) {
  const { page, context } = await phone(browser, { locale: lang });
  await open(page, server.url, `?v=2&lang=${lang}`);
  await page.locator('.diary-link').screenshot({ path: `${out}/diary-link-${lang}.png` });
  await page.locator('.diary-link a').click();
  await page.locator('#keep-words-new').waitFor();
  await page.screenshot({ path: `${out}/diary-empty-${lang}.png`, fullPage: true });
  for (const [day, what, injury] of entries) {
    await page.locator('.diary-view > p > button.primary').click();
    await page.locator('#diary-f-day').fill(day);
    await page.locator('#diary-f-what').fill(what);
    if (injury) await page.locator('#diary-f-injury').fill(injury);
    await page.locator('.diary-children input').nth(1).check();
    if (day === entries[1][0]) {
      await page.locator('.diary-form').screenshot({ path: `${out}/diary-form-${lang}.png` });
    }
    await page.locator('.diary-form button[type="submit"]').click();
  }
  await page.screenshot({ path: `${out}/diary-${lang}.png`, fullPage: true });
  await page.locator('a[href*="v=11&"]').click();
  await page.locator('#diary-commune').waitFor();
  await page.locator('#diary-commune').selectOption({ label: 'phường Long Xuyên' });
  await page.screenshot({ path: `${out}/diary-print-screen-${lang}.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/diary-print-${lang}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

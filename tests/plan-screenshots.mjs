// Screenshots of the plan at phone width in vi/en/km: the list, a section open, the keep
// panel, and the print layout. Usage: node tests/plan-screenshots.mjs [out-dir]
import { serve, launch, phone, open, LANGS } from './e2e/harness.mjs';

const out = process.argv[2] || 'tests/e2e/out';
const server = await serve();
const browser = await launch();
for (const lang of LANGS) {
  const { page, context } = await phone(browser, { locale: lang });
  await open(page, server.url, `?v=2&lang=${lang}`);
  await page.screenshot({ path: `${out}/plan-${lang}.png`, fullPage: true });
  await page.locator('#plan-s-people summary').click();
  await page.locator('#plan-i-people-trusted').check();
  await page.locator('#plan-f-people-people').fill('Chị Lan 0900 000 000\nយាយ សុខា');
  await page.locator('#plan-s-people').screenshot({ path: `${out}/plan-section-${lang}.png` });
  await page.locator('#keep-words-new').fill('abc');
  await page.locator('.plan-keep').screenshot({ path: `${out}/plan-keep-${lang}.png` });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/plan-print-${lang}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

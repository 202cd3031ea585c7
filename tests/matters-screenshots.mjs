// Screenshots of "what matters to me", the plan following it, the trusted person and the
// help view preselected, at phone width in vi/en/km.
// Usage: node tests/matters-screenshots.mjs [out-dir]
import { serve, launch, phone, open, LANGS } from './e2e/harness.mjs';

const out = process.argv[2] || 'tests/e2e/out';
const server = await serve();
const browser = await launch();
for (const lang of LANGS) {
  const { page, context } = await phone(browser, { locale: lang });
  await open(page, server.url, `?v=2&lang=${lang}`);
  await page.locator('.matters').waitFor();
  await page.locator('.matters').screenshot({ path: `${out}/matters-empty-${lang}.png` });
  await page.locator('#matters-s-staying').check();
  await page.locator('#matters-p-children').check();
  await page.locator('#matters-p-money-home').check();
  await page.locator('.matters').screenshot({ path: `${out}/matters-answered-${lang}.png` });
  await page.locator('.plan-sections').screenshot({ path: `${out}/matters-order-${lang}.png` });
  await page.locator('#plan-s-staying summary').click();
  await page.locator('#plan-s-staying').screenshot({ path: `${out}/matters-staying-${lang}.png` });
  await page.locator('#plan-s-staying summary').click();
  await page.locator('#trusted-name').fill(lang === 'km' ? 'បងស្រី' : 'Chị Hai');
  await page.locator('#trusted-number').fill('0901 234 567');
  await page.locator('#trusted-word').fill(lang === 'km' ? 'ផ្កាឈូក' : 'bánh xèo');
  await page.locator('.trusted').screenshot({ path: `${out}/matters-trusted-${lang}.png` });
  await page.locator('.mainnav a[href*="v=3&"]').click();
  await page.locator('.matters-help-note').waitFor();
  await page.screenshot({ path: `${out}/matters-help-${lang}.png` });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

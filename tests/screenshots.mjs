// Screenshots of every view in every language at phone width, for a person to look at.
// Usage: node tests/screenshots.mjs [out-dir] [views...]
import { serve, launch, phone, open, LANGS, VIEWS } from './e2e/harness.mjs';

const out = process.argv[2] || 'tests/e2e/out';
const views = process.argv.slice(3).length ? process.argv.slice(3) : VIEWS;
const server = await serve();
const browser = await launch();
for (const lang of LANGS) {
  const { page, context } = await phone(browser, { locale: lang });
  for (const view of views) {
    await open(page, server.url, `?view=${view}&lang=${lang}`);
    await page.screenshot({ path: `${out}/${view}-${lang}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);

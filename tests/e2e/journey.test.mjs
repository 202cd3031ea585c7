// One visit across the three parts, as a person would make it: the self-check's answers
// reorder the plan (and say why) and preselect the contacts; quick exit drops it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, phone, open, traces, EMPTY_TRACES, EXIT_URL,
} from './harness.mjs';

const app = useApp();

/** Self-check in English: safe now, children harmed, everything else No. */
async function checkAboutChildren(page) {
  await open(page, app.server.url, '?v=1&lang=en');
  await page.getByRole('button', { name: 'For me' }).click();
  for (;;) {
    const q = page.locator('.check-question');
    await page.locator('.check-question, .check-result').first().waitFor();
    if ((await q.count()) === 0) break;
    const slug = await q.getAttribute('data-question');
    const answer = slug === 'safe-now' || slug === 'children' ? 'Yes' : 'No';
    await page.getByRole('button', { name: answer, exact: true }).click();
    await page.waitForFunction((s) => document.querySelector('.check-question')?.dataset.question !== s, slug);
  }
  await page.locator('.check-result').waitFor();
}

test('the self-check puts the children part of the plan first and says why', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en' });
  await checkAboutChildren(page);
  await page.locator('.check-to-plan').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'plan');
  const first = page.locator('.plan-section').first();
  assert.match(await first.locator('.plan-why').innerText(), /Because you mentioned children/);
  assert.match(await first.locator('.plan-s-title').innerText(), /child/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the self-check preselects the right needs in the contacts', async () => {
  const { page, context } = await phone(app.browser, { locale: 'en' });
  await checkAboutChildren(page);
  await page.locator('.check-to-help').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'help');
  await page.locator('.help-need').first().waitFor();
  const pressed = await page
    .locator('.help-need[aria-pressed="true"]')
    .evaluateAll((bs) => bs.map((b) => b.dataset.need));
  assert.ok(pressed.includes('child'), `child preselected, got ${pressed}`);
  assert.ok(await page.locator('.help-results a[href="tel:111"], main a[href="tel:111"]').first().isVisible());
  await context.close();
});

test('a whole visit (check, plan notes, contacts) leaves no trace, and Shift×3 leaves (forgetting: forget.test.mjs)', async () => {
  const { page, context, seen } = await phone(app.browser, { locale: 'en' });
  await checkAboutChildren(page);
  await page.locator('.check-to-plan').click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'plan');
  await page.locator('.plan-section summary').first().click();
  await page.locator('.plan-section textarea').first().fill('journey-marker-7731');
  assert.deepEqual(await traces(context, page), EMPTY_TRACES);
  assert.ok(!page.url().includes('journey-marker'), 'nothing typed reaches the address');
  assert.deepEqual(seen.filter((u) => !u.startsWith(app.server.origin + '/') && !u.startsWith('data:')), []);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_URL);
  await context.close();
});

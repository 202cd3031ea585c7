// Every field where a person types keeps the words away from autofill, the keyboard's
// suggestions and learning, autocorrect and spell check (which may send the text away):
// each textarea and text input, in every view that has one, carries the three
// attributes. The passphrase fields are the keep panel's own (tested with it). The plan
// and the diary say once that a private tab is safer for typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, phone, open } from './harness.mjs';

const app = useApp();

const WANT = { autocomplete: 'off', autocorrect: 'off', spellcheck: 'false' };

/** Every typed field on the page now, with the three attributes as written. */
const typedFields = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('textarea, input')]
      .filter((el) => el.tagName === 'TEXTAREA' || ['text', 'search', 'tel', 'email', 'url', 'number'].includes(el.type))
      .filter((el) => !/pass/.test(el.id))
      .map((el) => ({
        field: `${el.tagName.toLowerCase()}#${el.id || el.className}`,
        autocomplete: el.getAttribute('autocomplete'),
        autocorrect: el.getAttribute('autocorrect'),
        spellcheck: el.getAttribute('spellcheck'),
      })),
  );

async function check(page, where, atLeast) {
  const fields = await typedFields(page);
  assert.ok(fields.length >= atLeast, `${where}: ${fields.length} typed fields, expected at least ${atLeast}`);
  for (const f of fields) {
    const { field, ...attrs } = f;
    assert.deepEqual(attrs, WANT, `${where}: ${field}`);
  }
  return fields.map((f) => f.field);
}

test('every typed field, in every view that has one, turns off autofill, suggestions, autocorrect and spell check', async () => {
  const { page, context, errors } = await phone(app.browser);

  // The plan: every section's notes (closed <details> still hold them) and the trusted person.
  await open(page, app.server.url, '?v=2&lang=vi');
  await page.locator('.trusted').waitFor();
  const plan = await check(page, 'plan', 10);
  for (const id of ['input#trusted-name', 'input#trusted-number', 'input#trusted-word']) {
    assert.ok(plan.includes(id), `plan has ${id}`);
  }
  assert.equal(await page.locator('.plan-typing').count(), 1, 'the plan says once that a private tab is safer');

  // The diary: the entry form, then the printing screen's names.
  await open(page, app.server.url, '?v=10&lang=vi');
  await page.locator('.diary-view button.primary', { hasText: 'Ghi thêm' }).click();
  await page.locator('#diary-f-what').waitFor();
  assert.ok((await check(page, 'diary entry', 3)).includes('textarea#diary-f-what'));
  assert.equal(await page.locator('.diary-typing').count(), 1, 'the diary says once that a private tab is safer');
  await page.locator('#diary-f-what').fill('Một chuyện');
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-form').waitFor({ state: 'detached' });
  await page.locator('.diary-to-print a').click();
  await page.locator('#diary-own-name').waitFor();
  const print = await check(page, 'diary print', 2);
  assert.ok(print.includes('input#diary-own-name') && print.includes('input#diary-other-name'), print.join());

  // Help: the commune search.
  await open(page, app.server.url, '?v=3&lang=vi');
  assert.ok((await check(page, 'help', 1)).includes('input#help-place-input'));

  // Share: the place box (and the read-only link and snippet, which hold no typing but
  // are text fields all the same).
  await open(page, app.server.url, '?v=6&lang=vi');
  assert.ok((await check(page, 'share', 1)).includes('input#share-area'));

  assert.deepEqual(errors, []);
  await context.close();
});

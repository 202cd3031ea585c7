// The one keep panel, as the plan and the diary share it: a passphrase field no password
// manager treats as a password, emptied once sent; the same Vietnamese words typed by
// another input method (NFC or NFD) open what was kept, and so does a value kept before
// the passphrase was normalised; every save draws a fresh nonce under the same salt; the
// stored length does not follow the diary entry by entry; a damaged value and a short
// passphrase are said in the diary as in the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { live, useApp, phone, open, reloadTo, CODES } from './harness.mjs';

const app = useApp();

const KEY = 'notes-1';
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const busyDone = (page) =>
  page.locator('.plan-keep .plan-busy:empty').waitFor({ state: 'attached', timeout: 60000 });

async function keep(page, pass, again = pass) {
  await page.locator('#keep-words-new').fill(pass);
  await page.locator('#keep-words-again').fill(again);
  await page.locator('.keep-form button.primary').click();
  await busyDone(page);
}

async function openKept(page, pass) {
  await page.locator('#keep-words-open').fill(pass);
  await page.locator('.keep-form button.primary').click();
  await busyDone(page);
}

const alertText = async (page) => (await page.locator('.plan-keep [role="alert"]').innerText()).trim();

/** The envelope's header (see src/core/kept/envelope.rs): `n1.` + base64url of
 * [kdf u8][iterations u32 BE][salt 16][nonce 12][ciphertext length u32 BE][ciphertext]. */
function header(value) {
  assert.match(value, /^n1\.[A-Za-z0-9_-]+$/);
  const bin = Buffer.from(value.slice(3), 'base64url');
  return {
    kdf: bin[0],
    iterations: bin.readUInt32BE(1),
    salt: bin.subarray(5, 21).toString('hex'),
    nonce: bin.subarray(21, 33).toString('hex'),
    length: bin.readUInt32BE(33),
  };
}

// "Mother and I go to Long Xuyên's floating market", as a composing keyboard types it
// (NFC: "ẹ", "ì", "ợ", "ổ", "ê" are one code point each) and as a decomposing one does
// (NFD: the base letter, then its marks).
const VI = 'Mẹ con mình đi chợ nổi Long Xuyên';
const VI_NFC = VI.normalize('NFC');
const VI_NFD = VI.normalize('NFD');

// Kept with the build before the passphrase was normalised (KDF id 1: PBKDF2 over the
// bytes as typed), typed then by a decomposing keyboard (VI_NFD). It holds the people
// section's code word and one tick. Made once with WebCrypto by the format in src/core/kept/;
// never regenerate it: it stands for values already on people's phones.
const OLD = 'n1.AQAJJ8DrTG9Hpi6pzPMcGA-A9xMEC0NZEwUo82D3L-3nAAAAWlvyD1lyG-w_HupH2oscuu36ARP2AJSODF2CffgRp70wTOEcO3UYXyG4P5g42wWfUB0SHslbmSE1LfxotMWFznu6ZF4XEHFg_Gx7EO3kMfeukADPmLRGo7pZVw';
const OLD_WORD = 'hoa sen 🌸 OLDMARK4417';

test('the passphrase field is one no password manager treats as a password, and is empty once sent', async () => {
  for (const view of ['plan', 'notes']) {
    const { page, context, errors } = await phone(app.browser, { locale: 'en-US' });
    await open(page, app.server.url, `?v=${CODES[view]}&lang=en`);
    const fields = page.locator('.plan-keep input.keep-words');
    assert.equal(await fields.count(), 2, view);
    for (const f of await fields.all()) {
      const a = await f.evaluate((el) => ({
        type: el.type,
        autocomplete: el.getAttribute('autocomplete'),
        autocorrect: el.getAttribute('autocorrect'),
        autocapitalize: el.getAttribute('autocapitalize'),
        spellcheck: el.getAttribute('spellcheck'),
        name: el.getAttribute('name'),
        id: el.id,
        inForm: el.closest('form') !== null,
        mask: getComputedStyle(el).webkitTextSecurity,
      }));
      // Chromium's and Firefox's password managers start only from a field that is or
      // was type=password; third-party autofill services also match "pass" in names.
      assert.deepEqual(
        { ...a, id: /pass/i.test(a.id) },
        {
          type: 'text', autocomplete: 'off', autocorrect: 'off', autocapitalize: 'off', spellcheck: 'false',
          name: null, id: false, inForm: false, mask: 'disc',
        },
        `${view} ${a.id}`,
      );
    }
    assert.equal(await page.locator('input[type="password"], .plan-keep form').count(), 0, view);
    // What to do if a browser offers to save anyway, and the way to see what is typed.
    await page.locator('.keep-form').getByText('close the offer with ✕').waitFor();
    await page.locator('.keep-show input').check();
    assert.equal(await fields.first().evaluate((el) => getComputedStyle(el).webkitTextSecurity), 'none');
    await page.locator('.keep-show input').uncheck();

    // Sent with two different entries: refused, and both fields are empty at once.
    await keep(page, 'ba con vịt xanh', 'ba con vit xanh');
    assert.match(await alertText(page), /not the same/);
    assert.equal(await page.locator('#keep-words-new').inputValue(), '');
    assert.equal(await page.locator('#keep-words-again').inputValue(), '');
    // Enter sends too (no form: the field's own key handler).
    await page.locator('#keep-words-new').fill('ba con vịt xanh');
    await page.locator('#keep-words-again').fill('ba con vịt xanh');
    await page.locator('#keep-words-again').press('Enter');
    await busyDone(page);
    assert.match(await alertText(page), /Kept/);
    await reloadTo(page, view);
    await openKept(page, 'not it');
    assert.match(await alertText(page), /not right/);
    assert.equal(await page.locator('#keep-words-open').inputValue(), '', `${view}: empty after a wrong try`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('kept with the decomposed form of Vietnamese words, opened with the composed form (and the reverse)', async () => {
  assert.notEqual(VI_NFC, VI_NFD, 'the two forms differ as code points');
  for (const [keptAs, openedAs] of [[VI_NFD, VI_NFC], [VI_NFC, VI_NFD]]) {
    const { page, context, errors } = await phone(app.browser);
    await open(page, app.server.url, '?v=2&lang=vi');
    await page.locator('#plan-s-people summary').click();
    await page.locator('#plan-f-people-codeword').fill('cây dừa');
    await keep(page, keptAs);
    assert.equal(header(await stored(page)).kdf, 2, 'new values derive from the NFC form (KDF id 2)');
    await reloadTo(page, 'plan');
    await openKept(page, openedAs);
    assert.match(await alertText(page), /Kế hoạch đã được mở/);
    await page.locator('#plan-s-people summary').click();
    assert.equal(await page.locator('#plan-f-people-codeword').inputValue(), 'cây dừa');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a value kept before normalisation (KDF id 1) still opens, as typed then and with the other keyboard', async () => {
  assert.equal(header(OLD).kdf, 1);
  for (const typed of [VI_NFD, VI_NFC]) {
    const { page, context, errors } = await phone(app.browser);
    await page.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, OLD]);
    await open(page, app.server.url, '?v=2&lang=vi');
    await openKept(page, typed);
    assert.match(await alertText(page), /Kế hoạch đã được mở/, typed === VI_NFD ? 'as typed' : 'other keyboard');
    await page.locator('#plan-s-people summary').click();
    assert.equal(await page.locator('#plan-f-people-codeword').inputValue(), OLD_WORD);
    assert.ok(await page.locator('#plan-i-incident-exits').isChecked());
    assert.equal(await stored(page), OLD, 'opening writes nothing');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('every save draws a fresh nonce under the same salt and 600000 iterations; the length stays in its bucket', async () => {
  const { page, context, errors } = await phone(app.browser);
  await open(page, app.server.url, '?v=2&lang=vi');
  await keep(page, 'ba con vịt xanh bơi qua sông');
  const values = [await stored(page)];
  for (const note of ['Nhà chị Hai, cửa sau', 'Nhà chị Hai, cửa sau. Số của cô Tư: 0912 345 678']) {
    await page.locator('#plan-s-people summary').click();
    await page.locator('#plan-f-people-places').fill(note);
    await page.locator('.plan-keep').getByText('Có thay đổi chưa được lưu').waitFor();
    await page.locator('.plan-keep button.primary').click();
    await page.waitForFunction(([k, v]) => localStorage.getItem(k) !== v, [KEY, values.at(-1)]);
    await busyDone(page);
    values.push(await stored(page));
    await page.locator('#plan-s-people summary').click();
  }
  const h = values.map(header);
  assert.equal(new Set(h.map((x) => x.nonce)).size, 3, `three distinct nonces: ${h.map((x) => x.nonce)}`);
  assert.equal(new Set(h.map((x) => x.salt)).size, 1, 'one salt for one passphrase');
  assert.deepEqual(h.map((x) => x.iterations), [600000, 600000, 600000]);
  assert.deepEqual(h.map((x) => x.kdf), [2, 2, 2]);
  // Padded: an empty plan and one with notes are stored at the same length.
  assert.equal(new Set(values.map((v) => v.length)).size, 1, `lengths ${values.map((v) => v.length)}`);
  assert.equal(h[0].length, 4096 + 16, 'the smallest bucket, plus the tag');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the diary\'s panel is the plan\'s: a damaged value said at once and deletable, a short passphrase warned', async () => {
  const { page, context, errors } = await phone(app.browser, { locale: 'en-US' });
  await page.addInitScript(([k]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, 'n1.AAAA-damaged');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await open(page, app.server.url, '?v=10&lang=en');
  // Before any passphrase is typed: what is wrong, and the way out.
  assert.match(await alertText(page), /damaged/);
  assert.equal(await page.locator('#keep-words-open').count(), 0, 'no passphrase asked for what can never open');
  await page.locator('.plan-keep').getByText('Would you like to delete it').waitFor();
  await page.locator('.plan-delete button').click();
  await page.locator('.plan-delete').getByText('the diary and the safety plan both').waitFor();
  await page.locator('.plan-confirm button.secondary').click();
  assert.equal(await stored(page), null);
  // Keeping is offered again, with the same warning as the plan's.
  await page.locator('#keep-words-new').fill('1985');
  await page.locator('#keep-short').getByText('quite short').waitFor();
  await page.locator('#keep-words-new').fill('three unrelated words here');
  await page.locator('#keep-short:empty').waitFor({ state: 'attached' });
  assert.deepEqual(errors, []);
  await context.close();
});

// The app shell as a person meets it: every view in every language, quick exit by click
// and by Shift×3 with no way Back, no request to any other origin, no trace left,
// accessibility, and addresses that are malformed or huge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, launch, CHROMIUM_ARGS, phone, open, go, axe, traces, EMPTY_TRACES, LANGS, VIEWS, EXIT_URL,
  CODES,
} from './harness.mjs';

const BEFORE = '/before.html';
const app = useApp({
  extra: { [BEFORE]: ['text/html', '<title>before</title><p>an ordinary page</p>'] },
});

test('every view renders in every language, with <html lang> and a neutral title', async () => {
  for (const lang of LANGS) {
    const { page, context, errors } = await phone(app.browser);
    for (const view of VIEWS) {
      await open(page, app.server.url, `?v=${CODES[view]}&lang=${lang}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${view} ${lang}`);
      const h1 = (await page.locator('#view-title').innerText()).trim();
      assert.ok(h1.length > 0, `${view} ${lang} has a heading`);
      // Every view keeps quick exit in view and the emergency numbers at hand.
      assert.ok(await page.locator('.quick-exit').isVisible(), `${view} ${lang} quick exit`);
      for (const n of ['113', '115', '111']) {
        assert.equal(await page.locator(`.emergency a[href="tel:${n}"]`).count(), 1, `${view} ${lang} tel:${n}`);
      }
      const title = await page.title();
      assert.ok(!/bạo lực|violence|abuse|ហិង្សា/i.test(title), `neutral title, got ${title}`);
    }
    assert.deepEqual(errors, [], `no page errors in ${lang}`);
    await context.close();
  }
});

test('language: ?lang= first, then the browser, then Vietnamese; the switcher works', async () => {
  const cases = [
    ['en-US', '', 'en'],
    ['km-KH', '', 'km'],
    ['fr-FR', '', 'vi'],
    ['en-US', '?lang=km', 'km'],
    ['en-US', '?lang=zz', 'en'],
  ];
  for (const [locale, query, want] of cases) {
    const { page, context } = await phone(app.browser, { locale });
    await open(page, app.server.url, query);
    assert.equal(await page.getAttribute('html', 'lang'), want, `${locale} ${query}`);
    await context.close();
  }
  const { page, context } = await phone(app.browser, { locale: 'vi-VN' });
  await open(page, app.server.url, '?v=5');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await page.locator('#view-title').innerText()).trim(), 'About');
  // Switched in place: the address stays as opened, less the view boot.js stripped.
  assert.equal(new URL(page.url()).search, '');
  await context.close();
});

test('the quick-exit control stays in view when the page is scrolled', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=4&lang=vi');
  await page.mouse.wheel(0, 5000);
  await page.waitForFunction(() => window.scrollY > 500);
  const box = await page.locator('.quick-exit').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 740, `in viewport: ${JSON.stringify(box)}`);
  // Nothing is drawn over its centre.
  const onTop = await page.evaluate(() => {
    const b = document.querySelector('.quick-exit').getBoundingClientRect();
    const el = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    return !!el?.closest('.quick-exit');
  });
  assert.ok(onTop, 'quick exit is not covered');
  await context.close();
});

async function walkThenExit(exit) {
  const { page, context } = await phone(app.browser);
  await page.goto(app.server.origin + BEFORE);
  await open(page, app.server.url, '?lang=vi');
  const length = await page.evaluate(() => history.length);
  for (const view of ['check', 'plan', 'help', 'home', 'privacy']) await go(page, view);
  assert.equal(await page.evaluate(() => history.length), length, 'moving inside adds no history entry');
  await exit(page);
  await page.waitForURL(EXIT_URL);
  await page.goBack();
  await page.waitForLoadState();
  assert.equal(page.url(), app.server.origin + BEFORE, 'Back lands before the app');
  await context.close();
}

test('quick exit by click leaves for the destination and Back skips the app', async () => {
  await walkThenExit((page) => page.getByRole('link', { name: 'Thoát nhanh' }).click());
});

test('quick exit by Shift pressed three times', async () => {
  await walkThenExit(async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  });
});

test('two Shift presses, or a third after another key, do not exit (the 5 s window on a moved clock: tests/js/exit.test.mjs)', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?lang=vi');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  assert.ok(page.url().startsWith(app.server.url), 'still in the app');
  await context.close();
});

test('a screen reader hears how many Shift presses are left, in the page\'s language, from a hidden status region', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?lang=en');
  const status = page.locator('body > [role="status"]');
  assert.equal(await status.textContent(), '', 'silent until a press');
  await page.keyboard.press('Shift');
  assert.equal(await status.textContent(), 'Press Shift 2 more times to leave.');
  await page.keyboard.press('Shift');
  assert.equal(await status.textContent(), 'Press Shift once more to leave.');
  await page.keyboard.press('a');
  assert.equal(await status.textContent(), '', 'another key: the count starts over');
  const box = await status.boundingBox();
  assert.ok(!box || (box.width <= 1 && box.height <= 1), 'read, never shown');
  assert.ok(page.url().startsWith(app.server.url), 'still in the app');
  await context.close();
});

test('quick exit blanks the page before it goes', async () => {
  const { page, context } = await phone(app.browser);
  // The destination answers slowly, so we can look at the page while it waits.
  await context.unrouteAll();
  await context.route(`${new URL(EXIT_URL).origin}/**`, async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.fulfill({ contentType: 'text/html', body: '<p>neutral</p>' });
  });
  await open(page, app.server.url, '?v=4&lang=vi');
  const neutral = await page.title();
  assert.ok(neutral.trim().length > 0);
  // Click and look in the same task: what is on screen the moment after the tap. The
  // title stays the neutral name: an empty one would show the address in the tab.
  const left = await page.evaluate(() => {
    document.querySelector('.quick-exit').click();
    return { text: document.body.innerText.trim(), title: document.title };
  });
  assert.deepEqual(left, { text: '', title: neutral });
  await context.close();
});

test('a middle-click on quick exit leaves too, instead of opening a background tab', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=4&lang=vi');
  const opened = [];
  context.on('page', (p) => opened.push(p.url()));
  await page.locator('.quick-exit').click({ button: 'middle' });
  await page.waitForURL(EXIT_URL, { timeout: 5000 });
  assert.deepEqual(opened, [], 'no other tab');
  await context.close();
});

test('privacy: a walk through every view in every language talks only to the app\'s origin and leaves nothing behind', async () => {
  for (const lang of LANGS) {
    const { page, context, seen } = await phone(app.browser);
    await open(page, app.server.url, `?lang=${lang}`);
    for (const view of ['check', 'plan', 'help', 'privacy', 'about', 'home']) await go(page, view);
    for (const l of LANGS) await page.locator(`.langs a[lang="${l}"]`).click();
    const foreign = seen.filter((u) => !u.startsWith(app.server.origin + '/') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], `${lang}: requests to other origins`);
    assert.ok(seen.some((u) => u.endsWith('.wasm')), 'the recorder saw the app load');
    assert.deepEqual(await traces(context, page), EMPTY_TRACES, `${lang}: traces`);
    await context.close();
  }
});

test('the request recorder would catch a request to another origin', async () => {
  const { page, context, seen } = await phone(app.browser);
  await context.route('http://elsewhere.invalid/**', (r) => r.fulfill({ body: '' }));
  await open(page, app.server.url, '?lang=vi');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://elsewhere.invalid/pixel.png';
    document.body.append(img);
  });
  await page.waitForTimeout(300);
  assert.ok(seen.some((u) => u.startsWith('http://elsewhere.invalid/')));
  await context.close();
});

test('accessibility: no serious or critical axe violation on any view in vi and en', async () => {
  for (const lang of ['vi', 'en']) {
    const { page, context } = await phone(app.browser);
    for (const view of VIEWS) {
      await open(page, app.server.url, `?v=${CODES[view]}&lang=${lang}`);
      assert.deepEqual(await axe(page), [], `${view} ${lang}`);
    }
    await context.close();
  }
});

test('malformed and huge addresses leave a working app', async () => {
  const queries = [
    '?view=%zz&lang=%',
    '?view=<script>alert(1)</script>&lang=vi%00',
    '?v=1&view=&lang=xx-YY',
    '?&&&==&view',
    `?v=5&junk=${'x'.repeat(60000)}`,
    `?${'%E0%A4'.repeat(5000)}`,
  ];
  for (const q of queries) {
    const { page, context, errors } = await phone(app.browser, { locale: 'vi-VN' });
    await open(page, app.server.url, q);
    assert.ok((await page.locator('#view-title').innerText()).length > 0, q.slice(0, 40));
    assert.deepEqual(errors, [], q.slice(0, 40));
    await context.close();
  }
});

test('deep links open the named view; unknown ones open Home', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?v=4&lang=en');
  assert.equal((await page.locator('#view-title').innerText()).trim(), 'Staying safe online');
  await open(page, app.server.url, '?view=nonsense&lang=en');
  assert.equal((await page.locator('#view-title').innerText()).trim(), 'A private place for you');
  await context.close();
});

test('moving to a view puts focus on its heading, for screen readers', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?lang=en');
  await go(page, 'about');
  await page.waitForFunction(() => document.activeElement?.id === 'view-title');
  await context.close();
});

test('at 200% zoom on a 360 px phone (180 CSS px) nothing needs sideways scrolling', async () => {
  for (const lang of LANGS) {
    const { page, context } = await phone(app.browser, { width: 180, height: 370 });
    for (const view of VIEWS) {
      await open(page, app.server.url, `?v=${CODES[view]}&lang=${lang}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view} ${lang} overflows by ${overflow}px`);
      assert.ok(await page.locator('.quick-exit').isVisible());
    }
    await context.close();
  }
});

test('a phone that cannot run scripts still shows the emergency numbers and a working exit link', async () => {
  // Scripting off in the browser's settings, as on a phone that blocks it.
  const noScript = await launch({ args: [...CHROMIUM_ARGS, '--blink-settings=scriptEnabled=false'] });
  const context = await noScript.newContext({ viewport: { width: 360, height: 740 } });
  await context.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>neutral site</p>' }),
  );
  const page = await context.newPage();
  await page.goto(app.server.url);
  for (const n of ['113', '115', '111']) {
    assert.ok(await page.locator(`a[href="tel:${n}"]:visible`).first().isVisible(), `tel:${n}`);
  }
  assert.ok(await page.locator('.emergency-title:visible').isVisible());
  const exit = page.locator('a.quick-exit:visible');
  assert.equal(await exit.getAttribute('href'), EXIT_URL);
  await exit.click();
  await page.waitForURL(EXIT_URL);
  await noScript.close();
});

test('the skip link moves focus to the content without adding a history entry', async () => {
  const { page, context } = await phone(app.browser);
  await open(page, app.server.url, '?lang=en');
  const length = await page.evaluate(() => history.length);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(await page.evaluate(() => history.length), length);
  assert.ok(!page.url().includes('#'));
  await context.close();
});

test('the Shift×3 hint shows only where a keyboard is likely; a phone is told to tap “Quick exit”', async () => {
  const touch = await phone(app.browser, { hasTouch: true, isMobile: true });
  const desk = await phone(app.browser, { width: 1024, height: 768 });
  try {
    for (const [{ page }, keyboard] of [[touch, false], [desk, true]]) {
      await open(page, app.server.url, '?lang=vi');
      const fine = await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches);
      assert.equal(fine, keyboard, 'the emulated device is what the test says');
      const footer = page.locator('.footer');
      assert.match(await footer.innerText(), /bấm “Thoát nhanh” ở trên cùng/);
      assert.equal(await footer.locator('.keys-only').isVisible(), keyboard, `footer hint, keyboard=${keyboard}`);
      assert.equal(await page.locator('main .keys-only').isVisible(), keyboard, `home hint, keyboard=${keyboard}`);
      assert.equal(/Shift/.test(await page.locator('body').innerText()), keyboard, 'Shift is named only with a keyboard');
    }
  } finally {
    await touch.context.close();
    await desk.context.close();
  }
});

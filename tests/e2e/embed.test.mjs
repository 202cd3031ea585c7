// Embedding as a provincial site would: a host page on one origin (localhost) shows the
// app served by nginx with the shipped config from another (127.0.0.1), with the
// documented snippet (data-safepath, data-exit, sandbox) and public/embed.js.
//
// Quick exit from inside the frame is tested without any Playwright call into the frame
// before the keys: such calls run with a user gesture, which gives the frame the user
// activation that a person pressing Shift never gives (Shift is a modifier key).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { live, serve, launch, phone, within, EXIT_URL } from './harness.mjs';
import { startNginx } from './nginx.mjs';

const SANDBOX = 'allow-scripts allow-same-origin allow-top-navigation-by-user-activation';
const NO_TOP = 'allow-scripts allow-same-origin';
let host;
let nginx;
let browser;
const pages = {};

function hostPage(app, { sandbox, lang = 'vi', embedJs = true } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Province portal</title></head><body>
<h1>Province portal</h1><p>Some news before the frame.</p>
<iframe data-safepath src="${app}?embed=1&amp;lang=${lang}" data-exit="${EXIT_URL}"
  title="Sổ tay" width="100%" height="300"${sandbox ? ` sandbox="${sandbox}"` : ''}></iframe>
<p id="after">Some news after the frame.</p>
<script>
  // The portal's own script puts the keyboard in the frame once it has loaded: no click.
  var frame = document.querySelector('iframe');
  frame.addEventListener('load', function () {
    frame.focus();
    document.body.setAttribute('data-focused', String(document.activeElement === frame));
  });
</script>
${embedJs ? `<script src="${app}embed.js" defer></script>` : ''}
</body></html>`;
}

before(async () => {
  host = await serve({ extra: pages });
  const hostOrigin = host.origin.replace('127.0.0.1', 'localhost');
  // The one line an officer changes: the portal may frame the app.
  nginx = await startNginx({ frameAncestors: `'self' ${hostOrigin}` });
  pages['/sandboxed.html'] = ['text/html; charset=utf-8', hostPage(nginx.url, { sandbox: SANDBOX })];
  pages['/plain.html'] = ['text/html; charset=utf-8', hostPage(nginx.url)];
  pages['/no-top.html'] = ['text/html; charset=utf-8', hostPage(nginx.url, { sandbox: NO_TOP })];
  // Portals that left embed.js out.
  pages['/bare-sandboxed.html'] = ['text/html; charset=utf-8', hostPage(nginx.url, { sandbox: SANDBOX, embedJs: false })];
  pages['/bare-plain.html'] = ['text/html; charset=utf-8', hostPage(nginx.url, { embedJs: false })];
  pages['/bare-no-top.html'] = ['text/html; charset=utf-8', hostPage(nginx.url, { sandbox: NO_TOP, embedJs: false })];
  host.page = (name) => `${hostOrigin}/${name}.html`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
  await host?.close();
});

/** Opens a host page at desktop size; resolves with the page and the app's frame. */
async function embedded(name, opts = {}) {
  const p = await phone(browser, { width: 1000, height: 700, ...opts });
  const violations = [];
  await p.page.exposeFunction('__reportCsp', (v) => violations.push(v));
  await p.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      // eslint-disable-next-line no-undef
      window.__reportCsp(`${location.origin} ${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const fromFrame = [];
  p.context.on('request', (r) => {
    const f = r.frame();
    if (f && f.parentFrame()) fromFrame.push(r.url());
  });
  await p.page.goto(host.page(name));
  const handle = await p.page.waitForSelector('iframe[data-safepath]');
  const frame = await handle.contentFrame();
  await live(frame);
  return { ...p, frame, violations, fromFrame };
}

// The frame's inner height (without its border): what the app inside sees.
const frameHeight = (page) => page.evaluate(() => document.querySelector('iframe').clientHeight);
const appHeight = (frame) => frame.evaluate(() => document.body.scrollHeight);

/** Waits until the iframe is as high as the app inside it. */
async function fits(page, frame) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const [outer, inner] = [await frameHeight(page), await appHeight(frame)];
    if (Math.abs(outer - inner) <= 1) return outer;
    if (Date.now() > deadline) assert.fail(`iframe ${outer}px, app ${inner}px`);
    await page.waitForTimeout(100);
  }
}

test('the compact layout keeps quick exit, language and the emergency numbers', async () => {
  const { page, frame, context } = await embedded('sandboxed', { width: 360, height: 740 });
  assert.equal(await frame.locator('.app.embed').count(), 1);
  assert.ok(await frame.locator('.quick-exit').isVisible());
  assert.ok(await frame.locator('.langs').isVisible());
  for (const n of ['113', '115', '111']) assert.ok(await frame.locator(`a[href="tel:${n}"]`).isVisible(), n);
  assert.equal(await frame.locator('.mainnav').isVisible(), false, 'no big navigation block');
  await page.close();
  await shut(context);
});

test('embed.js sizes the iframe to the app, and follows it when it changes', async () => {
  const { page, frame, context, violations } = await embedded('sandboxed');
  const first = await fits(page, frame);
  assert.ok(first > 300, `grew from 300 to ${first}`);
  // Another view and another language change the height; the frame follows.
  await frame.locator('.footer a[href*="v=5&"]').click();
  await frame.locator('.langs a[lang="km"]').click();
  await frame.waitForFunction(() => document.documentElement.lang === 'km');
  const second = await fits(page, frame);
  assert.notEqual(second, first);
  // Narrower host: text wraps, the app grows, the frame follows.
  await page.setViewportSize({ width: 380, height: 700 });
  await frame.waitForFunction((h) => innerWidth < 400 && document.body.scrollHeight > h, second);
  const third = await fits(page, frame);
  assert.ok(third > second, `${third} > ${second}`);
  assert.deepEqual(violations, [], 'no CSP violation on either side');
  await shut(context);
});

test('embed.js ignores height and exit messages that do not come from the app\'s frame and origin', async () => {
  const { page, frame, context } = await embedded('plain');
  const h = await fits(page, frame);
  // From the host window itself (wrong source), and a malformed one.
  await page.evaluate(() => {
    window.postMessage({ type: 'safepath:height', height: 5 }, '*');
    window.postMessage({ type: 'safepath:height', height: 'lots' }, '*');
    window.postMessage('safepath:height', '*');
    window.postMessage({ type: 'safepath:exit' }, '*');
    window.postMessage('safepath:exit', '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await frameHeight(page), h);
  assert.equal(page.url(), host.page('plain'), 'an exit message from anyone but the app is ignored');
  await shut(context);
});

/**
 * Opens a host page and waits until the app inside is running, without a single
 * Playwright call into the frame: a script added to every document reports from inside
 * the frame, through the console, when the app has taken over and, at each key, the
 * frame's own `navigator.userActivation` (before boot.js sees the key). (Not through an
 * exposed function: Playwright answers those by evaluating in the frame, with a gesture.)
 */
async function untouched(name) {
  const p = await phone(browser, { width: 1000, height: 700 });
  const keys = [];
  let ready;
  const live = new Promise((ok) => {
    ready = ok;
  });
  p.page.on('console', (m) => {
    const [tag, data] = m.text().split('\t');
    if (tag === 'frame-key') keys.push(JSON.parse(data));
    if (tag === 'frame-live') ready();
  });
  await p.context.addInitScript(() => {
    if (window.top === window) return;
    window.addEventListener(
      'keydown',
      (e) => {
        const u = navigator.userActivation;
        console.log(`frame-key\t${JSON.stringify({ key: e.key, been: u.hasBeenActive, active: u.isActive })}`);
      },
      true,
    );
    const poll = setInterval(() => {
      if (document.documentElement?.hasAttribute('data-live') && document.getElementById('view-title')) {
        clearInterval(poll);
        console.log('frame-live\t');
      }
    }, 50);
  });
  await p.page.goto(host.page(name));
  await Promise.race([live, p.page.waitForTimeout(20000).then(() => assert.fail('the app never ran'))]);
  await p.page.waitForSelector('body[data-focused="true"]', { state: 'attached' });
  return { ...p, keys };
}

// The third press empties or leaves the frame while its key event is still being handled;
// the browser may then never confirm that event to the test (the frame it went to is
// gone), which is no failure of the app. What the test asserts is what the press did.
async function shift3(page) {
  for (let i = 0; i < 2; i++) await within(5000, 'Shift', page.keyboard.press('Shift'));
  await within(3000, 'Shift down', page.keyboard.down('Shift')).catch(() => {});
  await within(2000, 'Shift up', page.keyboard.up('Shift')).catch(() => {});
}

// Closing is clean-up: a context that will not close must not hold the run.
const shut = (context) => within(10000, 'closing the context', context.close()).catch(() => {});

const appFrame = (page) => page.frames().find((f) => f.parentFrame());

/** Waits until the frame has emptied itself; the host page must still be there. */
async function blanked(page, hostUrl) {
  const deadline = Date.now() + 5000;
  while (appFrame(page)?.url() !== 'about:blank') {
    if (Date.now() > deadline) assert.fail(`the frame is at ${appFrame(page)?.url()}`);
    await page.waitForTimeout(100);
  }
  assert.equal(page.url(), hostUrl, 'the host page stays');
  const text = await within(5000, 'reading the emptied frame', appFrame(page).locator('body').innerText({ timeout: 5000 }));
  assert.equal(text.trim(), '');
}

for (const name of ['sandboxed', 'plain', 'no-top']) {
  test(`(a) Shift×3 in a frame the portal focused, never clicked (${name}): the portal page leaves`, async () => {
    const { page, context, keys } = await untouched(name);
    await shift3(page);
    await page.waitForURL(EXIT_URL, { timeout: 5000 });
    assert.equal(keys.length, 3, JSON.stringify(keys));
    for (const k of keys) assert.deepEqual(k, { key: 'Shift', been: false, active: false }, 'no user activation at all');
    await shut(context);
  });
}

for (const name of ['sandboxed', 'no-top']) {
  test(`(b) a click in the frame, more than 5 s, then Shift×3 (${name}): the portal page leaves`, async () => {
    const { page, context, keys } = await untouched(name);
    // A click on the frame's own background (its top-left corner, left of the quick
    // exit button and above any link).
    const box = await page.locator('iframe').boundingBox();
    await page.mouse.click(box.x + 4, box.y + 4);
    await page.waitForTimeout(5500); // the browser's activation lasts 5 s
    assert.equal(page.url(), host.page(name));
    await shift3(page);
    await page.waitForURL(EXIT_URL, { timeout: 5000 });
    assert.equal(keys.length, 3, JSON.stringify(keys));
    for (const k of keys) assert.deepEqual(k, { key: 'Shift', been: true, active: false }, 'clicked once, long ago');
    await shut(context);
  });
}

for (const name of ['sandboxed', 'plain', 'no-top']) {
  test(`(c) the exit control clicked inside the frame (${name}): the portal page leaves`, async () => {
    const { page, frame, context } = await embedded(name);
    await frame.getByRole('link', { name: 'Thoát nhanh' }).click();
    await page.waitForURL(EXIT_URL, { timeout: 10000 });
    assert.match(await page.content(), /neutral site/);
    await shut(context);
  });
}

for (const name of ['bare-sandboxed', 'bare-plain', 'bare-no-top']) {
  test(`(d) without embed.js, Shift×3 in the frame (${name}): the frame empties itself at once`, async () => {
    const { page, context } = await untouched(name);
    await shift3(page);
    await blanked(page, host.page(name));
    await shut(context);
  });
}

test('(d) without embed.js, a sandbox without top navigation: the exit control empties the frame', async () => {
  const { page, frame, context } = await embedded('bare-no-top');
  await frame.getByRole('link', { name: 'Thoát nhanh' }).click();
  await blanked(page, host.page('bare-no-top'));
  await shut(context);
});

test('Shift×3 on the host page (embed.js) leaves for data-exit', async () => {
  const { page, context } = await embedded('plain');
  await page.locator('#after').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  // Where the page ends up is what counts (an aborted first navigation would make
  // waitForURL throw even when the page then arrives).
  const deadline = Date.now() + 10000;
  while (page.url() !== EXIT_URL && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(page.url(), EXIT_URL);
  await shut(context);
});

test('the embedded app asks nothing of any other origin and stores nothing', async () => {
  const { page, frame, context, fromFrame } = await embedded('sandboxed');
  for (const l of ['en', 'km', 'vi']) await frame.locator(`.langs a[lang="${l}"]`).click();
  await frame.locator('.footer a[href*="v=4&"]').click();
  await frame.locator('.footer a[href*="v=5&"]').click();
  assert.ok(fromFrame.some((u) => u.endsWith('.wasm')), 'the recorder saw the frame load');
  const foreign = fromFrame.filter((u) => !u.startsWith(nginx.origin + '/'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(await context.cookies(), []);
  // A frame from another site may be refused storage altogether (Chromium blocks
  // third-party storage here): refused counts as empty.
  const left = await frame.evaluate(async () => {
    const read = async (f) => {
      try {
        return await f();
      } catch (e) {
        return `refused: ${e.name}`;
      }
    };
    return {
      local: await read(() => Object.keys(localStorage).length),
      session: await read(() => Object.keys(sessionStorage).length),
      idb: await read(async () => (await indexedDB.databases()).length),
      caches: await read(async () => (await caches.keys()).length),
      workers: await read(async () => (await navigator.serviceWorker.getRegistrations()).length),
    };
  });
  for (const [what, v] of Object.entries(left)) {
    assert.ok(v === 0 || String(v).startsWith('refused'), `${what}: ${v}`);
  }
  console.log(`# storage seen from the embedded app: ${JSON.stringify(left)}`);
  await page.close();
  await shut(context);
});

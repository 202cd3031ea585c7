// What the browser itself keeps, where someone holding the phone would look: a real
// Chromium profile on disk, a walk through every view by clicking, a language switch,
// words typed into the fields, quick exit; then, with the browser closed, its History
// database (chrome://history, the address bar's suggestions, History sync) and its
// Web Data and Login Data (autofill suggestions, saved passwords), read as SQLite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, tmp, live, CHROMIUM_ARGS, fontconfigFile, EXIT_URL, CODES } from './harness.mjs';

const MARKER = 'zq7marker';
const EXIT_TITLE = 'neutral';
/** The app's name in each language (`app-name` in each app.ftl): the only neutral title. */
const NAMES = ['Sổ tay', 'Notebook', 'សៀវភៅកត់ត្រា'];
/** Words of the address that would say which part of the app, or which need, was open. */
const TELLING = /[?&](view|v|need|n|area|a)=/;

/** Every row of every table in an SQLite file, as JSON (python3's sqlite3; node 20 has none). */
function sqlite(file, query) {
  const py = `
import json, sqlite3, sys
con = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
q = sys.argv[2]
if q == '*':
    out = {}
    for (t,) in con.execute("select name from sqlite_master where type='table'"):
        out[t] = [[str(c) for c in r] for r in con.execute('select * from "%s"' % t)]
    print(json.dumps(out))
else:
    print(json.dumps([list(r) for r in con.execute(q)]))
`;
  return JSON.parse(execFileSync('python3', ['-c', py, file, query], { encoding: 'utf8' }));
}

/** A phone-sized browser with a profile on disk, the exit destination stubbed. */
async function profile(dir) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    locale: 'vi-VN',
    viewport: { width: 360, height: 740 },
  });
  await context.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<title>${EXIT_TITLE}</title><p>neutral site</p>` }),
  );
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** What the closed profile holds: the app's History rows, and every stored value. */
async function closeAndRead(context, dir, server) {
  await context.close();
  const history = join(dir, 'Default', 'History');
  assert.ok(existsSync(history), 'the profile has a History database');
  const rows = sqlite(history, 'select url, title, visit_count from urls order by id')
    .filter(([url]) => url.startsWith(server.origin));
  const stored = {};
  for (const name of ['Web Data', 'Login Data']) {
    const file = join(dir, 'Default', name);
    if (existsSync(file)) stored[name] = JSON.stringify(sqlite(file, '*'));
  }
  return { rows, stored };
}

/**
 * Clicks the link to `view` as a person would and waits for its heading. It finds links
 * in the old words too, so that this test shows what the build before the neutral words
 * left behind (run it with SAFEPATH_DIST pointing at such a build).
 */
async function go(page, view) {
  const heading = await page.locator('#view-title').innerText();
  const to = [`a[href*="v=${CODES[view]}&"]`, `a[href*="view=${view}&"]`];
  const where = ['.mainnav', '.footer', '.home-people', '.diary-link'];
  const link = view === 'home' ? '.mainnav li:first-child a' : where.flatMap((w) => to.map((a) => `${w} ${a}`)).join(', ');
  await page.locator(link).first().click();
  await page.waitForFunction((h) => {
    const now = document.querySelector('#view-title');
    return now && now.innerText !== h;
  }, heading);
}

/** Home, then every view by its link; the people pages from Home, the diary from the plan. */
async function walk(page) {
  for (const view of ['check', 'plan', 'help', 'privacy', 'about', 'share']) await go(page, view);
  for (const view of ['helper', 'teacher', 'child']) {
    await go(page, 'home');
    await go(page, view);
  }
  await go(page, 'plan');
  await go(page, 'notes');
}

/** Words typed as a person types them, into the plan, the contacts search and the diary. */
async function typeMarkers(page) {
  await go(page, 'plan');
  await page.locator('#plan-f-people-codeword').pressSequentially(`${MARKER} codeword`);
  await page.locator('#plan-f-gobag-where').pressSequentially(`${MARKER} gobag`);
  await go(page, 'help');
  await page.locator('#help-place-input').pressSequentially(`${MARKER}`);
  await go(page, 'plan');
  await go(page, 'notes');
  await page.locator('.diary-view button.primary', { hasText: /Write down another|Ghi thêm/ }).click();
  await page.locator('#diary-f-what').pressSequentially(`${MARKER} what happened`);
  await page.locator('#diary-f-place').pressSequentially(`${MARKER} place`);
  // A real form submission: the moment browsers save what was typed.
  await page.locator('.diary-form button[type="submit"]').click();
  await page.locator('.diary-form').waitFor({ state: 'detached' });
}

function assertNothingTyped(stored) {
  assert.ok(stored['Web Data'], 'the profile has a Web Data database');
  for (const [name, text] of Object.entries(stored)) {
    assert.ok(!text.includes(MARKER), `${name} holds what was typed`);
  }
}

test('a walk through every view from the plain address leaves one neutral history row, nothing typed', async () => {
  const server = await serve();
  const dir = tmp('safepath-profile-');
  try {
    const { context, page, errors } = await profile(dir);
    await page.goto(server.url);
    await live(page);
    await walk(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await typeMarkers(page);
    await page.locator('.quick-exit').click();
    await page.waitForURL(EXIT_URL);
    assert.deepEqual(errors, []);
    const { rows, stored } = await closeAndRead(context, dir, server);

    for (const [url] of rows) assert.ok(!TELLING.test(url), `a row names a part of the app: ${url}`);
    assert.equal(rows.length, 1, `one row for the app: ${JSON.stringify(rows)}`);
    const [[url, title]] = rows;
    assert.equal(url, server.url, 'the address as it was opened');
    assert.ok([...NAMES, EXIT_TITLE].includes(title), `a neutral title: ${title}`);
    assertNothingTyped(stored);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an old poster link leaves its arrival row and the stripped address, nothing else', async () => {
  const server = await serve();
  const dir = tmp('safepath-profile-');
  try {
    const { context, page, errors } = await profile(dir);
    await page.goto(`${server.url}?view=plan&need=shelter&lang=vi`);
    await live(page);
    assert.equal(
      (await page.locator('#view-title').innerText()).trim(),
      'Kế hoạch an toàn',
      'the plan opens, as the poster promised',
    );
    await go(page, 'help');
    assert.deepEqual(
      await page.locator('.help-need[aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.dataset.need)),
      ['shelter'],
      'its need is chosen',
    );
    for (const view of ['check', 'privacy', 'home']) await go(page, view);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('.quick-exit').click();
    await page.waitForURL(EXIT_URL);
    assert.deepEqual(errors, []);
    const { rows } = await closeAndRead(context, dir, server);

    const urls = rows.map(([u]) => u).sort();
    assert.deepEqual(
      urls,
      [`${server.url}?lang=vi`, `${server.url}?view=plan&need=shelter&lang=vi`].sort(),
      `the arrival row and the stripped one: ${JSON.stringify(rows)}`,
    );
    for (const [, title] of rows) assert.ok([...NAMES, EXIT_TITLE].includes(title), `a neutral title: ${title}`);
    // Only the arrival row, which no script can stop, names anything.
    assert.equal(rows.filter(([u]) => TELLING.test(u)).length, 1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

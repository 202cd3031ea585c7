// `make bench`: what a first visit costs, against the floor of the same page as plain
// HTML, and what a person pays for afterwards. Prints every file's size (raw, gzip,
// brotli), what a first visit fetches until Home is usable, the chunks (how many, the
// smallest), and on a slow-phone profile (CPU 4× slower, 1.6 Mbit/s, 150 ms round trips,
// brotli as served, no cache): the time until help is visible (a tel:113 link on screen;
// in Khmer, with the Khmer font in) for the app and for the floor in alternated pairs,
// medians and their ratio, in Vietnamese and in Khmer; the longest main-thread task until
// the app has taken over; the bytes and requests of the first 10 s on Home with no
// interaction; the time, bytes and requests to open Get help from Home with its code not
// fetched ahead (and with Data Saver on, nothing at all ahead). A benchmark, not a test: it prints each budget as within or over. The
// machine may be shared: read the ratios and the bytes, and the times as rough.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { serve, launch, countingPhone, exitDuringTakeover, DIST, BASE, CODES } from './e2e/harness.mjs';

const PAIRS = Number(process.env.BENCH_RUNS || 7);
const BUDGET_BYTES = 100 * 1024;
const BUDGET_RATIO = 1.1;
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const size = (raw) => ({
  raw: raw.length,
  gzip: gzipSync(raw, { level: 9 }).length,
  br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const rows = files(DIST)
  .filter((f) => !/\.(gz|br)$/.test(f))
  .map((f) => ({ file: relative(DIST, f), ...size(readFileSync(f)) }))
  .sort((a, b) => b.raw - a.raw);
const byName = new Map(rows.map((r) => [r.file, r]));

console.log('file                                          raw KB  gzip KB    br KB');
for (const r of rows) console.log(`${r.file.padEnd(42)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.br)}`);

// What a first visit fetches: the page, what it names, and the chunk loader the glue imports.
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const named = [...html.matchAll(/(?:href|src)="\.?\/?([^"?#:]+)"/g)].map((m) => m[1]).filter((f) => byName.has(f));
const glue = named.find((f) => /^safepath-[0-9a-f]{16}\.js$/.test(f));
const split = glue && readFileSync(join(DIST, glue), 'utf8').match(/split-[0-9a-f]{16}\.js/)?.[0];
const first = [...new Set(['index.html', ...named, ...(split ? [split] : [])])].map((f) => byName.get(f));
const total = (k) => first.reduce((s, r) => s + r[k], 0);
console.log(`\nfirst visit (${first.map((r) => r.file).join(', ')})`);
console.log(`${'first visit total'.padEnd(42)}${kb(total('raw'))} ${kb(total('gzip'))} ${kb(total('br'))}`);
// By what a phone downloads (brotli), not by raw size.
const chunks = rows.filter((r) => /^(no-store\/)?chunk-[0-9a-f]{16}\.wasm$/.test(r.file)).sort((a, b) => b.br - a.br);
const smallest = chunks[chunks.length - 1];
console.log(`chunks: ${chunks.length}, ${kb(chunks.reduce((s, r) => s + r.br, 0)).trim()} KB br in all, largest ${chunks.slice(0, 5).map((r) => `${(r.br / 1024).toFixed(1)}`).join(', ')} KB br, smallest ${smallest ? (smallest.br / 1024).toFixed(1) : '-'} KB br`);
const font = rows.filter((r) => r.file.endsWith('.woff2'));
if (font.length) console.log(`fonts (fetched only where Khmer shows): ${font.map((r) => `${r.file} ${(r.raw / 1024).toFixed(1)} KB`).join(', ')}`);

// The floor: the same first paint as plain HTML and CSS, with no script at all; for
// Khmer the page names its language itself (boot.js would).
const floor = html
  .replace(/<script\b[^>]*><\/script>/g, '')
  .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
const floorKm = floor.replace('<html lang="vi">', '<html lang="km">');
const server = await serve({
  compress: true,
  extra: {
    [`${BASE}floor.html`]: ['text/html; charset=utf-8', floor],
    [`${BASE}floor-km.html`]: ['text/html; charset=utf-8', floorKm],
  },
});
const browser = await launch();

/** A fresh phone on the slow profile, every request and long task recorded. */
async function slowPhone({ saveData = false } = {}) {
  const { context, page, sent } = await countingPhone(browser, { saveData, slow: true, cpu: 4 });
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch (e) {
      // No long-task timing in this browser.
    }
  });
  return { context, page, net: sent };
}

/** Help on screen: the tel:113 link, and for Khmer the Khmer font in (block display). */
async function helpVisible(page, lang) {
  await page.locator('.emergency a[href="tel:113"]:visible').first().waitFor({ state: 'visible', timeout: 60000 });
  if (lang === 'km') {
    await page.waitForFunction(() => document.fonts.check('400 16px "Noto Sans Khmer"', 'ក'), null, { polling: 'raf', timeout: 60000 });
  }
}

async function visit(url, { app, lang = 'vi' }) {
  const { context, page } = await slowPhone();
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await helpVisible(page, lang);
  const help = Date.now() - start;
  let ready = null;
  let longest = null;
  if (app) {
    await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 60000 });
    await page.locator('.quick-exit').first().waitFor({ state: 'visible' });
    ready = Date.now() - start;
    // The takeover's tasks: everything until the app is live, and a moment after.
    await page.waitForTimeout(500);
    longest = await page.evaluate(() => Math.round(Math.max(0, ...window.__longTasks.map(([, d]) => d))));
  }
  await context.close();
  return { help, ready, longest };
}

const median = (xs) => {
  const s = [...xs].filter((x) => x !== null).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Alternated pairs of the app and its floor, medians. */
async function pairs(lang) {
  const appUrl = lang === 'vi' ? server.url : `${server.url}?lang=${lang}`;
  const floorUrl = `${server.url}${lang === 'km' ? 'floor-km.html' : 'floor.html'}`;
  const appRuns = [];
  const floorRuns = [];
  const runs = lang === 'vi' ? PAIRS : Math.max(3, Math.ceil(PAIRS / 2));
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so drift on a noisy machine falls on both.
    if (i % 2 === 0) {
      appRuns.push(await visit(appUrl, { app: true, lang }));
      floorRuns.push(await visit(floorUrl, { app: false, lang }));
    } else {
      floorRuns.push(await visit(floorUrl, { app: false, lang }));
      appRuns.push(await visit(appUrl, { app: true, lang }));
    }
  }
  return {
    runs,
    appRuns,
    floorRuns,
    app: median(appRuns.map((r) => r.help)),
    floor: median(floorRuns.map((r) => r.help)),
    ready: median(appRuns.map((r) => r.ready)),
    longest: median(appRuns.map((r) => r.longest)),
  };
}

/** A visitor who only reads Home: what the page fetches by itself in its first 10 s. */
async function idle() {
  const { context, page, net } = await slowPhone();
  const start = Date.now();
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.waitForTimeout(10000 - (Date.now() - start));
  const within = net.filter((r) => r.done && r.done - start <= 10000);
  const live = await page.evaluate(() => document.documentElement.hasAttribute('data-live'));
  await context.close();
  return { bytes: within.reduce((s, r) => s + r.bytes, 0), requests: net.length, live };
}

/** Opens Get help from Home once the app has taken over, its code not fetched ahead (no
 * hover before the tap): time from the tap until the contacts are on screen. As the app
 * runs by default, the rest of the words came while Home was idle; with Data Saver
 * (`saveData`) nothing came ahead, the words come with the tap too. */
async function helpCold({ saveData }) {
  const { context, page, net } = await slowPhone({ saveData });
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(saveData ? 1000 : 6000);
  const before = net.length;
  const link = page.locator(`.cards a[href*="v=${CODES.help}&"], .cards a[href$="v=${CODES.help}"]`).first();
  const start = Date.now();
  await link.click();
  await page.waitForFunction(() => document.documentElement.dataset.view === 'help' && !document.querySelector('.loading'), null, {
    polling: 'raf',
    timeout: 60000,
  });
  await page.locator('.app a[href^="tel:"]:visible').first().waitFor();
  const ms = Date.now() - start;
  const after = net.slice(before);
  await context.close();
  return { ms, bytes: after.reduce((s, r) => s + r.bytes, 0), requests: after.length };
}

/** A tap on quick exit while the app takes over (just as the main wasm has arrived):
 * time from the tap until the page asks for the exit site (its location.replace). */
async function exitTapped() {
  const { context, page } = await slowPhone();
  const ms = await exitDuringTakeover(context, page, server.url);
  await context.close();
  return ms;
}

const vi = await pairs('vi');
const km = await pairs('km');
const idleRun = await idle();
const coldRuns = [];
for (let i = 0; i < 3; i++) coldRuns.push(await helpCold({ saveData: false }));
const saverRuns = [];
for (let i = 0; i < 3; i++) saverRuns.push(await helpCold({ saveData: true }));
const exitRuns = [];
for (let i = 0; i < 3; i++) exitRuns.push(await exitTapped());
const exitMs = exitRuns.filter((x) => x !== null);
await browser.close();
await server.close();

const summary = (runs) => ({ ms: median(runs.map((r) => r.ms)), bytes: median(runs.map((r) => r.bytes)), requests: median(runs.map((r) => r.requests)) });
const cold = summary(coldRuns);
const saver = summary(saverRuns);
console.log(`\nslow phone (CPU 4x, 1.6 Mbit/s, 150 ms RTT, brotli, cache off); medians; the machine may be shared, so read ratios, not ms:`);
for (const [lang, r] of [['vi', vi], ['km', km]]) {
  console.log(`  ${lang}: help visible, app:   ${r.app} ms  [${r.appRuns.map((x) => x.help).join(', ')}] (${r.runs} alternated pairs)`);
  console.log(`  ${lang}: help visible, floor: ${r.floor} ms  [${r.floorRuns.map((x) => x.help).join(', ')}]`);
  console.log(`  ${lang}: ratio ${(r.app / r.floor).toFixed(2)}; app interactive ${r.ready} ms; longest main-thread task until then ${r.longest} ms [${r.appRuns.map((x) => x.longest).join(', ')}]`);
}
console.log(`  first 10 s on Home, no interaction: ${(idleRun.bytes / 1024).toFixed(1)} KB in ${idleRun.requests} requests${idleRun.live ? '' : ' (the app never took over!)'}`);
console.log(`  Get help from Home, its code not fetched ahead: ${cold.ms} ms after the tap, ${(cold.bytes / 1024).toFixed(1)} KB in ${cold.requests} requests  [${coldRuns.map((r) => r.ms).join(', ')} ms]`);
console.log(`  the same with Data Saver (nothing ahead, words too): ${saver.ms} ms after the tap, ${(saver.bytes / 1024).toFixed(1)} KB in ${saver.requests} requests  [${saverRuns.map((r) => r.ms).join(', ')} ms]`);

console.log(`  quick exit tapped as the app takes over: ${median(exitMs)} ms from the tap to leaving  [${exitRuns.join(', ')} ms]`);

const BUDGET_IDLE_BYTES = 150 * 1024;
const BUDGET_IDLE_REQUESTS = 25;
const BUDGET_TASK = 50;
const BUDGET_OPEN = 1000;
const verdict = (ok) => (ok ? 'within' : 'OVER');
const ratio = vi.app / vi.floor;
const ratioKm = km.app / km.floor;
console.log(`\nbudgets:`);
console.log(`  first visit ${(total('br') / 1024).toFixed(1)} KB br ≤ ${BUDGET_BYTES / 1024} KB: ${verdict(total('br') <= BUDGET_BYTES)} (${((BUDGET_BYTES - total('br')) / 1024).toFixed(1)} KB to spare)`);
console.log(`  help visible ${ratio.toFixed(2)}× the floor ≤ ${BUDGET_RATIO}×: ${verdict(ratio <= BUDGET_RATIO)}`);
console.log(`  Khmer help visible ${ratioKm.toFixed(2)}× its floor ≤ ${BUDGET_RATIO}×: ${verdict(ratioKm <= BUDGET_RATIO)}`);
const slowestTask = Math.max(...[...vi.appRuns, ...km.appRuns].map((x) => x.longest ?? 0));
console.log(`  longest task during takeover ${slowestTask} ms (slowest of ${vi.runs + km.runs} runs, vi and km) ≤ ${BUDGET_TASK} ms: ${verdict(slowestTask <= BUDGET_TASK)}`);
console.log(`  idle first 10 s ${(idleRun.bytes / 1024).toFixed(1)} KB ≤ ${BUDGET_IDLE_BYTES / 1024} KB: ${verdict(idleRun.bytes <= BUDGET_IDLE_BYTES)}; ${idleRun.requests} requests ≤ ${BUDGET_IDLE_REQUESTS}: ${verdict(idleRun.requests <= BUDGET_IDLE_REQUESTS)}`);
console.log(`  Get help opened cold in ${cold.ms} ms ≤ ${BUDGET_OPEN} ms: ${verdict(cold.ms <= BUDGET_OPEN)}`);
console.log(`  quick exit during takeover ${Math.max(...exitMs)} ms (slowest) ≤ 100 ms: ${verdict(exitMs.length > 0 && Math.max(...exitMs) <= 100)}`);

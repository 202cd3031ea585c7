// `make bench`: what a first visit costs, against the floor of the same page as plain
// HTML. Prints every file's size (raw, gzip, brotli), what a first visit fetches until
// Home is usable, each chunk, and on a slow-phone profile (CPU 4× slower, 1.6 Mbit/s,
// 150 ms round trips, brotli as served) the time until help is visible (a tel:113 link
// on screen), for the app and for the floor in alternated pairs, and the time until
// the app is interactive. A benchmark, not a test: it prints budgets as within or over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { serve, launch, DIST, BASE } from './e2e/harness.mjs';

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
const chunks = rows.filter((r) => /^chunk-[0-9a-f]{16}\.wasm$/.test(r.file)).sort((a, b) => b.br - a.br);
console.log(`chunks: ${chunks.length}, ${kb(chunks.reduce((s, r) => s + r.br, 0)).trim()} KB br in all, largest ${chunks.slice(0, 5).map((r) => `${(r.br / 1024).toFixed(1)}`).join(', ')} KB br`);
const font = rows.filter((r) => r.file.endsWith('.woff2'));
if (font.length) console.log(`fonts (fetched only where Khmer shows): ${font.map((r) => `${r.file} ${(r.raw / 1024).toFixed(1)} KB`).join(', ')}`);

// The floor: the same first paint as plain HTML and CSS, with no script at all.
const floor = html
  .replace(/<script\b[^>]*><\/script>/g, '')
  .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
const server = await serve({ compress: true, extra: { [`${BASE}floor.html`]: ['text/html; charset=utf-8', floor] } });
const browser = await launch();

async function visit(url, waitLive) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.emergency a[href="tel:113"]:visible').first().waitFor({ state: 'visible', timeout: 60000 });
  const help = Date.now() - start;
  let ready = null;
  if (waitLive) {
    await page.waitForSelector('html[data-live]', { state: 'attached', timeout: 60000 });
    await page.locator('.quick-exit').first().waitFor({ state: 'visible' });
    ready = Date.now() - start;
  }
  await context.close();
  return { help, ready };
}

const appRuns = [];
const floorRuns = [];
for (let i = 0; i < PAIRS; i++) {
  // Alternate which goes first, so drift on a noisy machine falls on both.
  if (i % 2 === 0) {
    appRuns.push(await visit(server.url, true));
    floorRuns.push(await visit(`${server.url}floor.html`, false));
  } else {
    floorRuns.push(await visit(`${server.url}floor.html`, false));
    appRuns.push(await visit(server.url, true));
  }
}
await browser.close();
await server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const appHelp = median(appRuns.map((r) => r.help));
const floorHelp = median(floorRuns.map((r) => r.help));
const ready = median(appRuns.map((r) => r.ready));
const ratio = appHelp / floorHelp;
console.log(`\nslow phone (CPU 4x, 1.6 Mbit/s, 150 ms RTT, brotli), median of ${PAIRS} alternated pairs:`);
console.log(`  help visible, app:   ${appHelp} ms  [${appRuns.map((r) => r.help).join(', ')}]`);
console.log(`  help visible, floor: ${floorHelp} ms  [${floorRuns.map((r) => r.help).join(', ')}]`);
console.log(`  app interactive:     ${ready} ms  [${appRuns.map((r) => r.ready).join(', ')}]`);
console.log(`\nbudgets:`);
console.log(`  first visit ${(total('br') / 1024).toFixed(1)} KB br ≤ ${BUDGET_BYTES / 1024} KB: ${total('br') <= BUDGET_BYTES ? 'within' : 'OVER'}`);
console.log(`  help visible ${ratio.toFixed(2)}× the floor ≤ ${BUDGET_RATIO}×: ${ratio <= BUDGET_RATIO ? 'within' : 'OVER'}`);

// `make bench`: what a first visit costs. Prints each file's raw, gzip and brotli size,
// the total a first visit downloads, and the time until Home is usable in headless
// Chromium on a slow-phone profile (CPU 4× slower, 1.6 Mbit/s, 150 ms round trips),
// median of several cold runs. A benchmark, not a test: it asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { serve, launch, DIST } from './e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const rows = files(DIST)
  .filter((f) => !/\.(gz|br)$/.test(f))
  .map((f) => {
    const raw = readFileSync(f);
    return {
      file: relative(DIST, f),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  })
  .sort((a, b) => b.raw - a.raw);

console.log('file                                          raw KB  gzip KB    br KB');
for (const r of rows) console.log(`${r.file.padEnd(42)}${kb(r.raw)} ${kb(r.gzip)} ${kb(r.br)}`);
// A first visit fetches the page, its css, the js glue, the wasm and the icon.
const firstVisit = rows.filter((r) => /^(index\.html|.*\.(css|js|wasm)|icon\.svg)$/.test(r.file) && !r.file.includes('/') && r.file !== 'embed.js');
const sum = (k) => firstVisit.reduce((s, r) => s + r[k], 0);
console.log(`${'first visit total'.padEnd(42)}${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('br'))}`);

const server = await serve({ compress: true });
const browser = await launch();
const times = [];
for (let i = 0; i < RUNS; i++) {
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
  await page.goto(server.url, { waitUntil: 'commit' });
  // Usable: the heading is shown and quick exit can be pressed.
  await page.locator('#view-title').waitFor({ state: 'visible', timeout: 60000 });
  await page.locator('.quick-exit').waitFor({ state: 'visible' });
  times.push(Date.now() - start);
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`Home usable on a slow phone (CPU 4x, 1.6 Mbit/s, 150 ms RTT, brotli): median ${median} ms of ${RUNS} runs [${times.join(', ')}]`);

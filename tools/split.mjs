// After `trunk build`: cut the app's WebAssembly into a small main module (the chrome,
// Home, Vietnamese) and chunks that load when first needed (each view, English, Khmer),
// so the first visit stays light. Run by `make dist` before postbuild.mjs.
// Usage: node tools/split.mjs DIST
//
// trunk 0.21 cannot split (its hooks run too early or too late for it), so this step
// redoes its last two stages from the linker's output:
//  1. wasm-split-cli cuts target/wasm32-unknown-unknown/release/safepath.wasm (linked with
//     --emit-relocs, see .cargo/config.toml) at every `wasm_split` point (src/ui/lazy.rs,
//     src/i18n.rs) into a main module, chunks and a small loader (__wasm_split.js);
//  2. wasm-bindgen (--keep-lld-exports, which the chunks link against) writes the JS glue;
//  3. wasm-opt -Oz shrinks every module (trunk's own pass is off: data-wasm-opt="0");
//  4. every file is named after content (one build id for the glue, the main module and
//     the loader, which name each other; each chunk after its own bytes), so a cached
//     page can never mix files of two builds, and the year-long cache rule applies;
//  5. index.html points at the new files, with fresh integrity hashes; trunk's unsplit
//     files are removed.
// Fails loudly, so a build that did not split can never ship: no split points found, a
// relocation section or the split placeholder left in any output.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, unlinkSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = process.argv[2];
const fail = (msg) => {
  console.error(`split: ${msg}`);
  process.exit(1);
};
if (!dist || !existsSync(join(dist, 'index.html'))) fail('usage: node tools/split.mjs DIST');

const linked = resolve(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown/release/safepath.wasm');
if (!existsSync(linked)) fail(`${linked} is missing: run trunk build --release first`);

const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-reference-types',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-multivalue',
];
const PLACEHOLDER = '__wasm_split_placeholder__';

/** Names of a module's custom sections (a wasm file is a list of id + length + bytes). */
function customSections(bytes) {
  const names = [];
  let p = 8;
  const leb = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++];
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return n;
    }
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const end = p + size;
    if (id === 0) {
      const len = leb();
      names.push(bytes.subarray(p, p + len).toString('utf8'));
    }
    p = end;
  }
  return names;
}

// Quiet unless a tool fails; wasm-opt's "unknown name subsection" notes are harmless.
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    process.stderr.write(String(e.stderr || ''));
    fail(`${cmd} failed`);
  }
};
const hash = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 16);
const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;

if (!customSections(readFileSync(linked)).some((n) => n.startsWith('reloc.'))) {
  fail(`${linked} has no relocations: the wasm target must link with --emit-relocs (.cargo/config.toml)`);
}

const work = mkdtempSync(join(tmpdir(), 'safepath-split-'));
try {
  // 1. split
  const cut = join(work, 'cut');
  run('wasm-split-cli', ['--out-name', 'safepath', linked, cut]);
  const chunks = readdirSync(cut).filter((f) => f.endsWith('.wasm') && f !== 'safepath.wasm');
  if (chunks.length === 0) fail('wasm-split-cli found no split points');
  if (!existsSync(join(cut, '__wasm_split.js'))) fail('wasm-split-cli wrote no __wasm_split.js');

  // 2. bindings
  const bound = join(work, 'bound');
  run('wasm-bindgen', [
    '--target', 'web', '--no-typescript', '--keep-lld-exports',
    '--out-dir', bound, '--out-name', 'safepath', join(cut, 'safepath.wasm'),
  ]);
  if (existsSync(join(bound, 'snippets'))) fail('wasm-bindgen wrote snippets; copy them too before shipping');

  // 3. optimise every module
  const modules = [join(bound, 'safepath_bg.wasm'), ...chunks.map((c) => join(cut, c))];
  for (const m of modules) run('wasm-opt', ['-Oz', ...FEATURES, m, '-o', m]);

  // 4. content names
  const chunkNames = new Map(chunks.map((c) => [c, `chunk-${hash(readFileSync(join(cut, c)))}.wasm`]));
  let glue = readFileSync(join(bound, 'safepath.js'), 'utf8');
  let loader = readFileSync(join(cut, '__wasm_split.js'), 'utf8');
  const mainWasm = readFileSync(join(bound, 'safepath_bg.wasm'));
  const id = hash(Buffer.concat([mainWasm, Buffer.from(glue), Buffer.from(loader), ...chunks.map((c) => Buffer.from(chunkNames.get(c)))]));
  const names = { glue: `safepath-${id}.js`, wasm: `safepath-${id}_bg.wasm`, loader: `split-${id}.js` };
  for (const [from, to] of chunkNames) {
    if (!loader.includes(`./${from}`)) fail(`__wasm_split.js does not name ${from}`);
    loader = loader.split(`./${from}`).join(`./${to}`);
  }
  // Only the import statements change: the module names inside the imports object are
  // what the wasm itself asks for and must stay.
  const importOf = (file) => new RegExp(`(\\bfrom\\s*)(["'])\\./${file.replace('.', '\\.')}\\2`, 'g');
  if (!importOf('safepath.js').test(loader)) fail('__wasm_split.js does not import ./safepath.js');
  loader = loader.replace(importOf('safepath.js'), `$1"./${names.glue}"`);
  if (!importOf('__wasm_split.js').test(glue)) fail('the JS glue does not import ./__wasm_split.js');
  glue = glue.replace(importOf('__wasm_split.js'), `$1"./${names.loader}"`);
  if (glue.includes('safepath_bg.wasm')) glue = glue.split('safepath_bg.wasm').join(names.wasm);

  // Nothing unsplit may ship.
  for (const [name, text] of [[names.glue, glue], [names.loader, loader]]) {
    if (text.includes(PLACEHOLDER)) fail(`${name} still imports ${PLACEHOLDER}`);
  }
  for (const m of modules) {
    const reloc = customSections(readFileSync(m)).filter((n) => n.startsWith('reloc.'));
    if (reloc.length) fail(`${m} still carries ${reloc.join(', ')}`);
  }

  // 5. into dist, and index.html points at them
  let html = readFileSync(join(dist, 'index.html'), 'utf8');
  const oldGlue = html.match(/safepath-[0-9a-f]+\.js/)?.[0];
  const oldWasm = html.match(/safepath-[0-9a-f]+_bg\.wasm/)?.[0];
  if (!oldGlue || !oldWasm) fail('index.html names no safepath-<hash>.js / _bg.wasm (did trunk run?)');
  for (const f of readdirSync(dist)) {
    if (f === oldGlue || f === oldWasm || /^(chunk-[0-9a-f]{16}\.wasm|split-[0-9a-f]{16}\.js)$/.test(f)) unlinkSync(join(dist, f));
  }
  writeFileSync(join(dist, names.glue), glue);
  writeFileSync(join(dist, names.wasm), mainWasm);
  writeFileSync(join(dist, names.loader), loader);
  for (const [from, to] of chunkNames) writeFileSync(join(dist, to), readFileSync(join(cut, from)));

  html = html.split(oldGlue).join(names.glue).split(oldWasm).join(names.wasm);
  // Fresh integrity values for the two preloads trunk wrote.
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    const file = tag.match(/href="\.?\/?([^"]+)"/)?.[1];
    const body = file === names.glue ? Buffer.from(glue) : file === names.wasm ? mainWasm : null;
    return body ? tag.replace(/integrity="[^"]*"/, `integrity="${sri(body)}"`) : tag;
  });
  writeFileSync(join(dist, 'index.html'), html);
  console.log(`split: main ${names.wasm} (${(mainWasm.length / 1024).toFixed(0)} KB raw) + ${chunks.length} chunks`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

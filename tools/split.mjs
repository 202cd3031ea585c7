// After the release build: cut the app's WebAssembly into a small main module (the
// chrome, Home, Vietnamese) and chunks that load when first needed (each view, English,
// Khmer), so the first visit stays light. Run by `make dist` after cargo (the wasm) and
// trunk (style sheets, public/, index.html), before the pre-render and postbuild.mjs.
// Usage: node tools/split.mjs DIST
//
// trunk 0.21 cannot split (its hooks run too early or too late for it), so it does not
// build the app at all (index.html: `<link data-trunk rel="rust" data-trunk-skip>`); this
// script makes everything of the app from the linker's output, each tool run once:
//  1. wasm-split-cli cuts target/wasm32-unknown-unknown/release/safepath.wasm (linked with
//     --emit-relocs, see .cargo/config.toml) at every `wasm_split` point (src/ui/lazy.rs,
//     src/i18n.rs) into a main module, pieces and a small loader (__wasm_split.js);
//  2. wasm-bindgen (--keep-lld-exports, which the pieces link against) writes the JS glue;
//  3. the splitter makes one piece per set of split points sharing code, most of them a
//     few hundred bytes: small pieces are merged (wasm-merge) into the chunk of the views
//     that use them, so a view costs a handful of requests, not dozens (group());
//  4. wasm-opt -Oz shrinks every module;
//  5. the main module's imports get short names, in the wasm and in the glue alike;
//  6. every file is named after content (one build id for the glue, the main module and
//     the loader, which name each other; each chunk after its own bytes), so a cached
//     page can never mix files of two builds, and the year-long cache rule applies; the
//     loader is written anew, one line per chunk and per split point; the diary's own
//     chunks go into no-store/, never kept by the browser (NO_STORE);
//  7. the start-up module (loader-<hash>.js) and the preloads of the glue and the main
//     module, with integrity hashes, take the place of the rust link in index.html.
// Fails loudly, so a build that did not split can never ship: no split points found, a
// relocation section or the split placeholder left in any output, a loader or a piece
// this script does not understand, an index.html without the rust link (trunk built the
// app itself after all).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, unlinkSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { sections, parseImports, encodeImports, encodeExports, assemble } from './wasmfile.mjs';

const dist = process.argv[2];
const fail = (msg) => {
  console.error(`split: ${msg}`);
  process.exit(1);
};
if (!dist || !existsSync(join(dist, 'index.html'))) fail('usage: node tools/split.mjs DIST');

const linked = resolve(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown/release/safepath.wasm');
if (!existsSync(linked)) fail(`${linked} is missing: run cargo build --release --target wasm32-unknown-unknown --bin safepath first`);

// Where the app's loader goes: trunk leaves its rust link in place when told to skip it.
const rustLink = /[ \t]*<link data-trunk rel="rust"[^>]*>/g;
{
  const links = readFileSync(join(dist, 'index.html'), 'utf8').match(rustLink) || [];
  if (links.length !== 1 || !links[0].includes('data-trunk-skip')) {
    fail(`index.html needs one <link data-trunk rel="rust" data-trunk-skip>, it has ${links.length} rust link(s) (did trunk build the app itself?)`);
  }
}

const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-reference-types',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-multivalue',
];
const PLACEHOLDER = '__wasm_split_placeholder__';
// The diary's own code is never stored by the browser: a chunk of it in the disk cache
// would show that the diary was opened (a year later, to whoever copies the cache). The
// chunks that only these split points need go into this folder, which
// tools/postbuild.mjs (_headers) and deploy/nginx.conf serve with `no-store`; the code
// they share with other views is cached as usual. Each costs its bytes again on every
// opening (the diary's: about 40 KB brotli).
const NO_STORE = ['diary'];
const NO_STORE_DIR = 'no-store';

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
  if (!existsSync(join(cut, '__wasm_split.js'))) fail('wasm-split-cli wrote no __wasm_split.js');
  const { prelude, units, modules } = readLoader(readFileSync(join(cut, '__wasm_split.js'), 'utf8'));
  if (modules.length === 0) fail('wasm-split-cli found no split points');

  // 2. bindings
  const bound = join(work, 'bound');
  run('wasm-bindgen', [
    '--target', 'web', '--no-typescript', '--keep-lld-exports',
    '--out-dir', bound, '--out-name', 'safepath', join(cut, 'safepath.wasm'),
  ]);
  if (existsSync(join(bound, 'snippets'))) fail('wasm-bindgen wrote snippets; copy them too before shipping');

  // 3. fewer, larger chunks: the splitter makes one file per set of views that share
  // code, most of them a few hundred bytes, each a request of its own. Small ones are
  // merged into the file of the views that use them (see group()).
  const groups = group(units, modules, (f) => readFileSync(join(cut, f)));
  const merged = groups.map((g, i) => {
    const out = join(work, `group_${i}.wasm`);
    if (g.files.length === 1) writeFileSync(out, readFileSync(join(cut, g.files[0])));
    else mergeModules(g.files.map((f) => join(cut, f)), out, join(work, `in_${i}`));
    return out;
  });

  // 4. optimise every module
  const mainPath = join(bound, 'safepath_bg.wasm');
  for (const m of [mainPath, ...merged]) run('wasm-opt', ['-Oz', ...FEATURES, m, '-o', m]);

  // 5. short import names: wasm-bindgen names each import after the JS function and a
  // hash (`__wbg_querySelectorAll_6c1bd81d448fb480`), written in the wasm and in the glue,
  // nearly 200 of them, on every first visit (about 4.5 KB brotli). Each becomes a short
  // name in both; a name the glue does not define exactly once fails the build.
  let glue = readFileSync(join(bound, 'safepath.js'), 'utf8');
  let mainWasm = readFileSync(mainPath);
  ({ glue, wasm: mainWasm } = shortImports(glue, mainWasm));

  // 6. content names; the chunks only the NO_STORE split points need go into no-store/
  const unstored = unstoredGroups(modules, groups);
  const chunkNames = merged.map((m, i) => `${unstored.has(i) ? `${NO_STORE_DIR}/` : ''}chunk-${hash(readFileSync(m))}.wasm`);
  let loader = writeLoader(prelude, modules, groups, chunkNames);
  const id = hash(Buffer.concat([mainWasm, Buffer.from(glue), Buffer.from(loader), ...chunkNames.map((c) => Buffer.from(c))]));
  const names = { glue: `safepath-${id}.js`, wasm: `safepath-${id}_bg.wasm`, loader: `split-${id}.js` };
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
  for (const m of [mainPath, ...merged]) {
    const reloc = customSections(readFileSync(m)).filter((n) => n.startsWith('reloc.'));
    if (reloc.length) fail(`${m} still carries ${reloc.join(', ')}`);
  }

  // 7. into dist, and index.html loads them where its rust link was
  let html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const f of readdirSync(dist)) {
    if (/^(safepath-[0-9a-f]+(_bg)?\.(js|wasm)|chunk-[0-9a-f]{16}\.wasm|split-[0-9a-f]{16}\.js|loader-[0-9a-f]{16}\.js)$/.test(f)) {
      unlinkSync(join(dist, f));
    }
  }
  writeFileSync(join(dist, names.glue), glue);
  writeFileSync(join(dist, names.wasm), mainWasm);
  writeFileSync(join(dist, names.loader), loader);
  rmSync(join(dist, NO_STORE_DIR), { recursive: true, force: true });
  mkdirSync(join(dist, NO_STORE_DIR));
  merged.forEach((m, i) => writeFileSync(join(dist, chunkNames[i]), readFileSync(m)));
  // The start-up module, as a file (the CSP allows no inline script). It is what trunk
  // writes for an app it builds; the browser tests listen for its event.
  const startup = [
    `import init, * as bindings from './${names.glue}';`,
    `const wasm = await init({ module_or_path: './${names.wasm}' });`,
    '',
    '',
    'window.wasmBindings = bindings;',
    '',
    '',
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));',
    '',
  ].join('\n');
  const startupName = `loader-${hash(Buffer.from(startup))}.js`;
  writeFileSync(join(dist, startupName), startup);
  html = html.replace(
    rustLink,
    [
      `<script type="module" src="./${startupName}"></script>`,
      `<link rel="modulepreload" href="./${names.glue}" crossorigin="anonymous" integrity="${sri(Buffer.from(glue))}">`,
      `<link rel="preload" href="./${names.wasm}" crossorigin="anonymous" integrity="${sri(mainWasm)}" as="fetch" type="application/wasm">`,
    ]
      .map((tag) => `  ${tag}`)
      .join('\n'),
  );
  writeFileSync(join(dist, 'index.html'), html);
  console.log(
    `split: main ${names.wasm} (${(mainWasm.length / 1024).toFixed(0)} KB raw) + ${units.length} pieces in ${groups.length} chunks`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The splitter's loader, read back: its helper functions (kept as they are), every piece
 * of code (a view's own file, or a file shared by the views named in its comment) and
 * every split point's loader with the pieces it waits for.
 */
function readLoader(text) {
  const first = text.search(/\n(\/\* |const __chunk_|export const )/);
  if (first < 0) fail('__wasm_split.js: no chunk or loader found');
  const prelude = text.slice(0, first + 1);
  for (const f of ['function getSharedImports', 'function wrapAsyncCb', 'function makeLoad']) {
    if (!prelude.includes(f)) fail(`__wasm_split.js: no ${f} (another wasm-split-cli version?)`);
  }
  const units = new Map();
  const modules = [];
  const block = /(?:\/\* ([^*]*) \*\/\s*)?(const (__chunk_\d+)|export const __wasm_split_load_(\w+)) = (wrapAsyncCb\()?makeLoad\(\(\) => \{([\s\S]*?)\n\}\n, \[([^\]]*)\]\)\)?;/g;
  let seen = 0;
  for (const m of text.slice(first).matchAll(block)) {
    seen += 1;
    const file = m[6].match(/fetch\(new URL\("\.\/([^"]+)"/)?.[1] || null;
    const deps = m[7].split(',').map((d) => d.trim()).filter(Boolean);
    if (m[3]) {
      if (!m[1]) fail(`__wasm_split.js: ${m[3]} names no users`);
      units.set(m[3], { file, users: m[1].split(',').map((u) => u.trim()), deps });
    } else {
      modules.push({ name: m[4], file, deps });
    }
  }
  const blocks = (text.match(/makeLoad\(\(\) =>/g) || []).length;
  if (seen !== blocks) fail(`__wasm_split.js: read ${seen} of ${blocks} loaders (another wasm-split-cli version?)`);
  // Every piece a split point needs, its own file first.
  const list = [];
  const index = new Map();
  const add = (file, users) => {
    if (!file) return null;
    if (!index.has(file)) {
      index.set(file, list.length);
      list.push({ file, users: new Set(users) });
    }
    return index.get(file);
  };
  for (const m of modules) {
    const need = new Set();
    const own = add(m.file, [m.name]);
    if (own !== null) need.add(own);
    const visit = (v) => {
      const u = units.get(v);
      if (!u) fail(`__wasm_split.js: ${m.name} waits for unknown ${v}`);
      const i = add(u.file, u.users);
      if (i !== null) need.add(i);
      u.deps.forEach(visit);
    };
    m.deps.forEach(visit);
    m.needs = need;
  }
  return { prelude, units: list, modules };
}

/**
 * Which pieces share a file. A piece is weighed by its compressed size and by who needs
 * it: the away watch and the Vietnamese words come with every view, so what they use
 * counts as used by every view; a view's parts come with the view (FAMILY). Starting from
 * one file per set of users, the smallest file under MERGE_BELOW bytes joins the file
 * that adds the fewest bytes to what views download (a view that needs one of the two
 * then downloads both), until none is that small. The words each language needs before
 * the app takes over (`*_first`) are never merged: they are on the first visit.
 */
function group(pieces, modules, read) {
  // Weighed as the sum of the pieces' own brotli sizes (a file of several compresses
  // smaller). At 6 KB Get help took 17 files (HTTP/1.1 hosts fetch six at a time); at
  // 12 KB it takes 10 and 1 KB less, the plan 11 instead of 18; the first visit is the
  // same, Home's idle words grow 0.9 KB, and the pages that arrive rarely (the phone
  // check's and audiences' words, about, leaves) 5–13 KB (Dec 2026).
  const MERGE_BELOW = 12 * 1024;
  const FAMILY = { plan_parts: 'plan' };
  const names = modules.map((m) => m.name);
  const views = names.filter((n) => !/^words_|^away$/.test(n)).map((n) => FAMILY[n] || n);
  const users = (list) => {
    const out = new Set();
    for (const u of list) {
      const v = FAMILY[u] || u;
      if (v === 'away' || v === 'words_vi') views.forEach((w) => out.add(w));
      else out.add(v);
    }
    return out;
  };
  const weigh = (buf) => brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }).length;
  const byUsers = new Map();
  const pinned = [];
  pieces.forEach((p, i) => {
    const entry = { pieces: [i], users: users(p.users), weight: weigh(read(p.file)) };
    if ([...p.users].some((u) => /_first$/.test(u))) {
      pinned.push(entry);
      return;
    }
    const key = [...entry.users].sort().join(' ');
    const g = byUsers.get(key);
    if (g) {
      g.pieces.push(i);
      g.weight += entry.weight;
    } else byUsers.set(key, entry);
  });
  let open = [...byUsers.values()];
  const cost = (a, b) => {
    let c = 0;
    for (const v of b.users) if (!a.users.has(v)) c += a.weight;
    for (const v of a.users) if (!b.users.has(v)) c += b.weight;
    return c;
  };
  for (;;) {
    const small = open.filter((g) => g.weight < MERGE_BELOW).sort((a, b) => a.weight - b.weight)[0];
    if (!small || open.length < 2) break;
    let best = null;
    let bestCost = Infinity;
    for (const g of open) {
      if (g === small) continue;
      const c = cost(small, g);
      if (c < bestCost || (c === bestCost && g.weight > best.weight)) [best, bestCost] = [g, c];
    }
    best.pieces.push(...small.pieces);
    best.weight += small.weight;
    small.users.forEach((u) => best.users.add(u));
    open = open.filter((g) => g !== small);
  }
  const groups = [...open, ...pinned].map((g) => ({ pieces: g.pieces.sort((a, b) => a - b) }));
  for (const g of groups) g.files = g.pieces.map((i) => pieces[i].file);
  const groupOf = new Map();
  groups.forEach((g, gi) => g.pieces.forEach((i) => groupOf.set(i, gi)));
  for (const m of modules) m.groups = [...new Set([...m.needs].map((i) => groupOf.get(i)))].sort((a, b) => a - b);
  return groups;
}

/**
 * One module from several of the splitter's. Each piece only imports the shared memory,
 * the function table and the stack pointer (checked) and only fills the table and memory
 * through its segments, so the pieces can live in one module: the first re-exports what
 * it imports and the others import it from there, then wasm-merge joins them.
 */
function mergeModules(files, out, prefix) {
  const SHARED = '__wasm_split';
  const mods = files.map((f) => {
    const secs = sections(readFileSync(f)).filter((s) => s.id !== 0);
    const imp = secs.find((s) => s.id === 2);
    const imports = imp ? parseImports(imp.body) : [];
    for (const s of secs) {
      if (s.id === 7 && s.body[0] !== 0) fail(`${f} exports something: it cannot be merged`);
      if (s.id === 8) fail(`${f} has a start function: it cannot be merged`);
    }
    for (const i of imports) if (i.module !== SHARED) fail(`${f} imports ${i.module} ${i.field}: it cannot be merged`);
    return { f, secs: secs.filter((s) => s.id !== 7), imports };
  });
  mods.sort((a, b) => b.imports.length - a.imports.length);
  const [head] = mods;
  const key = (i) => `${i.kind} ${i.field}`;
  const offered = new Set(head.imports.map(key));
  for (const m of mods) for (const i of m.imports) if (!offered.has(key(i))) fail(`no piece of ${out} imports every shared item`);
  const counts = {};
  const reexports = head.imports.map((i) => ({ name: i.field, kind: i.kind, index: (counts[i.kind] = (counts[i.kind] ?? -1) + 1) }));
  const args = [];
  mods.forEach((m, n) => {
    const secs =
      n === 0
        ? [...m.secs, { id: 7, body: encodeExports(reexports) }]
        : m.secs.map((s) => (s.id === 2 ? { id: 2, body: encodeImports(m.imports.map((i) => ({ ...i, module: 'piece0' }))) } : s));
    const path = `${prefix}_${n}.wasm`;
    writeFileSync(path, assemble(secs));
    args.push(path, `piece${n}`);
  });
  const joined = `${prefix}_joined.wasm`;
  run('wasm-merge', [...FEATURES, ...args, '-o', joined]);
  // The re-exports were only for the join.
  const secs = sections(readFileSync(joined)).map((s) => (s.id === 7 ? { id: 7, body: encodeExports([]) } : s));
  writeFileSync(out, assemble(secs));
}

/** Renames the main module's imports from the glue to short names, in both. */
function shortImports(glue, wasm) {
  const MODULE = './safepath_bg.js';
  const secs = sections(wasm);
  const imp = secs.find((s) => s.id === 2);
  if (!imp) fail('the main module imports nothing');
  const list = parseImports(imp.body);
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (n) => {
    let s = '';
    do {
      s += letters[n % letters.length];
      n = Math.floor(n / letters.length);
    } while (n);
    return s;
  };
  let n = 0;
  for (const i of list) {
    if (i.module !== MODULE) continue;
    if (!/^[A-Za-z_$][\w$]*$/.test(i.field)) fail(`import ${i.field} is not a plain name`);
    const to = short(n++);
    const key = new RegExp(`(\\n\\s*)${i.field}(: function\\()`, 'g');
    const hits = glue.match(key)?.length || 0;
    if (hits !== 1) fail(`the glue defines import ${i.field} ${hits} times, not once`);
    glue = glue.replace(key, `$1${to}$2`);
    i.field = to;
    i.module = 'a';
  }
  if (n === 0) fail(`the main module imports nothing from ${MODULE}`);
  const moduleKey = `"${MODULE}": import0`;
  if (glue.split(moduleKey).length !== 2) fail(`the glue does not name ${MODULE} once`);
  glue = glue.replace(moduleKey, 'a: import0');
  return { glue, wasm: assemble(secs.map((s) => (s === imp ? { id: 2, body: encodeImports(list) } : s))) };
}

/**
 * The chunks that only the NO_STORE split points need. Fails if one of them has no chunk of
 * its own (its code was merged into a chunk other views share), so the promise cannot
 * lapse unnoticed.
 */
function unstoredGroups(modules, groups) {
  const out = new Set();
  groups.forEach((_, gi) => {
    const users = modules.filter((m) => m.groups.includes(gi)).map((m) => m.name);
    if (users.length && users.every((u) => NO_STORE.includes(u))) out.add(gi);
  });
  for (const name of NO_STORE) {
    const m = modules.find((x) => x.name === name);
    if (!m) fail(`no split point ${name} (NO_STORE)`);
    if (!m.groups.some((gi) => out.has(gi))) fail(`split point ${name} has no chunk of its own: it would be cached`);
  }
  return out;
}

/** The chunk loader: the splitter's helpers, then one line per chunk and per split point. */
function writeLoader(prelude, modules, groups, chunkNames) {
  const lines = [
    prelude.trimEnd(),
    '// One fetch per chunk, shared by every split point that needs it (tools/split.mjs).',
    'const chunk = (file) => makeLoad(() => {',
    '    const src = fetch(new URL(file, import.meta.url));',
    '    src.catch(() => {});',
    '    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));',
    '}, []);',
    `const c = [${chunkNames.map((n) => `"./${n}"`).join(', ')}].map(chunk);`,
    'const load = (...need) => wrapAsyncCb(makeLoad(() => async () => {}, need.map((i) => c[i])));',
    ...modules.map((m) => `export const __wasm_split_load_${m.name} = load(${m.groups.join(', ')});`),
  ];
  groups.forEach((g, i) => {
    if (!g.files.length) fail(`chunk ${i} is empty`);
  });
  return lines.join('\n') + '\n';
}

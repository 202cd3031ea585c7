// After the split and the pre-render: make dist/ deployable under a strict
// Content-Security-Policy and ready for static compression. Run by `make dist`; usage:
// node tools/postbuild.mjs DIST
//
// 1. The WebAssembly, its glue and the start-up module (a file, loader-<hash>.js, written
//    by tools/split.mjs: the CSP allows no inline script) are asked for at low priority.
//    The style sheets (one per view in style/) become one file: one request instead of
//    six, and compressed together they are about 2 KB smaller than apart (brotli shares
//    what the sheets repeat only within one file), shipped without comments and indentation.
// 2. Refuses a build that would still break under the CSP: any inline script, <style>
//    element, style="" attribute or on…="" handler left in index.html fails the build.
//    Why files and not a CSP hash or nonce: the start-up module's text changes with every
//    build (it names the hashed wasm and js), so a 'sha256-…' source would have to be
//    copied into the nginx config, the _headers file and every host's config after each
//    build, and a nonce needs a server that rewrites every response. With a file,
//    `script-src 'self'` covers it and the shipped configs stay static.
// 3. Adds per-file caching rules for the hashed files to _headers (hosts that read one):
//    a year, but `no-store` for the diary's own chunks in no-store/ (tools/split.mjs).
// 3b. Ships boot.js (on every first visit, before the first paint) without its comment
//    lines and indentation: plain ES5 with no template literals or multi-line strings, so
//    dropping whole comment lines and leading blanks changes no code (about 1.5 KB brotli).
// 4. Writes file.gz and file.br next to every .wasm/.js/.css/.svg/.html/.txt (when
//    smaller than the file), for
//    nginx's gzip_static/brotli_static and hosts that serve precompressed files.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync, unlinkSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2];
if (!dist || !existsSync(join(dist, 'index.html'))) {
  console.error('usage: node tools/postbuild.mjs DIST (a folder holding index.html)');
  process.exit(2);
}

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const fail = (msg) => {
  console.error(`postbuild: ${msg}`);
  process.exit(1);
};

// The diary's own chunks (tools/split.mjs, NO_STORE): never stored by the browser.
const NO_STORE_DIR = 'no-store';
const inNoStore = () => (existsSync(join(dist, NO_STORE_DIR)) ? readdirSync(join(dist, NO_STORE_DIR)).map((f) => `${NO_STORE_DIR}/${f}`) : []);

// Old outputs of this script (a rerun on the same dist) go first.
for (const f of [...readdirSync(dist), ...inNoStore()]) {
  if (/\.(gz|br)$/.test(f)) unlinkSync(join(dist, f));
}

const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// --- 1a. the first paint first ---------------------------------------------------
// The first paint needs only the HTML, the style sheet and boot.js. The WebAssembly, its
// glue and the module loader are asked for at low priority, so that on a slow line they
// do not share it with what draws help (Chromium holds low-priority requests back while
// the page's head is still loading what blocks the paint).
html = html.replace(/<(?:link rel="(?:modulepreload|preload)"|script type="module")[^>]*>/g, (tag) =>
  tag.includes('fetchpriority') ? tag : tag.replace(/\s*\/?>$/, ' fetchpriority="low">'),
);
// The Khmer font's files, for boot.js to ask for at once on a Khmer page (the style
// sheet names them too, but the browser finds them only once the sheet is in).
{
  const fontDir = join(dist, 'fonts');
  const kmFonts = existsSync(fontDir) ? readdirSync(fontDir).filter((f) => /^noto-sans-khmer-\d+-[0-9a-f]{16}\.woff2$/.test(f)).sort() : [];
  const boot = '<script src="boot.js"></script>';
  if (kmFonts.length && html.includes(boot) && !html.includes('name="safepath-km-fonts"')) {
    html = html.replace(boot, `<meta name="safepath-km-fonts" content="${kmFonts.map((f) => `fonts/${f}`).join(' ')}">\n  ${boot}`);
  }
}

// --- 1b. the style sheets become one hashed file, in their order --------------------
const sheetTag = /<link rel="stylesheet" href="\.\/([\w.-]+\.css)"[^>]*\/?>\s*/g;
const sheets = [...html.matchAll(sheetTag)].map((m) => m[1]);
if (sheets.length > 1) {
  // Without comments and indentation (about 2 KB brotli on every first visit): no sheet
  // has "/*" inside a string, which the build checks.
  const lean = (text) => {
    if (/["'][^"'\n]*\/\*/.test(text)) fail('a style sheet has "/*" inside a string: it cannot be stripped');
    return text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  };
  const css = sheets.map((f) => lean(readFileSync(join(dist, f), 'utf8'))).join('\n') + '\n';
  const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  let first = true;
  html = html.replace(sheetTag, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>\n  `;
  });
  for (const f of sheets) unlinkSync(join(dist, f));
  writeFileSync(join(dist, name), css);
}

// --- 2. nothing inline may remain ----------------------------------------------------
const leftovers = [
  [/<script\b(?![^>]*\bsrc\s*=)[^>]*>/i, 'an inline <script>'],
  [/<style\b/i, 'a <style> element'],
  [/\sstyle\s*=/i, 'a style="" attribute'],
  [/\son[a-z]+\s*=/i, 'an on…="" event handler'],
];
// <noscript> content is never run; still, keep it clean too.
for (const [re, what] of leftovers) {
  if (re.test(html)) fail(`index.html still has ${what}; it would break under the CSP`);
}
writeFileSync(indexPath, html);

// --- 3. _headers: the hashed files may be cached for a year --------------------------
const headersPath = join(dist, '_headers');
// The fonts (fonts/…-<hash>.woff2) are named after their content too.
const fonts = existsSync(join(dist, 'fonts')) ? readdirSync(join(dist, 'fonts')).map((f) => `fonts/${f}`) : [];
const hashed = [...readdirSync(dist), ...fonts].filter((f) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|woff2)$/.test(f));
if (existsSync(headersPath)) {
  const MARK = '# Added by tools/postbuild.mjs: files named after their content never change.';
  let headers = readFileSync(headersPath, 'utf8').split(MARK)[0].trimEnd() + '\n';
  headers += `\n${MARK}\n`;
  for (const f of hashed.sort()) {
    headers += `/${f}\n  Cache-Control: public, max-age=31536000, immutable\n  Cross-Origin-Resource-Policy: same-origin\n`;
  }
  // The diary's own code: in the browser's disk cache it would show that the diary was opened.
  headers += `\n# ${NO_STORE_DIR}/: never stored, not even in the browser's disk cache (tools/split.mjs).\n`;
  for (const f of inNoStore().sort()) {
    headers += `/${f}\n  Cache-Control: no-store\n  Cross-Origin-Resource-Policy: same-origin\n`;
  }
  writeFileSync(headersPath, headers);
}

// --- 3b. boot.js and the JS glue without comment lines ----------------------------
// Both are on every first visit. Neither has a template literal that spans lines nor a
// line continuation (checked), so dropping whole `//` lines and leading blanks changes no
// code; line breaks stay, so semicolon insertion is unchanged. The glue's preload
// integrity in index.html is written anew.
{
  const strip = (file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    const lines = text.split('\n');
    if (lines.some((l) => (l.match(/`/g) || []).length % 2 === 1 || /\\$/.test(l))) {
      fail(`${file} has a template literal over several lines or a line continuation: it cannot be stripped line by line`);
    }
    const lean = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('//')).join('\n') + '\n';
    writeFileSync(join(dist, file), lean);
    return lean;
  };
  strip('boot.js');
  const glue = readdirSync(dist).find((f) => /^safepath-[0-9a-f]{16}\.js$/.test(f));
  if (!glue) fail('no JS glue (safepath-<hash>.js) in dist');
  const body = strip(glue);
  const index = readFileSync(indexPath, 'utf8');
  const preload = new RegExp(`(<link rel="modulepreload" href="\\./${glue.replace('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!preload.test(index)) fail(`index.html has no modulepreload with integrity for ${glue}`);
  writeFileSync(indexPath, index.replace(preload, `$1${sri(body)}$2`));
}

// --- 4. precompressed copies ----------------------------------------------------------
const COMPRESS = new Set(['.wasm', '.js', '.css', '.svg', '.html', '.txt']);
let raw = 0;
let gz = 0;
let br = 0;
for (const f of [...readdirSync(dist), ...inNoStore()]) {
  const path = join(dist, f);
  if (!statSync(path).isFile() || !COMPRESS.has(extname(f))) continue;
  const body = readFileSync(path);
  const text = extname(f) !== '.wasm';
  const g = gzipSync(body, { level: 9 });
  const b = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  // A tiny file can grow when compressed: then the server sends it as it is.
  if (g.length < body.length) writeFileSync(path + '.gz', g);
  if (b.length < body.length) writeFileSync(path + '.br', b);
  raw += body.length;
  gz += Math.min(g.length, body.length);
  br += Math.min(b.length, body.length);
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`postbuild: one style sheet, caching rules; precompressed ${kb(raw)} → gzip ${kb(gz)}, brotli ${kb(br)}`);

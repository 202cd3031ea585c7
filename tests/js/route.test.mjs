// public/boot.js reads the address before the app arrives, and so must read it exactly
// as core::route and core::lang do: the same table of cases runs here against boot.js
// and in tests/route_cases.rs against the Rust. The views and languages come from the
// build's own list (View::ALL, Lang::ALL), as the pre-render writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { page, ROOT } from './page.mjs';

const BOOT = process.env.BOOT_JS || 'public/boot.js';
const { cases } = JSON.parse(readFileSync(ROOT + 'tests/fixtures/routes.json', 'utf8'));
export const FILLER = 'a'.repeat(3000);

/** The views as `number:word`, read from core::route (what prerender.rs writes). */
function views() {
  const src = readFileSync(ROOT + 'src/core/route.rs', 'utf8');
  const codes = Object.fromEntries([...src.matchAll(/View::(\w+) => (\d+),/g)].map((m) => [m[1], m[2]]));
  const words = Object.fromEntries([...src.matchAll(/View::(\w+) => "([\w-]+)",/g)].map((m) => [m[1], m[2]]));
  const pairs = Object.keys(codes).map((v) => `${codes[v]}:${words[v]}`);
  assert.ok(pairs.length >= 13 && pairs.every((p) => !p.endsWith(':undefined')), `views read from route.rs: ${pairs}`);
  return pairs.join(' ');
}
const HEAD = [
  ['meta', { name: 'safepath-langs', content: 'vi en km' }],
  ['meta', { name: 'safepath-views', content: views() }],
];

test('the table has cases for view, language and embed', () => {
  assert.ok(cases.length > 50);
  for (const k of ['view', 'lang', 'embed']) assert.ok(new Set(cases.map((c) => c[k])).size > 1, k);
});

for (const c of cases) {
  const query = c.query.replace('{filler}', FILLER);
  test(`boot.js reads ${c.query || '(no query)'} with ${JSON.stringify(c.languages)}${c.why ? `: ${c.why}` : ''}`, () => {
    const p = page({ search: query, languages: c.languages, head: HEAD });
    p.run(BOOT);
    assert.deepEqual(
      { view: p.root.getAttribute('data-view'), lang: p.root.lang, embed: p.root.classList.contains('embed') },
      { view: c.view, lang: c.lang, embed: c.embed },
    );
  });
}

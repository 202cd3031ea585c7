// public/boot.js reads the address before the app arrives, and so must read it exactly
// as core::route and core::lang do: the same table of cases runs here against boot.js
// and in tests/route_cases.rs against the Rust. The views and languages come from the
// build's own list (core::view's table, Lang::ALL), as the pre-render writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { page, ROOT } from './page.mjs';

const BOOT = process.env.BOOT_JS || 'public/boot.js';
const { cases } = JSON.parse(readFileSync(ROOT + 'tests/fixtures/routes.json', 'utf8'));
export const FILLER = 'a'.repeat(3000);

/** The views as `number:word`, from core::view's table (tests/e2e/views.json, which
 * `cargo test` holds to the table; the pre-render writes the same list). */
function views() {
  const table = JSON.parse(readFileSync(ROOT + 'tests/e2e/views.json', 'utf8'));
  const pairs = table.map((v) => `${v.code}:${v.view}`);
  assert.ok(pairs.length >= 13, `views read from views.json: ${pairs}`);
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

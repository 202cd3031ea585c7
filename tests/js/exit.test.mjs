// Quick exit as a contract, on a clock the test moves: Shift pressed three times within
// 5 s of the first press leaves, in public/boot.js (the app) and public/embed.js (a
// portal page that frames it). Any other key starts the count over; a key held down is
// one press. The app's page leaves even without its exit link, and a screen reader hears
// how many presses are left. Runs the files as they ship, in Node (tests/js/page.mjs).
// BOOT_JS / EMBED_JS name other copies (a planted fault, or dist/boot.js after the build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { page } from './page.mjs';

const BOOT = process.env.BOOT_JS || 'public/boot.js';
const EMBED = process.env.EMBED_JS || 'public/embed.js';
const EXIT = 'https://exit.example/';
const LINK = ['a', { class: 'quick-exit', href: 'https://link.example/' }];
const WORDS = {
  vi: 'hai lần nữa|một lần nữa',
  en: 'two more|one more',
};
const HEAD = [
  ['meta', { name: 'safepath-langs', content: 'vi en km' }],
  ['meta', { name: 'safepath-views', content: '0:home 1:check 2:plan' }],
  ['meta', { name: 'safepath-exit', content: EXIT }],
  ['meta', { name: 'safepath-title', lang: 'vi', content: 'Sổ tay' }],
  ...Object.entries(WORDS).map(([lang, content]) => ['meta', { name: 'safepath-exit-left', lang, content }]),
];
const FRAME = ['iframe', { 'data-safepath': '', src: 'https://app.example/?embed=1', 'data-exit': EXIT }];

/** The app's page (or the portal's, with embed.js), loaded, its body parsed. */
function open(file, opts = {}) {
  const p = page(file === EMBED ? { body: [FRAME], ...opts } : { head: HEAD, body: [LINK], ...opts });
  p.run(file);
  p.ready();
  return p;
}

/** Presses `keys` (Shift unless named) at the given times in ms. */
function press(p, steps) {
  for (const [ms, key = 'Shift', opts] of steps) {
    p.at(ms);
    p.key(key, opts);
  }
}

for (const [name, file] of [['boot.js', BOOT], ['embed.js', EMBED]]) {
  test(`${name}: the third Shift press at 4.9 s leaves`, () => {
    const p = open(file);
    press(p, [[0], [2000], [4900]]);
    assert.deepEqual(p.left, [EXIT]);
  });

  test(`${name}: at 5.1 s it does not, and that press starts a new count`, () => {
    const p = open(file);
    press(p, [[0], [2000], [5100]]);
    assert.deepEqual(p.left, [], 'the window had closed');
    press(p, [[6000], [9000]]);
    assert.deepEqual(p.left, [EXIT], 'the press at 5.1 s counted as a first one');
  });

  test(`${name}: another key starts the count over (typing a capital letter never leaves)`, () => {
    const p = open(file);
    press(p, [[0], [100], [200, 'a'], [300]]);
    assert.deepEqual(p.left, []);
    press(p, [[400, 'Shift'], [500, 'A'], [600, 'Shift'], [700, 'B'], [800, 'Shift']]);
    assert.deepEqual(p.left, [], 'Shift+A, Shift+B, Shift: capitals only');
    press(p, [[900], [1000]]);
    assert.deepEqual(p.left, [EXIT], 'three presses after the other key');
  });

  test(`${name}: Shift held down (the keyboard repeating it) counts once`, () => {
    const p = open(file);
    press(p, [[0], ...Array.from({ length: 20 }, (_, i) => [30 * (i + 1), 'Shift', { repeat: true }])]);
    assert.deepEqual(p.left, [], 'one press held');
    press(p, [[1000]]);
    assert.deepEqual(p.left, [], 'two presses');
    press(p, [[1500]]);
    assert.deepEqual(p.left, [EXIT], 'three presses');
  });

  test(`${name}: a clock set back never stretches the window`, () => {
    const p = open(file);
    press(p, [[10_000], [10_100]]);
    // Fake clocks only move forward; a page whose clock was set back sees now < first.
    p.window.__now = () => 0;
    p.key('Shift');
    assert.deepEqual(p.left, [], 'the earlier presses no longer count');
  });
}

test('embed.js: the portal page empties itself before it goes', () => {
  const p = open(EMBED);
  p.document.body.textContent = 'the portal';
  press(p, [[0], [1], [2]]);
  assert.equal(p.document.body.textContent, '');
  assert.deepEqual(p.left, [EXIT]);
});

test('boot.js: a page without the exit link still leaves for the built destination, blank first', () => {
  const p = open(BOOT, { body: [['p', {}]] });
  press(p, [[0], [1], [2]]);
  assert.deepEqual(p.left, [EXIT]);
  assert.equal(p.document.body.children.length, 0, 'blanked');
  assert.equal(p.document.title, 'Sổ tay', 'the tab keeps its neutral name');
});

test('boot.js: without the pre-rendered <head> (trunk serve), the link says where to go', () => {
  const p = open(BOOT, { head: [] });
  press(p, [[0], [1], [2]]);
  assert.deepEqual(p.left, ['https://link.example/']);
});

test('boot.js: with neither the setting nor the link, the page still leaves (for a blank page)', () => {
  const p = open(BOOT, { head: [], body: [] });
  press(p, [[0], [1], [2]]);
  assert.deepEqual(p.left, ['about:blank']);
});

test('boot.js: Shift before the body is parsed leaves all the same', () => {
  const p = page({ head: HEAD });
  p.run(BOOT);
  press(p, [[0], [1], [2]]);
  assert.deepEqual(p.left, [EXIT]);
});

/** The status region boot.js adds to the body. */
const region = (p) => [...p.document.body.all()].find((e) => e.getAttribute('role') === 'status');

test('boot.js: a screen reader hears the presses left, in the page\'s language, from a polite status region', () => {
  const p = open(BOOT);
  const status = region(p);
  assert.ok(status, 'a role=status region in the body');
  assert.ok(status.classes.has('visually-hidden'), 'read, not shown');
  assert.equal(status.textContent, '', 'silent until a press');
  press(p, [[0]]);
  assert.equal(status.textContent, 'hai lần nữa');
  press(p, [[1000]]);
  assert.equal(status.textContent, 'một lần nữa');
  press(p, [[1500, 'a']]);
  assert.equal(status.textContent, '', 'another key: the count and the words start over');
  p.root.lang = 'en';
  press(p, [[2000]]);
  assert.equal(status.textContent, 'two more', 'the language the page shows now');
  p.at(7000);
  assert.equal(status.textContent, '', 'emptied when the 5 s are up, so the same words are heard again');
  press(p, [[8000]]);
  assert.equal(status.textContent, 'two more');
});

test('boot.js: with no words for the page\'s language the region stays silent, and Shift×3 still leaves', () => {
  const p = open(BOOT);
  p.root.lang = 'km';
  press(p, [[0], [1]]);
  assert.equal(region(p).textContent, '');
  press(p, [[2]]);
  assert.deepEqual(p.left, [EXIT]);
});

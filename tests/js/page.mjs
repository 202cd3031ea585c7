// A page small enough to read, for running public/boot.js and public/embed.js as they
// are, in Node, without a browser: a document with the elements a test puts in it, a
// window whose listeners the test calls, and a clock the test moves. Only what the two
// scripts use is here; anything else they touched would throw, and so fail the test.
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ORIGIN = 'https://app.example';

/** `tag.class[attr="value"][attr]`: the only selector shapes the two scripts use. */
function matcher(selector) {
  const m = /^([a-z]+)?((?:\.[\w-]+)*)((?:\[[^\]]+\])*)$/.exec(selector.trim());
  if (!m) throw new Error(`selector the fake page cannot read: ${selector}`);
  const classes = m[2].split('.').filter(Boolean);
  const attrs = [...m[3].matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)].map((a) => [a[1], a[2]]);
  return (el) =>
    (!m[1] || el.localName === m[1]) &&
    classes.every((c) => el.classes.has(c)) &&
    attrs.every(([name, value]) => el.hasAttribute(name) && (value === undefined || el.getAttribute(name) === value));
}

class Element {
  constructor(tag, attrs = {}) {
    this.localName = tag;
    this.attrs = {};
    this.classes = new Set();
    this.children = [];
    this.textContent = '';
    this.style = {};
    for (const [k, v] of Object.entries(attrs)) this.setAttribute(k, v);
  }
  getAttribute(name) {
    return name in this.attrs ? this.attrs[name] : null;
  }
  setAttribute(name, value) {
    this.attrs[name] = String(value);
    if (name === 'class') this.classes = new Set(String(value).split(/\s+/).filter(Boolean));
  }
  hasAttribute(name) {
    return name in this.attrs;
  }
  removeAttribute(name) {
    delete this.attrs[name];
  }
  get className() {
    return [...this.classes].join(' ');
  }
  set className(value) {
    this.setAttribute('class', value);
  }
  get classList() {
    const c = this.classes;
    return { add: (x) => c.add(x), remove: (x) => c.delete(x), contains: (x) => c.has(x) };
  }
  get lang() {
    return this.getAttribute('lang') || '';
  }
  set lang(value) {
    this.setAttribute('lang', value);
  }
  get href() {
    return new URL(this.getAttribute('href') || '', ORIGIN + '/').href;
  }
  appendChild(child) {
    this.children.push(child);
    return child;
  }
  get innerHTML() {
    return this.children.length ? '<…>' : '';
  }
  set innerHTML(value) {
    if (value !== '') throw new Error('the fake page only empties elements');
    this.children = [];
  }
  /** Everything below, depth first. */
  *all() {
    for (const c of this.children) {
      yield c;
      yield* c.all();
    }
  }
}

/**
 * A fresh page at `search` (e.g. '?v=2&lang=en'), with `head` and `body` elements given as
 * [tag, attrs] pairs, the browser's `languages`, and the clock at 0 ms.
 * Returns the page's parts and helpers: `run(file)` runs a script in it, `key(k, opts)` and
 * `at(ms)` press and move the clock, `ready()` fires DOMContentLoaded, `left` lists every
 * `location.replace` in order.
 */
export function page({ search = '', head = [], body = [], languages = ['vi'], top = true } = {}) {
  const root = new Element('html', { lang: 'vi' });
  const headEl = root.appendChild(new Element('head'));
  const bodyEl = root.appendChild(new Element('body'));
  for (const [tag, attrs] of head) headEl.appendChild(new Element(tag, attrs));
  for (const [tag, attrs] of body) bodyEl.appendChild(new Element(tag, attrs));

  const clock = { now: 0, timers: [] };
  const listeners = { window: {}, document: {} };
  const listen = (where) => (type, fn) => (listeners[where][type] ||= []).push(fn);
  const left = [];
  const posted = [];
  const address = { search, pathname: '/', replaced: null };

  const document = {
    documentElement: root,
    head: headEl,
    body: bodyEl,
    title: '',
    querySelector: (s) => [...root.all()].find(matcher(s)) || null,
    querySelectorAll: (s) => [...root.all()].filter(matcher(s)),
    getElementById: (id) => [...root.all()].find((e) => e.getAttribute('id') === id) || null,
    createElement: (tag) => new Element(tag),
    addEventListener: listen('document'),
    removeEventListener: () => {},
    execCommand: () => false,
  };
  const window = {
    document,
    navigator: { languages, language: languages[0] },
    location: {
      get search() {
        return address.search;
      },
      get pathname() {
        return address.pathname;
      },
      href: ORIGIN + '/' + search,
      replace: (url) => left.push(String(url)),
    },
    history: {
      state: null,
      replaceState: (_state, _title, url) => {
        address.replaced = url;
      },
    },
    addEventListener: listen('window'),
    removeEventListener: () => {},
    dispatchEvent: (event) => {
      for (const fn of listeners.window[event.type] || []) fn(event);
      return true;
    },
    postMessage: (data) => posted.push(data),
    Event: class {
      constructor(type) {
        this.type = type;
      }
    },
    URL,
    URLSearchParams,
    setTimeout: (fn, ms) => clock.timers.push({ fn, at: clock.now + ms }) ,
    clearTimeout: (id) => {
      const t = clock.timers[id - 1];
      if (t) t.fn = null;
    },
  };
  window.window = window;
  window.self = window;
  window.top = top ? window : { location: { replace: () => { throw new Error('refused'); } } };
  window.parent = top ? window : { postMessage: (data) => posted.push(data) };
  const context = vm.createContext(window);
  vm.runInContext('Date.now = function () { return __now(); };', context);
  window.__now = () => clock.now;

  const fire = (where, type, event) => {
    for (const fn of listeners[where][type] || []) fn(event);
  };
  return {
    root,
    document,
    window,
    left,
    posted,
    address,
    run(file) {
      const path = file.startsWith('/') ? file : ROOT + file;
      vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path });
    },
    ready() {
      fire('document', 'DOMContentLoaded', { type: 'DOMContentLoaded' });
    },
    /** Moves the clock to `ms` (never back), running the timers that fall due. */
    at(ms) {
      if (ms < clock.now) throw new Error('the clock only moves forward');
      for (;;) {
        const due = clock.timers.filter((t) => t.fn && t.at <= ms).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        clock.now = due.at;
        const fn = due.fn;
        due.fn = null;
        fn();
      }
      clock.now = ms;
    },
    /** A keydown on the window, as a keyboard sends it (`repeat` while held down). */
    key(key, { repeat = false } = {}) {
      fire('window', 'keydown', { type: 'keydown', key, repeat, preventDefault() {} });
    },
    message(event) {
      fire('window', 'message', { type: 'message', ...event });
    },
  };
}

// The first script on the page, loaded before the body and before the WebAssembly.
// It is the one owner of quick exit (the link's click, Shift pressed three times, a page
// restored from the back-forward cache), and it makes the pre-rendered first paint right
// before anything shows: language, view, embedded layout. It strips a deep link's words
// from the address on arrival and hands them to the app, and until the app takes over it
// shows a clicked view or language in place, the address untouched. The app only listens for "safepath:leave"
// to drop what the person entered. Plain ES5, no dependencies, nothing sent anywhere.
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;
  // The longest query the app reads (core::route::MAX_QUERY_BYTES).
  var MAX_QUERY = 2048;
  var leftFor = null;

  // ---- quick exit -------------------------------------------------------------------

  // The destination is the one build-time setting, which the pre-render writes into
  // <head> (src/bin/prerender.rs) and the app into the quick-exit link. A page that has
  // neither (a broken build, changed markup) still leaves: blank, for an empty page.
  function destination() {
    var meta = doc.querySelector('meta[name="safepath-exit"]');
    var link = doc.querySelector('a.quick-exit[href]');
    return (meta && meta.getAttribute('content')) || (link && link.href) || 'about:blank';
  }

  // Keeps the app's neutral name as the tab's title: an empty title would make the tab
  // strip and the app switcher show the address instead.
  function blank() {
    if (!doc.title) {
      var name = doc.querySelector('meta[name="safepath-title"]');
      doc.title = (name && name.getAttribute('content')) || '\u00a0';
    }
    if (doc.body) {
      doc.body.innerHTML = '';
    }
  }

  // What the app copied in this visit (it marks <html data-copied>) is replaced on the
  // system clipboard, where the browser allows it: a click is the activation it needs.
  // The synchronous copy command is tried first, since the page may be gone before a
  // promise settles; nothing here ever delays leaving.
  var NEUTRAL_COPY = ' ';
  var forgetting = false;
  // A copy or cut made by hand (a selected message, words from a field) counts too.
  function copiedByHand() {
    if (!forgetting) {
      root.setAttribute('data-copied', '');
    }
  }
  doc.addEventListener('copy', copiedByHand, true);
  doc.addEventListener('cut', copiedByHand, true);
  function forgetCopy() {
    if (!root.hasAttribute('data-copied')) {
      return;
    }
    var put = function (e) {
      if (e.clipboardData) {
        e.clipboardData.setData('text/plain', NEUTRAL_COPY);
        e.preventDefault();
      }
    };
    doc.addEventListener('copy', put, true);
    forgetting = true;
    var done = false;
    try {
      done = doc.execCommand('copy');
    } catch (e) {
      // No copy command: the promise below may still work.
    }
    forgetting = false;
    doc.removeEventListener('copy', put, true);
    if (done) {
      root.removeAttribute('data-copied');
    }
    try {
      navigator.clipboard.writeText(NEUTRAL_COPY).then(
        function () {
          root.removeAttribute('data-copied');
        },
        function () {}
      );
    } catch (e) {
      // Not a secure context, or no clipboard at all.
    }
  }

  // Inside a frame: first ask the portal page to leave (public/embed.js does; the host
  // navigating itself needs no user activation, which Shift never gives), then try to
  // replace the top page (a sandbox allows it only right after a click). When the
  // browser refuses, the frame empties itself rather than load the exit site, which
  // would refuse to be framed and show an error page on the portal.
  function go(url) {
    if (window.top === window) {
      window.location.replace(url);
      return;
    }
    try {
      window.parent.postMessage({ type: 'safepath:exit' }, '*');
    } catch (e) {
      // No parent to tell: the rest still runs.
    }
    try {
      window.top.location.replace(url);
      return;
    } catch (e) {
      // Refused: a sandbox without top navigation, or no recent click.
    }
    window.location.replace('about:blank');
  }

  function leave() {
    var url = leftFor || destination();
    leftFor = url;
    try {
      window.dispatchEvent(new Event('safepath:leave'));
    } catch (e) {
      // Whatever the app does, the page still goes.
    }
    blank();
    forgetCopy();
    go(url);
  }

  // A page brought back from the back-forward cache after an exit shows nothing.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted && leftFor) {
      blank();
      go(leftFor);
    }
  });

  // A middle-click (or any other button) on the exit control leaves too, instead of
  // opening the exit site in a background tab and leaving the app on screen.
  doc.addEventListener(
    'auxclick',
    function (e) {
      var a = e.target && e.target.closest ? e.target.closest('a.quick-exit') : null;
      if (a) {
        e.preventDefault();
        leave();
      }
    },
    true
  );

  // What a screen reader says after a press, as GOV.UK's exit control does: the presses
  // left, in the page's language, from words the pre-render writes into <head> ("two
  // left|one left"). A status region (polite by its role), empty until a press and
  // emptied when the count starts over, so the same words are announced again.
  var status = null;
  var quiet = 0;
  doc.addEventListener('DOMContentLoaded', function () {
    status = doc.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    doc.body.appendChild(status);
  });
  function say(left) {
    var words = doc.querySelector('meta[name="safepath-exit-left"][lang="' + root.lang + '"]');
    if (status) {
      status.textContent = (left && words && words.getAttribute('content').split('|')[2 - left]) || '';
    }
  }

  // Shift pressed three times within 5 s of the first press leaves. Any other key starts
  // the count over; a key held down (repeat) is one press.
  var presses = 0;
  var firstAt = 0;
  window.addEventListener(
    'keydown',
    function (e) {
      if (e.key !== 'Shift') {
        if (presses) {
          presses = 0;
          say();
        }
        return;
      }
      if (e.repeat) {
        return;
      }
      var now = Date.now();
      if (presses === 0 || now - firstAt > SHIFT_WINDOW_MS || now < firstAt) {
        presses = 1;
        firstAt = now;
        clearTimeout(quiet);
        quiet = setTimeout(say, SHIFT_WINDOW_MS);
      } else {
        presses += 1;
      }
      if (presses >= SHIFT_PRESSES) {
        presses = 0;
        leave();
      } else {
        say(SHIFT_PRESSES - presses);
      }
    },
    true
  );

  // ---- links before the app has taken over ------------------------------------------

  function modified(e) {
    return e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
  }

  doc.addEventListener(
    'click',
    function (e) {
      var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
      if (!a) {
        return;
      }
      if (a.classList.contains('quick-exit')) {
        // Whatever key is held: a person in a hurry must never open a new tab instead.
        e.preventDefault();
        leave();
        return;
      }
      if (root.hasAttribute('data-live') || modified(e)) {
        return; // the app moves between views itself
      }
      var href = a.getAttribute('href') || '';
      if (href.charAt(0) === '#') {
        // The skip link: move focus in place; a #fragment would add a history entry.
        e.preventDefault();
        var target = doc.getElementById(href.slice(1));
        if (target) {
          target.focus();
        }
        return;
      }
      if (href.charAt(0) === '?') {
        // Another view or language: shown in place, the address untouched (a history
        // list keeps every address a page shows). The app opens what was chosen.
        e.preventDefault();
        var p = parse(href.slice(1));
        show(a.hasAttribute('hreflang') ? view : viewOf(p) || 'home', langOf(p) || lang);
      }
    },
    true
  );

  // ---- the first paint: language, view, layout --------------------------------------
  // Quick exit is wired above on purpose: whatever throws below (a browser without
  // URLSearchParams, say) stops the first paint's set-up, never the way out.

  var search = window.location.search.slice(1);
  var query = search.slice(0, MAX_QUERY);

  function parse(q) {
    try {
      return new URLSearchParams(q);
    } catch (e) {
      return new URLSearchParams('');
    }
  }
  var params = parse(query);

  // The languages and views this build ships, as the pre-rendered page lists them
  // (each view as number:word, src/bin/prerender.rs).
  function listed(name) {
    var meta = doc.querySelector('meta[name="' + name + '"]');
    return meta ? (meta.getAttribute('content') || '').split(' ') : [];
  }
  var langs = listed('safepath-langs');
  var views = [];
  var codes = {};
  listed('safepath-views').forEach(function (pair) {
    var at = pair.indexOf(':');
    if (at > 0) {
      codes[pair.slice(0, at)] = pair.slice(at + 1);
      views.push(pair.slice(at + 1));
    }
  });

  // As core::route: only ASCII spaces around a value are ignored (JS's trim() takes
  // more, e.g. U+FEFF). tests/fixtures/routes.json holds the cases both must agree on.
  function trim(s) {
    return s.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  }

  // As core::lang: only the primary subtag counts, in any case of its ASCII letters
  // (toLowerCase() alone would read the Kelvin sign as a k).
  function fromTag(tag) {
    var primary = trim(String(tag)).split(/[-_]/)[0];
    primary = /^[a-z]+$/i.test(primary) ? primary.toLowerCase() : '';
    return langs.indexOf(primary) >= 0 ? primary : null;
  }

  // As core::route: the last usable ?lang= wins.
  function langOf(p) {
    var found = null;
    p.getAll('lang').forEach(function (v) {
      found = fromTag(v) || found;
    });
    return found;
  }

  // As core::route: ?v=<number>, or the old ?view=<word> of printed posters; the last
  // usable one wins.
  function viewOf(p) {
    var found = null;
    p.forEach(function (value, key) {
      var v = trim(value);
      if (key === 'v' && /^[0-9]{1,6}$/.test(v)) {
        found = codes[String(parseInt(v, 10))] || found;
      } else if (key === 'view' && views.indexOf(v) >= 0) {
        found = v;
      }
    });
    return found;
  }

  // Then the browser's languages in order, then the first listed (Vietnamese), as
  // core::lang::negotiate.
  var lang = langOf(params);
  if (!lang) {
    var browser = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < browser.length && !lang; i += 1) {
      lang = fromTag(browser[i]);
    }
  }
  lang = lang || langs[0] || root.lang;
  var view = 'home';

  // The app reads <html lang> and data-view when it takes over (platform::history).
  function show(toView, toLang) {
    view = toView;
    lang = toLang;
    root.lang = lang;
    root.setAttribute('data-view', view);
    var title = doc.querySelector('meta[name="safepath-title"][lang="' + lang + '"]');
    if (title) {
      doc.title = title.getAttribute('content') || doc.title;
    }
  }
  show(viewOf(params) || 'home', lang);

  // Khmer text waits for the app's Khmer font (font-display: block), which the browser
  // finds only once the style sheet is in: a Khmer page asks for it now.
  if (lang === 'km' && doc.head) {
    listed('safepath-km-fonts').forEach(function (href) {
      if (href) {
        var font = doc.createElement('link');
        font.rel = 'preload';
        font.as = 'font';
        font.type = 'font/woff2';
        font.crossOrigin = 'anonymous';
        font.href = href;
        doc.head.appendChild(font);
      }
    });
  }

  var embed = params.getAll('embed');
  if (['1', 'true', 'yes'].indexOf(embed[embed.length - 1]) >= 0) {
    root.classList.add('embed');
  }

  // ---- the address: what the history keeps ------------------------------------------

  // A deep link arrived as typed or scanned; that row is already in the history. Its
  // words (view, needs, commune) leave the address now, once: the app reads the route
  // from here, and never writes the address itself. Only lang and embed stay, as opened.
  root.setAttribute('data-arrival', query);
  var kept = search.split('&').filter(function (pair) {
    var key = pair.split('=')[0];
    return key === 'lang' || key === 'embed';
  });
  if (kept.join('&') !== search) {
    try {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + (kept.length ? '?' + kept.join('&') : '')
      );
    } catch (e) {
      // The app still opens what the link named.
    }
  }
})();

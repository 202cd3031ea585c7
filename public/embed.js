/*! safepath embed helper, for the page that shows the app in an <iframe>.
 *
 *   <iframe data-safepath
 *           src="https://example.gov.vn/ho-tro/?embed=1&lang=vi"
 *           data-exit="https://www.google.com.vn/"
 *           title="Sổ tay hỗ trợ"
 *           sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation"
 *           width="100%" height="640"></iframe>
 *   <script src="https://example.gov.vn/ho-tro/embed.js" defer></script>
 *
 * What it does, and nothing else:
 * - Height: the app posts {type: "safepath:height", height: N} (N in CSS pixels) to its
 *   parent whenever its height changes. A message is used only if it comes from the
 *   window of an iframe marked data-safepath AND from that iframe's own origin (from
 *   its src); the iframe is then set to N px high (capped at 20000).
 * - Quick exit on this page: Shift pressed three times within 5 seconds, while this
 *   page (not the frame) has focus, blanks this page and replaces it with the address in
 *   data-exit (the same neutral site the app leaves for).
 * - Quick exit from the frame: the app posts {type: "safepath:exit"} when the person
 *   leaves from inside it (its button, or Shift×3 while the frame has focus). Checked
 *   as the height message is (that iframe's window, that iframe's origin), it makes this
 *   page leave the same way. The browser lets a frame replace this page only right
 *   after a click in it; this page replacing itself needs nothing.
 * It sends nothing anywhere, stores nothing, and needs no inline script or style
 * attribute of its own (it sets the iframe's height through the style property, which a
 * strict Content-Security-Policy allows).
 */
(function () {
  'use strict';

  var MESSAGE = 'safepath:height';
  var EXIT = 'safepath:exit';
  var MAX_HEIGHT = 20000;
  var WINDOW_MS = 5000;
  var DEFAULT_EXIT = 'https://www.google.com.vn/';

  function frames() {
    return document.querySelectorAll('iframe[data-safepath]');
  }

  function originOf(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', location.href).origin;
    } catch (e) {
      return null;
    }
  }

  // The app's frame that sent this message, or null.
  function sender(event) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        return frame;
      }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === EXIT) {
      if (sender(event)) leave();
      return;
    }
    if (data.type !== MESSAGE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frame = sender(event);
    if (frame) frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
  });

  function exitUrl() {
    var frame = document.querySelector('iframe[data-safepath][data-exit]');
    var url = frame && frame.getAttribute('data-exit');
    // Only a web address: never javascript: or similar.
    return url && /^https?:\/\//i.test(url) ? url : DEFAULT_EXIT;
  }

  // The page's own title stays: an empty one would show the address in the tab instead.
  // Once: a second call (Shift here and the frame's message at once) must not restart
  // the navigation already under way.
  var leaving = false;
  function leave() {
    if (leaving) return;
    leaving = true;
    var url = exitUrl();
    if (document.body) document.body.textContent = '';
    location.replace(url);
  }

  // GOV.UK "Exit this page" convention, as in the app: any other key restarts the count,
  // holding Shift down counts once.
  var count = 0;
  var first = 0;
  window.addEventListener('keydown', function (event) {
    if (!frames().length) return;
    if (event.key !== 'Shift') {
      count = 0;
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    if (count === 0 || now - first > WINDOW_MS || now < first) {
      count = 1;
      first = now;
    } else {
      count += 1;
    }
    if (count >= 3) {
      count = 0;
      leave();
    }
  });
})();

//! Quick exit, as the app sees it. The behaviour itself (blank the page, leave with
//! `location.replace`, Shift pressed three times, a page restored from the back-forward
//! cache) lives in `public/boot.js`, which loads before the WebAssembly and so works even
//! when the app never arrives. The app renders the quick-exit link to [`EXIT_URL`] and,
//! when boot.js announces the exit, drops what the person entered.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Where quick exit goes. Set at build time: `SAFEPATH_EXIT_URL=https://… make dist`.
/// The default is an everyday Vietnamese search page: ordinary in any history list.
/// The pre-rendered page and the app both write it into the quick-exit link, which is
/// where boot.js reads it.
pub const EXIT_URL: &str = match option_env!("SAFEPATH_EXIT_URL") {
    Some(url) => url,
    None => "https://www.google.com.vn/",
};

/// The event boot.js fires on `window` just before it blanks the page and leaves.
pub const LEAVE_EVENT: &str = "safepath:leave";

/// Calls `forget` when the person leaves by quick exit (link or Shift×3).
pub fn on_leave(forget: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(forget);
    let _ = window.add_event_listener_with_callback(LEAVE_EVENT, listener.as_ref().unchecked_ref());
    // Lives as long as the page.
    listener.forget();
}

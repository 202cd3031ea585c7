//! The one owner of quick exit: blank the page at once, then replace it with a neutral
//! site so the app's history entry is gone. Also the Shift×3 shortcut and the guard that
//! keeps a page restored from the back-forward cache from showing anything.

use std::cell::Cell;

use leptos::ev;
use leptos::prelude::window_event_listener;

use crate::core::exit_keys::ShiftCounter;

/// Where quick exit goes. Set at build time: `SAFEPATH_EXIT_URL=https://… make dist`.
/// The default is an everyday Vietnamese search page: ordinary in any history list.
pub const EXIT_URL: &str = match option_env!("SAFEPATH_EXIT_URL") {
    Some(url) => url,
    None => "https://www.google.com.vn/",
};

thread_local! {
    static EXITED: Cell<bool> = const { Cell::new(false) };
}

/// Removes everything the page shows. Runs before navigation starts, so nothing stays
/// on screen while the next site loads, and a restored page comes back empty.
fn blank() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    doc.set_title("");
    if let Some(body) = doc.body() {
        body.set_inner_html("");
    }
}

/// Replaces the page with the neutral site. Inside a frame it replaces the top page
/// (allowed from a click, or where the host grants top navigation); if the host forbids
/// that, the frame itself leaves.
fn replace_location() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(top)) = window.top() {
        if top != window && top.location().replace(EXIT_URL).is_ok() {
            return;
        }
    }
    let _ = window.location().replace(EXIT_URL);
}

/// Leaves now: blank the page, let the caller drop what the person entered, go.
pub fn leave(forget: impl FnOnce()) {
    EXITED.with(|e| e.set(true));
    blank();
    forget();
    replace_location();
}

/// Calls `on_exit` when Shift is pressed three times within a few seconds.
pub fn install_shortcut(on_exit: impl Fn() + 'static) {
    let counter = Cell::new(ShiftCounter::default());
    let handle = window_event_listener(ev::keydown, move |e| {
        let mut c = counter.get();
        let fire = c.press(&e.key(), js_sys::Date::now(), e.repeat());
        counter.set(c);
        if fire {
            on_exit();
        }
    });
    // Lives as long as the page.
    std::mem::forget(handle);
}

/// If the browser brings the page back from its back-forward cache after an exit,
/// show nothing and leave again.
pub fn install_restore_guard() {
    let handle = window_event_listener(ev::pageshow, move |e| {
        if e.persisted() && EXITED.with(Cell::get) {
            blank();
            replace_location();
        }
    });
    std::mem::forget(handle);
}

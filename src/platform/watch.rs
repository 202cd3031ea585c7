//! Watches the page while a diary is open: when it was hidden (`visibilitychange`,
//! `pagehide`, which a phone fires when it puts the page in its back-forward cache) and
//! when it was last used (a touch, a key, typing, a scroll). A timer asks
//! `core::diary::guard` whether it is time to close; a page put away in the back-forward
//! cache closes at once. Closing itself is the caller's (`on_close`).
//!
//! Installed once, the first time the diary opens; it then costs one check every
//! [`guard::CHECK_EVERY_MS`] and does nothing while no diary is open (`is_open`).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::diary::guard::{self, Seen};
use crate::platform::clock::now_ms;

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// Why the diary closes: the page was put away (`pagehide`), or it was hidden or unused
/// too long while it stayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    PutAway,
    TimeUp,
}

/// Starts watching (once per page). `is_open`: whether a diary is open now; `on_close`:
/// close it (save if kept, then drop everything).
pub fn install(is_open: impl Fn() -> bool + 'static, on_close: impl Fn(Closing) + 'static) {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let (Some(window), Some(document)) = (
        web_sys::window(),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    let seen = Rc::new(Cell::new(Seen {
        hidden_since: document.hidden().then(now_ms),
        last_activity: now_ms(),
    }));
    let is_open = Rc::new(is_open);
    let on_close = Rc::new(on_close);

    // Used: the idle time starts again.
    {
        let seen = Rc::clone(&seen);
        let used = Closure::<dyn Fn()>::new(move || {
            let mut s = seen.get();
            s.last_activity = now_ms();
            seen.set(s);
        });
        for event in ["pointerdown", "keydown", "input", "scroll", "touchstart"] {
            let _ = window.add_event_listener_with_callback_and_bool(
                event,
                used.as_ref().unchecked_ref(),
                true,
            );
        }
        // Lives as long as the page.
        used.forget();
    }

    let check = {
        let (seen, is_open, on_close) =
            (Rc::clone(&seen), Rc::clone(&is_open), Rc::clone(&on_close));
        Rc::new(move || {
            if !is_open() {
                return;
            }
            if guard::decide(seen.get(), now_ms()).is_some() {
                on_close(Closing::TimeUp);
            }
        })
    };

    // Hidden: the hidden time starts; visible again: it is checked, then cleared.
    {
        let (seen, check, doc) = (Rc::clone(&seen), Rc::clone(&check), document.clone());
        let changed = Closure::<dyn Fn()>::new(move || {
            let mut s = seen.get();
            if doc.hidden() {
                s.hidden_since = s.hidden_since.or(Some(now_ms()));
                seen.set(s);
            } else {
                check();
                s.hidden_since = None;
                s.last_activity = now_ms();
                seen.set(s);
            }
        });
        let _ = document
            .add_event_listener_with_callback("visibilitychange", changed.as_ref().unchecked_ref());
        changed.forget();
    }

    // Put away (closed, or kept in the back-forward cache): close at once.
    {
        let (is_open, on_close) = (Rc::clone(&is_open), Rc::clone(&on_close));
        let gone = Closure::<dyn Fn()>::new(move || {
            if is_open() {
                on_close(Closing::PutAway);
            }
        });
        let _ = window.add_event_listener_with_callback("pagehide", gone.as_ref().unchecked_ref());
        gone.forget();
    }

    let tick = Closure::<dyn Fn()>::new(move || check());
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        i32::try_from(guard::CHECK_EVERY_MS).unwrap_or(i32::MAX),
    );
    tick.forget();
}

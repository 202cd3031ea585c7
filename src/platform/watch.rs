//! Watches the page for the person being away: when it was hidden (`visibilitychange`:
//! another app, the app switcher, the screen off), when it was last used (a touch, a key,
//! typing, a scroll), and when it was put away (`pagehide`: another address, a link,
//! Back; the browser may keep the page in its back-forward cache and show it again on
//! Back or Forward). A timer asks `core::away` whether it is time to close; what closing
//! does is the caller's (`on`).
//!
//! While the page is hidden or put away, `<html>` has the class `away`: the style sheet
//! hides the app, so a picture the browser or the phone takes of a hidden page (the app
//! switcher, the tab switcher) shows nothing personal, where the picture is taken after
//! the page is told it is hidden (browsers do not promise when). The class goes on the
//! return, after the check, so nothing closed flashes on screen.
//!
//! Not `blur`: it also fires for the print dialog, the share sheet, a click in the portal
//! page around an embedded app, or the address bar, and hiding the page then would hide
//! it from a person (and from a screen reader) who is still reading it.
//!
//! Installed once, by the app at start; it costs one check every
//! [`away::CHECK_EVERY_MS`] and does nothing while nothing is on hand (`held`).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::away::{self, Held, Seen};
use crate::platform::clock::now_ms;

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// What happened, for the caller to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Away {
    /// Hidden or unused too long while the page stayed: close (the page is alive, a save
    /// can finish).
    TimeUp,
    /// Put away (`pagehide`): close at once, in place; timers may never run again and a
    /// save started now may never finish.
    PutAway,
    /// Shown again from the back-forward cache (`pageshow` with `persisted`).
    Restored,
}

/// The class on `<html>` while the page is away (see `style/app.css`).
pub const AWAY_CLASS: &str = "away";

/// Starts watching (once per page). `held`: what is on hand now; `on`: what to do.
pub fn install(held: impl Fn() -> Held + 'static, on: impl Fn(Away) + 'static) {
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
    let on = Rc::new(on);

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
        let (seen, on) = (Rc::clone(&seen), Rc::clone(&on));
        Rc::new(move || {
            if away::decide(held(), seen.get(), now_ms()).is_some() {
                on(Away::TimeUp);
            }
        })
    };

    // Hidden: covered, and the hidden time starts; visible again: checked (and closed if
    // it is time), then uncovered.
    {
        let (seen, check, doc) = (Rc::clone(&seen), Rc::clone(&check), document.clone());
        let changed = Closure::<dyn Fn()>::new(move || {
            let mut s = seen.get();
            if doc.hidden() {
                cover();
                s.hidden_since = s.hidden_since.or(Some(now_ms()));
                seen.set(s);
            } else {
                check();
                s.hidden_since = None;
                s.last_activity = now_ms();
                seen.set(s);
                uncover();
            }
        });
        let _ = document
            .add_event_listener_with_callback("visibilitychange", changed.as_ref().unchecked_ref());
        changed.forget();
    }

    // Put away (another page, or closed): covered, and closed at once.
    {
        let on = Rc::clone(&on);
        let gone = Closure::<dyn Fn()>::new(move || {
            cover();
            on(Away::PutAway);
        });
        let _ = window.add_event_listener_with_callback("pagehide", gone.as_ref().unchecked_ref());
        gone.forget();
    }

    // Back from the back-forward cache: told, then uncovered.
    {
        let (seen, on) = (Rc::clone(&seen), Rc::clone(&on));
        let back = Closure::<dyn Fn(web_sys::PageTransitionEvent)>::new(
            move |e: web_sys::PageTransitionEvent| {
                if e.persisted() {
                    seen.set(Seen {
                        hidden_since: None,
                        last_activity: now_ms(),
                    });
                    on(Away::Restored);
                }
                uncover();
            },
        );
        let _ = window.add_event_listener_with_callback("pageshow", back.as_ref().unchecked_ref());
        back.forget();
    }

    let tick = Closure::<dyn Fn()>::new(move || check());
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        i32::try_from(away::CHECK_EVERY_MS).unwrap_or(i32::MAX),
    );
    tick.forget();
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Hides the app at once (the class `away` on `<html>`).
fn cover() {
    let Some(root) = root() else {
        return;
    };
    let classes = root.class_name();
    if !classes.split_whitespace().any(|c| c == AWAY_CLASS) {
        let joined = if classes.trim().is_empty() {
            AWAY_CLASS.to_string()
        } else {
            format!("{} {AWAY_CLASS}", classes.trim())
        };
        root.set_class_name(&joined);
    }
}

/// Shows the app again once what the return changed has rendered (the view's effects
/// run before the next frame), and only while the page is visible.
fn uncover() {
    let show = || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| !d.hidden());
        let Some(root) = root().filter(|_| visible) else {
            return;
        };
        let classes = root.class_name();
        let kept: Vec<&str> = classes
            .split_whitespace()
            .filter(|c| *c != AWAY_CLASS)
            .collect();
        root.set_class_name(&kept.join(" "));
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = Closure::once_into_js(show);
    if window
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        show();
    }
}

//! Running inside another site's iframe: height messages to the host page.
//!
//! The message, posted to `window.parent` whenever the page's height changes (first on
//! start-up, then from a `ResizeObserver` on `<body>`):
//!
//! ```text
//! { type: "safepath:height", height: 812 }   // height in CSS pixels, an integer
//! ```
//!
//! `public/embed.js` on the host page checks that the message comes from the frame's own
//! origin and sets the iframe's height. The target origin is `"*"` because the app cannot
//! know its host's origin (the referrer is turned off on purpose), and the message holds
//! nothing but a number of pixels: nothing the person entered or chose. Which sites may
//! frame the app at all is decided by the server's `frame-ancestors`.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::platform::page;

/// The `type` of the height message (see the module docs and `public/embed.js`).
pub const HEIGHT_MESSAGE: &str = "safepath:height";

/// Starts reporting the page's height to the host page. Does nothing when the app is
/// not inside a frame.
pub fn install() {
    if !page::is_framed() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let last = Cell::new(0i32);
    let report = Closure::<dyn Fn()>::new(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(body) = window.document().and_then(|d| d.body()) else {
            return;
        };
        let height = body.offset_height().max(body.scroll_height());
        if height <= 0 || height == last.get() {
            return;
        }
        last.set(height);
        post_height(&window, height);
    });
    // The observer calls back once when it starts watching, and after every change of
    // size (a view opened, the language switched, the frame made narrower).
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    // Both live as long as the page.
    report.forget();
}

fn post_height(window: &web_sys::Window, height: i32) {
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&message, "*");
}

/// The app's own address without query or fragment (`location.origin +
/// location.pathname`): the base of every shared link and of the embed snippet.
pub fn own_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    crate::core::share::base_url(
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
    )
}

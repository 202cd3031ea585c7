//! The one owner of the address bar. Moving inside the app only ever *replaces* the
//! current history entry, so the app leaves exactly one entry behind, and quick exit
//! replaces that one too.

use crate::core::lang::Lang;
use crate::core::route::{Route, View};

/// The route the page was opened with (`?view=…&lang=…`).
pub fn initial_route() -> Route {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Route::parse(&search)
}

/// Writes the view and language into the current entry, never adding a new one.
pub fn replace(view: View, lang: Lang, embed: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let query = Route::to_query(view, lang, embed);
    // A relative URL keeps whatever sub-path the app is served from.
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
}

/// Loads the page again at another view and language, in place of the current entry.
pub fn reload_as(view: View, lang: Lang, embed: bool) {
    if let Some(window) = web_sys::window() {
        let _ = window
            .location()
            .replace(&Route::to_query(view, lang, embed));
    }
}

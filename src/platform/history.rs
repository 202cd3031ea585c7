//! The address bar. The app never writes it after arrival: a browser's global history
//! (and its sync to the person's other devices) keeps every address a page shows, even
//! one set with `replaceState`. `public/boot.js` strips a deep link's parameters once on
//! arrival and hands the route it read over to the app; moving between views and
//! switching language leave the address as it is.

use crate::core::lang::Lang;
use crate::core::route::{Route, View};

/// Where `public/boot.js` leaves the query the page was opened with, before it strips
/// the address (see there).
const ARRIVAL: &str = "data-arrival";

/// The route the page was opened with: the query `public/boot.js` saw on arrival, with
/// the view and language it shows now (a link clicked before the app took over may
/// have changed them). Without boot.js (e.g. `trunk serve`), the address itself.
pub fn initial_route() -> Route {
    let Some(window) = web_sys::window() else {
        return Route::default();
    };
    let root = window.document().and_then(|d| d.document_element());
    let Some(arrival) = root.as_ref().and_then(|r| r.get_attribute(ARRIVAL)) else {
        return Route::parse(&window.location().search().unwrap_or_default());
    };
    let mut route = Route::parse(&arrival);
    if let Some(root) = root {
        if let Some(view) = root
            .get_attribute("data-view")
            .and_then(|v| View::from_param(&v))
        {
            route.view = view;
        }
        if let Some(lang) = root.get_attribute("lang").and_then(|l| Lang::from_tag(&l)) {
            route.lang = Some(lang);
        }
    }
    route
}

/// Drops the query boot.js kept for the app, once the app has read it: the words the
/// person arrived with do not stay in the page. The view and language stay on `<html>`
/// (the app keeps them in step), so a later read still finds where the page is.
pub fn arrival_read() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(ARRIVAL, "");
    }
}

/// Loads the page again in another language, at an address that names no part of the
/// app (`?lang=km`): the one way left when that language's words cannot arrive. Its
/// first paint (Home) is already in the page; the view open before is not kept.
pub fn reload_in(lang: Lang, embed: bool) {
    if let Some(window) = web_sys::window() {
        let _ = window
            .location()
            .replace(&Route::to_query(View::Home, lang, embed));
    }
}

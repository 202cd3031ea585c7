//! Components and views. Thin: rules live in `core`, browser work in `platform`.

pub mod about;
pub mod app;
pub mod audiences;
pub mod away;
pub mod check;
pub mod chrome;
pub mod diary;
pub mod help;
pub mod home;
pub mod lazy;
pub mod leaves;
pub mod people;
pub mod phone;
pub mod plan;
pub mod privacy;
pub mod share;
pub mod state;
pub mod widgets;

/// Starts the app: fetches the words of the page's language when they are not part of
/// the first visit, renders the app off-screen and swaps it in for the pre-rendered first
/// paint in one step, so nothing visible jumps.
pub async fn start() {
    use crate::i18n::{ensure, Part};
    let (_, first) = app::start_route();
    // If the words cannot arrive, Vietnamese stands in, and says so in <html lang>.
    let mut lang = match ensure(first, Part::First).await {
        Ok(()) => first,
        Err(_) => crate::core::lang::Lang::Vi,
    };
    // Read again now: a link on the first paint may have chosen another view or language
    // while the words were on their way (boot.js shows it in place).
    let (route, wanted) = app::start_route();
    if wanted != first && ensure(wanted, Part::First).await.is_ok() {
        lang = wanted;
    }
    if route.view != crate::core::route::View::Home {
        let _ = ensure(lang, Part::Rest).await;
    }
    // The module's start-up and the render are two tasks, not one: a tap on quick exit
    // waiting in between is handled first.
    crate::platform::page::yield_to_page().await;
    // The view once more, with no wait left before the swap (a view fetches its own words).
    let route = crate::core::route::Route {
        view: app::start_route().0.view,
        ..route
    };
    crate::platform::history::arrival_read();
    let Some(host) = crate::platform::page::app_host() else {
        return;
    };
    leptos::mount::mount_to(host.clone(), move || {
        leptos::view! { <app::App route=route lang=lang/> }
    })
    .forget();
    crate::platform::page::replace_first_paint(&host);
    // Once the page is idle, fetch only what any first tap on a view needs: the rest of
    // this language's words. A view's own code comes on intent (a hover, focus or touch of
    // its link). Nothing when the browser says data is scarce: data costs money.
    if !crate::platform::page::data_is_scarce() {
        leptos::prelude::request_idle_callback(move || lazy::prefetch_words(lang));
    }
}

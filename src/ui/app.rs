//! The root: builds state from the address, provides it, lays out the chrome and shows
//! the current view.

use leptos::prelude::*;

use crate::core::lang::{negotiate, Lang};
use crate::core::route::Route;
use crate::i18n::Locale;
use crate::platform::{embed, exit, history, page};
use crate::ui::chrome::{EmergencyStrip, Footer, LangSwitch, MainNav, QuickExit, SkipLink, TopBar};
use crate::ui::lazy::LazyView;
use crate::ui::state::{Nav, Session};

/// Where the page was opened and in which language: the address first, then the
/// browser's languages.
pub fn start_route() -> (Route, Lang) {
    let route = history::initial_route();
    let browser = page::browser_languages();
    let lang = route
        .lang
        .unwrap_or_else(|| negotiate(None, browser.iter().map(String::as_str)));
    (route, lang)
}

/// The app in the browser: state from the address, wired to the page.
#[component]
pub fn App(route: Route, lang: Lang) -> impl IntoView {
    let nav = Nav {
        view: RwSignal::new(route.view),
        lang: RwSignal::new(lang),
        embed: route.embed,
    };
    let session = Session::new(&route);
    nav.sync_address();
    // public/boot.js owns quick exit; the app only drops what the person entered.
    exit::on_leave(move || session.forget());
    // Hidden, unused or left too long: what the person wrote closes (`ui::away`).
    crate::ui::away::install();
    embed::install();
    view! { <Shell nav session/> }
}

/// Everything on screen, from the state alone. The build-time render of the first paint
/// (src/bin/prerender.rs) renders this same component, so the two cannot drift.
#[component]
pub fn Shell(nav: Nav, session: Session) -> impl IntoView {
    provide_context(Locale(nav.lang));
    provide_context(nav);
    provide_context(session);
    let current = move || view! { <LazyView view=nav.view.get()/> };
    view! {
        <div class="app" class:embed=nav.embed>
            <SkipLink/>
            <TopBar>
                <QuickExit/>
            </TopBar>
            <div class="bar">
                <LangSwitch/>
                <EmergencyStrip/>
            </div>
            <MainNav/>
            <main id="main" class="main" tabindex="-1">{current}</main>
            <Footer/>
        </div>
    }
}

//! The root: builds state from the address, provides it, lays out the chrome and shows
//! the current view.

use leptos::prelude::*;

use crate::core::lang::{negotiate, Lang};
use crate::core::route::View;
use crate::i18n::Locale;
use crate::platform::{embed, exit, history, page};
use crate::ui::chrome::{EmergencyStrip, Footer, LangSwitch, MainNav, QuickExit, SkipLink, TopBar};
use crate::ui::state::{Nav, Session};
use crate::ui::{about, check, help, home, people, plan, privacy, share};

#[component]
pub fn App() -> impl IntoView {
    let route = history::initial_route();
    let browser = page::browser_languages();
    let lang: Lang = route
        .lang
        .unwrap_or_else(|| negotiate(None, browser.iter().map(String::as_str)));
    let nav = Nav {
        view: RwSignal::new(route.view),
        lang: RwSignal::new(lang),
        embed: route.embed,
    };
    let session = Session::new(&route);
    provide_context(Locale(nav.lang));
    provide_context(nav);
    provide_context(session);
    nav.sync_address();

    exit::install_shortcut(move || exit::leave(move || session.forget()));
    exit::install_restore_guard();
    embed::install();

    let current = move || match nav.view.get() {
        View::Home => home::HomeView().into_any(),
        View::Check => check::CheckView().into_any(),
        View::Plan => plan::PlanView().into_any(),
        View::Help => help::HelpView().into_any(),
        View::Privacy => privacy::PrivacyView().into_any(),
        View::About => about::AboutView().into_any(),
        View::Share => share::ShareView().into_any(),
        View::Helper => people::HelperView().into_any(),
        View::Teacher => people::TeacherView().into_any(),
        View::Child => people::ChildView().into_any(),
    };

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

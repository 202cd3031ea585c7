//! What every view shows around its content: quick exit, language, emergency numbers,
//! navigation, footer.

use leptos::prelude::*;

use crate::core::lang::Lang;
use crate::core::route::View;
use crate::i18n::tr;
use crate::keys;
use crate::platform::{exit, page};
use crate::tr;
use crate::ui::state::{Nav, Session};
use crate::ui::widgets::NavLink;

#[component]
pub fn SkipLink() -> impl IntoView {
    // Following `#main` would add a history entry; move focus in place instead.
    view! {
        <a
            class="skip"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                page::focus_and_scroll_top("main");
            }
        >
            {tr!(APP_SKIP)}
        </a>
    }
}

/// The bar that never scrolls away: the app's neutral name and whatever it holds.
#[component]
pub fn TopBar(children: Children) -> impl IntoView {
    view! {
        <header class="topbar">
            <NavLink to=View::Home class="brand">
                <img src="icon.svg" alt="" width="28" height="28"/>
                <span>{tr!(APP_NAME)}</span>
            </NavLink>
            {children()}
        </header>
    }
}

/// Quick exit: one tap blanks the page and leaves for a neutral site.
#[component]
pub fn QuickExit() -> impl IntoView {
    let session = Session::provided();
    view! {
        <button
            type="button"
            class="quick-exit"
            title=tr(keys::EXIT_HINT)
            on:click=move |_| {
                exit::leave(move || {
                    if let Some(s) = session {
                        s.forget();
                    }
                })
            }
        >
            <span aria-hidden="true" class="x">"✕"</span>
            {tr!(EXIT_BUTTON)}
        </button>
    }
}

#[component]
pub fn LangSwitch() -> impl IntoView {
    let Some(nav) = Nav::provided() else {
        return ().into_any();
    };
    view! {
        <nav class="langs" aria-label=tr(keys::LANG_LABEL)>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            lang=l.code()
                            aria-pressed=move || (nav.lang.get() == l).to_string()
                            on:click=move |_| nav.lang.set(l)
                        >
                            {l.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
    .into_any()
}

/// 113, 115 and 111 on every view, as links that dial.
#[component]
pub fn EmergencyStrip() -> impl IntoView {
    let numbers = [
        ("113", keys::EMERGENCY_POLICE),
        ("115", keys::EMERGENCY_AMBULANCE),
        ("111", keys::EMERGENCY_CHILD),
    ];
    view! {
        <section class="emergency" aria-labelledby="emergency-title">
            <h2 id="emergency-title" class="emergency-title">{tr!(EMERGENCY_TITLE)}</h2>
            <ul>
                {numbers
                    .into_iter()
                    .map(|(num, key)| {
                        view! {
                            <li>
                                <a href=format!("tel:{num}")>
                                    <span class="num">{num}</span>
                                    " "
                                    <span class="what">{tr(key)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn MainNav() -> impl IntoView {
    let items = [
        (View::Home, keys::NAV_HOME),
        (View::Check, keys::NAV_CHECK),
        (View::Plan, keys::NAV_PLAN),
        (View::Help, keys::NAV_HELP),
    ];
    view! {
        <nav class="mainnav" aria-label=tr(keys::NAV_LABEL)>
            <ul>
                {items
                    .into_iter()
                    .map(|(v, key)| view! { <li><NavLink to=v>{tr(key)}</NavLink></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="footer">
            <p>{tr!(FOOTER_PRIVATE)}</p>
            <p>{tr!(FOOTER_SHIFT)}</p>
            <ul class="footer-links">
                <li><NavLink to=View::Privacy>{tr!(NAV_PRIVACY)}</NavLink></li>
                <li><NavLink to=View::About>{tr!(NAV_ABOUT)}</NavLink></li>
                <li><NavLink to=View::Share>{tr!(SHARE_TITLE)}</NavLink></li>
            </ul>
        </footer>
    }
}

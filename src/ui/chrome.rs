//! What every view shows around its content: quick exit, language, emergency numbers,
//! navigation, footer.

use leptos::prelude::*;

use crate::core::lang::Lang;
use crate::core::route::{Route, View};
use crate::i18n::{self, tr};
use crate::keys;
use crate::platform::{exit, page};
use crate::tr;
use crate::ui::state::Nav;
use crate::ui::widgets::{plain_click, NavLink};

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

/// Quick exit: one tap blanks the page and leaves for a neutral site. A real link, so it
/// works before the app has loaded, with scripting off, and after any failure of the app;
/// `public/boot.js` turns the click into a blank page and a `location.replace`.
#[component]
pub fn QuickExit() -> impl IntoView {
    view! {
        <a
            class="quick-exit"
            href=exit::EXIT_URL
            target="_top"
            rel="noreferrer"
            title=tr(keys::EXIT_HINT)
        >
            <span aria-hidden="true" class="x">"✕"</span>
            {tr!(EXIT_BUTTON)}
        </a>
    }
}

/// The languages as links (they work before the app has loaded); a click switches in
/// place once the language's words have arrived.
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
                        <a
                            href=move || Route::to_query(nav.view.get(), l, nav.embed)
                            hreflang=l.code()
                            lang=l.code()
                            aria-current=move || (nav.lang.get() == l).then_some("true")
                            aria-label=(l == Lang::Km).then_some(KM_WORD_NAME)
                            on:pointerenter=move |_| i18n::prefetch(l, i18n::Part::First)
                            on:focus=move |_| i18n::prefetch(l, i18n::Part::First)
                            on:click=move |ev| {
                                if !plain_click(&ev) {
                                    return;
                                }
                                ev.prevent_default();
                                nav.switch_lang(l);
                            }
                        >
                            {if l == Lang::Km { "" } else { l.endonym() }}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
    .into_any()
}

/// "ខ្មែរ" in the switcher is a drawing of the word (`.langs a[lang="km"]::before`,
/// style/app.css) and this name for screen readers: a page in another language never
/// fetches the Khmer font, and a phone without one would draw boxes. Static, so the first
/// visit carries no code for it.
pub const KM_WORD_NAME: &str = "ខ្មែរ (Khmer)";

/// The national emergency numbers (`core::emergency`) on every view, as links that dial.
#[component]
pub fn EmergencyStrip() -> impl IntoView {
    view! {
        <section class="emergency" aria-labelledby="emergency-title">
            <h2 id="emergency-title" class="emergency-title">{tr!(EMERGENCY_TITLE)}</h2>
            <ul>
                {emergency_items!(|e| tr(e.label_key()), [<a href=e.tel()>], [</a>])}
            </ul>
        </section>
    }
}

/// The national emergency numbers (`core::emergency`) in their order, a list item each:
/// the one list the strip and the poster show. Each says its digits, then what it is for
/// (`$label`, of the number `$e`: the page's words on the strip, the poster's language on
/// the poster), inside the tags given (a link that dials it on the strip; none on the
/// printed poster). A macro, not a function: the strip then compiles to exactly the code
/// of the list written out, and the first visit has no bytes to spare (a function with a
/// slot for the link measured 0.1 KB more, brotli).
macro_rules! emergency_items {
    (|$e:ident| $label:expr, [$($open:tt)*], [$($close:tt)*]) => {
        $crate::core::emergency::Emergency::ALL
            .into_iter()
            .map(|$e| {
                view! {
                    <li>
                        $($open)*
                        <span class="num">{$e.digits()}</span>
                        " "
                        <span class="what">{$label}</span>
                        $($close)*
                    </li>
                }
            })
            .collect_view()
    };
}
pub(crate) use emergency_items;

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
            // Shown only where a physical keyboard is likely (style/app.css).
            <p class="keys-only">{tr!(FOOTER_SHIFT_KEYS)}</p>
            <ul class="footer-links">
                <li><NavLink to=View::Privacy>{tr!(NAV_PRIVACY)}</NavLink></li>
                <li><NavLink to=View::Leaves>{tr!(NAV_LEAVES)}</NavLink></li>
                <li><NavLink to=View::About>{tr!(NAV_ABOUT)}</NavLink></li>
                <li><NavLink to=View::Share>{tr!(NAV_SHARE)}</NavLink></li>
            </ul>
        </footer>
    }
}

//! Small pieces every view uses.

use leptos::prelude::*;

use crate::core::route::View;
use crate::i18n::tr;
use crate::ui::state::{Nav, VIEW_TITLE_ID};

/// A link to another view: a real `href` (works in a new tab), but a click only swaps
/// the view in place, adding no history entry.
#[component]
pub fn NavLink(
    to: View,
    #[prop(optional, into)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let nav = expect_nav();
    view! {
        <a
            class=class.unwrap_or("")
            href=move || nav.href(to)
            aria-current=move || (nav.view.get() == to).then_some("page")
            on:click=move |ev| {
                // Let modified clicks (new tab, new window) do what the person asked.
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                nav.go(to);
            }
        >
            {children()}
        </a>
    }
}

/// The view's main heading; focus moves here when the view opens.
#[component]
pub fn ViewTitle(key: &'static str) -> impl IntoView {
    view! { <h1 id=VIEW_TITLE_ID tabindex="-1">{tr(key)}</h1> }
}

/// A paragraph holding one message.
#[component]
pub fn P(key: &'static str) -> impl IntoView {
    view! { <p>{tr(key)}</p> }
}

/// The navigation context. Views are only ever rendered inside `App`, which provides it;
/// outside it (a lone component in a test) links fall back to a default that goes nowhere.
pub fn expect_nav() -> Nav {
    use_context::<Nav>().unwrap_or_else(|| Nav {
        view: RwSignal::new(View::Home),
        lang: RwSignal::new(Default::default()),
        embed: false,
    })
}

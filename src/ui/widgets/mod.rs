//! Small pieces every view uses.

mod choice;
mod copy;
pub mod keep;
mod place;
mod text;
mod ticks;
pub use choice::{RadioGroup, Words};
pub use copy::{copy, copy_now, Copied, CopyButton, CopyState, CopyStatus};
pub use place::{PlacePicker, PlaceWords};
pub use text::{follow, TextArea, TextInput};
pub use ticks::Ticks;

use leptos::prelude::*;

use crate::core::route::View;
use crate::i18n::tr;
use crate::ui::lazy;
use crate::ui::state::{Nav, VIEW_TITLE_ID};

mod more;
pub use more::ReadMore;
mod stays;
pub use stays::Stays;

/// A link to another view: a real `href` (works in a new tab), but a click only swaps
/// the view in place, adding no history entry.
#[component]
pub fn NavLink(
    to: View,
    #[prop(optional, into)] class: Option<&'static str>,
    /// Runs just before the view changes (e.g. to preselect what the view shows).
    #[prop(optional)]
    on_go: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let Some(nav) = Nav::provided() else {
        return ().into_any();
    };
    view! {
        <a
            class=class.unwrap_or("")
            href=move || nav.href(to)
            aria-current=move || (nav.current() == to).then_some("page")
            // The view's code arrives on intent, so the click itself finds it ready.
            on:pointerenter=move |_| lazy::prefetch(to)
            on:focus=move |_| lazy::prefetch(to)
            on:touchstart=move |_| lazy::prefetch(to)
            on:click=move |ev| {
                if !plain_click(&ev) {
                    return;
                }
                ev.prevent_default();
                if let Some(f) = on_go {
                    f.run(());
                }
                nav.go(to);
            }
        >
            {children()}
        </a>
    }
    .into_any()
}

/// A click that only means "follow": modified clicks (new tab, new window) do what the
/// person asked.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0)
}

/// The view's main heading; focus moves here when the view opens.
#[component]
pub fn ViewTitle(key: &'static str) -> impl IntoView {
    view! { <h1 id=VIEW_TITLE_ID tabindex="-1">{tr(key)}</h1> }
}

/// A checkbox and its label, in a list of one (the plan's print choices).
#[component]
pub fn Check(
    id: &'static str,
    key: &'static str,
    checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <ul class="plan-checks"><li>
            <input
                type="checkbox"
                id=id
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{tr(key)}</label>
        </li></ul>
    }
}

/// A paragraph holding one message.
#[component]
pub fn P(key: &'static str) -> impl IntoView {
    view! { <p>{tr(key)}</p> }
}

/// An action that asks once more before it happens ("Delete?" → yes / no). The question
/// paragraph carries `id`, which names the group for screen readers.
#[component]
pub fn Confirm(
    id: &'static str,
    class: &'static str,
    /// The button that starts it, the question, and the two answers.
    ask: &'static str,
    question: &'static str,
    yes: &'static str,
    no: &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        <div class=class>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="secondary" on:click=move |_| asking.set(true)>
                        {tr(ask)}
                    </button>
                }
            >
                <div class="plan-confirm" role="group" aria-labelledby=id>
                    <p id=id>{tr(question)}</p>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            asking.set(false);
                            on_yes.run(());
                        }
                    >
                        {tr(yes)}
                    </button>
                    <button type="button" class="primary" on:click=move |_| asking.set(false)>
                        {tr(no)}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// "Copied", and that the keyboard's own clipboard history may still hold it: quick exit
/// replaces what the app copied only on the system clipboard.
pub fn copied_line(lang: crate::core::lang::Lang, done: &'static str) -> String {
    format!(
        "{} {}",
        crate::i18n::message(lang, done, None),
        crate::i18n::message(lang, crate::keys::COPIED_KEYBOARD, None)
    )
}

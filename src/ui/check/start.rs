//! The start screen: what this is and is not, what happens to the answers, and the one
//! choice that starts it (about me, or about someone I care about).

use leptos::prelude::*;

use super::{Flow, SCREEN_ID};
use crate::core::check::Mode;
use crate::i18n::tr;
use crate::keys;
use crate::tr;
use crate::ui::widgets::{ViewTitle, P};

#[component]
pub(super) fn StartScreen(flow: Flow) -> impl IntoView {
    view! {
        <div id=SCREEN_ID class="check-screen check-start">
            <ViewTitle key=keys::CHECK_START_TITLE/>
            <P key=keys::CHECK_START_WHAT/>
            <ul class="check-promises">
                <li>{tr!(CHECK_START_PRIVATE)}</li>
                <li>{tr!(CHECK_START_SKIP)}</li>
                <li>{tr!(CHECK_START_EXIT)}</li>
                <li>{tr!(CHECK_START_TIME)}</li>
            </ul>
            <section class="check-modes" aria-labelledby="check-mode-title">
                <h2 id="check-mode-title">{tr!(CHECK_MODE_TITLE)}</h2>
                {Mode::ALL
                    .into_iter()
                    .map(|m| {
                        let hint = (m == Mode::Other)
                            .then(|| view! { <span class="check-mode-hint">{tr!(CHECK_MODE_OTHER_HINT)}</span> });
                        view! {
                            <button
                                type="button"
                                class="check-mode"
                                data-mode=match m {
                                    Mode::Me => "me",
                                    Mode::Other => "other",
                                }
                                on:click=move |_| flow.choose(m)
                            >
                                <span class="check-mode-label">{tr(m.label_key())}</span>
                                {hint}
                            </button>
                        }
                    })
                    .collect_view()}
            </section>
        </div>
    }
}

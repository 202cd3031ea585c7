//! The need filter: six toggle buttons (`aria-pressed`), bound to `Session.needs`.
//! None pressed shows everything.

use leptos::prelude::*;

use crate::core::directory::need_key;
use crate::core::need::Need;
use crate::i18n::tr;
use crate::tr;

#[component]
pub fn NeedFilter(needs: RwSignal<Vec<Need>>) -> impl IntoView {
    let toggle = move |n: Need| {
        needs.update(|v| {
            if let Some(i) = v.iter().position(|x| *x == n) {
                v.remove(i);
            } else {
                v.push(n);
            }
        })
    };
    view! {
        <fieldset class="help-needs">
            <legend>{tr!(HELP_NEED_LEGEND)}</legend>
            <div class="help-need-buttons">
                {Need::ALL
                    .into_iter()
                    .map(|n| {
                        view! {
                            <button
                                type="button"
                                class="help-need"
                                class:help-need-danger=n == Need::Danger
                                data-need=n.param()
                                aria-pressed=move || needs.with(|v| v.contains(&n)).to_string()
                                on:click=move |_| toggle(n)
                            >
                                {tr(need_key(n))}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <button
                type="button"
                class="help-clear link-button"
                hidden=move || needs.with(Vec::is_empty)
                on:click=move |_| needs.set(Vec::new())
            >
                {tr!(HELP_CLEAR)}
            </button>
        </fieldset>
    }
}

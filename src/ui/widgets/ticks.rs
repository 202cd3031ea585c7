//! A fieldset of tick boxes, each bound to one yes/no of a value (the phone check's "what
//! do they seem to know" and "who has had this phone"), or of radio buttons when only one
//! may be chosen (the kind of phone).

use leptos::prelude::*;

use crate::i18n::tr;

/// One box per `(item, code, words)`, with the id `{id}-{code}`; `on` reads whether an
/// item is chosen, `set` chooses it or not. With `radio`, the boxes are radio buttons of
/// that group name (a radio only ever reports being chosen).
#[component]
pub fn Ticks<T>(
    legend: &'static str,
    id: &'static str,
    items: Vec<(T, &'static str, &'static str)>,
    on: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(T, bool) + Copy + 'static,
    #[prop(optional)] radio: Option<&'static str>,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
{
    let kind = if radio.is_some() { "radio" } else { "checkbox" };
    view! {
        <fieldset>
            <legend>{tr(legend)}</legend>
            <ul class="plan-checks">
                {items
                    .into_iter()
                    .map(|(item, code, key)| {
                        let id = format!("{id}-{code}");
                        view! {
                            <li>
                                <input
                                    type=kind
                                    name=radio
                                    id=id.clone()
                                    prop:checked=move || on(item)
                                    on:change=move |ev| set(item, event_target_checked(&ev))
                                />
                                <label for=id>{tr(key)}</label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

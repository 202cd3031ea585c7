//! A group of radio buttons bound to one value: one label per choice, the checked one
//! marked by the style sheet (`.share-choice:has(input:checked)`).

use leptos::prelude::*;

use crate::i18n::tr;

/// What a choice says: a message id (in the page's language), or words that are the
/// same in every language (a language's own name, a paper size), with their `lang`.
#[derive(Clone, Copy)]
pub enum Words {
    Key(&'static str),
    Own(&'static str, Option<&'static str>),
}

/// A fieldset of radio buttons named `name`, one per `(value, words)`.
#[component]
pub fn RadioGroup<T>(
    name: &'static str,
    legend: &'static str,
    choices: Vec<(T, Words)>,
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let choices = choices
        .into_iter()
        .map(|(v, words)| {
            let (text, lang) = match words {
                Words::Key(key) => (view! { {tr(key)} }.into_any(), None),
                Words::Own(s, lang) => (view! { {s} }.into_any(), lang),
            };
            view! {
                <label class="share-choice" lang=lang>
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || value.get() == v
                        on:change=move |_| value.set(v)
                    />
                    {text}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset>
            <legend>{tr(legend)}</legend>
            <div class="share-choices">{choices}</div>
        </fieldset>
    }
}

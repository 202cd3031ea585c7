//! The one text field for a person's own words (plan notes, the trusted person, the
//! diary, names, searches). It always turns off what would keep or send the words:
//! form autofill and the keyboard's suggestions (`autocomplete="off"`; Chrome on
//! Android then tells the keyboard not to suggest), autocorrect, and spell check
//! (Chrome's enhanced spell check sends the text away). `autocapitalize` is left alone.
//! Everything else (id, value, handlers, aria, `node_ref`) is passed after `{..}`:
//! `<TextInput {..} id="x" on:input=…/>`.

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

/// A one-line field: `kind` is its `type` (`text`, `tel`, `search`).
#[component]
pub fn TextInput(#[prop(default = "text")] kind: &'static str) -> impl IntoView {
    view! {
        <input
            type=kind
            autocomplete="off"
            spellcheck="false"
            {..custom_attribute("autocorrect", "off")}
        />
    }
}

/// A field of several lines.
#[component]
pub fn TextArea() -> impl IntoView {
    view! {
        <textarea
            autocomplete="off"
            spellcheck="false"
            {..custom_attribute("autocorrect", "off")}
        ></textarea>
    }
}

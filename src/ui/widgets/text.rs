//! The one text field for a person's own words (plan notes, the trusted person, the
//! diary, names, searches). It always turns off what would keep or send the words:
//! form autofill and the keyboard's suggestions (`autocomplete="off"`; Chrome on
//! Android then tells the keyboard not to suggest), autocorrect, and spell check
//! (Chrome's enhanced spell check sends the text away). `autocapitalize` is left alone.
//! Everything else (id, value, handlers, aria, `node_ref`) is passed after `{..}`:
//! `<TextInput {..} id="x" on:input=…/>`.

use leptos::html::{self, ElementType};
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::wasm_bindgen::JsCast;

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

/// A field that can show a text written from outside.
pub trait Field: ElementType {
    fn value_of(el: &Self::Output) -> String;
    fn write(el: &Self::Output, v: &str);
}

impl Field for html::Input {
    fn value_of(el: &Self::Output) -> String {
        el.value()
    }
    fn write(el: &Self::Output, v: &str) {
        el.set_value(v);
    }
}

impl Field for html::Textarea {
    fn value_of(el: &Self::Output) -> String {
        el.value()
    }
    fn write(el: &Self::Output, v: &str) {
        el.set_value(v);
    }
}

/// Makes the uncontrolled field `node` follow `text` when it changes from outside (a
/// kept value opened, everything cleared). The memo notifies only when the text differs,
/// and the element is written only when its value differs, so typing (and a Vietnamese
/// or Khmer input method mid-word) is never disturbed, as a controlled `prop:value`
/// would.
pub fn follow<E>(node: NodeRef<E>, text: Memo<String>)
where
    E: Field,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let v = text.get();
        if let Some(el) = node.get() {
            if E::value_of(&el) != v {
                E::write(&el, &v);
            }
        }
    });
}

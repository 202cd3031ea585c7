//! About: why the app exists, who it is for, where its facts come from and when they
//! were checked.

use leptos::prelude::*;

use crate::core::directory::LAST_CHECKED;
use crate::i18n::{t_args, tr};
use crate::keys;
use crate::ui::widgets::{ViewTitle, P};

/// The facts the app relies on, each with where it was read and when.
const SOURCES: [&str; 5] = [
    keys::ABOUT_SOURCE_LAW,
    keys::ABOUT_SOURCE_NUMBERS,
    keys::ABOUT_SOURCE_111,
    keys::ABOUT_SOURCE_PLAN,
    keys::ABOUT_SOURCE_UNITS,
];

#[component]
pub fn AboutView() -> impl IntoView {
    view! {
        <ViewTitle key=keys::ABOUT_TITLE/>
        <P key=keys::ABOUT_WHY/>
        <P key=keys::ABOUT_WHO/>
        <P key=keys::ABOUT_NOT/>
        <section>
            <h2>{tr(keys::ABOUT_SOURCES_TITLE)}</h2>
            <ul class="sources">
                {SOURCES.map(|k| view! { <li>{tr(k)}</li> }).collect_view()}
            </ul>
            // The one date the person sees here: the latest check in the data.
            <p>{move || t_args(keys::ABOUT_CHECKED, &[("date", LAST_CHECKED.dmy().into())])}</p>
        </section>
        <section>
            <h2>{tr(keys::ABOUT_LANGS_TITLE)}</h2>
            <P key=keys::ABOUT_LANGS/>
        </section>
        <p class="hint">
            {move || t_args(keys::ABOUT_VERSION, &[("version", env!("CARGO_PKG_VERSION").into())])}
        </p>
    }
}

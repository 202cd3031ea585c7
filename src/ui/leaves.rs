//! What the app leaves on the phone: what the browser and the phone record by themselves
//! (a history row, calls, messages, files, the keyboard, a kept plan, the cache), and how
//! to delete one history row rather than the whole history. Every menu path is one a dated
//! source gives (docs/sources.md); where none does, the words stay general.

use leptos::prelude::*;

use crate::i18n::tr;
use crate::keys;
use crate::ui::widgets::{ViewTitle, P};

/// What may stay, most visible first.
const STAYS: [&str; 7] = [
    keys::LEAVES_STAYS_HISTORY,
    keys::LEAVES_STAYS_CALLS,
    keys::LEAVES_STAYS_SMS,
    keys::LEAVES_STAYS_FILES,
    keys::LEAVES_STAYS_KEYBOARD,
    keys::LEAVES_STAYS_KEPT,
    keys::LEAVES_STAYS_CACHE,
];

/// One history row, browser by browser (the most used first).
const ROW: [&str; 4] = [
    keys::LEAVES_ROW_CHROME,
    keys::LEAVES_ROW_SAMSUNG,
    keys::LEAVES_ROW_COCCOC,
    keys::LEAVES_ROW_ZALO,
];

fn list(keys: &'static [&'static str], class: &'static str) -> impl IntoView {
    view! { <ul class=class>{keys.iter().map(|&k| view! { <li>{tr(k)}</li> }).collect_view()}</ul> }
}

#[component]
pub fn LeavesView() -> impl IntoView {
    view! {
        <ViewTitle key=keys::LEAVES_TITLE/>
        <P key=keys::LEAVES_INTRO/>
        <section>
            <h2>{tr(keys::LEAVES_STAYS_TITLE)}</h2>
            {list(&STAYS, "leaves-stays")}
        </section>
        <section>
            <h2>{tr(keys::LEAVES_ROW_TITLE)}</h2>
            <P key=keys::LEAVES_ROW_WHY/>
            {list(&ROW, "leaves-row")}
        </section>
        <section>
            <h2>{tr(keys::LEAVES_PRIVATE_TITLE)}</h2>
            <P key=keys::LEAVES_PRIVATE_1/>
            <P key=keys::LEAVES_PRIVATE_2/>
        </section>
    }
}

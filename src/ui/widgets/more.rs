//! A long text as its short first line, with the whole text one tap away: a native
//! `<details>`, so screen readers announce it as collapsed or expanded and it opens with
//! Enter or Space, with no script of ours.

use leptos::prelude::*;

use crate::core::more;
use crate::i18n::tr;
use crate::keys;

/// Shows `key` behind "read more" when it has a short first line (`core::more`), else
/// as a plain paragraph.
#[component]
pub fn ReadMore(key: &'static str) -> impl IntoView {
    match more::lead(key) {
        Some(lead) => view! {
            <p>{tr(lead)}</p>
            <details class="more">
                <summary>{tr(keys::MORE_READ)}</summary>
                <p>{tr(key)}</p>
            </details>
        }
        .into_any(),
        None => view! { <p>{tr(key)}</p> }.into_any(),
    }
}

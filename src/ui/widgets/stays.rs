//! One line beside a button that makes a file or a message: where it will stay once made
//! (Downloads, the messages app, Zalo, the keyboard's clipboard history). Said before the
//! tap, because afterwards the trace is already there.

use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn Stays(key: &'static str) -> impl IntoView {
    view! { <p class="stays" data-stays=key>{tr(key)}</p> }
}

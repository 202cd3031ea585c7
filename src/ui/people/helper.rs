//! For a friend, relative or neighbour: what to say and not say, how to listen and help,
//! and how to share this app without putting them at risk.

use leptos::prelude::*;

use super::PageBody;
use crate::core::people::HELPER;

#[component]
pub fn HelperView() -> impl IntoView {
    view! { <PageBody page=&HELPER class="people people-helper"/> }
}

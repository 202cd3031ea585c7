//! A page a child can read: short sentences, big buttons, 111 first, no questions and
//! nothing to fill in (a child is often on a parent's phone).

use leptos::prelude::*;

use super::PageBody;
use crate::core::people::CHILD;

#[component]
pub fn ChildView() -> impl IntoView {
    view! { <PageBody page=&CHILD class="people people-child"/> }
}

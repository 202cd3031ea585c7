//! The diary's entry point: one card in the plan view.

use leptos::prelude::*;

use crate::core::route::View;
use crate::tr;
use crate::ui::widgets::NavLink;

#[component]
pub fn DiaryLink() -> impl IntoView {
    view! {
        <section class="card diary-link" aria-labelledby="diary-link-title">
            <h2 id="diary-link-title">{tr!(DIARY_LINK_TITLE)}</h2>
            <p>{tr!(DIARY_LINK_TEXT)}</p>
            <NavLink to=View::Diary class="button">{tr!(DIARY_LINK_OPEN)}</NavLink>
        </section>
    }
}

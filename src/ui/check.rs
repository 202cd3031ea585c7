//! The check view. Its content arrives with its own work; here it has its place.

use leptos::prelude::*;

use crate::keys;
use crate::ui::widgets::{ViewTitle, P};

#[component]
pub fn CheckView() -> impl IntoView {
    view! {
        <ViewTitle key=keys::NAV_CHECK/>
        <P key=keys::SOON/>
    }
}

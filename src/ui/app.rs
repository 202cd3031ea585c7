use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <main>{crate::tr!(APP_NAME)}</main> }
}

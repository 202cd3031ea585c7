//! Staying safe online: what the app keeps (nothing, unless asked), how to browse
//! privately, how to clear traces without raising suspicion.

use leptos::prelude::*;

use crate::core::route::View;
use crate::i18n::tr;
use crate::keys;
use crate::ui::widgets::{NavLink, ViewTitle, P};

/// (heading, paragraphs) of each part, in reading order.
const PARTS: [(&str, &[&str]); 6] = [
    (
        keys::PRIVACY_KEEPS_TITLE,
        &[
            keys::PRIVACY_KEEPS_1,
            keys::PRIVACY_KEEPS_2,
            keys::PRIVACY_KEEPS_3,
        ],
    ),
    (keys::PRIVACY_NAME_TITLE, &[keys::PRIVACY_NAME_1]),
    (
        keys::PRIVACY_PRIVATE_TITLE,
        &[
            keys::PRIVACY_PRIVATE_1,
            keys::PRIVACY_PRIVATE_2,
            keys::PRIVACY_INAPP,
        ],
    ),
    (
        keys::PRIVACY_TRACES_TITLE,
        &[
            keys::PRIVACY_TRACES_1,
            keys::PRIVACY_TRACES_2,
            keys::PRIVACY_TRACES_3,
        ],
    ),
    (
        keys::PRIVACY_EXIT_TITLE,
        &[keys::PRIVACY_EXIT_1, keys::PRIVACY_EXIT_2],
    ),
    (keys::PRIVACY_DEVICE_TITLE, &[keys::PRIVACY_DEVICE_1]),
];

#[component]
pub fn PrivacyView() -> impl IntoView {
    view! {
        <ViewTitle key=keys::PRIVACY_TITLE/>
        <P key=keys::PRIVACY_INTRO/>
        {PARTS
            .into_iter()
            .map(|(title, paras)| {
                view! {
                    <section>
                        <h2>{tr(title)}</h2>
                        {paras.iter().map(|&k| view! { <P key=k/> }).collect_view()}
                        {(title == keys::PRIVACY_TRACES_TITLE).then(|| view! {
                            <p class="privacy-leaves">
                                <NavLink to=View::Leaves>{tr(keys::PRIVACY_LEAVES_LINK)}</NavLink>
                            </p>
                        })}
                    </section>
                }
            })
            .collect_view()}
    }
}

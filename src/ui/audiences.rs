//! The pages for someone who wants to change, for young people, and for hamlet heads,
//! trusted-address hosts and union members (content in `core::audiences`), laid out like
//! the people pages, and arriving in their chunk (`ui::lazy`). Nothing here asks or
//! stores anything; the community page prints a one-page A5 card (style/people.css).

use leptos::prelude::*;

use crate::core::audiences::{CARD, CHANGE, COMMUNITY, YOUNG};
use crate::i18n::tr;
use crate::keys;
use crate::platform::page::print;
use crate::ui::people::PageBody;
use crate::ui::widgets::Stays;

#[component]
pub fn ChangeView() -> impl IntoView {
    view! { <PageBody page=&CHANGE class="people people-change"/> }
}

#[component]
pub fn YoungView() -> impl IntoView {
    view! { <PageBody page=&YOUNG class="people people-young"/> }
}

#[component]
pub fn CommunityView() -> impl IntoView {
    view! {
        <div class="community">
            <PageBody page=&COMMUNITY class="people people-community"/>
            <section class="people-section community-print" aria-labelledby="community-card-title">
                <h2 id="community-card-title">{tr(keys::COMMUNITY_CARD_TITLE)}</h2>
                <p>{tr(keys::COMMUNITY_CARD_HINT)}</p>
                <Stays key=keys::STAYS_PDF/>
                <button type="button" class="primary" on:click=move |_| print()>
                    {tr(keys::COMMUNITY_CARD_PRINT)}
                </button>
            </section>
            <Card/>
        </div>
    }
}

/// The card as it prints (and, framed, as a preview on screen).
#[component]
fn Card() -> impl IntoView {
    let groups = CARD
        .groups
        .iter()
        .map(|(heading, lines)| {
            view! {
                <h3>{tr(heading)}</h3>
                <ul>{lines.iter().map(|k| view! { <li>{tr(k)}</li> }).collect_view()}</ul>
            }
        })
        .collect_view();
    view! {
        <article class="ccard" aria-labelledby="ccard-heading">
            <h2 id="ccard-heading">{tr(CARD.heading)}</h2>
            {groups}
            <h3>{tr(CARD.law)}</h3>
            <ul>{CARD.law_lines.iter().map(|k| view! { <li>{tr(k)}</li> }).collect_view()}</ul>
        </article>
    }
}

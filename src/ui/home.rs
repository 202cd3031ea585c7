//! Home: what the app offers, in plain words, and the three ways in.

use leptos::prelude::*;

use crate::core::route::View;
use crate::i18n::tr;
use crate::keys;
use crate::tr;
use crate::ui::widgets::{NavLink, ViewTitle, P};

#[component]
pub fn HomeView() -> impl IntoView {
    let cards = [
        (
            View::Check,
            keys::HOME_CHECK_TITLE,
            keys::HOME_CHECK_TEXT,
            keys::HOME_CHECK_GO,
        ),
        (
            View::Plan,
            keys::HOME_PLAN_TITLE,
            keys::HOME_PLAN_TEXT,
            keys::HOME_PLAN_GO,
        ),
        (
            View::Help,
            keys::HOME_HELP_TITLE,
            keys::HOME_HELP_TEXT,
            keys::HOME_HELP_GO,
        ),
    ];
    // For the people around them: a friend, a teacher, a child; young people, hamlet
    // heads and unions, and someone who wants to change (short labels: Home is in the
    // first visit in every language).
    let people = [
        (View::Helper, keys::NAV_HELPER),
        (View::Teacher, keys::NAV_TEACHER),
        (View::Child, keys::NAV_CHILD),
        (View::Young, keys::NAV_YOUNG),
        (View::Community, keys::NAV_COMMUNITY),
        (View::Change, keys::NAV_CHANGE),
    ];
    view! {
        <ViewTitle key=keys::HOME_TITLE/>
        <crate::ui::away::ClosedLine/>
        <P key=keys::HOME_INTRO/>
        <p class="reassure">{tr!(HOME_PRIVATE)}</p>
        <ul class="cards">
            {cards
                .into_iter()
                .map(|(to, title, text, go)| {
                    view! {
                        <li class="card">
                            <h2>{tr(title)}</h2>
                            <p>{tr(text)}</p>
                            <NavLink to=to class="button">{tr(go)}</NavLink>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p><NavLink to=View::Phone>{tr!(HOME_PHONE)}</NavLink></p>
        <P key=keys::HOME_FRIEND/>
        <section class="card home-people" aria-labelledby="home-people-title">
            <h2 id="home-people-title">{tr!(HOME_PEOPLE_TITLE)}</h2>
            <p>{tr!(HOME_PEOPLE_TEXT)}</p>
            <ul class="home-people-links">
                {people
                    .into_iter()
                    .map(|(to, label)| view! { <li><NavLink to=to class="button">{tr(label)}</NavLink></li> })
                    .collect_view()}
            </ul>
        </section>
        <p class="hint">{tr!(HOME_EXIT_HINT)}</p>
        <p class="hint keys-only">{tr!(HOME_EXIT_KEYS)}</p>
    }
}

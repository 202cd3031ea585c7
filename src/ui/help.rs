//! "Get help": choose what you need and where you are, then call. The needs and the
//! place live in `Session` (memory only; a deep link, the self-check or the plan may
//! have preselected them); the rules are `core::directory`'s. Nothing typed or chosen
//! here is stored or sent.

mod card;
mod commune;
mod filters;
mod matters;
mod print;

use leptos::prelude::*;

use crate::core::directory::{self, need_key, Group};
use crate::i18n::{t, t_args, tr};
use crate::keys;
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::{PlacePicker, PlaceWords, ViewTitle};

#[component]
pub fn HelpView() -> impl IntoView {
    let Some(session) = Session::provided() else {
        return ().into_any();
    };
    let (needs, area) = (session.needs, session.area);
    // An unknown code (a mistyped poster link) counts as no place chosen.
    let known_area = move || area.get().filter(|c| directory::unit(*c).is_some());
    let results = Memo::new(move |_| needs.with(|n| directory::results(n, known_area())));

    let intro = move || {
        t(keys::HELP_INTRO)
            .lines()
            .map(|line| view! { <p>{line.to_string()}</p> })
            .collect_view()
    };

    view! {
        <div class="help">
        <ViewTitle key=keys::HELP_TITLE/>
        <div class="help-intro">{intro}</div>
        <p class="reassure help-private">{tr!(HELP_PRIVACY_NOTE)}</p>
        <filters::NeedFilter needs=needs/>
        <matters::MattersNeeds session/>
        <PlacePicker area=area id="help-place-input" words=PlaceWords {
            label: keys::HELP_SEARCH_LABEL, hint: keys::HELP_SEARCH_HINT, none: keys::HELP_SEARCH_NONE,
            chosen: keys::HELP_AREA_CHOSEN, change: keys::HELP_AREA_CHANGE,
        }/>
        // Near the top once a commune is chosen: the two offices every commune has.
        {move || known_area().and_then(directory::commune_offices).map(|offices| view! {
            <commune::YourCommune offices=offices/>
        })}
        <p role="status" class="help-count">
            {move || t_args(keys::HELP_RESULTS_COUNT, &[("n", results.with(|r| r.count()).into())])}
        </p>
        {move || {
            results
                .with(|r| r.unmet.clone())
                .into_iter()
                .map(|n| {
                    view! {
                        <p class="help-note">
                            {move || t_args(keys::HELP_NONE_FOR_NEED, &[("need", t(need_key(n)).into())])}
                        </p>
                    }
                })
                .collect_view()
        }}
        {move || {
            results
                .get()
                .groups
                .into_iter()
                .map(|(group, providers)| {
                    let id = group_id(group);
                    view! {
                        <section class="help-group" class:help-group-emergency=group == Group::Emergency aria-labelledby=id>
                            <h2 id=id>{tr(group_key(group))}</h2>
                            <ul class="cards help-cards">
                                {providers
                                    .into_iter()
                                    .map(|p| view! { <li><card::ProviderCard provider=p/></li> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()
        }}
        <print::PrintCard area=Signal::derive(known_area)/>
        </div>
    }
    .into_any()
}

fn group_key(group: Group) -> &'static str {
    match group {
        Group::Emergency => keys::HELP_RESULTS_EMERGENCY,
        Group::Local => keys::HELP_RESULTS_LOCAL,
        Group::Province => keys::HELP_RESULTS_PROVINCE,
        Group::National => keys::HELP_RESULTS_NATIONAL,
    }
}

fn group_id(group: Group) -> &'static str {
    match group {
        Group::Emergency => "help-group-emergency",
        Group::Local => "help-group-local",
        Group::Province => "help-group-province",
        Group::National => "help-group-national",
    }
}

//! "Right where you are": the People's Committee and the police of the chosen commune,
//! by name, what one can go there for and the article of the law that says so. The
//! office names stay in Vietnamese in every language (they are what the sign says and
//! what a person asks for), next to the reader's translation.

use leptos::prelude::*;

use crate::core::directory::{Office, OfficeKind};
use crate::core::lang::Lang;
use crate::i18n::{lang, t_args};
use crate::keys;
use crate::tr;
use crate::ui::widgets::ReadMore;

#[component]
pub fn YourCommune(offices: [Office; 2]) -> impl IntoView {
    let area = offices[0].unit.label();
    let title = {
        let area = area.clone();
        move || t_args(keys::HELP_COMMUNE_TITLE, &[("area", area.clone().into())])
    };
    view! {
        <section class="help-commune" aria-labelledby="help-commune-title">
            <h2 id="help-commune-title">{title}</h2>
            <p>{tr!(HELP_COMMUNE_INTRO)}</p>
            <ul class="cards help-cards">
                {offices.into_iter().map(|o| view! { <li><OfficeCard office=o/></li> }).collect_view()}
            </ul>
            <p class="hint help-commune-no-phone">{tr!(HELP_COMMUNE_NO_PHONE)}</p>
        </section>
    }
}

#[component]
fn OfficeCard(office: Office) -> impl IntoView {
    let vi = match office.short_vi() {
        Some(short) => format!("{} ({short})", office.name_vi()),
        None => office.name_vi(),
    };
    let area = office.unit.label();
    let heading = {
        let vi = vi.clone();
        move || match lang() {
            Lang::Vi => view! { <span lang="vi">{vi.clone()}</span> }.into_any(),
            _ => view! {
                {t_args(office.name_key(), &[("area", area.clone().into())])}
                <span class="help-office-vi" lang="vi">{vi.clone()}</span>
            }
            .into_any(),
        }
    };
    view! {
        <article class="card help-card help-office" data-id=office.id()>
            <p class="help-kind">{tr!(HELP_IN_PERSON)}</p>
            <h3 class="help-name">{heading}</h3>
            <p class="help-office-asks-label">{tr!(HELP_OFFICE_ASKS)}</p>
            <ul class="help-office-asks">
                {office.asks().iter().map(|k| view! { <li><ReadMore key=k/></li> }).collect_view()}
            </ul>
            {(office.kind == OfficeKind::PeoplesCommittee).then(|| view! {
                <p class="hint">{tr!(HELP_OFFICE_NO_CONTACT_NOTE)}</p>
            })}
        </article>
    }
}

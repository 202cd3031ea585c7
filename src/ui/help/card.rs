//! One provider: name, a short note, what they help with, hours, languages, big call
//! and text buttons, copy-number, address (for a place to go in person, where it is),
//! "no confirmed phone number yet" when there is none, when it was last checked, and
//! the visible "not yet confirmed" mark for unverified entries.

use leptos::prelude::*;

use crate::core::directory::{ContactPoint, Hours, Provider, Text};
use crate::core::emergency::Emergency;
use crate::core::lang::Lang;
use crate::core::route::View;
use crate::i18n::{lang, t, t_args, tr};
use crate::keys;
use crate::tr;
use crate::ui::widgets::{copy, CopyState, CopyStatus, NavLink};

/// The child protection line's card also leads to the page a child can read.
const CHILD_LINE: &str = Emergency::Child.directory_id();

/// `lang="vi"` when the text falls back to Vietnamese in another language, so screen
/// readers pronounce it right.
fn fallback_lang(text: &Text, l: Lang) -> Option<&'static str> {
    let missing = match l {
        Lang::Vi => false,
        Lang::En => text.en.is_none(),
        Lang::Km => text.km.is_none(),
    };
    missing.then_some("vi")
}

#[component]
pub fn ProviderCard(provider: &'static Provider) -> impl IntoView {
    let p = provider;
    let name = move || p.name.get(lang());
    let name_lang = move || fallback_lang(&p.name, lang());
    let services = move || {
        p.services
            .iter()
            .map(|s| t(s.key()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let hours = move || match p.hours {
        Hours::Always => t(keys::HELP_HOURS_ALWAYS),
        Hours::Text(text) => text.get(lang()).to_string(),
        Hours::Unknown => t(keys::HELP_HOURS_UNKNOWN),
    };
    let languages = p
        .languages
        .iter()
        .map(|l| view! { <span lang=l.code()>{l.endonym()}</span> })
        .collect::<Vec<_>>();
    let has_languages = !p.languages.is_empty();
    // One live region per card, present from the start so "copied" is announced.
    let said: CopyState = RwSignal::new(None);

    view! {
        <article class="card help-card" class:help-card-unconfirmed=p.unconfirmed() data-id=p.id>
            <p class="help-kind">{tr(p.kind.key())}</p>
            <h3 class="help-name" lang=name_lang>{name}</h3>
            {p.unconfirmed().then(|| view! {
                <p class="help-unconfirmed">
                    <strong class="help-unconfirmed-mark">
                        <span aria-hidden="true">"⚠ "</span>
                        {tr!(HELP_UNCONFIRMED)}
                    </strong>
                    " "
                    <span>{tr!(HELP_UNCONFIRMED_WHY)}</span>
                </p>
            })}
            {p.note.map(|n| view! {
                <p class="help-note-text" lang=move || fallback_lang(&n, lang())>{move || n.get(lang())}</p>
            })}
            {p.in_person.then(|| view! { <p class="help-in-person">{tr!(HELP_IN_PERSON)}</p> })}
            <dl class="help-facts">
                {(!p.services.is_empty()).then(|| view! {
                    <div>
                        <dt>{tr!(HELP_SERVICES_LABEL)}</dt>
                        <dd>{services}</dd>
                    </div>
                })}
                <div>
                    <dt>{tr!(HELP_HOURS_LABEL)}</dt>
                    <dd class="help-hours">{hours}</dd>
                </div>
                {has_languages.then(|| view! {
                    <div>
                        <dt>{tr!(HELP_LANGUAGES_LABEL)}</dt>
                        <dd class="help-langs">{languages}</dd>
                    </div>
                })}
                {p.address.map(|a| view! {
                    <div>
                        <dt>{tr!(HELP_ADDRESS_LABEL)}</dt>
                        <dd lang=move || fallback_lang(&a, lang())>{move || a.get(lang())}</dd>
                    </div>
                })}
            </dl>
            {if p.contacts.is_empty() {
                view! { <p class="help-no-phone">{tr!(HELP_PHONE_UNCONFIRMED)}</p> }.into_any()
            } else {
                view! {
                    <ul class="help-contacts">
                        {p.contacts.iter().map(|c| contact(c, said)).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {(p.id == CHILD_LINE).then(|| view! {
                <p class="help-child-page"><NavLink to=View::Child>{tr!(PEOPLE_CHILD_PAGE)}</NavLink></p>
            })}
            <CopyStatus state=said class="help-copied" done=keys::HELP_COPIED failed=keys::HELP_COPY_FAILED/>
            <p class="help-checked">
                {move || t_args(keys::HELP_CHECKED_ON, &[("date", p.checked.dmy().into())])}
            </p>
            <details class="help-sources">
                <summary>{tr!(HELP_SOURCE)}</summary>
                <ul>
                    {p.sources.iter().map(|s| view! { <li>{s.title}</li> }).collect_view()}
                </ul>
            </details>
        </article>
    }
}

/// One number: call and text buttons where the data allows, cost, and copy.
fn contact(c: &'static ContactPoint, said: CopyState) -> impl IntoView {
    let on_copy = move |_| copy(said, c.tel.to_string(), c.display.to_string(), None);
    view! {
        <li class="help-contact">
            <div class="help-actions">
                {c.tel_href().map(|href| view! {
                    <a class="button help-call" href=href>
                        {move || t_args(keys::HELP_CALL, &[("number", c.display.into())])}
                    </a>
                })}
                {c.sms_href().map(|href| view! {
                    <a class="button help-sms" href=href>
                        {tr!(HELP_SMS)}
                        <span class="visually-hidden">" " {c.display}</span>
                    </a>
                })}
            </div>
            <p class="help-cost">
                {tr(c.cost.key())}
                {c.zalo.then(|| view! { " · " {tr!(HELP_ZALO)} })}
            </p>
            <button type="button" class="secondary help-copy" on:click=on_copy>
                {tr!(HELP_COPY)}
                <span class="visually-hidden">" " {c.display}</span>
            </button>
        </li>
    }
}

//! The result: it opens by believing them (after the emergency step, when they are not
//! safe now), says how urgent things look in words and why, names the forms of violence
//! as the law does, and always shows where help is. No score, no number, no label.

use leptos::prelude::*;

use super::{Back, Flow, SCREEN_ID};
use crate::core::check::{Assessment, EmergencyNumber, Urgency};
use crate::core::directory::{providers_for, Cost, Coverage, Kind, Provider};
use crate::core::need::Need;
use crate::core::route::View;
use crate::i18n::{lang, t, tr};
use crate::keys;
use crate::tr;
use crate::ui::state::VIEW_TITLE_ID;
use crate::ui::widgets::NavLink;

#[component]
pub(super) fn ResultScreen(flow: Flow) -> impl IntoView {
    // Back exists only while the answers are still in memory (not for a result shown
    // again after a visit to the plan or contacts).
    let can_go_back =
        flow.mode.get_untracked().is_some() && flow.answers.with_untracked(|a| a.is_finished());
    move || {
        flow.session
            .assessment
            .get()
            .map(|a| view! { <Body flow=flow a=a can_go_back=can_go_back/> })
    }
}

#[component]
fn Body(flow: Flow, a: Assessment, can_go_back: bool) -> impl IntoView {
    let emergency_first = a.urgency == Urgency::EmergencyNow;
    let title = a.title_key();
    let opening = a.opening_key();
    let decide = a.decide_key();
    let needs = a.needs.clone();
    let help_key = a.help_key();
    let urgency = urgency_word(a.urgency);

    view! {
        <div id=SCREEN_ID class="check-screen check-result" data-urgency=urgency>
            <h1 id=VIEW_TITLE_ID tabindex="-1">{tr(title)}</h1>
            {emergency_first.then(|| view! { <UrgencySection a=a.clone()/> })}
            <p class="reassure check-believe">{tr(opening)}</p>
            <p>{tr(decide)}</p>
            {a.any_not_sure.then(|| view! { <p>{tr!(CHECK_RESULT_UNSURE)}</p> })}
            <p class="hint">{tr!(CHECK_RESULT_NOT_SCORE)}</p>
            {(!emergency_first).then(|| view! { <UrgencySection a=a.clone()/> })}
            // What to do comes before why: the medical check right after the urgency,
            // and for a helper, how to help before what the law says.
            <Medical a=a.clone()/>
            <Reasons a=a.clone()/>
            <Helper a=a.clone()/>
            <Forms a=a.clone()/>
            <section class="check-help" aria-labelledby="check-help-title">
                <h2 id="check-help-title">{tr!(CHECK_HELP_TITLE)}</h2>
                <p>{tr(help_key)}</p>
                <Hotlines/>
                <button
                    type="button"
                    class="primary check-to-help"
                    on:click=move |_| flow.to_help(needs.clone())
                >
                    {tr!(CHECK_NEXT_CONTACTS)}
                </button>
                <p class="hint">{tr!(CHECK_NEXT_CONTACTS_HINT)}</p>
            </section>
            <section class="check-next" aria-labelledby="check-next-title">
                <h2 id="check-next-title">{tr!(CHECK_NEXT_TITLE)}</h2>
                <button type="button" class="primary check-to-plan" on:click=move |_| flow.to_plan()>
                    {tr!(CHECK_NEXT_PLAN)}
                </button>
                <p class="hint">{tr!(CHECK_NEXT_PLAN_HINT)}</p>
                <p class="check-matters"><NavLink to=View::Plan>{tr!(MATTERS_AFTER_CHECK)}</NavLink></p>
                <p class="check-phone"><NavLink to=View::Phone>{tr!(PHONE_LINK_CHECK)}</NavLink></p>
                <div class="check-nav">
                    {can_go_back
                        .then(|| {
                            view! {
                                <Back flow/>
                            }
                        })}
                    <button type="button" class="secondary check-again" on:click=move |_| flow.restart()>
                        {tr!(CHECK_NEXT_AGAIN)}
                    </button>
                    <button type="button" class="check-stop link-button" on:click=move |_| flow.home()>
                        {tr!(CHECK_NEXT_HOME)}
                    </button>
                </div>
            </section>
            <p class="hint">{tr!(CHECK_RESULT_FORGET)}</p>
        </div>
    }
}

/// A stable word for styling and tests (never shown).
fn urgency_word(u: Urgency) -> &'static str {
    match u {
        Urgency::EmergencyNow => "emergency",
        Urgency::SeriousDanger => "serious",
        Urgency::DangerSigns => "signs",
        Urgency::Concern => "concern",
        Urgency::NoSignsShared => "none",
    }
}

/// How urgent, in words, with the number to call first as a big link.
#[component]
fn UrgencySection(a: Assessment) -> impl IntoView {
    let (title, text) = (a.urgency_title_key(), a.urgency_text_key());
    let first = a.call_first.map(|n| {
        view! {
            <p class="check-call-label">{tr!(CHECK_CALL_TITLE)}</p>
            <CallLink number=n big=true/>
        }
    });
    let also = a.call_also.map(|n| {
        view! {
            <p class="check-call-label">{tr!(CHECK_CALL_ALSO)}</p>
            <CallLink number=n big=false/>
        }
    });
    let class = if a.urgency.is_urgent() {
        "check-urgency urgent"
    } else {
        "check-urgency"
    };
    view! {
        <section class=class aria-labelledby="check-urgency-title">
            <h2 id="check-urgency-title">{tr(title)}</h2>
            {first}
            <p>{tr(text)}</p>
            {also}
        </section>
    }
}

#[component]
fn CallLink(number: EmergencyNumber, big: bool) -> impl IntoView {
    let key = number.call_key();
    view! {
        <a class=if big { "check-call big" } else { "check-call" } href=number.tel()>
            {tr(key)}
        </a>
    }
}

#[component]
fn Reasons(a: Assessment) -> impl IntoView {
    let sure: Vec<&'static str> = a.sure_reasons().map(|r| r.key()).collect();
    let unsure: Vec<&'static str> = a.unsure_reasons().map(|r| r.key()).collect();
    (!sure.is_empty() || !unsure.is_empty()).then(|| {
        let unsure = (!unsure.is_empty()).then(|| {
            view! {
                <p>{tr!(CHECK_REASONS_UNSURE)}</p>
                <ul class="check-reasons unsure">{list(unsure)}</ul>
            }
        });
        view! {
            <section aria-labelledby="check-reasons-title">
                <h2 id="check-reasons-title">{tr!(CHECK_REASONS_TITLE)}</h2>
                {(!sure.is_empty()).then(|| view! { <ul class="check-reasons">{list(sure)}</ul> })}
                {unsure}
            </section>
        }
    })
}

fn list(keys: Vec<&'static str>) -> impl IntoView {
    keys.into_iter()
        .map(|k| view! { <li>{tr(k)}</li> })
        .collect_view()
}

#[component]
fn Medical(a: Assessment) -> impl IntoView {
    a.medical_key().map(|key| {
        view! {
            <section class="check-medical" aria-labelledby="check-medical-title">
                <h2 id="check-medical-title">{tr!(CHECK_MEDICAL_TITLE)}</h2>
                <p>{tr(key)}</p>
                <CallLink number=EmergencyNumber::Ambulance big=false/>
            </section>
        }
    })
}

#[component]
fn Forms(a: Assessment) -> impl IntoView {
    let law = a.law_keys();
    let decide = a.law_decide_key();
    (!a.forms.is_empty()).then(|| {
        let forms = a
            .forms
            .iter()
            .map(|f| {
                let (name, line, protect) = (f.name_key(), f.law_key(), f.protection_key());
                view! {
                    <li class="card">
                        <h3>{tr(name)}</h3>
                        <p>{tr(line)}</p>
                        <p class="check-protect">{tr(protect)}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="check-forms" aria-labelledby="check-forms-title">
                <h2 id="check-forms-title">{tr!(CHECK_FORMS_TITLE)}</h2>
                <p>{tr!(CHECK_FORMS_INTRO)}</p>
                <ul class="cards">{forms}</ul>
                <p>{tr!(CHECK_FORMS_NOT_FAMILY)}</p>
                <ul class="check-law">{list(law.to_vec())}</ul>
                <p class="reassure">{tr(decide)}</p>
            </section>
        }
    })
}

#[component]
fn Helper(a: Assessment) -> impl IntoView {
    let keys = a.helper_keys();
    (!keys.is_empty()).then(|| {
        view! {
            <section class="check-helper" aria-labelledby="check-helper-title">
                <h2 id="check-helper-title">{tr!(CHECK_HELPER_TITLE)}</h2>
                <ul>{list(keys.to_vec())}</ul>
                <p class="check-helper-more">
                    <NavLink to=View::Helper>{tr!(PEOPLE_HELPER_MORE)}</NavLink>
                </p>
            </section>
        }
    })
}

/// National hotlines that listen: shown whatever the answers, so a result never ends
/// without somewhere to turn (the full, filtered list is one tap away).
fn hotlines() -> Vec<&'static Provider> {
    providers_for(&[Need::Talk], None)
        .into_iter()
        .filter(|p| p.kind == Kind::Hotline && p.coverage == Coverage::National)
        .filter(|p| p.contacts.iter().any(|c| c.call))
        .take(3)
        .collect()
}

#[component]
fn Hotlines() -> impl IntoView {
    let found = hotlines();
    (!found.is_empty()).then(|| {
        let items = found
            .into_iter()
            .filter_map(|p| {
                let c = p.contacts.iter().find(|c| c.call)?;
                let href = c.tel_href()?;
                let cost = match c.cost {
                    Cost::Free => Some(keys::CHECK_COST_FREE),
                    Cost::Charged => Some(keys::CHECK_COST_CHARGED),
                    Cost::Unknown => None,
                };
                let notes: Vec<&'static str> = cost
                    .into_iter()
                    .chain(p.unconfirmed().then_some(keys::CHECK_UNCONFIRMED))
                    .collect();
                let note = move || notes.iter().map(|k| t(k)).collect::<Vec<_>>().join(" · ");
                let name = p.name;
                Some(view! {
                    <li>
                        <span class="check-line-name">{move || name.get(lang())}</span>
                        " "
                        <a class="check-line-tel" href=href>{c.display}</a>
                        <span class="check-line-note">{note}</span>
                    </li>
                })
            })
            .collect_view();
        view! {
            <p>{tr!(CHECK_HELP_LINES)}</p>
            <ul class="check-lines">{items}</ul>
        }
    })
}

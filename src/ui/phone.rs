//! "Is my phone safe?": a few questions, all skippable, then the steps for that situation
//! only (`core::phone`), each marked "could they notice?" where it changes something, and
//! the warning to plan first before the first such step. The answers live in the session
//! (memory only: dropped by quick exit, closed after a long absence like the plan, never
//! in the address or storage); nothing here prints.

use leptos::prelude::*;

use crate::core::phone::{self, Answers, Change, Fact, Kind, Shown, Sign, Step};
use crate::core::route::View;
use crate::i18n::{t, tr};
use crate::keys;
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::{NavLink, ViewTitle, P};

#[component]
pub fn PhoneView() -> impl IntoView {
    let answers = Session::provided()
        .map(|s| s.phone)
        .unwrap_or_else(|| RwSignal::new(Answers::default()));
    let none = move || answers.with(|a| a.asks_nothing());
    view! {
        <div class="phone">
            <ViewTitle key=keys::PHONE_TITLE/>
            <P key=keys::PHONE_INTRO/>
            <p class="hint">
                {tr!(PHONE_MEMORY)} " "
                <NavLink to=View::Leaves>{tr!(PHONE_LEAVES_LINK)}</NavLink>
            </p>
            <fieldset>
                <legend>{tr!(PHONE_SIGNS_TITLE)}</legend>
                <ul class="plan-checks">
                    {Sign::ALL
                        .into_iter()
                        .map(|s| {
                            let on = move || answers.with(|a| a.has_sign(s));
                            let set = move |v| answers.update(|a| a.set_sign(s, v));
                            view! { <Tick id=format!("phone-sign-{}", s.code()) key=s.key() on set/> }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <fieldset>
                <legend>{tr!(PHONE_FACTS_TITLE)}</legend>
                <ul class="plan-checks">
                    {Fact::ALL
                        .into_iter()
                        .map(|f| {
                            let on = move || answers.with(|a| a.has_fact(f));
                            let set = move |v| answers.update(|a| a.set_fact(f, v));
                            view! { <Tick id=format!("phone-fact-{}", f.code()) key=f.key() on set/> }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <fieldset>
                <legend>{tr!(PHONE_KIND_TITLE)}</legend>
                <ul class="plan-checks">
                    {[
                        (Some(Kind::Android), "android", keys::PHONE_KIND_ANDROID),
                        (Some(Kind::IPhone), "iphone", keys::PHONE_KIND_IPHONE),
                        (None, "unsure", keys::PHONE_KIND_UNSURE),
                    ]
                        .into_iter()
                        .map(|(kind, code, key)| {
                            let id = format!("phone-kind-{code}");
                            view! {
                                <li>
                                    <input
                                        type="radio"
                                        name="phone-kind"
                                        id=id.clone()
                                        prop:checked=move || answers.with(|a| a.kind == kind)
                                        on:change=move |_| answers.update(|a| a.kind = kind)
                                    />
                                    <label for=id>{tr(key)}</label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <section aria-labelledby="phone-steps-title">
                <h2 id="phone-steps-title">{tr!(PHONE_STEPS_TITLE)}</h2>
                <p class="phone-steps-note" aria-live="polite">
                    {move || t(if none() { keys::PHONE_STEPS_ALL } else { keys::PHONE_STEPS_SOME })}
                </p>
                <p class="hint">{tr!(PHONE_MENUS)}</p>
                <ul class="phone-steps">
                    {move || {
                        phone::steps(answers.get())
                            .into_iter()
                            .map(|s| match s {
                                Shown::PlanFirst => view! { <Warning/> }.into_any(),
                                Shown::Step(step) => view! { <StepCard step/> }.into_any(),
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </div>
    }
}

/// One checkbox with its label.
#[component]
fn Tick(
    id: String,
    key: &'static str,
    on: impl Fn() -> bool + Send + Sync + 'static,
    set: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <li>
            <input type="checkbox" id=id.clone() prop:checked=on on:change=move |ev| set(event_target_checked(&ev))/>
            <label for=id>{tr(key)}</label>
        </li>
    }
}

/// Plan before changing anything (always before the first step that changes something).
#[component]
fn Warning() -> impl IntoView {
    view! {
        <li class="card phone-warn">
            <h3>{tr!(PHONE_WARN_TITLE)}</h3>
            <p>{tr!(PHONE_WARN_TEXT)}</p>
        </li>
    }
}

#[component]
fn StepCard(step: &'static Step) -> impl IntoView {
    let notice = match step.change {
        Change::Noticeable(k) => Some(view! {
            <p class="phone-notice"><strong>{tr!(PHONE_MARK_NOTICE)}</strong> " " {tr(k)}</p>
        }),
        Change::None => None,
    };
    view! {
        <li class="card phone-step" data-step=step.code>
            <h3>{tr(step.title)}</h3>
            <p>{tr(step.text)}</p>
            {notice}
            {step.safer_phone.then(|| view! { <p class="phone-safer"><strong>{tr!(PHONE_MARK_SAFER)}</strong></p> })}
            <p class="hint">{tr!(PHONE_SOURCE)} " " {step.source}</p>
        </li>
    }
}

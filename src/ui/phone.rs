//! "Is my phone safe?": a few questions, all skippable, then the steps for that situation
//! only (`core::phone`), each marked "could they notice?" where it changes something, and
//! the warning to plan first before the first such step. The answers live in the session
//! (memory only: dropped by quick exit, closed after a long absence like the plan, never
//! in the address or storage); nothing here prints.

use leptos::prelude::*;

use crate::core::phone::{self, Answer, Answers, Change, Fact, Kind, Shown, Sign, Step};
use crate::core::route::View;
use crate::i18n::{t, tr};
use crate::keys;
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::{NavLink, Ticks, ViewTitle, P};

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
            {ticks(keys::PHONE_SIGNS_TITLE, "phone-sign", &Sign::ALL, answers)}
            {ticks(keys::PHONE_FACTS_TITLE, "phone-fact", &Fact::ALL, answers)}
            <Ticks
                legend=keys::PHONE_KIND_TITLE
                id="phone-kind"
                radio="phone-kind"
                items=vec![
                    (Some(Kind::Android), "android", keys::PHONE_KIND_ANDROID),
                    (Some(Kind::IPhone), "iphone", keys::PHONE_KIND_IPHONE),
                    (None, "unsure", keys::PHONE_KIND_UNSURE),
                ]
                on=move |kind| answers.with(|a| a.kind == kind)
                set=move |kind, _| answers.update(|a| a.kind = kind)
            />
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

/// The tick boxes of one question (what they seem to know, who has had the phone).
fn ticks<T: Answer>(
    legend: &'static str,
    id: &'static str,
    all: &[T],
    answers: RwSignal<Answers>,
) -> impl IntoView {
    let items = all.iter().map(|&x| (x, x.code(), x.key())).collect();
    view! {
        <Ticks
            legend
            id
            items
            on=move |x: T| answers.with(|a| x.is_in(*a))
            set=move |x: T, v| answers.update(|a| x.put(a, v))
        />
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

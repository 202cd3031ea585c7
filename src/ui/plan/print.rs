//! Print / save as PDF. On screen: the button and a short note on what to keep on paper.
//! On paper (`@media print` in style/plan.css): only `PrintSheet`, the person's own ticks
//! and notes under a neutral heading; the app's chrome and this view's controls hide.

use leptos::prelude::*;

use crate::core::plan::{Plan, Reason, SectionId};
use crate::i18n::t;
use crate::platform::page::print;
use crate::tr;
use crate::ui::plan::PlanHere;
use crate::ui::widgets::Stays;

#[component]
pub fn PrintActions() -> impl IntoView {
    view! {
        <section class="plan-print-actions card" aria-labelledby="plan-paper-title">
            <h2 id="plan-paper-title">{tr!(PLAN_PAPER_TITLE)}</h2>
            <p>{tr!(PLAN_PAPER_NOTE)}</p>
            <Stays key=crate::keys::STAYS_PDF/>
            <button type="button" class="primary" on:click=move |_| print()>
                {tr!(PLAN_PRINT_BUTTON)}
            </button>
        </section>
    }
}

/// Only on paper: the person's own plan, in the order shown on screen.
#[component]
pub fn PrintSheet(order: Memo<Vec<(SectionId, Option<Reason>)>>, plan: PlanHere) -> impl IntoView {
    let body = move || {
        let ids: Vec<SectionId> = order.with(|o| o.iter().map(|(s, _)| *s).collect());
        plan.with(|p| {
            let sum = p.summary(&ids);
            let extras = extras(p);
            if sum.is_empty() && extras.is_none() {
                return view! { <p>{t(crate::keys::PLAN_PRINT_EMPTY)}</p> }.into_any();
            }
            let sum = sum
                .into_iter()
                .map(|s| {
                    let items = (!s.items.is_empty()).then(|| {
                        view! {
                            <ul>
                                {s.items.iter().map(|i| view! { <li>{t(i.key())}</li> }).collect_view()}
                            </ul>
                        }
                    });
                    let fields = s
                        .fields
                        .iter()
                        .map(|(f, text)| {
                            view! {
                                <div class="plan-print-field">
                                    <p class="plan-print-label">{t(f.label())}</p>
                                    <p class="plan-print-text">{text.to_string()}</p>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <section>
                            <h3>{t(s.section.title())}</h3>
                            {items}
                            {fields}
                        </section>
                    }
                })
                .collect_view();
            view! { {extras} {sum} }.into_any()
        })
    };
    view! {
        <div class="plan-print">
            <h2>{tr!(PLAN_PRINT_HEADING)}</h2>
            {body}
        </div>
    }
}

/// What matters to the person and their trusted person, on paper only when they chose so.
fn extras(p: &Plan) -> Option<AnyView> {
    let matters = (p.print.matters && !p.matters.is_empty()).then(|| {
        let stance = p.matters.stance().map(|s| view! { <p>{t(s.key())}</p> });
        let priorities = p
            .matters
            .priorities()
            .iter()
            .map(|x| view! { <li>{t(x.key())}</li> })
            .collect_view();
        view! {
            <section>
                <h3>{t(crate::keys::MATTERS_TITLE)}</h3>
                {stance}
                <ol>{priorities}</ol>
            </section>
        }
    });
    let trusted = (p.print.trusted && !p.trusted.is_empty()).then(|| {
        let line = |label: &'static str, text: &str| {
            (!text.trim().is_empty()).then(|| {
                view! {
                    <div class="plan-print-field">
                        <p class="plan-print-label">{t(label)}</p>
                        <p class="plan-print-text">{text.to_string()}</p>
                    </div>
                }
            })
        };
        view! {
            <section>
                <h3>{t(crate::keys::TRUSTED_TITLE)}</h3>
                {line(crate::keys::TRUSTED_NAME, &p.trusted.name)}
                {line(crate::keys::TRUSTED_NUMBER, &p.trusted.number)}
                {line(crate::keys::TRUSTED_WORD, &p.trusted.word)}
            </section>
        }
    });
    (matters.is_some() || trusted.is_some()).then(|| view! { {matters} {trusted} }.into_any())
}

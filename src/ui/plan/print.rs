//! Print / save as PDF. On screen: the button and a short note on what to keep on paper.
//! On paper (`@media print` in style/plan.css): only `PrintSheet`, the person's own ticks
//! and notes under a neutral heading; the app's chrome and this view's controls hide.

use leptos::prelude::*;

use crate::core::plan::{Reason, SectionId};
use crate::i18n::t;
use crate::platform::page::print;
use crate::tr;
use crate::ui::plan::PlanHere;

#[component]
pub fn PrintActions() -> impl IntoView {
    view! {
        <section class="plan-print-actions card" aria-labelledby="plan-paper-title">
            <h2 id="plan-paper-title">{tr!(PLAN_PAPER_TITLE)}</h2>
            <p>{tr!(PLAN_PAPER_NOTE)}</p>
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
            if sum.is_empty() {
                return view! { <p>{t(crate::keys::PLAN_PRINT_EMPTY)}</p> }.into_any();
            }
            sum.into_iter()
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
                .collect_view()
                .into_any()
        })
    };
    view! {
        <div class="plan-print">
            <h2>{tr!(PLAN_PRINT_HEADING)}</h2>
            {body}
        </div>
    }
}

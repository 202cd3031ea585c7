//! The plan view: the guide in sections the person can open in any order, their ticks
//! and notes (in `Session.plan`, memory only), keeping it encrypted on this device if
//! they choose, and a print layout with only their own plan.
//!
//! - `sections`: the list of sections and one section's editor.
//! - `keep`: keep / open / save / delete on this device (the only path to storage).
//! - `print`: the print button, the paper note and the print-only sheet.

mod keep;
mod print;
mod sections;

use leptos::prelude::*;

use crate::core::plan::{order_sections, Reason, SectionId};
use crate::i18n::t_args;
use crate::keys;
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::{ViewTitle, P};

#[component]
pub fn PlanView() -> impl IntoView {
    let Some(session) = Session::provided() else {
        return ().into_any();
    };
    let plan = session.plan;
    // Ordered by the self-check's result when there is one this visit.
    let order = Memo::new(move |_| -> Vec<(SectionId, Option<Reason>)> {
        session
            .assessment
            .with(|a| order_sections(a.as_ref().map_or(&[][..], |a| &a.topics[..])))
    });
    let keep = keep::KeepControl::new(session);
    let open_first = keep.offers_open_at_start();

    let progress = move || {
        let p = plan.with(|p| p.progress());
        t_args(
            keys::PLAN_PROGRESS,
            &[("done", p.done.into()), ("total", p.total.into())],
        )
    };
    let percent = move || {
        let p = plan.with(|p| p.progress());
        format!("{}%", p.done * 100 / p.total.max(1))
    };

    view! {
        <div class="plan-view">
            <ViewTitle key=keys::PLAN_TITLE/>
            <div class="plan-screen">
                <P key=keys::PLAN_INTRO/>
                <p class="reassure">{tr!(PLAN_MEMORY_NOTE)}</p>
                {open_first.then(|| view! { <keep::KeepPanel keep/> })}
                <div class="plan-progress">
                    <p>{progress}</p>
                    <div class="plan-bar" aria-hidden="true"><span style:width=percent></span></div>
                </div>
                <sections::SectionList order session/>
                <print::PrintActions/>
                <sections::ClearAll plan/>
                {(!open_first).then(|| view! { <keep::KeepPanel keep/> })}
            </div>
            <print::PrintSheet order plan/>
        </div>
    }
    .into_any()
}

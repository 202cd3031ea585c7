//! The plan view: the guide in sections the person can open in any order, their ticks
//! and notes (in `Session.plan`, memory only), keeping it encrypted on this device if
//! they choose, and a print layout with only their own plan.
//!
//! - `sections`: the list of sections and one section's editor.
//! - keeping on this device: the shared panel, `ui::widgets::keep`.
//! - `print`: the print button, the paper note and the print-only sheet.
//! - `matters`, `trusted`: "what matters to me" and the trusted person, in a chunk of
//!   their own (`ui::lazy::PlanPart`), reading the plan through the context's `PlanHere`.

pub(crate) mod matters;
mod print;
mod sections;
pub(crate) mod trusted;

use leptos::prelude::*;

use crate::core::plan::{order_plan, Plan, Reason, SectionId};
use crate::i18n::t_args;
use crate::keys;
use crate::tr;
use crate::ui::lazy::{Part, PlanPart};
use crate::ui::state::Session;
use crate::ui::widgets::keep::{KeepControl, KeepPanel, PLAN_WORDS};
use crate::ui::widgets::{ViewTitle, P};

/// The session's plan as this view reads it. Readers subscribe to `changed`, a memo the
/// view owns, rather than to the session's signal, so their subscriptions end with the
/// view (the same reason as `state::scope_view`): a plan view has about a hundred.
#[derive(Clone, Copy)]
pub(crate) struct PlanHere {
    plan: RwSignal<Plan>,
    changed: Memo<u64>,
}

impl PlanHere {
    fn new(plan: RwSignal<Plan>) -> PlanHere {
        let changed = Memo::new(move |n: Option<&u64>| {
            plan.track();
            n.map_or(0, |n| n.wrapping_add(1))
        });
        PlanHere { plan, changed }
    }

    /// Reads the plan (reactive inside a closure).
    pub fn with<T>(self, f: impl FnOnce(&Plan) -> T) -> T {
        // `try_`: a reader may outlive the view by a tick; it then reads without following.
        let _ = self.changed.try_get();
        self.plan.with_untracked(f)
    }

    pub fn update(self, f: impl FnOnce(&mut Plan)) {
        self.plan.update(f);
    }
}

#[component]
pub fn PlanView() -> impl IntoView {
    let Some(session) = Session::provided() else {
        return ().into_any();
    };
    let plan = PlanHere::new(session.plan);
    provide_context(plan);
    // Ordered by the self-check's result when there is one this visit, and by what
    // matters to the person.
    let matters = Memo::new(move |_| plan.with(|p| p.matters.clone()));
    let order = Memo::new(move |_| -> Vec<(SectionId, Option<Reason>)> {
        session.assessment.with(|a| {
            let topics = a.as_ref().map_or(&[][..], |a| &a.topics[..]);
            matters.with(|m| order_plan(topics, m))
        })
    });
    let keep = KeepControl::new(session, PLAN_WORDS);
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
                {open_first.then(|| view! { <KeepPanel keep/> })}
                <PlanPart part=Part::Matters/>
                <div class="plan-progress">
                    <p>{progress}</p>
                    <div class="plan-bar" aria-hidden="true"><span style:width=percent></span></div>
                </div>
                <p class="hint plan-typing">{tr!(TYPING_PRIVATE_TAB)}</p>
                <sections::SectionList order plan session/>
                <PlanPart part=Part::Trusted/>
                <crate::ui::diary::DiaryLink/>
                <print::PrintActions/>
                <sections::ClearAll plan/>
                {(!open_first).then(|| view! { <KeepPanel keep/> })}
            </div>
            <print::PrintSheet order plan/>
        </div>
    }
    .into_any()
}

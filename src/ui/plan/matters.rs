//! "What matters to me", at the top of the plan: where the person is and the few things
//! that matter most, in their order. Every question can be skipped; the answers live in
//! the plan (memory only, kept only inside the encrypted plan), order the sections below
//! and preselect the help view's needs. No score, and nothing here says to leave.

use leptos::prelude::*;

use crate::core::plan::matters::{Matters, Priority, Stance};
use crate::core::route::View;
use crate::i18n::{t, t_args, tr};
use crate::keys;
use crate::tr;
use crate::ui::plan::PlanHere;
use crate::ui::state::Session;
use crate::ui::widgets::{Check, NavLink};

#[component]
pub fn MattersPanel() -> impl IntoView {
    let (Some(plan), Some(session)) = (use_context::<PlanHere>(), Session::provided()) else {
        return ().into_any();
    };
    let matters = Memo::new(move |_| plan.with(|p| p.matters.clone()));
    // Every change of answer preselects the help view's needs to match.
    let change = move |f: &dyn Fn(&mut Matters)| {
        plan.update(|p| f(&mut p.matters));
        session.needs.set(matters.with_untracked(Matters::needs));
    };
    let answered = move || matters.with(|m| !m.is_empty());
    // Open until answered: a kept plan opened later shows its answers folded.
    let open = plan.with(|p| p.matters.is_empty());

    view! {
        <section class="matters" aria-labelledby="matters-title">
            <details open=open>
                <summary><span id="matters-title" class="matters-title">{tr!(MATTERS_TITLE)}</span></summary>
                <div class="plan-s-body">
                <p>{tr!(MATTERS_INTRO)}</p>
                <fieldset class="matters-stance">
                    <legend>{tr!(MATTERS_STANCE_LEGEND)}</legend>
                    <ul class="plan-checks">
                    {Stance::ALL
                        .into_iter()
                        .map(|s| {
                            let id = format!("matters-s-{}", s.code());
                            view! {
                                <li>
                                    <input
                                        type="radio"
                                        name="matters-stance"
                                        id=id.clone()
                                        prop:checked=move || matters.with(|m| m.stance() == Some(s))
                                        on:change=move |_| change(&|m| m.set_stance(Some(s)))
                                    />
                                    <label for=id>{tr(s.key())}</label>
                                </li>
                            }
                        })
                        .collect_view()}
                    </ul>
                </fieldset>
                <fieldset class="matters-priorities">
                    <legend>{tr!(MATTERS_PRIORITIES_LEGEND)}</legend>
                    <p class="hint">{tr!(MATTERS_PRIORITIES_HINT)}</p>
                    <ul class="plan-checks">
                    {Priority::ALL
                        .into_iter()
                        .map(|p| view! { <PriorityChoice p matters change=Callback::new(move |f: Change| change(&|m| f.apply(m)))/> })
                        .collect_view()}
                    </ul>
                    <p class="hint matters-full" hidden=move || matters.with(|m| m.has_room())>
                        {tr!(MATTERS_FULL)}
                    </p>
                </fieldset>
                <p role="status" class="matters-status">
                    {move || answered().then(tr!(MATTERS_FOLLOWED))}
                </p>
                <Show when=answered>
                    <div class="matters-after">
                        <p class="plan-find">
                            <NavLink
                                to=View::Help
                                on_go=Callback::new(move |()| session.needs.set(matters.with_untracked(Matters::needs)))
                            >
                                {tr!(MATTERS_FIND_HELP)}
                            </NavLink>
                        </p>
                        <Check
                            id="matters-print"
                            key=keys::MATTERS_PRINT
                            checked=Signal::derive(move || plan.with(|p| p.print.matters))
                            on_change=Callback::new(move |on| plan.update(|p| p.print.matters = on))
                        />
                        <button
                            type="button"
                            class="link-button matters-clear"
                            on:click=move |_| change(&|m| m.clear())
                        >
                            {tr!(MATTERS_CLEAR)}
                        </button>
                    </div>
                </Show>
                </div>
            </details>
        </section>
    }
    .into_any()
}

/// One change to the priorities (a value, so it can travel through a `Callback`).
#[derive(Clone, Copy)]
enum Change {
    Toggle(Priority),
    Up(Priority),
}

impl Change {
    fn apply(self, m: &mut Matters) {
        match self {
            Change::Toggle(p) => m.toggle(p),
            Change::Up(p) => m.move_up(p),
        }
    }
}

/// A priority as a checkbox; once chosen, its place ("No. 2") and "Move up".
#[component]
fn PriorityChoice(p: Priority, matters: Memo<Matters>, change: Callback<Change>) -> impl IntoView {
    let id = format!("matters-p-{}", p.code());
    let rank = move || matters.with(|m| m.rank(p));
    let chosen = move || rank().is_some();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    // The button goes when the priority reaches the top: focus stays on its checkbox.
    let up = move || {
        change.run(Change::Up(p));
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    };
    let up_label = move || format!("{}: {}", t(crate::keys::MATTERS_MOVE_UP), t(p.key()));
    view! {
        <li class="matters-priority" class:chosen=chosen>
            <input
                type="checkbox"
                id=id.clone()
                node_ref=input
                prop:checked=chosen
                disabled=move || matters.with(|m| !m.is_chosen(p) && !m.has_room())
                on:change=move |_| change.run(Change::Toggle(p))
            />
            <label for=id>{tr(p.key())}</label>
            {move || {
                rank()
                    .map(|n| {
                        view! {
                            <strong class="matters-rank">{t_args(crate::keys::MATTERS_RANK, &[("n", n.into())])}</strong>
                            {(n > 1)
                                .then(|| {
                                    view! {
                                        <button type="button" class="secondary matters-up" aria-label=up_label on:click=move |_| up()>
                                            {tr!(MATTERS_MOVE_UP)}
                                        </button>
                                    }
                                })}
                        }
                    })
            }}
        </li>
    }
}

//! The sections as a list of disclosures (`<details>`): any one opens in any order, each
//! shows its progress while closed. Inside: guidance, the checklist as real labelled
//! checkboxes, and labelled free-text fields.

use leptos::prelude::*;

use crate::core::plan::{FieldId, ItemId, Reason, SectionId};
use crate::core::route::View;
use crate::i18n::{t, t_args, tr};
use crate::keys;
use crate::tr;
use crate::ui::plan::PlanHere;
use crate::ui::state::Session;
use crate::ui::widgets::{follow, Confirm, NavLink, ReadMore, TextArea};

#[component]
pub fn SectionList(
    order: Memo<Vec<(SectionId, Option<Reason>)>>,
    plan: PlanHere,
    session: Session,
) -> impl IntoView {
    view! {
        <ul class="plan-sections">
            // Rebuilt only when the order changes (a self-check finished in this visit).
            {move || {
                order
                    .get()
                    .into_iter()
                    .map(|(section, reason)| view! { <SectionEditor section reason plan session/> })
                    .collect_view()
            }}
        </ul>
    }
}

#[component]
fn SectionEditor(
    section: SectionId,
    reason: Option<Reason>,
    plan: PlanHere,
    session: Session,
) -> impl IntoView {
    let code = section.code();
    let body_id = format!("plan-s-{code}");
    let state = move || {
        let p = plan.with(|p| p.section_progress(section));
        if p.done == 0 {
            t(keys::PLAN_SECTION_UNTOUCHED)
        } else {
            t_args(
                keys::PLAN_SECTION_PROGRESS,
                &[("done", p.done.into()), ("total", p.total.into())],
            )
        }
    };
    let started = move || plan.with(|p| p.is_touched(section));
    view! {
        <li class="plan-section" id=body_id>
            {reason.map(|r| view! { <p class="plan-why">{tr(r.key())}</p> })}
            <details>
                <summary>
                    <span class="plan-s-title">{tr(section.title())}</span>
                    <span class="plan-s-state" class:started=started>{state}</span>
                </summary>
                <div class="plan-s-body">
                    {section
                        .guidance()
                        .iter()
                        .map(|k| view! { <ReadMore key=k/> })
                        .collect_view()}
                    {(section == SectionId::Phone).then(|| view! {
                        <p class="plan-find"><NavLink to=View::Phone>{tr!(PHONE_LINK_PLAN)}</NavLink></p>
                    })}
                    <ul class="plan-checks">
                        {section.items().map(|i| view! { <Check item=i plan/> }).collect_view()}
                    </ul>
                    {section.fields().map(|f| view! { <Note field=f plan/> }).collect_view()}
                    <FindHelp section session/>
                </div>
            </details>
        </li>
    }
}

fn item_id(item: ItemId) -> String {
    format!("plan-i-{}-{}", item.section().code(), item.code())
}

fn field_id(field: FieldId) -> String {
    format!("plan-f-{}-{}", field.section().code(), field.code())
}

#[component]
fn Check(item: ItemId, plan: PlanHere) -> impl IntoView {
    let id = item_id(item);
    let checked = Memo::new(move |_| plan.with(|p| p.is_checked(item)));
    view! {
        <li>
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    plan.update(|p| p.set_checked(item, on));
                }
            />
            <label for=id>{tr(item.key())}</label>
        </li>
    }
}

#[component]
fn Note(field: FieldId, plan: PlanHere) -> impl IntoView {
    let id = field_id(field);
    let hint_id = format!("{id}-hint");
    let text = Memo::new(move |_| plan.with(|p| p.field(field).to_string()));
    let node: NodeRef<leptos::html::Textarea> = NodeRef::new();
    follow(node, text);
    view! {
        <div class="plan-note">
            <label for=id.clone()>{tr(field.label())}</label>
            {field
                .hint()
                .map(|h| view! { <p class="hint" id=hint_id.clone()>{tr(h)}</p> })}
            <TextArea
                {..}
                node_ref=node
                id=id
                rows="3"
                attr:aria-describedby=field.hint().map(|_| hint_id.clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    plan.update(|p| p.set_field(field, v));
                }
            />
        </div>
    }
}

/// "Find people who can help with this": opens the contacts view with the section's
/// needs preselected. Absent where no kind of contact fits better than any other.
#[component]
fn FindHelp(section: SectionId, session: Session) -> impl IntoView {
    let needs = section.needs();
    (!needs.is_empty()).then(|| {
        let preselect = Callback::new(move |()| session.needs.set(needs.to_vec()));
        view! {
            <p class="plan-find">
                <NavLink to=View::Help on_go=preselect>{tr!(PLAN_FIND_HELP)}</NavLink>
            </p>
        }
    })
}

/// "Clear everything I wrote", with a second step to confirm.
#[component]
pub fn ClearAll(plan: PlanHere) -> impl IntoView {
    let written = move || plan.with(|p| !p.is_empty());
    view! {
        <Show when=written>
            <Confirm id="plan-clear-q" class="plan-clear" ask=keys::PLAN_CLEAR_BUTTON
                question=keys::PLAN_CLEAR_CONFIRM yes=keys::PLAN_CLEAR_YES no=keys::PLAN_CLEAR_NO
                on_yes=Callback::new(move |()| plan.update(|p| p.clear()))/>
        </Show>
    }
}

//! The entries, oldest first, each with "edit" and "delete" (asked twice).

use leptos::prelude::*;

use crate::core::calendar::Day;
use crate::core::diary::{Children, EntryId};
use crate::i18n::{t, t_args, tr};
use crate::keys;
use crate::ui::diary::entry::Editing;
use crate::ui::diary::Said;
use crate::ui::state::Session;

#[component]
pub fn EntryList(
    session: Session,
    editing: RwSignal<Option<Editing>>,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let rows = move || {
        session.diary.with(|d| {
            d.by_date()
                .into_iter()
                .map(|(id, e)| {
                    let when = e.day.map_or_else(|| t(keys::DIARY_UNDATED), Day::dmy);
                    let facts = e
                        .written()
                        .map(|(f, text)| {
                            view! {
                                <p class="diary-fact"><span class="plan-print-label">{t(f.label())}</span>" "{text.to_string()}</p>
                            }
                        })
                        .collect_view();
                    let children = (e.children == Children::Yes)
                        .then(|| view! { <p class="diary-fact">{t(keys::DIARY_CHILDREN_PRESENT)}</p> });
                    view! { <Row id when facts=facts.into_any() children=children.map(IntoAny::into_any) editing said session/> }
                })
                .collect_view()
        })
    };
    let count = move || {
        session
            .diary
            .with(|d| t_args(keys::DIARY_COUNT, &[("n", d.len().into())]))
    };
    view! {
        <section class="diary-list" aria-labelledby="diary-list-title">
            <h2 id="diary-list-title">
                {move || if session.diary.with(|d| d.is_empty()) { t(keys::DIARY_EMPTY) } else { count() }}
            </h2>
            <ol class="diary-entries">{rows}</ol>
        </section>
    }
}

#[component]
fn Row(
    id: EntryId,
    when: String,
    facts: AnyView,
    children: Option<AnyView>,
    editing: RwSignal<Option<Editing>>,
    said: RwSignal<Option<Said>>,
    session: Session,
) -> impl IntoView {
    let heading = format!("diary-entry-{}", id.0);
    let question = format!("diary-delete-q-{}", id.0);
    // Delete asks once more, as every delete in the app does.
    let asking = RwSignal::new(false);
    let delete = move || {
        session.diary.update(|d| {
            d.delete(id);
        });
        if editing.get_untracked() == Some(Editing::Existing(id)) {
            editing.set(None);
        }
        said.set(Some(Said::done(keys::DIARY_DELETED)));
    };
    view! {
        <li class="card diary-entry">
            <h3 id=heading>{when}</h3>
            {facts}
            {children}
            <p class="diary-entry-actions">
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        said.set(None);
                        editing.set(Some(Editing::Existing(id)));
                        request_animation_frame(|| crate::platform::page::reveal_and_focus("diary-form-title", "diary-form-title"));
                    }
                >
                    {tr(keys::DIARY_EDIT)}
                </button>
            </p>
            <Show
                when=move || asking.try_get().unwrap_or(false)
                fallback=move || view! {
                    <button type="button" class="secondary" on:click=move |_| asking.set(true)>
                        {tr(keys::DIARY_DELETE)}
                    </button>
                }
            >
                <div class="plan-confirm" role="group" aria-labelledby=question.clone()>
                    <p id=question.clone()>{tr(keys::DIARY_DELETE_CONFIRM)}</p>
                    <button type="button" class="secondary" on:click=move |_| delete()>
                        {tr(keys::DIARY_DELETE_YES)}
                    </button>
                    <button type="button" class="primary" on:click=move |_| asking.set(false)>
                        {tr(keys::DIARY_DELETE_NO)}
                    </button>
                </div>
            </Show>
        </li>
    }
}

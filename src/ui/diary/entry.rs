//! Writing one entry: the date, the gentle prompts, children present. The draft lives in
//! this component until "save" puts it in the diary (memory only, `Session.diary`).

use leptos::prelude::*;

use crate::core::calendar::Day;
use crate::core::diary::{Children, Entry, EntryId, Field};
use crate::i18n::tr;
use crate::keys;
use crate::ui::diary::Said;
use crate::ui::state::Session;
use crate::ui::widgets::TextArea;

/// What is being written: a new entry, or one already in the diary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    New,
    Existing(EntryId),
}

/// Longest text one field takes (far beyond a real entry; keeps each keystroke cheap).
const MAX_FIELD_CHARS: usize = 20_000;

fn bounded(s: String) -> String {
    if s.chars().count() <= MAX_FIELD_CHARS {
        s
    } else {
        s.chars().take(MAX_FIELD_CHARS).collect()
    }
}

/// The "write another" button, or the form while writing.
#[component]
pub fn EntryEditor(
    session: Session,
    editing: RwSignal<Option<Editing>>,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let start = move |_| {
        said.set(None);
        editing.set(Some(Editing::New));
        request_animation_frame(|| {
            crate::platform::page::reveal_and_focus("diary-form-title", "diary-form-title")
        });
    };
    view! {
        {move || match editing.try_get().flatten() {
            None => view! {
                <p><button type="button" class="primary" on:click=start>{tr(keys::DIARY_ADD)}</button></p>
            }
            .into_any(),
            Some(what) => view! { <EntryForm session editing what said/> }.into_any(),
        }}
    }
}

#[component]
fn EntryForm(
    session: Session,
    editing: RwSignal<Option<Editing>>,
    what: Editing,
    said: RwSignal<Option<Said>>,
) -> impl IntoView {
    let start = match what {
        Editing::New => Entry::default(),
        Editing::Existing(id) => session
            .diary
            .with_untracked(|d| d.get(id).cloned())
            .unwrap_or_default(),
    };
    let draft = RwSignal::new(start);
    let title = match what {
        Editing::New => keys::DIARY_FORM_NEW,
        Editing::Existing(_) => keys::DIARY_FORM_EDIT,
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entry = draft.get_untracked();
        let mut result = Ok(());
        session.diary.update(|d| {
            result = match what {
                Editing::New => d.add(entry).map(|_| ()),
                Editing::Existing(id) => d.update(id, entry),
            };
        });
        match result {
            Ok(()) => {
                said.set(Some(Said::done(keys::DIARY_SAVED_ENTRY)));
                editing.set(None);
            }
            Err(e) => said.set(Some(Said::from_error(e))),
        }
    };
    let fields = Field::ALL
        .into_iter()
        .map(|f| {
            let id = format!("diary-f-{}", f.code());
            let hint = format!("{id}-hint");
            let rows = if f == Field::What { "5" } else { "2" };
            view! {
                <div class="plan-field">
                    <label for=id.clone()>{tr(f.label())}</label>
                    <p class="hint" id=hint.clone()>{tr(f.hint())}</p>
                    <TextArea
                        {..}
                        id=id
                        rows=rows
                        attr:aria-describedby=hint
                        prop:value=move || draft.try_with(|e| e.text(f).to_string()).unwrap_or_default()
                        on:input=move |ev| {
                            let v = bounded(event_target_value(&ev));
                            draft.update(|e| e.set_text(f, v));
                        }
                    />
                </div>
            }
        })
        .collect_view();
    let children = Children::ALL
        .into_iter()
        .map(|c| {
            view! {
                <label class="diary-choice">
                    <input
                        type="radio"
                        name="diary-children"
                        prop:checked=move || draft.try_with(|e| e.children == c).unwrap_or(false)
                        on:change=move |_| draft.update(|e| e.children = c)
                    />
                    {tr(c.key())}
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="card diary-form" autocomplete="off" on:submit=submit aria-labelledby="diary-form-title">
            <h2 id="diary-form-title" tabindex="-1">{tr(title)}</h2>
            <p class="hint diary-typing">{tr(keys::TYPING_PRIVATE_TAB)}</p>
            <div class="plan-field">
                <label for="diary-f-day">{tr(keys::DIARY_FIELD_DAY)}</label>
                <p class="hint" id="diary-f-day-hint">{tr(keys::DIARY_HINT_DAY)}</p>
                <input
                    id="diary-f-day"
                    type="date"
                    aria-describedby="diary-f-day-hint"
                    prop:value=move || draft.try_with(|e| e.day.map(Day::iso).unwrap_or_default()).unwrap_or_default()
                    on:input=move |ev| {
                        let day = Day::parse(&event_target_value(&ev));
                        draft.update(|e| e.day = day);
                    }
                />
            </div>
            {fields}
            <fieldset class="diary-children">
                <legend>{tr(keys::DIARY_FIELD_CHILDREN)}</legend>
                {children}
            </fieldset>
            <p class="diary-form-actions">
                <button type="submit" class="primary">{tr(keys::DIARY_FORM_SAVE)}</button>
                " "
                <button type="button" class="secondary" on:click=move |_| editing.set(None)>
                    {tr(keys::DIARY_FORM_CANCEL)}
                </button>
            </p>
        </form>
    }
}

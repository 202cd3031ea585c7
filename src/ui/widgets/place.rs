//! The commune picker: a labelled search box that suggests commune-level units as they
//! type (name, old district or former commune; marks and case ignored), shown as a list
//! of buttons under it (arrow keys move between them, Enter takes the first, Escape goes
//! back to typing). A polite live region says how many were found. Once chosen, the unit
//! is shown with a button to change it. Used by "get help" (bound to `Session.area`) and
//! the share view (the link's commune); what is typed stays in this component's memory
//! and goes nowhere.

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use crate::core::directory::{self, bounded_query, fold, search_units, Unit, MAX_QUERY_CHARS};
use crate::i18n::{t, t_args, tr};
use crate::keys;
use crate::ui::widgets::TextInput;

/// The words of one use of the picker (message ids). `chosen` takes `$area`.
#[derive(Clone, Copy)]
pub struct PlaceWords {
    pub label: &'static str,
    pub hint: &'static str,
    pub none: &'static str,
    pub chosen: &'static str,
    pub change: &'static str,
}

/// "trước đây thuộc Huyện Chợ Mới, An Giang".
fn formerly(u: &Unit) -> String {
    let district = format!("{}, {}", u.former_district, u.former_province);
    t_args(keys::HELP_SEARCH_FORMERLY, &[("district", district.into())])
}

#[component]
pub fn PlacePicker(
    area: RwSignal<Option<u32>>,
    /// The search box's id; its hint and the chosen line take `-hint` and `-chosen`.
    id: &'static str,
    words: PlaceWords,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let chosen_id = format!("{id}-chosen");
    let query = RwSignal::new(String::new());
    let input_ref = NodeRef::<html::Input>::new();
    let change_ref = NodeRef::<html::Button>::new();
    let first_ref = NodeRef::<html::Button>::new();
    let chosen = move || area.get().and_then(directory::unit);
    let suggestions = Memo::new(move |_| query.with(|q| search_units(q)));

    let choose = move |code: u32| {
        area.set(Some(code));
        query.set(String::new());
        // The list has gone: put focus on the chosen place's "change" button, which
        // screen readers announce with the place it describes.
        request_animation_frame(move || {
            if let Some(b) = change_ref.try_get_untracked().flatten() {
                let _ = b.focus();
            }
        });
    };
    let change = move |_| {
        area.set(None);
        request_animation_frame(move || {
            if let Some(i) = input_ref.try_get_untracked().flatten() {
                let _ = i.focus();
            }
        });
    };

    let status = move || {
        if chosen().is_some() || query.with(|q| fold(q).is_empty()) {
            return String::new();
        }
        match suggestions.with(Vec::len) {
            0 => t(words.none),
            n => t_args(keys::HELP_SEARCH_COUNT, &[("n", n.into())]),
        }
    };

    let picker = move || match chosen() {
        Some(u) => view! {
            <div class="help-chosen">
                <p id=chosen_id.clone() class="help-chosen-text">
                    {move || t_args(words.chosen, &[("area", u.label().into())])}
                </p>
                <p class="hint">{move || formerly(u)}</p>
                <button
                    type="button"
                    class="secondary"
                    node_ref=change_ref
                    aria-describedby=chosen_id.clone()
                    on:click=change
                >
                    {tr(words.change)}
                </button>
            </div>
        }
        .into_any(),
        None => view! {
            <label for=id class="help-place-label">{tr(words.label)}</label>
            <p id=hint_id.clone() class="hint">{tr(words.hint)}</p>
            <TextInput
                kind="search"
                {..}
                node_ref=input_ref
                id=id
                class="help-place-input"
                autocapitalize="off"
                enterkeyhint="search"
                attr:aria-describedby=hint_id.clone()
                maxlength=MAX_QUERY_CHARS.to_string()
                prop:value=move || query.get()
                // Bounded here too: a script or an odd keyboard can put in more than
                // `maxlength` allows, and each keystroke must stay cheap (quick exit waits).
                on:input=move |ev| query.set(bounded_query(&event_target_value(&ev)).to_string())
                on:keydown=move |ev: KeyboardEvent| match ev.key().as_str() {
                    "Enter" => {
                        ev.prevent_default();
                        if let Some(u) = suggestions.with_untracked(|s| s.first().copied()) {
                            choose(u.code);
                        }
                    }
                    "ArrowDown" => {
                        if let Some(b) = first_ref.get_untracked() {
                            ev.prevent_default();
                            let _ = b.focus();
                        }
                    }
                    "Escape" => query.set(String::new()),
                    _ => {}
                }
            />
            <p role="status" class="help-search-status">{status}</p>
            {move || suggestion_list(suggestions.get(), input_ref, first_ref, choose)}
        }
        .into_any(),
    };

    view! { <div class="help-place">{picker}</div> }
}

/// The suggestions as buttons; arrow keys move between them, Escape goes back to typing.
fn suggestion_list(
    units: Vec<&'static Unit>,
    input_ref: NodeRef<html::Input>,
    first_ref: NodeRef<html::Button>,
    choose: impl Fn(u32) + Copy + 'static,
) -> impl IntoView {
    if units.is_empty() {
        return ().into_any();
    }
    let refs: Vec<NodeRef<html::Button>> = (0..units.len())
        .map(|i| if i == 0 { first_ref } else { NodeRef::new() })
        .collect();
    let last = units.len() - 1;
    let focus_at = {
        let refs = refs.clone();
        move |i: usize| {
            if let Some(b) = refs.get(i).and_then(|r| r.get_untracked()) {
                let _ = b.focus();
            }
        }
    };
    view! {
        <ul class="help-suggestions" aria-label=tr(keys::HELP_SEARCH_SUGGESTIONS)>
            {units
                .into_iter()
                .zip(refs)
                .enumerate()
                .map(|(i, (u, node))| {
                    let focus_at = focus_at.clone();
                    view! {
                        <li>
                            <button
                                type="button"
                                class="help-suggestion"
                                data-code=u.code.to_string()
                                node_ref=node
                                on:click=move |_| choose(u.code)
                                on:keydown=move |ev: KeyboardEvent| match ev.key().as_str() {
                                    "ArrowDown" => {
                                        ev.prevent_default();
                                        focus_at(if i == last { 0 } else { i + 1 });
                                    }
                                    "ArrowUp" => {
                                        ev.prevent_default();
                                        if i == 0 {
                                            if let Some(inp) = input_ref.get_untracked() {
                                                let _ = inp.focus();
                                            }
                                        } else {
                                            focus_at(i - 1);
                                        }
                                    }
                                    "Escape" => {
                                        if let Some(inp) = input_ref.get_untracked() {
                                            let _ = inp.focus();
                                        }
                                    }
                                    _ => {}
                                }
                            >
                                <span class="help-suggestion-name" lang="vi">{u.label()}</span>
                                <span class="help-suggestion-formerly">{move || formerly(u)}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

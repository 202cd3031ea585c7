//! Copy and say so: one shape for every copy in the app (the share view's link and
//! snippet, a help card's numbers, the trusted person's messages). The outcome is kept as
//! a state, never as rendered words, so the line follows a language switch; it says
//! nothing once the text it was about has changed (a new link is not "copied").

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{lang, message};
use crate::platform::{clipboard, download};
use crate::ui::widgets::{copied_line, Stays};

/// What the last copy did: the text it was about, and a name for it in the "could not
/// copy" line (a phone number; empty where the line names none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copied {
    pub ok: bool,
    pub text: String,
    pub name: String,
}

/// Where a copy's outcome is kept until it is shown.
pub type CopyState = RwSignal<Option<Copied>>;

/// Copies `text` and records the outcome in `state`. On failure the field `select` (if
/// any) is selected, so the person can copy it by hand. The view may be gone when the
/// browser answers: then there is nobody to tell.
pub fn copy(state: CopyState, text: String, name: String, select: Option<&'static str>) {
    spawn_local(copy_now(state, text, name, select));
}

/// [`copy`], for a task that is already running (after a share sheet said no).
pub async fn copy_now(state: CopyState, text: String, name: String, select: Option<&'static str>) {
    let ok = clipboard::write_text(&text).await;
    if let (false, Some(id)) = (ok, select) {
        download::select_field(id);
    }
    let _ = state.try_set(Some(Copied { ok, text, name }));
}

/// The line that says what the last copy did (read out by screen readers). `done` and
/// `failed` are message ids; `failed` may use `$number` (the copy's name). With
/// `current`, the line is empty once the text differs from what was copied.
#[component]
pub fn CopyStatus(
    state: CopyState,
    class: &'static str,
    done: &'static str,
    failed: &'static str,
    #[prop(optional, into)] current: Option<Signal<String>>,
) -> impl IntoView {
    let line = move || {
        state.with(|c| match c {
            None => String::new(),
            Some(c) if current.is_some_and(|t| t.with(|t| *t != c.text)) => String::new(),
            Some(c) if c.ok => copied_line(lang(), done),
            Some(c) => message(lang(), failed, Some(&[("number", c.name.clone().into())])),
        })
    };
    view! { <p class=class role="status">{line}</p> }
}

/// A button that copies what `text` gives, falling back to selecting the field `id`,
/// with where a copy stays said before it and its status after it (the share view's).
#[component]
pub fn CopyButton(label: &'static str, id: &'static str, text: Signal<String>) -> impl IntoView {
    let (done, failed) = (crate::keys::SHARE_COPIED, crate::keys::SHARE_COPY_FAILED);
    let state: CopyState = RwSignal::new(None);
    view! {
        <div class="share-copy">
            <Stays key=crate::keys::STAYS_COPY/>
            <button
                type="button"
                class="secondary"
                on:click=move |_| copy(state, text.get_untracked(), String::new(), Some(id))
            >
                {crate::i18n::tr(label)}
            </button>
            <CopyStatus state class="share-status" done failed current=text/>
        </div>
    }
}

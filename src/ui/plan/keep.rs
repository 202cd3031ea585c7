//! Keeping the plan on this device, only if the person chooses: a passphrase, the plan
//! encrypted in the browser, one value in storage. Later visits offer to open it; a wrong
//! passphrase loses nothing; a damaged value can be deleted; storage that is missing is
//! said plainly and the plan keeps working in memory.
//!
//! The work itself is `platform::keeper`'s; this is the panel and its messages. While the
//! page is open, a kept or opened plan's key (non-extractable) stays in
//! `Session.unlocked` so "Save my changes" needs no passphrase again; quick exit drops
//! it, and it is gone when the page closes. Passphrases are read from their fields when
//! the form is sent and never held in the app's state.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{t, tr};
use crate::keys;
use crate::platform::keeper::{self, KeepError, Kept, Unlocked};
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::Confirm;

/// Shorter than this (in characters) gets a gentle warning, never a refusal.
const SHORT_PASSPHRASE: usize = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Storage is missing here: say so, keep working in memory.
    Unavailable,
    /// Nothing kept: offer to keep.
    NotKept,
    /// Something is kept and not yet opened: offer to open (or delete).
    Locked,
    /// Kept or opened in this page: offer to save changes (or delete).
    Open,
}

/// A message to show, and whether it is a problem (announced assertively).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Note {
    key: &'static str,
    problem: bool,
}

impl Note {
    fn done(key: &'static str) -> Note {
        Note {
            key,
            problem: false,
        }
    }

    fn problem(key: &'static str) -> Note {
        Note { key, problem: true }
    }
}

/// The panel's state: its stage and messages. The secrets are in `Session`.
#[derive(Clone, Copy)]
pub struct KeepControl {
    session: Session,
    stage: RwSignal<Stage>,
    /// What is running (its "please wait" message), while the key is derived.
    busy: RwSignal<Option<&'static str>>,
    note: RwSignal<Option<Note>>,
    /// The stored value can never open: offer to delete it.
    offer_delete: RwSignal<bool>,
}

fn stage_now(session: Session) -> (Stage, Option<KeepError>) {
    if session.unlocked.with_untracked(Option::is_some) {
        return (Stage::Open, None);
    }
    match keeper::kept() {
        Kept::Unavailable => (Stage::Unavailable, None),
        Kept::Nothing => (Stage::NotKept, None),
        Kept::Something(r) => (Stage::Locked, r.err().map(KeepError::Vault)),
    }
}

impl KeepControl {
    pub fn new(session: Session) -> KeepControl {
        let (stage, unreadable) = stage_now(session);
        let c = KeepControl {
            session,
            stage: RwSignal::new(stage),
            busy: RwSignal::new(None),
            note: RwSignal::new(None),
            offer_delete: RwSignal::new(false),
        };
        // A value that can never open is said at once, before any passphrase is typed.
        if let Some(e) = unreadable {
            c.fail(e);
        }
        c
    }

    /// A kept plan waits to be opened: show the panel first, before the sections.
    pub fn offers_open_at_start(&self) -> bool {
        self.stage.get_untracked() == Stage::Locked
    }

    fn start(&self, working: &'static str) -> bool {
        if self.busy.get_untracked().is_some() {
            return false;
        }
        self.busy.set(Some(working));
        self.note.set(None);
        true
    }

    /// The one place an error becomes words.
    fn fail(self, e: KeepError) {
        self.offer_delete.set(e.offers_delete());
        self.note.set(Some(Note::problem(e.key())));
    }

    /// Encrypts the plan under a new passphrase and stores it.
    fn keep(self, passphrase: String) {
        if !self.start(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let plan = self.session.plan.get_untracked();
        let diary = self.session.diary.get_untracked();
        spawn_local(async move {
            let result = keeper::keep(plan, diary, &passphrase).await;
            drop(passphrase);
            self.finish(result, keys::PLAN_KEPT);
        });
    }

    /// Re-encrypts the current plan with the key already in memory (a new nonce).
    fn save(self) {
        let Some(current) = self.session.unlocked.get_untracked() else {
            // The key went (quick exit, or deleted): nothing to save with.
            self.stage.set(stage_now(self.session).0);
            return;
        };
        if !self.start(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let plan = self.session.plan.get_untracked();
        let diary = self.session.diary.get_untracked();
        spawn_local(async move {
            let result = keeper::save(current, plan, diary).await;
            self.finish(result, keys::PLAN_SAVED);
        });
    }

    /// Opens the kept plan with `passphrase`; on any failure the stored value is untouched.
    fn open(self, passphrase: String) {
        if !self.start(keys::PLAN_OPEN_WORKING) {
            return;
        }
        spawn_local(async move {
            let result = keeper::open(&passphrase).await;
            drop(passphrase);
            match result {
                Ok(Some(u)) => {
                    self.session.plan.set(u.saved().clone());
                    self.session.diary.set(u.saved_diary().clone());
                    self.finish(Ok(u), keys::PLAN_OPENED);
                }
                // Deleted meanwhile (another tab): nothing to open.
                Ok(None) => {
                    self.busy.set(None);
                    self.stage.set(stage_now(self.session).0);
                }
                Err(e) => self.finish(Err(e), ""),
            }
        });
    }

    fn finish(self, result: Result<Unlocked, KeepError>, done: &'static str) {
        // The panel may be gone by now (another view, or quick exit): `try_` quietly.
        match result {
            Ok(u) => {
                self.session.unlocked.try_set(Some(u));
                self.stage.try_set(Stage::Open);
                self.offer_delete.try_set(false);
                self.note.try_set(Some(Note::done(done)));
            }
            Err(e) => {
                self.offer_delete.try_set(e.offers_delete());
                self.note.try_set(Some(Note::problem(e.key())));
            }
        }
        self.busy.try_set(None);
    }

    /// Removes the kept plan and its key; what is on the page stays.
    fn delete(self) {
        self.session.unlocked.set(None);
        let gone = keeper::delete();
        self.offer_delete.set(false);
        self.stage.set(stage_now(self.session).0);
        self.note.set(Some(if gone {
            Note::done(keys::PLAN_DELETED)
        } else {
            Note::problem(keys::PLAN_STORAGE_REFUSED)
        }));
    }
}

/// Reads a passphrase field and empties it, so the passphrase stays nowhere.
fn take(field: NodeRef<html::Input>) -> String {
    field
        .get_untracked()
        .map(|i| {
            let v = i.value();
            i.set_value("");
            v
        })
        .unwrap_or_default()
}

#[component]
pub fn KeepPanel(keep: KeepControl) -> impl IntoView {
    let stage = keep.stage;
    let body = move || match stage.get() {
        Stage::Unavailable => view! {
            <p class="plan-msg">{tr!(PLAN_STORAGE_UNAVAILABLE)}</p>
        }
        .into_any(),
        Stage::NotKept => view! { <KeepForm keep/> }.into_any(),
        Stage::Locked => view! { <OpenForm keep/> }.into_any(),
        Stage::Open => view! { <OpenNow keep/> }.into_any(),
    };
    view! {
        <section class="plan-keep card" aria-labelledby="plan-keep-title" aria-busy=move || keep.busy.get().is_some().then_some("true")>
            <h2 id="plan-keep-title">{tr!(PLAN_KEEP_TITLE)}</h2>
            {body}
            <Status keep/>
        </section>
    }
}

/// The "please wait" line and the last message: announced by screen readers.
#[component]
fn Status(keep: KeepControl) -> impl IntoView {
    let busy = move || keep.busy.get().map(t);
    let note = move || keep.note.get().filter(|n| !n.key.is_empty());
    view! {
        <p class="plan-busy" role="status">
            {move || busy().map(|s| view! { <span class="plan-spinner" aria-hidden="true"></span><span>{s}</span> })}
        </p>
        <div role="alert" class="plan-alert">
            {move || note().map(|n| view! {
                <p class="plan-msg" class:problem=n.problem>{tr(n.key)}</p>
            })}
        </div>
        <Show when=move || keep.offer_delete.get() && keep.busy.get().is_none()>
            <p>{tr!(PLAN_BLOB_DELETE_OFFER)}</p>
        </Show>
    }
}

#[component]
fn KeepForm(keep: KeepControl) -> impl IntoView {
    let pass = NodeRef::<html::Input>::new();
    let again = NodeRef::<html::Input>::new();
    // Only whether the passphrase is short is held, never the passphrase.
    let short = RwSignal::new(false);
    let on_input = move |_| {
        short.set(pass.get_untracked().is_some_and(|i| {
            let n = i.value().chars().count();
            n > 0 && n < SHORT_PASSPHRASE
        }));
    };
    let busy = move || keep.busy.get().is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (take(pass), take(again));
        short.set(false);
        if p.is_empty() {
            keep.note
                .set(Some(Note::problem(keys::PLAN_PASSPHRASE_EMPTY)));
        } else if p != a {
            keep.note
                .set(Some(Note::problem(keys::PLAN_PASSPHRASE_MISMATCH)));
        } else {
            keep.keep(p);
        }
    };
    view! {
        <p>{tr!(PLAN_KEEP_EXPLAIN)}</p>
        <p>{tr!(PLAN_KEEP_TRADEOFF)}</p>
        <p>{tr!(PLAN_KEEP_FORGET)}</p>
        // autocomplete="off": a password manager offering to save the passphrase would
        // itself leave a trace of this site on the device.
        <form class="plan-pass" autocomplete="off" on:submit=submit>
            <label for="plan-pass-new">{tr!(PLAN_PASSPHRASE_LABEL)}</label>
            <p class="hint" id="plan-pass-hint">{tr!(PLAN_PASSPHRASE_HINT)}</p>
            <input
                id="plan-pass-new"
                type="password"
                autocomplete="off"
                aria-describedby="plan-pass-hint plan-pass-short"
                node_ref=pass
                on:input=on_input
            />
            <p class="hint plan-short" id="plan-pass-short" aria-live="polite">
                {move || short.get().then(|| t(keys::PLAN_PASSPHRASE_SHORT))}
            </p>
            <label for="plan-pass-again">{tr!(PLAN_PASSPHRASE_REPEAT)}</label>
            <input id="plan-pass-again" type="password" autocomplete="off" node_ref=again/>
            <button type="submit" class="primary" disabled=busy>{tr!(PLAN_KEEP_BUTTON)}</button>
        </form>
    }
}

#[component]
fn OpenForm(keep: KeepControl) -> impl IntoView {
    let pass = NodeRef::<html::Input>::new();
    let busy = move || keep.busy.get().is_some();
    let plan = keep.session.plan;
    let replaces = move || plan.with(|p| !p.is_empty());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        keep.open(take(pass));
    };
    view! {
        <p>{tr!(PLAN_OPEN_OFFER)}</p>
        <Show when=replaces>
            <p class="hint">{tr!(PLAN_OPEN_REPLACES)}</p>
        </Show>
        <Show when=move || !keep.offer_delete.get()>
            // autocomplete="off": a password manager offering to save the passphrase
            // would itself leave a trace of this site on the device.
            <form class="plan-pass" autocomplete="off" on:submit=submit>
                <label for="plan-pass-open">{tr!(PLAN_PASSPHRASE_LABEL)}</label>
                <input id="plan-pass-open" type="password" autocomplete="off" node_ref=pass/>
                <button type="submit" class="primary" disabled=busy>{tr!(PLAN_OPEN_BUTTON)}</button>
            </form>
        </Show>
        <DeleteKept keep/>
    }
}

#[component]
fn OpenNow(keep: KeepControl) -> impl IntoView {
    let busy = move || keep.busy.get().is_some();
    let session = keep.session;
    let unsaved = move || session.unsaved();
    view! {
        <p>{tr!(PLAN_KEEP_TRADEOFF)}</p>
        <Show when=unsaved>
            <p class="plan-msg">{tr!(PLAN_UNSAVED)}</p>
        </Show>
        <button type="button" class="primary" disabled=busy on:click=move |_| keep.save()>
            {tr!(PLAN_SAVE_BUTTON)}
        </button>
        <DeleteKept keep/>
    }
}

/// "Delete from this device", with a second step to confirm.
#[component]
fn DeleteKept(keep: KeepControl) -> impl IntoView {
    view! {
        <Confirm
            id="plan-delete-q"
            class="plan-delete"
            ask=keys::PLAN_DELETE_BUTTON
            question=keys::PLAN_DELETE_CONFIRM
            yes=keys::PLAN_DELETE_YES
            no=keys::PLAN_DELETE_NO
            on_yes=Callback::new(move |()| keep.delete())
        />
    }
}

//! Keeping the plan and the diary on this device, only if the person chooses: one panel
//! for both views, since both live in one encrypted value under one passphrase
//! (`platform::keeper`, the only path to storage). It offers to keep, to open what is
//! kept, to save changes, and to delete; a value that can never open is said at once and
//! can be deleted; a short passphrase gets one gentle warning; storage that is missing is
//! said plainly and everything keeps working in memory.
//!
//! While the page is open, a kept or opened value's key (non-extractable) stays in
//! `Session.unlocked`, so "Save my changes" needs no passphrase again; quick exit drops
//! it. Passphrases are read from their fields when sent, the fields emptied at once, and
//! never held in the app's state. Work that waits for the key (seconds on a phone) takes
//! the session's epoch first: if the page was left or the diary closed meanwhile, its
//! result is dropped and nothing is written anywhere.
//!
//! The passphrase fields are plain text fields masked on screen, never `type=password`,
//! inside no `<form>`: password managers offer to save what is typed in a password field
//! whatever `autocomplete` says, and only a password field starts that offer (README,
//! "The passphrase field").

use leptos::html;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::task::spawn_local;

use crate::core::diary::Diary;
use crate::core::kept::envelope::Secret;
use crate::core::plan::Plan;
use crate::i18n::{t, tr};
use crate::keys;
use crate::platform::keeper::{self, KeepError, Kept, Sealed};
use crate::ui::state::Session;
use crate::ui::widgets::Confirm;

/// Shorter than this (in characters) gets a gentle warning, never a refusal.
const SHORT_PASSPHRASE: usize = 12;

/// The words that differ between the plan's panel and the diary's.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    title: &'static str,
    /// Before anything is kept: what keeping means, one paragraph each.
    explain: &'static [&'static str],
    label: &'static str,
    keep_button: &'static str,
    kept: &'static str,
    open_offer: &'static str,
    open_replaces: &'static str,
    open_button: &'static str,
    opened: &'static str,
    /// While open: what is good to know.
    open_now: &'static str,
    unsaved: &'static str,
    save_button: &'static str,
    saved: &'static str,
    delete_confirm: &'static str,
    /// Opening replaces the diary on the page as well as the plan: say so when either
    /// holds something (the diary's panel), or only for the plan (the plan's).
    replaces_diary: bool,
}

pub const PLAN_WORDS: Words = Words {
    title: keys::PLAN_KEEP_TITLE,
    explain: &[
        keys::PLAN_KEEP_EXPLAIN,
        keys::PLAN_KEEP_TRADEOFF,
        keys::PLAN_KEEP_FORGET,
    ],
    label: keys::PLAN_PASSPHRASE_LABEL,
    keep_button: keys::PLAN_KEEP_BUTTON,
    kept: keys::PLAN_KEPT,
    open_offer: keys::PLAN_OPEN_OFFER,
    open_replaces: keys::PLAN_OPEN_REPLACES,
    open_button: keys::PLAN_OPEN_BUTTON,
    opened: keys::PLAN_OPENED,
    open_now: keys::PLAN_KEEP_TRADEOFF,
    unsaved: keys::PLAN_UNSAVED,
    save_button: keys::PLAN_SAVE_BUTTON,
    saved: keys::PLAN_SAVED,
    delete_confirm: keys::PLAN_DELETE_CONFIRM,
    replaces_diary: false,
};

pub const DIARY_WORDS: Words = Words {
    title: keys::DIARY_KEEP_TITLE,
    explain: &[keys::DIARY_KEEP_EXPLAIN, keys::DIARY_KEEP_FORGET],
    label: keys::DIARY_PASSPHRASE_LABEL,
    keep_button: keys::DIARY_KEEP_BUTTON,
    kept: keys::DIARY_KEPT,
    open_offer: keys::DIARY_OPEN_OFFER,
    open_replaces: keys::DIARY_OPEN_REPLACES,
    open_button: keys::DIARY_OPEN_BUTTON,
    opened: keys::DIARY_OPENED,
    open_now: keys::DIARY_KEEP_EXPLAIN,
    unsaved: keys::DIARY_UNSAVED,
    save_button: keys::DIARY_SAVE_BUTTON,
    saved: keys::DIARY_SAVED,
    delete_confirm: keys::DIARY_KEEP_DELETE_CONFIRM,
    replaces_diary: true,
};

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

/// What is on the device now, and why it can never open if that is already clear.
fn stage_now(session: Session) -> (Stage, Option<KeepError>) {
    if session.unlocked.try_with_untracked(Option::is_some) == Some(true) {
        return (Stage::Open, None);
    }
    match keeper::kept() {
        Kept::Unavailable => (Stage::Unavailable, None),
        Kept::Nothing => (Stage::NotKept, None),
        Kept::Something(r) => (Stage::Locked, r.err().map(KeepError::Format)),
    }
}

/// The panel's state: its stage and messages. The secrets are in `Session`.
#[derive(Clone, Copy)]
pub struct KeepControl {
    session: Session,
    words: Words,
    stage: RwSignal<Stage>,
    /// What is running (its "please wait" message), while the key is derived.
    busy: RwSignal<Option<&'static str>>,
    note: RwSignal<Option<Note>>,
    /// The stored value can never open: offer to delete it.
    offer_delete: RwSignal<bool>,
    /// Show what is typed in the passphrase fields (masked otherwise).
    shown: RwSignal<bool>,
}

impl KeepControl {
    pub fn new(session: Session, words: Words) -> KeepControl {
        let (stage, unreadable) = stage_now(session);
        let c = KeepControl {
            session,
            words,
            stage: RwSignal::new(stage),
            busy: RwSignal::new(None),
            note: RwSignal::new(None),
            offer_delete: RwSignal::new(false),
            shown: RwSignal::new(false),
        };
        // A value that can never open is said at once, before any passphrase is typed.
        if let Some(e) = unreadable {
            c.fail(e);
        }
        // Another part of the page (erasing the diary, quick exit) may change what is
        // kept or open: follow the key in memory.
        Effect::new(move |_| {
            session.unlocked.track();
            c.refresh();
        });
        c
    }

    /// Something is kept and waits to be opened: show the panel first.
    pub fn offers_open_at_start(&self) -> bool {
        self.stage.get_untracked() == Stage::Locked
    }

    fn refresh(self) {
        // Only a real change re-renders the forms (a field being typed in stays).
        let now = stage_now(self.session).0;
        if self.stage.try_get_untracked() != Some(now) {
            self.stage.try_set(now);
        }
    }

    fn start(self, working: &'static str) -> bool {
        if self.busy.get_untracked().is_some() {
            return false;
        }
        self.busy.set(Some(working));
        self.note.set(None);
        true
    }

    /// The one place an error becomes words.
    fn fail(self, e: KeepError) {
        self.offer_delete.try_set(e.offers_delete());
        self.note.try_set(Some(Note::problem(e.key())));
    }

    /// Encrypts the plan and diary under a new passphrase and stores them.
    fn keep(self, passphrase: Secret) {
        self.seal(self.words.kept, move |plan, diary| async move {
            let sealed = keeper::keep(plan, diary, &passphrase).await;
            drop(passphrase);
            sealed
        });
    }

    /// Seals the plan and diary as they are now with `how`, then says `done` (or why not).
    fn seal<F>(self, done: &'static str, how: impl FnOnce(Plan, Diary) -> F + 'static)
    where
        F: std::future::Future<Output = Result<Sealed, KeepError>> + 'static,
    {
        if !self.start(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let plan = self.session.plan.get_untracked();
        let diary = self.session.diary.get_untracked();
        let epoch = self.session.epoch();
        spawn_local(async move {
            let sealed = how(plan, diary).await;
            self.finish(epoch, sealed, done);
        });
    }

    /// Re-encrypts the plan and diary with the key already in memory (a new nonce).
    fn save(self) {
        let Some(current) = self.session.unlocked.get_untracked() else {
            // The key went (quick exit, or deleted): nothing to save with.
            self.refresh();
            return;
        };
        self.seal(self.words.saved, move |plan, diary| {
            keeper::save(current, plan, diary)
        });
    }

    /// Stores what was sealed, unless the page was left meanwhile.
    fn finish(self, epoch: u32, sealed: Result<Sealed, KeepError>, done: &'static str) {
        self.busy.try_set(None);
        if !self.session.still(epoch) {
            // Quick exit or the diary closed while the key was derived: nothing is stored
            // and no key comes back.
            return;
        }
        match sealed.and_then(Sealed::store) {
            Ok(u) => {
                self.session.unlocked.try_set(Some(u));
                self.stage.try_set(Stage::Open);
                self.offer_delete.try_set(false);
                self.note.try_set(Some(Note::done(done)));
            }
            Err(e) => self.fail(e),
        }
    }

    /// Opens the kept value; on any failure the stored value is untouched.
    fn open(self, passphrase: Secret) {
        if !self.start(keys::PLAN_OPEN_WORKING) {
            return;
        }
        let epoch = self.session.epoch();
        spawn_local(async move {
            let result = keeper::open(&passphrase).await;
            drop(passphrase);
            self.busy.try_set(None);
            if !self.session.still(epoch) {
                // Left while the key was derived: the plan, diary and key stay forgotten.
                return;
            }
            match result {
                Ok(Some(u)) => {
                    self.session.plan.try_set(u.saved().clone());
                    self.session.diary.try_set(u.saved_diary().clone());
                    self.session.unlocked.try_set(Some(u));
                    self.stage.try_set(Stage::Open);
                    self.offer_delete.try_set(false);
                    self.note.try_set(Some(Note::done(self.words.opened)));
                }
                // Deleted meanwhile (another tab): nothing to open.
                Ok(None) => self.refresh(),
                Err(e) => self.fail(e),
            }
        });
    }

    /// Removes the kept value and its key; what is on the page stays.
    fn delete(self) {
        self.session.unlocked.set(None);
        let gone = keeper::delete();
        self.offer_delete.set(false);
        self.refresh();
        self.note.set(Some(if gone {
            Note::done(keys::PLAN_DELETED)
        } else {
            Note::problem(keys::PLAN_STORAGE_REFUSED)
        }));
    }
}

/// Reads a passphrase field and empties it, so the passphrase stays nowhere.
fn take(field: NodeRef<html::Input>) -> Secret {
    Secret::new(
        field
            .get_untracked()
            .map(|i| {
                let v = i.value();
                i.set_value("");
                v
            })
            .unwrap_or_default(),
    )
}

#[component]
pub fn KeepPanel(keep: KeepControl) -> impl IntoView {
    // `try_`: a reader may outlive the panel by a tick (the diary closing as it goes).
    let body = move || match keep.stage.try_get().unwrap_or(Stage::Unavailable) {
        Stage::Unavailable => view! {
            <p class="plan-msg">{tr(keys::PLAN_STORAGE_UNAVAILABLE)}</p>
        }
        .into_any(),
        Stage::NotKept => view! { <KeepForm keep/> }.into_any(),
        Stage::Locked => view! { <OpenForm keep/> }.into_any(),
        Stage::Open => view! { <OpenNow keep/> }.into_any(),
    };
    let busy = move || keep.busy.try_get().flatten().is_some();
    view! {
        <section class="plan-keep card" aria-labelledby="keep-title" aria-busy=move || busy().then_some("true")>
            <h2 id="keep-title">{tr(keep.words.title)}</h2>
            {body}
            <Status keep/>
        </section>
    }
}

/// The "please wait" line and the last message: announced by screen readers.
#[component]
fn Status(keep: KeepControl) -> impl IntoView {
    let busy = move || keep.busy.try_get().flatten().map(t);
    let note = move || keep.note.try_get().flatten().filter(|n| !n.key.is_empty());
    let offer = move || {
        keep.offer_delete.try_get() == Some(true) && keep.busy.try_get().flatten().is_none()
    };
    view! {
        <p class="plan-busy" role="status">
            {move || busy().map(|s| view! { <span class="plan-spinner" aria-hidden="true"></span><span>{s}</span> })}
        </p>
        <div role="alert" class="plan-alert">
            {move || note().map(|n| view! {
                <p class="plan-msg" class:problem=n.problem>{tr(n.key)}</p>
            })}
        </div>
        <Show when=offer>
            <p>{tr(keys::PLAN_BLOB_DELETE_OFFER)}</p>
        </Show>
    }
}

/// One passphrase field: a text field masked on screen (see the module's note). Enter
/// sends, except while an input method is still composing a letter (Vietnamese Telex,
/// Khmer), where Enter belongs to the keyboard.
#[component]
fn Phrase(
    id: &'static str,
    label: &'static str,
    field: NodeRef<html::Input>,
    keep: KeepControl,
    described_by: &'static str,
    on_enter: Callback<()>,
    #[prop(optional)] on_input: Option<Callback<()>>,
) -> impl IntoView {
    let masked = move || keep.shown.try_get() != Some(true);
    view! {
        <label for=id>{tr(label)}</label>
        <input
            id=id
            type="text"
            class="keep-words"
            class:masked=masked
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            {custom_attribute("autocorrect", "off")}
            aria-describedby=described_by
            node_ref=field
            on:input=move |_| {
                if let Some(f) = on_input {
                    f.run(());
                }
            }
            on:keydown=move |ev| {
                if ev.key() == "Enter" && !ev.is_composing() {
                    ev.prevent_default();
                    on_enter.run(());
                }
            }
        />
    }
}

/// What to know beside every passphrase field (the browser's offer to save, the
/// show-while-typing switch, and that a screen reader speaks what is typed), then the
/// button that sends the form.
#[component]
fn PhraseEnd(keep: KeepControl, label: &'static str, send: Callback<()>) -> impl IntoView {
    let shown = keep.shown;
    let busy = move || keep.busy.try_get().flatten().is_some();
    view! {
        <p class="hint" id="keep-save-offer">{tr(keys::PLAN_PASSPHRASE_SAVE_OFFER)}</p>
        <p class="visually-hidden" id="keep-reader">{tr(keys::PLAN_PASSPHRASE_READER)}</p>
        <label class="keep-show">
            <input
                type="checkbox"
                prop:checked=move || shown.try_get() == Some(true)
                on:change=move |ev| shown.set(event_target_checked(&ev))
            />
            {tr(keys::PLAN_PASSPHRASE_SHOW)}
        </label>
        <button type="button" class="primary" disabled=busy on:click=move |_| send.run(())>
            {tr(label)}
        </button>
    }
}

#[component]
fn KeepForm(keep: KeepControl) -> impl IntoView {
    let pass = NodeRef::<html::Input>::new();
    let again = NodeRef::<html::Input>::new();
    // Only whether the passphrase is short is held, never the passphrase.
    let short = RwSignal::new(false);
    let on_input = Callback::new(move |()| {
        short.set(pass.get_untracked().is_some_and(|i| {
            let n = i.value().chars().count();
            n > 0 && n < SHORT_PASSPHRASE
        }));
    });
    let send = Callback::new(move |()| {
        let (p, a) = (take(pass), take(again));
        short.set(false);
        if p.as_str().is_empty() {
            keep.note
                .set(Some(Note::problem(keys::PLAN_PASSPHRASE_EMPTY)));
        } else if p.as_str() != a.as_str() {
            keep.note
                .set(Some(Note::problem(keys::PLAN_PASSPHRASE_MISMATCH)));
        } else {
            drop(a);
            keep.keep(p);
        }
    });
    view! {
        {keep.words.explain.iter().copied().map(|k| view! { <p>{tr(k)}</p> }).collect_view()}
        <div class="keep-form" role="group" aria-labelledby="keep-title">
            <p class="hint" id="keep-hint">{tr(keys::PLAN_PASSPHRASE_HINT)}</p>
            <p class="hint" id="keep-khmer">{tr(keys::PLAN_PASSPHRASE_KHMER)}</p>
            <Phrase
                id="keep-words-new"
                label=keep.words.label
                field=pass
                keep
                described_by="keep-hint keep-short keep-khmer keep-save-offer keep-reader"
                on_enter=send
                on_input=on_input
            />
            <p class="hint plan-short" id="keep-short" aria-live="polite">
                {move || short.try_get().unwrap_or(false).then(|| t(keys::PLAN_PASSPHRASE_SHORT))}
            </p>
            <Phrase id="keep-words-again" label=keys::PLAN_PASSPHRASE_REPEAT field=again keep
                described_by="keep-save-offer keep-reader" on_enter=send/>
            <PhraseEnd keep label=keep.words.keep_button send/>
        </div>
    }
}

#[component]
fn OpenForm(keep: KeepControl) -> impl IntoView {
    let pass = NodeRef::<html::Input>::new();
    let session = keep.session;
    let diary_too = keep.words.replaces_diary;
    let replaces = move || {
        session.plan.with(|p| !p.is_empty()) || (diary_too && session.diary.with(|d| !d.is_empty()))
    };
    let send = Callback::new(move |()| keep.open(take(pass)));
    view! {
        <p>{tr(keep.words.open_offer)}</p>
        <Show when=replaces>
            <p class="hint">{tr(keep.words.open_replaces)}</p>
        </Show>
        <Show when=move || keep.offer_delete.try_get() != Some(true)>
            <div class="keep-form" role="group" aria-labelledby="keep-title">
                <p class="hint" id="keep-khmer">{tr(keys::PLAN_PASSPHRASE_KHMER)}</p>
                <Phrase id="keep-words-open" label=keep.words.label field=pass keep
                    described_by="keep-khmer keep-save-offer keep-reader" on_enter=send/>
                <PhraseEnd keep label=keep.words.open_button send/>
            </div>
        </Show>
        <DeleteKept keep/>
    }
}

#[component]
fn OpenNow(keep: KeepControl) -> impl IntoView {
    let busy = move || keep.busy.try_get().flatten().is_some();
    let session = keep.session;
    view! {
        <p>{tr(keep.words.open_now)}</p>
        <Show when=move || session.unsaved()>
            <p class="plan-msg">{tr(keep.words.unsaved)}</p>
        </Show>
        <button type="button" class="primary" disabled=busy on:click=move |_| keep.save()>
            {tr(keep.words.save_button)}
        </button>
        <DeleteKept keep/>
    }
}

/// "Delete from this device", with a second step to confirm.
#[component]
fn DeleteKept(keep: KeepControl) -> impl IntoView {
    view! {
        <Confirm
            id="keep-delete-q"
            class="plan-delete"
            ask=keys::PLAN_DELETE_BUTTON
            question=keep.words.delete_confirm
            yes=keys::PLAN_DELETE_YES
            no=keys::PLAN_DELETE_NO
            on_yes=Callback::new(move |()| keep.delete())
        />
    }
}

//! Keeping the plan on this device, only if the person chooses: a passphrase, the plan
//! encrypted in the browser, one value in storage. Later visits offer to open it; a wrong
//! passphrase loses nothing; a damaged value can be deleted; storage that is missing is
//! said plainly and the plan keeps working in memory.
//!
//! While the page is open, a kept or opened plan's key (non-extractable) stays in memory
//! so "Save my changes" needs no passphrase again; it is gone when the page closes.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::CryptoKey;

use crate::core::plan::Plan;
use crate::core::vault::{self, Envelope, VaultError};
use crate::i18n::{t, tr};
use crate::keys;
use crate::platform::crypto::{self, CryptoError};
use crate::platform::storage::{self, Availability, StorageError};
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::Confirm;

/// Shorter than this (in characters) gets a gentle warning, never a refusal.
const SHORT_PASSPHRASE: usize = 12;

/// The key of the plan kept or opened in this page, with the envelope it was written in
/// and the plan as it was last saved (to tell whether there are changes to save).
struct Unlocked {
    key: CryptoKey,
    envelope: Envelope,
    saved: Plan,
}

thread_local! {
    static UNLOCKED: RefCell<Option<Unlocked>> = const { RefCell::new(None) };
}

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

#[derive(Clone, Copy)]
pub struct Vault {
    session: Session,
    stage: RwSignal<Stage>,
    /// What is running (its "please wait" message), while the key is derived.
    busy: RwSignal<Option<&'static str>>,
    note: RwSignal<Option<Note>>,
    /// The stored value can never open: offer to delete it.
    offer_delete: RwSignal<bool>,
    /// Bumped when the saved copy changes, so "changes not kept yet" follows.
    saved_tick: RwSignal<u32>,
}

fn stage_now() -> Stage {
    if storage::availability() == Availability::Unavailable {
        return Stage::Unavailable;
    }
    if UNLOCKED.with(|u| u.borrow().is_some()) {
        return Stage::Open;
    }
    match storage::load() {
        Some(_) => Stage::Locked,
        None => Stage::NotKept,
    }
}

fn crypto_note(e: CryptoError) -> Note {
    match e {
        CryptoError::Unavailable => Note {
            key: keys::PLAN_CRYPTO_UNAVAILABLE,
            problem: true,
        },
        CryptoError::Rejected => Note {
            key: keys::PLAN_WRONG_PASSPHRASE,
            problem: true,
        },
    }
}

fn vault_note(e: VaultError) -> Note {
    Note {
        key: e.key(),
        problem: true,
    }
}

impl Vault {
    pub fn new(session: Session) -> Vault {
        let v = Vault {
            session,
            stage: RwSignal::new(stage_now()),
            busy: RwSignal::new(None),
            note: RwSignal::new(None),
            offer_delete: RwSignal::new(false),
            saved_tick: RwSignal::new(0),
        };
        // A value that can never open is said at once, before any passphrase is typed.
        if v.stage.get_untracked() == Stage::Locked {
            if let Some(Err(e)) = storage::load().map(|s| vault::decode_envelope(&s)) {
                v.note.set(Some(vault_note(e)));
                v.offer_delete.set(e.offers_delete());
            }
        }
        v
    }

    /// A kept plan waits to be opened: show the panel first, before the sections.
    pub fn offers_open_at_start(&self) -> bool {
        self.stage.get_untracked() == Stage::Locked
    }

    fn unsaved(&self) -> bool {
        self.saved_tick.track();
        let plan = self.session.plan;
        UNLOCKED.with(|u| {
            u.borrow()
                .as_ref()
                .is_some_and(|u| plan.with(|p| *p != u.saved))
        })
    }

    fn start(&self, working: &'static str) -> bool {
        if self.busy.get_untracked().is_some() {
            return false;
        }
        self.busy.set(Some(working));
        self.note.set(None);
        true
    }

    /// Encrypts the plan under a new passphrase and stores it.
    fn keep(self, passphrase: String) {
        if !self.start(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let plan = self.session.plan.get_untracked();
        spawn_local(async move {
            let result = async {
                let plain = vault::encode_plan(&plan).map_err(vault_note)?;
                let mut envelope = crypto::new_envelope().map_err(crypto_note)?;
                let key = crypto::derive_key(&passphrase, &envelope.salt, envelope.iterations)
                    .await
                    .map_err(crypto_note)?;
                crypto::seal(&key, &mut envelope, &plain)
                    .await
                    .map_err(crypto_note)?;
                store(&envelope)?;
                Ok::<_, Note>(Unlocked {
                    key,
                    envelope,
                    saved: plan,
                })
            }
            .await;
            self.finish(result, keys::PLAN_KEPT);
        });
    }

    /// Re-encrypts the current plan with the key already in memory (a new nonce).
    fn save(self) {
        if !self.start(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let plan = self.session.plan.get_untracked();
        let current = UNLOCKED.with(|u| {
            u.borrow()
                .as_ref()
                .map(|u| (u.key.clone(), u.envelope.clone()))
        });
        spawn_local(async move {
            let result = async {
                let (key, previous) = current.ok_or(Note {
                    key: keys::PLAN_BLOB_CORRUPT,
                    problem: true,
                })?;
                let plain = vault::encode_plan(&plan).map_err(vault_note)?;
                let mut envelope = crypto::next_envelope(&previous).map_err(crypto_note)?;
                crypto::seal(&key, &mut envelope, &plain)
                    .await
                    .map_err(crypto_note)?;
                store(&envelope)?;
                Ok::<_, Note>(Unlocked {
                    key,
                    envelope,
                    saved: plan,
                })
            }
            .await;
            self.finish(result, keys::PLAN_SAVED);
        });
    }

    /// Opens the kept plan with `passphrase`; on any failure the stored value is untouched.
    fn open(self, passphrase: String) {
        if !self.start(keys::PLAN_OPEN_WORKING) {
            return;
        }
        spawn_local(async move {
            let result = async {
                let Some(stored) = storage::load() else {
                    return Err(None::<Note>);
                };
                let envelope = vault::decode_envelope(&stored).map_err(|e| Some(vault_note(e)))?;
                let key = crypto::derive_key(&passphrase, &envelope.salt, envelope.iterations)
                    .await
                    .map_err(|e| Some(crypto_note(e)))?;
                let plain = crypto::open(&key, &envelope)
                    .await
                    .map_err(|e| Some(crypto_note(e)))?;
                let plan = vault::decode_plan(&plain).map_err(|e| Some(vault_note(e)))?;
                Ok(Unlocked {
                    key,
                    envelope,
                    saved: plan,
                })
            }
            .await;
            match result {
                Ok(u) => {
                    self.session.plan.set(u.saved.clone());
                    self.finish(Ok(u), keys::PLAN_OPENED);
                }
                // Deleted meanwhile (another tab): nothing to open.
                Err(None) => {
                    self.busy.set(None);
                    self.stage.set(stage_now());
                }
                Err(Some(note)) => {
                    let never = [keys::PLAN_BLOB_CORRUPT, keys::PLAN_BLOB_OTHER_VERSION];
                    self.offer_delete.set(never.contains(&note.key));
                    self.finish(Err(note), "");
                }
            }
        });
    }

    fn finish(self, result: Result<Unlocked, Note>, done: &'static str) {
        match result {
            Ok(u) => {
                UNLOCKED.with(|slot| *slot.borrow_mut() = Some(u));
                self.stage.set(Stage::Open);
                self.offer_delete.set(false);
                self.note.set(Some(Note {
                    key: done,
                    problem: false,
                }));
                self.saved_tick.update(|n| *n = n.wrapping_add(1));
            }
            Err(note) => self.note.set(Some(note)),
        }
        self.busy.set(None);
    }

    /// Removes the kept plan and its key; what is on the page stays.
    fn delete(self) {
        UNLOCKED.with(|slot| *slot.borrow_mut() = None);
        let gone = storage::delete();
        self.offer_delete.set(false);
        self.stage.set(stage_now());
        self.note.set(Some(if gone {
            Note {
                key: keys::PLAN_DELETED,
                problem: false,
            }
        } else {
            Note {
                key: keys::PLAN_STORAGE_REFUSED,
                problem: true,
            }
        }));
        self.saved_tick.update(|n| *n = n.wrapping_add(1));
    }
}

fn store(envelope: &Envelope) -> Result<(), Note> {
    storage::save(&envelope.encode()).map_err(|e| Note {
        key: match e {
            StorageError::Unavailable => keys::PLAN_STORAGE_UNAVAILABLE,
            StorageError::Refused => keys::PLAN_STORAGE_REFUSED,
        },
        problem: true,
    })
}

#[component]
pub fn KeepPanel(vault: Vault) -> impl IntoView {
    let stage = vault.stage;
    let body = move || match stage.get() {
        Stage::Unavailable => view! {
            <p class="plan-msg">{tr!(PLAN_STORAGE_UNAVAILABLE)}</p>
        }
        .into_any(),
        Stage::NotKept => view! { <KeepForm vault/> }.into_any(),
        Stage::Locked => view! { <OpenForm vault/> }.into_any(),
        Stage::Open => view! { <OpenNow vault/> }.into_any(),
    };
    view! {
        <section class="plan-keep card" aria-labelledby="plan-keep-title" aria-busy=move || vault.busy.get().is_some().then_some("true")>
            <h2 id="plan-keep-title">{tr!(PLAN_KEEP_TITLE)}</h2>
            {body}
            <Status vault/>
        </section>
    }
}

/// The "please wait" line and the last message: announced by screen readers.
#[component]
fn Status(vault: Vault) -> impl IntoView {
    let busy = move || vault.busy.get().map(t);
    let note = move || vault.note.get().filter(|n| !n.key.is_empty());
    view! {
        <p class="plan-busy" role="status">
            {move || busy().map(|s| view! { <span class="plan-spinner" aria-hidden="true"></span><span>{s}</span> })}
        </p>
        <div role="alert" class="plan-alert">
            {move || note().map(|n| view! {
                <p class="plan-msg" class:problem=n.problem>{tr(n.key)}</p>
            })}
        </div>
        <Show when=move || vault.offer_delete.get() && vault.busy.get().is_none()>
            <p>{tr!(PLAN_BLOB_DELETE_OFFER)}</p>
        </Show>
    }
}

#[component]
fn KeepForm(vault: Vault) -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let short = move || pass.with(|p| !p.is_empty() && p.chars().count() < SHORT_PASSPHRASE);
    let busy = move || vault.busy.get().is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (pass.get_untracked(), again.get_untracked());
        if p.is_empty() {
            vault.note.set(Some(Note {
                key: keys::PLAN_PASSPHRASE_EMPTY,
                problem: true,
            }));
        } else if p != a {
            vault.note.set(Some(Note {
                key: keys::PLAN_PASSPHRASE_MISMATCH,
                problem: true,
            }));
        } else {
            pass.set(String::new());
            again.set(String::new());
            vault.keep(p);
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
                bind:value=pass
            />
            <p class="hint plan-short" id="plan-pass-short" aria-live="polite">
                {move || short().then(|| t(keys::PLAN_PASSPHRASE_SHORT))}
            </p>
            <label for="plan-pass-again">{tr!(PLAN_PASSPHRASE_REPEAT)}</label>
            <input id="plan-pass-again" type="password" autocomplete="off" bind:value=again/>
            <button type="submit" class="primary" disabled=busy>{tr!(PLAN_KEEP_BUTTON)}</button>
        </form>
    }
}

#[component]
fn OpenForm(vault: Vault) -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let busy = move || vault.busy.get().is_some();
    let plan = vault.session.plan;
    let replaces = move || plan.with(|p| !p.is_empty());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        vault.open(pass.get_untracked());
    };
    view! {
        <p>{tr!(PLAN_OPEN_OFFER)}</p>
        <Show when=replaces>
            <p class="hint">{tr!(PLAN_OPEN_REPLACES)}</p>
        </Show>
        <Show when=move || !vault.offer_delete.get()>
            // autocomplete="off": a password manager offering to save the passphrase would
        // itself leave a trace of this site on the device.
        <form class="plan-pass" autocomplete="off" on:submit=submit>
                <label for="plan-pass-open">{tr!(PLAN_PASSPHRASE_LABEL)}</label>
                <input id="plan-pass-open" type="password" autocomplete="off" bind:value=pass/>
                <button type="submit" class="primary" disabled=busy>{tr!(PLAN_OPEN_BUTTON)}</button>
            </form>
        </Show>
        <DeleteKept vault/>
    }
}

#[component]
fn OpenNow(vault: Vault) -> impl IntoView {
    let busy = move || vault.busy.get().is_some();
    let unsaved = move || vault.unsaved();
    view! {
        <p>{tr!(PLAN_KEEP_TRADEOFF)}</p>
        <Show when=unsaved>
            <p class="plan-msg">{tr!(PLAN_UNSAVED)}</p>
        </Show>
        <button type="button" class="primary" disabled=busy on:click=move |_| vault.save()>
            {tr!(PLAN_SAVE_BUTTON)}
        </button>
        <DeleteKept vault/>
    }
}

/// "Delete from this device", with a second step to confirm.
#[component]
fn DeleteKept(vault: Vault) -> impl IntoView {
    view! {
        <Confirm
            id="plan-delete-q"
            class="plan-delete"
            ask=keys::PLAN_DELETE_BUTTON
            question=keys::PLAN_DELETE_CONFIRM
            yes=keys::PLAN_DELETE_YES
            no=keys::PLAN_DELETE_NO
            on_yes=Callback::new(move |()| vault.delete())
        />
    }
}

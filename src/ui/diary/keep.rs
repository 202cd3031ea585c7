//! Keeping the diary on this device: inside the same encrypted value as the plan, with
//! one passphrase (`platform::keeper`, the only path to storage). Offers to keep, to
//! open what is kept, or to save changes; and "erase the whole diary", which leaves
//! storage as it was before the diary: the kept plan untouched, or nothing at all when
//! nothing else was kept. Passphrases are read from their fields when the form is sent,
//! emptied at once and never held in the app's state.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::diary::Diary;
use crate::i18n::{t, tr};
use crate::keys;
use crate::platform::keeper::{self, KeepError, Kept, Unlocked};
use crate::ui::diary::Said;
use crate::ui::state::Session;
use crate::ui::widgets::Confirm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Unavailable,
    NotKept,
    Locked,
    Open,
}

fn stage_now(session: Session) -> Stage {
    if session.unlocked.with_untracked(Option::is_some) {
        return Stage::Open;
    }
    match keeper::kept() {
        Kept::Unavailable => Stage::Unavailable,
        Kept::Nothing => Stage::NotKept,
        Kept::Something(_) => Stage::Locked,
    }
}

/// Reads a passphrase field and empties it.
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

#[derive(Clone, Copy)]
struct Panel {
    session: Session,
    stage: RwSignal<Stage>,
    busy: RwSignal<Option<&'static str>>,
    said: RwSignal<Option<Said>>,
}

impl Panel {
    fn refresh(self) {
        self.stage.try_set(stage_now(self.session));
    }

    fn begin(self, working: &'static str) -> bool {
        if self.busy.get_untracked().is_some() {
            return false;
        }
        self.busy.set(Some(working));
        self.said.set(None);
        true
    }

    fn end(self, result: Result<Unlocked, KeepError>, done: &'static str) {
        match result {
            Ok(u) => {
                self.session.unlocked.try_set(Some(u));
                self.said.try_set(Some(Said::done(done)));
            }
            Err(e) => {
                self.said.try_set(Some(Said::problem(e.key())));
            }
        }
        self.busy.try_set(None);
        self.refresh();
    }

    fn keep(self, passphrase: String) {
        if !self.begin(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let (plan, diary) = (
            self.session.plan.get_untracked(),
            self.session.diary.get_untracked(),
        );
        spawn_local(async move {
            let result = keeper::keep(plan, diary, &passphrase).await;
            drop(passphrase);
            self.end(result, keys::DIARY_KEPT);
        });
    }

    fn save(self) {
        let Some(current) = self.session.unlocked.get_untracked() else {
            self.refresh();
            return;
        };
        if !self.begin(keys::PLAN_KEEP_WORKING) {
            return;
        }
        let (plan, diary) = (
            self.session.plan.get_untracked(),
            self.session.diary.get_untracked(),
        );
        spawn_local(async move {
            let result = keeper::save(current, plan, diary).await;
            self.end(result, keys::DIARY_SAVED);
        });
    }

    fn open(self, passphrase: String) {
        if !self.begin(keys::PLAN_OPEN_WORKING) {
            return;
        }
        spawn_local(async move {
            let result = keeper::open(&passphrase).await;
            drop(passphrase);
            match result {
                Ok(Some(u)) => {
                    self.session.plan.try_set(u.saved().clone());
                    self.session.diary.try_set(u.saved_diary().clone());
                    self.end(Ok(u), keys::DIARY_OPENED);
                }
                Ok(None) => {
                    self.busy.try_set(None);
                    self.refresh();
                }
                // A wrong passphrase loses nothing: the stored value is untouched.
                Err(e) => {
                    self.said.try_set(Some(Said::problem(e.key())));
                    self.busy.try_set(None);
                }
            }
        });
    }
}

#[component]
pub fn DiaryKeep(session: Session) -> impl IntoView {
    let panel = Panel {
        session,
        stage: RwSignal::new(stage_now(session)),
        busy: RwSignal::new(None),
        said: RwSignal::new(None),
    };
    // Another part of the page (the plan's panel, erasing, closing) may change what is
    // kept: follow the key in memory.
    Effect::new(move |_| {
        session.unlocked.track();
        panel.refresh();
    });
    // `try_`: a reader may outlive the panel by a tick (the diary closing as it goes).
    let body = move || match panel.stage.try_get().unwrap_or(Stage::Unavailable) {
        Stage::Unavailable => {
            view! { <p class="plan-msg">{tr(keys::PLAN_STORAGE_UNAVAILABLE)}</p> }.into_any()
        }
        Stage::NotKept => view! { <KeepForm panel/> }.into_any(),
        Stage::Locked => view! { <OpenForm panel/> }.into_any(),
        Stage::Open => view! { <OpenNow panel/> }.into_any(),
    };
    let busy = move || panel.busy.try_get().flatten().map(t);
    view! {
        <section class="plan-keep card" aria-labelledby="diary-keep-title"
            aria-busy=move || panel.busy.try_get().flatten().is_some().then_some("true")>
            <h2 id="diary-keep-title">{tr(keys::DIARY_KEEP_TITLE)}</h2>
            {body}
            <p class="plan-busy" role="status">
                {move || busy().map(|s| view! { <span class="plan-spinner" aria-hidden="true"></span><span>{s}</span> })}
            </p>
            <div role="alert" class="plan-alert">
                {move || panel.said.try_get().flatten().map(|n| view! {
                    <p class="plan-msg" class:problem=n.problem>{tr(n.key)}</p>
                })}
            </div>
        </section>
    }
}

#[component]
fn KeepForm(panel: Panel) -> impl IntoView {
    let pass = NodeRef::<html::Input>::new();
    let again = NodeRef::<html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (take(pass), take(again));
        if p.is_empty() {
            panel
                .said
                .set(Some(Said::problem(keys::PLAN_PASSPHRASE_EMPTY)));
        } else if p != a {
            panel
                .said
                .set(Some(Said::problem(keys::PLAN_PASSPHRASE_MISMATCH)));
        } else {
            panel.keep(p);
        }
    };
    let busy = move || panel.busy.try_get().flatten().is_some();
    view! {
        <p>{tr(keys::DIARY_KEEP_EXPLAIN)}</p>
        <p>{tr(keys::DIARY_KEEP_FORGET)}</p>
        // autocomplete="off": a password manager offering to save it would itself leave
        // a trace of this site on the device.
        <form class="plan-pass" autocomplete="off" on:submit=submit>
            <label for="diary-pass-new">{tr(keys::DIARY_PASSPHRASE_LABEL)}</label>
            <p class="hint" id="diary-pass-hint">{tr(keys::PLAN_PASSPHRASE_HINT)}</p>
            <input id="diary-pass-new" type="password" autocomplete="off"
                aria-describedby="diary-pass-hint" node_ref=pass/>
            <label for="diary-pass-again">{tr(keys::PLAN_PASSPHRASE_REPEAT)}</label>
            <input id="diary-pass-again" type="password" autocomplete="off" node_ref=again/>
            <button type="submit" class="primary" disabled=busy>{tr(keys::DIARY_KEEP_BUTTON)}</button>
        </form>
    }
}

#[component]
fn OpenForm(panel: Panel) -> impl IntoView {
    let pass = NodeRef::<html::Input>::new();
    let session = panel.session;
    let replaces =
        move || session.diary.with(|d| !d.is_empty()) || session.plan.with(|p| !p.is_empty());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        panel.open(take(pass));
    };
    let busy = move || panel.busy.try_get().flatten().is_some();
    view! {
        <p>{tr(keys::DIARY_OPEN_OFFER)}</p>
        <Show when=replaces>
            <p class="hint">{tr(keys::DIARY_OPEN_REPLACES)}</p>
        </Show>
        <form class="plan-pass" autocomplete="off" on:submit=submit>
            <label for="diary-pass-open">{tr(keys::DIARY_PASSPHRASE_LABEL)}</label>
            <input id="diary-pass-open" type="password" autocomplete="off" node_ref=pass/>
            <button type="submit" class="primary" disabled=busy>{tr(keys::DIARY_OPEN_BUTTON)}</button>
        </form>
    }
}

#[component]
fn OpenNow(panel: Panel) -> impl IntoView {
    let session = panel.session;
    let busy = move || panel.busy.try_get().flatten().is_some();
    view! {
        <p>{tr(keys::DIARY_KEEP_EXPLAIN)}</p>
        <Show when=move || session.unsaved() fallback=|| view! { <p>{tr(keys::DIARY_KEPT)}</p> }>
            <p class="plan-msg">{tr(keys::DIARY_UNSAVED)}</p>
        </Show>
        <button type="button" class="primary" disabled=busy on:click=move |_| panel.save()>
            {tr(keys::DIARY_SAVE_BUTTON)}
        </button>
    }
}

/// "Erase the whole diary", in two steps.
#[component]
pub fn EraseAll(session: Session, said: RwSignal<Option<Said>>) -> impl IntoView {
    let erase = move |()| {
        session.diary.set(Diary::new());
        let Some(u) = session.unlocked.get_untracked() else {
            // Nothing open: only the page's copy went. A kept diary needs its passphrase.
            said.set(Some(match keeper::kept() {
                Kept::Something(_) => Said::done(keys::DIARY_ERASE_LOCKED),
                Kept::Unavailable | Kept::Nothing => Said::done(keys::DIARY_ERASED),
            }));
            return;
        };
        if u.saved_diary().is_empty() {
            said.set(Some(Said::done(keys::DIARY_ERASED)));
        } else if u.saved().is_empty() {
            // Nothing else was kept: storage goes back to holding nothing.
            session.unlocked.set(None);
            said.set(Some(if keeper::delete() {
                Said::done(keys::DIARY_ERASED)
            } else {
                Said::problem(keys::PLAN_STORAGE_REFUSED)
            }));
        } else {
            // The kept plan, as it was kept, without the diary.
            let plan = u.saved().clone();
            spawn_local(async move {
                match keeper::save(u, plan, Diary::new()).await {
                    Ok(u) => {
                        session.unlocked.try_set(Some(u));
                        said.try_set(Some(Said::done(keys::DIARY_ERASED)));
                    }
                    Err(e) => {
                        said.try_set(Some(Said::problem(e.key())));
                    }
                }
            });
        }
    };
    view! {
        <Confirm
            id="diary-erase-q"
            class="diary-erase"
            ask=keys::DIARY_ERASE_BUTTON
            question=keys::DIARY_ERASE_CONFIRM
            yes=keys::DIARY_ERASE_YES
            no=keys::DIARY_ERASE_NO
            on_yes=Callback::new(erase)
        />
    }
}

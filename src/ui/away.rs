//! What the app does when the person is away (`platform::watch`, `core::away`):
//! - hidden or unused too long while the diary, the plan or a self-check is on hand:
//!   Home first, then the kept plan and diary are saved (the page is alive, the save can
//!   finish) and everything is forgotten;
//! - put away (another address, a link, Back): everything is forgotten and Home shown at
//!   once, so Back or Forward never brings the page back from the back-forward cache
//!   with anything typed in it; a save is started, but may never finish;
//! - either way Home then says, once, what happened.
//!
//! The views' own drafts (a diary entry being written, the names to print) go with their
//! views when Home replaces them.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::away::Held;
use crate::core::check::Answers;
use crate::core::plan::Plan;
use crate::core::route::View;
use crate::i18n::t;
use crate::keys;
use crate::platform::exit;
use crate::platform::watch::{self, Away};
use crate::ui::state::{Nav, Session};

/// Why Home says the page was closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closed {
    /// Hidden or unused too long.
    TimeUp,
    /// Left, and shown again from the back-forward cache.
    Left,
}

/// The line Home shows after a close, until the person moves on.
#[derive(Clone, Copy)]
pub struct ClosedNote(RwSignal<Option<Closed>>);

/// What is on hand now, for `core::away`.
fn held(nav: Nav, session: Session) -> Held {
    let view = nav.view.get_untracked();
    Held {
        diary: matches!(view, View::Diary | View::DiaryPrint)
            || session.diary.with_untracked(|d| !d.is_empty()),
        plan: session.plan.with_untracked(|p| *p != Plan::default())
            || session.unlocked.with_untracked(Option::is_some),
        check: session.assessment.with_untracked(Option::is_some)
            || session.check_mode.with_untracked(Option::is_some)
            || session.answers.with_untracked(|a| *a != Answers::new()),
        phone: view == View::Phone || session.phone.with_untracked(|a| !a.is_empty()),
    }
}

/// Takes what is on hand out of the session and forgets it at once; what is kept and open
/// is then saved. This runs in the away chunk only (never call it from the first visit's
/// code), so the crypto and the envelope never weigh on the first visit.
fn close(session: Session) {
    if let Some(save) = session.close().and_then(crate::ui::state::Closing::save) {
        leptos::task::spawn_local(save);
    }
}

/// Provides Home's line (the watch itself starts with the first view that can hold
/// anything: [`watch_soon`]).
pub fn install() {
    provide_context(ClosedNote(RwSignal::new(None)));
}

thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Starts the watch, once per page, when a view other than Home opens. Everything a
/// person can type or choose lives in those views, so Home alone needs no watch, and its
/// code (the away chunk) stays off the first visit.
pub fn watch_soon() {
    let (Some(nav), Some(session), Some(note)) = (
        Nav::provided(),
        Session::provided(),
        use_context::<ClosedNote>(),
    ) else {
        return;
    };
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    crate::ui::lazy::watch_away(nav, session, note);
}

/// Lets the next view try again when the watch's code could not arrive.
pub fn watch_failed() {
    WATCHING.with(|w| w.set(false));
}

/// The watch for the app (`watch_soon`, through the away chunk's split point).
pub fn start(nav: Nav, session: Session, ClosedNote(note): ClosedNote) {
    // After quick exit the page is blank and leaving: nothing more to do here.
    let quick = Rc::new(Cell::new(false));
    {
        let quick = Rc::clone(&quick);
        exit::on_leave(move || quick.set(true));
    }
    // Whether the last put-away cleared anything (then the return says so).
    let cleared = Rc::new(Cell::new(false));
    watch::install(
        move || held(nav, session),
        move |what| {
            if quick.get() {
                return;
            }
            match what {
                Away::TimeUp => {
                    note.set(Some(Closed::TimeUp));
                    // Home first; what was on hand goes once its view has gone (its
                    // readers must not see it vanish in the same tick as the view).
                    nav.go(View::Home);
                    set_timeout(move || close(session), std::time::Duration::ZERO);
                }
                Away::PutAway => {
                    if nav.view.get_untracked() != View::Home || !session.is_blank() {
                        // At once, in place: timers may not run again before the page is
                        // kept in the cache, and its effects (microtasks) still run now.
                        close(session);
                        nav.go(View::Home);
                        cleared.set(true);
                    }
                }
                Away::Restored => {
                    if cleared.replace(false) {
                        // Whatever came back with the page (nothing should) goes too.
                        close(session);
                        note.set(Some(Closed::Left));
                        nav.go(View::Home);
                    }
                }
            }
        },
    );
}

/// Home's line after a close: what happened, what is gone, what stays. Nothing outside
/// the app (the build-time first paint has no watch).
#[component]
pub fn ClosedLine() -> impl IntoView {
    let Some(ClosedNote(note)) = use_context::<ClosedNote>() else {
        return ().into_any();
    };
    // Said once: moving on from Home puts it away.
    on_cleanup(move || {
        let _ = note.try_set(None);
    });
    view! {
        <p class="reassure closed-note" role="status" hidden=move || note.with(Option::is_none)>
            {move || match note.get() {
                Some(Closed::TimeUp) => t(keys::HOME_CLOSED_TIME),
                Some(Closed::Left) => t(keys::HOME_CLOSED_LEFT),
                None => String::new(),
            }}
        </p>
    }
    .into_any()
}

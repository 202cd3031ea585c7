//! The incident diary: the person's own dated record, off by default, in memory
//! (`Session.diary`) until they keep it inside the one encrypted value with the plan.
//! Two views, two split points in one chunk of their own (`ui::lazy`): the diary itself
//! and the printing screen.
//!
//! - `link`: the card in the plan that opens the diary.
//! - `list`: the entries, each with edit and delete.
//! - `entry`: writing or editing one entry.
//! - `erase`: erasing the whole diary. Keeping it is the shared panel's
//!   (`ui::widgets::keep`).
//! - `print`: the printing screen (choices and what happens next).
//! - `sheet`: what reaches paper: the record and the request.
//!
//! An open diary closes itself (`platform::watch`, `core::diary::guard`): the page hidden
//! 2 minutes or unused 5 minutes, or put away. Closing saves first if it is kept, drops
//! the diary, the plan and the key, and shows Home.

mod entry;
mod erase;
mod link;
mod list;
mod print;
mod sheet;

use leptos::prelude::*;

use crate::core::diary::DiaryError;
use crate::core::route::View;
use crate::keys;
use crate::platform::watch::{self, Closing};
use crate::tr;
use crate::ui::state::{Nav, Session};
use crate::ui::widgets::keep::{KeepControl, KeepPanel, DIARY_WORDS};
use crate::ui::widgets::{NavLink, ViewTitle, P};

pub use link::DiaryLink;
pub use print::DiaryPrintView;

/// Starts the watch that closes an open diary (once per page).
fn watch_diary(session: Session, nav: Nav) {
    let in_diary = move || matches!(nav.view.get_untracked(), View::Diary | View::DiaryPrint);
    let close = move || {
        if let Some(save) = session.close_diary() {
            leptos::task::spawn_local(save);
        }
    };
    watch::install(
        move || in_diary() || session.diary.with_untracked(|d| !d.is_empty()),
        move |why| {
            if why == Closing::TimeUp && in_diary() {
                // Home first; the diary goes once its view has gone (its readers must not
                // see the diary vanish in the same tick as the view).
                nav.go(View::Home);
                set_timeout(close, std::time::Duration::ZERO);
            } else {
                // Put away: at once, in place (timers may not run again).
                close();
            }
        },
    );
}

/// A message for the person after an action, and whether it is a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Said {
    pub key: &'static str,
    pub problem: bool,
}

impl Said {
    pub fn done(key: &'static str) -> Said {
        Said {
            key,
            problem: false,
        }
    }

    pub fn problem(key: &'static str) -> Said {
        Said { key, problem: true }
    }

    pub fn from_error(e: DiaryError) -> Said {
        Said::problem(e.key())
    }
}

#[component]
pub fn DiaryView() -> impl IntoView {
    crate::ui::state::scope_view();
    let (Some(session), Some(nav)) = (Session::provided(), Nav::provided()) else {
        return ().into_any();
    };
    watch_diary(session, nav);
    let editing = RwSignal::new(None::<entry::Editing>);
    let said = RwSignal::new(None::<Said>);
    let has_entries = move || session.diary.with(|d| !d.is_empty());

    view! {
        <div class="diary diary-view">
            <ViewTitle key=keys::DIARY_TITLE/>
            <P key=keys::DIARY_INTRO/>
            <p class="reassure">{tr!(DIARY_MEMORY)}</p>
            <KeepPanel keep=KeepControl::new(session, DIARY_WORDS)/>
            <p class="hint">{tr!(DIARY_AUTOCLOSE)}</p>
            <list::EntryList session editing said/>
            <entry::EntryEditor session editing said/>
            <div role="status" class="plan-alert">
                {move || said.try_get().flatten().map(|s| view! { <p class="plan-msg" class:problem=s.problem>{crate::i18n::tr(s.key)}</p> })}
            </div>
            <Show when=has_entries>
                <p class="diary-to-print">
                    <NavLink to=View::DiaryPrint class="button">{tr!(DIARY_PRINT_LINK)}</NavLink>
                </p>
            </Show>
            <section class="card" aria-labelledby="diary-evidence-title">
                <h2 id="diary-evidence-title">{tr!(DIARY_LIMITS_TITLE)}</h2>
                <P key=keys::DIARY_EVIDENCE/>
                <P key=keys::DIARY_LIMIT_EVIDENCE/>
                <P key=keys::DIARY_KEEP_FORGET/>
                <P key=keys::DIARY_LIMIT_DECISION/>
            </section>
            <Show when=has_entries>
                <erase::EraseAll session said/>
            </Show>
        </div>
    }
    .into_any()
}

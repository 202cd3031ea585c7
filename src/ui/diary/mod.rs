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
//! An open diary closes itself (`ui::away`, `core::away`): the page hidden 2 minutes or
//! unused 5 minutes, or left. Closing saves first if it is kept (on a real unload that
//! save may never finish), drops the diary, the plan and the key, and shows Home, whose
//! arrival drops the entry being written and the names to print with their views.

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
use crate::tr;
use crate::ui::state::Session;
use crate::ui::widgets::keep::{KeepControl, KeepPanel, DIARY_WORDS};
use crate::ui::widgets::{NavLink, ViewTitle, P};

pub use link::DiaryLink;
pub use print::DiaryPrintView;

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
    let Some(session) = Session::provided() else {
        return ().into_any();
    };
    let editing = RwSignal::new(None::<entry::Editing>);
    let said = RwSignal::new(None::<Said>);
    let has_entries = move || session.diary.with(|d| !d.is_empty());
    let autoclose = move || {
        let l = crate::core::away::DIARY;
        crate::i18n::t_args(
            keys::DIARY_AUTOCLOSE,
            &[
                ("hidden", l.hidden_minutes().into()),
                ("idle", l.idle_minutes().into()),
            ],
        )
    };

    view! {
        <div class="diary diary-view">
            <ViewTitle key=keys::DIARY_TITLE/>
            <P key=keys::DIARY_INTRO/>
            <p class="reassure">{tr!(DIARY_MEMORY)}</p>
            <KeepPanel keep=KeepControl::new(session, DIARY_WORDS)/>
            <p class="hint">{autoclose}</p>
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

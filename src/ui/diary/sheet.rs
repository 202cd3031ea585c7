//! What reaches paper (and its preview on screen): (a) the dated record of the chosen
//! entries, in the page's language, and (b) the request for a no-contact order, always in
//! Vietnamese, with an English or Khmer copy for the person if they asked. Print styles
//! (style/plan.css) hide everything else of the printing screen; each part starts a page.

use leptos::prelude::*;

use crate::core::calendar::Day;
use crate::core::diary::request::{self, Choices, Piece, Role};
use crate::core::diary::{Children, EntryId};
use crate::core::directory;
use crate::core::lang::Lang;
use crate::i18n::{lang, message, Arg};
use crate::keys;
use crate::ui::state::Session;

/// What the printing screen chose (its own signals, never the session's).
#[derive(Clone, Copy)]
pub struct Choice {
    pub chosen: RwSignal<Vec<EntryId>>,
    pub commune: RwSignal<Option<u32>>,
    pub own_name: RwSignal<String>,
    pub other_name: RwSignal<String>,
    pub copy: RwSignal<Option<Lang>>,
    pub today: Day,
}

fn say(l: Lang, key: &str, args: &[(&'static str, String)]) -> String {
    let args: Vec<(&'static str, Arg)> = args
        .iter()
        .map(|(k, v)| (*k, Arg::from(v.clone())))
        .collect();
    message(l, key, Some(&args))
}

/// The request's pieces as paper, in `l`.
fn request_in(l: Lang, pieces: &[Piece], copy: bool) -> AnyView {
    let body = pieces
        .iter()
        .map(|p| match p {
            Piece::Say { key, args, role } => {
                let class = match role {
                    Role::Motto => "diary-req-motto",
                    Role::Date => "diary-req-date",
                    Role::Title => "diary-req-title",
                    Role::Line => "diary-req-line",
                    Role::Heading => "diary-req-heading",
                    Role::Sign => "diary-req-sign",
                };
                view! { <p class=class>{say(l, key, args)}</p> }.into_any()
            }
            Piece::Incident {
                day,
                facts,
                children_present,
            } => {
                let when = match day {
                    Some(d) => say(l, keys::DIARY_REQ_ON, &[("date", d.dmy())]),
                    None => message(l, keys::DIARY_REQ_UNDATED, None),
                };
                let facts = facts
                    .iter()
                    .map(|(label, text)| {
                        view! { <li>{message(l, label, None)}": "{text.clone()}</li> }
                    })
                    .collect_view();
                let children = children_present
                    .then(|| view! { <li>{message(l, keys::DIARY_REQ_CHILDREN, None)}</li> });
                view! {
                    <div class="diary-req-incident">
                        <p class="diary-req-when">{when}</p>
                        <ul>{facts}{children}</ul>
                    </div>
                }
                .into_any()
            }
        })
        .collect_view();
    let note = copy.then(|| view! { <p class="diary-req-copy-note">{message(l, keys::DIARY_REQ_COPY_NOTE, None)}</p> });
    view! {
        <section class="diary-part diary-req" lang=l.code()>
            {note}
            {body}
            <div class="diary-sign-space"></div>
        </section>
    }
    .into_any()
}

#[component]
pub fn Sheet(session: Session, choice: Choice) -> impl IntoView {
    let record = move || {
        let l = lang();
        session.diary.with(|d| {
            let chosen = choice.chosen.try_get().unwrap_or_default();
            let rows = d
                .by_date()
                .into_iter()
                .filter(|(id, _)| chosen.contains(id))
                .map(|(_, e)| {
                    let when = e
                        .day
                        .map_or_else(|| message(l, keys::DIARY_UNDATED, None), Day::dmy);
                    let facts = e
                        .written()
                        .map(|(f, text)| {
                            view! {
                                <div class="plan-print-field">
                                    <p class="plan-print-label">{message(l, f.label(), None)}</p>
                                    <p class="plan-print-text">{text.to_string()}</p>
                                </div>
                            }
                        })
                        .collect_view();
                    let children = (e.children != Children::NotSaid).then(|| {
                        view! {
                            <p>{message(l, keys::DIARY_FIELD_CHILDREN, None)}" "{message(l, e.children.key(), None)}</p>
                        }
                    });
                    view! { <section class="diary-record-entry"><h3>{when}</h3>{facts}{children}</section> }
                })
                .collect_view();
            view! {
                <section class="diary-part diary-record">
                    <h2>{message(l, keys::DIARY_RECORD_TITLE, None)}</h2>
                    <p>{say(l, keys::DIARY_RECORD_PRINTED, &[("date", choice.today.dmy())])}</p>
                    {rows}
                </section>
            }
        })
    };
    let request = move || {
        session.diary.with(|d| {
            let chosen = choice.chosen.try_get().unwrap_or_default();
            let (own, other) = (
                choice.own_name.try_get().unwrap_or_default(),
                choice.other_name.try_get().unwrap_or_default(),
            );
            let entries = d
                .by_date()
                .into_iter()
                .filter(|(id, _)| chosen.contains(id))
                .map(|(_, e)| e)
                .collect();
            let pieces = request::build(
                &Choices {
                    entries,
                    commune: choice.commune.try_get().flatten().and_then(directory::unit),
                    own_name: &own,
                    other_name: &other,
                },
                choice.today,
            );
            let copy = choice.copy.try_get().flatten().filter(|l| *l != Lang::Vi);
            view! {
                {request_in(Lang::Vi, &pieces, false)}
                {copy.map(|l| request_in(l, &pieces, true))}
            }
        })
    };
    view! {
        <div class="diary-sheet">
            {record}
            {request}
        </div>
    }
}

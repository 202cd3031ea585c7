//! The pages for the people around someone (a friend, a teacher, a child): one layout
//! for the content tables in `core::people`. Nothing here asks or stores anything.

mod child;
mod helper;
mod teacher;

pub use child::ChildView;
pub use helper::HelperView;
pub use teacher::TeacherView;

use leptos::prelude::*;

use crate::core::people::{Block, Page, Section};
use crate::i18n::tr;
use crate::ui::widgets::{NavLink, ViewTitle};

/// A whole page: its title, then each section with its heading.
#[component]
pub(crate) fn PageBody(page: &'static Page, class: &'static str) -> impl IntoView {
    view! {
        <div class=class>
            <ViewTitle key=page.title/>
            {page.sections.iter().map(|s| view! { <PageSection s=s/> }).collect_view()}
        </div>
    }
}

#[component]
fn PageSection(s: &'static Section) -> impl IntoView {
    let blocks = s.blocks.iter().map(|b| block(*b)).collect_view();
    match s.title {
        Some(title) => view! {
            <section class="people-section" aria-labelledby=s.id>
                <h2 id=s.id>{tr(title)}</h2>
                {blocks}
            </section>
        }
        .into_any(),
        None => view! { <div class="people-section" id=s.id>{blocks}</div> }.into_any(),
    }
}

fn items(keys: &'static [&'static str]) -> impl IntoView {
    keys.iter()
        .map(|k| view! { <li>{tr(k)}</li> })
        .collect_view()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Text(k) => view! { <p>{tr(k)}</p> }.into_any(),
        Block::Say(ks) => view! { <ul class="people-say">{items(ks)}</ul> }.into_any(),
        Block::Avoid(pairs) => view! {
            <ul class="people-avoid">
                {pairs
                    .iter()
                    .map(|(say, why)| view! {
                        <li>
                            <p class="people-avoid-say">{tr(say)}</p>
                            <p class="people-avoid-why">{tr(why)}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::List(ks) => view! { <ul class="people-list">{items(ks)}</ul> }.into_any(),
        Block::Steps(ks) => view! { <ol class="people-steps">{items(ks)}</ol> }.into_any(),
        Block::Call(line, label, note) => view! {
            <div class="people-call-block">
                <a class="people-call" data-line=line.digits() href=line.tel()>{tr(label)}</a>
                {note.map(|n| view! { <p class="people-call-note">{tr(n)}</p> })}
            </div>
        }
        .into_any(),
        Block::Go(to, label) => view! {
            <p class="people-go"><NavLink to=to>{tr(label)}</NavLink></p>
        }
        .into_any(),
    }
}

//! The help view following "what matters to me": on arrival, when nothing is chosen yet,
//! the needs the answers point to are preselected (a plan opened from this device in this
//! visit counts); a line says where they came from, and an honest line names what the
//! list has no local entry for yet.

use leptos::prelude::*;

use crate::core::plan::matters::Matters;
use crate::i18n::tr;
use crate::tr;
use crate::ui::state::Session;

#[component]
pub fn MattersNeeds(session: Session) -> impl IntoView {
    let matters = Memo::new(move |_| session.plan.with(|p| p.matters.clone()));
    let wanted = matters.with_untracked(Matters::needs);
    if session.needs.with_untracked(Vec::is_empty) && !wanted.is_empty() {
        session.needs.set(wanted);
    }
    let from_answers = move || {
        let wanted = matters.with(Matters::needs);
        !wanted.is_empty() && session.needs.with(|n| *n == wanted)
    };
    view! {
        <Show when=from_answers>
            <p class="hint matters-help-note">{tr!(MATTERS_HELP_NOTE)}</p>
        </Show>
        {move || {
            matters
                .with(Matters::unlisted)
                .into_iter()
                .map(|k| view! { <p class="help-note matters-unlisted">{tr(k)}</p> })
                .collect_view()
        }}
    }
}

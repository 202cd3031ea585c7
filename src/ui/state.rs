//! App-wide state held in context: where we are (navigation) and what the person has
//! told us in this visit (memory only). `forget` drops all of it (quick exit).

use leptos::prelude::*;

use crate::core::check::Assessment;
use crate::core::lang::Lang;
use crate::core::need::Need;
use crate::core::plan::Plan;
use crate::core::route::{Route, View};
use crate::platform::{history, page};

/// Navigation: the current view lives in a signal; the address bar follows with
/// `replaceState` only (see `platform::history`), so no history entry is ever added.
#[derive(Clone, Copy)]
pub struct Nav {
    pub view: RwSignal<View>,
    pub lang: RwSignal<Lang>,
    pub embed: bool,
}

/// The id every view gives its `<h1>`, so focus can move there on navigation.
pub const VIEW_TITLE_ID: &str = "view-title";

impl Nav {
    pub fn go(self, to: View) {
        if self.view.get_untracked() != to {
            self.view.set(to);
        }
        // After the new view has rendered: screen readers hear its title, and a phone
        // shows its top rather than the middle of the old page. A view whose code is
        // still on its way takes focus when it arrives.
        crate::ui::lazy::focus_on_arrival();
        request_animation_frame(|| page::focus_and_scroll_top(VIEW_TITLE_ID));
    }

    /// Switches language in place once its words have arrived. If they cannot arrive,
    /// loads the page in that language instead: its first paint is already in the page.
    pub fn switch_lang(self, to: Lang) {
        use crate::i18n::{ensure, Part};
        leptos::task::spawn_local(async move {
            let view = self.view.get_untracked();
            let mut ready = ensure(to, Part::First).await;
            if ready.is_ok() && view != View::Home {
                ready = ensure(to, Part::Rest).await;
            }
            match ready {
                Ok(()) => self.lang.set(to),
                Err(_) => history::reload_as(view, to, self.embed),
            }
        });
    }

    /// A real address for links, so they still work when opened in a new tab.
    pub fn href(self, to: View) -> String {
        Route::to_query(to, self.lang.get(), self.embed)
    }

    /// Keeps the address bar and `<html lang>` in step with the state.
    pub fn sync_address(self) {
        Effect::new(move |_| {
            let (view, lang) = (self.view.get(), self.lang.get());
            history::replace(view, lang, self.embed);
            page::set_html_lang(lang.code());
            page::set_title(&crate::i18n::message(lang, crate::keys::APP_NAME, None));
        });
    }
}

/// What the person has chosen in this visit. Memory only; never stored or sent.
#[derive(Clone, Copy)]
pub struct Session {
    /// Needs preselected for the contacts view (from a deep link, the self-check or the plan).
    pub needs: RwSignal<Vec<Need>>,
    /// A commune-level unit code preselected for the contacts view.
    pub area: RwSignal<Option<u32>>,
    /// The result of a self-check done in this visit (the answers themselves are not kept).
    pub assessment: RwSignal<Option<Assessment>>,
    /// The safety plan being written, in memory.
    pub plan: RwSignal<Plan>,
}

impl Session {
    pub fn new(route: &Route) -> Self {
        Session {
            needs: RwSignal::new(route.needs.clone()),
            area: RwSignal::new(route.area),
            assessment: RwSignal::new(None),
            plan: RwSignal::new(Plan::default()),
        }
    }

    /// Drops everything the person entered or chose.
    pub fn forget(self) {
        self.needs.set(Vec::new());
        self.area.set(None);
        self.assessment.set(None);
        self.plan.set(Plan::default());
    }
}

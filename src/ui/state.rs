//! App-wide state held in context: where we are (navigation) and what the person has
//! told us in this visit (memory only). `Session` owns every secret of the visit, and
//! `Session::forget` drops all of it (quick exit).
//!
//! Components reach both through [`Nav::provided`] and [`Session::provided`], which
//! never make a new one: a component outside `App` renders nothing rather than keep
//! state that quick exit could not reach.

use leptos::prelude::*;

use crate::core::check::{Answers, Assessment, Mode};
use crate::core::diary::Diary;
use crate::core::lang::Lang;
use crate::core::need::Need;
use crate::core::phone::Answers as PhoneAnswers;
use crate::core::plan::Plan;
use crate::core::route::{Route, View};
use crate::platform::keeper::Unlocked;
use crate::platform::{history, page};

/// Navigation: the current view lives in a signal, in memory only. The address bar never
/// follows (see `platform::history`): a history list would keep each view's address.
#[derive(Clone, Copy)]
pub struct Nav {
    pub view: RwSignal<View>,
    pub lang: RwSignal<Lang>,
    pub embed: bool,
}

/// One view's reading of the current view (see [`scope_view`]).
#[derive(Clone, Copy)]
struct ViewNav(Memo<View>);

/// Called first by every view: what the view reads from app-wide signals (the language,
/// the current view), it reads through memos the view owns, so its subscriptions end
/// with it. A signal keeps every subscriber it ever had until it next changes; without
/// this, each Home ↔ plan round trip kept ~40 KB of dead subscriptions for as long as
/// the language stayed the same.
pub fn scope_view() {
    crate::i18n::scope_language();
    if let Some(nav) = Nav::provided() {
        provide_context(ViewNav(Memo::new(move |_| nav.view.get())));
    }
}

/// The id every view gives its `<h1>`, so focus can move there on navigation.
pub const VIEW_TITLE_ID: &str = "view-title";

impl Nav {
    /// The app's navigation, as `App` provides it; `None` outside `App`.
    pub fn provided() -> Option<Nav> {
        use_context::<Nav>()
    }

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
    /// loads the page in that language instead, at an address that names no view
    /// (`?lang=km`): its first paint is already in the page, so the numbers show even
    /// then, and the history keeps no part of the app.
    pub fn switch_lang(self, to: Lang) {
        use crate::i18n::{ensure, Part};
        leptos::task::spawn_local(async move {
            let view = self.view.try_get_untracked().unwrap_or_default();
            let mut ready = ensure(to, Part::First).await;
            if ready.is_ok() && view != View::Home {
                ready = ensure(to, Part::Rest).await;
            }
            if ready.is_ok() && view.words() == crate::core::view::Words::OwnAndPage {
                ready = ensure(to, Part::Pages).await;
            }
            match ready {
                Ok(()) => self.lang.set(to),
                Err(_) => history::reload_in(to, self.embed),
            }
        });
    }

    /// A real address for links, so they still work when opened in a new tab. Neutral
    /// words only (`?v=2&lang=vi`); the app itself never loads it.
    pub fn href(self, to: View) -> String {
        Route::to_query(to, crate::i18n::lang(), self.embed)
    }

    /// The view shown (reactive), read through the current view's memo when there is
    /// one (see [`scope_view`]).
    pub fn current(self) -> View {
        use_context::<ViewNav>()
            .and_then(|v| v.0.try_get())
            .or_else(|| self.view.try_get())
            .unwrap_or_default()
    }

    /// Keeps `<html lang>`, `<html data-view>` and the neutral title in step with the
    /// state. Never the address: it stays as the person opened it (boot.js has already
    /// stripped a deep link's words).
    pub fn sync_address(self) {
        Effect::new(move |_| {
            let (view, lang) = (self.view.get(), self.lang.get());
            page::set_html_lang(lang.code());
            page::set_view(view.param());
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
    /// The incident diary, in memory (kept only inside the same encrypted value).
    pub diary: RwSignal<Diary>,
    /// The kept or opened plan's key, envelope and last-saved copy (`platform::keeper`).
    /// Local: a `CryptoKey` is a browser object and never leaves this thread.
    pub unlocked: RwSignal<Option<Unlocked>, LocalStorage>,
    /// The self-check in progress: who it is about, and the answers so far. The
    /// self-check view starts them afresh each time it opens.
    pub check_mode: RwSignal<Option<Mode>>,
    pub answers: RwSignal<Answers>,
    /// The answers of "Is my phone safe?" (kept across views in this visit, never stored).
    pub phone: RwSignal<PhoneAnswers>,
    /// Bumped by `forget` and `close_diary`. Work that awaits (an `open` deriving its key
    /// for seconds) takes it before and writes nothing back if it changed meanwhile.
    epoch: StoredValue<u32>,
}

impl Session {
    pub fn new(route: &Route) -> Self {
        Session {
            needs: RwSignal::new(route.needs.clone()),
            area: RwSignal::new(route.area),
            assessment: RwSignal::new(None),
            plan: RwSignal::new(Plan::default()),
            diary: RwSignal::new(Diary::default()),
            unlocked: RwSignal::new_local(None),
            check_mode: RwSignal::new(None),
            answers: RwSignal::new(Answers::new()),
            phone: RwSignal::new(PhoneAnswers::default()),
            epoch: StoredValue::new(0),
        }
    }

    /// The current epoch, to take before an `await` and check with [`Session::still`].
    pub fn epoch(self) -> u32 {
        self.epoch.try_get_value().unwrap_or_default()
    }

    /// Whether nothing was forgotten or closed since `epoch` was taken.
    pub fn still(self, epoch: u32) -> bool {
        self.epoch.try_get_value() == Some(epoch)
    }

    /// The app's session, as `App` provides it; `None` outside `App`.
    pub fn provided() -> Option<Session> {
        use_context::<Session>()
    }

    /// Drops everything the person entered or chose, and the kept plan's key: the one
    /// preparation quick exit makes before leaving. What is kept on the device (only if
    /// the person chose to) stays, still encrypted.
    pub fn forget(self) {
        // Written out field by field, without `..`: a new field does not compile here
        // until it is forgotten too.
        let Session {
            needs,
            area,
            assessment,
            plan,
            diary,
            unlocked,
            check_mode,
            answers,
            phone,
            epoch,
        } = self;
        epoch.try_update_value(|e| *e = e.wrapping_add(1));
        needs.set(Vec::new());
        area.set(None);
        assessment.set(None);
        plan.set(Plan::default());
        diary.set(Diary::default());
        unlocked.set(None);
        check_mode.set(None);
        answers.set(Answers::new());
        phone.set(PhoneAnswers::default());
    }

    /// Whether the session holds nothing of the person's (what `forget` leaves).
    pub fn is_blank(self) -> bool {
        let Session {
            needs,
            area,
            assessment,
            plan,
            diary,
            unlocked,
            check_mode,
            answers,
            phone,
            epoch: _,
        } = self;
        needs.with_untracked(Vec::is_empty)
            && area.with_untracked(Option::is_none)
            && assessment.with_untracked(Option::is_none)
            && plan.with_untracked(|p| *p == Plan::default())
            && diary.with_untracked(Diary::is_empty)
            && unlocked.with_untracked(Option::is_none)
            && check_mode.with_untracked(Option::is_none)
            && answers.with_untracked(|a| *a == Answers::new())
            && phone.with_untracked(|a| a.is_empty())
    }

    /// Whether the plan or diary on screen has changes not yet saved to the kept copy.
    pub fn unsaved(self) -> bool {
        self.unlocked.with(|u| {
            u.as_ref().is_some_and(|u| {
                self.plan.with(|p| u.differs_from(p))
                    || self.diary.with(|d| u.diary_differs_from(d))
            })
        })
    }

    /// Closes everything the visit holds (hidden, unused or left too long): takes what is
    /// kept and open out of the session, then forgets everything, as quick exit does.
    /// What it returns is to be saved with [`Closing::save`], called only from lazily
    /// loaded code (`ui::away`), so the first visit carries no crypto.
    pub fn close(self) -> Option<Closing> {
        let kept = self.take_kept();
        self.forget();
        kept
    }

    /// Closes an open diary (it was hidden or unused too long): if it is kept, saves the
    /// plan and diary first with the key in memory; then drops the diary, the plan and
    /// the key. `None` when nothing needed saving; otherwise the save to wait for.
    pub fn close_diary(self) -> Option<impl std::future::Future<Output = ()>> {
        self.take_kept().and_then(Closing::save)
    }

    /// Drops the diary, the plan and the key (work in flight is told by the epoch), and
    /// hands them over when a kept value is open.
    fn take_kept(self) -> Option<Closing> {
        let current = self.unlocked.get_untracked();
        let (plan, diary) = (self.plan.get_untracked(), self.diary.get_untracked());
        self.epoch.try_update_value(|e| *e = e.wrapping_add(1));
        self.diary.set(Diary::default());
        self.plan.set(Plan::default());
        self.unlocked.set(None);
        current.map(|current| Closing {
            current,
            plan,
            diary,
        })
    }
}

/// A kept plan and diary taken out of a closing session, with their key.
pub struct Closing {
    current: Unlocked,
    plan: Plan,
    diary: Diary,
}

impl Closing {
    /// The save to wait for, or `None` when nothing changed since the last save.
    pub fn save(self) -> Option<impl std::future::Future<Output = ()>> {
        let Closing {
            current,
            plan,
            diary,
        } = self;
        if !(current.differs_from(&plan) || current.diary_differs_from(&diary)) {
            return None;
        }
        Some(async move {
            // Nothing to tell anyone if it fails: what was kept before stays kept.
            if let Ok(sealed) = crate::platform::keeper::save(current, plan, diary).await {
                let _ = sealed.store();
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::Answer;
    use crate::core::plan::{FieldId, SectionId};

    fn field() -> FieldId {
        SectionId::ALL
            .iter()
            .find_map(|s| s.fields().next())
            .expect("a plan section has a field")
    }

    fn an_entry() -> crate::core::diary::Entry {
        let mut e = crate::core::diary::Entry::default();
        e.set_text(crate::core::diary::Field::What, "marker");
        e
    }

    fn filled() -> Session {
        let route = Route::parse("?need=medical,legal&area=30337");
        let s = Session::new(&route);
        s.diary.update(|d| {
            let _ = d.add(an_entry());
        });
        let mut plan = Plan::default();
        plan.set_field(field(), "the neighbour's number");
        s.plan.set(plan.clone());
        s.unlocked.set(Some(Unlocked::for_test(plan)));
        s.check_mode.set(Some(Mode::default()));
        s.answers.update(|a| a.answer(Answer::Yes));
        s.assessment.set(Some(crate::core::check::assess(
            &s.answers.get_untracked(),
            Mode::default(),
        )));
        s
    }

    #[test]
    fn forget_and_closing_the_diary_turn_away_work_still_running() {
        let s = filled();
        let before = s.epoch();
        assert!(s.still(before));
        s.forget();
        assert!(
            !s.still(before),
            "an open started before quick exit writes nothing back"
        );
        let again = s.epoch();
        drop(s.close_diary());
        assert!(!s.still(again), "nor one started before the diary closed");
    }

    #[test]
    fn forget_drops_the_plan_its_key_and_every_answer() {
        let s = filled();
        // The check below can fail: a filled session is not blank.
        assert!(!s.is_blank());
        assert!(s.unlocked.with_untracked(Option::is_some));
        assert!(s.plan.with_untracked(|p| !p.is_empty()));
        s.forget();
        assert!(s.is_blank());
        assert!(s.unlocked.with_untracked(Option::is_none));
        assert!(s.plan.with_untracked(Plan::is_empty));
    }

    #[test]
    fn each_field_alone_makes_the_session_not_blank() {
        // So `is_blank` really looks at every field (and `forget` is checked by it).
        let cases: [fn(Session); 9] = [
            |s| {
                s.diary.update(|d| {
                    let _ = d.add(an_entry());
                })
            },
            |s| s.needs.set(vec![Need::ALL[0]]),
            |s| s.area.set(Some(1)),
            |s| {
                s.assessment.set(Some(crate::core::check::assess(
                    &Answers::new(),
                    Mode::default(),
                )))
            },
            |s| s.plan.update(|p| p.set_field(field(), "x")),
            |s| s.unlocked.set(Some(Unlocked::for_test(Plan::default()))),
            |s| s.check_mode.set(Some(Mode::default())),
            |s| s.answers.update(|a| a.answer(Answer::Yes)),
            |s| {
                s.phone
                    .update(|a| a.set_sign(crate::core::phone::Sign::Place, true))
            },
        ];
        for (i, fill) in cases.into_iter().enumerate() {
            let s = Session::new(&Route::default());
            assert!(s.is_blank(), "new session {i}");
            fill(s);
            assert!(!s.is_blank(), "field {i} went unnoticed");
            s.forget();
            assert!(s.is_blank(), "field {i} was not forgotten");
        }
    }

    #[test]
    fn closing_the_diary_drops_it_with_the_plan_and_key() {
        let s = filled();
        // Nothing kept differs here (a fresh stand-in has no diary): a save would be due,
        // but this native test only checks what is dropped at once.
        drop(s.close_diary());
        assert!(s.diary.with_untracked(crate::core::diary::Diary::is_empty));
        assert!(s.plan.with_untracked(Plan::is_empty));
        assert!(s.unlocked.with_untracked(Option::is_none));
        let s = Session::new(&Route::default());
        assert!(s.close_diary().is_none(), "nothing kept: nothing to save");
    }

    #[test]
    fn closing_drops_everything_a_close_diary_leaves() {
        let s = filled();
        drop(s.close().and_then(Closing::save));
        assert!(
            s.is_blank(),
            "the needs, the area and the self-check go too"
        );
    }

    #[test]
    fn unsaved_diary_counts_as_unsaved() {
        let s = Session::new(&Route::default());
        s.unlocked.set(Some(Unlocked::for_test(Plan::default())));
        assert!(!s.unsaved());
        s.diary.update(|d| {
            let _ = d.add(an_entry());
        });
        assert!(s.unsaved());
        let now = s.diary.get_untracked();
        s.unlocked
            .set(Some(Unlocked::for_test_with(Plan::default(), now)));
        assert!(!s.unsaved());
    }

    #[test]
    fn unsaved_follows_the_kept_copy() {
        let s = Session::new(&Route::default());
        assert!(!s.unsaved(), "nothing kept: nothing to save");
        s.unlocked.set(Some(Unlocked::for_test(Plan::default())));
        assert!(!s.unsaved());
        s.plan.update(|p| p.set_field(field(), "x"));
        assert!(s.unsaved());
        let now = s.plan.get_untracked();
        s.unlocked.set(Some(Unlocked::for_test(now)));
        assert!(!s.unsaved());
    }
}

//! The private self-check: a start screen, one question per screen, and the result.
//!
//! The answers live in `Session` (so quick exit's `forget` drops them) and are started
//! afresh every time this view opens, so leaving the view for any other view drops them. Nothing is written to storage or to the address. Only the
//! `Assessment` (no answers, no score) is put in `Session` when the result is shown,
//! because the safety plan reads its topics.

mod question;
mod result;
mod start;

use leptos::prelude::*;

use crate::core::check::{assess, Answer, Answers, Mode, Question};
use crate::core::need::Need;
use crate::core::route::View;
use crate::platform::page;
use crate::ui::state::{Nav, Session, VIEW_TITLE_ID};

/// The element each screen is wrapped in: it is scrolled to the top on every new screen.
const SCREEN_ID: &str = "check-screen";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Start,
    Question(Question),
    Result,
}

/// "Back" to the screen before.
#[component]
fn Back(flow: Flow) -> impl IntoView {
    view! {
        <button type="button" class="secondary check-back" on:click=move |_| flow.back()>
            <span class="check-arrow" aria-hidden="true">"←"</span>
            {crate::tr!(CHECK_BACK)}
        </button>
    }
}

/// The self-check's memory and the moves between its screens.
#[derive(Clone, Copy)]
struct Flow {
    /// `None` until the person chose who the self-check is about.
    mode: RwSignal<Option<Mode>>,
    answers: RwSignal<Answers>,
    session: Session,
    nav: Nav,
}

impl Flow {
    /// The self-check of the app's session, started afresh; `None` outside `App`.
    fn new() -> Option<Self> {
        let (session, nav) = (Session::provided()?, Nav::provided()?);
        let flow = Flow {
            mode: session.check_mode,
            answers: session.answers,
            session,
            nav,
        };
        flow.clear();
        Some(flow)
    }

    /// Forgets the answers and who they were about (the result stays).
    fn clear(self) {
        self.answers.set(Answers::new());
        self.mode.set(None);
    }

    fn screen(self) -> Screen {
        match self.mode.get() {
            Some(_) => match self.answers.with(Answers::current) {
                Some(q) => Screen::Question(q),
                None => Screen::Result,
            },
            // Coming back to the self-check (from the plan or contacts) after a result in
            // this visit: show that result again. Its answers are gone, so there is no Back.
            None if self.session.assessment.with(Option::is_some) => Screen::Result,
            None => Screen::Start,
        }
    }

    fn choose(self, mode: Mode) {
        self.answers.set(Answers::new());
        self.mode.set(Some(mode));
        reveal();
    }

    fn answer(self, a: Answer) {
        self.answers.update(|x| x.answer(a));
        self.finish_if_done();
        reveal();
    }

    fn skip(self) {
        self.answers.update(Answers::skip);
        self.finish_if_done();
        reveal();
    }

    /// When the last question has been passed: the result is shown, so the plan and the
    /// contacts view may use it.
    fn finish_if_done(self) {
        let Some(mode) = self.mode.get_untracked() else {
            return;
        };
        let done = self
            .answers
            .with_untracked(|a| a.is_finished().then(|| assess(a, mode)));
        if let Some(assessment) = done {
            self.session.assessment.set(Some(assessment));
        }
    }

    /// One screen back; from the first question, back to the start screen.
    fn back(self) {
        let from_result = self.answers.with_untracked(Answers::is_finished);
        let mut moved = false;
        self.answers.update(|a| moved = a.back());
        if from_result {
            // The answers are about to change: a stale result must not reach the plan.
            self.session.assessment.set(None);
        }
        if !moved {
            self.mode.set(None);
        }
        reveal();
    }

    /// Forgets the answers and the result.
    fn reset(self) {
        self.clear();
        self.session.assessment.set(None);
    }

    /// Forgets everything and shows the start screen again.
    fn restart(self) {
        self.reset();
        reveal();
    }

    /// Forgets everything and goes Home ("Stop and erase my answers").
    fn home(self) {
        self.reset();
        self.nav.go(View::Home);
    }

    fn to_plan(self) {
        self.nav.go(View::Plan);
    }

    /// Contacts filtered to what the answers suggest; the area the person may have
    /// chosen there stays as it is.
    fn to_help(self, needs: Vec<Need>) {
        self.session.needs.set(needs);
        self.nav.go(View::Help);
    }
}

/// After the new screen has rendered: bring it to the top and move focus to its heading,
/// so screen readers read the new question and the answer buttons are under the thumb.
fn reveal() {
    request_animation_frame(|| page::reveal_and_focus(SCREEN_ID, VIEW_TITLE_ID));
}

#[component]
pub fn CheckView() -> impl IntoView {
    let Some(flow) = Flow::new() else {
        return ().into_any();
    };
    let screen = Memo::new(move |_| flow.screen());

    // Leaving for Home is the person's way of saying "I am done here": the result goes
    // too, so the plan no longer reorders itself by it and nothing of the self-check is
    // left for someone else who picks up the phone. Leaving for the plan or contacts
    // keeps the result (not the answers): that is where the result sends them.
    let (nav, session) = (flow.nav, flow.session);
    on_cleanup(move || {
        // The answers go with the view (the session outlives it).
        flow.clear();
        if nav.view.get_untracked() == View::Home {
            session.assessment.set(None);
        }
    });

    view! {
        <div class="check">
            {move || match screen.get() {
                Screen::Start => view! { <start::StartScreen flow=flow/> }.into_any(),
                Screen::Question(q) => view! { <question::QuestionScreen flow=flow q=q/> }.into_any(),
                Screen::Result => view! { <result::ResultScreen flow=flow/> }.into_any(),
            }}
        </div>
    }
    .into_any()
}

//! One question per screen: the question is the group's legend and the screen's heading
//! (focus moves to it, so screen readers read it), big Yes / No / Not sure buttons,
//! a quieter Skip, progress in words for screen readers and "4 / 18" for the eye, Back.

use leptos::prelude::*;

use super::{Back, Flow, SCREEN_ID};
use crate::core::check::{Answer, Question};
use crate::i18n::{t_args, tr};
use crate::keys;
use crate::tr;
use crate::ui::state::VIEW_TITLE_ID;

#[component]
pub(super) fn QuestionScreen(flow: Flow, q: Question) -> impl IntoView {
    let mode = flow.mode.get_untracked().unwrap_or_default();
    let (n, total) = flow.answers.with_untracked(|a| a.progress());
    let given = flow.answers.with_untracked(|a| a.get(q));
    let progress =
        move |key: &'static str| t_args(key, &[("n", n.into()), ("total", total.into())]);
    // Only after Back does a question have an answer: then the buttons say which one.
    let pressed = move |a: Answer| {
        (given != Answer::Skipped).then(|| if given == a { "true" } else { "false" })
    };
    let percent = n.saturating_mul(100).checked_div(total).unwrap_or(0);

    view! {
        <div id=SCREEN_ID class="check-screen check-question" data-question=q.slug()>
            {(n == 1).then(|| view! { <p class="reassure check-intro">{tr(mode.intro_key())}</p> })}
            <fieldset class="check-q">
                <legend>
                    <span class="check-progress">
                        <span aria-hidden="true">{move || progress(keys::CHECK_PROGRESS)}</span>
                        <span class="visually-hidden">{move || progress(keys::CHECK_PROGRESS_LABEL)}</span>
                    </span>
                    <h1 id=VIEW_TITLE_ID tabindex="-1">{tr(q.text_key(mode))}</h1>
                </legend>
                <div class="check-bar" aria-hidden="true">
                    <span style:width=format!("{percent}%")></span>
                </div>
                <div class="check-answers">
                    {Answer::BUTTONS
                        .into_iter()
                        .map(|a| {
                            view! {
                                <button
                                    type="button"
                                    class="check-answer"
                                    aria-pressed=pressed(a)
                                    on:click=move |_| flow.answer(a)
                                >
                                    {tr(a.label_key())}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <button type="button" class="check-skip link-button" on:click=move |_| flow.skip()>
                    {tr!(CHECK_ANSWER_SKIP)}
                </button>
            </fieldset>
            <div class="check-nav">
                <Back flow/>
                <button type="button" class="check-stop link-button" on:click=move |_| flow.home()>
                    {tr!(CHECK_STOP)}
                </button>
            </div>
        </div>
    }
}

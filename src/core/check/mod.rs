//! The private self-check: questions, answers held in memory, and the rules that turn
//! answers into guidance. Pure data and logic; the words live in `locales/*/check.ftl`
//! and are named here only through `crate::keys` consts.
//!
//! Nothing in this module stores or sends anything: `Answers` lives in memory and is
//! dropped (or cleared) when the person leaves the self-check.

mod answers;
mod assess;
mod question;

pub use answers::Answers;
pub use assess::{assess, Assessment, EmergencyNumber, Reason, Urgency};
pub use question::{Form, Marker, Question};

use crate::keys;

/// Who the self-check is about; every question and result is worded for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// "About me".
    #[default]
    Me,
    /// "About someone I care about": the result speaks to the helper.
    Other,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Me, Mode::Other];

    /// The label of the mode button.
    pub fn label_key(self) -> &'static str {
        match self {
            Mode::Me => keys::CHECK_MODE_ME,
            Mode::Other => keys::CHECK_MODE_OTHER,
        }
    }

    /// The line shown before the first question: who "that person" is.
    pub fn intro_key(self) -> &'static str {
        match self {
            Mode::Me => keys::CHECK_INTRO_ME,
            Mode::Other => keys::CHECK_INTRO_OTHER,
        }
    }
}

/// One answer. A question never answered counts as `Skipped`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Answer {
    Yes,
    No,
    NotSure,
    #[default]
    Skipped,
}

impl Answer {
    /// The buttons, in the order shown (Skip is a separate, quieter control).
    pub const BUTTONS: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    pub fn label_key(self) -> &'static str {
        match self {
            Answer::Yes => keys::CHECK_ANSWER_YES,
            Answer::No => keys::CHECK_ANSWER_NO,
            Answer::NotSure => keys::CHECK_ANSWER_NOT_SURE,
            Answer::Skipped => keys::CHECK_ANSWER_SKIP,
        }
    }
}

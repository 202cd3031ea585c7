//! The questions as data: their order, the forms of violence the law names that a "yes"
//! describes, the danger marker it signals, the plan topics it raises, and its words.
//!
//! Our own questions, written from the published risk factors (see
//! ../shared/research/domain.md); no item of the Danger Assessment or the Lethality Screen
//! is reproduced, and nothing is weighted or scored.

use super::Mode;
use crate::core::topic::Topic;
use crate::keys;

/// One question per screen, in the order shown. The order is gentle on purpose: safety
/// right now first (it decides what the result shows first), then everyday control and
/// insults, then physical and sexual violence, and the most frightening markers last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    /// "Are you safe right now?" The only question where "No" is the worrying answer.
    SafeNow,
    Insults,
    Isolation,
    Phone,
    Money,
    Jealousy,
    Hit,
    Worse,
    ForcedSex,
    Pregnancy,
    Children,
    Separation,
    Stalking,
    SuicideThreat,
    Weapon,
    Choke,
    ThreatKill,
    FearKilled,
}

/// The forms of violence, grouped as Law 13/2022/QH15 names harm (Art. 2: physical,
/// mental, sexual, economic) plus the Art. 3 acts people most need named: isolation and
/// control, and violence involving children.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    Physical,
    Psychological,
    Sexual,
    Economic,
    Control,
    Children,
}

/// Danger markers from the published research on intimate-partner homicide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Marker {
    // The strongest markers: any one of them alone means serious danger.
    Strangulation,
    Weapon,
    ThreatToKill,
    FearOfBeingKilled,
    // Markers of danger growing.
    Escalation,
    Separation,
    Jealousy,
    ForcedSex,
    Pregnancy,
    SuicideThreat,
    Stalking,
    ChildHarm,
}

impl Question {
    pub const ALL: [Question; 18] = [
        Question::SafeNow,
        Question::Insults,
        Question::Isolation,
        Question::Phone,
        Question::Money,
        Question::Jealousy,
        Question::Hit,
        Question::Worse,
        Question::ForcedSex,
        Question::Pregnancy,
        Question::Children,
        Question::Separation,
        Question::Stalking,
        Question::SuicideThreat,
        Question::Weapon,
        Question::Choke,
        Question::ThreatKill,
        Question::FearKilled,
    ];

    pub const COUNT: usize = Question::ALL.len();

    /// Position in [`Question::ALL`] (0-based).
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable id for the UI (element ids, test hooks). Never shown, never stored.
    pub fn slug(self) -> &'static str {
        match self {
            Question::SafeNow => "safe-now",
            Question::Insults => "insults",
            Question::Isolation => "isolation",
            Question::Phone => "phone",
            Question::Money => "money",
            Question::Jealousy => "jealousy",
            Question::Hit => "hit",
            Question::Worse => "worse",
            Question::ForcedSex => "forced-sex",
            Question::Pregnancy => "pregnancy",
            Question::Children => "children",
            Question::Separation => "separation",
            Question::Stalking => "stalking",
            Question::SuicideThreat => "suicide-threat",
            Question::Weapon => "weapon",
            Question::Choke => "choke",
            Question::ThreatKill => "threat-kill",
            Question::FearKilled => "fear-killed",
        }
    }

    /// The question's words, worded for who it is about.
    pub fn text_key(self, mode: Mode) -> &'static str {
        use Mode::{Me, Other};
        match (self, mode) {
            (Question::SafeNow, Me) => keys::CHECK_Q_SAFE_NOW_ME,
            (Question::SafeNow, Other) => keys::CHECK_Q_SAFE_NOW_OTHER,
            (Question::Insults, Me) => keys::CHECK_Q_INSULTS_ME,
            (Question::Insults, Other) => keys::CHECK_Q_INSULTS_OTHER,
            (Question::Isolation, Me) => keys::CHECK_Q_ISOLATION_ME,
            (Question::Isolation, Other) => keys::CHECK_Q_ISOLATION_OTHER,
            (Question::Phone, Me) => keys::CHECK_Q_PHONE_ME,
            (Question::Phone, Other) => keys::CHECK_Q_PHONE_OTHER,
            (Question::Money, Me) => keys::CHECK_Q_MONEY_ME,
            (Question::Money, Other) => keys::CHECK_Q_MONEY_OTHER,
            (Question::Jealousy, Me) => keys::CHECK_Q_JEALOUSY_ME,
            (Question::Jealousy, Other) => keys::CHECK_Q_JEALOUSY_OTHER,
            (Question::Hit, Me) => keys::CHECK_Q_HIT_ME,
            (Question::Hit, Other) => keys::CHECK_Q_HIT_OTHER,
            (Question::Worse, Me) => keys::CHECK_Q_WORSE_ME,
            (Question::Worse, Other) => keys::CHECK_Q_WORSE_OTHER,
            (Question::ForcedSex, Me) => keys::CHECK_Q_FORCED_SEX_ME,
            (Question::ForcedSex, Other) => keys::CHECK_Q_FORCED_SEX_OTHER,
            (Question::Pregnancy, Me) => keys::CHECK_Q_PREGNANCY_ME,
            (Question::Pregnancy, Other) => keys::CHECK_Q_PREGNANCY_OTHER,
            (Question::Children, Me) => keys::CHECK_Q_CHILDREN_ME,
            (Question::Children, Other) => keys::CHECK_Q_CHILDREN_OTHER,
            (Question::Separation, Me) => keys::CHECK_Q_SEPARATION_ME,
            (Question::Separation, Other) => keys::CHECK_Q_SEPARATION_OTHER,
            (Question::Stalking, Me) => keys::CHECK_Q_STALKING_ME,
            (Question::Stalking, Other) => keys::CHECK_Q_STALKING_OTHER,
            (Question::SuicideThreat, Me) => keys::CHECK_Q_SUICIDE_THREAT_ME,
            (Question::SuicideThreat, Other) => keys::CHECK_Q_SUICIDE_THREAT_OTHER,
            (Question::Weapon, Me) => keys::CHECK_Q_WEAPON_ME,
            (Question::Weapon, Other) => keys::CHECK_Q_WEAPON_OTHER,
            (Question::Choke, Me) => keys::CHECK_Q_CHOKE_ME,
            (Question::Choke, Other) => keys::CHECK_Q_CHOKE_OTHER,
            (Question::ThreatKill, Me) => keys::CHECK_Q_THREAT_KILL_ME,
            (Question::ThreatKill, Other) => keys::CHECK_Q_THREAT_KILL_OTHER,
            (Question::FearKilled, Me) => keys::CHECK_Q_FEAR_KILLED_ME,
            (Question::FearKilled, Other) => keys::CHECK_Q_FEAR_KILLED_OTHER,
        }
    }

    /// The forms of violence a "yes" describes. Empty for questions about circumstances
    /// (safety now, separation, fear) rather than acts.
    pub fn forms(self) -> &'static [Form] {
        match self {
            Question::SafeNow | Question::Separation | Question::FearKilled => &[],
            // Violence "getting worse" says nothing about which form: the other answers do.
            Question::Worse => &[],
            Question::Insults | Question::Jealousy | Question::SuicideThreat => {
                &[Form::Psychological]
            }
            // Law Art. 3 (e): stopping a family member meeting relatives, isolating them.
            Question::Isolation | Question::Phone => &[Form::Control],
            // Following and watching to frighten: constant psychological pressure.
            Question::Stalking => &[Form::Psychological, Form::Control],
            Question::Money => &[Form::Economic],
            // Art. 3 (a) counts threats against health or life with beatings and torture.
            Question::Hit
            | Question::Pregnancy
            | Question::Weapon
            | Question::Choke
            | Question::ThreatKill => &[Form::Physical],
            Question::ForcedSex => &[Form::Sexual],
            Question::Children => &[Form::Children],
        }
    }

    /// The danger marker this question asks about, if any.
    pub fn marker(self) -> Option<Marker> {
        match self {
            Question::Choke => Some(Marker::Strangulation),
            Question::Weapon => Some(Marker::Weapon),
            Question::ThreatKill => Some(Marker::ThreatToKill),
            Question::FearKilled => Some(Marker::FearOfBeingKilled),
            Question::Worse => Some(Marker::Escalation),
            Question::Separation => Some(Marker::Separation),
            Question::Jealousy => Some(Marker::Jealousy),
            Question::ForcedSex => Some(Marker::ForcedSex),
            Question::Pregnancy => Some(Marker::Pregnancy),
            Question::SuicideThreat => Some(Marker::SuicideThreat),
            Question::Stalking => Some(Marker::Stalking),
            Question::Children => Some(Marker::ChildHarm),
            Question::SafeNow
            | Question::Insults
            | Question::Isolation
            | Question::Phone
            | Question::Money
            | Question::Hit => None,
        }
    }

    /// What the safety plan should bring forward when this answer is a concern.
    /// (`NotSafeNow` and `SeriousDanger` are decided in `assess`, from several answers.)
    pub fn topics(self) -> &'static [Topic] {
        match self {
            Question::Isolation => &[Topic::Isolation],
            Question::Phone => &[Topic::PhoneMonitoring],
            Question::Money => &[Topic::MoneyControl],
            Question::ForcedSex => &[Topic::SexualViolence],
            Question::Pregnancy => &[Topic::Pregnancy],
            Question::Children => &[Topic::Children],
            Question::Separation => &[Topic::Separation],
            Question::Stalking => &[Topic::Stalking],
            Question::Choke => &[Topic::Strangulation],
            _ => &[],
        }
    }

    /// Whether `answer` to this question is a sign of concern ("yes" for every question
    /// but `SafeNow`, where "no" is). `NotSure` is never a sign on its own: see `assess`.
    pub fn is_concern(self, answer: super::Answer) -> bool {
        use super::Answer;
        match self {
            Question::SafeNow => answer == Answer::No,
            _ => answer == Answer::Yes,
        }
    }
}

impl Form {
    pub const ALL: [Form; 6] = [
        Form::Physical,
        Form::Psychological,
        Form::Sexual,
        Form::Economic,
        Form::Control,
        Form::Children,
    ];

    /// Its name, as the law names the harm.
    pub fn name_key(self) -> &'static str {
        match self {
            Form::Physical => keys::CHECK_FORM_PHYSICAL_NAME,
            Form::Psychological => keys::CHECK_FORM_PSYCHOLOGICAL_NAME,
            Form::Sexual => keys::CHECK_FORM_SEXUAL_NAME,
            Form::Economic => keys::CHECK_FORM_ECONOMIC_NAME,
            Form::Control => keys::CHECK_FORM_CONTROL_NAME,
            Form::Children => keys::CHECK_FORM_CHILDREN_NAME,
        }
    }

    /// One line of what Law 13/2022/QH15 (Art. 3) says about it.
    pub fn law_key(self) -> &'static str {
        match self {
            Form::Physical => keys::CHECK_FORM_PHYSICAL_LAW,
            Form::Psychological => keys::CHECK_FORM_PSYCHOLOGICAL_LAW,
            Form::Sexual => keys::CHECK_FORM_SEXUAL_LAW,
            Form::Economic => keys::CHECK_FORM_ECONOMIC_LAW,
            Form::Control => keys::CHECK_FORM_CONTROL_LAW,
            Form::Children => keys::CHECK_FORM_CHILDREN_LAW,
        }
    }

    /// The protection the law offers that fits it best (the full list of where to report
    /// and the no-contact order are shown once, below the forms).
    pub fn protection_key(self) -> &'static str {
        match self {
            Form::Physical => keys::CHECK_FORM_PHYSICAL_PROTECT,
            Form::Psychological => keys::CHECK_FORM_PSYCHOLOGICAL_PROTECT,
            Form::Sexual => keys::CHECK_FORM_SEXUAL_PROTECT,
            Form::Economic => keys::CHECK_FORM_ECONOMIC_PROTECT,
            Form::Control => keys::CHECK_FORM_CONTROL_PROTECT,
            Form::Children => keys::CHECK_FORM_CHILDREN_PROTECT,
        }
    }
}

impl Marker {
    /// One of the four strongest markers: any alone means serious danger.
    pub fn is_strongest(self) -> bool {
        matches!(
            self,
            Marker::Strangulation
                | Marker::Weapon
                | Marker::ThreatToKill
                | Marker::FearOfBeingKilled
        )
    }

    /// Why this marker matters, in plain words (the same sentence in both modes).
    pub fn reason_key(self) -> &'static str {
        match self {
            Marker::Strangulation => keys::CHECK_REASON_CHOKE,
            Marker::Weapon => keys::CHECK_REASON_WEAPON,
            Marker::ThreatToKill => keys::CHECK_REASON_THREAT_KILL,
            Marker::FearOfBeingKilled => keys::CHECK_REASON_FEAR_KILLED,
            Marker::Escalation => keys::CHECK_REASON_WORSE,
            Marker::Separation => keys::CHECK_REASON_SEPARATION,
            Marker::Jealousy => keys::CHECK_REASON_JEALOUSY,
            Marker::ForcedSex => keys::CHECK_REASON_FORCED_SEX,
            Marker::Pregnancy => keys::CHECK_REASON_PREGNANCY,
            Marker::SuicideThreat => keys::CHECK_REASON_SUICIDE_THREAT,
            Marker::Stalking => keys::CHECK_REASON_STALKING,
            Marker::ChildHarm => keys::CHECK_REASON_CHILDREN,
        }
    }
}

//! "Is my phone safe?": from what the other person seems to know and who has had this
//! phone in hand, the steps for that situation only, pure.
//!
//! It starts from what the other person seems to know (NNEDV's diagnostic: location →
//! sharing or a tracker; message content → linked devices or accounts; who you call →
//! the call log or the bill), then from who has held the phone, set it up, knows the
//! passwords, pays the bill. Every step that changes an account or a device says what
//! the other person could notice; the warning to plan first (cutting someone off
//! suddenly can raise the danger; using the phone as usual can be safer) always comes
//! before the first such step. Nothing is scored. Skipping every question shows every
//! step. Sources and dates: docs/sources.md ("Is my phone safe?").

use crate::keys;

/// What the other person seems to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Sign {
    Place,
    Messages,
    Calls,
    Searches,
    Photos,
    Money,
}

impl Sign {
    pub const ALL: [Sign; 6] = [
        Sign::Place,
        Sign::Messages,
        Sign::Calls,
        Sign::Searches,
        Sign::Photos,
        Sign::Money,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Sign::Place => keys::PHONE_SIGN_PLACE,
            Sign::Messages => keys::PHONE_SIGN_MESSAGES,
            Sign::Calls => keys::PHONE_SIGN_CALLS,
            Sign::Searches => keys::PHONE_SIGN_SEARCHES,
            Sign::Photos => keys::PHONE_SIGN_PHOTOS,
            Sign::Money => keys::PHONE_SIGN_MONEY,
        }
    }

    /// A stable word for the page and tests (never shown).
    pub fn code(self) -> &'static str {
        match self {
            Sign::Place => "place",
            Sign::Messages => "messages",
            Sign::Calls => "calls",
            Sign::Searches => "searches",
            Sign::Photos => "photos",
            Sign::Money => "money",
        }
    }
}

/// Who has had this phone or its accounts in hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Fact {
    /// The other person has held or checked this phone.
    Held,
    /// The other person bought or set up this phone.
    SetUp,
    /// The other person knows the Google password.
    Google,
    /// The other person knows the Apple ID password.
    Apple,
    /// The other person knows the Zalo password.
    Zalo,
    /// The other person pays the phone bill.
    Bill,
    /// A family phone, used by several people.
    Family,
}

impl Fact {
    pub const ALL: [Fact; 7] = [
        Fact::Held,
        Fact::SetUp,
        Fact::Google,
        Fact::Apple,
        Fact::Zalo,
        Fact::Bill,
        Fact::Family,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Fact::Held => keys::PHONE_FACT_HELD,
            Fact::SetUp => keys::PHONE_FACT_SETUP,
            Fact::Google => keys::PHONE_FACT_GOOGLE,
            Fact::Apple => keys::PHONE_FACT_APPLE,
            Fact::Zalo => keys::PHONE_FACT_ZALO,
            Fact::Bill => keys::PHONE_FACT_BILL,
            Fact::Family => keys::PHONE_FACT_FAMILY,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Fact::Held => "held",
            Fact::SetUp => "setup",
            Fact::Google => "google",
            Fact::Apple => "apple",
            Fact::Zalo => "zalo",
            Fact::Bill => "bill",
            Fact::Family => "family",
        }
    }
}

/// Which kind of phone; `None` (not said, or not sure) shows the steps of both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Android,
    IPhone,
}

/// The answers, in memory only (`ui::state::Session`): two small sets and a choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    signs: u8,
    facts: u8,
    pub kind: Option<Kind>,
}

impl Answers {
    pub fn has_sign(self, s: Sign) -> bool {
        self.signs & (1 << s as u8) != 0
    }

    pub fn has_fact(self, f: Fact) -> bool {
        self.facts & (1 << f as u8) != 0
    }

    pub fn set_sign(&mut self, s: Sign, on: bool) {
        set_bit(&mut self.signs, s as u8, on);
    }

    pub fn set_fact(&mut self, f: Fact, on: bool) {
        set_bit(&mut self.facts, f as u8, on);
    }

    /// Nothing answered at all (what quick exit and closing leave).
    pub fn is_empty(self) -> bool {
        self == Answers::default()
    }

    /// Nothing said about what they know or about the phone: every step is shown (for
    /// the kind of phone, if that was said).
    pub fn asks_nothing(self) -> bool {
        self.signs == 0 && self.facts == 0
    }
}

fn set_bit(bits: &mut u8, bit: u8, on: bool) {
    if on {
        *bits |= 1 << bit;
    } else {
        *bits &= !(1 << bit);
    }
}

/// Whether a step changes an account or a device, and then what the other person could
/// notice (the "could they notice?" mark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Only looking, or only knowing: nothing changes that anyone else can see.
    None,
    /// Changes an account or a device; the message says what could be noticed.
    Noticeable(&'static str),
}

/// One step: its words, what it changes, whether to do it from a safer phone, and where
/// its menu path comes from (a source and its date, shown as is in every language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub code: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub change: Change,
    pub safer_phone: bool,
    pub source: &'static str,
    /// Shown when any of these is answered (or when nothing is answered).
    signs: &'static [Sign],
    facts: &'static [Fact],
    /// Shown whatever the answers.
    always: bool,
    /// Only for this kind of phone (`None`: any).
    only: Option<Kind>,
}

impl Step {
    pub fn changes(&self) -> bool {
        matches!(self.change, Change::Noticeable(_))
    }

    fn fits(&self, a: Answers) -> bool {
        let kind_fits = match (self.only, a.kind) {
            (Some(only), Some(kind)) => only == kind,
            _ => true,
        };
        if !kind_fits {
            return false;
        }
        if self.always || a.asks_nothing() {
            return true;
        }
        self.signs.iter().any(|&s| a.has_sign(s)) || self.facts.iter().any(|&f| a.has_fact(f))
    }
}

/// What the list shows: the warning to plan first, or a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    PlanFirst,
    Step(&'static Step),
}

const fn step(code: &'static str, title: &'static str, text: &'static str) -> Step {
    Step {
        code,
        title,
        text,
        change: Change::None,
        safer_phone: false,
        source: "",
        signs: &[],
        facts: &[],
        always: false,
        only: None,
    }
}

use Fact as F;
use Sign as S;

/// Every step, looking and knowing first, then what changes something. Within each, the
/// likeliest first.
pub const STEPS: [Step; 16] = [
    Step {
        always: true,
        safer_phone: true,
        source: "Refuge Tech Safety; NNEDV techsafety.org",
        ..step(
            "safer",
            keys::PHONE_STEP_SAFER_TITLE,
            keys::PHONE_STEP_SAFER_TEXT,
        )
    },
    Step {
        signs: &[S::Calls],
        facts: &[F::Bill, F::Family],
        safer_phone: true,
        source: "NNEDV techsafety.org; Refuge Tech Safety",
        ..step(
            "bill",
            keys::PHONE_STEP_BILL_TITLE,
            keys::PHONE_STEP_BILL_TEXT,
        )
    },
    Step {
        signs: &[S::Place, S::Messages, S::Calls],
        facts: &[F::Held, F::SetUp],
        source: "Coalition Against Stalkerware; NNEDV",
        ..step(
            "apps",
            keys::PHONE_STEP_APPS_TITLE,
            keys::PHONE_STEP_APPS_TEXT,
        )
    },
    Step {
        signs: &[S::Place],
        source: "kienthuc.net.vn (2023); 9to5google.com (9/8/2023); doisong.kienthuc.net.vn",
        ..step(
            "tracker",
            keys::PHONE_STEP_TRACKER_TITLE,
            keys::PHONE_STEP_TRACKER_TEXT,
        )
    },
    Step {
        signs: &[S::Searches],
        facts: &[F::Google, F::Family],
        source: "unanswered.io; shaktiedinburgh.co.uk",
        ..step(
            "chrome",
            keys::PHONE_STEP_CHROME_TITLE,
            keys::PHONE_STEP_CHROME_TEXT,
        )
    },
    Step {
        signs: &[S::Photos, S::Place, S::Messages],
        facts: &[F::Google, F::Apple, F::SetUp],
        source: "NNEDV techsafety.org; Refuge Tech Safety",
        ..step(
            "cloud",
            keys::PHONE_STEP_CLOUD_TITLE,
            keys::PHONE_STEP_CLOUD_TEXT,
        )
    },
    Step {
        facts: &[F::Google, F::Apple, F::Zalo, F::SetUp, F::Family],
        signs: &[S::Messages],
        safer_phone: true,
        source: "NNEDV techsafety.org",
        ..step(
            "new-account",
            keys::PHONE_STEP_NEWACCOUNT_TITLE,
            keys::PHONE_STEP_NEWACCOUNT_TEXT,
        )
    },
    Step {
        signs: &[S::Messages],
        facts: &[F::Zalo, F::Held, F::SetUp, F::Family],
        change: Change::Noticeable(keys::PHONE_STEP_ZALO_DEVICES_NOTICE),
        source: "kenh14.vn (31/12/2025); phunutoday.vn; cafef.vn (3/11/2025)",
        ..step(
            "zalo-devices",
            keys::PHONE_STEP_ZALO_DEVICES_TITLE,
            keys::PHONE_STEP_ZALO_DEVICES_TEXT,
        )
    },
    Step {
        signs: &[S::Messages],
        facts: &[F::Zalo],
        change: Change::Noticeable(keys::PHONE_STEP_ZALO_WEB_NOTICE),
        source: "kenh14.vn (15/11/2025); cafef.vn (3/11/2025)",
        ..step(
            "zalo-web",
            keys::PHONE_STEP_ZALO_WEB_TITLE,
            keys::PHONE_STEP_ZALO_WEB_TEXT,
        )
    },
    Step {
        signs: &[S::Messages],
        facts: &[F::Held, F::Family],
        change: Change::Noticeable(keys::PHONE_STEP_ZALO_LOCK_NOTICE),
        source: "kenh14.vn (31/10/2025); danviet.vn (12/6/2023); phunutoday.vn",
        ..step(
            "zalo-lock",
            keys::PHONE_STEP_ZALO_LOCK_TITLE,
            keys::PHONE_STEP_ZALO_LOCK_TEXT,
        )
    },
    Step {
        signs: &[S::Messages, S::Photos],
        change: Change::Noticeable(keys::PHONE_STEP_FACEBOOK_NOTICE),
        source: "phunutoday.vn; cafef.vn (24/12/2025)",
        ..step(
            "facebook",
            keys::PHONE_STEP_FACEBOOK_TITLE,
            keys::PHONE_STEP_FACEBOOK_TEXT,
        )
    },
    Step {
        signs: &[S::Place, S::Searches, S::Photos],
        facts: &[F::Google, F::SetUp],
        change: Change::Noticeable(keys::PHONE_STEP_GOOGLE_DEVICES_NOTICE),
        source: "support.google.com",
        ..step(
            "google-devices",
            keys::PHONE_STEP_GOOGLE_DEVICES_TITLE,
            keys::PHONE_STEP_GOOGLE_DEVICES_TEXT,
        )
    },
    Step {
        signs: &[S::Searches],
        facts: &[F::Google, F::Family],
        change: Change::Noticeable(keys::PHONE_STEP_SEARCH_NOTICE),
        source: "phonearena.com (2022); slashgear.com",
        ..step(
            "search",
            keys::PHONE_STEP_SEARCH_TITLE,
            keys::PHONE_STEP_SEARCH_TEXT,
        )
    },
    Step {
        signs: &[S::Place],
        facts: &[F::Google, F::SetUp],
        change: Change::Noticeable(keys::PHONE_STEP_LOCATION_NOTICE),
        source: "support.google.com/maps",
        ..step(
            "location",
            keys::PHONE_STEP_LOCATION_TITLE,
            keys::PHONE_STEP_LOCATION_TEXT,
        )
    },
    Step {
        signs: &[S::Place, S::Messages, S::Photos],
        facts: &[F::Apple, F::SetUp],
        change: Change::Noticeable(keys::PHONE_STEP_IPHONE_NOTICE),
        only: Some(Kind::IPhone),
        source: "soha.vn (4/6/2024); Apple Personal Safety User Guide (5/2023)",
        ..step(
            "iphone",
            keys::PHONE_STEP_IPHONE_TITLE,
            keys::PHONE_STEP_IPHONE_TEXT,
        )
    },
    Step {
        signs: &[S::Money, S::Messages, S::Photos],
        facts: &[F::Google, F::Apple, F::Zalo, F::Held],
        change: Change::Noticeable(keys::PHONE_STEP_PASSWORDS_NOTICE),
        safer_phone: true,
        source: "Refuge Tech Safety; NNEDV techsafety.org",
        ..step(
            "passwords",
            keys::PHONE_STEP_PASSWORDS_TITLE,
            keys::PHONE_STEP_PASSWORDS_TEXT,
        )
    },
];

/// The steps for these answers, in order, with the warning to plan first before the
/// first step that changes anything.
pub fn steps(a: Answers) -> Vec<Shown> {
    let mut out = Vec::new();
    let mut warned = false;
    for s in STEPS.iter().filter(|s| s.fits(a)) {
        if s.changes() && !warned {
            out.push(Shown::PlanFirst);
            warned = true;
        }
        out.push(Shown::Step(s));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(a: Answers) -> Vec<&'static str> {
        steps(a)
            .into_iter()
            .filter_map(|s| match s {
                Shown::Step(s) => Some(s.code),
                Shown::PlanFirst => None,
            })
            .collect()
    }

    fn with_sign(s: Sign) -> Answers {
        let mut a = Answers::default();
        a.set_sign(s, true);
        a
    }

    fn with_fact(f: Fact) -> Answers {
        let mut a = Answers::default();
        a.set_fact(f, true);
        a
    }

    fn every_answer() -> Vec<Answers> {
        let mut all = vec![Answers::default()];
        for kind in [None, Some(Kind::Android), Some(Kind::IPhone)] {
            for s in Sign::ALL {
                all.push(Answers {
                    kind,
                    ..with_sign(s)
                });
            }
            for f in Fact::ALL {
                all.push(Answers {
                    kind,
                    ..with_fact(f)
                });
            }
            // Some mixes, up to everything at once.
            all.push(Answers {
                signs: 0b11_1111,
                facts: 0b111_1111,
                kind,
            });
            all.push(Answers {
                signs: 0b00_0101,
                facts: 0b010_0010,
                kind,
            });
        }
        all
    }

    #[test]
    fn each_answer_brings_its_steps() {
        let cases: [(Answers, &[&str]); 13] = [
            (with_sign(Sign::Place), &["tracker", "location", "apps"]),
            (
                with_sign(Sign::Messages),
                &["zalo-devices", "zalo-web", "zalo-lock", "facebook"],
            ),
            (with_sign(Sign::Calls), &["bill", "apps"]),
            (with_sign(Sign::Searches), &["search", "chrome"]),
            (with_sign(Sign::Photos), &["cloud", "google-devices"]),
            (with_sign(Sign::Money), &["passwords"]),
            (with_fact(Fact::Held), &["apps", "zalo-lock"]),
            (
                with_fact(Fact::SetUp),
                &["apps", "google-devices", "location"],
            ),
            (
                with_fact(Fact::Google),
                &["google-devices", "search", "passwords"],
            ),
            (with_fact(Fact::Apple), &["cloud", "passwords", "iphone"]),
            (with_fact(Fact::Zalo), &["zalo-devices", "zalo-web"]),
            (with_fact(Fact::Bill), &["bill"]),
            (with_fact(Fact::Family), &["bill", "chrome", "zalo-lock"]),
        ];
        for (a, expected) in cases {
            let got = codes(a);
            for code in expected {
                assert!(got.contains(code), "{a:?} should bring {code}, got {got:?}");
            }
        }
    }

    #[test]
    fn answering_narrows_the_steps() {
        let all = codes(Answers::default());
        assert_eq!(all.len(), STEPS.len(), "nothing answered shows every step");
        let calls = codes(with_sign(Sign::Calls));
        assert!(calls.len() < all.len());
        assert!(!calls.contains(&"zalo-lock"), "calls alone: {calls:?}");
        assert!(!calls.contains(&"tracker"), "calls alone: {calls:?}");
        // The safer phone is always there.
        for a in every_answer() {
            assert!(codes(a).contains(&"safer"), "{a:?}");
        }
    }

    #[test]
    fn the_kind_of_phone_picks_its_steps() {
        let mut a = with_sign(Sign::Place);
        a.kind = Some(Kind::Android);
        assert!(!codes(a).contains(&"iphone"));
        a.kind = Some(Kind::IPhone);
        assert!(codes(a).contains(&"iphone"));
        a.kind = None;
        assert!(codes(a).contains(&"iphone"), "not sure: both");
    }

    #[test]
    fn every_step_that_changes_something_says_what_they_could_notice() {
        for s in &STEPS {
            if s.changes() {
                assert!(
                    matches!(s.change, Change::Noticeable(k) if k.ends_with("-notice")),
                    "{}",
                    s.code
                );
            }
            // A step that names an account or a device action must be marked: these
            // log out, lock, hide, delete or stop sharing.
            let acts = [
                "zalo-devices",
                "zalo-web",
                "zalo-lock",
                "facebook",
                "google-devices",
                "search",
                "location",
                "iphone",
                "passwords",
            ];
            assert_eq!(s.changes(), acts.contains(&s.code), "{}", s.code);
            assert!(!s.source.is_empty(), "{} names its source", s.code);
        }
    }

    #[test]
    fn the_warning_always_comes_before_the_first_step_that_changes_anything() {
        for a in every_answer() {
            let shown = steps(a);
            let first_change = shown
                .iter()
                .position(|s| matches!(s, Shown::Step(s) if s.changes()));
            let warning = shown.iter().position(|s| *s == Shown::PlanFirst);
            match first_change {
                Some(c) => {
                    let w = warning.unwrap_or(usize::MAX);
                    assert!(w < c, "{a:?}: warning at {w:?}, first change at {c}");
                    assert_eq!(shown.iter().filter(|s| **s == Shown::PlanFirst).count(), 1);
                }
                None => assert_eq!(warning, None, "{a:?}"),
            }
        }
    }

    #[test]
    fn answers_set_and_unset() {
        let mut a = Answers::default();
        a.set_sign(Sign::Money, true);
        a.set_fact(Fact::Family, true);
        assert!(a.has_sign(Sign::Money) && a.has_fact(Fact::Family));
        assert!(!a.has_sign(Sign::Place) && !a.has_fact(Fact::Held));
        a.set_sign(Sign::Money, false);
        a.set_fact(Fact::Family, false);
        assert!(a.is_empty());
    }
}

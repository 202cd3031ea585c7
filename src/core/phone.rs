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

/// One answer to a question with several (what they seem to know, who has had the
/// phone): how it is shown (a tick box with its code and words) and kept in [`Answers`].
pub trait Answer: Copy + Send + Sync + 'static {
    /// A stable word for the page and tests (never shown).
    fn code(self) -> &'static str;
    fn key(self) -> &'static str;
    fn is_in(self, a: Answers) -> bool;
    fn put(self, a: &mut Answers, on: bool);
}

/// Declares one question's answers, a row each (`Variant = "code", MESSAGE_KEY;`, then
/// what it means where the name alone does not say): the enum (its place in the table is
/// its bit in [`Answers`]), `ALL` in order, `key`, `code`, and [`Answer`] through
/// `Answers`' own getter and setter.
macro_rules! answers {
    (
        $(#[$meta:meta])*
        $name:ident ($has:ident, $set:ident) {
            $($v:ident = $code:literal, $key:ident $(, $doc:literal)?;)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum $name {
            $($(#[doc = $doc])? $v,)*
        }

        impl $name {
            pub const ALL: [$name; [$($code),*].len()] = [$($name::$v),*];

            pub fn key(self) -> &'static str {
                match self { $($name::$v => keys::$key,)* }
            }

            /// A stable word for the page and tests (never shown).
            pub fn code(self) -> &'static str {
                match self { $($name::$v => $code,)* }
            }
        }

        impl Answer for $name {
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn key(self) -> &'static str {
                $name::key(self)
            }
            fn is_in(self, a: Answers) -> bool {
                a.$has(self)
            }
            fn put(self, a: &mut Answers, on: bool) {
                a.$set(self, on)
            }
        }
    };
}

answers! {
    /// What the other person seems to know.
    Sign (has_sign, set_sign) {
        Place = "place", PHONE_SIGN_PLACE;
        Messages = "messages", PHONE_SIGN_MESSAGES;
        Calls = "calls", PHONE_SIGN_CALLS;
        Searches = "searches", PHONE_SIGN_SEARCHES;
        Photos = "photos", PHONE_SIGN_PHOTOS;
        Money = "money", PHONE_SIGN_MONEY;
    }
}

answers! {
    /// Who has had this phone or its accounts in hand.
    Fact (has_fact, set_fact) {
        Held = "held", PHONE_FACT_HELD, "The other person has held or checked this phone.";
        SetUp = "setup", PHONE_FACT_SETUP, "The other person bought or set up this phone.";
        Google = "google", PHONE_FACT_GOOGLE, "The other person knows the Google password.";
        Apple = "apple", PHONE_FACT_APPLE, "The other person knows the Apple ID password.";
        Zalo = "zalo", PHONE_FACT_ZALO, "The other person knows the Zalo password.";
        Bill = "bill", PHONE_FACT_BILL, "The other person pays the phone bill.";
        Family = "family", PHONE_FACT_FAMILY, "A family phone, used by several people.";
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

/// Declares the steps, one to a row: code, title, text; the signs and facts that bring
/// it; then `always` (whatever the answers) or `-`; the message saying what the other
/// person could notice, or `-` (it changes nothing); `safer` (do it from a safer phone) or
/// `-`; the only kind of phone it is for, or `-` (any); its source.
macro_rules! steps {
    ($(
        $code:literal, $title:ident, $text:ident, [$($sign:ident)*], [$($fact:ident)*],
        $always:tt, $notice:tt, $safer:tt, $only:tt, $source:literal;
    )*) => {
        [$(Step {
            code: $code,
            title: keys::$title,
            text: keys::$text,
            change: steps!(@change $notice),
            safer_phone: steps!(@safer $safer),
            source: $source,
            signs: &[$(Sign::$sign),*],
            facts: &[$(Fact::$fact),*],
            always: steps!(@always $always),
            only: steps!(@only $only),
        }),*]
    };
    (@change -) => { Change::None };
    (@change $notice:ident) => { Change::Noticeable(keys::$notice) };
    (@safer -) => { false };
    (@safer safer) => { true };
    (@always -) => { false };
    (@always always) => { true };
    (@only -) => { None };
    (@only $kind:ident) => { Some(Kind::$kind) };
}

/// Every step, looking and knowing first, then what changes something. Within each, the
/// likeliest first.
#[rustfmt::skip]
pub const STEPS: [Step; 16] = steps! {
    "safer", PHONE_STEP_SAFER_TITLE, PHONE_STEP_SAFER_TEXT, [], [], always, -, safer, -, "Refuge Tech Safety; NNEDV techsafety.org";
    "bill", PHONE_STEP_BILL_TITLE, PHONE_STEP_BILL_TEXT, [Calls], [Bill Family], -, -, safer, -, "NNEDV techsafety.org; Refuge Tech Safety";
    "apps", PHONE_STEP_APPS_TITLE, PHONE_STEP_APPS_TEXT, [Place Messages Calls], [Held SetUp], -, -, -, -, "Coalition Against Stalkerware; NNEDV";
    "tracker", PHONE_STEP_TRACKER_TITLE, PHONE_STEP_TRACKER_TEXT, [Place], [], -, -, -, -, "kienthuc.net.vn (2023); 9to5google.com (9/8/2023); doisong.kienthuc.net.vn";
    "chrome", PHONE_STEP_CHROME_TITLE, PHONE_STEP_CHROME_TEXT, [Searches], [Google Family], -, -, -, -, "unanswered.io; shaktiedinburgh.co.uk";
    "cloud", PHONE_STEP_CLOUD_TITLE, PHONE_STEP_CLOUD_TEXT, [Photos Place Messages], [Google Apple SetUp], -, -, -, -, "NNEDV techsafety.org; Refuge Tech Safety";
    "new-account", PHONE_STEP_NEWACCOUNT_TITLE, PHONE_STEP_NEWACCOUNT_TEXT, [Messages], [Google Apple Zalo SetUp Family], -, -, safer, -, "NNEDV techsafety.org";
    "zalo-devices", PHONE_STEP_ZALO_DEVICES_TITLE, PHONE_STEP_ZALO_DEVICES_TEXT, [Messages], [Zalo Held SetUp Family], -, PHONE_STEP_ZALO_DEVICES_NOTICE, -, -, "kenh14.vn (31/12/2025); phunutoday.vn; cafef.vn (3/11/2025)";
    "zalo-web", PHONE_STEP_ZALO_WEB_TITLE, PHONE_STEP_ZALO_WEB_TEXT, [Messages], [Zalo], -, PHONE_STEP_ZALO_WEB_NOTICE, -, -, "kenh14.vn (15/11/2025); cafef.vn (3/11/2025)";
    "zalo-lock", PHONE_STEP_ZALO_LOCK_TITLE, PHONE_STEP_ZALO_LOCK_TEXT, [Messages], [Held Family], -, PHONE_STEP_ZALO_LOCK_NOTICE, -, -, "kenh14.vn (31/10/2025); danviet.vn (12/6/2023); phunutoday.vn";
    "facebook", PHONE_STEP_FACEBOOK_TITLE, PHONE_STEP_FACEBOOK_TEXT, [Messages Photos], [], -, PHONE_STEP_FACEBOOK_NOTICE, -, -, "phunutoday.vn; cafef.vn (24/12/2025)";
    "google-devices", PHONE_STEP_GOOGLE_DEVICES_TITLE, PHONE_STEP_GOOGLE_DEVICES_TEXT, [Place Searches Photos], [Google SetUp], -, PHONE_STEP_GOOGLE_DEVICES_NOTICE, -, -, "support.google.com";
    "search", PHONE_STEP_SEARCH_TITLE, PHONE_STEP_SEARCH_TEXT, [Searches], [Google Family], -, PHONE_STEP_SEARCH_NOTICE, -, -, "phonearena.com (2022); slashgear.com";
    "location", PHONE_STEP_LOCATION_TITLE, PHONE_STEP_LOCATION_TEXT, [Place], [Google SetUp], -, PHONE_STEP_LOCATION_NOTICE, -, -, "support.google.com/maps";
    "iphone", PHONE_STEP_IPHONE_TITLE, PHONE_STEP_IPHONE_TEXT, [Place Messages Photos], [Apple SetUp], -, PHONE_STEP_IPHONE_NOTICE, -, IPhone, "soha.vn (4/6/2024); Apple Personal Safety User Guide (5/2023)";
    "passwords", PHONE_STEP_PASSWORDS_TITLE, PHONE_STEP_PASSWORDS_TEXT, [Money Messages Photos], [Google Apple Zalo Held], -, PHONE_STEP_PASSWORDS_NOTICE, safer, -, "Refuge Tech Safety; NNEDV techsafety.org";
};

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

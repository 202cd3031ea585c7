//! When what the person wrote closes itself, pure. The platform layer (`platform::watch`)
//! reports when the page was hidden, when the person last used it and what time it is
//! now; the app says what is on hand (a diary, a plan, a self-check); this says whether
//! to close. Closing saves what is kept first, then drops everything from memory, so a
//! phone picked up later shows nothing.
//!
//! Two sets of limits, the strictest of what is on hand applies:
//! - the plan and the self-check: hidden 10 minutes, unused 15. The plan's ready messages
//!   send the person to the messages app, Zalo or the dialler, and back: choosing the
//!   person, sending, waiting for an answer or a short call takes minutes, and losing the
//!   plan on the way back would punish the one use it is for. Longer than that hidden,
//!   the likelier story is a phone put down; 15 minutes without a touch or a scroll is
//!   longer than reading any section.
//!   "Is my phone safe?" takes the same limits: following a step means leaving for the
//!   phone's Settings, Zalo or Google and coming back, which takes minutes.
//! - the diary: hidden 2 minutes, unused 5. Nothing in it sends the person elsewhere,
//!   and what it holds (dated accounts of violence) is the most dangerous to be found.

/// What is on hand in this visit, as far as closing is concerned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Held {
    /// A diary with entries, or the diary's screens open (a draft, the names to print).
    pub diary: bool,
    /// A plan with anything in it, or a kept plan opened.
    pub plan: bool,
    /// A self-check under way or its result.
    pub check: bool,
    /// "Is my phone safe?" open, or its answers.
    pub phone: bool,
}

/// How long hidden, and how long unused, before closing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub hidden_ms: u64,
    pub idle_ms: u64,
}

const MINUTE_MS: u64 = 60 * 1000;

/// The plan's and the self-check's limits (see the module's comment for why).
pub const PLAN: Limits = Limits {
    hidden_ms: 10 * MINUTE_MS,
    idle_ms: 15 * MINUTE_MS,
};

/// The diary's limits.
pub const DIARY: Limits = Limits {
    hidden_ms: 2 * MINUTE_MS,
    idle_ms: 5 * MINUTE_MS,
};

// The diary's limits are the strictest (`Held::limits` relies on it).
const _: () = assert!(DIARY.hidden_ms < PLAN.hidden_ms && DIARY.idle_ms < PLAN.idle_ms);

/// How often the platform asks (timers in a hidden page may run less often; the answer
/// is the same whenever it is asked, and the page asks again when it is shown).
pub const CHECK_EVERY_MS: u32 = 10 * 1000;

impl Limits {
    /// Whole minutes, for the words that tell the person.
    pub fn hidden_minutes(self) -> u64 {
        self.hidden_ms / MINUTE_MS
    }

    pub fn idle_minutes(self) -> u64 {
        self.idle_ms / MINUTE_MS
    }
}

impl Held {
    /// The limits that apply, the strictest of what is on hand; `None` when nothing is
    /// on hand (nothing to close).
    pub fn limits(self) -> Option<Limits> {
        if self.diary {
            Some(DIARY)
        } else if self.plan || self.check || self.phone {
            Some(PLAN)
        } else {
            None
        }
    }
}

/// What the platform saw, in milliseconds of the page's clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// When the page was last hidden, if it is hidden now.
    pub hidden_since: Option<u64>,
    /// The last touch, key or scroll (or when the page started).
    pub last_activity: u64,
}

/// Why to close, if it is time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Close {
    Hidden,
    Idle,
}

/// Whether what is on hand should close now. A clock that went backwards (the phone's
/// time was changed) counts as no time passed: it never closes early, never panics.
pub fn decide(held: Held, seen: Seen, now: u64) -> Option<Close> {
    let limits = held.limits()?;
    if let Some(h) = seen.hidden_since {
        if now.saturating_sub(h) >= limits.hidden_ms {
            return Some(Close::Hidden);
        }
    }
    (now.saturating_sub(seen.last_activity) >= limits.idle_ms).then_some(Close::Idle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_700_000_000_000;
    const DIARY_OPEN: Held = Held {
        diary: true,
        plan: false,
        check: false,
        phone: false,
    };
    const PLAN_OPEN: Held = Held {
        diary: false,
        plan: true,
        check: false,
        phone: false,
    };
    const CHECK_OPEN: Held = Held {
        diary: false,
        plan: false,
        check: true,
        phone: false,
    };

    /// What an open diary does at `now`.
    fn diary(seen: Seen, now: u64) -> Option<Close> {
        decide(DIARY_OPEN, seen, now)
    }

    fn used_at(t: u64) -> Seen {
        Seen {
            hidden_since: None,
            last_activity: t,
        }
    }

    fn hidden_at(t: u64) -> Seen {
        Seen {
            hidden_since: Some(t),
            last_activity: t,
        }
    }

    #[test]
    fn nothing_on_hand_never_closes() {
        let nothing = Held::default();
        assert_eq!(nothing.limits(), None);
        assert_eq!(decide(nothing, used_at(0), u64::MAX), None);
        assert_eq!(
            decide(nothing, hidden_at(T0), T0 + 24 * 60 * MINUTE_MS),
            None
        );
    }

    #[test]
    fn the_strictest_limits_apply() {
        assert_eq!(DIARY_OPEN.limits(), Some(DIARY));
        assert_eq!(PLAN_OPEN.limits(), Some(PLAN));
        assert_eq!(CHECK_OPEN.limits(), Some(PLAN));
        let all = Held {
            diary: true,
            plan: true,
            check: true,
            phone: true,
        };
        assert_eq!(all.limits(), Some(DIARY));
    }

    #[test]
    fn the_limits_in_minutes_are_the_ones_the_words_say() {
        assert_eq!((PLAN.hidden_minutes(), PLAN.idle_minutes()), (10, 15));
        assert_eq!((DIARY.hidden_minutes(), DIARY.idle_minutes()), (2, 5));
    }

    #[test]
    fn the_phone_check_survives_a_trip_to_settings_and_closes_after_ten_minutes() {
        let phone = Held {
            phone: true,
            ..Held::default()
        };
        assert_eq!(phone.limits(), Some(PLAN));
        let away = hidden_at(T0);
        assert_eq!(decide(phone, away, T0 + 9 * MINUTE_MS), None);
        assert_eq!(
            decide(phone, away, T0 + 10 * MINUTE_MS),
            Some(Close::Hidden)
        );
    }

    #[test]
    fn a_plan_survives_a_trip_to_zalo_or_a_call() {
        // Nine minutes in another app, back, then a touch: still open.
        let away = hidden_at(T0);
        assert_eq!(decide(PLAN_OPEN, away, T0 + 9 * MINUTE_MS), None);
        assert_eq!(decide(CHECK_OPEN, away, T0 + 9 * MINUTE_MS), None);
        // The diary's limit would have closed it.
        assert_eq!(diary(away, T0 + 9 * MINUTE_MS), Some(Close::Hidden));
    }

    #[test]
    fn a_plan_closes_after_ten_minutes_hidden_or_fifteen_unused() {
        let away = Seen {
            hidden_since: Some(T0 + 1000),
            last_activity: T0 + 1000,
        };
        assert_eq!(
            decide(PLAN_OPEN, away, T0 + 1000 + PLAN.hidden_ms - 1),
            None
        );
        assert_eq!(
            decide(PLAN_OPEN, away, T0 + 1000 + PLAN.hidden_ms),
            Some(Close::Hidden)
        );
        let seen = used_at(T0);
        assert_eq!(decide(CHECK_OPEN, seen, T0 + PLAN.idle_ms - 1), None);
        assert_eq!(
            decide(CHECK_OPEN, seen, T0 + PLAN.idle_ms),
            Some(Close::Idle)
        );
        assert_eq!(PLAN.hidden_ms, 600_000);
        assert_eq!(PLAN.idle_ms, 900_000);
    }

    #[test]
    fn stays_open_while_used_and_visible() {
        let seen = used_at(T0);
        assert_eq!(diary(seen, T0), None);
        assert_eq!(diary(seen, T0 + DIARY.idle_ms - 1), None);
    }

    #[test]
    fn a_diary_closes_after_five_minutes_without_use() {
        let seen = used_at(T0);
        assert_eq!(diary(seen, T0 + DIARY.idle_ms), Some(Close::Idle));
        assert_eq!(diary(seen, T0 + 10 * DIARY.idle_ms), Some(Close::Idle));
        assert_eq!(DIARY.idle_ms, 300_000);
    }

    #[test]
    fn a_diary_closes_after_two_minutes_hidden_even_if_just_used() {
        let seen = hidden_at(T0 + 1000);
        assert_eq!(diary(seen, T0 + 1000 + DIARY.hidden_ms - 1), None);
        assert_eq!(
            diary(seen, T0 + 1000 + DIARY.hidden_ms),
            Some(Close::Hidden)
        );
        assert_eq!(DIARY.hidden_ms, 120_000);
    }

    #[test]
    fn a_short_look_away_does_not_close() {
        // Hidden for a minute, back, then used: the hidden time is cleared by the platform.
        let back = used_at(T0 + 60_000);
        assert_eq!(diary(back, T0 + 60_000 + DIARY.hidden_ms), None);
    }

    #[test]
    fn a_clock_going_backwards_never_closes_early_or_panics() {
        for held in [DIARY_OPEN, PLAN_OPEN, CHECK_OPEN] {
            let seen = hidden_at(T0);
            assert_eq!(decide(held, seen, 0), None);
            assert_eq!(decide(held, seen, T0 - 1), None);
            // Set back an hour while away, then forward again: only real time counts.
            assert_eq!(decide(held, seen, T0 - 60 * MINUTE_MS), None);
            let far = Seen {
                hidden_since: Some(u64::MAX),
                last_activity: u64::MAX,
            };
            assert_eq!(decide(held, far, 0), None);
            assert_eq!(decide(held, far, u64::MAX), None);
            assert_eq!(decide(held, Seen::default(), u64::MAX), Some(Close::Idle));
        }
    }

    #[test]
    fn checks_often_enough_to_close_near_the_limit() {
        for limits in [DIARY, PLAN] {
            assert!(u64::from(CHECK_EVERY_MS) * 6 <= limits.hidden_ms);
        }
    }
}

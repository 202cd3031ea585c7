//! When an open diary closes itself, pure: the platform layer (`platform::watch`) reports
//! when the page was hidden, when the person last used it and what time it is now; this
//! says whether to close. Closing drops the diary, the plan and the key from memory
//! (after saving, when they are kept), so a phone picked up later shows nothing.

/// A page hidden this long (another app, the screen off) closes the diary.
pub const HIDDEN_LIMIT_MS: u64 = 2 * 60 * 1000;
/// This long without a touch, a key or a scroll closes it too.
pub const IDLE_LIMIT_MS: u64 = 5 * 60 * 1000;
/// How often the platform asks while a diary is open (timers in a hidden page may run
/// less often; the answer is the same whenever it is asked).
pub const CHECK_EVERY_MS: u32 = 10 * 1000;

/// What the platform saw, in milliseconds of the page's clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// When the page was last hidden, if it is hidden now.
    pub hidden_since: Option<u64>,
    /// The last touch, key or scroll (or when the diary opened).
    pub last_activity: u64,
}

/// Why to close, if it is time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Close {
    Hidden,
    Idle,
}

/// Whether an open diary should close now. A clock that went backwards (the phone's time
/// was changed) counts as no time passed: it never closes early, never panics.
pub fn decide(seen: Seen, now: u64) -> Option<Close> {
    if let Some(h) = seen.hidden_since {
        if now.saturating_sub(h) >= HIDDEN_LIMIT_MS {
            return Some(Close::Hidden);
        }
    }
    (now.saturating_sub(seen.last_activity) >= IDLE_LIMIT_MS).then_some(Close::Idle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: u64 = 1_700_000_000_000;

    #[test]
    fn stays_open_while_used_and_visible() {
        let seen = Seen {
            hidden_since: None,
            last_activity: T0,
        };
        assert_eq!(decide(seen, T0), None);
        assert_eq!(decide(seen, T0 + IDLE_LIMIT_MS - 1), None);
    }

    #[test]
    fn closes_after_five_minutes_without_use() {
        let seen = Seen {
            hidden_since: None,
            last_activity: T0,
        };
        assert_eq!(decide(seen, T0 + IDLE_LIMIT_MS), Some(Close::Idle));
        assert_eq!(decide(seen, T0 + 10 * IDLE_LIMIT_MS), Some(Close::Idle));
        assert_eq!(IDLE_LIMIT_MS, 300_000);
    }

    #[test]
    fn closes_after_two_minutes_hidden_even_if_just_used() {
        let seen = Seen {
            hidden_since: Some(T0 + 1000),
            last_activity: T0 + 1000,
        };
        assert_eq!(decide(seen, T0 + 1000 + HIDDEN_LIMIT_MS - 1), None);
        assert_eq!(
            decide(seen, T0 + 1000 + HIDDEN_LIMIT_MS),
            Some(Close::Hidden)
        );
        assert_eq!(HIDDEN_LIMIT_MS, 120_000);
    }

    #[test]
    fn a_short_look_away_does_not_close() {
        // Hidden for a minute, back, then used: the hidden time is cleared by the platform.
        let back = Seen {
            hidden_since: None,
            last_activity: T0 + 60_000,
        };
        assert_eq!(decide(back, T0 + 60_000 + HIDDEN_LIMIT_MS), None);
    }

    #[test]
    fn a_clock_going_backwards_never_closes_early_or_panics() {
        let seen = Seen {
            hidden_since: Some(T0),
            last_activity: T0,
        };
        assert_eq!(decide(seen, 0), None);
        assert_eq!(decide(seen, T0 - 1), None);
        let far = Seen {
            hidden_since: Some(u64::MAX),
            last_activity: u64::MAX,
        };
        assert_eq!(decide(far, 0), None);
        assert_eq!(decide(far, u64::MAX), None);
        assert_eq!(decide(Seen::default(), u64::MAX), Some(Close::Idle));
    }

    #[test]
    fn checks_often_enough_to_close_near_the_limit() {
        assert!(u64::from(CHECK_EVERY_MS) * 6 <= HIDDEN_LIMIT_MS);
    }
}

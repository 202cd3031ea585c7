//! The Shift×3 quick-exit shortcut as a pure state machine, so its timing rules are
//! tested natively. The GOV.UK "Exit this page" convention: three presses of Shift
//! within a short window; any other key in between starts the count again.

/// Presses must all fall within this many milliseconds of the first one.
pub const WINDOW_MS: f64 = 5000.0;
pub const PRESSES: u8 = 3;

#[derive(Clone, Copy, Debug, Default)]
pub struct ShiftCounter {
    count: u8,
    first_at: f64,
}

impl ShiftCounter {
    /// Feeds one key press (`key` is `KeyboardEvent.key`, `now_ms` a monotonic clock).
    /// Returns true when this press completes the shortcut; the counter then resets.
    pub fn press(&mut self, key: &str, now_ms: f64, repeat: bool) -> bool {
        if key != "Shift" {
            *self = Self::default();
            return false;
        }
        if repeat {
            // Holding Shift down is one press, not many.
            return false;
        }
        if self.count == 0 || now_ms - self.first_at > WINDOW_MS || now_ms < self.first_at {
            self.count = 1;
            self.first_at = now_ms;
        } else {
            self.count += 1;
        }
        if self.count >= PRESSES {
            *self = Self::default();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_quick_presses_trigger() {
        let mut c = ShiftCounter::default();
        assert!(!c.press("Shift", 0.0, false));
        assert!(!c.press("Shift", 300.0, false));
        assert!(c.press("Shift", 600.0, false));
        // And it starts over afterwards.
        assert!(!c.press("Shift", 700.0, false));
    }

    #[test]
    fn slow_presses_do_not_trigger() {
        let mut c = ShiftCounter::default();
        assert!(!c.press("Shift", 0.0, false));
        assert!(!c.press("Shift", 3000.0, false));
        assert!(!c.press("Shift", 6000.0, false)); // window from 0 passed: counts as first
        assert!(!c.press("Shift", 7000.0, false));
        assert!(c.press("Shift", 8000.0, false));
    }

    #[test]
    fn other_keys_reset_and_held_shift_counts_once() {
        let mut c = ShiftCounter::default();
        assert!(!c.press("Shift", 0.0, false));
        assert!(!c.press("Shift", 100.0, false));
        assert!(!c.press("A", 200.0, false));
        assert!(!c.press("Shift", 300.0, false));
        assert!(!c.press("Shift", 310.0, true));
        assert!(!c.press("Shift", 320.0, true));
        assert!(!c.press("Shift", 400.0, false));
        assert!(c.press("Shift", 500.0, false));
    }

    #[test]
    fn a_clock_going_backwards_restarts_the_count() {
        let mut c = ShiftCounter::default();
        assert!(!c.press("Shift", 1000.0, false));
        assert!(!c.press("Shift", 500.0, false));
        assert!(!c.press("Shift", 600.0, false));
        assert!(c.press("Shift", 700.0, false));
    }
}

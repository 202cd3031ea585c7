//! The page's clock: now in milliseconds, and today's date on this phone.

use crate::core::calendar::Day;

/// Milliseconds since 1970 by the page's clock (0 if it reads as nonsense).
pub fn now_ms() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        // `as` saturates for floats; the check above keeps it in range.
        ms as u64
    } else {
        0
    }
}

/// Today, by the phone's own calendar (local time); 1 January 2026 if it cannot say.
pub fn today() -> Day {
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    let iso = format!("{y:04}-{m:02}-{day:02}");
    Day::parse(&iso).unwrap_or(Day {
        year: 2026,
        month: 1,
        day: 1,
    })
}

//! A day on the calendar, as `<input type="date">` gives it: the diary's dates, and the
//! platform's "today" (`platform::clock`). Hand-written (a date crate costs tens of KB
//! of wasm against a 100 KB first-visit budget); only what the app needs.

/// A day on the calendar, as `<input type="date">` gives it (`YYYY-MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// Reads `YYYY-MM-DD` (years 1900–2999, real days of real months); anything else is None.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |from: usize, to: usize| -> Option<u16> {
            let part = s.get(from..to)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0, 4)?;
        let month = u8::try_from(num(5, 7)?).ok()?;
        let day = u8::try_from(num(8, 10)?).ok()?;
        let d = Day { year, month, day };
        ((1900..=2999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= d.month_len())
        .then_some(d)
    }

    fn month_len(self) -> u8 {
        match self.month {
            2 if self.year.is_multiple_of(4)
                && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// `YYYY-MM-DD`, what the date field and the encoding use.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `dd/mm/yyyy`, as dates are written in Vietnam (and on the printed pages).
    pub fn dmy(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_strictly() {
        assert_eq!(
            Day::parse("2026-02-28"),
            Some(Day {
                year: 2026,
                month: 2,
                day: 28
            })
        );
        assert_eq!(
            Day::parse("2028-02-29").map(Day::dmy).as_deref(),
            Some("29/02/2028")
        );
        for bad in [
            "",
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "1899-01-01",
            "26-01-01",
            "2026/01/01",
            "2026-1-01",
            "+026-01-01",
            "2026-01-1 ",
            "２０２６-01-01",
            "2026-01-٠١",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        let d = Day::parse("2026-07-04").unwrap();
        assert_eq!(Day::parse(&d.iso()), Some(d));
    }
}

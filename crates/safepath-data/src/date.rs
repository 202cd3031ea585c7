//! Calendar days as the directory writes them (`YYYY-MM-DD`, or `DD/MM/YYYY` as a
//! spreadsheet set to Vietnamese may save them).

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD`, or `D/M/YYYY` (day first, as Vietnamese spreadsheets write
    /// dates), with a day that exists (29 Feb only in leap years).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
        };
        let parts: Vec<&str> = s.split(['-', '/']).collect();
        let (y, m, d) = match parts.as_slice() {
            [y, m, d]
                if s.contains('-') && digits(y, 4..=4) && digits(m, 2..=2) && digits(d, 2..=2) =>
            {
                (*y, *m, *d)
            }
            [d, m, y]
                if s.contains('/') && digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4) =>
            {
                (*y, *m, *d)
            }
            _ => return None,
        };
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let ok = date.year >= 1900
            && (1..=12).contains(&date.month)
            && date.day >= 1
            && date.day <= date.month_len();
        ok.then_some(date)
    }

    fn month_len(self) -> u8 {
        let y = self.year;
        let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
        match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Days since 1970-01-01 (civil calendar, H. Hinnant's algorithm).
    pub fn days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: u16::try_from(year).unwrap_or(0),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// `2026-11-28`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `28/11/2026`, the way dates are written in Vietnam (and read in Cambodia).
    pub fn dmy(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly_and_count_days() {
        assert_eq!(
            Date::parse("2026-11-28"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 28
            })
        );
        assert_eq!(
            Date::parse("2024-02-29").map(Date::iso),
            Some("2024-02-29".into())
        );
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-1-1",
            "11/28/2026",
            "28-11-2026",
            "28/11/26",
            "2026-11-28T00:00",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
            .days(),
            0
        );
        let d = Date {
            year: 2026,
            month: 11,
            day: 28,
        };
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(
            Date::from_days(d.days() + 4),
            Date {
                year: 2026,
                month: 12,
                day: 2
            }
        );
        assert_eq!(d.dmy(), "28/11/2026");
        // A spreadsheet set to Vietnamese saves dates day first.
        assert_eq!(Date::parse("28/11/2026"), Some(d));
        assert_eq!(
            Date::parse("1/12/2026").map(Date::iso),
            Some("2026-12-01".into())
        );
    }
}

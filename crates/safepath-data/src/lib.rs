//! Build-time only: the contact directory a provincial officer keeps as a spreadsheet
//! (`data/directory.csv`) and the 102 communes (`data/units.csv`), read with serde and
//! csv, checked against every rule, and written as static Rust tables for the app's
//! `core::directory`. The app's build.rs calls [`generate`]; any mistake stops the
//! build with the row and the column to fix, so nothing wrong ever reaches a person.
//!
//! Nothing here is compiled into the app: it is a build-dependency (and a
//! dev-dependency, so the app's tests can check its word lists against its enums).

pub mod date;
pub mod emit;
pub mod phone;
pub mod rules;
pub mod sheet;
pub mod units;
pub mod words;

use std::fs;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

pub use date::Date;
pub use rules::{check_rows, Checked, Issue};

pub const DIRECTORY_FILE: &str = "data/directory.csv";
pub const UNITS_FILE: &str = "data/units.csv";

/// The machine's day (UTC): only for a bare `cargo build` that was given no date.
pub fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The variable that gives the build its date, in seconds since 1970 (the
/// reproducible-builds convention). `make` sets it to the last commit's time, so one
/// commit's data is checked the same way on any machine on any day.
pub const DATE_VAR: &str = "SOURCE_DATE_EPOCH";

/// The day of a [`DATE_VAR`] value.
pub fn day_of_epoch(secs: &str) -> Result<Date, String> {
    let secs: u64 = secs
        .trim()
        .parse()
        .map_err(|_| format!("{DATE_VAR}={secs:?} is not a number of seconds since 1970"))?;
    i64::try_from(secs / 86_400)
        .map(Date::from_days)
        .map_err(|_| format!("{DATE_VAR}={secs} is too large"))
}

/// The day the data is checked against: [`DATE_VAR`] when set, else the machine's day.
pub fn build_date() -> Result<Date, String> {
    match std::env::var(DATE_VAR) {
        Ok(secs) => day_of_epoch(&secs),
        Err(_) => Ok(today()),
    }
}

fn listing(file: &str, issues: &[Issue]) -> String {
    let lines: Vec<String> = issues.iter().map(ToString::to_string).collect();
    format!(
        "{file} has {} mistake(s), so the app was not built:\n  {}",
        lines.len(),
        lines.join("\n  ")
    )
}

/// Checks both files and returns the generated Rust source, with warnings to print
/// (rows not checked for 12 months), or every mistake found.
pub fn build(directory: &str, units: &str, today: Date) -> Result<(String, Vec<String>), String> {
    let units = units::parse_units(units).map_err(|e| listing(UNITS_FILE, &e))?;
    let codes: Vec<u32> = units.iter().map(|u| u.code).collect();
    let (header, rows) = sheet::read(directory).map_err(|e| listing(DIRECTORY_FILE, &e))?;
    let checked = check_rows(&header, &rows, &codes, today);
    if !checked.errors.is_empty() {
        return Err(listing(DIRECTORY_FILE, &checked.errors));
    }
    let warnings = checked
        .warnings
        .iter()
        .map(|w| format!("{DIRECTORY_FILE}: {w}"))
        .collect();
    let mut code = String::from(
        "// Generated at build time (crates/safepath-data) from data/directory.csv and\n\
         // data/units.csv. Do not edit: change the data and rebuild.\n",
    );
    emit::units_table(&mut code, &units);
    emit::providers_table(&mut code, &checked.providers);
    emit::last_checked(&mut code, &checked.providers);
    Ok((code, warnings))
}

/// What build.rs runs: reads the data under `root`, checks it as of [`build_date`],
/// writes `out/directory.rs`.
pub fn generate(root: &Path, out: &Path) -> Result<Vec<String>, String> {
    let read = |f: &str| fs::read_to_string(root.join(f)).map_err(|e| format!("{f}: {e}"));
    let (code, warnings) = build(&read(DIRECTORY_FILE)?, &read(UNITS_FILE)?, build_date()?)?;
    fs::write(out.join("directory.rs"), code).map_err(|e| format!("directory.rs: {e}"))?;
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(f: &str) -> String {
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(f))
            .unwrap_or_default()
    }

    /// Any day from now on: rows grow old (warnings), but no date is in the future.
    const LATER: Date = Date {
        year: 2100,
        month: 1,
        day: 1,
    };

    #[test]
    fn the_shipped_data_passes() {
        let built = build(&shipped(DIRECTORY_FILE), &shipped(UNITS_FILE), LATER);
        assert!(built.is_ok(), "{}", built.err().unwrap_or_default());
    }

    #[test]
    fn the_build_date_is_the_given_day() {
        assert_eq!(
            day_of_epoch("1765065600").map(Date::iso),
            Ok("2025-12-07".into())
        );
        assert_eq!(
            day_of_epoch("1765151999\n").map(Date::iso),
            Ok("2025-12-07".into())
        );
        assert!(day_of_epoch("").is_err());
        assert!(day_of_epoch("yesterday").is_err());
        assert!(day_of_epoch("-1").is_err());
    }

    #[test]
    fn the_twelve_months_count_from_the_given_day() {
        let data = (shipped(DIRECTORY_FILE), shipped(UNITS_FILE));
        let stale = |day| {
            build(&data.0, &data.1, day)
                .map(|(_, w)| w.len())
                .unwrap_or(0)
        };
        assert!(stale(LATER) > 0, "in 2100 every row is old");
        assert!(
            stale(LATER)
                > stale(Date {
                    year: 2027,
                    month: 1,
                    day: 1
                })
        );
    }

    #[test]
    fn a_mistake_stops_the_build_naming_file_row_and_column() {
        let bad = shipped(DIRECTORY_FILE).replacen(",113,", ",0296 12,", 1);
        let err = build(&bad, &shipped(UNITS_FILE), LATER)
            .err()
            .unwrap_or_default();
        assert!(
            err.starts_with("data/directory.csv has 1 mistake(s), so the app was not built"),
            "{err}"
        );
        assert!(err.contains("(\"police-113\"), column J (phone)"), "{err}");
    }
}

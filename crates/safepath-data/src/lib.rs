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

/// The day the build runs (UTC).
pub fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days(i64::try_from(secs / 86_400).unwrap_or(0))
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

/// What build.rs runs: reads the data under `root`, writes `out/directory.rs`.
pub fn generate(root: &Path, out: &Path) -> Result<Vec<String>, String> {
    let read = |f: &str| fs::read_to_string(root.join(f)).map_err(|e| format!("{f}: {e}"));
    let (code, warnings) = build(&read(DIRECTORY_FILE)?, &read(UNITS_FILE)?, today())?;
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

    #[test]
    fn the_shipped_data_passes() {
        let built = build(&shipped(DIRECTORY_FILE), &shipped(UNITS_FILE), today());
        assert!(built.is_ok(), "{}", built.err().unwrap_or_default());
    }

    #[test]
    fn a_mistake_stops_the_build_naming_file_row_and_column() {
        let bad = shipped(DIRECTORY_FILE).replacen(",113,", ",0296 12,", 1);
        let err = build(&bad, &shipped(UNITS_FILE), today())
            .err()
            .unwrap_or_default();
        assert!(
            err.starts_with("data/directory.csv has 1 mistake(s), so the app was not built"),
            "{err}"
        );
        assert!(err.contains("(\"police-113\"), column J (phone)"), "{err}");
    }
}

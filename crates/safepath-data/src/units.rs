//! The 102 commune-level units (data/units.csv), checked, with the names of the former
//! communes merged into each as search aliases.

use serde::Deserialize;

use crate::rules::Issue;
use crate::words::{variant, words, UNIT_KINDS};

// Administrative units (data/units.csv)
// ---------------------------------------------------------------------------------------

/// One of the 102 commune-level units, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidUnit {
    pub code: u32,
    pub name: String,
    /// Variant name of `UnitKind`.
    pub kind: &'static str,
    /// As written, e.g. "Huyện An Phú", "Thành phố Long Xuyên".
    pub former_district: String,
    pub former_province: String,
    /// Names of the former communes it was made from, without "xã"/"phường"/qualifiers.
    pub merged_from: Vec<String>,
}

const TYPE_WORDS: [&str; 6] = [
    "thị trấn ",
    "thị xã ",
    "thành phố ",
    "phường ",
    "huyện ",
    "xã ",
];

fn strip_type_word(s: &str) -> &str {
    let s = s.trim();
    for w in TYPE_WORDS {
        if let Some(head) = s.get(..w.len()) {
            if head.to_lowercase() == w {
                return s[w.len()..].trim();
            }
        }
    }
    s
}

/// Removes `(…)` and `[…]` groups.
fn without_brackets(s: &str) -> String {
    let mut depth = 0u32;
    let mut out = String::new();
    for ch in s.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The former commune names in a `merged_from` cell, as search aliases:
/// `thị trấn An Phú; xã Phú Hội [một phần]` → `An Phú`, `Phú Hội`;
/// `huyện Kiên Hải (toàn bộ: xã Hòn Tre, xã Lại Sơn)` → `Kiên Hải`, `Hòn Tre`, `Lại Sơn`;
/// `giữ nguyên (…)` (unchanged) → nothing.
pub fn merged_aliases(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let name = strip_type_word(&without_brackets(s)).to_string();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    };
    if cell.trim().to_lowercase().starts_with("giữ nguyên") {
        return Vec::new();
    }
    for part in cell.split(';') {
        push(part);
        if let (Some(open), Some(close)) = (part.find('('), part.rfind(')')) {
            if let Some(list) = part
                .get(open + 1..close)
                .and_then(|inner| inner.trim().strip_prefix("toàn bộ:"))
            {
                for name in list.split(',') {
                    push(name);
                }
            }
        }
    }
    out
}

#[derive(Deserialize)]
struct UnitRow {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    former_district: String,
    former_province: String,
    merged_from: String,
    code: String,
}

/// Reads and checks data/units.csv: header columns present, codes numeric and unique,
/// types known, names present, no (name, type) twice.
pub fn parse_units(src: &str) -> Result<Vec<ValidUnit>, Vec<Issue>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(src.as_bytes());
    let mut errors = Vec::new();
    let mut units: Vec<ValidUnit> = Vec::new();
    for (i, row) in reader.deserialize::<UnitRow>().enumerate() {
        let entry = format!("units.csv row {}", i + 2);
        let mut err = |field: &str, message: String| {
            errors.push(Issue {
                entry: entry.clone(),
                field: field.into(),
                message,
            });
        };
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                err("(row)", format!("cannot be read: {e}"));
                continue;
            }
        };
        let name = row.name;
        if name.is_empty() {
            err("name", "is missing".into());
        }
        let kind = variant(UNIT_KINDS, &row.kind);
        if kind.is_none() {
            err(
                "type",
                format!("\"{}\" is not one of {}", row.kind, words(UNIT_KINDS)),
            );
        }
        let code = row
            .code
            .parse::<u32>()
            .ok()
            .filter(|c| (10_000..100_000).contains(c));
        match code {
            None => err(
                "code",
                format!("\"{}\" is not a 5-digit unit code", row.code),
            ),
            Some(c) if units.iter().any(|u| u.code == c) => {
                err("code", format!("{c} is used by an earlier row"))
            }
            _ => {}
        }
        if let Some(k) = kind {
            if units.iter().any(|u| u.name == name && u.kind == k) {
                err("name", format!("\"{} {name}\" appears twice", row.kind));
            }
        }
        if let (Some(code), Some(kind), false) = (code, kind, name.is_empty()) {
            let merged_from = merged_aliases(&row.merged_from)
                .into_iter()
                .filter(|a| *a != name)
                .collect();
            units.push(ValidUnit {
                code,
                name,
                kind,
                former_district: row.former_district,
                former_province: row.former_province,
                merged_from,
            });
        }
    }
    if units.is_empty() && errors.is_empty() {
        errors.push(Issue {
            entry: "units.csv".into(),
            field: "(file)".into(),
            message: "has no units".into(),
        });
    }
    if errors.is_empty() {
        Ok(units)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_from_cells_become_clean_aliases() {
        assert_eq!(
            merged_aliases("thị trấn An Phú; xã Vĩnh Hội Đông; xã Phú Hội [một phần]"),
            ["An Phú", "Vĩnh Hội Đông", "Phú Hội"]
        );
        assert_eq!(
            merged_aliases("xã Tân An (thị xã Tân Châu); xã Long An"),
            ["Tân An", "Long An"]
        );
        assert_eq!(
            merged_aliases(
                "huyện Kiên Hải (toàn bộ: xã Hòn Tre, xã Lại Sơn, xã An Sơn, xã Nam Du)"
            ),
            ["Kiên Hải", "Hòn Tre", "Lại Sơn", "An Sơn", "Nam Du"]
        );
        assert!(merged_aliases("giữ nguyên (không thực hiện sắp xếp)").is_empty());
    }

    #[test]
    fn units_csv_is_checked_row_by_row() {
        let head = "name,type,former_district,former_province,merged_from,code,source\n";
        let ok = format!("{head}Long Xuyên,phường,Thành phố Long Xuyên,An Giang,\"phường Mỹ Bình; phường Mỹ Long\",30307,x\n");
        let units = parse_units(&ok).unwrap_or_default();
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].kind, "Phuong");
        assert_eq!(units[0].merged_from, ["Mỹ Bình", "Mỹ Long"]);

        let bad = format!("{head}A,xã,H,An Giang,,30307,x\nB,thôn,H,An Giang,,30308,x\nC,xã,H,An Giang,,30307,x\nD,xã,H,An Giang,,abc,x\n");
        let errs = parse_units(&bad).err().unwrap_or_default();
        let named = |line: &str, field: &str| {
            errs.iter()
                .any(|e| e.entry == format!("units.csv row {line}") && e.field == field)
        };
        assert!(
            named("3", "type") && named("4", "code") && named("5", "code"),
            "{errs:?}"
        );
        assert!(parse_units("name,type\n").is_err(), "missing columns");
    }
}

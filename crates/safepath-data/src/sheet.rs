//! Reading data/directory.csv, the spreadsheet a provincial officer keeps: one row per
//! contact (a hotline, an emergency number or a place to go), a header row naming the
//! columns. It opens and saves in LibreOffice and Excel: UTF-8 with or without a BOM,
//! Windows or Unix line ends, `,` or `;` between cells (Excel set to Vietnamese saves
//! `;`), dates as `2026-11-28` or `28/11/2026`, yes/no as `có`/`không` or `yes`/`no`.
//!
//! Shape is checked here (the header, a stray cell); every rule about content lives in
//! [`crate::rules`]. Every problem names the row and the column as the spreadsheet shows
//! them (`row 7, column J (phone)`).

use serde::Deserialize;

use crate::rules::Issue;

/// The columns, in the order of the shipped file. Only [`REQUIRED`] must be present;
/// the others may be left out of the header or left blank.
pub const COLUMNS: [&str; 31] = [
    "id",
    "status",
    "kind",
    "name_vi",
    "name_en",
    "name_km",
    "services",
    "coverage",
    "in_person",
    "phone",
    "call",
    "sms",
    "zalo",
    "cost",
    "hours",
    "hours_vi",
    "hours_en",
    "hours_km",
    "languages",
    "address_vi",
    "address_en",
    "address_km",
    "note_vi",
    "note_en",
    "note_km",
    "source_title",
    "source_url",
    "source2_title",
    "source2_url",
    "checked",
    "remarks",
];

pub const REQUIRED: [&str; 9] = [
    "id",
    "status",
    "kind",
    "name_vi",
    "services",
    "coverage",
    "source_title",
    "source_url",
    "checked",
];

/// One row as written: every cell optional, so a blank one becomes a clear message from
/// the rules rather than a parser error.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Row {
    pub id: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    pub name_vi: Option<String>,
    pub name_en: Option<String>,
    pub name_km: Option<String>,
    pub services: Option<String>,
    pub coverage: Option<String>,
    pub in_person: Option<String>,
    pub phone: Option<String>,
    pub call: Option<String>,
    pub sms: Option<String>,
    pub zalo: Option<String>,
    pub cost: Option<String>,
    pub hours: Option<String>,
    pub hours_vi: Option<String>,
    pub hours_en: Option<String>,
    pub hours_km: Option<String>,
    pub languages: Option<String>,
    pub address_vi: Option<String>,
    pub address_en: Option<String>,
    pub address_km: Option<String>,
    pub note_vi: Option<String>,
    pub note_en: Option<String>,
    pub note_km: Option<String>,
    pub source_title: Option<String>,
    pub source_url: Option<String>,
    pub source2_title: Option<String>,
    pub source2_url: Option<String>,
    pub checked: Option<String>,
    /// For the people who keep the file (why an entry is as it is); never shown.
    pub remarks: Option<String>,
}

/// A row and where it is in the spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The spreadsheet's row number (the header is row 1).
    pub row: usize,
    pub cells: Row,
}

/// Where each column is, to name it as the spreadsheet does (`J`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    names: Vec<String>,
}

impl Header {
    /// `J (phone)`, or just `(phone)` when the column is not in the file.
    pub fn column(&self, name: &str) -> String {
        match self.names.iter().position(|n| n == name) {
            Some(i) => format!("{} ({name})", letters(i)),
            None => format!("({name})"),
        }
    }
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
pub fn letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

fn issue(row: usize, column: String, message: impl Into<String>) -> Issue {
    Issue {
        entry: format!("row {row}"),
        field: column,
        message: message.into(),
    }
}

/// Reads the spreadsheet into rows. Blank rows (a spreadsheet keeps a few) are skipped.
pub fn read(src: &str) -> Result<(Header, Vec<Placed>), Vec<Issue>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let first_line = src.lines().next().unwrap_or("");
    let delimiter = if first_line.contains(';') && !first_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(src.as_bytes());
    let names: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
        Err(e) => {
            return Err(vec![issue(
                1,
                "(header)".into(),
                format!("cannot be read: {e}"),
            )])
        }
    };
    let header = Header {
        names: names.clone(),
    };
    let mut errors = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let col = format!("{} ({name})", letters(i));
        if name.is_empty() {
            errors.push(issue(
                1,
                letters(i),
                "this column has no name: delete the column, or give it one of the names in data/HUONG-DAN.md",
            ));
        } else if !COLUMNS.contains(&name.as_str()) {
            errors.push(issue(
                1,
                col,
                format!(
                    "\"{name}\" is not a column of the directory (a typo?); the columns are: {}",
                    COLUMNS.join(", ")
                ),
            ));
        } else if names.iter().take(i).any(|n| n == name) {
            errors.push(issue(1, col, "this column appears twice"));
        }
    }
    for name in REQUIRED {
        if !names.iter().any(|n| n == name) {
            errors.push(issue(
                1,
                format!("({name})"),
                "this column is missing from the header row",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let width = names.len();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(issue(row, "(row)".into(), format!("cannot be read: {e}")));
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        if let Some(extra) = record.iter().skip(width).position(|c| !c.is_empty()) {
            let at = width + extra;
            errors.push(issue(
                row,
                letters(at),
                format!(
                    "a cell outside the table (after the last column, {}): move it into the right column or delete it",
                    header.column(names.last().map_or("", String::as_str))
                ),
            ));
            continue;
        }
        let mut record = record;
        record.truncate(width);
        match record.deserialize::<Row>(Some(&csv::StringRecord::from(names.clone()))) {
            Ok(cells) => rows.push(Placed {
                row,
                cells: cells.blank_is_none(),
            }),
            Err(e) => errors.push(issue(row, "(row)".into(), format!("cannot be read: {e}"))),
        }
    }
    if errors.is_empty() {
        Ok((header, rows))
    } else {
        Err(errors)
    }
}

impl Row {
    /// A cell with only spaces counts as blank.
    fn blank_is_none(mut self) -> Row {
        for cell in [
            &mut self.id,
            &mut self.status,
            &mut self.kind,
            &mut self.name_vi,
            &mut self.name_en,
            &mut self.name_km,
            &mut self.services,
            &mut self.coverage,
            &mut self.in_person,
            &mut self.phone,
            &mut self.call,
            &mut self.sms,
            &mut self.zalo,
            &mut self.cost,
            &mut self.hours,
            &mut self.hours_vi,
            &mut self.hours_en,
            &mut self.hours_km,
            &mut self.languages,
            &mut self.address_vi,
            &mut self.address_en,
            &mut self.address_km,
            &mut self.note_vi,
            &mut self.note_en,
            &mut self.note_km,
            &mut self.source_title,
            &mut self.source_url,
            &mut self.source2_title,
            &mut self.source2_url,
            &mut self.checked,
            &mut self.remarks,
        ] {
            if cell.as_deref().is_some_and(|s| s.trim().is_empty()) {
                *cell = None;
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str =
        "id,status,kind,name_vi,services,coverage,phone,cost,source_title,source_url,checked";

    #[test]
    fn column_letters_are_the_spreadsheets() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(9), "J");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
    }

    #[test]
    fn a_bom_windows_line_ends_and_quoted_cells_are_read() {
        let src = format!(
            "\u{feff}{HEAD}\r\nx,verified,hotline,\"Tên, có dấu phẩy\",counselling,national,111,free,T,https://a.vn,2026-11-28\r\n"
        );
        let (header, rows) = read(&src).unwrap_or_default();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].row, 2);
        assert_eq!(
            rows[0].cells.id.as_deref(),
            Some("x"),
            "the BOM is not part of the first column's name"
        );
        assert_eq!(rows[0].cells.name_vi.as_deref(), Some("Tên, có dấu phẩy"));
        assert_eq!(
            rows[0].cells.checked.as_deref(),
            Some("2026-11-28"),
            "no \\r left"
        );
        assert_eq!(header.column("phone"), "G (phone)");
    }

    #[test]
    fn semicolons_as_excel_in_vietnamese_saves_them() {
        let src = format!(
            "{}\nx;verified;hotline;Tên;counselling, medical-care;national;111;free;T;https://a.vn;28/11/2026\n",
            HEAD.replace(',', ";")
        );
        let (_, rows) = read(&src).unwrap_or_default();
        assert_eq!(
            rows[0].cells.services.as_deref(),
            Some("counselling, medical-care")
        );
    }

    #[test]
    fn a_cell_with_a_line_break_and_blank_rows() {
        let src = format!(
            "{HEAD},remarks\n,,,,,,,,,,,\nx,verified,hotline,Tên,counselling,national,111,free,T,https://a.vn,2026-11-28,\"two\nlines\"\ny,verified,hotline,Tên,counselling,national,111,free,T,https://a.vn,2026-11-28,\n"
        );
        let (_, rows) = read(&src).unwrap_or_default();
        let ids: Vec<_> = rows.iter().map(|r| (r.row, r.cells.id.clone())).collect();
        assert_eq!(ids, [(3, Some("x".into())), (4, Some("y".into()))]);
        assert_eq!(rows[0].cells.remarks.as_deref(), Some("two\nlines"));
    }

    #[test]
    fn a_stray_cell_is_refused_naming_row_and_column() {
        let src = format!(
            "{HEAD}\nx,verified,hotline,Tên,counselling,national,111,free,T,https://a.vn,2026-11-28,,oops\n"
        );
        let errs = read(&src).err().unwrap_or_default();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(
            (errs[0].entry.as_str(), errs[0].field.as_str()),
            ("row 2", "M")
        );
        assert!(
            errs[0].to_string().contains("outside the table"),
            "{}",
            errs[0]
        );
        // Empty cells past the end (a spreadsheet may save them) are harmless.
        let ok = format!("{HEAD}\nx,verified,hotline,Tên,counselling,national,111,free,T,https://a.vn,2026-11-28,,\n");
        assert!(read(&ok).is_ok());
    }

    #[test]
    fn the_header_is_checked() {
        let typo = HEAD.replace("phone", "phon");
        let errs = read(&format!("{typo}\n")).err().unwrap_or_default();
        assert!(
            errs.iter()
                .any(|e| e.entry == "row 1" && e.field == "G (phon)"),
            "{errs:?}"
        );
        let missing = HEAD.replace(",checked", "");
        let errs = read(&format!("{missing}\n")).err().unwrap_or_default();
        assert!(errs.iter().any(|e| e.field == "(checked)"), "{errs:?}");
        let twice = format!("{HEAD},phone");
        let errs = read(&format!("{twice}\n")).err().unwrap_or_default();
        assert!(errs.iter().any(|e| e.field == "L (phone)"), "{errs:?}");
        assert!(read("").is_err());
    }

    #[test]
    fn every_column_has_a_field() {
        // The header is checked against COLUMNS and rows read into Row: a column listed in
        // one and not the other would be accepted and then lost.
        let head = COLUMNS.join(",");
        let cells: Vec<String> = (0..COLUMNS.len()).map(|i| format!("v{i}")).collect();
        let (_, rows) = read(&format!("{head}\n{}\n", cells.join(","))).unwrap_or_default();
        let r = &rows[0].cells;
        assert_eq!(r.id.as_deref(), Some("v0"));
        assert_eq!(r.remarks.as_deref(), Some("v30"));
        assert_eq!(r.in_person.as_deref(), Some("v8"));
        assert_eq!(r.source2_url.as_deref(), Some("v28"));
    }
}

//! The rules every row of data/directory.csv must follow before anything ships. Each
//! problem names the row and the column; a row with a problem never reaches the app.

use std::collections::HashSet;
use std::fmt;

use crate::date::Date;
use crate::phone::{parse_phone, Phone, PhoneClass};
use crate::sheet::{Header, Placed, Row};
use crate::words::{variant, words, COSTS, KINDS, LANGUAGES, SERVICES, STATUSES};

/// One problem, naming where it is and which column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// `row 7 ("police-113")`, `row 1`, `units.csv row 12`.
    pub entry: String,
    /// The column as the spreadsheet shows it: `J (phone)`; `(phone)` when the file has
    /// no such column.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, column {}: {}", self.entry, self.field, self.message)
    }
}

/// Text in Vietnamese, with English and Khmer where they exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidText {
    pub vi: String,
    pub en: Option<String>,
    pub km: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValidCoverage {
    National,
    Province,
    Units(Vec<u32>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidContact {
    pub phone: Phone,
    pub call: bool,
    pub sms: bool,
    pub zalo: bool,
    /// Variant name of `Cost`.
    pub cost: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValidHours {
    Always,
    Text(ValidText),
    Unknown,
}

/// A row that passed every rule; enum fields hold the Rust variant names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidProvider {
    pub id: String,
    pub status: &'static str,
    pub name: ValidText,
    pub kind: &'static str,
    pub services: Vec<&'static str>,
    pub coverage: ValidCoverage,
    /// A place one can go to (then `address` says where, as far as is known).
    pub in_person: bool,
    pub contacts: Vec<ValidContact>,
    pub hours: ValidHours,
    pub languages: Vec<&'static str>,
    pub address: Option<ValidText>,
    pub note: Option<ValidText>,
    pub sources: Vec<(String, String)>,
    pub checked: Date,
}

/// The outcome: errors stop the build, warnings are printed.
#[derive(Clone, Debug, Default)]
pub struct Checked {
    pub providers: Vec<ValidProvider>,
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// Entries older than this many days are listed in a warning.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Numbers found in public pages that must not ship, and why. A number here is refused
/// unless the row says `retired`, or `verified` where `verify_lifts` (someone has called
/// it and it is the right service).
pub const DO_NOT_LIST: [(&str, &str, bool); 6] = [
    (
        "18008077",
        "reported for Ngôi nhà Ánh Dương An Giang by one machine-translated page only: \
         add it only after calling it, with status verified",
        true,
    ),
    (
        "18001567",
        "the old child helpline, replaced by 111 in December 2017",
        false,
    ),
    (
        "18008027",
        "the hotline of Ngôi nhà Ánh Dương Hòa Bình, not An Giang",
        false,
    ),
    (
        "0962297777",
        "the personal line of a former provincial police director (2021)",
        false,
    ),
    ("1022", "An Giang's 1022 line closed on 13/01/2023", false),
    (
        "02433335599",
        "CSAGA's centres in Hồ Chí Minh City and Đà Nẵng, not An Giang",
        false,
    ),
];

struct Ctx<'a> {
    entry: String,
    header: &'a Header,
    errors: &'a mut Vec<Issue>,
}

impl Ctx<'_> {
    fn err(&mut self, column: &str, message: impl Into<String>) {
        self.errors.push(Issue {
            entry: self.entry.clone(),
            field: self.header.column(column),
            message: message.into(),
        });
    }

    /// A required cell.
    fn required(&mut self, column: &str, v: &Option<String>) -> Option<String> {
        match v.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => Some(s.to_string()),
            _ => {
                self.err(column, "is empty: every row needs it");
                None
            }
        }
    }

    fn word(
        &mut self,
        column: &str,
        table: &[(&str, &'static str)],
        v: &str,
    ) -> Option<&'static str> {
        let found = variant(table, v.trim());
        if found.is_none() {
            self.err(column, format!("\"{v}\" is not one of {}", words(table)));
        }
        found
    }

    /// Words in one cell, separated by `,` or `;`.
    fn word_list(
        &mut self,
        column: &str,
        table: &[(&str, &'static str)],
        v: &Option<String>,
    ) -> Vec<&'static str> {
        let mut out = Vec::new();
        for w in list(v) {
            if let Some(found) = self.word(column, table, w) {
                if !out.contains(&found) {
                    out.push(found);
                }
            }
        }
        out
    }

    /// `có`/`không`, `yes`/`no`, `x`/blank…; blank gives `default`.
    fn yes_no(&mut self, column: &str, v: &Option<String>, default: bool) -> bool {
        let Some(s) = v.as_deref().map(str::trim) else {
            return default;
        };
        match s.to_lowercase().as_str() {
            "có" | "co" | "yes" | "y" | "true" | "x" | "1" => true,
            "không" | "khong" | "no" | "n" | "false" | "0" => false,
            _ => {
                self.err(column, format!("\"{s}\": write có or không (yes or no)"));
                default
            }
        }
    }

    /// `<base>_vi` (+ `_en`, `_km`): Vietnamese is required as soon as any is given.
    fn text(
        &mut self,
        base: &str,
        vi: &Option<String>,
        en: &Option<String>,
        km: &Option<String>,
    ) -> Option<ValidText> {
        match vi {
            Some(vi) => Some(ValidText {
                vi: vi.clone(),
                en: en.clone(),
                km: km.clone(),
            }),
            None => {
                if en.is_some() || km.is_some() {
                    self.err(
                        &format!("{base}_vi"),
                        "is empty: Vietnamese is needed whenever English or Khmer is given",
                    );
                }
                None
            }
        }
    }
}

fn list(v: &Option<String>) -> impl Iterator<Item = &str> {
    v.as_deref()
        .unwrap_or("")
        .split([',', ';'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
}

fn id_ok(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn url_ok(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| r.contains('.') && !r.starts_with('.') && !r.contains(char::is_whitespace))
}

/// Checks every row against the rules. `units` are the known unit codes; `today` is the
/// day the build is given (see [`crate::build_date`]), never the machine's clock: dates
/// after it are refused, and rows last checked more than 12 months before it are warned
/// about, so one commit's data gives the same answer on any machine on any day.
pub fn check_rows(header: &Header, rows: &[Placed], units: &[u32], today: Date) -> Checked {
    let mut out = Checked::default();
    let mut seen_ids: HashSet<String> = HashSet::new();
    for placed in rows {
        let entry = match placed.cells.id.as_deref() {
            Some(id) => format!("row {} (\"{id}\")", placed.row),
            None => format!("row {}", placed.row),
        };
        let mut c = Ctx {
            entry: entry.clone(),
            header,
            errors: &mut out.errors,
        };
        let before = c.errors.len();
        let provider = check_row(&mut c, &placed.cells, &mut seen_ids, units, today);
        let Some(provider) = provider.filter(|_| c.errors.len() == before) else {
            continue;
        };
        if provider.status != "Retired" && today.days() - provider.checked.days() > STALE_AFTER_DAYS
        {
            out.warnings.push(Issue {
                entry,
                field: header.column("checked"),
                message: format!(
                    "last checked {} (more than 12 months before {}, the build's date): please call or re-read the source and update it",
                    provider.checked.dmy(),
                    today.dmy()
                ),
            });
        }
        out.providers.push(provider);
    }
    out
}

/// One row, column group by column group; `None` when a required cell is missing or
/// wrong (each mistake is in `c.errors`).
fn check_row(
    c: &mut Ctx,
    p: &Row,
    seen_ids: &mut HashSet<String>,
    units: &[u32],
    today: Date,
) -> Option<ValidProvider> {
    let who = identity(c, p, seen_ids);
    let services = services(c, p, who.kind);
    let coverage = coverage(c, p, units);
    let (in_person, contacts) = reach(c, p, who.status);
    let hours = hours(c, p);
    let languages = c.word_list("languages", LANGUAGES, &p.languages);
    let address = c.text("address", &p.address_vi, &p.address_en, &p.address_km);
    let note = c.text("note", &p.note_vi, &p.note_en, &p.note_km);
    let sources = sources(c, p);
    let checked = checked(c, p, today);
    Some(ValidProvider {
        id: who.id?,
        status: who.status?,
        name: who.name?,
        kind: who.kind?,
        services,
        coverage: coverage?,
        in_person,
        contacts,
        hours,
        languages,
        address,
        note,
        sources,
        checked: checked?,
    })
}

/// The identity columns: id (unique), status, name, kind.
struct Identity {
    id: Option<String>,
    status: Option<&'static str>,
    name: Option<ValidText>,
    kind: Option<&'static str>,
}

fn identity(c: &mut Ctx, p: &Row, seen_ids: &mut HashSet<String>) -> Identity {
    let id = c.required("id", &p.id);
    if let Some(id) = &id {
        if !id_ok(id) {
            c.err(
                "id",
                format!("\"{id}\" may use only a-z, 0-9 and '-' (e.g. \"police-113\")"),
            );
        } else if !seen_ids.insert(id.clone()) {
            c.err(
                "id",
                format!("\"{id}\" is used by an earlier row: ids must be unique"),
            );
        }
    }
    let status = c
        .required("status", &p.status)
        .and_then(|s| c.word("status", STATUSES, &s));
    let name = c.text("name", &p.name_vi, &p.name_en, &p.name_km);
    if p.name_vi.is_none() && p.name_en.is_none() && p.name_km.is_none() {
        c.err("name_vi", "is empty: every row needs a Vietnamese name");
    }
    let kind = c
        .required("kind", &p.kind)
        .and_then(|k| c.word("kind", KINDS, &k));
    Identity {
        id,
        status,
        name,
        kind,
    }
}

/// What they help with: required for every kind but the emergency lines.
fn services(c: &mut Ctx, p: &Row, kind: Option<&'static str>) -> Vec<&'static str> {
    let services = c.word_list("services", SERVICES, &p.services);
    if p.services.is_none() && kind.is_some() && kind != Some("Emergency") {
        c.err(
            "services",
            format!(
                "is empty: list what they help with, from {}",
                words(SERVICES)
            ),
        );
    }
    services
}

/// Where they serve: national, province, or communes known to data/units.csv.
fn coverage(c: &mut Ctx, p: &Row, units: &[u32]) -> Option<ValidCoverage> {
    match p.coverage.as_deref() {
        None => {
            c.err(
                "coverage",
                "is empty: write national, province or the codes of communes (see data/units.csv)",
            );
            None
        }
        Some("national") => Some(ValidCoverage::National),
        Some("province") => Some(ValidCoverage::Province),
        Some(_) => {
            let mut codes = Vec::new();
            for code in list(&p.coverage) {
                match code.parse::<u32>() {
                    Ok(n) if units.contains(&n) => {
                        if !codes.contains(&n) {
                            codes.push(n);
                        }
                    }
                    Ok(n) => c.err(
                        "coverage",
                        format!("{n} is not the code of any commune in data/units.csv"),
                    ),
                    Err(_) => c.err(
                        "coverage",
                        format!("\"{code}\" is not national, province or a commune code (5 digits, see data/units.csv)"),
                    ),
                }
            }
            Some(ValidCoverage::Units(codes))
        }
    }
}

/// How to reach them: the phone with its cost and uses (call, sms, zalo), or a place to
/// go (in_person with an address). Returns in_person and the contacts.
fn reach(c: &mut Ctx, p: &Row, status: Option<&'static str>) -> (bool, Vec<ValidContact>) {
    let retired = status == Some("Retired");
    let in_person = c.yes_no("in_person", &p.in_person, false);
    let mut contacts = Vec::new();
    match &p.phone {
        None => {
            for (col, v) in [
                ("cost", &p.cost),
                ("call", &p.call),
                ("sms", &p.sms),
                ("zalo", &p.zalo),
            ] {
                if v.is_some() {
                    c.err(col, "is filled in but the row has no phone number: fill in phone, or empty this cell");
                }
            }
        }
        Some(number) => contacts.extend(phone(c, p, number, status)),
    }
    if p.phone.is_none() && !in_person && !retired {
        c.err(
            "phone",
            "is empty, and in_person is not có: a listed service needs a way to reach it \
             (a phone number, or a place to go with in_person = có and address_vi)",
        );
    }
    if in_person && p.address_vi.is_none() {
        c.err(
            "address_vi",
            "is empty: a place to go needs to say where it is, as far as the sources say",
        );
    }
    (in_person, contacts)
}

/// The phone number's columns: the number itself (never one on the do-not-list), what a
/// call costs, and how it can be used.
fn phone(c: &mut Ctx, p: &Row, number: &str, status: Option<&'static str>) -> Option<ValidContact> {
    let retired = status == Some("Retired");
    let phone = match parse_phone(number) {
        Ok(ph) => Some(ph),
        Err(e) => {
            c.err("phone", e);
            None
        }
    };
    if let Some((_, why, lifts)) = phone
        .as_ref()
        .and_then(|ph| DO_NOT_LIST.iter().find(|(tel, _, _)| *tel == ph.tel))
    {
        let allowed = retired || (*lifts && status == Some("Verified"));
        if !allowed {
            c.err("phone", format!("{number} must not be shown: {why}"));
        }
    }
    let cost = c
        .required("cost", &p.cost)
        .and_then(|w| c.word("cost", COSTS, &w));
    let call = c.yes_no("call", &p.call, true);
    let sms = c.yes_no("sms", &p.sms, false);
    let zalo = c.yes_no("zalo", &p.zalo, false);
    if !(call || sms || zalo) {
        c.err(
            "call",
            "call, sms and zalo are all không: say how this number can be used",
        );
    }
    let (ph, cost) = (phone?, cost?);
    if ph.class == PhoneClass::TollFree && cost == "Charged" {
        c.err(
            "cost",
            "1800 numbers are free for the caller: write free or unknown",
        );
    }
    if ph.class == PhoneClass::Premium && cost == "Free" {
        c.err(
            "cost",
            "1900 numbers are charged to the caller: write charged or unknown",
        );
    }
    if ph.class == PhoneClass::Short && sms {
        c.err(
            "sms",
            "short codes such as 113 cannot take text messages: write không",
        );
    }
    Some(ValidContact {
        phone: ph,
        call,
        sms,
        zalo,
        cost,
    })
}

/// Opening hours: `24/7` in hours, or words in hours_vi (+ en, km), not both.
fn hours(c: &mut Ctx, p: &Row) -> ValidHours {
    match (p.hours.as_deref(), &p.hours_vi) {
        (Some("24/7"), None) => ValidHours::Always,
        (Some("24/7"), Some(_)) => {
            c.err(
                "hours_vi",
                "fill in either hours (24/7) or hours_vi, not both",
            );
            ValidHours::Always
        }
        (Some(other), _) => {
            c.err("hours", format!("\"{other}\": only 24/7 goes here; write other hours in hours_vi (and hours_en, hours_km)"));
            ValidHours::Unknown
        }
        (None, _) => match c.text("hours", &p.hours_vi, &p.hours_en, &p.hours_km) {
            Some(t) => ValidHours::Text(t),
            None => ValidHours::Unknown,
        },
    }
}

/// Where the row's facts come from: one source required, a second optional, each a
/// title and a web address.
fn sources(c: &mut Ctx, p: &Row) -> Vec<(String, String)> {
    let mut sources = Vec::new();
    for (t_col, u_col, title, url, needed) in [
        (
            "source_title",
            "source_url",
            &p.source_title,
            &p.source_url,
            true,
        ),
        (
            "source2_title",
            "source2_url",
            &p.source2_title,
            &p.source2_url,
            false,
        ),
    ] {
        if !needed && title.is_none() && url.is_none() {
            continue;
        }
        let title = c.required(t_col, title);
        let url = c.required(u_col, url);
        if let Some(u) = &url {
            if !url_ok(u) {
                c.err(
                    u_col,
                    format!("\"{u}\" is not a web address starting with https://"),
                );
            }
        }
        if let (Some(t), Some(u)) = (title, url) {
            sources.push((t, u));
        }
    }
    sources
}

/// The day the row was last checked: a real date, not after the build's date.
fn checked(c: &mut Ctx, p: &Row, today: Date) -> Option<Date> {
    let d = c.required("checked", &p.checked)?;
    match Date::parse(&d) {
        Some(date) if date > today => {
            c.err(
                "checked",
                format!(
                    "{d} is after the build's date ({}): write the day it was actually checked",
                    today.dmy()
                ),
            );
            None
        }
        Some(date) => Some(date),
        None => {
            c.err(
                "checked",
                format!("\"{d}\" is not a date: write it as 28/11/2026 or 2026-11-28"),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::{read, COLUMNS};

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 29,
    };
    const UNITS: [u32; 3] = [30307, 30292, 31078];

    fn good(id: &str) -> Row {
        Row {
            id: Some(id.into()),
            status: Some("verified".into()),
            name_vi: Some("Công an".into()),
            kind: Some("emergency".into()),
            services: Some("police-protection".into()),
            coverage: Some("national".into()),
            phone: Some("113".into()),
            cost: Some("free".into()),
            hours: Some("24/7".into()),
            languages: Some("vi".into()),
            source_title: Some("Nguồn".into()),
            source_url: Some("https://example.gov.vn/a".into()),
            checked: Some("2026-11-28".into()),
            ..Default::default()
        }
    }

    fn place() -> Row {
        Row {
            kind: Some("one-stop-centre".into()),
            services: Some("counselling; shelter".into()),
            coverage: Some("province".into()),
            phone: None,
            cost: None,
            hours: None,
            in_person: Some("có".into()),
            address_vi: Some("phường Long Xuyên".into()),
            ..good("centre")
        }
    }

    fn header() -> Header {
        read(&format!("{}\n", COLUMNS.join(",")))
            .map(|(h, _)| h)
            .unwrap_or_default()
    }

    fn check(rows: Vec<Row>) -> Checked {
        let placed: Vec<Placed> = rows
            .into_iter()
            .enumerate()
            .map(|(i, cells)| Placed { row: i + 2, cells })
            .collect();
        check_rows(&header(), &placed, &UNITS, TODAY)
    }

    #[test]
    fn a_good_row_passes_and_keeps_its_values() {
        let c = check(vec![good("police-113")]);
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        assert!(c.warnings.is_empty());
        let p = &c.providers[0];
        assert_eq!(
            (p.id.as_str(), p.kind, p.status),
            ("police-113", "Emergency", "Verified")
        );
        assert_eq!(p.contacts[0].phone.tel, "113");
        assert!(
            p.contacts[0].call && !p.contacts[0].sms,
            "call defaults to yes, sms to no"
        );
        assert_eq!(p.hours, ValidHours::Always);
        assert!(!p.in_person);
    }

    #[test]
    fn a_place_to_go_needs_no_phone_but_says_where_it_is() {
        let c = check(vec![place()]);
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        let p = &c.providers[0];
        assert!(p.in_person && p.contacts.is_empty());
        assert_eq!(p.services, ["Counselling", "Shelter"]);
        assert_eq!(
            p.address.as_ref().map(|a| a.vi.as_str()),
            Some("phường Long Xuyên")
        );
    }

    #[test]
    fn each_kind_of_mistake_is_refused_naming_row_and_column() {
        type Break = fn(&mut Vec<Row>);
        let cases: [(&str, Break, &str, &str); 22] = [
            (
                "duplicate id",
                |v| v.push(good("a")),
                "row 3 (\"a\")",
                "A (id)",
            ),
            (
                "bad id",
                |v| v[0].id = Some("Công An".into()),
                "row 2 (\"Công An\")",
                "A (id)",
            ),
            ("missing id", |v| v[0].id = None, "row 2", "A (id)"),
            (
                "unknown commune",
                |v| v[0].coverage = Some("30307; 99999".into()),
                "row 2 (\"a\")",
                "H (coverage)",
            ),
            (
                "commune by name",
                |v| v[0].coverage = Some("Long Xuyên".into()),
                "row 2 (\"a\")",
                "H (coverage)",
            ),
            (
                "bad phone",
                |v| v[0].phone = Some("12345".into()),
                "row 2 (\"a\")",
                "J (phone)",
            ),
            (
                "no way to reach it",
                |v| {
                    v[0].phone = None;
                    v[0].cost = None;
                },
                "row 2 (\"a\")",
                "J (phone)",
            ),
            (
                "cost without phone",
                |v| v[0].phone = None,
                "row 2 (\"a\")",
                "N (cost)",
            ),
            (
                "place without address",
                |v| {
                    v[0] = place();
                    v[0].id = Some("a".into());
                    v[0].address_vi = None;
                },
                "row 2 (\"a\")",
                "T (address_vi)",
            ),
            (
                "yes/no typo",
                |v| v[0].sms = Some("maybe".into()),
                "row 2 (\"a\")",
                "L (sms)",
            ),
            (
                "future date",
                |v| v[0].checked = Some("30/11/2026".into()),
                "row 2 (\"a\")",
                "AD (checked)",
            ),
            (
                "impossible date",
                |v| v[0].checked = Some("2026-02-30".into()),
                "row 2 (\"a\")",
                "AD (checked)",
            ),
            (
                "missing date",
                |v| v[0].checked = None,
                "row 2 (\"a\")",
                "AD (checked)",
            ),
            (
                "missing source",
                |v| {
                    v[0].source_title = None;
                    v[0].source_url = None;
                },
                "row 2 (\"a\")",
                "Z (source_title)",
            ),
            (
                "source without url",
                |v| v[0].source_url = None,
                "row 2 (\"a\")",
                "AA (source_url)",
            ),
            (
                "second source without title",
                |v| v[0].source2_url = Some("https://b.vn".into()),
                "row 2 (\"a\")",
                "AB (source2_title)",
            ),
            (
                "missing name",
                |v| v[0].name_vi = None,
                "row 2 (\"a\")",
                "D (name_vi)",
            ),
            (
                "missing kind",
                |v| v[0].kind = None,
                "row 2 (\"a\")",
                "C (kind)",
            ),
            (
                "unknown service",
                |v| v[0].services = Some("massage".into()),
                "row 2 (\"a\")",
                "G (services)",
            ),
            (
                "1900 marked free",
                |v| v[0].phone = Some("1900 969680".into()),
                "row 2 (\"a\")",
                "N (cost)",
            ),
            (
                "hours text in hours",
                |v| v[0].hours = Some("7h-17h".into()),
                "row 2 (\"a\")",
                "O (hours)",
            ),
            (
                "a number on the do-not-list",
                |v| v[0].phone = Some("1800 1567".into()),
                "row 2 (\"a\")",
                "J (phone)",
            ),
        ];
        for (what, brk, entry, field) in cases {
            let mut v = vec![good("a")];
            brk(&mut v);
            let checked = check(v.clone());
            let errs = &checked.errors;
            assert!(
                errs.iter().any(|e| e.entry == entry && e.field == field),
                "{what}: expected an error on {entry} / {field}, got {errs:?}"
            );
            let shown = errs
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n");
            assert!(
                shown.contains(entry) && shown.contains(field),
                "{what}: message must name both: {shown}"
            );
            assert!(
                !checked
                    .providers
                    .iter()
                    .any(|p| v.len() == 1 && p.id == "a"),
                "{what}: a broken row must not reach the tables"
            );
        }
    }

    #[test]
    fn missing_required_cells_are_each_named() {
        let blank = Row {
            id: Some("x".into()),
            ..Default::default()
        };
        let errs = check(vec![blank]).errors;
        for field in [
            "B (status)",
            "D (name_vi)",
            "C (kind)",
            "H (coverage)",
            "J (phone)",
            "Z (source_title)",
            "AD (checked)",
        ] {
            assert!(
                errs.iter().any(|e| e.field == field),
                "no error for missing {field}: {errs:?}"
            );
        }
    }

    #[test]
    fn retired_rows_need_no_number_but_still_a_source_and_may_keep_a_do_not_list_number() {
        let mut p = good("old-line");
        p.status = Some("retired".into());
        p.phone = None;
        p.cost = None;
        assert!(check(vec![p.clone()]).errors.is_empty());
        let mut kept = p.clone();
        kept.phone = Some("1800 1567".into());
        kept.cost = Some("free".into());
        assert!(
            check(vec![kept]).errors.is_empty(),
            "a retired record of a dead number is fine"
        );
        p.source_title = None;
        p.source_url = None;
        assert!(!check(vec![p]).errors.is_empty());
    }

    #[test]
    fn the_centre_number_ships_only_once_someone_has_called_it() {
        let mut p = place();
        p.phone = Some("1800 8077".into());
        p.cost = Some("free".into());
        p.status = Some("unverified".into());
        assert!(
            !check(vec![p.clone()]).errors.is_empty(),
            "one translated page is not enough"
        );
        p.status = Some("verified".into());
        assert!(
            check(vec![p]).errors.is_empty(),
            "{}",
            "called and confirmed: it may ship"
        );
    }

    #[test]
    fn rows_not_checked_for_a_year_are_a_warning_not_an_error() {
        let mut old = good("old");
        old.checked = Some("2025-11-28".into());
        let c = check(vec![old, good("fresh")]);
        assert!(c.errors.is_empty());
        assert_eq!(c.providers.len(), 2, "a stale row still ships");
        assert_eq!(c.warnings.len(), 1);
        assert_eq!(c.warnings[0].entry, "row 2 (\"old\")");
        assert_eq!(c.warnings[0].field, "AD (checked)");
        let mut recent = good("recent");
        recent.checked = Some("2025-11-30".into());
        assert!(check(vec![recent]).warnings.is_empty());
    }

    #[test]
    fn yes_and_no_in_vietnamese_or_english() {
        for (cell, sms) in [
            ("có", true),
            ("Có", true),
            ("yes", true),
            ("x", true),
            ("không", false),
            ("NO", false),
        ] {
            let mut p = good("a");
            p.phone = Some("1800 1768".into());
            p.sms = Some(cell.into());
            let c = check(vec![p]);
            assert!(c.errors.is_empty(), "{cell}: {:?}", c.errors);
            assert_eq!(c.providers[0].contacts[0].sms, sms, "{cell}");
        }
    }
}

//! The rules that data/directory.toml and data/units.csv must follow.
//!
//! Self-contained on purpose (std only, no `crate::` paths): build.rs includes this very
//! file with `#[path]` and runs it on the data before the app is compiled, so a mistake
//! stops the build with a message naming the entry and the field. The crate compiles it
//! too, so every rule is tested natively (`cargo test --lib core::directory::validate`).
#![allow(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::manual_is_multiple_of,
    reason = "build-time rules (a panic stops the build, never reaches a phone); moving out of the app"
)]

use std::collections::HashSet;
use std::fmt;

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

/// A calendar day, written `YYYY-MM-DD` in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads exactly `YYYY-MM-DD` with a day that exists (29 Feb only in leap years).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let year: u16 = s.get(0..4)?.parse().ok()?;
        let month: u8 = s.get(5..7)?.parse().ok()?;
        let day: u8 = s.get(8..10)?.parse().ok()?;
        let d = Date { year, month, day };
        (year >= 1900 && (1..=12).contains(&month) && day >= 1 && day <= d.month_len()).then_some(d)
    }

    fn month_len(self) -> u8 {
        let leap = (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0;
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

// ---------------------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------------------

/// What sort of Vietnamese number it is; decides how it is grouped and what it may cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneClass {
    /// Three digits starting with 1: 111, 113, 114, 115 (and a future national DV line).
    Short,
    /// 1800 xxxx / 1800 xxxxxx: free for the caller.
    TollFree,
    /// 1900 xxxx / 1900 xxxxxx: charged to the caller.
    Premium,
    /// 02… area code + subscriber number (0296 for An Giang, 0297 for former Kiên Giang).
    Landline,
    /// 10 digits starting 03, 05, 07, 08 or 09.
    Mobile,
}

/// A number checked and prepared for the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub class: PhoneClass,
    /// For `tel:` and `sms:` links: digits only, `+84…` kept international.
    pub tel: String,
    /// For the eye: `113`, `1800 1768`, `1900 969680`, `0912 345 678`, `0296 386 1234`,
    /// `+84 912 345 678`.
    pub display: String,
}

const PHONE_HELP: &str = "expected a short code (111, 113, 114, 115), a 1800/1900 number \
(1800 xxxx, 1800 xxxxxx, 1900 xxxx, 1900 xxxxxx), a landline (02…, 11 digits, e.g. \
0296 xxx xxxx), a mobile (10 digits starting 03, 05, 07, 08 or 09) or +84 followed by a \
landline or mobile without its 0";

fn group(digits: &str, sizes: &[usize]) -> String {
    let mut out = Vec::new();
    let mut rest = digits;
    for &n in sizes {
        let (head, tail) = rest.split_at(n.min(rest.len()));
        if !head.is_empty() {
            out.push(head);
        }
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out.join(" ")
}

/// Classifies a national number (digits only) and groups it for display.
fn national(d: &str) -> Option<(PhoneClass, String)> {
    let n = d.len();
    if n == 3 && d.starts_with('1') {
        return Some((PhoneClass::Short, d.to_string()));
    }
    for (prefix, class) in [
        ("1800", PhoneClass::TollFree),
        ("1900", PhoneClass::Premium),
    ] {
        if d.starts_with(prefix) && (n == 8 || n == 10) {
            return Some((class, group(d, &[4])));
        }
    }
    if d.starts_with("02") && (n == 10 || n == 11) {
        // Hà Nội (024) and Hồ Chí Minh City (028) have 3-digit area codes, the rest 4.
        let area = if d.starts_with("024") || d.starts_with("028") {
            3
        } else {
            4
        };
        let sub = n - area;
        let sizes: &[usize] = if sub == 8 { &[area, 4] } else { &[area, 3] };
        return Some((PhoneClass::Landline, group(d, sizes)));
    }
    let mobile_prefix = ["03", "05", "07", "08", "09"]
        .iter()
        .any(|p| d.starts_with(p));
    if n == 10 && mobile_prefix {
        return Some((PhoneClass::Mobile, group(d, &[4, 3])));
    }
    None
}

/// Checks a number as an officer may type it (`1900 969680`, `0296.386.1234`,
/// `+84 912 345 678`) and returns its link and display forms.
pub fn parse_phone(input: &str) -> Result<Phone, String> {
    let s = input.trim();
    let bad = |why: &str| {
        Err(format!(
            "\"{input}\" is not a valid Vietnamese number ({why}): {PHONE_HELP}"
        ))
    };
    if s.is_empty() {
        return bad("it is empty");
    }
    let international = s.starts_with('+');
    let body = if international { &s[1..] } else { s };
    if let Some(c) = body
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')')))
    {
        return bad(&format!("it contains '{c}'"));
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    if international {
        let Some(rest) = digits.strip_prefix("84") else {
            return bad("only +84 numbers are accepted");
        };
        return match national(&format!("0{rest}")) {
            Some((class @ (PhoneClass::Landline | PhoneClass::Mobile), shown)) => Ok(Phone {
                class,
                tel: format!("+84{rest}"),
                display: format!("+84 {}", &shown[1..]),
            }),
            _ => bad("after +84 comes a landline or mobile number without its first 0"),
        };
    }
    if digits.starts_with("84") && digits.len() >= 11 {
        return bad("write the country code as +84");
    }
    match national(&digits) {
        Some((class, display)) => Ok(Phone {
            class,
            tel: digits,
            display,
        }),
        None => bad("wrong length or prefix"),
    }
}

// ---------------------------------------------------------------------------------------
// Words the data may use, and the Rust variant each becomes in the generated tables.
// core::directory's tests check these lists against its enums.
// ---------------------------------------------------------------------------------------

pub const KINDS: &[(&str, &str)] = &[
    ("emergency", "Emergency"),
    ("hotline", "Hotline"),
    ("one-stop-centre", "OneStopCentre"),
    ("health", "Health"),
    ("police", "Police"),
    ("legal-aid", "LegalAid"),
    ("shelter", "Shelter"),
    ("social-work", "SocialWork"),
    ("womens-union", "WomensUnion"),
    ("child-protection", "ChildProtection"),
    ("school-counselling", "SchoolCounselling"),
];

pub const SERVICES: &[(&str, &str)] = &[
    ("counselling", "Counselling"),
    ("medical-care", "MedicalCare"),
    ("forensic-exam", "ForensicExam"),
    ("legal-advice", "LegalAdvice"),
    ("shelter", "Shelter"),
    ("police-protection", "PoliceProtection"),
    ("child-protection", "ChildProtection"),
];

pub const STATUSES: &[(&str, &str)] = &[
    ("verified", "Verified"),
    ("unverified", "Unverified"),
    ("retired", "Retired"),
];

pub const COSTS: &[(&str, &str)] = &[
    ("free", "Free"),
    ("charged", "Charged"),
    ("unknown", "Unknown"),
];

pub const LANGUAGES: &[(&str, &str)] = &[("vi", "Vi"), ("en", "En"), ("km", "Km")];

pub const UNIT_KINDS: &[(&str, &str)] =
    &[("xã", "Xa"), ("phường", "Phuong"), ("đặc khu", "DacKhu")];

fn variant(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

fn words(table: &[(&str, &str)]) -> String {
    table
        .iter()
        .map(|(w, _)| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------------------

/// One problem, naming where it is and which field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// `provider "police-113"`, `provider #3 (no id)`, `units.csv line 12`.
    pub entry: String,
    /// `id`, `contact[1].number`, `checked`, …
    pub field: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field `{}`: {}",
            self.entry, self.field, self.message
        )
    }
}

// ---------------------------------------------------------------------------------------
// Providers: what the TOML reader hands over (every field optional, so a missing one
// becomes a clear message here rather than a parser error) and what comes out checked.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RawCoverage {
    /// `"national"` or `"province"`.
    Word(String),
    /// Unit codes, as written.
    Units(Vec<String>),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawContact {
    pub number: Option<String>,
    pub call: Option<bool>,
    pub sms: Option<bool>,
    pub zalo: Option<bool>,
    pub cost: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawSource {
    pub title: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawProvider {
    pub id: Option<String>,
    pub status: Option<String>,
    pub name_vi: Option<String>,
    pub name_en: Option<String>,
    pub name_km: Option<String>,
    pub kind: Option<String>,
    pub services: Vec<String>,
    pub coverage: Option<RawCoverage>,
    pub contacts: Vec<RawContact>,
    pub hours: Option<String>,
    pub hours_vi: Option<String>,
    pub hours_en: Option<String>,
    pub hours_km: Option<String>,
    pub languages: Vec<String>,
    pub address_vi: Option<String>,
    pub address_en: Option<String>,
    pub address_km: Option<String>,
    pub sources: Vec<RawSource>,
    pub checked: Option<String>,
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

/// A provider that passed every rule; enum fields hold the Rust variant names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidProvider {
    pub id: String,
    pub status: &'static str,
    pub name: ValidText,
    pub kind: &'static str,
    pub services: Vec<&'static str>,
    pub coverage: ValidCoverage,
    pub contacts: Vec<ValidContact>,
    pub hours: ValidHours,
    pub languages: Vec<&'static str>,
    pub address: Option<ValidText>,
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

struct Ctx<'a> {
    entry: String,
    errors: &'a mut Vec<Issue>,
}

impl Ctx<'_> {
    fn err(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(Issue {
            entry: self.entry.clone(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// A required text: present and not blank.
    fn required(&mut self, field: &str, v: &Option<String>) -> Option<String> {
        match v.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => Some(s.to_string()),
            _ => {
                self.err(field, "is missing: every entry needs it");
                None
            }
        }
    }

    /// An optional text: absent is fine, blank is a mistake.
    fn optional(&mut self, field: &str, v: &Option<String>) -> Option<String> {
        match v.as_deref().map(str::trim) {
            Some("") => {
                self.err(field, "is empty: write a value or delete the line");
                None
            }
            other => other.map(str::to_string),
        }
    }

    fn word(
        &mut self,
        field: &str,
        table: &[(&str, &'static str)],
        v: &str,
    ) -> Option<&'static str> {
        let found = variant(table, v.trim());
        if found.is_none() {
            self.err(field, format!("\"{v}\" is not one of {}", words(table)));
        }
        found
    }

    /// `<base>_vi` (+ `_en`, `_km`): Vietnamese is required as soon as any is given.
    fn text(
        &mut self,
        base: &str,
        vi: &Option<String>,
        en: &Option<String>,
        km: &Option<String>,
    ) -> Option<ValidText> {
        let vi_f = format!("{base}_vi");
        let vi = self.optional(&vi_f, vi);
        let en = self.optional(&format!("{base}_en"), en);
        let km = self.optional(&format!("{base}_km"), km);
        match vi {
            Some(vi) => Some(ValidText { vi, en, km }),
            None => {
                if en.is_some() || km.is_some() {
                    self.err(
                        &vi_f,
                        "is missing: Vietnamese is needed whenever English or Khmer is given",
                    );
                }
                None
            }
        }
    }
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

/// Checks every provider against the rules. `units` are the known unit codes; `today`
/// is when the build runs (dates after it are refused, old ones warned about).
pub fn check_providers(raw: &[RawProvider], units: &[u32], today: Date) -> Checked {
    let mut out = Checked::default();
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (i, p) in raw.iter().enumerate() {
        let entry = match p.id.as_deref().map(str::trim) {
            Some(id) if !id.is_empty() => format!("provider \"{id}\""),
            _ => format!("provider #{} (no id)", i + 1),
        };
        let mut c = Ctx {
            entry: entry.clone(),
            errors: &mut out.errors,
        };
        let before = c.errors.len();

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
                    format!("\"{id}\" is used by an earlier entry: ids must be unique"),
                );
            }
        }
        let status = c
            .required("status", &p.status)
            .and_then(|s| c.word("status", STATUSES, &s));
        let retired = status == Some("Retired");
        let name = c.text("name", &p.name_vi, &p.name_en, &p.name_km);
        if name.is_none() && p.name_en.is_none() && p.name_km.is_none() {
            c.err("name_vi", "is missing: every entry needs a Vietnamese name");
        }
        let kind = c
            .required("kind", &p.kind)
            .and_then(|k| c.word("kind", KINDS, &k));

        let mut services = Vec::new();
        for (j, s) in p.services.iter().enumerate() {
            if let Some(v) = c.word(&format!("services[{}]", j + 1), SERVICES, s) {
                if !services.contains(&v) {
                    services.push(v);
                }
            }
        }
        if services.is_empty()
            && p.services.is_empty()
            && kind.is_some()
            && kind != Some("Emergency")
        {
            c.err(
                "services",
                format!(
                    "is missing: list what they help with, from {}",
                    words(SERVICES)
                ),
            );
        }

        let coverage = match &p.coverage {
            None => {
                c.err(
                    "coverage",
                    "is missing: write \"national\", \"province\" or a list of unit codes",
                );
                None
            }
            Some(RawCoverage::Word(w)) => {
                match w.trim() {
                    "national" => Some(ValidCoverage::National),
                    "province" => Some(ValidCoverage::Province),
                    other => {
                        c.err("coverage", format!("\"{other}\" is not \"national\", \"province\" or a list of unit codes"));
                        None
                    }
                }
            }
            Some(RawCoverage::Units(list)) => {
                let mut codes = Vec::new();
                if list.is_empty() {
                    c.err("coverage", "the list of unit codes is empty");
                }
                for (j, code) in list.iter().enumerate() {
                    let field = format!("coverage[{}]", j + 1);
                    match code.trim().parse::<u32>() {
                        Ok(n) if units.contains(&n) => {
                            if !codes.contains(&n) {
                                codes.push(n);
                            }
                        }
                        Ok(n) => c.err(
                            &field,
                            format!("{n} is not the code of any unit in data/units.csv"),
                        ),
                        Err(_) => c.err(
                            &field,
                            format!("\"{code}\" is not a unit code (5 digits, see data/units.csv)"),
                        ),
                    }
                }
                Some(ValidCoverage::Units(codes))
            }
        };

        let mut contacts = Vec::new();
        for (j, rc) in p.contacts.iter().enumerate() {
            let f = |name: &str| format!("contact[{}].{name}", j + 1);
            let phone = c
                .required(&f("number"), &rc.number)
                .and_then(|n| match parse_phone(&n) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        c.err(&f("number"), e);
                        None
                    }
                });
            let cost = c
                .required(&f("cost"), &rc.cost)
                .and_then(|w| c.word(&f("cost"), COSTS, &w));
            let call = rc.call.unwrap_or(true);
            let sms = rc.sms.unwrap_or(false);
            let zalo = rc.zalo.unwrap_or(false);
            if !(call || sms || zalo) {
                c.err(
                    &f("call"),
                    "call, sms and zalo are all false: say how this number can be used",
                );
            }
            if let (Some(ph), Some(cost)) = (&phone, cost) {
                if ph.class == PhoneClass::TollFree && cost == "Charged" {
                    c.err(
                        &f("cost"),
                        "1800 numbers are free for the caller: write \"free\" or \"unknown\"",
                    );
                }
                if ph.class == PhoneClass::Premium && cost == "Free" {
                    c.err(
                        &f("cost"),
                        "1900 numbers are charged to the caller: write \"charged\" or \"unknown\"",
                    );
                }
                if ph.class == PhoneClass::Short && sms {
                    c.err(
                        &f("sms"),
                        "short codes such as 113 cannot take text messages here: set sms = false",
                    );
                }
                contacts.push(ValidContact {
                    phone: ph.clone(),
                    call,
                    sms,
                    zalo,
                    cost,
                });
            }
        }
        if p.contacts.is_empty() && !retired {
            c.err(
                "contact",
                "is missing: a listed service needs at least one number to call or text",
            );
        }

        let hours = match (p.hours.as_deref().map(str::trim), &p.hours_vi) {
            (Some("24/7"), None) => ValidHours::Always,
            (Some("24/7"), Some(_)) => {
                c.err(
                    "hours_vi",
                    "give either hours = \"24/7\" or hours_vi, not both",
                );
                ValidHours::Always
            }
            (Some(other), _) => {
                c.err("hours", format!("\"{other}\": only \"24/7\" goes here; write other hours in hours_vi (and hours_en, hours_km)"));
                ValidHours::Unknown
            }
            (None, _) => match c.text("hours", &p.hours_vi, &p.hours_en, &p.hours_km) {
                Some(t) => ValidHours::Text(t),
                None => ValidHours::Unknown,
            },
        };

        let mut languages = Vec::new();
        for (j, l) in p.languages.iter().enumerate() {
            if let Some(v) = c.word(&format!("languages[{}]", j + 1), LANGUAGES, l) {
                if !languages.contains(&v) {
                    languages.push(v);
                }
            }
        }

        let address = c.text("address", &p.address_vi, &p.address_en, &p.address_km);

        let mut sources = Vec::new();
        if p.sources.is_empty() {
            c.err(
                "source",
                "is missing: every entry needs at least one source (title and url)",
            );
        }
        for (j, s) in p.sources.iter().enumerate() {
            let title = c.required(&format!("source[{}].title", j + 1), &s.title);
            let url = c.required(&format!("source[{}].url", j + 1), &s.url);
            if let Some(u) = &url {
                if !url_ok(u) {
                    c.err(
                        &format!("source[{}].url", j + 1),
                        format!("\"{u}\" is not a web address starting with https://"),
                    );
                }
            }
            if let (Some(t), Some(u)) = (title, url) {
                sources.push((t, u));
            }
        }

        let checked = c.required("checked", &p.checked).and_then(|d| match Date::parse(&d) {
            Some(date) if date > today => {
                c.err("checked", format!("{d} is in the future (today is {}): write the day it was actually checked", today.iso()));
                None
            }
            Some(date) => Some(date),
            None => {
                c.err("checked", format!("\"{d}\" is not a date written YYYY-MM-DD (e.g. 2026-11-28)"));
                None
            }
        });

        let ok = c.errors.len() == before;
        if let (
            true,
            Some(id),
            Some(status),
            Some(name),
            Some(kind),
            Some(coverage),
            Some(checked),
        ) = (ok, id, status, name, kind, coverage, checked)
        {
            if !retired && today.days() - checked.days() > STALE_AFTER_DAYS {
                out.warnings.push(Issue {
                    entry,
                    field: "checked".into(),
                    message: format!("last checked {} (more than 12 months ago): please call or re-read the source and update it", checked.iso()),
                });
            }
            out.providers.push(ValidProvider {
                id,
                status,
                name,
                kind,
                services,
                coverage,
                contacts,
                hours,
                languages,
                address,
                sources,
                checked,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
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

/// Splits one CSV line (RFC 4180 quoting: `"a, b"`, `""` inside quotes).
pub fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match (ch, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cur.is_empty() => quoted = true,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
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

const UNIT_COLUMNS: [&str; 6] = [
    "name",
    "type",
    "former_district",
    "former_province",
    "merged_from",
    "code",
];

/// Reads and checks data/units.csv: header columns present, codes numeric and unique,
/// types known, names present, no (name, type) twice.
pub fn parse_units(src: &str) -> Result<Vec<ValidUnit>, Vec<Issue>> {
    let mut errors = Vec::new();
    let mut lines = src
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(vec![Issue {
            entry: "units.csv".into(),
            field: "header".into(),
            message: "the file is empty".into(),
        }]);
    };
    let header = csv_fields(header.trim_start_matches('\u{feff}'));
    let mut col = [0usize; 6];
    for (k, name) in UNIT_COLUMNS.iter().enumerate() {
        match header.iter().position(|h| h.trim() == *name) {
            Some(i) => col[k] = i,
            None => errors.push(Issue {
                entry: "units.csv line 1".into(),
                field: (*name).into(),
                message: "this column is missing from the header".into(),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut units: Vec<ValidUnit> = Vec::new();
    for (i, line) in lines {
        let entry = format!("units.csv line {}", i + 1);
        let f = csv_fields(line);
        let get = |k: usize| {
            f.get(col[k])
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        let mut err = |field: &str, message: String| {
            errors.push(Issue {
                entry: entry.clone(),
                field: field.into(),
                message,
            });
        };
        let name = get(0);
        if name.is_empty() {
            err("name", "is missing".into());
        }
        let kind = variant(UNIT_KINDS, &get(1));
        if kind.is_none() {
            err(
                "type",
                format!("\"{}\" is not one of {}", get(1), words(UNIT_KINDS)),
            );
        }
        let code = get(5)
            .parse::<u32>()
            .ok()
            .filter(|c| (10_000..100_000).contains(c));
        match code {
            None => err("code", format!("\"{}\" is not a 5-digit unit code", get(5))),
            Some(c) if units.iter().any(|u| u.code == c) => {
                err("code", format!("{c} is used by an earlier row"))
            }
            _ => {}
        }
        if let Some(k) = kind {
            if units.iter().any(|u| u.name == name && u.kind == k) {
                err("name", format!("\"{} {name}\" appears twice", get(1)));
            }
        }
        if let (Some(code), Some(kind), false) = (code, kind, name.is_empty()) {
            let merged_from = merged_aliases(&get(4))
                .into_iter()
                .filter(|a| *a != name)
                .collect();
            units.push(ValidUnit {
                code,
                name,
                kind,
                former_district: get(2),
                former_province: get(3),
                merged_from,
            });
        }
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

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 29,
    };
    const UNITS: [u32; 3] = [30307, 30292, 31078];

    fn contact(number: &str, cost: &str) -> RawContact {
        RawContact {
            number: Some(number.into()),
            cost: Some(cost.into()),
            ..Default::default()
        }
    }

    fn good(id: &str) -> RawProvider {
        RawProvider {
            id: Some(id.into()),
            status: Some("verified".into()),
            name_vi: Some("Công an".into()),
            kind: Some("emergency".into()),
            services: vec!["police-protection".into()],
            coverage: Some(RawCoverage::Word("national".into())),
            contacts: vec![contact("113", "free")],
            hours: Some("24/7".into()),
            languages: vec!["vi".into()],
            sources: vec![RawSource {
                title: Some("Nguồn".into()),
                url: Some("https://example.gov.vn/a".into()),
            }],
            checked: Some("2026-11-28".into()),
            ..Default::default()
        }
    }

    fn errors_of(list: &[RawProvider]) -> Vec<Issue> {
        check_providers(list, &UNITS, TODAY).errors
    }

    #[test]
    fn a_good_entry_passes_and_keeps_its_values() {
        let c = check_providers(&[good("police-113")], &UNITS, TODAY);
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
            "call defaults to true, sms to false"
        );
        assert_eq!(p.hours, ValidHours::Always);
    }

    #[test]
    fn each_kind_of_mistake_is_refused_naming_entry_and_field() {
        type Break = fn(&mut Vec<RawProvider>);
        let cases: [(&str, Break, &str, &str); 16] = [
            (
                "duplicate id",
                |v| v.push(good("a")),
                "provider \"a\"",
                "id",
            ),
            (
                "bad id",
                |v| v[0].id = Some("Công An".into()),
                "provider \"Công An\"",
                "id",
            ),
            (
                "missing id",
                |v| v[0].id = None,
                "provider #1 (no id)",
                "id",
            ),
            (
                "unknown unit",
                |v| v[0].coverage = Some(RawCoverage::Units(vec!["30307".into(), "99999".into()])),
                "provider \"a\"",
                "coverage[2]",
            ),
            (
                "unit not a code",
                |v| v[0].coverage = Some(RawCoverage::Units(vec!["Long Xuyên".into()])),
                "provider \"a\"",
                "coverage[1]",
            ),
            (
                "bad phone",
                |v| v[0].contacts = vec![contact("12345", "free")],
                "provider \"a\"",
                "contact[1].number",
            ),
            (
                "future date",
                |v| v[0].checked = Some("2026-11-30".into()),
                "provider \"a\"",
                "checked",
            ),
            (
                "impossible date",
                |v| v[0].checked = Some("2026-02-30".into()),
                "provider \"a\"",
                "checked",
            ),
            (
                "missing source",
                |v| v[0].sources.clear(),
                "provider \"a\"",
                "source",
            ),
            (
                "source without url",
                |v| v[0].sources[0].url = None,
                "provider \"a\"",
                "source[1].url",
            ),
            (
                "missing name",
                |v| v[0].name_vi = None,
                "provider \"a\"",
                "name_vi",
            ),
            (
                "missing kind",
                |v| v[0].kind = None,
                "provider \"a\"",
                "kind",
            ),
            (
                "unknown service",
                |v| v[0].services = vec!["massage".into()],
                "provider \"a\"",
                "services[1]",
            ),
            (
                "no contact",
                |v| v[0].contacts.clear(),
                "provider \"a\"",
                "contact",
            ),
            (
                "1900 marked free",
                |v| v[0].contacts = vec![contact("1900 969680", "free")],
                "provider \"a\"",
                "contact[1].cost",
            ),
            (
                "hours text in hours",
                |v| v[0].hours = Some("7h-17h".into()),
                "provider \"a\"",
                "hours",
            ),
        ];
        for (what, brk, entry, field) in cases {
            let mut v = vec![good("a")];
            brk(&mut v);
            let errs = errors_of(&v);
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
            let checked = check_providers(&v, &UNITS, TODAY);
            assert!(
                !checked
                    .providers
                    .iter()
                    .any(|p| v.len() == 1 && p.id == "a"),
                "{what}: a broken entry must not reach the tables"
            );
        }
    }

    #[test]
    fn missing_required_fields_are_each_named() {
        let blank = RawProvider {
            id: Some("x".into()),
            ..Default::default()
        };
        let errs = errors_of(&[blank]);
        for field in [
            "status", "name_vi", "kind", "coverage", "contact", "source", "checked",
        ] {
            assert!(
                errs.iter().any(|e| e.field == field),
                "no error for missing {field}: {errs:?}"
            );
        }
    }

    #[test]
    fn retired_entries_need_no_number_but_still_a_source() {
        let mut p = good("old-line");
        p.status = Some("retired".into());
        p.contacts.clear();
        assert!(errors_of(&[p.clone()]).is_empty());
        p.sources.clear();
        assert!(!errors_of(&[p]).is_empty());
    }

    #[test]
    fn entries_not_checked_for_a_year_are_a_warning_not_an_error() {
        let mut old = good("old");
        old.checked = Some("2025-11-28".into());
        let c = check_providers(&[old, good("fresh")], &UNITS, TODAY);
        assert!(c.errors.is_empty());
        assert_eq!(c.providers.len(), 2, "a stale entry still ships");
        assert_eq!(c.warnings.len(), 1);
        assert_eq!(c.warnings[0].entry, "provider \"old\"");
        assert_eq!(c.warnings[0].field, "checked");
        let mut recent = good("recent");
        recent.checked = Some("2025-11-30".into());
        assert!(check_providers(&[recent], &UNITS, TODAY)
            .warnings
            .is_empty());
    }

    #[test]
    fn phone_numbers_are_normalised_and_grouped_the_vietnamese_way() {
        let cases = [
            ("113", "113", "113", PhoneClass::Short),
            ("111", "111", "111", PhoneClass::Short),
            ("1800 1768", "18001768", "1800 1768", PhoneClass::TollFree),
            ("1800.1768", "18001768", "1800 1768", PhoneClass::TollFree),
            (
                "1800 123456",
                "1800123456",
                "1800 123456",
                PhoneClass::TollFree,
            ),
            (
                "1900969680",
                "1900969680",
                "1900 969680",
                PhoneClass::Premium,
            ),
            ("1900 1234", "19001234", "1900 1234", PhoneClass::Premium),
            (
                "0296 3861 234",
                "02963861234",
                "0296 386 1234",
                PhoneClass::Landline,
            ),
            (
                "0297-386-1234",
                "02973861234",
                "0297 386 1234",
                PhoneClass::Landline,
            ),
            (
                "024 3333 5599",
                "02433335599",
                "024 3333 5599",
                PhoneClass::Landline,
            ),
            (
                "0912345678",
                "0912345678",
                "0912 345 678",
                PhoneClass::Mobile,
            ),
            (
                "0345 678 901",
                "0345678901",
                "0345 678 901",
                PhoneClass::Mobile,
            ),
            (
                "+84 912 345 678",
                "+84912345678",
                "+84 912 345 678",
                PhoneClass::Mobile,
            ),
            (
                "+84 296 386 1234",
                "+842963861234",
                "+84 296 386 1234",
                PhoneClass::Landline,
            ),
        ];
        for (input, tel, display, class) in cases {
            let p = parse_phone(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                (p.tel.as_str(), p.display.as_str(), p.class),
                (tel, display, class),
                "{input}"
            );
        }
    }

    #[test]
    fn malformed_numbers_are_refused() {
        for bad in [
            "",
            "12345",
            "11",
            "1111",
            "213",
            "1800 17",
            "1800 1768 9",
            "1900 12345",
            "0912 345 67",
            "0112345678",
            "0612345678",
            "0296 386 12",
            "84912345678",
            "+1 202 555 0100",
            "+84 113",
            "+84 1800 1768",
            "0912 345 678 ext 2",
            "o912345678",
        ] {
            assert!(parse_phone(bad).is_err(), "{bad:?} must be refused");
        }
    }

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
            "28/11/2026",
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
    }

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
                .any(|e| e.entry == format!("units.csv line {line}") && e.field == field)
        };
        assert!(
            named("3", "type") && named("4", "code") && named("5", "code"),
            "{errs:?}"
        );
        assert!(parse_units("name,type\n").is_err(), "missing columns");
    }

    #[test]
    fn csv_quotes_and_commas() {
        assert_eq!(
            csv_fields("a,\"b, c\",\"d \"\"e\"\"\",f"),
            ["a", "b, c", "d \"e\"", "f"]
        );
    }
}

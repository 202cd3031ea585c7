//! Every claim a person reads has a source, or it goes. This file holds the checks that
//! read every message of every locale file against the data the officers keep
//! (`data/directory.csv`), so a view added later is checked the day its words land:
//! - every phone number is one the directory holds (and has not retired);
//! - "free" / "miễn phí" / "ឥតគិតថ្លៃ" is said only beside numbers whose `cost` is `free`
//!   (113/114/115: Circular 02/2020/TT-BTTTT, 0 đồng/phút; 111: its sources);
//! - no message carries a date of its own, except the dates of a cited document: the one
//!   date a person is told the facts were checked comes from the data (`LAST_CHECKED`).
//!
//! To extend: a new message that says "free" with no number in it must name, in
//! [`BESIDE`], the numbers it is shown beside, or in [`NOT_A_CALL`] what it is said of.
//! An example number in a hint is written [`EXAMPLE`], which no real line can be.
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "a test: failing loudly is its job"
)]

mod common;

use std::fs;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use safepath_data::phone::{parse_phone, PhoneClass};

use common::{ftl_files, langs, root};

/// How a hint shows an example number: obviously no one's.
const EXAMPLE: &str = "09xx xxx xxx";

/// Messages that say "free" with no number in them, and the numbers they are shown
/// beside (the call buttons or strip they belong to).
const BESIDE: &[(&str, &[&str])] = &[
    // The strip on every view (ui/chrome.rs EmergencyStrip).
    ("emergency-title", &["113", "115", "111"]),
    // The printed help card's emergency lines: the directory's emergency rows.
    ("helpcard-emergency", &["113", "114", "115"]),
    ("helpcard-emergency-neutral", &["113", "114", "115"]),
    // Under the 111 call button (core/people.rs, the child page).
    ("people-111-note", &["111"]),
    ("child-111-note", &["111"]),
];

/// Messages that say "free" of something that is not a call, or that the app shows only
/// where the data's `cost` is `free` (`core::directory::Cost::Free`).
const NOT_A_CALL: &[(&str, &str)] = &[
    (
        "help-cost-free",
        "shown only for a contact whose cost is Free",
    ),
    (
        "help-cost-unknown",
        "says it is not known whether a call is free",
    ),
    (
        "check-cost-free",
        "shown only for a contact whose cost is Free",
    ),
    (
        "helpcard-free",
        "shown only for a contact whose cost is Free",
    ),
    ("diary-aid", "legal aid, free by the Legal Aid Law 2017"),
    (
        "more-legal-aid",
        "legal aid, free by the Legal Aid Law 2017",
    ),
    (
        "diary-ways-text",
        "asking for a no-contact order has no fee (TTHC)",
    ),
    ("diary-req-motto-words", "Freedom, in the national motto"),
];

/// Messages whose dates are those of a document they cite (a law passed, in force).
const CITED_DATES: &[&str] = &[
    "about-source-law",
    "about-source-plan",
    "about-source-units",
    "check-forms-intro",
    // The day the phone check's menu paths were read (docs/sources.md), not the
    // directory's: menus change on their own calendar, and the person is told so.
    "phone-menus",
];

/// Every text of a pattern, variants of a selector included.
fn texts(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        out.push(' ');
                        texts(&v.value, out);
                    }
                }
            }
        }
    }
}

/// (file, id, text) of every message of a language, every file.
fn messages(lang: &str) -> Vec<(String, String, String)> {
    let files = ftl_files(lang);
    let mut out = Vec::new();
    for f in files {
        let src = fs::read_to_string(&f).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", f.display()));
        let name = format!("{lang}/{}", f.file_name().unwrap().to_string_lossy());
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let mut text = String::new();
                if let Some(v) = &m.value {
                    texts(v, &mut text);
                }
                for a in &m.attributes {
                    text.push(' ');
                    texts(&a.value, &mut text);
                }
                out.push((name.clone(), m.id.name.to_string(), text));
            }
        }
    }
    out
}

/// A number the directory holds, and whether calling it is free.
#[derive(Clone, Debug)]
pub struct Held {
    pub digits: String,
    pub free: bool,
}

/// The numbers of `data/directory.csv`, retired rows left out (the app never shows them).
fn directory() -> Vec<Held> {
    let src = fs::read_to_string(root().join("data/directory.csv")).unwrap();
    let src = src.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(src.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let col = |n: &str| header.iter().position(|h| h == n).unwrap();
    let (phone, cost, status) = (col("phone"), col("cost"), col("status"));
    let mut out = Vec::new();
    for rec in reader.records() {
        let rec = rec.unwrap();
        let cell = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
        if cell(status) == "retired" || cell(phone).is_empty() {
            continue;
        }
        let p = parse_phone(&cell(phone)).unwrap();
        out.push(Held {
            digits: p.tel,
            free: cell(cost) == "free",
        });
    }
    out
}

/// A phone number found in a text: its digits and where it starts (in bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub digits: String,
    pub at: usize,
}

/// Is this a whole number as written (`1800 1768`, `0901 234 567`) of a kind the app
/// could dial? Short codes count only as 110–119: "102 xã", "100 mét" are not numbers to call.
fn dialable(digits: &str) -> bool {
    if digits.len() == 3 {
        return digits.starts_with("11");
    }
    parse_phone(digits).is_ok_and(|p| p.class != PhoneClass::Short)
}

/// Khmer digits (០–៩) as ASCII, so a number written either way is read.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{17E0}'..='\u{17E9}' => char::from(b'0' + (c as u32 - 0x17E0) as u8),
            c => c,
        })
        .collect()
}

/// The phone numbers in a text. Digit runs joined to `/` (dates, law numbers), to `:` and
/// a digit (times) or to a Latin letter (`QH15`, an example's `09xx`) are not numbers to call.
pub fn phone_numbers(text: &str) -> Vec<Found> {
    let text = &ascii_digits(text);
    let b = text.as_bytes();
    // Digit runs: (start, end).
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((s, i));
        } else {
            i += 1;
        }
    }
    let blocked = |c: Option<&u8>| c.is_some_and(|c| *c == b'/' || c.is_ascii_alphabetic());
    let time =
        |at: usize| b.get(at) == Some(&b':') && b.get(at + 1).is_some_and(u8::is_ascii_digit);
    let free_run = |(s, e): (usize, usize)| {
        let before = s.checked_sub(1);
        !blocked(before.and_then(|p| b.get(p)))
            && !blocked(b.get(e))
            && !time(e)
            && !before.is_some_and(|p| p >= 1 && time(p) && b[p - 1].is_ascii_digit())
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < runs.len() {
        // The longest sequence of runs joined by one space or dot that makes a number.
        let mut end = k;
        while end + 1 < runs.len()
            && runs[end + 1].0 == runs[end].1 + 1
            && matches!(b[runs[end].1], b' ' | b'.')
        {
            end += 1;
        }
        let mut taken = false;
        for last in (k + 1..=end).rev() {
            let digits: String = runs[k..=last].iter().map(|&(s, e)| &text[s..e]).collect();
            let edges_free = free_run((runs[k].0, runs[k].1)) && free_run(runs[last]);
            if edges_free && parse_phone(&digits).is_ok_and(|p| p.class != PhoneClass::Short) {
                out.push(Found {
                    digits,
                    at: runs[k].0,
                });
                k = last + 1;
                taken = true;
                break;
            }
        }
        if !taken {
            let (s, e) = runs[k];
            if free_run((s, e)) && dialable(&text[s..e]) {
                out.push(Found {
                    digits: text[s..e].to_string(),
                    at: s,
                });
            }
            k += 1;
        }
    }
    out
}

/// Where "free" is said (byte offsets), in any of the three languages.
fn free_words(text: &str) -> Vec<usize> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for w in ["miễn phí", "ឥតគិតថ្លៃ", "free"] {
        for (at, _) in lower.match_indices(w) {
            // "free" as a word: not "freedom".
            let after = lower[at + w.len()..].chars().next();
            if w == "free" && after.is_some_and(char::is_alphabetic) {
                continue;
            }
            out.push(at);
        }
    }
    out
}

/// What is wrong with one message's numbers and "free"s: the checker every locale file
/// goes through. Empty when all is well.
pub fn claim_problems(id: &str, text: &str, held: &[Held]) -> Vec<String> {
    let mut problems = Vec::new();
    let find = |d: &str| held.iter().find(|h| h.digits == d);
    // An example number must be the known fictional form.
    let text = &ascii_digits(text);
    let b = text.as_bytes();
    for (s, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
        if s > 0 && b[s - 1].is_ascii_digit() {
            continue;
        }
        let e = s + text[s..].bytes().take_while(u8::is_ascii_digit).count();
        // A run of two or more x's standing as a word part: `09xx`, `0912 xxx` (not "102 xã").
        let x_at = |i: usize| {
            let rest = text.get(i..).unwrap_or("");
            let xs = rest.chars().take_while(|c| matches!(c, 'x' | 'X')).count();
            xs >= 2 && !rest.chars().nth(xs).is_some_and(char::is_alphabetic)
        };
        let x_follows =
            x_at(e) || b.get(e).is_some_and(|c| matches!(c, b' ' | b'.')) && x_at(e + 1);
        if x_follows && !text[s..].starts_with(EXAMPLE) {
            problems.push(format!("{id}: an example number is written `{EXAMPLE}`"));
        }
    }
    let numbers = phone_numbers(text);
    for n in &numbers {
        if find(&n.digits).is_none() {
            problems.push(format!(
                "{id}: {} is not a number data/directory.csv holds",
                n.digits
            ));
        }
    }
    for at in free_words(text) {
        // "Free" belongs to the nearest number in the message.
        let nearest = numbers.iter().min_by_key(|n| n.at.abs_diff(at));
        match nearest {
            Some(n) => {
                if find(&n.digits).is_some_and(|h| !h.free) {
                    problems.push(format!(
                        "{id}: \"free\" beside {}, whose cost is not free in data/directory.csv",
                        n.digits
                    ));
                }
            }
            None => {
                if let Some((_, beside)) = BESIDE.iter().find(|(k, _)| *k == id) {
                    for d in *beside {
                        if !find(d).is_some_and(|h| h.free) {
                            problems.push(format!(
                                "{id}: shown beside {d}, whose cost is not free in data/directory.csv"
                            ));
                        }
                    }
                } else if !NOT_A_CALL.iter().any(|(k, _)| *k == id) {
                    problems.push(format!(
                        "{id}: says \"free\" with no number: name the numbers it is shown beside (BESIDE) or what it is said of (NOT_A_CALL)"
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn every_number_is_held_and_free_is_said_only_of_free_numbers() {
    let held = directory();
    assert!(held.len() >= 5, "the directory's numbers: {held:?}");
    let mut problems = Vec::new();
    let mut seen = 0;
    for lang in langs() {
        for (file, id, text) in messages(lang) {
            seen += phone_numbers(&text).len();
            problems.extend(
                claim_problems(&id, &text, &held)
                    .into_iter()
                    .map(|p| format!("{file} {p}")),
            );
        }
    }
    assert!(seen > 50, "only {seen} numbers found: is the reader blind?");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The fixed lists name ids that exist, so a renamed message cannot slip past.
#[test]
fn the_lists_name_messages_that_exist() {
    for lang in langs() {
        let ids: Vec<String> = messages(lang).into_iter().map(|(_, id, _)| id).collect();
        let named = BESIDE
            .iter()
            .map(|(k, _)| *k)
            .chain(NOT_A_CALL.iter().map(|(k, _)| *k))
            .chain(CITED_DATES.iter().copied());
        for k in named {
            assert!(ids.iter().any(|i| i == k), "{lang}: {k} is not a message");
        }
    }
}

fn held() -> Vec<Held> {
    ["113", "111", "19009696 80", "1800 1768"]
        .iter()
        .zip([true, true, false, true])
        .map(|(d, free)| Held {
            digits: d.replace(' ', ""),
            free,
        })
        .collect()
}

#[test]
fn the_reader_finds_numbers_as_people_write_them() {
    let digits =
        |t: &str| -> Vec<String> { phone_numbers(t).into_iter().map(|f| f.digits).collect() };
    assert_eq!(
        digits("Gọi 113 (công an), 115 hoặc 111."),
        ["113", "115", "111"]
    );
    assert_eq!(
        digits("Gọi 1900 969680 hoặc 1800.1768"),
        ["1900969680", "18001768"]
    );
    assert_eq!(digits("Số 0901 234 567 nha"), ["0901234567"]);
    assert_eq!(digits("ហៅលេខ111៖"), ["111"]);
    assert_eq!(digits("ហៅលេខ ១១៣"), ["113"]);
    assert_eq!(digits("Tổng đài 111: miễn phí"), ["111"]);
    // Not numbers to call: dates, laws, times, counts, codes.
    assert!(digits("Luật số 13/2022/QH15, hiệu lực 1/7/2023, 24/7, 12:30").is_empty());
    assert!(digits("102 xã, 100 mét, 12 giờ, 3 ngày, TTHC 1.012084").is_empty());
    assert!(digits("Ví dụ: 09xx xxx xxx").is_empty());
}

/// Control: a planted unknown number is caught.
#[test]
fn control_an_unknown_number_is_caught() {
    let p = claim_problems("planted", "Gọi 1800 8077 (Ánh Dương)", &held());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("18008077"), "{p:?}");
    let p = claim_problems("planted", "For example: 0901 234 567", &held());
    assert!(p.iter().any(|p| p.contains("0901234567")), "{p:?}");
    assert!(claim_problems("ok", "Ví dụ: 09xx xxx xxx. Gọi 113.", &held()).is_empty());
    let p = claim_problems("planted", "Ví dụ: 0912 xxx xxx", &held());
    assert!(p.iter().any(|p| p.contains(EXAMPLE)), "{p:?}");
}

/// Control: "free" beside a number that is not free is caught, in each language.
#[test]
fn control_free_beside_a_charged_number_is_caught() {
    for text in [
        "Gọi 1900 969680 (miễn phí), 24/7.",
        "Call 1900 969680 for free.",
        "ហៅលេខ 1900 969680 ឥតគិតថ្លៃ។",
    ] {
        let p = claim_problems("planted", text, &held());
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert!(p[0].contains("1900969680"), "{p:?}");
    }
    // The nearest number takes the word: 111 is free, 1900… is not.
    assert!(claim_problems("ok", "Gọi 111 (miễn phí) hoặc 1900 969680.", &held()).is_empty());
    assert_eq!(
        claim_problems("planted", "Gọi 111 hoặc 1900 969680 (miễn phí).", &held()).len(),
        1
    );
    // "Free" with no number and no entry in the lists is caught too.
    assert_eq!(claim_problems("planted", "Gọi miễn phí:", &held()).len(), 1);
    assert!(claim_problems("emergency-title", "Gọi miễn phí:", &directory()).is_empty());
    assert!(claim_problems("ok", "Independence – Freedom", &held()).is_empty());
}

// Dates. ---------------------------------------------------------------------------------

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_KM: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];

/// Does the text carry a calendar date (`28/11/2026`, `1/7/2023`, `28 November 2026`,
/// `ថ្ងៃទី 28 ខែវិច្ឆិកា`, `ngày 28 tháng 11`)?
pub fn has_date(text: &str) -> bool {
    let text = &ascii_digits(text);
    let b = text.as_bytes();
    // d/m/yyyy
    let numeric = text.match_indices('/').any(|(at, _)| {
        let before = &b[..at];
        let digits_before = before
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let rest = &text[at + 1..];
        let month: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let after_month = &rest[month.len()..];
        let year: String = after_month
            .strip_prefix('/')
            .map(|y| y.chars().take_while(char::is_ascii_digit).collect())
            .unwrap_or_default();
        (1..=2).contains(&digits_before) && (1..=2).contains(&month.len()) && year.len() == 4
    });
    let named = MONTHS_EN.iter().any(|m| text.contains(m))
        // "ខែតុលា" is October; "តុលាការ" (court) is not.
        || MONTHS_KM.iter().any(|m| text.contains(&format!("ខែ{m}")) || text.contains(&format!("ខែ {m}")))
        || text.contains(" tháng ") && text.contains("ngày ");
    numeric || named && text.chars().any(|c| c.is_ascii_digit())
}

#[test]
fn only_cited_documents_carry_dates() {
    let mut problems = Vec::new();
    for lang in langs() {
        for (file, id, text) in messages(lang) {
            if has_date(&text) && !CITED_DATES.contains(&id.as_str()) {
                problems.push(format!("{file} {id}: a date of its own: {text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The about page says when the facts were checked, with the data's latest day.
#[test]
fn the_checked_date_is_the_datas_latest() {
    use safepath::core::directory::{LAST_CHECKED, PROVIDERS};
    use safepath::core::lang::Lang;
    use safepath::i18n::message;
    let latest = PROVIDERS.iter().map(|p| p.checked).max().unwrap();
    assert_eq!(LAST_CHECKED, latest);
    for lang in Lang::ALL {
        let args = [("date", LAST_CHECKED.dmy().into())];
        let text = message(lang, safepath::keys::ABOUT_CHECKED, Some(&args));
        assert!(
            text.contains(&LAST_CHECKED.dmy()),
            "{}: {text}",
            lang.code()
        );
    }
}

/// Control: a planted date is caught, in each language's way of writing one.
#[test]
fn control_a_planted_date_is_caught() {
    for t in [
        "kiểm tra lần gần nhất ngày 28/11/2026",
        "last checked on 28 November 2026",
        "ពិនិត្យចុងក្រោយនៅថ្ងៃទី 28 ខែវិច្ឆិកា ឆ្នាំ 2026",
        "ngày 28 tháng 11 năm 2026",
        "ត្រូវបានពិនិត្យនៅថ្ងៃទី ៧ ខែធ្នូ ឆ្នាំ ២០២៦",
    ] {
        assert!(has_date(t), "{t}");
    }
    for t in [
        "24/7",
        "13/2022/QH15",
        "mỗi lần tối đa 3 ngày",
        "Gọi 111",
        "{ $date }",
        "តុលាការ… រហូតដល់ 4 ខែ",
    ] {
        assert!(!has_date(t), "{t}");
    }
}

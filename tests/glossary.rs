//! One word per concept: `locales/glossary.toml` names, for each concept, the one term per
//! language and the variants that must never appear. A reader who meets two words for the
//! police, or an abuser's label that reads as "you", loses time or trust; a Khmer reader
//! who never sees "cấm tiếp xúc" cannot ask for the order at a Vietnamese counter.
//!
//! Every message (and every attribute) of every `.ftl` file in every language is read, and
//! the directory's names and notes too: the old version checked a few id prefixes, and the
//! wrong words came back wherever it did not look.
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

use common::{ftl_files, langs, root};

/// One text a person can see: where it comes from, its id, its words.
#[derive(Clone)]
struct Text {
    file: String,
    id: String,
    text: String,
}

/// Every text of a pattern, variants of a selector included.
fn texts(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
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

/// Every message and attribute of every `.ftl` file of a language.
fn messages(lang: &str) -> Vec<Text> {
    let mut out = Vec::new();
    let files = ftl_files(lang);
    assert!(files.len() > 5, "{lang}: too few .ftl files read");
    for f in files {
        let file = format!(
            "locales/{lang}/{}",
            f.file_name().unwrap_or_default().to_string_lossy()
        );
        let src = fs::read_to_string(&f).unwrap_or_else(|e| panic!("{file}: {e}"));
        let res = fluent_syntax::parser::parse(src.as_str())
            .unwrap_or_else(|(_, e)| panic!("{file}: {e:?}"));
        for entry in res.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            if let Some(v) = &value {
                let mut text = String::new();
                texts(v, &mut text);
                out.push(Text {
                    file: file.clone(),
                    id: id.clone(),
                    text,
                });
            }
            for a in &attributes {
                let mut text = String::new();
                texts(&a.value, &mut text);
                out.push(Text {
                    file: file.clone(),
                    id: format!("{id}.{}", a.id.name),
                    text,
                });
            }
        }
    }
    out
}

/// The directory's names and notes in one language (`name_km`, `note_km`, …), from the
/// spreadsheet the officers keep (`data/directory.csv`).
fn directory_texts(lang: &str) -> Vec<Text> {
    let src = fs::read_to_string(root().join("data/directory.csv"))
        .unwrap_or_else(|e| panic!("data/directory.csv: {e}"));
    let src = src.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(src.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(String::from).collect())
        .unwrap_or_else(|e| panic!("data/directory.csv header: {e}"));
    let suffix = format!("_{lang}");
    let mut out = Vec::new();
    for row in reader.records() {
        let row = row.unwrap_or_else(|e| panic!("data/directory.csv: {e}"));
        let id = row.get(0).unwrap_or("").to_string();
        for (col, value) in header.iter().zip(row.iter()) {
            if col.ends_with(&suffix) && !value.is_empty() {
                out.push(Text {
                    file: "data/directory.csv".into(),
                    id: format!("{id} {col}"),
                    text: value.to_string(),
                });
            }
        }
    }
    assert!(
        !out.is_empty(),
        "no `*{suffix}` text read from data/directory.csv"
    );
    out
}

/// Everything a person can read in one language.
fn everything(lang: &str) -> Vec<Text> {
    let mut all = messages(lang);
    all.extend(directory_texts(lang));
    all
}

struct Word {
    lang: String,
    term: String,
    banned: Vec<String>,
    /// Ids where a banned variant is right (the law's own words in a letter to the chair).
    allow: Vec<String>,
}

struct Concept {
    name: String,
    words: Vec<Word>,
    /// The Vietnamese words a reader must say at a counter, and the ids (prefixes) where
    /// every en/km text that names the concept must also give them.
    counter: Option<(String, Vec<String>)>,
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn glossary() -> Vec<Concept> {
    let src = fs::read_to_string(root().join("locales/glossary.toml"))
        .unwrap_or_else(|e| panic!("locales/glossary.toml: {e}"));
    let doc: toml::Table = src.parse().unwrap_or_else(|e| panic!("glossary.toml: {e}"));
    assert!(
        doc.get("paths").is_none(),
        "glossary.toml: `paths` is gone; every message is checked"
    );
    doc.get("concept")
        .and_then(|c| c.as_array())
        .expect("glossary.toml has [[concept]] entries")
        .iter()
        .map(|c| {
            let name = c
                .get("name")
                .and_then(|n| n.as_str())
                .unwrap_or("?")
                .to_string();
            let words: Vec<Word> = langs()
                .iter()
                .map(|lang| {
                    let w = c
                        .get(*lang)
                        .unwrap_or_else(|| panic!("glossary: `{name}` has no {lang}"));
                    let term = w
                        .get("term")
                        .and_then(|t| t.as_str())
                        .unwrap_or("")
                        .to_string();
                    assert!(!term.is_empty(), "glossary: `{name}` has no {lang} term");
                    Word {
                        lang: lang.to_string(),
                        term,
                        banned: strings(w.get("banned")),
                        allow: strings(w.get("allow")),
                    }
                })
                .collect();
            if words.iter().any(|w| !w.allow.is_empty()) {
                assert!(
                    c.get("allow_because").and_then(|s| s.as_str()).is_some(),
                    "glossary: `{name}` allows a banned word somewhere; say why in `allow_because`"
                );
            }
            let counter = c.get("counter").and_then(|s| s.as_str()).map(|words| {
                let ids = strings(c.get("counter_in"));
                assert!(
                    !ids.is_empty(),
                    "glossary: `{name}` has `counter` but no `counter_in`"
                );
                (words.to_string(), ids)
            });
            Concept {
                name,
                words,
                counter,
            }
        })
        .collect()
}

/// Latin letters (Vietnamese included) form words; Khmer is written without spaces, so a
/// Khmer variant matches anywhere.
fn latin(c: char) -> bool {
    c.is_alphanumeric() && (c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// Does `text` contain `word` as a word (for Latin script), or at all (Khmer)?
fn has_word(text: &str, word: &str) -> bool {
    let first = word.chars().next().is_some_and(latin);
    let last = word.chars().last().is_some_and(latin);
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let glued_before = first && before.is_some_and(latin);
        let glued_after = last && after.is_some_and(latin);
        !glued_before && !glued_after
    })
}

/// Every banned variant found, and every counter text missing its Vietnamese words, as
/// lines a person can act on: file, id, the word found, the word wanted.
fn problems(lang: &str, texts: &[Text], concepts: &[Concept]) -> Vec<String> {
    let mut found = Vec::new();
    for t in texts {
        for c in concepts {
            for w in c.words.iter().filter(|w| w.lang == lang) {
                if w.allow.contains(&t.id) {
                    continue;
                }
                for b in w.banned.iter().filter(|b| has_word(&t.text, b)) {
                    found.push(format!(
                        "{} {}: `{b}` found; {} is `{}`",
                        t.file, t.id, c.name, w.term
                    ));
                }
                if let Some((say, ids)) = &c.counter {
                    let on = ids.iter().any(|p| t.id.starts_with(p.as_str()));
                    if lang != "vi"
                        && on
                        && t.text.contains(w.term.as_str())
                        && !t.text.contains(say.as_str())
                    {
                        found.push(format!(
                            "{} {}: `{}` without `{say}`, the words to say at the counter",
                            t.file, t.id, w.term
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn the_glossary_covers_what_it_must() {
    let concepts = glossary();
    for needed in [
        "the person who uses violence",
        "police",
        "commune People's Committee",
        "Women's Union",
        "hamlet head",
        "quick exit (the button)",
        "safety plan",
        "no-contact order (Art. 25)",
        "the app's name",
        "code word",
        "helpline (not an emergency number)",
        "the domestic violence law (Khmer name)",
        "poster",
        "control (coercive)",
        "harm to health (Khmer)",
        "request (not a complaint)",
        "quotation marks (Khmer)",
        "trusted shelter",
    ] {
        assert!(
            concepts.iter().any(|c| c.name == needed),
            "glossary lacks `{needed}`"
        );
    }
    // The Khmer no-contact term must never be "forbid touching" again.
    let order = concepts
        .iter()
        .find(|c| c.name == "no-contact order (Art. 25)")
        .expect("no-contact order");
    let km = order.words.iter().find(|w| w.lang == "km").expect("km");
    for b in ["ហាមការប៉ះពាល់", "ហាមទាក់ទង"] {
        assert!(km.banned.iter().any(|x| x == b), "km must ban `{b}`");
    }
    assert!(
        order.counter.is_some(),
        "the order carries its counter words"
    );
    let person = concepts
        .iter()
        .find(|c| c.name == "the person who uses violence")
        .expect("person");
    let km = person.words.iter().find(|w| w.lang == "km").expect("km");
    assert!(
        km.banned.iter().any(|b| b == "អ្នកប្រើអំពើហិង្សា"),
        "km must ban the agent noun that reads 'you use violence'"
    );
}

#[test]
fn every_term_is_the_word_the_app_uses() {
    let concepts = glossary();
    for lang in langs() {
        let all: String = messages(lang).into_iter().map(|t| t.text + "\n").collect();
        for c in &concepts {
            for w in c.words.iter().filter(|w| w.lang == lang) {
                assert!(
                    all.contains(w.term.as_str()),
                    "{lang}: `{}` is `{}`, but no message says it",
                    c.name,
                    w.term
                );
                for b in &w.banned {
                    assert!(
                        !has_word(&w.term, b),
                        "{lang}: `{}`: the term contains its banned `{b}`",
                        c.name
                    );
                }
            }
        }
    }
}

#[test]
fn every_message_uses_one_word_per_concept() {
    let concepts = glossary();
    let mut found = Vec::new();
    let mut read = 0;
    for lang in langs() {
        let texts = everything(lang);
        read += texts.len();
        found.extend(problems(lang, &texts, &concepts));
    }
    assert!(read > 2000, "only {read} texts read: is every file read?");
    assert!(
        found.is_empty(),
        "{} other word(s) for a glossary concept (locales/glossary.toml):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The control: plant each banned variant, in turn, into a real message of its language
/// (one the prefix-limited test never read), and the check must name the file, the id,
/// the word found and the word wanted. Then take "cấm tiếp xúc" out of the Khmer help card.
#[test]
fn the_check_catches_a_planted_word() {
    let concepts = glossary();
    for lang in langs() {
        let real = messages(lang);
        let host = real
            .iter()
            .position(|t| t.id == "share-teach-2")
            .expect("share-teach-2 exists");
        assert!(problems(lang, &real[host..=host], &concepts).is_empty());
        for c in &concepts {
            for w in c.words.iter().filter(|w| w.lang == lang) {
                for b in &w.banned {
                    let mut planted = real.clone();
                    planted[host].text = format!("{} {b} .", planted[host].text);
                    let got = problems(lang, &planted, &concepts);
                    let want = format!(
                        "locales/{lang}/share.ftl share-teach-2: `{b}` found; {} is `{}`",
                        c.name, w.term
                    );
                    assert!(
                        got.contains(&want),
                        "{lang}: planting `{b}` was not caught as\n{want}\ngot:\n{}",
                        got.join("\n")
                    );
                }
            }
        }
    }
    // The word that once read "you use violence", in the sentence that had it.
    let km = messages("km");
    let mut planted = km.clone();
    let note = planted
        .iter_mut()
        .find(|t| t.id == "help-office-no-contact-note")
        .expect("help-office-no-contact-note");
    note.text = "សេចក្តីសម្រេចនេះក៏ត្រូវផ្ញើទៅអ្នកប្រើអំពើហិង្សាដែរ។".into();
    assert!(problems("km", &planted, &concepts)
        .iter()
        .any(|p| p.contains("help-office-no-contact-note: `អ្នកប្រើអំពើហិង្សា` found")));
    // The printed help card without the words to say at the counter.
    let mut planted = km.clone();
    let card = planted
        .iter_mut()
        .find(|t| t.id == "helpcard-committee")
        .expect("helpcard-committee");
    card.text = card.text.replace("(cấm tiếp xúc)", "");
    assert!(
        problems("km", &planted, &concepts)
            .iter()
            .any(|p| p.contains("helpcard-committee") && p.contains("cấm tiếp xúc")),
        "a Khmer help card without `cấm tiếp xúc` must fail"
    );
    // Words, not letters: "thông" is not "thôn", "the apps" is not "the app".
    assert!(has_word("gọi cho trưởng thôn nha", "trưởng thôn"));
    assert!(!has_word("thông tin", "thôn"));
    assert!(!has_word("the apps on it", "the app"));
    assert!(has_word("ហៅលេខ 113 (នគរបាល)", "នគរបាល"));
}

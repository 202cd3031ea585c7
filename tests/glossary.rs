//! One word per concept: `locales/glossary.toml` names, for each concept, the one term per
//! language and the variants that must never appear on the emergency path (emergency
//! strip, self-check result, help cards, the directory's names). A reader who meets two
//! words for the police, or an abuser's label that reads as "you", loses time or trust.
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "a test: failing loudly is its job"
)]

use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

const LANGS: [&str; 3] = ["vi", "en", "km"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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

/// (id, text) of every message of a language.
fn messages(lang: &str) -> Vec<(String, String)> {
    let dir = root().join("locales").join(lang);
    let mut out = Vec::new();
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for f in files {
        let src = fs::read_to_string(&f).unwrap_or_default();
        let res = fluent_syntax::parser::parse(src.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", f.display()));
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let mut text = String::new();
                if let Some(v) = &m.value {
                    texts(v, &mut text);
                }
                out.push((m.id.name.to_string(), text));
            }
        }
    }
    out
}

/// The directory's names and notes in one language (`name_km`, `note_km`, …), from the
/// spreadsheet the officers keep (`data/directory.csv`).
fn directory_texts(lang: &str) -> Vec<(String, String)> {
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
                out.push((format!("directory {id} {col}"), value.to_string()));
            }
        }
    }
    assert!(
        !out.is_empty(),
        "no `*{suffix}` text read from data/directory.csv"
    );
    out
}

struct Concept {
    name: String,
    /// (lang, term, banned)
    words: Vec<(String, String, Vec<String>)>,
}

fn glossary() -> (Vec<String>, Vec<Concept>) {
    let src = fs::read_to_string(root().join("locales/glossary.toml")).unwrap_or_default();
    let doc: toml::Table = src.parse().unwrap_or_else(|e| panic!("glossary.toml: {e}"));
    let strings = |v: Option<&toml::Value>| -> Vec<String> {
        v.and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let paths = strings(doc.get("paths"));
    let concepts = doc
        .get("concept")
        .and_then(|c| c.as_array())
        .expect("glossary.toml has [[concept]] entries")
        .iter()
        .map(|c| {
            let name = c
                .get("name")
                .and_then(|n| n.as_str())
                .unwrap_or("?")
                .to_string();
            let words = LANGS
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
                    (lang.to_string(), term, strings(w.get("banned")))
                })
                .collect();
            Concept { name, words }
        })
        .collect();
    (paths, concepts)
}

#[test]
fn the_glossary_covers_what_it_must() {
    let (paths, concepts) = glossary();
    assert!(
        paths.iter().any(|p| p == "emergency-"),
        "the emergency strip is on the path"
    );
    assert!(
        paths.iter().any(|p| p == "check-result-"),
        "the self-check result is on the path"
    );
    assert!(
        paths.iter().any(|p| p == "help-"),
        "the help cards are on the path"
    );
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
    ] {
        assert!(
            concepts.iter().any(|c| c.name == needed),
            "glossary lacks `{needed}`"
        );
    }
}

#[test]
fn every_term_is_the_word_the_app_uses() {
    let (_, concepts) = glossary();
    for lang in LANGS {
        let all: String = messages(lang).into_iter().map(|(_, t)| t + "\n").collect();
        for c in &concepts {
            for (l, term, banned) in &c.words {
                if l != lang {
                    continue;
                }
                assert!(
                    all.contains(term.as_str()),
                    "{lang}: `{}` is `{term}`, but no message says it",
                    c.name
                );
                for b in banned {
                    assert!(
                        !term.contains(b.as_str()),
                        "{lang}: `{}`: the term contains its banned `{b}`",
                        c.name
                    );
                }
            }
        }
    }
}

#[test]
fn the_emergency_path_uses_one_word_per_concept() {
    let (paths, concepts) = glossary();
    let mut found = Vec::new();
    for lang in LANGS {
        let on_path = messages(lang)
            .into_iter()
            .filter(|(id, _)| paths.iter().any(|p| id.starts_with(p.as_str())))
            .chain(directory_texts(lang));
        for (id, text) in on_path {
            for c in &concepts {
                for (l, term, banned) in &c.words {
                    if l != lang {
                        continue;
                    }
                    for b in banned.iter().filter(|b| text.contains(b.as_str())) {
                        found.push(format!("{lang} {id}: `{b}` for {} (say `{term}`)", c.name));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "other words on the emergency path:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_would_catch_a_banned_word() {
    // The test above must be able to fail: a known-bad Khmer phrase contains a banned word.
    let (_, concepts) = glossary();
    let police = concepts
        .iter()
        .find(|c| c.name == "police")
        .expect("police");
    let km = police.words.iter().find(|(l, _, _)| l == "km").expect("km");
    assert!(km
        .2
        .iter()
        .any(|b| "ហៅលេខ 113 (នគរបាល)".contains(b.as_str())));
}

//! Plain words on the paths that matter: a frightened person in a hurry reads the emergency
//! strip, the self-check, its result, the plan's steps and the child page. Each message on
//! these paths is kept under a bound, counted the way each language reads: Vietnamese in
//! syllables (one per written word), English in words, Khmer in grapheme clusters (a
//! consonant with its subscripts, vowels and signs is one).
//!
//! The bounds come from today's best pages, and say which message sets them:
//! | path | vi syllables | en words | km clusters | set by |
//! |---|---|---|---|---|
//! | emergency strip | 6 | 5 | 20 | `emergency-title` |
//! | self-check | 48 | 40 | 85 | `check-intro-other` |
//! | result | 80 | 75 | 190 | `check-urgency-none-me`, km `check-law-report` |
//! | plan steps (`plan-…-i-…`) | 28 | 26 | 92 | `plan-phone-i-spyware`, km `plan-people-i-report` |
//! | child page | 18 | 16 | 40 | `child-private` |
//! | a long text's first line (`core::more`) | 30 | 30 | 80 | the child page's sentences, twice |
//! A long legal text goes behind "read more" (`ui::widgets::ReadMore`): the texts in
//! `core::more::LEADS` are measured by their first line, not their detail.
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
use safepath::core::more::LEADS;
use safepath::core::people::CHILD;

use common::{ftl_files, langs};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OnPath {
    Strip,
    Check,
    Result,
    PlanStep,
    Child,
    Lead,
}

use OnPath::*;

impl OnPath {
    /// (vi syllables, en words, km clusters).
    fn bound(self) -> [usize; 3] {
        match self {
            Strip => [6, 5, 20],
            Check => [48, 40, 85],
            Result => [80, 75, 190],
            PlanStep => [28, 26, 92],
            Child => [18, 16, 40],
            Lead => [30, 30, 80],
        }
    }

    /// The path a message is on, if any.
    fn of(id: &str) -> Option<OnPath> {
        let starts = |ps: &[&str]| ps.iter().any(|p| id.starts_with(p));
        if LEADS.iter().any(|(_, lead)| *lead == id) {
            Some(Lead)
        } else if LEADS.iter().any(|(detail, _)| *detail == id) {
            // Behind "read more": its first line is what the path shows.
            None
        } else if id.starts_with("emergency-") {
            Some(Strip)
        } else if starts(&[
            "check-start-",
            "check-intro-",
            "check-mode-",
            "check-q-",
            "check-answer-",
            "check-progress-",
        ]) {
            Some(Check)
        } else if id.starts_with("check-") {
            Some(Result)
        } else if id.starts_with("plan-") && id.contains("-i-") {
            Some(PlanStep)
        } else if CHILD.keys().contains(&id) {
            Some(Child)
        } else {
            None
        }
    }
}

fn texts(p: &Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                // A selector shows one variant: measure the longest.
                if let Expression::Select { variants, .. } = expression {
                    let longest = variants
                        .iter()
                        .map(|v| {
                            let mut s = String::new();
                            texts(&v.value, &mut s);
                            s
                        })
                        .max_by_key(String::len)
                        .unwrap_or_default();
                    out.push_str(&longest);
                } else {
                    out.push_str(" x ");
                }
            }
        }
    }
}

fn messages(lang: &str) -> Vec<(String, String)> {
    let files = ftl_files(lang);
    let mut out = Vec::new();
    for f in files {
        let src = fs::read_to_string(&f).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|(r, _)| r);
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

/// Words as written (Vietnamese: one per syllable).
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Khmer grapheme clusters: a base letter, with what joins it (a subscript after the
/// coeng U+17D2, dependent vowels and signs) counted in it; spaces and punctuation not.
fn clusters(text: &str) -> usize {
    let mut n = 0;
    let mut after_coeng = false;
    for c in text.chars() {
        let joins = matches!(c, '\u{17B4}'..='\u{17D3}' | '\u{17DD}' | '\u{200B}'..='\u{200D}');
        if !(c.is_whitespace() || joins || after_coeng || !c.is_alphanumeric()) {
            n += 1;
        }
        after_coeng = c == '\u{17D2}';
    }
    n
}

fn length(lang: &str, text: &str) -> usize {
    if lang == "km" {
        clusters(text)
    } else {
        words(text)
    }
}

/// What is too long in one message: the checker every path goes through.
fn too_long(lang: &str, id: &str, text: &str) -> Option<String> {
    let path = OnPath::of(id)?;
    let i = langs().iter().position(|l| *l == lang).unwrap();
    let (n, max) = (length(lang, text), path.bound()[i]);
    (n > max).then(|| format!("{lang} {id} ({path:?}): {n} > {max}: {text}"))
}

#[test]
fn each_message_on_the_paths_that_matter_is_short() {
    let mut problems = Vec::new();
    let mut counted = [0usize; 6];
    for lang in langs() {
        for (id, text) in messages(lang) {
            if let Some(p) = OnPath::of(&id) {
                counted[p as usize] += 1;
            }
            problems.extend(too_long(lang, &id, &text));
        }
    }
    // Each path is found (a renamed prefix cannot empty it silently).
    assert!(counted.iter().all(|&c| c >= 3), "{counted:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn counting_follows_each_language() {
    assert_eq!(words("Cần giúp ngay? Gọi miễn phí:"), 6);
    assert_eq!(words("Call 113 – now"), 3);
    // ខ្មែរ: ខ + ្ម + ែ + រ → two clusters (ខ្មែ, រ).
    assert_eq!(clusters("ខ្មែរ"), 2);
    assert_eq!(clusters("ហៅ 111។"), 4);
}

/// Control: a planted long message on each path is caught; the same words elsewhere are not.
#[test]
fn control_a_long_message_is_caught() {
    let long_vi = "rất dài ".repeat(50);
    let long_km = "ខ្មែរ ".repeat(100);
    for id in [
        "emergency-title",
        "check-q-hit-me",
        "check-urgency-none-me",
        "plan-leave-i-bag",
        "child-now",
        "more-mediation",
    ] {
        assert!(too_long("vi", id, &long_vi).is_some(), "{id}");
        assert!(too_long("en", id, &long_vi).is_some(), "{id}");
        assert!(too_long("km", id, &long_km).is_some(), "{id}");
    }
    assert!(too_long("vi", "about-why", &long_vi).is_none());
    // A long legal text counts by its first line, not its detail.
    assert!(too_long("vi", "plan-staying-mediation", &long_vi).is_none());
    assert!(too_long("vi", "child-now", "Gọi 111.").is_none());
}

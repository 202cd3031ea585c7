//! Every message exists in every language, none is empty, none is broken, and code
//! names only messages that exist (consts are generated from Vietnamese; this checks
//! the other languages and any id written as a plain string).
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "a test: failing loudly is its job"
)]

mod common;

use std::collections::BTreeSet;
use std::fs;

use fluent_bundle::{FluentBundle, FluentResource};

use common::{ftl_files, langs, root};

#[test]
fn the_locale_folders_are_the_languages_the_app_ships() {
    let dir = root().join("locales");
    let mut folders: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut want: Vec<String> = langs().iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(
        folders, want,
        "locales/ and Lang::ALL must name the same languages"
    );
    assert_eq!(langs().first(), Some(&"vi"), "Vietnamese is the source");
}

fn ftl_sources(lang: &str) -> Vec<(String, String)> {
    ftl_files(lang)
        .into_iter()
        .map(|p| {
            let name = format!(
                "{lang}/{}",
                p.file_name().unwrap_or_default().to_string_lossy()
            );
            (name, fs::read_to_string(&p).unwrap_or_default())
        })
        .collect()
}

/// Parses a language's files strictly; returns the ids and the bundle.
fn load(lang: &str) -> (BTreeSet<String>, FluentBundle<FluentResource>) {
    let mut bundle = FluentBundle::new(vec![lang.parse().expect("a valid language tag")]);
    bundle.set_use_isolating(false);
    let mut ids = BTreeSet::new();
    for (name, src) in ftl_sources(lang) {
        let res = match FluentResource::try_new(src) {
            Ok(res) => res,
            Err((_, errors)) => panic!("{name}: syntax errors: {errors:?}"),
        };
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                assert!(
                    ids.insert(id.clone()),
                    "{name}: `{id}` is defined twice in {lang}"
                );
            }
        }
        if let Err(errors) = bundle.add_resource(res) {
            panic!("{name}: {errors:?}");
        }
    }
    (ids, bundle)
}

#[test]
fn every_language_has_exactly_the_vietnamese_ids() {
    let (vi, _) = load("vi");
    assert!(!vi.is_empty());
    for lang in &langs()[1..] {
        let (ids, _) = load(lang);
        let missing: Vec<_> = vi.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&vi).collect();
        assert!(missing.is_empty(), "{lang} lacks: {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has ids Vietnamese lacks: {extra:?}"
        );
    }
}

#[test]
fn no_message_is_empty_or_fails_to_format() {
    for lang in langs() {
        let (ids, bundle) = load(lang);
        for id in &ids {
            let msg = bundle
                .get_message(id)
                .unwrap_or_else(|| panic!("{lang}: {id} missing"));
            let pattern = msg
                .value()
                .unwrap_or_else(|| panic!("{lang}: {id} has no value"));
            // Variables are filled at run time; any other error is a broken message.
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, None, &mut errors);
            assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
            let broken: Vec<_> = errors
                .iter()
                .filter(|e| !format!("{e:?}").contains("Reference(Variable"))
                .collect();
            assert!(broken.is_empty(), "{lang}: {id}: {broken:?}");
        }
    }
}

#[test]
fn code_names_only_messages_that_exist() {
    let (vi, _) = load("vi");
    // The generated consts cover `keys::X`; this catches ids written as strings.
    for id in safepath::keys::ALL {
        assert!(vi.contains(id), "{id}");
    }
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let src = fs::read_to_string(&path).unwrap_or_default();
            for call in ["t(\"", "t_args(\"", "message(lang, \""] {
                for (i, _) in src.match_indices(call) {
                    let before = src[..i].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' || before == '.' {
                        continue;
                    }
                    let rest = &src[i + call.len()..];
                    let id = rest.split('"').next().unwrap_or_default();
                    assert!(
                        vi.contains(id),
                        "{}: unknown message `{id}`",
                        path.display()
                    );
                }
            }
        }
    }
}

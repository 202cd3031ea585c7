//! The words of `build/messages.rs`'s `PAGE_FILES` arrive only with their own page
//! (`Words::OwnAndPage` in `core::view`): a message of theirs read anywhere else would show
//! its id there until that page is opened. Each such id may be named only by its page's
//! own modules (and by the view table, for the heading the page itself shows).

use std::fs;
use std::path::{Path, PathBuf};

/// Each page file and the source files allowed to name its messages.
const PAGES: &[(&str, &[&str])] = &[
    ("phone.ftl", &["src/ui/phone.rs", "src/core/phone.rs"]),
    (
        "audiences.ftl",
        &["src/ui/audiences.rs", "src/core/audiences.rs"],
    ),
];
const ALWAYS: &[&str] = &["src/core/view.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn const_name(id: &str) -> String {
    id.to_ascii_uppercase().replace('-', "_")
}

/// The ids a `.ftl` file defines.
fn ids(src: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id.trim().to_string())
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

/// Uses of a page's message outside its page, as "file: id".
fn strays(root: &Path, page: &str, allowed: &[&str], sources: &[(String, String)]) -> Vec<String> {
    let src = fs::read_to_string(root.join("locales/vi").join(page)).unwrap_or_default();
    let mut out = Vec::new();
    for id in ids(&src) {
        let name = const_name(&id);
        for (file, text) in sources {
            if allowed.contains(&file.as_str()) || ALWAYS.contains(&file.as_str()) {
                continue;
            }
            let named = text.match_indices(&name).any(|(at, _)| {
                let before = text.get(..at).and_then(|t| t.chars().next_back());
                let after = text.get(at + name.len()..).and_then(|t| t.chars().next());
                let word =
                    |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
                !word(before) && !word(after)
            });
            if named {
                out.push(format!("{file}: {id}"));
            }
        }
    }
    out
}

fn sources(root: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files
        .into_iter()
        .filter_map(|p| {
            let rel = p
                .strip_prefix(root)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            Some((rel, fs::read_to_string(&p).ok()?))
        })
        .collect()
}

#[test]
fn a_pages_own_words_are_read_only_on_that_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let srcs = sources(root);
    let mut problems = Vec::new();
    for (page, allowed) in PAGES {
        assert!(root.join("locales/vi").join(page).exists(), "{page}");
        problems.extend(strays(root, page, allowed, &srcs));
    }
    assert!(
        problems.is_empty(),
        "messages of a page file used elsewhere (move them to that view's .ftl file):\n{}",
        problems.join("\n")
    );
}

/// Control: a link to the phone check written on the plan, with a phone.ftl message.
#[test]
fn the_check_catches_a_stray_use() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut srcs = sources(root);
    srcs.push((
        "src/ui/plan/planted.rs".into(),
        "view! { {tr!(PHONE_TITLE)} }".into(),
    ));
    let found = strays(
        root,
        "phone.ftl",
        &["src/ui/phone.rs", "src/core/phone.rs"],
        &srcs,
    );
    assert_eq!(
        found,
        vec!["src/ui/plan/planted.rs: phone-title".to_string()]
    );
}

/// This test knows every page file the build sets apart.
#[test]
fn every_page_file_of_the_build_is_checked() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let build = fs::read_to_string(root.join("build/messages.rs")).unwrap_or_default();
    let line = build
        .lines()
        .find(|l| l.contains("pub const PAGE_FILES"))
        .unwrap_or_default();
    let named: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    let ours: Vec<&str> = PAGES.iter().map(|(p, _)| *p).collect();
    assert_eq!(named, ours);
}

//! A panic in WebAssembly freezes the page for someone who may be in danger. Nothing in
//! `src/` (outside test modules) may unwrap, expect or panic: fallible work returns
//! `Option`/`Result` and the UI says what went wrong.

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 6] = [
    ".unwrap()",
    ".expect(",
    "panic!(",
    "unreachable!(",
    "todo!(",
    "unimplemented!(",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn src_has_no_panic_paths_outside_tests() {
    let mut files = vec![];
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "found the sources");
    let mut found = vec![];
    for file in files {
        let src = fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in src.lines().enumerate() {
            let code = line.trim_start();
            // Test modules sit at the end of a file: nothing after them ships.
            if code.starts_with("#[cfg(test)]") {
                break;
            }
            if code.starts_with("//") {
                continue;
            }
            for bad in FORBIDDEN {
                if code.contains(bad) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, code));
                }
            }
        }
    }
    assert!(found.is_empty(), "panic paths:\n{}", found.join("\n"));
}

/// The shipped Content-Security-Policy (`style-src 'self'`) blocks inline `style="…"`
/// attributes. Views set styles with `style:prop=…` (through the CSSOM, which the policy
/// allows) or with classes; the deployment test checks the running app, this checks every
/// view, including screens a walk-through may not reach.
#[test]
fn views_write_no_inline_style_attributes() {
    let mut files = vec![];
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let src = fs::read_to_string(f).unwrap_or_default();
            src.lines()
                .enumerate()
                .filter(|(_, l)| l.contains(" style=") || l.contains("\"style\""))
                .map(|(n, l)| format!("{}:{}: {}", f.display(), n + 1, l.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        found.is_empty(),
        "inline style attributes:\n{}",
        found.join("\n")
    );
}

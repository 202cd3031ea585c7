//! Guards the compiler cannot keep by itself.
//!
//! "Never dies" (no unwrap, expect, panic or unchecked indexing in `src/`) is checked by
//! clippy with the lints in Cargo.toml, which `make test` runs with `-D warnings`; this
//! file checks that those lints stay switched on, and what no lint sees: inline styles.
#![allow(clippy::expect_used, reason = "a test: failing loudly is its job")]

use std::fs;
use std::path::{Path, PathBuf};

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

fn sources() -> Vec<(PathBuf, String)> {
    let mut files = vec![];
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "found the sources");
    files
        .into_iter()
        .map(|f| {
            let src = fs::read_to_string(&f).expect("a readable source file");
            (f, src)
        })
        .collect()
}

/// A panic in WebAssembly freezes the page for someone who may be in danger. The lints
/// that forbid one must stay denied: removing one makes this fail.
#[test]
fn the_never_dies_lints_stay_denied() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("Cargo.toml");
    let lints = manifest
        .split_once("[lints.clippy]")
        .map(|(_, rest)| rest.split("\n[").next().unwrap_or(""))
        .expect("a [lints.clippy] table");
    for lint in [
        "unwrap_used",
        "expect_used",
        "panic",
        "unreachable",
        "todo",
        "unimplemented",
        "indexing_slicing",
        "string_slice",
    ] {
        assert!(
            lints
                .lines()
                .any(|l| l.replace(' ', "") == format!("{lint}=\"deny\"")),
            "clippy::{lint} is no longer denied in Cargo.toml"
        );
    }
    // Exceptions are allowed only with a reason, so each can be read and questioned.
    for (file, src) in sources() {
        for (n, line) in src.lines().enumerate() {
            let l = line.trim_start();
            if (l.starts_with("#[allow(clippy::") || l.starts_with("#![allow(clippy::"))
                && !l.contains("reason")
                && !src
                    .lines()
                    .skip(n)
                    .take(8)
                    .any(|next| next.contains("reason ="))
            {
                panic!(
                    "{}:{}: a lint allowed without a reason",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

/// The shipped Content-Security-Policy (`style-src 'self'`) blocks inline `style="…"`
/// attributes. Views set styles with `style:prop=…` (through the CSSOM, which the policy
/// allows) or with classes; the deployment test checks the running app, this checks every
/// line of every source file, including screens a walk-through may not reach.
#[test]
fn views_write_no_inline_style_attributes() {
    let found: Vec<String> = sources()
        .iter()
        .flat_map(|(f, src)| {
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

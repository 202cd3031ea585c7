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
}

/// The lint attributes in `src` that carry no `reason = "…"`: `#[allow(…)]`,
/// `#[expect(…)]`, inner ones, and those inside `#[cfg_attr(…)]`, over several lines too.
fn allowed_without_reason(src: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for (at, _) in src.match_indices('#') {
        let before = src.get(..at).unwrap_or("");
        // Attributes only: a `#` that starts a line (not one in a string or a comment).
        if !before.rsplit('\n').next().unwrap_or("").trim().is_empty() {
            continue;
        }
        let rest = src.get(at..).unwrap_or("");
        let body = rest.trim_start_matches("#!").trim_start_matches('#');
        if !body.starts_with('[') {
            continue;
        }
        // The attribute runs to its matching `]`.
        let mut depth = 0;
        let end = body
            .char_indices()
            .find(|&(_, ch)| {
                depth += match ch {
                    '[' => 1,
                    ']' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map_or(body.len(), |(i, _)| i);
        let attr: String = body.get(..end).unwrap_or("").split_whitespace().collect();
        let lints = ["[allow(", "[expect(", ",allow(", ",expect("];
        if lints.iter().any(|l| {
            attr.starts_with(l)
                || (l.starts_with(',') && attr.starts_with("[cfg_attr(") && attr.contains(l))
        }) && !attr.contains("reason=")
        {
            found.push(before.matches('\n').count() + 1);
        }
    }
    found
}

/// Exceptions to the lints are allowed only with a reason, so each can be read and
/// questioned: clippy's `allow_attributes_without_reason` (which sees the compiler's
/// lints too, e.g. `dead_code`) stays denied in both crates, and every lint attribute in
/// the sources, the tests and the build code says why.
#[test]
fn every_lint_exception_says_why() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for manifest in ["Cargo.toml", "crates/safepath-data/Cargo.toml"] {
        let text = fs::read_to_string(root.join(manifest)).expect("a manifest");
        assert!(
            text.lines()
                .any(|l| l.replace(' ', "") == "allow_attributes_without_reason=\"deny\""),
            "{manifest}: clippy::allow_attributes_without_reason is no longer denied"
        );
    }
    // The scan itself finds what it must (a planted control).
    assert_eq!(
        allowed_without_reason("#[allow(dead_code)] // why\nfn a() {}"),
        [1]
    );
    assert_eq!(
        allowed_without_reason("\n#![cfg_attr(test, allow(clippy::string_slice))]"),
        [2]
    );
    assert_eq!(allowed_without_reason("#[expect(\n    unused,\n)]"), [1]);
    assert!(allowed_without_reason("#[allow(\n    dead_code,\n    reason = \"x\"\n)]").is_empty());
    assert!(allowed_without_reason("#[derive(Clone)]\n#[cfg(test)]").is_empty());
    let mut files = vec![root.join("build.rs")];
    for dir in ["src", "tests", "build", "crates"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "found the sources");
    let mut missing = Vec::new();
    for file in files {
        let src = fs::read_to_string(&file).expect("a readable source file");
        for line in allowed_without_reason(&src) {
            missing.push(format!("{}:{line}", file.display()));
        }
    }
    assert!(
        missing.is_empty(),
        "a lint allowed without a reason:\n{}",
        missing.join("\n")
    );
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

/// The calls that run their closure or future later, when the view that made it may be
/// gone: a frame, a timer, an idle moment, a spawned task.
const DEFERRING: [&str; 5] = [
    "request_animation_frame(",
    "set_timeout(",
    "request_idle_callback(",
    "spawn_local(",
    "queue_microtask(",
];

/// The reads that panic on a disposed signal or node reference in Leptos 0.8
/// (reactive_graph's `get`, `with`, `read` and their untracked forms); the `try_` forms
/// answer `None` instead. (`set` and `update` are silent no-ops there.)
const PANICKING_READS: [&str; 6] = [
    ".get()",
    ".get_untracked()",
    ".read()",
    ".read_untracked()",
    ".with(",
    ".with_untracked(",
];

/// The text of the call's arguments: from the opening parenthesis to the one that closes
/// it (strings and comments in between are rare enough here to be read as code).
fn arguments(src: &str, open: usize) -> &str {
    let mut depth = 0usize;
    for (i, c) in src.get(open..).unwrap_or("").char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return src.get(open..open + i + 1).unwrap_or("");
                }
            }
            _ => {}
        }
    }
    src.get(open..).unwrap_or("")
}

/// Each read of [`PANICKING_READS`] written inside a [`DEFERRING`] call's arguments, as
/// (line, text). A thread-local's `.with(` (an upper-case name) is no signal.
fn deferred_reads(src: &str) -> Vec<(usize, String)> {
    let mut found = vec![];
    for call in DEFERRING {
        for (at, _) in src.match_indices(call) {
            let open = at + call.len() - 1;
            let args = arguments(src, open);
            for read in PANICKING_READS {
                for (r, _) in args.match_indices(read) {
                    let before = args.get(..r).unwrap_or("");
                    let receiver: String = before
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    if receiver.chars().any(|c| c.is_ascii_uppercase())
                        && receiver.chars().all(|c| !c.is_ascii_lowercase())
                    {
                        continue;
                    }
                    let line = src.get(..open + r).unwrap_or("").lines().count();
                    found.push((line, format!("{receiver}{read}")));
                }
            }
        }
    }
    found
}

/// A read of a disposed signal panics, and a panic freezes the page: in a callback that
/// runs later (a frame, a timer, a spawned task), the view may have gone in between (a
/// quick exit, a tap elsewhere). Such callbacks read with `try_get`, `try_with`, … .
/// Clippy cannot see this; the review found reads like this in the commune picker.
#[test]
fn deferred_callbacks_read_signals_only_with_try() {
    let mut bad = vec![];
    for (file, src) in sources() {
        for (line, read) in deferred_reads(&src) {
            bad.push(format!("{}:{line}: {read}", file.display()));
        }
    }
    assert!(
        bad.is_empty(),
        "reads that panic once the view is gone, in callbacks that run later (use try_…):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_deferred_read_check_catches_a_planted_read() {
    let planted = "fn f() {\n    request_animation_frame(move || {\n        if let Some(b) = change_ref.get_untracked() {\n            b.focus();\n        }\n    });\n}\n";
    assert_eq!(
        deferred_reads(planted),
        vec![(3, "change_ref.get_untracked()".to_string())]
    );
    let spawned =
        "spawn_local(async move {\n    x.await;\n    let v = state.with(|s| s.len());\n});";
    assert_eq!(
        deferred_reads(spawned),
        vec![(3, "state.with(".to_string())]
    );
    let fine = "request_animation_frame(move || {\n    if let Some(b) = r.try_get_untracked().flatten() {}\n    FOCUS.with(|f| f.set(false));\n});";
    assert!(deferred_reads(fine).is_empty());
}

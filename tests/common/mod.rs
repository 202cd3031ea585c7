//! What the native test files share: the project's folder, its languages and its `.ftl`
//! files. How each file reads a message's text stays in that file: they measure different
//! things (every variant of a selector, or only the longest).
#![allow(dead_code, reason = "each test file uses only some of these")]

use std::fs;
use std::path::{Path, PathBuf};

use safepath::core::lang::Lang;

/// The project's folder (tests run from anywhere).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The app's own list of languages (`Lang::ALL`), Vietnamese (the source) first.
pub fn langs() -> Vec<&'static str> {
    Lang::ALL.iter().map(|l| l.code()).collect()
}

/// A language's `.ftl` files (`locales/<lang>/*.ftl`), in name order.
pub fn ftl_files(lang: &str) -> Vec<PathBuf> {
    let dir = root().join("locales").join(lang);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

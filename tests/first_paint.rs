//! The pre-rendered first paint holds one copy per language; the stylesheet shows the one
//! that public/boot.js chose. A language added without its rule would show nothing at
//! all before the app arrives.
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

use common::root;
use safepath::core::lang::Lang;

#[test]
fn every_language_has_its_first_paint_rule() {
    let css = fs::read_to_string(root().join("style/app.css")).unwrap_or_default();
    assert!(!css.is_empty(), "style/app.css is readable");
    for lang in Lang::ALL {
        let code = lang.code();
        let rule = format!("html[lang=\"{code}\"] .first-paint[lang=\"{code}\"]");
        assert!(css.contains(&rule), "style/app.css lacks `{rule}`");
    }
}

#[test]
fn boot_script_reads_what_the_prerender_writes() {
    // boot.js finds the languages, views and titles in these meta tags, and the exit
    // destination in the quick-exit link (src/bin/prerender.rs, src/ui/chrome.rs).
    let boot = fs::read_to_string(root().join("public/boot.js")).unwrap_or_default();
    let prerender = fs::read_to_string(root().join("src/bin/prerender.rs")).unwrap_or_default();
    for name in ["safepath-langs", "safepath-views", "safepath-title"] {
        assert!(boot.contains(name), "boot.js reads {name}");
        assert!(prerender.contains(name), "prerender writes {name}");
    }
    assert!(boot.contains("a.quick-exit[href]"));
    assert!(boot.contains(safepath::platform::exit::LEAVE_EVENT));
}

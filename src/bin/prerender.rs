//! Writes the first paint into the built `index.html`: the chrome and Home in every
//! language, rendered natively from the app's own components and words (`ui::app::Shell`),
//! so what shows before the WebAssembly arrives is what the app itself renders.
//! `public/boot.js` picks the copy for the page's language before anything is painted;
//! the app swaps itself in for it once it runs.
//!
//! Usage: `prerender <index.html>` (rewritten in place). Fails, and so fails the build,
//! when a marker is missing.

use std::process::ExitCode;

use leptos::prelude::*;
use safepath::core::lang::Lang;
use safepath::core::route::{Route, View};
use safepath::i18n::message;
use safepath::keys;
use safepath::platform::exit::EXIT_URL;
use safepath::ui::app::Shell;
use safepath::ui::state::{Nav, Session};

const HEAD_MARKER: &str = "<!-- first-paint:head -->";
const BODY_MARKER: &str = "<!-- first-paint:body -->";

fn render(lang: Lang) -> String {
    Owner::new().with(|| {
        let nav = Nav {
            view: RwSignal::new(View::Home),
            lang: RwSignal::new(lang),
            embed: false,
        };
        let session = Session::new(&Route::default());
        view! { <Shell nav session/> }.to_html()
    })
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// What boot.js reads in `<head>`: the languages and views this build knows (each view
/// as `number:word`, so boot.js reads `?v=2` and old `?view=plan` alike), where quick
/// exit goes (so it leaves even from a page without the link), and in each language the
/// neutral tab title and what a screen reader says with two and one Shift presses left.
fn head() -> String {
    let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let views: Vec<String> = View::ALL
        .iter()
        .map(|v| format!("{}:{}", v.code(), v.param()))
        .collect();
    let mut out = format!(
        "<meta name=\"safepath-langs\" content=\"{}\">\n  <meta name=\"safepath-views\" content=\"{}\">\n  <meta name=\"safepath-exit\" content=\"{}\">",
        langs.join(" "),
        views.join(" "),
        escape_attr(EXIT_URL)
    );
    for lang in Lang::ALL {
        out.push_str(&format!(
            "\n  <meta name=\"safepath-title\" lang=\"{}\" content=\"{}\">",
            lang.code(),
            escape_attr(&message(lang, keys::APP_NAME, None))
        ));
    }
    for lang in Lang::ALL {
        let left = |n: u8| message(lang, keys::EXIT_KEYS_LEFT, Some(&[("n", n.into())]));
        out.push_str(&format!(
            "\n  <meta name=\"safepath-exit-left\" lang=\"{}\" content=\"{}|{}\">",
            lang.code(),
            escape_attr(&left(2)),
            escape_attr(&left(1))
        ));
    }
    out
}

/// The opening of the view's container, as `Shell` renders it.
const MAIN_OPEN: &str = "class=\"main\">";

/// One copy per language. Each carries a "loading" line that only a deep link to another
/// view shows (style/app.css), so its empty content area says what is happening.
fn body() -> Option<String> {
    let mut copies = Vec::new();
    for lang in Lang::ALL {
        let html = render(lang);
        if !html.contains(MAIN_OPEN) {
            return None;
        }
        let loading = format!(
            "{MAIN_OPEN}<p class=\"first-paint-loading\" role=\"status\">{}</p>",
            message(lang, keys::APP_LOADING, None)
        );
        copies.push(format!(
            "<div class=\"first-paint\" lang=\"{}\">{}</div>",
            lang.code(),
            html.replacen(MAIN_OPEN, &loading, 1)
        ));
    }
    Some(copies.join("\n"))
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return ExitCode::FAILURE;
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !page.contains(HEAD_MARKER) || !page.contains(BODY_MARKER) {
        eprintln!("prerender: {path} lacks {HEAD_MARKER} or {BODY_MARKER}");
        return ExitCode::FAILURE;
    }
    let Some(body) = body() else {
        eprintln!("prerender: the rendered page has no `{MAIN_OPEN}`");
        return ExitCode::FAILURE;
    };
    let page = page
        .replacen(HEAD_MARKER, &head(), 1)
        .replacen(BODY_MARKER, &body, 1);
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

//! Every view of the app, declared once. Each row of the table at the bottom of this
//! file gives a view its number in addresses, its word inside the page, the message id
//! of its heading, the chunk its code arrives in and how a person reaches it. From the
//! table come:
//! - the routes (`core::route` reads and writes `?v=<number>` through [`View::code`]),
//! - the loader (`ui::lazy` keeps one split point per row, checked against [`View::chunk`]
//!   when it compiles, and sets up each view's scope, so no view can forget it),
//! - the build-time render's list for `public/boot.js` (`<meta name="safepath-views">`),
//! - the browser tests' list of views (`tests/e2e/views.json`, written from this table and
//!   checked against it by `cargo test`, see [`tests_json`]).
//!
//! The tab title is never a view's heading: it stays the app's neutral name (a tab strip
//! or a task switcher is seen by whoever holds the phone).
//!
//! # Adding a view
//! 1. One row below: the next unused number (never reuse one: printed posters keep old
//!    links for years), a neutral word, the heading's message id, the chunk, the kind.
//! 2. Its component in `src/ui/`, starting with its `ViewTitle` (no `scope_view()`: the
//!    loader does that).
//! 3. One row in `split_views!` in `src/ui/lazy.rs` (the compiler names the missing one;
//!    split points are macros, so they cannot be made from this table).
//! 4. `UPDATE_VIEWS=1 cargo test --lib core::view` rewrites `tests/e2e/views.json`; the
//!    browser tests (the memory walk, the shell's every-view checks) then include it.
//! 5. A way in: a link from Home, the footer or another view (its [`Kind`]).

use crate::keys;

/// How a person reaches a view (the browser tests walk the app the same way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Home: part of the first visit, pre-rendered, no chunk of its own.
    First,
    /// A link in the main navigation, on every view.
    Nav,
    /// A link in the footer, on every view.
    Footer,
    /// A link inside another view (which may show it only when there is something to
    /// show, e.g. printing the diary once it has an entry).
    Within(View),
}

/// Which words a view needs beyond the chrome's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Words {
    /// None: Home's words are the chrome's.
    Chrome,
    /// The page's language.
    Own,
    /// Every language's (the share view writes links and posters in any language).
    Every,
    /// The page's language, and its own page's words (which no other view reads).
    OwnAndPage,
    /// The page's language, and Vietnamese (the request for a no-contact order is
    /// written in Vietnamese whatever the language).
    OwnAndVi,
}

/// Declares the enum and one `match` per column, so code that reads one column (the
/// first visit reads only `code` and `param`) links only that column.
macro_rules! views {
    ($(
        $(#[$doc:meta])*
        $v:ident = $code:literal, $word:literal, $title:ident, $chunk:expr, $kind:expr, $words:ident;
    )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
        pub enum View {
            #[default]
            $($(#[$doc])* $v,)*
        }

        impl View {
            /// Every view, in the table's order.
            pub const ALL: [View; [$($code),*].len()] = [$(View::$v),*];

            /// The view's number in addresses (`?v=2`). Never reuse a number: printed
            /// posters keep old links for years.
            pub const fn code(self) -> u8 {
                match self { $(View::$v => $code,)* }
            }

            /// The view's word: read from old addresses (`?view=plan`, on posters
            /// already printed) and used inside the page (`<html data-view>`), never
            /// written into an address.
            pub const fn param(self) -> &'static str {
                match self { $(View::$v => $word,)* }
            }

            /// The message id of the view's heading (its first screen's, for a view
            /// with several). Never the tab title.
            pub const fn title_key(self) -> &'static str {
                match self { $(View::$v => keys::$title,)* }
            }

            /// The chunk its code arrives in (`None`: the first visit's own code).
            /// Views in one chunk arrive together.
            pub const fn chunk(self) -> Option<&'static str> {
                match self { $(View::$v => $chunk,)* }
            }

            /// How a person reaches it.
            pub const fn kind(self) -> Kind {
                match self { $(View::$v => $kind,)* }
            }

            /// Which words it needs before it shows.
            pub const fn words(self) -> Words {
                match self { $(View::$v => Words::$words,)* }
            }
        }
    };
}

views! {
    Home = 0, "home", HOME_TITLE, None, Kind::First, Chrome;
    Check = 1, "check", CHECK_START_TITLE, Some("check"), Kind::Nav, Own;
    Plan = 2, "plan", PLAN_TITLE, Some("plan"), Kind::Nav, Own;
    Help = 3, "help", HELP_TITLE, Some("help"), Kind::Nav, Own;
    Privacy = 4, "privacy", PRIVACY_TITLE, Some("pages"), Kind::Footer, Own;
    About = 5, "about", ABOUT_TITLE, Some("pages"), Kind::Footer, Own;
    Share = 6, "share", SHARE_TITLE, Some("share"), Kind::Footer, Every;
    /// For a friend, relative or neighbour who wants to help.
    Helper = 7, "helper", HELPER_TITLE, Some("people"), Kind::Within(View::Home), Own;
    /// For teachers and school staff.
    Teacher = 8, "teacher", TEACHER_TITLE, Some("people"), Kind::Within(View::Home), Own;
    /// A page a child can read.
    Child = 9, "child", CHILD_TITLE, Some("people"), Kind::Within(View::Home), Own;
    /// The incident diary, opened from the plan. Its word is neutral ("notes"): a
    /// history list shows nothing about a diary.
    Diary = 10, "notes", DIARY_TITLE, Some("diary"), Kind::Within(View::Plan), Own;
    /// Printing chosen diary entries and a request for a no-contact order.
    DiaryPrint = 11, "notes-print", DIARY_PRINT_TITLE, Some("diary"), Kind::Within(View::Diary), OwnAndVi;
    /// What the app leaves on the phone, and how to remove one history row.
    Leaves = 12, "leaves", LEAVES_TITLE, Some("leaves"), Kind::Footer, Own;
    /// "Is my phone safe?": what the other person may see, and steps with their risks.
    Phone = 13, "phone", PHONE_TITLE, Some("phone"), Kind::Within(View::Home), OwnAndPage;
    /// For someone worried about how they treat their partner or family.
    Change = 14, "change", CHANGE_TITLE, Some("people"), Kind::Within(View::Home), OwnAndPage;
    /// Respect in relationships, for young people.
    Young = 15, "young", YOUNG_TITLE, Some("people"), Kind::Within(View::Home), OwnAndPage;
    /// For hamlet heads, trusted-address hosts and union members who hear first.
    Community = 16, "community", COMMUNITY_TITLE, Some("people"), Kind::Within(View::Home), OwnAndPage;
}

/// Whether two strings are equal, in a `const` (the loader checks its split points'
/// chunk names against the table when it compiles).
pub const fn same(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, rest_a @ ..], [y, rest_b @ ..]) if *x == *y => {
                a = rest_a;
                b = rest_b;
            }
            _ => return false,
        }
    }
}

/// The table as the browser tests read it (`tests/e2e/views.json`): one object per view.
pub fn tests_json() -> String {
    let rows: Vec<String> = View::ALL
        .iter()
        .map(|v| {
            let (kind, from) = match v.kind() {
                Kind::First => ("first", None),
                Kind::Nav => ("nav", None),
                Kind::Footer => ("footer", None),
                Kind::Within(p) => ("within", Some(p.param())),
            };
            let quoted = |s: Option<&str>| s.map_or("null".to_string(), |s| format!("\"{s}\""));
            format!(
                "  {{ \"view\": \"{}\", \"code\": {}, \"title\": \"{}\", \"chunk\": {}, \"kind\": \"{kind}\", \"from\": {} }}",
                v.param(),
                v.code(),
                v.title_key(),
                quoted(v.chunk()),
                quoted(from),
            )
        })
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::i18n::message;

    const JSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/views.json");

    /// The browser tests' list of views is this table. `UPDATE_VIEWS=1` rewrites it.
    #[test]
    fn the_browser_tests_list_every_view_of_the_table() {
        let want = tests_json();
        if std::env::var_os("UPDATE_VIEWS").is_some() {
            assert!(std::fs::write(JSON, &want).is_ok(), "cannot write {JSON}");
        }
        let have = std::fs::read_to_string(JSON).unwrap_or_default();
        assert!(
            have == want,
            "tests/e2e/views.json differs from core::view's table: run \
             UPDATE_VIEWS=1 cargo test --lib core::view\n{want}"
        );
    }

    #[test]
    fn numbers_and_words_are_unique_and_headings_exist() {
        for (i, v) in View::ALL.iter().enumerate() {
            for w in View::ALL.iter().skip(i + 1) {
                assert_ne!(v.code(), w.code(), "{v:?} and {w:?} share a number");
                assert_ne!(v.param(), w.param(), "{v:?} and {w:?} share a word");
            }
            for lang in Lang::ALL {
                let heading = message(lang, v.title_key(), None);
                assert_ne!(heading, v.title_key(), "{v:?} has no heading in {lang:?}");
            }
        }
    }

    /// Only Home is part of the first visit; every other view can be reached from a
    /// view that can be reached, and a view's words never name what it is about in an
    /// address (they never go into one, but `data-view` is in the page).
    #[test]
    fn every_view_has_a_chunk_and_a_way_in() {
        for v in View::ALL {
            assert_eq!(v.chunk().is_none(), v == View::Home, "{v:?}");
            assert_eq!(v.kind() == Kind::First, v == View::Home, "{v:?}");
            let mut at = v;
            for _ in 0..View::ALL.len() {
                if let Kind::Within(from) = at.kind() {
                    at = from;
                }
            }
            assert!(
                !matches!(at.kind(), Kind::Within(_)),
                "{v:?} cannot be reached"
            );
        }
    }

    #[test]
    fn same_compares_whole_strings() {
        assert!(same("plan", "plan"));
        assert!(!same("plan", "plans"));
        assert!(!same("plan", "play"));
    }
}

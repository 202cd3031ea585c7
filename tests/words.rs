//! Before anything becomes a file or a message, the person is told where it will stay, in
//! every language: a saved PDF and a QR image in Downloads, an SMS (sent or a draft) in the
//! messages app, a Zalo message in Zalo, a copied text in the keyboard's clipboard history.
//! The print texts no longer promise that nothing stays, and every view with a button that
//! makes one of these shows its line (checked in the source here, on screen in
//! `tests/e2e/leaves.test.mjs`).
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "a test: failing loudly is its job"
)]

use std::fs;
use std::path::{Path, PathBuf};

use safepath::core::lang::Lang;
use safepath::i18n::message;
use safepath::keys;

fn say(lang: Lang, key: &str) -> String {
    let text = message(lang, key, None);
    assert_ne!(text, key, "{key} has no words in {}", lang.code());
    text
}

/// What each line must name, per language: the place where the thing stays.
#[test]
fn each_line_names_where_it_stays() {
    let want: [(&str, [&str; 3]); 5] = [
        (
            keys::STAYS_PDF,
            ["Tải xuống (Downloads)", "Downloads", "Downloads"],
        ),
        (
            keys::STAYS_QR,
            ["Tải xuống (Downloads)", "Downloads", "Downloads"],
        ),
        (
            keys::STAYS_SMS,
            ["xóa bản nháp", "delete the draft", "លុបសារព្រាង"],
        ),
        (
            keys::STAYS_ZALO,
            ["Zalo trên máy tính", "Zalo on a computer", "Zalo លើកុំព្យូទ័រ"],
        ),
        (
            keys::STAYS_COPY,
            ["bộ nhớ tạm", "clipboard history", "ប្រវត្តិក្ដារតម្បៀតខ្ទាស់"],
        ),
    ];
    for (key, words) in want {
        for (lang, word) in [Lang::Vi, Lang::En, Lang::Km].into_iter().zip(words) {
            let text = say(lang, key);
            assert!(
                text.contains(word),
                "{} {key}: `{word}` not in `{text}`",
                lang.code()
            );
        }
    }
    // A saved PDF: what to do about it, and that its name gives nothing away.
    for (lang, words) in [
        (Lang::Vi, ["“Sổ tay”", "xóa"]),
        (Lang::En, ["“Notebook”", "delete"]),
        (Lang::Km, ["«សៀវភៅកត់ត្រា»", "លុប"]),
    ] {
        let text = say(lang, keys::STAYS_PDF);
        for w in words {
            assert!(
                text.contains(w),
                "{} stays-pdf: `{w}` not in `{text}`",
                lang.code()
            );
        }
    }
}

/// The old words said the request's names and choices reach only paper: a saved PDF stays.
#[test]
fn no_print_text_promises_that_only_paper_keeps_it() {
    let old = [
        "chỉ ra giấy",
        "reach paper only",
        "only on paper",
        "តែពេលអ្នកបោះពុម្ពប៉ុណ្ណោះ",
    ];
    for lang in [Lang::Vi, Lang::En, Lang::Km] {
        for key in [
            keys::DIARY_PRINT_STAYS,
            keys::DIARY_PRINT_INTRO,
            keys::PLAN_PAPER_NOTE,
            keys::PLAN_PRINT_EMPTY,
            keys::HELP_PRINT_HINT,
        ] {
            let text = say(lang, key);
            for o in old {
                assert!(!text.contains(o), "{} {key} still says `{o}`", lang.code());
            }
        }
    }
}

/// The privacy page's sentences that said the history shows only the name, or nothing:
/// under the address rule one row per visit stays, with the address and the neutral name.
#[test]
fn the_privacy_page_says_one_history_row_stays() {
    for (lang, row, sync, inapp) in [
        (
            Lang::Vi,
            "một dòng, với địa chỉ của trang",
            "đồng bộ",
            "Zalo hay Messenger",
        ),
        (
            Lang::En,
            "one row, with the page’s address",
            "sync",
            "Zalo or Messenger",
        ),
        (
            Lang::Km,
            "ធាតុមួយ ដែលមានអាសយដ្ឋានទំព័រ",
            "សមកាលកម្ម",
            "Zalo ឬ Messenger",
        ),
    ] {
        let name = say(lang, keys::PRIVACY_NAME_1);
        assert!(name.contains(row), "{} privacy-name-1: {name}", lang.code());
        assert!(
            say(lang, keys::PRIVACY_EXIT_2).contains(sync),
            "{}",
            lang.code()
        );
        assert!(
            say(lang, keys::PRIVACY_INAPP).contains(inapp),
            "{}",
            lang.code()
        );
    }
    assert!(!say(Lang::Vi, keys::PRIVACY_NAME_1).contains("Trên thẻ trình duyệt và trong lịch sử"));
    assert!(
        !say(Lang::En, keys::PRIVACY_NAME_1).contains("and in the history, this page shows only")
    );
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `call` as a call of its own (`print()`, not `preload_diary_print()`).
fn calls(src: &str, call: &str) -> bool {
    src.match_indices(call).any(|(i, _)| {
        !src[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Each view file with a button that makes a file or a message shows the matching line.
/// The help cards' call, text and copy buttons are left out on purpose: they hold a public
/// hotline's number, on the emergency path, where every extra line slows a person down.
/// The share view's poster is printed by staff to be put up: nothing personal in it.
#[test]
fn every_button_that_makes_a_file_or_a_message_has_its_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src/ui"), &mut files);
    let makes: [(&str, &str); 4] = [
        ("print()", "STAYS_PDF"),
        ("download::save", "STAYS_QR"),
        ("sms_href", "STAYS_SMS"),
        ("clipboard::write_text", "STAYS_COPY"),
    ];
    let left_out = [
        ("src/ui/help/card.rs", "clipboard::write_text"),
        ("src/ui/help/card.rs", "sms_href"),
        ("src/ui/share/poster.rs", "print()"),
    ];
    let mut seen = 0;
    for f in &files {
        let rel = f
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let src = fs::read_to_string(f).unwrap();
        for (call, line) in makes {
            if !calls(&src, call) || left_out.contains(&(rel.as_str(), call)) {
                continue;
            }
            seen += 1;
            assert!(
                src.contains(line),
                "{rel} calls {call} but shows no {line} line"
            );
        }
    }
    // The plan, the diary's print, the help card's print, the share view's QR and copy,
    // the trusted person's SMS and copy: the check must have found them.
    assert!(
        seen >= 6,
        "found only {seen} buttons: did the calls change name?"
    );
}

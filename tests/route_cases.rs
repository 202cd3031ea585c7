//! `public/boot.js` reads the address before the app arrives (language, view, embedded
//! layout), and the app reads it again with `core::route` and `core::lang::negotiate`.
//! Both run the one table of cases, `tests/fixtures/routes.json` (boot.js's side:
//! `tests/js/route.test.mjs`), so the two readings cannot drift apart unseen.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "a test: failing loudly is its job"
)]

use safepath::core::lang::negotiate;
use safepath::core::route::Route;
use serde_json::Value;

fn text(case: &Value, key: &str) -> String {
    case.get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{case}: no text `{key}`"))
        .to_string()
}

#[test]
fn the_route_table_holds_for_core_route() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/routes.json");
    let table: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("routes.json")).expect("JSON");
    let cases = table
        .get("cases")
        .and_then(Value::as_array)
        .expect("a list of cases");
    assert!(cases.len() > 50, "the whole table");
    let filler = "a".repeat(3000);
    let mut wrong = Vec::new();
    for case in cases {
        let query = text(case, "query").replace("{filler}", &filler);
        let browser: Vec<String> = case
            .get("languages")
            .and_then(Value::as_array)
            .expect("languages")
            .iter()
            .filter_map(|l| l.as_str().map(str::to_string))
            .collect();
        let route = Route::parse(&query);
        let lang = route
            .lang
            .unwrap_or_else(|| negotiate(None, browser.iter().map(String::as_str)));
        let got = (
            route.view.param().to_string(),
            lang.code().to_string(),
            route.embed,
        );
        let want = (
            text(case, "view"),
            text(case, "lang"),
            case.get("embed").and_then(Value::as_bool).expect("embed"),
        );
        if got != want {
            wrong.push(format!(
                "{} {browser:?}: got {got:?}, want {want:?}",
                text(case, "query")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "core::route disagrees with the table:\n{}",
        wrong.join("\n")
    );
}

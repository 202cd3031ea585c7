//! The address a page was opened with: which view, in which language, and what a deep
//! link preselects. Parsing never fails: unknown or malformed values fall back quietly.
//!
//! A browser's history keeps every address a page shows, with its words, and syncs it to
//! the person's other devices. So addresses use neutral words only: `v=<number>` for a
//! view, `n=<numbers>` for needs, `a=<unit code>` for a commune (see
//! [`Route::to_query`]). The old words (`view=plan`, `need=shelter`, `area=…`) are still
//! read, because posters with them are already printed, but nothing writes them. The app
//! itself never writes the address after arrival (`public/boot.js` strips a deep link's
//! parameters once); these queries are for links' `href`s and shared links only.

use super::lang::Lang;
use super::need::Need;

/// Longest query we read; anything beyond is ignored (a huge URL must not stall a phone).
pub const MAX_QUERY_BYTES: usize = 2048;

/// The views and their numbers live in one table, `core::view`.
pub use super::view::View;

impl View {
    /// The view with this number (`?v=`), as written in an address.
    pub fn from_code(s: &str) -> Option<View> {
        let code = small_number(s)?;
        View::ALL.into_iter().find(|v| u32::from(v.code()) == code)
    }

    pub fn from_param(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.param() == s.trim_ascii())
    }
}

/// Digits only, at most 6 of them (views, needs, unit codes); anything else is `None`.
/// Only ASCII spaces around it are ignored, as in `public/boot.js` (tests/fixtures/routes.json).
fn small_number(s: &str) -> Option<u32> {
    let s = s.trim_ascii();
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Everything the address can say. Built once at start-up from the query the page was
/// opened with (`public/boot.js` hands it over before it strips the address).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    /// `None` when the address names no language we ship; negotiation decides then.
    pub lang: Option<Lang>,
    /// `?embed=1`: compact layout for an iframe.
    pub embed: bool,
    /// `?n=2,4` (old form `?need=medical,legal`; either may repeat), in the order given,
    /// without repeats.
    pub needs: Vec<Need>,
    /// `?a=30337` (old form `?area=30337`): a commune-level unit code. Only digits are
    /// accepted; whether the code exists is for the directory to say.
    pub area: Option<u32>,
}

impl Route {
    /// Parses a query string with or without its leading `?`.
    pub fn parse(search: &str) -> Route {
        let mut route = Route::default();
        for (key, value) in pairs(search) {
            match key.as_str() {
                "v" => {
                    if let Some(v) = View::from_code(&value) {
                        route.view = v;
                    }
                }
                "view" => {
                    if let Some(v) = View::from_param(&value) {
                        route.view = v;
                    }
                }
                "lang" => route.lang = Lang::from_tag(&value).or(route.lang),
                "embed" => route.embed = matches!(value.as_str(), "1" | "true" | "yes"),
                "n" | "need" => {
                    let read = if key == "n" {
                        Need::from_code
                    } else {
                        Need::from_param
                    };
                    for n in value.split(',').filter_map(read) {
                        if !route.needs.contains(&n) {
                            route.needs.push(n);
                        }
                    }
                }
                "a" | "area" => {
                    if let Some(code) = small_number(&value) {
                        route.area = Some(code);
                    }
                }
                _ => {}
            }
        }
        route
    }

    /// A link's address for a view, in neutral words only (`?v=2&lang=vi`): what a
    /// history list shows if the link is ever opened. Needs and area go only into
    /// shared links ([`Route::deep_link`]).
    pub fn to_query(view: View, lang: Lang, embed: bool) -> String {
        let mut q = String::from("?");
        if view != View::Home {
            q.push_str("v=");
            q.push_str(&view.code().to_string());
            q.push('&');
        }
        q.push_str("lang=");
        q.push_str(lang.code());
        if embed {
            q.push_str("&embed=1");
        }
        q
    }

    /// A deep link's query (posters, QR codes): the view and language, then the needs
    /// and the commune, all as numbers.
    pub fn deep_link(view: View, lang: Lang, needs: &[Need], area: Option<u32>) -> String {
        let mut q = Route::to_query(view, lang, false);
        if !needs.is_empty() {
            let codes: Vec<String> = needs.iter().map(|n| n.code().to_string()).collect();
            q.push_str("&n=");
            q.push_str(&codes.join(","));
        }
        if let Some(area) = area {
            q.push_str("&a=");
            q.push_str(&area.to_string());
        }
        q
    }
}

/// Splits `a=1&b=2` into decoded pairs, reading at most [`MAX_QUERY_BYTES`].
fn pairs(search: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let s = search.strip_prefix('?').unwrap_or(search);
    let s = truncate_at_char_boundary(s, MAX_QUERY_BYTES);
    s.split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (percent_decode(k), percent_decode(v))
    })
}

fn truncate_at_char_boundary(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    // A char boundary lies within 3 bytes below `max`; 0 always is one.
    (0..=max).rev().find_map(|end| s.get(..end)).unwrap_or("")
}

/// Decodes `%XX` and `+`; malformed escapes are kept as written, bad UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let mut rest = s.as_bytes();
    let mut out = Vec::with_capacity(rest.len());
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        match (b, tail) {
            (b'+', _) => out.push(b' '),
            (b'%', &[h, l, ..]) => match (hex(h), hex(l)) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    rest = tail.get(2..).unwrap_or_default();
                }
                _ => out.push(b'%'),
            },
            (b, _) => out.push(b),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_view_lang_embed() {
        let r = Route::parse("?view=check&lang=km&embed=1");
        assert_eq!(r.view, View::Check);
        assert_eq!(r.lang, Some(Lang::Km));
        assert!(r.embed);
        assert_eq!(Route::parse("view=plan").view, View::Plan);
    }

    #[test]
    fn unknown_and_malformed_values_fall_back_quietly() {
        let r = Route::parse("?view=admin&lang=fr&embed=maybe&area=12ab&need=police");
        assert_eq!(r, Route::default());
        for junk in [
            "",
            "?",
            "&&&",
            "?=",
            "?view",
            "?view=%",
            "?view=%zz",
            "?lang=%E0%A4",
            "?%%%=%%%",
        ] {
            let r = Route::parse(junk);
            assert_eq!(r.view, View::Home, "{junk}");
            assert_eq!(r.lang, None, "{junk}");
        }
    }

    #[test]
    fn a_later_valid_language_wins_but_an_invalid_one_does_not_erase() {
        assert_eq!(Route::parse("?lang=en&lang=xx").lang, Some(Lang::En));
        assert_eq!(Route::parse("?lang=en&lang=km").lang, Some(Lang::Km));
    }

    #[test]
    fn percent_encoded_values_are_decoded() {
        assert_eq!(Route::parse("?view=%68elp").view, View::Help);
        assert_eq!(percent_decode("Long+Xuy%C3%AAn"), "Long Xuyên");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn needs_and_area() {
        let r = Route::parse("?view=help&need=medical,legal&need=medical&need=child&area=30337");
        assert_eq!(r.needs, vec![Need::Medical, Need::Legal, Need::Child]);
        assert_eq!(r.area, Some(30337));
        assert_eq!(Route::parse("?area=").area, None);
        assert_eq!(Route::parse("?area=99999999999").area, None);
    }

    #[test]
    fn huge_query_is_cut_without_panic() {
        let huge = format!("?view=about&lang=en&x={}", "é".repeat(100_000));
        let r = Route::parse(&huge);
        assert_eq!(r.view, View::About);
        assert_eq!(r.lang, Some(Lang::En));
        let late = format!("?x={}&view=about", "a".repeat(10_000));
        assert_eq!(Route::parse(&late).view, View::Home);
    }

    #[test]
    fn the_pages_for_people_around_them_have_their_own_links() {
        for (q, v) in [
            ("?view=helper&lang=vi", View::Helper),
            ("?view=teacher&lang=en", View::Teacher),
            ("?view=child&lang=km", View::Child),
            ("view=%63hild", View::Child),
            ("?view=+teacher+", View::Teacher),
        ] {
            assert_eq!(Route::parse(q).view, v, "{q}");
        }
        assert_eq!(
            Route::to_query(View::Helper, Lang::Vi, false),
            "?v=7&lang=vi"
        );
        assert_eq!(
            Route::to_query(View::Teacher, Lang::En, false),
            "?v=8&lang=en"
        );
        assert_eq!(
            Route::to_query(View::Child, Lang::Km, true),
            "?v=9&lang=km&embed=1"
        );
        // Near misses open Home, never another page.
        for q in [
            "?view=children",
            "?view=Child",
            "?view=helpers",
            "?view=teach",
        ] {
            assert_eq!(Route::parse(q).view, View::Home, "{q}");
        }
        // Every view has its own word (old addresses) and its own number.
        let mut params: Vec<_> = View::ALL.iter().map(|v| v.param()).collect();
        params.sort_unstable();
        params.dedup();
        assert_eq!(params.len(), View::ALL.len());
        let mut codes: Vec<_> = View::ALL.iter().map(|v| v.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), View::ALL.len());
    }

    #[test]
    fn the_diary_has_neutral_address_words() {
        assert_eq!(Route::parse("?view=notes").view, View::Diary);
        assert_eq!(
            Route::to_query(View::Diary, Lang::Vi, false),
            "?v=10&lang=vi"
        );
        assert_eq!(Route::parse("?view=notes-print").view, View::DiaryPrint);
        for v in [View::Diary, View::DiaryPrint] {
            let q = Route::to_query(v, Lang::Vi, false);
            for word in ["diary", "incident", "violence", "request", "order"] {
                assert!(!q.contains(word), "{q}");
            }
        }
    }

    /// The numbers are printed on posters: they must never change meaning.
    #[test]
    fn view_and_need_numbers_are_fixed() {
        let views: Vec<(u8, View)> = View::ALL.iter().map(|v| (v.code(), *v)).collect();
        assert_eq!(
            views,
            vec![
                (0, View::Home),
                (1, View::Check),
                (2, View::Plan),
                (3, View::Help),
                (4, View::Privacy),
                (5, View::About),
                (6, View::Share),
                (7, View::Helper),
                (8, View::Teacher),
                (9, View::Child),
                (10, View::Diary),
                (11, View::DiaryPrint),
                (12, View::Leaves),
                (13, View::Phone),
                (14, View::Change),
                (15, View::Young),
                (16, View::Community),
            ]
        );
        let needs: Vec<u8> = Need::ALL.iter().map(|n| n.code()).collect();
        assert_eq!(needs, vec![1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn neutral_words_are_read() {
        let r = Route::parse("?v=3&lang=km&n=2,4&n=2&n=6&a=30337&embed=1");
        assert_eq!(r.view, View::Help);
        assert_eq!(r.lang, Some(Lang::Km));
        assert!(r.embed);
        assert_eq!(r.needs, vec![Need::Medical, Need::Legal, Need::Child]);
        assert_eq!(r.area, Some(30337));
        for junk in [
            "?v=",
            "?v=99",
            "?v=-1",
            "?v=plan",
            "?v=2.0",
            "?v=1234567",
            "?v=%",
        ] {
            assert_eq!(Route::parse(junk).view, View::Home, "{junk}");
        }
        assert_eq!(Route::parse("?n=0,7,x,,medical").needs, vec![]);
        assert_eq!(Route::parse("?a=12ab").area, None);
    }

    #[test]
    fn old_words_still_open_what_posters_promise() {
        for v in View::ALL {
            let q = format!("?view={}&lang=en", v.param());
            assert_eq!(Route::parse(&q).view, v, "{q}");
        }
        let r = Route::parse("?view=plan&need=shelter&area=30337");
        assert_eq!(
            (r.view, r.needs, r.area),
            (View::Plan, vec![Need::Shelter], Some(30337))
        );
        // Old and new words together: both are read, the later view wins.
        let r = Route::parse("?view=help&need=talk&n=5&v=2");
        assert_eq!(
            (r.view, r.needs),
            (View::Plan, vec![Need::Talk, Need::Shelter])
        );
    }

    /// What a history list would show if a written address were opened: never a word
    /// that says which part of the app, or which need.
    #[test]
    fn no_written_query_holds_a_views_or_a_needs_word() {
        let mut words: Vec<&str> = View::ALL.iter().map(|v| v.param()).collect();
        words.extend(Need::ALL.iter().map(|n| n.param()));
        words.extend(["view=", "need=", "area="]);
        let mut written = vec![];
        for v in View::ALL {
            for l in Lang::ALL {
                written.push(Route::to_query(v, l, false));
                written.push(Route::to_query(v, l, true));
                written.push(Route::deep_link(v, l, &Need::ALL, Some(30337)));
                written.push(Route::deep_link(v, l, &[], None));
            }
        }
        for q in &written {
            for w in &words {
                assert!(!q.contains(w), "{q} holds {w}");
            }
        }
    }

    #[test]
    fn deep_links_round_trip() {
        for v in View::ALL {
            for needs in [vec![], vec![Need::Shelter], vec![Need::Child, Need::Danger]] {
                for area in [None, Some(30307)] {
                    let q = Route::deep_link(v, Lang::Km, &needs, area);
                    let r = Route::parse(&q);
                    assert_eq!(
                        (r.view, r.lang, r.embed, &r.needs, r.area),
                        (v, Some(Lang::Km), false, &needs, area),
                        "{q}"
                    );
                }
            }
        }
        assert_eq!(
            Route::deep_link(
                View::Help,
                Lang::Vi,
                &[Need::Medical, Need::Legal],
                Some(30337)
            ),
            "?v=3&lang=vi&n=2,4&a=30337"
        );
    }

    #[test]
    fn query_round_trips_view_lang_embed_only() {
        for v in View::ALL {
            for l in Lang::ALL {
                for e in [false, true] {
                    let q = Route::to_query(v, l, e);
                    let r = Route::parse(&q);
                    assert_eq!((r.view, r.lang, r.embed), (v, Some(l), e), "{q}");
                    assert!(r.needs.is_empty() && r.area.is_none());
                }
            }
        }
        assert_eq!(Route::to_query(View::Home, Lang::Vi, false), "?lang=vi");
    }
}

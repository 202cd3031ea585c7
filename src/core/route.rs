//! The app's address: which view is open, in which language, and what a deep link
//! preselects. Parsing never fails: unknown or malformed values fall back quietly.
//! Only `view`, `lang` and `embed` are ever written back (see [`Route::to_query`]).

use super::lang::Lang;
use super::need::Need;

/// Longest query we read; anything beyond is ignored (a huge URL must not stall a phone).
pub const MAX_QUERY_BYTES: usize = 2048;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Home,
    Check,
    Plan,
    Help,
    Privacy,
    About,
    Share,
    /// For a friend, relative or neighbour who wants to help.
    Helper,
    /// For teachers and school staff.
    Teacher,
    /// A page a child can read.
    Child,
    /// The incident diary, opened from the plan. Its address word is neutral ("notes"):
    /// a history list shows nothing about a diary.
    Diary,
    /// Printing chosen diary entries and a request for a no-contact order.
    DiaryPrint,
    /// What the app leaves on the phone, and how to remove one history row.
    Leaves,
}

impl View {
    pub const ALL: [View; 13] = [
        View::Home,
        View::Check,
        View::Plan,
        View::Help,
        View::Privacy,
        View::About,
        View::Share,
        View::Helper,
        View::Teacher,
        View::Child,
        View::Diary,
        View::DiaryPrint,
        View::Leaves,
    ];

    pub fn param(self) -> &'static str {
        match self {
            View::Home => "home",
            View::Check => "check",
            View::Plan => "plan",
            View::Help => "help",
            View::Privacy => "privacy",
            View::About => "about",
            View::Share => "share",
            View::Helper => "helper",
            View::Teacher => "teacher",
            View::Child => "child",
            View::Diary => "notes",
            View::DiaryPrint => "notes-print",
            View::Leaves => "leaves",
        }
    }

    pub fn from_param(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.param() == s.trim())
    }
}

/// Everything the address can say. Built once at start-up from `location.search`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    /// `None` when the address names no language we ship; negotiation decides then.
    pub lang: Option<Lang>,
    /// `?embed=1`: compact layout for an iframe.
    pub embed: bool,
    /// `?need=medical,legal` (or repeated `need=`), in the order given, without repeats.
    pub needs: Vec<Need>,
    /// `?area=30337`: a commune-level unit code. Only digits are accepted; whether the
    /// code exists is for the directory to say.
    pub area: Option<u32>,
}

impl Route {
    /// Parses a query string with or without its leading `?`.
    pub fn parse(search: &str) -> Route {
        let mut route = Route::default();
        for (key, value) in pairs(search) {
            match key.as_str() {
                "view" => {
                    if let Some(v) = View::from_param(&value) {
                        route.view = v;
                    }
                }
                "lang" => route.lang = Lang::from_tag(&value).or(route.lang),
                "embed" => route.embed = matches!(value.as_str(), "1" | "true" | "yes"),
                "need" => {
                    for n in value.split(',').filter_map(Need::from_param) {
                        if !route.needs.contains(&n) {
                            route.needs.push(n);
                        }
                    }
                }
                "area" => {
                    let v = value.trim();
                    if !v.is_empty() && v.len() <= 6 && v.bytes().all(|b| b.is_ascii_digit()) {
                        route.area = v.parse().ok();
                    }
                }
                _ => {}
            }
        }
        route
    }

    /// The query to write back with `history.replaceState` when the view or language
    /// changes. Needs and area are consumed at start-up and never written back.
    pub fn to_query(view: View, lang: Lang, embed: bool) -> String {
        let mut q = String::from("?");
        if view != View::Home {
            q.push_str("view=");
            q.push_str(view.param());
            q.push('&');
        }
        q.push_str("lang=");
        q.push_str(lang.code());
        if embed {
            q.push_str("&embed=1");
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
            "?view=helper&lang=vi"
        );
        assert_eq!(
            Route::to_query(View::Teacher, Lang::En, false),
            "?view=teacher&lang=en"
        );
        assert_eq!(
            Route::to_query(View::Child, Lang::Km, true),
            "?view=child&lang=km&embed=1"
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
        // Every view has its own word in the address.
        let mut params: Vec<_> = View::ALL.iter().map(|v| v.param()).collect();
        params.sort_unstable();
        params.dedup();
        assert_eq!(params.len(), View::ALL.len());
    }

    #[test]
    fn the_diary_has_neutral_address_words() {
        assert_eq!(Route::parse("?view=notes").view, View::Diary);
        assert_eq!(Route::parse("?view=notes-print").view, View::DiaryPrint);
        for v in [View::Diary, View::DiaryPrint] {
            let q = Route::to_query(v, Lang::Vi, false);
            for word in ["diary", "incident", "violence", "request", "order"] {
                assert!(!q.contains(word), "{q}");
            }
        }
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

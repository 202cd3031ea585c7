//! What a school or an organisation hands out: a link that opens the app in a chosen
//! language and view (optionally with a commune preselected for contacts), the QR code
//! of that link, and the snippet a website uses to embed the app. Pure: no browser.

use qrcode::{Color, EcLevel, QrCode};

use super::lang::Lang;
use super::route::{Route, View};

/// The views a shared link may open (the others are reached from these).
pub const VIEWS: [View; 9] = [
    View::Home,
    View::Check,
    View::Plan,
    View::Help,
    View::Helper,
    View::Teacher,
    View::Child,
    // A poster in a youth union room, or on a commune office door.
    View::Young,
    View::Community,
];

/// Modules of white border around a QR code (the standard asks for 4).
pub const QUIET_ZONE: usize = 4;

/// Paper for the poster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    A5,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::A5];

    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A5 => "A5",
        }
    }

    /// The CSS class that gives the poster its page size.
    pub fn class(self) -> &'static str {
        match self {
            Paper::A4 => "poster poster-a4",
            Paper::A5 => "poster poster-a5",
        }
    }
}

/// The choices that make a shared link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ShareLink {
    pub lang: Lang,
    pub view: View,
    /// A commune-level unit code (preselects contacts in the help view).
    pub area: Option<u32>,
}

impl ShareLink {
    /// The link: `base` is the app's own address without query
    /// (`location.origin + location.pathname`). Only plain ASCII parameters are
    /// added, so the link needs no escaping and stays short enough for a small QR code.
    pub fn url(&self, base: &str) -> String {
        // Neutral words only (`?v=3&lang=km&a=30307`): a scanned poster's link is the
        // one address a history list keeps as it was opened.
        format!(
            "{base}{}",
            Route::deep_link(self.view, self.lang, &[], self.area)
        )
    }
}

/// The second link a school may print on its poster: the teachers' page, in the
/// poster's language. No commune: the page is the same everywhere.
pub fn teacher_link(lang: Lang, base: &str) -> String {
    ShareLink {
        lang,
        view: View::Teacher,
        area: None,
    }
    .url(base)
}

/// The address of the app without its query or fragment.
pub fn base_url(origin: &str, pathname: &str) -> String {
    format!("{origin}{pathname}")
}

/// A QR code as a square matrix of dark (true) and light modules, with its width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Error correction M (15 %): survives a crease or a pin through a printed poster
    /// and keeps a typical link at a size a cheap phone camera reads from a metre away.
    pub fn encode(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Some(QrMatrix { width, dark })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width
            && y < self.width
            && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }

    /// A standalone SVG: one module is one user unit, a white quiet zone around, black
    /// modules drawn as one path (small, crisp at any size, prints sharply).
    pub fn svg(&self) -> String {
        let side = self.width + 2 * QUIET_ZONE;
        let mut path = String::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    path.push_str(&format!(
                        "M{} {}h{}v1h-{}z",
                        start + QUIET_ZONE,
                        y + QUIET_ZONE,
                        x - start,
                        x - start
                    ));
                } else {
                    x += 1;
                }
            }
        }
        format!(
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {s} {s}" width="{px}" height="{px}" shape-rendering="crispEdges">"#,
                r##"<rect width="{s}" height="{s}" fill="#fff"/><path fill="#000" d="{d}"/></svg>"##
            ),
            s = side,
            px = side * 8,
            d = path
        )
    }
}

/// The folder the app is served from, ending in `/`: `base` without a file name such as
/// `index.html` (the app may be opened at either), so `embed.js` beside it can be named.
pub fn app_folder(base: &str) -> String {
    let host_start = base.find("://").map_or(0, |i| i + 3);
    let path = base.get(host_start..).unwrap_or_default();
    match path.rfind('/') {
        Some(i) => base.get(..host_start + i + 1).unwrap_or(base).to_string(),
        None => format!("{base}/"),
    }
}

/// Text made safe inside a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The HTML a website pastes to embed the app (see public/embed.js and the README).
/// `base` is the app's own address (as for [`ShareLink::url`]); both the frame and the
/// helper script point at its folder.
pub fn embed_snippet(base: &str, lang: Lang, exit_url: &str, title: &str) -> String {
    let folder = attr(&app_folder(base));
    format!(
        concat!(
            "<iframe data-safepath\n",
            "  src=\"{folder}?embed=1&amp;lang={lang}\"\n",
            "  data-exit=\"{exit}\"\n",
            "  title=\"{title}\"\n",
            "  sandbox=\"allow-scripts allow-same-origin allow-top-navigation-by-user-activation\"\n",
            "  width=\"100%\" height=\"640\"></iframe>\n",
            "<script src=\"{folder}embed.js\" defer></script>"
        ),
        folder = folder,
        lang = lang.code(),
        exit = attr(exit_url),
        title = attr(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::route::Route;

    const BASE: &str = "https://angiang.gov.vn/ho-tro/";

    #[test]
    fn a_link_opens_the_chosen_view_language_and_commune() {
        for view in VIEWS {
            for lang in Lang::ALL {
                for area in [None, Some(30307)] {
                    let link = ShareLink { lang, view, area };
                    let url = link.url(BASE);
                    let query = url.strip_prefix(BASE).unwrap_or_default();
                    let r = Route::parse(query);
                    assert_eq!(
                        (r.view, r.lang, r.area, r.embed),
                        (view, Some(lang), area, false),
                        "{url}"
                    );
                }
            }
        }
    }

    #[test]
    fn links_are_short_and_plain() {
        let url = ShareLink {
            lang: Lang::Km,
            view: View::Help,
            area: Some(30307),
        }
        .url(BASE);
        assert_eq!(url, "https://angiang.gov.vn/ho-tro/?v=3&lang=km&a=30307");
        assert_eq!(
            ShareLink::default().url(BASE),
            "https://angiang.gov.vn/ho-tro/?lang=vi"
        );
        assert!(url.is_ascii());
        assert_eq!(base_url("https://a.vn", "/ho-tro/"), "https://a.vn/ho-tro/");
    }

    #[test]
    fn the_qr_code_holds_a_link_and_draws_every_dark_module() {
        let url = ShareLink {
            lang: Lang::Vi,
            view: View::Help,
            area: Some(30307),
        }
        .url(BASE);
        let m = QrMatrix::encode(&url).unwrap_or_else(|| QrMatrix {
            width: 0,
            dark: vec![],
        });
        // Version 4 (33 modules) fits this link at level M: small enough to print on A5.
        assert!(m.width >= 21 && m.width <= 37, "width {}", m.width);
        assert_eq!(m.dark.len(), m.width * m.width);
        // The three finder patterns: dark corners.
        assert!(m.is_dark(0, 0) && m.is_dark(m.width - 1, 0) && m.is_dark(0, m.width - 1));
        assert!(!m.is_dark(m.width, 0));
        let svg = m.svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        // Each run of dark modules becomes one "h" segment; their lengths add up.
        let drawn: usize = svg
            .split('h')
            .skip(1)
            .filter_map(|s| s.split('v').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(drawn, m.dark.iter().filter(|d| **d).count());
    }

    #[test]
    fn the_teacher_link_opens_the_teachers_page_and_fits_a_small_qr_code() {
        for lang in Lang::ALL {
            let url = teacher_link(lang, BASE);
            assert_eq!(url, format!("{BASE}?v=8&lang={}", lang.code()));
            let r = Route::parse(url.strip_prefix(BASE).unwrap_or_default());
            assert_eq!((r.view, r.lang, r.area), (View::Teacher, Some(lang), None));
            let m = QrMatrix::encode(&url).map(|m| m.width).unwrap_or(0);
            assert!((21..=37).contains(&m), "width {m}");
        }
    }

    /// A poster, its QR code and the embed snippet name no part of the app and no need.
    #[test]
    fn shared_addresses_use_neutral_words_only() {
        let mut words: Vec<&str> = View::ALL.iter().map(|v| v.param()).collect();
        words.extend(["view=", "need=", "area="]);
        for view in VIEWS {
            for lang in Lang::ALL {
                let url = ShareLink {
                    lang,
                    view,
                    area: Some(30307),
                }
                .url(BASE);
                let query = url.strip_prefix(BASE).unwrap_or_default();
                let snippet = embed_snippet(BASE, lang, "https://e.vn/", "t");
                let frame = snippet.split("src=\"").nth(1).unwrap_or_default();
                let frame = frame.split('"').next().unwrap_or_default();
                for w in &words {
                    assert!(!query.contains(w), "{url} holds {w}");
                    assert!(!frame.contains(w), "{frame} holds {w}");
                }
            }
        }
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none_not_a_panic() {
        assert!(QrMatrix::encode(&"x".repeat(5000)).is_none());
    }

    #[test]
    fn the_embed_snippet_names_the_frame_and_the_helper() {
        let s = embed_snippet(
            BASE,
            Lang::Vi,
            "https://www.google.com.vn/",
            "Sổ tay \"hỗ trợ\"",
        );
        assert!(s.contains("src=\"https://angiang.gov.vn/ho-tro/?embed=1&amp;lang=vi\""));
        assert!(s.contains("data-safepath"));
        assert!(s.contains("allow-top-navigation-by-user-activation"));
        assert!(
            s.contains("<script src=\"https://angiang.gov.vn/ho-tro/embed.js\" defer></script>")
        );
        assert!(s.contains("title=\"Sổ tay &quot;hỗ trợ&quot;\""));
    }

    #[test]
    fn the_embed_snippet_points_at_the_folder_when_opened_at_index_html() {
        // Opened at …/index.html the helper was …/index.htmlembed.js (a 404): the host
        // page lost auto-height and its own Shift×3.
        for base in [
            "https://angiang.gov.vn/ho-tro/index.html",
            "https://angiang.gov.vn/ho-tro/",
        ] {
            let s = embed_snippet(base, Lang::En, "https://www.google.com.vn/", "x");
            assert!(
                s.contains("<script src=\"https://angiang.gov.vn/ho-tro/embed.js\" defer>"),
                "{s}"
            );
            assert!(s.contains("src=\"https://angiang.gov.vn/ho-tro/?embed=1&amp;lang=en\""));
        }
        assert_eq!(app_folder("https://a.vn"), "https://a.vn/");
        assert_eq!(app_folder("https://a.vn/"), "https://a.vn/");
        assert_eq!(app_folder("https://a.vn/a/b.html"), "https://a.vn/a/");
        assert_eq!(app_folder(""), "/");
        // A path with `&` stays one attribute value, as written.
        let s = embed_snippet("https://a.vn/a&b/", Lang::Vi, "https://e.vn/?a=1&b=2", "t");
        assert!(s.contains("src=\"https://a.vn/a&amp;b/embed.js\""), "{s}");
        assert!(s.contains("data-exit=\"https://e.vn/?a=1&amp;b=2\""), "{s}");
    }
}

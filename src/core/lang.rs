//! Languages the app speaks and how one is chosen. Pure: no browser access.

/// A language the app ships. Vietnamese is the source text and the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
    Km,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Vi, Lang::En, Lang::Km];

    /// BCP 47 tag, as used in `?lang=`, `<html lang>` and the locale folder name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Km => "km",
        }
    }

    /// The language's own name, shown in the switcher whatever the current language.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
            Lang::Km => "ខ្មែរ",
        }
    }

    /// Reads a tag such as `vi`, `en-US` or `KM-kh`; only the primary subtag counts.
    /// ASCII spaces around it are ignored, as `public/boot.js` does (tests/fixtures/routes.json).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim_ascii().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// Order of choice: `?lang=`, then the browser's languages in order, then Vietnamese.
pub fn negotiate<'a>(query: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
    query
        .and_then(Lang::from_tag)
        .or_else(|| browser.into_iter().find_map(Lang::from_tag))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_primary_subtag_in_any_case() {
        assert_eq!(Lang::from_tag("vi"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag(" km-KH "), Some(Lang::Km));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("vie"), None);
    }

    #[test]
    fn query_beats_browser_beats_default() {
        assert_eq!(negotiate(Some("km"), ["en-US", "vi"]), Lang::Km);
        assert_eq!(negotiate(None, ["fr-FR", "en-US", "vi"]), Lang::En);
        assert_eq!(negotiate(Some("xx"), ["km"]), Lang::Km);
        assert_eq!(negotiate(None, ["fr", "de"]), Lang::Vi);
        assert_eq!(negotiate(None, std::iter::empty()), Lang::Vi);
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.code()), Some(l));
        }
    }
}

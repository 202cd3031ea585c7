//! Finding a commune-level unit as a person types: by today's name, by the old district
//! name people still use, or by the name of a former commune merged into it. Marks and
//! case never matter.

use super::{fold, Unit, UNITS};

/// How many suggestions to offer while typing.
pub const MAX_SUGGESTIONS: usize = 8;

/// Words people put before a name ("xã", "phường", "huyện", "TP."); folded.
const TYPE_WORDS: [&str; 9] = [
    "thanh pho ",
    "thi xa ",
    "thi tran ",
    "dac khu ",
    "phuong ",
    "huyen ",
    "tp ",
    "xa ",
    "p ",
];

fn strip_type_word(s: &str) -> &str {
    TYPE_WORDS
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .unwrap_or(s)
}

/// Longest query read, in characters: far beyond any unit's name with its type word
/// ("Thành phố Long Xuyên" is 20), so a pasted page of text costs as little as a name.
/// The search boxes accept no more (`maxlength`), and this bounds the work per keystroke
/// whatever reaches here.
pub const MAX_QUERY_CHARS: usize = 64;

/// `q` starts at a word boundary of `hay`.
fn word_prefix(hay: &str, q: &str) -> bool {
    // A needle longer than the haystack cannot match; the searcher would still read all of it.
    q.len() <= hay.len()
        && hay
            .match_indices(q)
            .any(|(i, _)| i == 0 || hay.as_bytes().get(i - 1) == Some(&b' '))
}

/// 0: the name starts with the query; 1: a word of the name does; 2: an old district
/// or former commune name does (or a word of it); 3: the name contains it; 4: an alias
/// contains it. `None`: no match.
fn rank(u: &Unit, q: &str) -> Option<u8> {
    let name = fold(u.name);
    let district = fold(u.former_district);
    let aliases: Vec<String> = std::iter::once(strip_type_word(&district).to_string())
        .chain(u.merged_from.iter().map(|m| fold(m)))
        .collect();
    if name.starts_with(q) {
        Some(0)
    } else if word_prefix(&name, q) {
        Some(1)
    } else if aliases.iter().any(|a| word_prefix(a, q)) {
        Some(2)
    } else if name.contains(q) {
        Some(3)
    } else if aliases.iter().any(|a| a.contains(q)) {
        Some(4)
    } else {
        None
    }
}

/// Suggestions for what was typed, best first, at most [`MAX_SUGGESTIONS`].
/// "long xuyen", "Long Xuyên" and "LONG XUYEN" give the same list.
pub fn search_units(query: &str) -> Vec<&'static Unit> {
    search_in(&UNITS, query, MAX_SUGGESTIONS)
}

/// The start of `query` that search reads: at most [`MAX_QUERY_CHARS`] characters.
pub fn bounded(query: &str) -> &str {
    let end = query
        .char_indices()
        .nth(MAX_QUERY_CHARS)
        .map_or(query.len(), |(i, _)| i);
    query.get(..end).unwrap_or_default()
}

pub(super) fn search_in<'a>(units: &'a [Unit], query: &str, max: usize) -> Vec<&'a Unit> {
    let folded = fold(bounded(query));
    let q = strip_type_word(&folded);
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, String, &Unit)> = units
        .iter()
        .filter_map(|u| rank(u, q).map(|r| (r, fold(u.name), u)))
        .collect();
    crate::core::sort::sort_by(&mut hits, |a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    hits.into_iter().take(max).map(|(_, _, u)| u).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(q: &str) -> Vec<&'static str> {
        search_units(q).iter().map(|u| u.name).collect()
    }

    #[test]
    fn marks_and_case_do_not_matter() {
        let want = names("Long Xuyên");
        assert_eq!(want.first(), Some(&"Long Xuyên"));
        for q in [
            "long xuyen",
            "LONG XUYEN",
            "Long Xuyen",
            "long xuyên",
            "  long   xuyen ",
            "phường Long Xuyên",
            "p. long xuyen",
        ] {
            assert_eq!(names(q), want, "{q:?}");
        }
    }

    #[test]
    fn finds_units_by_name_old_district_and_former_commune() {
        // (query, a unit that must be suggested)
        let table = [
            ("chau doc", "Châu Đốc"),
            ("Rạch Giá", "Rạch Giá"),
            ("phu quoc", "Phú Quốc"),
            ("tho chau", "Thổ Châu"),
            ("kien hai", "Kiên Hải"),
            ("hon tre", "Kiên Hải"), // former commune of đặc khu Kiên Hải
            ("huyen cho moi", "Chợ Mới"), // old district, with "huyện"
            ("cho moi", "Long Kiến"), // every unit from the old district matches
            ("Tịnh Biên", "Núi Cấm"), // old district (thị xã Tịnh Biên)
            ("cai dau", "Châu Phú"), // former thị trấn Cái Dầu
            ("nui sap", "Thoại Sơn"), // former thị trấn Núi Sập
            ("thu muoi mot", "An Minh"), // former thị trấn Thứ Mười Một
            ("vinh nguon", "Châu Đốc"), // former phường Vĩnh Nguơn
            ("duong dong", "Phú Quốc"),
            ("ha tien", "Hà Tiên"),
            ("oc eo", "Óc Eo"),
        ];
        for (q, unit) in table {
            assert!(
                names(q).contains(&unit),
                "{q:?} should suggest {unit}, got {:?}",
                names(q)
            );
        }
    }

    #[test]
    fn own_name_comes_before_old_district_matches() {
        let got = names("long xuyen");
        assert_eq!(got[0], "Long Xuyên");
        for other in ["Bình Đức", "Mỹ Thới", "Mỹ Hòa Hưng"] {
            assert!(
                got.contains(&other),
                "{other} was in Thành phố Long Xuyên: {got:?}"
            );
        }
        // A word match in the name ranks above a substring: "an" → An Phú before Tân An.
        let got = names("an");
        let pos = |n: &str| got.iter().position(|g| *g == n);
        assert!(got.len() <= MAX_SUGGESTIONS);
        assert!(pos("An Phú").is_some());
        assert!(pos("Tân An").is_none_or(|t| pos("An Phú") < Some(t)));
    }

    #[test]
    fn a_huge_pasted_query_costs_no_more_than_a_name() {
        // Measured before the bound: 1.2 s for a 1 MiB query (natively, optimised), and a
        // page blocked ~2 s per keystroke, quick exit with it.
        for huge in [
            "a".repeat(1 << 20),
            "Long Xuyên ".repeat(100_000),
            "ắ".repeat(300_000),
        ] {
            let t = std::time::Instant::now();
            let _ = search_units(&huge);
            let ms = t.elapsed().as_millis();
            // Generous for a debug build on a busy machine: before the bound, 1 MiB took
            // 1.2 s optimised.
            assert!(ms < 500, "{ms} ms for {} bytes", huge.len());
        }
        // A query over the limit is read up to it: still finds what its start names.
        let long = format!("long xuyen{}", " ".repeat(MAX_QUERY_CHARS));
        assert_eq!(names(&long).first(), Some(&"Long Xuyên"));
        assert!(!word_prefix("ab", "abc"));
        assert_eq!(bounded(&"ắ".repeat(100)).chars().count(), MAX_QUERY_CHARS);
        assert_eq!(bounded("xã Óc Eo"), "xã Óc Eo");
    }

    #[test]
    fn suggestions_are_limited_and_empty_queries_give_none() {
        assert!(names("a").len() <= MAX_SUGGESTIONS);
        assert!(names("").is_empty());
        assert!(names("   ").is_empty());
        assert!(names("xã ").is_empty());
        assert!(names("zzz").is_empty());
        assert!(names("Hà Nội").is_empty());
    }
}

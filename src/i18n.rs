//! The one owner of words: the Fluent messages (compiled to static tables by build.rs, see
//! build/messages.rs), the current language in context, and `t`/`t_args` to look a message
//! up. Missing messages fall back to Vietnamese, then to the id itself; nothing here can
//! panic.

use std::borrow::Cow;

use leptos::prelude::*;

use crate::core::lang::Lang;

pub use crate::keys;

/// One piece of a message, as build.rs (build/messages.rs) compiled it from Fluent.
enum P {
    /// Text as written.
    T(&'static str),
    /// `{ $name }`.
    V(&'static str),
    /// `{ $name -> [key] … *[other] … }`: the variants and the index of the default one.
    Sel(&'static str, &'static [(K, &'static [P])], usize),
}

/// A variant key: a plural category (`one`, `other`, …) or a whole number.
enum K {
    Cat(&'static str),
    #[allow(dead_code, reason = "made only when a file has a `[0]`-style key")]
    Num(u64),
}

mod messages {
    use super::{K, P};
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// The Fluent sources themselves, only for the test that checks the tables against Fluent.
#[cfg(test)]
mod sources {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// A message argument: a whole number or some text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Num(u64),
    Str(Cow<'static, str>),
}

macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(u64::try_from(n).unwrap_or(0))
            }
        }
    )*};
}
num_arg!(u8, u16, u32, u64, usize);

impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

/// Named arguments, e.g. `&[("n", 4.into())]`.
pub type Args<'a> = [(&'static str, Arg)];

type Table = &'static [(&'static str, &'static [P])];

/// Which words: those of the chrome and Home (`app.ftl`), or all the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    First,
    Rest,
    /// The words only their own page reads (`build/messages.rs`, `PAGE_FILES`).
    Pages,
}

// Only the Vietnamese words of the chrome and Home are part of the first visit. Every
// other table arrives as a chunk of its own (see `chunks`): the page's language before
// the app mounts, the rest with the first view that is not Home, another language when
// the person switches to it. A table not yet here falls back to Vietnamese, then the id.
#[cfg(target_family = "wasm")]
thread_local! {
    static LOADED: std::cell::RefCell<Vec<(Lang, Part, Table)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(target_family = "wasm")]
fn table(lang: Lang, part: Part) -> Option<Table> {
    if (lang, part) == (Lang::Vi, Part::First) {
        return Some(messages::VI_FIRST);
    }
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(l, p, _)| (*l, *p) == (lang, part))
            .map(|(_, _, t)| *t)
    })
}

use crate::chunks::Unavailable;

type Loaded = Result<Table, Unavailable>;

/// Every table of words, once: a row per language and part. The first visit's own table
/// is built in; each other row names its split point (its chunk, the function that
/// fetches it and the one that only starts fetching). From this list come the native
/// lookup, the split points, `fetch` and `prefetch`.
macro_rules! words {
    ($(($lang:ident, $part:ident) => $table:ident $(in $chunk:ident, $load:ident, $preload:ident)?;)*) => {
        #[cfg(not(target_family = "wasm"))]
        fn table(lang: Lang, part: Part) -> Option<Table> {
            Some(match (lang, part) {
                $((Lang::$lang, Part::$part) => messages::$table,)*
            })
        }

        $($(crate::chunks::split_point!($chunk, $load, $preload, -> Table, messages::$table);)?)*

        async fn fetch(lang: Lang, part: Part) -> Loaded {
            match (lang, part) {
                $((Lang::$lang, Part::$part) => words!(@fetch $table $(, $load)?),)*
            }
        }

        /// Starts fetching words without waiting (on a hover, focus or touch of a link); a
        /// failure here is retried when the words are needed.
        pub fn prefetch(lang: Lang, part: Part) {
            leptos::task::spawn_local(async move {
                let _ = match (lang, part) {
                    $((Lang::$lang, Part::$part) => words!(@prefetch $($preload)?),)*
                };
            });
        }
    };
    (@fetch $table:ident) => { Ok(messages::$table) };
    (@fetch $table:ident, $load:ident) => { $load().await };
    (@prefetch) => { Ok(()) };
    (@prefetch $preload:ident) => { $preload().await };
}

words! {
    (Vi, First) => VI_FIRST;
    (Vi, Rest) => VI_REST in words_vi, load_vi_rest, preload_vi_rest;
    (En, First) => EN_FIRST in words_en_first, load_en_first, preload_en_first;
    (En, Rest) => EN_REST in words_en, load_en_rest, preload_en_rest;
    (Km, First) => KM_FIRST in words_km_first, load_km_first, preload_km_first;
    (Km, Rest) => KM_REST in words_km, load_km_rest, preload_km_rest;
    (Vi, Pages) => VI_PAGES in words_vi_pages, load_vi_pages, preload_vi_pages;
    (En, Pages) => EN_PAGES in words_en_pages, load_en_pages, preload_en_pages;
    (Km, Pages) => KM_PAGES in words_km_pages, load_km_pages, preload_km_pages;
}

/// Makes sure these words are here (a no-op natively, where every table is built in).
pub async fn ensure(lang: Lang, part: Part) -> Result<(), Unavailable> {
    #[cfg(target_family = "wasm")]
    if table(lang, part).is_none() {
        let loaded = fetch(lang, part).await?;
        LOADED.with(|l| l.borrow_mut().push((lang, part, loaded)));
    }
    #[cfg(not(target_family = "wasm"))]
    let _ = (fetch, lang, part);
    Ok(())
}

/// The current language without subscribing to it.
pub fn lang_now() -> Lang {
    use_context::<Locale>()
        .map(|l| l.0.get_untracked())
        .unwrap_or_default()
}

/// The plural category of a whole number (CLDR cardinal rules): Vietnamese and Khmer have
/// one form; English says "one" for 1.
fn category(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::En if n == 1 => "one",
        _ => "other",
    }
}

fn arg<'a>(args: Option<&'a Args>, name: &str) -> Option<&'a Arg> {
    args?.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

fn write(lang: Lang, parts: &[P], args: Option<&Args>, out: &mut String) {
    for part in parts {
        match part {
            P::T(text) => out.push_str(text),
            P::V(name) => match arg(args, name) {
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                Some(Arg::Str(s)) => out.push_str(s),
                // What Fluent writes for a missing argument.
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            P::Sel(name, variants, default) => {
                let chosen = variants
                    .iter()
                    .find(|(key, _)| match (key, arg(args, name)) {
                        (K::Cat(c), Some(Arg::Num(n))) => *c == category(lang, *n),
                        (K::Num(k), Some(Arg::Num(n))) => k == n,
                        (K::Cat(c), Some(Arg::Str(s))) => c == s,
                        _ => false,
                    });
                if let Some((_, body)) = chosen.or_else(|| variants.get(*default)) {
                    write(lang, body, args, out);
                }
            }
        }
    }
}

fn lookup(t: Table, key: &str) -> Option<&'static [P]> {
    t.binary_search_by(|(id, _)| (*id).cmp(key))
        .ok()
        .and_then(|i| t.get(i))
        .map(|(_, parts)| *parts)
}

fn format_in(lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
    let parts = [Part::First, Part::Rest, Part::Pages]
        .into_iter()
        .find_map(|part| table(lang, part).and_then(|t| lookup(t, key)))?;
    let mut out = String::new();
    write(lang, parts, args, &mut out);
    Some(out)
}

/// Looks a message up in `lang`, falling back to Vietnamese, then to the id.
pub fn message(lang: Lang, key: &str, args: Option<&Args>) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::Vi, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// The current language, held in context by the app.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

/// One view's reading of the language (see [`scope_language`]).
#[derive(Clone, Copy)]
struct ViewLocale(Memo<Lang>);

/// Makes the messages of the view being built follow a memo owned by that view rather
/// than the app-wide language signal. A signal keeps each subscriber it ever had until
/// it next changes, so without this every view opened left hundreds of dead entries on
/// the language signal (about 20 KB for the plan), for as long as the language stayed.
/// With it, a view leaves one.
pub fn scope_language() {
    if let Some(Locale(lang)) = use_context::<Locale>() {
        provide_context(ViewLocale(Memo::new(move |_| lang.get())));
    }
}

/// The current language (reactive when read inside a closure); Vietnamese outside the app.
pub fn lang() -> Lang {
    // `try_`: a view that went leaves its memo disposed; the app's signal answers then.
    use_context::<ViewLocale>()
        .and_then(|v| v.0.try_get())
        .or_else(|| use_context::<Locale>().and_then(|l| l.0.try_get()))
        .unwrap_or_default()
}

/// The message `key` in the current language. Call inside `move ||` to follow changes.
pub fn t(key: &'static str) -> String {
    message(lang(), key, None)
}

/// The message `key` with arguments, e.g. `t_args(keys::CHECK_PROGRESS, &[("n", 4.into())])`.
pub fn t_args(key: &'static str, args: &Args) -> String {
    message(lang(), key, Some(args))
}

/// The reactive text of message `key` (what `tr!` expands to). Every call returns the
/// same closure type, so all message children share one compiled copy of Leptos's view
/// code; a `move || t(KEY)` written at each place is a new type compiled anew each time.
pub fn tr(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || t(key)
}

/// `tr!(HOME_TITLE)`: a reactive view child for a message without arguments.
#[macro_export]
macro_rules! tr {
    ($key:ident) => {
        $crate::i18n::tr($crate::i18n::keys::$key)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_formats_in_every_language() {
        for lang in Lang::ALL {
            for key in keys::ALL {
                let s = format_in(lang, key, None);
                assert!(s.is_some(), "{key} has no value in {}", lang.code());
            }
        }
    }

    #[test]
    fn missing_key_falls_back_to_the_id() {
        assert_eq!(
            message(Lang::En, "no-such-message", None),
            "no-such-message"
        );
    }

    #[test]
    fn arguments_carry_no_isolation_marks() {
        let a = [("done", Arg::from(4usize)), ("total", Arg::from(15usize))];
        // A message that places both arguments: Fluent itself would wrap each in
        // U+2068/U+2069, which some phones draw as boxes.
        for lang in Lang::ALL {
            let s = message(lang, keys::PLAN_PROGRESS, Some(&a));
            assert!(s.contains('4') && s.contains("15"), "{s}");
            assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
        }
    }

    /// The build-time tables say exactly what Fluent itself says, for every message in
    /// every language, with numbers that pick each plural form, with text arguments, and
    /// with arguments missing.
    #[test]
    fn tables_match_fluent_bundle() {
        use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
        let texts = [
            "area", "date", "district", "name", "need", "number", "version",
        ];
        let nums = ["n", "total", "done"];
        for lang in Lang::ALL {
            let tag: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new(vec![tag]);
            bundle.set_use_isolating(false);
            let src = match lang {
                Lang::Vi => sources::VI,
                Lang::En => sources::EN,
                Lang::Km => sources::KM,
            };
            for s in src {
                let res = FluentResource::try_new((*s).to_string()).unwrap_or_else(|(r, _)| r);
                bundle.add_resource_overriding(res);
            }
            for n in [None, Some(0u64), Some(1), Some(2), Some(5), Some(21)] {
                let mut fa = FluentArgs::new();
                let mut ours: Vec<(&'static str, Arg)> = vec![];
                if let Some(n) = n {
                    for k in nums {
                        fa.set(k, FluentValue::from(n));
                        ours.push((k, Arg::Num(n)));
                    }
                    for k in texts {
                        fa.set(k, FluentValue::from(format!("<{k}>")));
                        ours.push((k, Arg::from(format!("<{k}>"))));
                    }
                }
                for key in keys::ALL {
                    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                        assert_eq!(format_in(lang, key, None), None, "{key}");
                        continue;
                    };
                    let mut errors = vec![];
                    let want = bundle.format_pattern(pattern, n.map(|_| &fa), &mut errors);
                    let got = format_in(lang, key, n.map(|_| ours.as_slice()));
                    assert_eq!(
                        got.as_deref(),
                        Some(want.as_ref()),
                        "{key} in {}, n {n:?}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn english_plural_forms() {
        let one = message(
            Lang::En,
            keys::HELP_RESULTS_COUNT,
            Some(&[("n", 1usize.into())]),
        );
        let many = message(
            Lang::En,
            keys::HELP_RESULTS_COUNT,
            Some(&[("n", 3usize.into())]),
        );
        assert_eq!(one, "1 service can help you.");
        assert_eq!(many, "3 services can help you.");
    }
}

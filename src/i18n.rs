//! The one owner of words: Fluent bundles (parsed lazily, one language at a time), the
//! current language in context, and `t`/`t_args` to look a message up. Missing messages
//! fall back to Vietnamese, then to the id itself; nothing here can panic.

use std::cell::RefCell;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;

use crate::core::lang::Lang;

pub use crate::keys;

mod sources {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<[Option<Rc<Bundle>>; 3]> = const { RefCell::new([None, None, None]) };
}

fn sources_of(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Vi => sources::VI,
        Lang::En => sources::EN,
        Lang::Km => sources::KM,
    }
}

fn build(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks would ride along when a phone number is copied.
    bundle.set_use_isolating(false);
    for src in sources_of(lang) {
        // A syntax error keeps the messages that did parse (tests catch the error).
        let res = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(res, _)| res);
        bundle.add_resource_overriding(res);
    }
    bundle
}

fn bundle(lang: Lang) -> Rc<Bundle> {
    let i = lang as usize;
    BUNDLES.with(|b| {
        let mut b = b.borrow_mut();
        match &b[i] {
            Some(found) => Rc::clone(found),
            None => {
                let made = Rc::new(build(lang));
                b[i] = Some(Rc::clone(&made));
                made
            }
        }
    })
}

fn format_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = vec![];
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Looks a message up in `lang`, falling back to Vietnamese, then to the id.
pub fn message(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::Vi, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// The current language, held in context by the app.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

/// The current language (reactive when read inside a closure); Vietnamese outside the app.
pub fn lang() -> Lang {
    use_context::<Locale>().map(|l| l.0.get()).unwrap_or_default()
}

/// The message `key` in the current language. Call inside `move ||` to follow changes.
pub fn t(key: &'static str) -> String {
    message(lang(), key, None)
}

/// The message `key` with arguments, e.g. `t_args(keys::CHECK_PROGRESS, &[("n", 4.into())])`.
pub fn t_args(key: &'static str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    message(lang(), key, Some(&fa))
}

/// `tr!(HOME_TITLE)`: a reactive view child for a message without arguments.
#[macro_export]
macro_rules! tr {
    ($key:ident) => {
        move || $crate::i18n::t($crate::i18n::keys::$key)
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
        assert_eq!(message(Lang::En, "no-such-message", None), "no-such-message");
    }

    #[test]
    fn arguments_carry_no_isolation_marks() {
        let mut a = FluentArgs::new();
        a.set("n", 4);
        a.set("total", 15);
        let s = message(Lang::En, keys::APP_NAME, Some(&a));
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'));
    }
}

//! The pages for the groups An Giang's plan 253/KH-UBND names: someone who wants to change
//! how they treat their family, young people, and the hamlet heads, trusted-address hosts
//! and union members who hear first. Content as data, laid out like the people pages
//! (`core::people`); the community page adds a one-page A5 card ([`CARD`]).

use super::check::Marker;
#[cfg(test)]
use super::emergency::Emergency;
use super::people::{page_data, Page};
use super::route::View;
use crate::keys;

/// The danger signs that make mediation unsafe, in the self-check's own words (one
/// wording for a sign everywhere). The suicide-threat sentence speaks to the person
/// harmed ("you do not have to stay"), so it is not one to read to a hamlet head.
pub const MEDIATION_UNSAFE: [Marker; 11] = [
    Marker::Strangulation,
    Marker::Weapon,
    Marker::ThreatToKill,
    Marker::FearOfBeingKilled,
    Marker::Escalation,
    Marker::Separation,
    Marker::Jealousy,
    Marker::ForcedSex,
    Marker::Pregnancy,
    Marker::Stalking,
    Marker::ChildHarm,
];

// `Marker::reason_key` is not const: the keys are listed here, and a test holds them to it.
const MEDIATION_UNSAFE_KEYS: [&str; 11] = [
    keys::CHECK_REASON_CHOKE,
    keys::CHECK_REASON_WEAPON,
    keys::CHECK_REASON_THREAT_KILL,
    keys::CHECK_REASON_FEAR_KILLED,
    keys::CHECK_REASON_WORSE,
    keys::CHECK_REASON_SEPARATION,
    keys::CHECK_REASON_JEALOUSY,
    keys::CHECK_REASON_FORCED_SEX,
    keys::CHECK_REASON_PREGNANCY,
    keys::CHECK_REASON_STALKING,
    keys::CHECK_REASON_CHILDREN,
];

pub const CHANGE: Page = page_data! {
    Change, CHANGE_TITLE;
    "change-start": Text(CHANGE_INTRO);
    "change-signs-title" CHANGE_SIGNS_TITLE: Text(CHANGE_SIGNS_HINT), List[CHANGE_SIGN_PHONE,
        CHANGE_SIGN_MONEY, CHANGE_SIGN_FRIENDS, CHANGE_SIGN_WORDS, CHANGE_SIGN_THREATS,
        CHANGE_SIGN_HIT, CHANGE_SIGN_SEX], Text(CHANGE_SIGNS_LAW);
    "change-excuses-title" CHANGE_EXCUSES_TITLE:
        Avoid[(CHANGE_EXCUSE_DRINK, CHANGE_EXCUSE_DRINK_WHY),
        (CHANGE_EXCUSE_STRESS, CHANGE_EXCUSE_STRESS_WHY),
        (CHANGE_EXCUSE_PROVOKED, CHANGE_EXCUSE_PROVOKED_WHY),
        (CHANGE_EXCUSE_NORMAL, CHANGE_EXCUSE_NORMAL_WHY),
        (CHANGE_EXCUSE_LOVE, CHANGE_EXCUSE_LOVE_WHY)];
    "change-cool-title" CHANGE_COOL_TITLE: Text(CHANGE_COOL_HINT), Steps[CHANGE_COOL_NOTICE,
        CHANGE_COOL_LEAVE, CHANGE_COOL_BREATHE, CHANGE_COOL_WHERE, CHANGE_COOL_WHO,
        CHANGE_COOL_BACK], Text(CHANGE_COOL_113), Call(Police, PEOPLE_CALL_113);
    "change-partner-title" CHANGE_PARTNER_TITLE: Text(CHANGE_PARTNER_WHY),
        List[CHANGE_PARTNER_EXPLAIN, CHANGE_PARTNER_TRUST, CHANGE_PARTNER_OTHERS,
        CHANGE_PARTNER_SPACE, CHANGE_PARTNER_OUTSIDE];
    "change-law-title" CHANGE_LAW_TITLE: Text(CHANGE_LAW_MEASURES), Text(CHANGE_LAW_NO_CONTACT),
        Text(CHANGE_LAW_SUPPORT);
    "change-talk-title" CHANGE_TALK_TITLE: Text(CHANGE_TALK_NONE), List[CHANGE_TALK_COMMUNE,
        CHANGE_TALK_CLUBS, CHANGE_TALK_HEALTH, CHANGE_TALK_FRIEND], Text(CHANGE_END);
};

pub const YOUNG: Page = page_data! {
    Young, YOUNG_TITLE;
    "young-start": Text(YOUNG_INTRO);
    "young-healthy-title" YOUNG_HEALTHY_TITLE: List[YOUNG_HEALTHY_RESPECT, YOUNG_HEALTHY_OWN,
        YOUNG_HEALTHY_NO, YOUNG_HEALTHY_ARGUE, YOUNG_HEALTHY_JEALOUS];
    "young-phone-title" YOUNG_PHONE_TITLE: Text(YOUNG_PHONE_HINT), List[YOUNG_PHONE_PASSWORD,
        YOUNG_PHONE_LOCATION, YOUNG_PHONE_BLOCK, YOUNG_PHONE_IMAGES], Text(YOUNG_PHONE_SHARE);
    "young-consent-title" YOUNG_CONSENT_TITLE: List[YOUNG_CONSENT_YES, YOUNG_CONSENT_SILENCE,
        YOUNG_CONSENT_CHANGE, YOUNG_CONSENT_COUPLE, YOUNG_CONSENT_STOP];
    "young-boys-title" YOUNG_BOYS_TITLE: List[YOUNG_BOYS_STRONG, YOUNG_BOYS_FEEL, YOUNG_BOYS_LAUGH,
        YOUNG_BOYS_HELP], Go(Change, YOUNG_GO_CHANGE);
    "young-friend-title" YOUNG_FRIEND_TITLE: List[YOUNG_FRIEND_PRIVATE, YOUNG_FRIEND_BELIEVE,
        YOUNG_FRIEND_RUMOURS, YOUNG_FRIEND_SPEAK, YOUNG_FRIEND_DANGER];
    "young-help-title" YOUNG_HELP_TITLE: Text(YOUNG_HELP_111),
        Call(Child, PEOPLE_CALL_111, PEOPLE_111_NOTE), Text(YOUNG_HELP_113),
        Call(Police, PEOPLE_CALL_113), Text(YOUNG_HELP_OLDER), Go(Help, YOUNG_GO_HELP),
        Text(YOUNG_HELP_TEACHER);
};

pub const COMMUNITY: Page = page_data! {
    Community, COMMUNITY_TITLE;
    "community-start": Text(COMMUNITY_INTRO);
    "community-first-title" COMMUNITY_FIRST_TITLE: Steps[COMMUNITY_FIRST_SAFE, COMMUNITY_FIRST_113,
        COMMUNITY_FIRST_HEALTH, COMMUNITY_FIRST_PLACE, COMMUNITY_FIRST_CHILD],
        Call(Police, PEOPLE_CALL_113), Call(Child, PEOPLE_CALL_111, PEOPLE_111_NOTE);
    "community-listen-title" COMMUNITY_LISTEN_TITLE: Say[COMMUNITY_SAY_SAFE, COMMUNITY_SAY_DESERVE,
        COMMUNITY_SAY_FIRST], Avoid[(COMMUNITY_AVOID_CAUSE, COMMUNITY_AVOID_CAUSE_WHY),
        (COMMUNITY_AVOID_ENDURE, COMMUNITY_AVOID_ENDURE_WHY),
        (COMMUNITY_AVOID_CALL, COMMUNITY_AVOID_CALL_WHY)], Text(COMMUNITY_LISTEN_DECIDE);
    "community-private-title" COMMUNITY_PRIVATE_TITLE: List[COMMUNITY_PRIVATE_TELL,
        COMMUNITY_PRIVATE_FAMILY, COMMUNITY_PRIVATE_ASK, COMMUNITY_PRIVATE_PHOTO];
    "community-mediation-title" COMMUNITY_MEDIATION_TITLE: Text(COMMUNITY_MEDIATION_INTRO),
        List(MEDIATION_UNSAFE_KEYS), Text(COMMUNITY_MEDIATION_ASK);
    "community-law-title" COMMUNITY_LAW_TITLE: Text(COMMUNITY_LAW_REPORT),
        Text(COMMUNITY_LAW_NO_CONTACT), Text(COMMUNITY_LAW_COPY), Text(COMMUNITY_LAW_MORE);
    "community-log-title" COMMUNITY_LOG_TITLE: List[COMMUNITY_LOG_WHAT, COMMUNITY_LOG_NO_NAMES,
        COMMUNITY_LOG_NO_STORY, COMMUNITY_LOG_LOCK];
};

/// The printed card: a heading, then (heading, lines) groups, then the law in two lines.
pub struct Card {
    pub heading: &'static str,
    pub groups: &'static [(&'static str, &'static [&'static str])],
    pub law: &'static str,
    pub law_lines: &'static [&'static str],
}

pub const CARD: Card = Card {
    heading: keys::COMMUNITY_CARD_HEADING,
    groups: &[
        (
            keys::COMMUNITY_CARD_FIRST,
            &[
                keys::COMMUNITY_CARD_FIRST_SAFE,
                keys::COMMUNITY_CARD_FIRST_113,
                keys::COMMUNITY_CARD_FIRST_HEALTH,
                keys::COMMUNITY_CARD_FIRST_CHILD,
                keys::COMMUNITY_CARD_FIRST_PLACE,
            ],
        ),
        (
            keys::COMMUNITY_CARD_LISTEN,
            &[keys::COMMUNITY_CARD_LISTEN_TEXT],
        ),
        (
            keys::COMMUNITY_CARD_DANGER,
            &[keys::COMMUNITY_CARD_DANGER_TEXT],
        ),
        (keys::COMMUNITY_CARD_LOG, &[keys::COMMUNITY_CARD_LOG_TEXT]),
    ],
    law: keys::COMMUNITY_CARD_LAW,
    law_lines: &[
        keys::COMMUNITY_CARD_LAW_REPORT,
        keys::COMMUNITY_CARD_LAW_NO_CONTACT,
    ],
};

impl Card {
    /// Every message id the card prints.
    pub fn keys(&self) -> Vec<&'static str> {
        let mut out = vec![self.heading];
        for (h, lines) in self.groups {
            out.push(h);
            out.extend_from_slice(lines);
        }
        out.push(self.law);
        out.extend_from_slice(self.law_lines);
        out
    }
}

/// The page a view shows, if it is one of these.
pub fn page(view: View) -> Option<&'static Page> {
    [&CHANGE, &YOUNG, &COMMUNITY]
        .into_iter()
        .find(|p| p.view == view)
}

/// Words that, on the page for someone who wants to change, would tell the person they
/// hurt to forgive, stay, reconcile or mediate. Matched in lower case. The page must not
/// hand the work of change to the partner, nor press for the family to be kept together.
pub fn banned_on_change(lang: super::lang::Lang) -> &'static [&'static str] {
    use super::lang::Lang;
    match lang {
        Lang::Vi => &[
            "tha thứ",
            "hòa giải",
            "hoà giải",
            "ở lại",
            "làm lành",
            "làm hòa",
            "hàn gắn",
            "quay lại với",
            "quay về với",
            "đoàn tụ",
            "cho cơ hội",
            "cơ hội nữa",
            "vì con",
            "nhịn",
            "êm ấm",
        ],
        Lang::En => &[
            "forgiv",
            "mediat",
            "reconcil",
            "stay with",
            "stay together",
            "stay for",
            "another chance",
            "second chance",
            "take you back",
            "patch things up",
            "make up with",
            "for the children's sake",
            "put up with",
            "keep the family together",
        ],
        Lang::Km => &[
            "អភ័យទោស",
            "លើកលែងទោស",
            "សម្រុះសម្រួល",
            "hòa giải",
            "ផ្សះផ្សា",
            "នៅជាមួយ",
            "ត្រឡប់មកវិញ",
            "ឱកាសម្តងទៀត",
            "អត់ធ្មត់",
            "សុខដុម",
        ],
    }
}

/// The banned words found in `text`, for the test and its planted control.
pub fn banned_found(lang: super::lang::Lang, text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    banned_on_change(lang)
        .iter()
        .copied()
        .filter(|w| lower.contains(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::i18n::message;

    const PAGES: [&Page; 3] = [&CHANGE, &YOUNG, &COMMUNITY];

    #[test]
    fn each_view_has_its_page_and_ids_name_it() {
        let mut ids = Vec::new();
        for p in PAGES {
            assert_eq!(page(p.view).map(|q| q.view), Some(p.view));
            for s in p.sections {
                assert!(s.id.starts_with(p.view.param()), "{}", s.id);
                assert!(!ids.contains(&s.id), "{} twice", s.id);
                ids.push(s.id);
            }
            let keys = p.keys();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(k), "{k} twice on {:?}", p.view);
            }
        }
        assert!(page(View::Helper).is_none());
    }

    #[test]
    fn the_mediation_signs_are_the_self_checks_words() {
        let from_check: Vec<&str> = MEDIATION_UNSAFE.iter().map(|m| m.reason_key()).collect();
        assert_eq!(from_check, MEDIATION_UNSAFE_KEYS.to_vec());
        // Every one of the strongest markers is there.
        for m in [
            Marker::Strangulation,
            Marker::Weapon,
            Marker::ThreatToKill,
            Marker::FearOfBeingKilled,
        ] {
            assert!(m.is_strongest() && MEDIATION_UNSAFE.contains(&m), "{m:?}");
        }
    }

    #[test]
    fn the_young_and_community_pages_offer_111_and_113() {
        for p in [&YOUNG, &COMMUNITY] {
            let calls = p.calls();
            assert!(calls.contains(&Emergency::Police), "{:?}", p.view);
            assert!(calls.contains(&Emergency::Child), "{:?}", p.view);
        }
        assert_eq!(CHANGE.calls(), vec![Emergency::Police]);
    }

    /// Every message the change page shows, in every language: none tells the partner
    /// to forgive, stay, reconcile or mediate.
    #[test]
    fn the_change_page_never_asks_the_partner_to_forgive_stay_or_mediate() {
        for lang in Lang::ALL {
            for k in CHANGE.keys() {
                let text = message(lang, k, None);
                let found = banned_found(lang, &text);
                assert!(found.is_empty(), "{} {k}: {found:?} in {text}", lang.code());
            }
        }
    }

    /// The planted control: a sentence that does what the page must never do is caught
    /// in each language.
    #[test]
    fn the_banned_words_catch_a_planted_sentence() {
        for (lang, planted) in [
            (Lang::Vi, "Hãy xin vợ tha thứ và hòa giải cho êm ấm."),
            (
                Lang::En,
                "Ask her to forgive you and stay together for the children.",
            ),
            (Lang::Km, "សុំឱ្យប្រពន្ធអភ័យទោស ហើយសម្រុះសម្រួលគ្នា។"),
        ] {
            assert!(!banned_found(lang, planted).is_empty(), "{}", lang.code());
        }
        // A message of the page with a planted sentence appended is caught too.
        let text = format!(
            "{} Hãy xin người ấy tha thứ.",
            message(Lang::Vi, keys::CHANGE_PARTNER_WHY, None)
        );
        assert_eq!(banned_found(Lang::Vi, &text), vec!["tha thứ"]);
    }

    #[test]
    fn free_is_said_only_of_111_on_these_pages_and_the_card() {
        for lang in Lang::ALL {
            let mut keys: Vec<&str> = PAGES.iter().flat_map(|p| p.keys()).collect();
            keys.extend(CARD.keys());
            // The line under the 111 button is about 111.
            keys.retain(|k| *k != keys::PEOPLE_111_NOTE);
            for k in keys {
                let t = message(lang, k, None).to_lowercase();
                let free = ["miễn phí", "free", "ឥតគិតថ្លៃ"].iter().any(|f| t.contains(f));
                if free {
                    assert!(t.contains("111"), "{k} ({}): free, not of 111", lang.code());
                }
            }
        }
    }

    /// Phone-like numbers in a text: digit runs (groups joined by one space) of three
    /// digits or more, not part of a law number ("13/2022") and not a four-digit year.
    fn phone_like(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let starts = chars.get(i).is_some_and(char::is_ascii_digit)
                && !(i > 0
                    && chars
                        .get(i - 1)
                        .is_some_and(|c| c.is_ascii_digit() || *c == '/'));
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut digits = String::new();
            while let Some(c) = chars.get(j) {
                if c.is_ascii_digit() {
                    digits.push(*c);
                } else if !(*c == ' ' && chars.get(j + 1).is_some_and(char::is_ascii_digit)) {
                    break;
                }
                j += 1;
            }
            let law = chars.get(j) == Some(&'/');
            let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
            if digits.len() >= 3 && !law && !year {
                out.push(digits);
            }
            i = j.max(i + 1);
        }
        out
    }

    #[test]
    fn every_number_on_the_three_pages_and_the_card_is_in_the_directory() {
        use crate::core::directory::PROVIDERS;
        let known: Vec<&str> = PROVIDERS
            .iter()
            .filter(|p| p.shown())
            .flat_map(|p| p.contacts.iter().map(|c| c.tel))
            .collect();
        // The control: the reader finds numbers, skips law numbers and years, and an
        // invented line is not in the directory.
        assert_eq!(
            phone_like("gọi 113 hay 1900 969680; Luật 13/2022, năm 2022, Điều 25, 12 giờ"),
            vec!["113", "1900969680"]
        );
        assert!(!known.contains(&"18001234"));
        for lang in Lang::ALL {
            let mut keys: Vec<&str> = PAGES.iter().flat_map(|p| p.keys()).collect();
            keys.extend(CARD.keys());
            keys.extend([keys::NAV_CHANGE, keys::NAV_YOUNG, keys::NAV_COMMUNITY]);
            for k in keys {
                for n in phone_like(&message(lang, k, None)) {
                    assert!(known.contains(&n.as_str()), "{k} ({}): {n}", lang.code());
                }
            }
        }
        for p in PAGES {
            for line in p.calls() {
                assert!(known.contains(&line.digits()), "{:?}", line);
            }
        }
    }
}

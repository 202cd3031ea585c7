//! The pages for the people around someone: a friend, relative or neighbour who wants
//! to help, a teacher a pupil confides in, and a child. Content as data (message ids in
//! order), so the components only lay it out and the rules below are tested natively.

use super::emergency::Emergency;
use super::route::View;

/// One piece of a section, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Text(&'static str),
    /// Words to say, ready to use as written.
    Say(&'static [&'static str]),
    /// Words to avoid, each with why.
    Avoid(&'static [(&'static str, &'static str)]),
    /// A plain list.
    List(&'static [&'static str]),
    /// Numbered steps.
    Steps(&'static [&'static str]),
    /// A call button: the number, its label, an optional line under it.
    /// The number is one of the national emergency numbers (`core::emergency`): these
    /// pages offer only lines with a high-confidence source (113 police, 111 child
    /// protection, shared/research/domain.md).
    Call(Emergency, &'static str, Option<&'static str>),
    /// A link to another view, with its label.
    Go(View, &'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading's element id (also a stable hook for tests); unique on the page.
    pub id: &'static str,
    /// `None`: blocks shown before the first heading.
    pub title: Option<&'static str>,
    pub blocks: &'static [Block],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub view: View,
    pub title: &'static str,
    pub sections: &'static [Section],
}

/// Writes a page as data, a section to a row: `View, TITLE_KEY;` then each section as
/// `"heading-id" TITLE_KEY: blocks;` (no title: `"id": blocks;`). Blocks: `Text(KEY)`,
/// `Say[KEYS]`, `Avoid[(KEY, WHY_KEY), ..]`, `List[KEYS]` (or `List(A_CONST_ARRAY)`),
/// `Steps[KEYS]`, `Call(Police, LABEL_KEY)` or `Call(Child, LABEL_KEY, NOTE_KEY)`,
/// `Go(View, KEY)`. Keys are `keys::` names.
macro_rules! page_data {
    (
        $view:ident, $title:ident;
        $($id:literal $($heading:ident)?: $($kind:ident $what:tt),+;)*
    ) => {
        $crate::core::people::Page {
            view: $crate::core::route::View::$view,
            title: $crate::keys::$title,
            sections: &[$($crate::core::people::Section {
                id: $id,
                title: $crate::core::people::page_data!(@title $($heading)?),
                blocks: &[$($crate::core::people::page_data!(@block $kind $what)),+],
            }),*],
        }
    };
    (@title) => { None };
    (@title $heading:ident) => { Some($crate::keys::$heading) };
    (@block Text($k:ident)) => { $crate::core::people::Block::Text($crate::keys::$k) };
    (@block Say[$($k:ident),+]) => { $crate::core::people::Block::Say(&[$($crate::keys::$k),+]) };
    (@block List[$($k:ident),+]) => { $crate::core::people::Block::List(&[$($crate::keys::$k),+]) };
    (@block List($keys:ident)) => { $crate::core::people::Block::List(&$keys) };
    (@block Steps[$($k:ident),+]) => { $crate::core::people::Block::Steps(&[$($crate::keys::$k),+]) };
    (@block Avoid[$(($say:ident, $why:ident)),+]) => {
        $crate::core::people::Block::Avoid(&[$(($crate::keys::$say, $crate::keys::$why)),+])
    };
    (@block Call($line:ident, $label:ident)) => {
        $crate::core::people::Block::Call(
            $crate::core::emergency::Emergency::$line,
            $crate::keys::$label,
            None,
        )
    };
    (@block Call($line:ident, $label:ident, $note:ident)) => {
        $crate::core::people::Block::Call(
            $crate::core::emergency::Emergency::$line,
            $crate::keys::$label,
            Some($crate::keys::$note),
        )
    };
    (@block Go($to:ident, $k:ident)) => {
        $crate::core::people::Block::Go($crate::core::route::View::$to, $crate::keys::$k)
    };
}
pub(crate) use page_data;

pub const HELPER: Page = page_data! {
    Helper, HELPER_TITLE;
    "helper-start": Text(HELPER_INTRO);
    "helper-say-title" HELPER_SAY_TITLE: Text(HELPER_SAY_HINT), Say[HELPER_SAY_BELIEVE,
        HELPER_SAY_NOT_FAULT, HELPER_SAY_DESERVE, HELPER_SAY_WHAT_HELP, HELPER_SAY_NO_RUSH,
        HELPER_SAY_HERE];
    "helper-avoid-title" HELPER_AVOID_TITLE: Avoid[(HELPER_AVOID_LEAVE, HELPER_AVOID_LEAVE_WHY),
        (HELPER_AVOID_CAUSE, HELPER_AVOID_CAUSE_WHY),
        (HELPER_AVOID_ENDURE, HELPER_AVOID_ENDURE_WHY),
        (HELPER_AVOID_CHILDREN, HELPER_AVOID_CHILDREN_WHY),
        (HELPER_AVOID_CONFRONT, HELPER_AVOID_CONFRONT_WHY)];
    "helper-listen-title" HELPER_LISTEN_TITLE: List[HELPER_LISTEN_PLACE, HELPER_LISTEN_LET,
        HELPER_LISTEN_SILENCE, HELPER_LISTEN_ASK, HELPER_LISTEN_AGAIN];
    "helper-practical-title" HELPER_PRACTICAL_TITLE: List[HELPER_PRACTICAL_BAG,
        HELPER_PRACTICAL_PAPERS, HELPER_PRACTICAL_CODE, HELPER_PRACTICAL_PLACE,
        HELPER_PRACTICAL_GO_WITH, HELPER_PRACTICAL_NUMBERS];
    "helper-see-title" HELPER_SEE_TITLE: Text(HELPER_SEE_113), Call(Police, PEOPLE_CALL_113),
        Text(HELPER_SEE_DISTANCE), Text(HELPER_SEE_111),
        Call(Child, PEOPLE_CALL_111, PEOPLE_111_NOTE);
    "helper-self-title" HELPER_SELF_TITLE: List[HELPER_SELF_NO_CONFRONT, HELPER_SELF_NO_TELL,
        HELPER_SELF_LIMITS, HELPER_SELF_TALK];
    "helper-push-title" HELPER_PUSH_TITLE: List[HELPER_PUSH_LEAVE, HELPER_PUSH_MEDIATE,
        HELPER_PUSH_DECIDE, HELPER_PUSH_DANGER];
    "helper-share-title" HELPER_SHARE_TITLE: List[HELPER_SHARE_CHECKED, HELPER_SHARE_SHOW,
        HELPER_SHARE_NO_SEND, HELPER_SHARE_NEUTRAL, HELPER_SHARE_EXIT],
        Go(Privacy, HELPER_GO_PRIVACY);
    // The last link: a neighbour who is also a hamlet head or a union member.
    "helper-more-title" PEOPLE_MORE_TITLE: Go(Check, HELPER_GO_CHECK), Go(Help, HELPER_GO_HELP),
        Go(Child, PEOPLE_GO_CHILD), Go(Community, PEOPLE_GO_COMMUNITY);
};

pub const TEACHER: Page = page_data! {
    Teacher, TEACHER_TITLE;
    "teacher-start": Text(TEACHER_INTRO);
    "teacher-disclose-title" TEACHER_DISCLOSE_TITLE: List[TEACHER_DISCLOSE_LISTEN,
        TEACHER_DISCLOSE_BELIEVE, TEACHER_DISCLOSE_NO_PROMISE, TEACHER_DISCLOSE_NO_INTERROGATE,
        TEACHER_DISCLOSE_NEXT, TEACHER_DISCLOSE_NOTE];
    "teacher-say-title" TEACHER_SAY_TITLE: Say[TEACHER_SAY_THANKS, TEACHER_SAY_BELIEVE,
        TEACHER_SAY_FAULT, TEACHER_SAY_SAFE, TEACHER_SAY_TELL];
    "teacher-calls-title" TEACHER_CALLS_TITLE: Text(TEACHER_CALLS_113),
        Call(Police, PEOPLE_CALL_113), Text(TEACHER_CALLS_111),
        Call(Child, PEOPLE_CALL_111, PEOPLE_111_NOTE);
    "teacher-law-title" TEACHER_LAW_TITLE: Text(TEACHER_LAW_SCHOOL), Text(TEACHER_LAW_OTHERS),
        Text(TEACHER_LAW_HOTLINE), Text(TEACHER_LAW_HOW), Text(TEACHER_LAW_ASK);
    "teacher-privacy-title" TEACHER_PRIVACY_TITLE: List[TEACHER_PRIVACY_NEED, TEACHER_PRIVACY_CLASS,
        TEACHER_PRIVACY_FAMILY, TEACHER_PRIVACY_INJURIES];
    "teacher-share-title" TEACHER_SHARE_TITLE: List[TEACHER_SHARE_CLASS, TEACHER_SHARE_PHONE,
        TEACHER_SHARE_POSTER, TEACHER_SHARE_EXIT], Go(Share, TEACHER_GO_SHARE),
        Go(Child, PEOPLE_GO_CHILD);
    "teacher-class-title" TEACHER_CLASS_TITLE: Text(TEACHER_CLASS_HOW),
        Text(TEACHER_CLASS_SCRIPT_LABEL), Say[TEACHER_CLASS_SCRIPT], Text(TEACHER_CLASS_AFTER);
    // The last link: respect in relationships, for use in class.
    "teacher-more-title" PEOPLE_MORE_TITLE: Go(Helper, PEOPLE_GO_HELPER), Go(Help, HELPER_GO_HELP),
        Go(Young, PEOPLE_GO_YOUNG);
};

/// Short sentences, no questions, nothing to fill in; 111 comes first, then 113.
pub const CHILD: Page = page_data! {
    Child, CHILD_TITLE;
    "child-start": Text(CHILD_NOT_FAULT), Text(CHILD_TELL), Text(CHILD_WHO), Text(CHILD_111_WHAT),
        Call(Child, CHILD_CALL_111, CHILD_111_NOTE), Text(CHILD_NOW), Call(Police, CHILD_CALL_113);
    "child-plan-title" CHILD_PLAN_TITLE: Steps[CHILD_PLAN_PLACE, CHILD_PLAN_GROWNUP, CHILD_PLAN_HOW,
        CHILD_PLAN_LEARN, CHILD_PLAN_AWAY];
    "child-end": Text(CHILD_END), Text(CHILD_PRIVATE);
};

/// The page a view shows, if it is one of these.
pub fn page(view: View) -> Option<&'static Page> {
    [&HELPER, &TEACHER, &CHILD]
        .into_iter()
        .find(|p| p.view == view)
}

impl Page {
    /// Every message id the page shows, in reading order (title first).
    pub fn keys(&self) -> Vec<&'static str> {
        let mut out = vec![self.title];
        for s in self.sections {
            out.extend(s.title);
            for b in s.blocks {
                match *b {
                    Block::Text(k) | Block::Go(_, k) => out.push(k),
                    Block::Say(ks) | Block::List(ks) | Block::Steps(ks) => {
                        out.extend_from_slice(ks)
                    }
                    Block::Avoid(pairs) => {
                        for (say, why) in pairs {
                            out.push(say);
                            out.push(why);
                        }
                    }
                    Block::Call(_, label, note) => {
                        out.push(label);
                        out.extend(note);
                    }
                }
            }
        }
        out
    }

    /// The numbers the page offers to call, in reading order.
    pub fn calls(&self) -> Vec<Emergency> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match b {
                Block::Call(line, _, _) => Some(*line),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::i18n::message;

    const PAGES: [&Page; 3] = [&HELPER, &TEACHER, &CHILD];

    #[test]
    fn each_view_has_its_page() {
        for p in PAGES {
            assert_eq!(page(p.view).map(|q| q.view), Some(p.view));
            assert_eq!(p.title, p.view.title_key(), "{:?}: core::view says", p.view);
        }
        assert!(page(View::Home).is_none());
    }

    #[test]
    fn section_ids_are_unique_and_name_their_page() {
        let mut ids = Vec::new();
        for p in PAGES {
            for s in p.sections {
                assert!(s.id.starts_with(p.view.param()), "{}", s.id);
                assert!(!ids.contains(&s.id), "{} twice", s.id);
                ids.push(s.id);
            }
        }
    }

    #[test]
    fn every_page_offers_113_and_111_and_the_child_page_puts_111_first() {
        for p in PAGES {
            let calls = p.calls();
            assert!(calls.contains(&Emergency::Police), "{:?}", p.view);
            assert!(calls.contains(&Emergency::Child), "{:?}", p.view);
        }
        assert_eq!(CHILD.calls().first(), Some(&Emergency::Child));
    }

    #[test]
    fn no_message_is_shown_twice_on_a_page() {
        for p in PAGES {
            let keys = p.keys();
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(k), "{k} twice on {:?}", p.view);
            }
        }
    }

    /// Average words per sentence (syllables for Vietnamese, space-separated phrases
    /// for Khmer would undercount, so Khmer is measured in characters elsewhere).
    fn words_per_sentence(text: &str) -> f64 {
        let sentences: Vec<&str> = text
            .split(['.', '!', '?', ':', '។', '“', '”'])
            .map(str::trim)
            .filter(|s| s.chars().any(char::is_alphanumeric))
            .collect();
        let words: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
        words as f64 / sentences.len().max(1) as f64
    }

    #[test]
    fn the_child_page_asks_nothing_and_speaks_in_short_sentences() {
        for lang in Lang::ALL {
            let texts: Vec<String> = CHILD
                .keys()
                .iter()
                .map(|k| message(lang, k, None))
                .collect();
            for t in &texts {
                assert!(
                    !t.contains('?') && !t.contains('？'),
                    "{}: a question: {t}",
                    lang.code()
                );
            }
            if lang != Lang::Km {
                let avg = words_per_sentence(&texts.join("\n"));
                let helper: Vec<String> = HELPER
                    .keys()
                    .iter()
                    .map(|k| message(lang, k, None))
                    .collect();
                let grown = words_per_sentence(&helper.join("\n"));
                assert!(avg <= 8.0, "{}: {avg:.1} words a sentence", lang.code());
                assert!(
                    avg < grown,
                    "{}: child {avg:.1} vs helper {grown:.1}",
                    lang.code()
                );
            }
        }
    }

    /// Is calling this number free, by data/directory.csv's `cost` column?
    fn free_by_the_data(line: Emergency) -> bool {
        use crate::core::directory::{Cost, PROVIDERS};
        PROVIDERS
            .iter()
            .flat_map(|p| p.contacts)
            .any(|c| c.tel == line.digits() && c.cost == Cost::Free)
    }

    #[test]
    fn free_is_said_only_of_numbers_the_data_calls_free() {
        // 113: Circular 02/2020/TT-BTTTT (0 đồng/phút); 111: its sources. The data says
        // which; a call button's label or note says "free" only where it does.
        assert!(free_by_the_data(Emergency::Child) && free_by_the_data(Emergency::Police));
        for lang in Lang::ALL {
            for p in PAGES {
                for s in p.sections {
                    for b in s.blocks {
                        if let Block::Call(line, label, note) = b {
                            for k in std::iter::once(label).chain(note.iter()) {
                                let t = message(lang, k, None).to_lowercase();
                                let says_free =
                                    ["miễn phí", "free", "ឥតគិតថ្លៃ"].iter().any(|f| t.contains(f));
                                assert!(
                                    !says_free || free_by_the_data(*line),
                                    "{k} in {}",
                                    lang.code()
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

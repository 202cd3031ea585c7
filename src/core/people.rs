//! The pages for the people around someone: a friend, relative or neighbour who wants
//! to help, a teacher a pupil confides in, and a child. Content as data (message ids in
//! order), so the components only lay it out and the rules below are tested natively.

use super::emergency::Emergency;
use super::route::View;
use crate::keys;

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

pub const HELPER: Page = Page {
    view: View::Helper,
    title: keys::HELPER_TITLE,
    sections: &[
        Section {
            id: "helper-start",
            title: None,
            blocks: &[Block::Text(keys::HELPER_INTRO)],
        },
        Section {
            id: "helper-say-title",
            title: Some(keys::HELPER_SAY_TITLE),
            blocks: &[
                Block::Text(keys::HELPER_SAY_HINT),
                Block::Say(&[
                    keys::HELPER_SAY_BELIEVE,
                    keys::HELPER_SAY_NOT_FAULT,
                    keys::HELPER_SAY_DESERVE,
                    keys::HELPER_SAY_WHAT_HELP,
                    keys::HELPER_SAY_NO_RUSH,
                    keys::HELPER_SAY_HERE,
                ]),
            ],
        },
        Section {
            id: "helper-avoid-title",
            title: Some(keys::HELPER_AVOID_TITLE),
            blocks: &[Block::Avoid(&[
                (keys::HELPER_AVOID_LEAVE, keys::HELPER_AVOID_LEAVE_WHY),
                (keys::HELPER_AVOID_CAUSE, keys::HELPER_AVOID_CAUSE_WHY),
                (keys::HELPER_AVOID_ENDURE, keys::HELPER_AVOID_ENDURE_WHY),
                (keys::HELPER_AVOID_CHILDREN, keys::HELPER_AVOID_CHILDREN_WHY),
                (keys::HELPER_AVOID_CONFRONT, keys::HELPER_AVOID_CONFRONT_WHY),
            ])],
        },
        Section {
            id: "helper-listen-title",
            title: Some(keys::HELPER_LISTEN_TITLE),
            blocks: &[Block::List(&[
                keys::HELPER_LISTEN_PLACE,
                keys::HELPER_LISTEN_LET,
                keys::HELPER_LISTEN_SILENCE,
                keys::HELPER_LISTEN_ASK,
                keys::HELPER_LISTEN_AGAIN,
            ])],
        },
        Section {
            id: "helper-practical-title",
            title: Some(keys::HELPER_PRACTICAL_TITLE),
            blocks: &[Block::List(&[
                keys::HELPER_PRACTICAL_BAG,
                keys::HELPER_PRACTICAL_PAPERS,
                keys::HELPER_PRACTICAL_CODE,
                keys::HELPER_PRACTICAL_PLACE,
                keys::HELPER_PRACTICAL_GO_WITH,
                keys::HELPER_PRACTICAL_NUMBERS,
            ])],
        },
        Section {
            id: "helper-see-title",
            title: Some(keys::HELPER_SEE_TITLE),
            blocks: &[
                Block::Text(keys::HELPER_SEE_113),
                Block::Call(Emergency::Police, keys::PEOPLE_CALL_113, None),
                Block::Text(keys::HELPER_SEE_DISTANCE),
                Block::Text(keys::HELPER_SEE_111),
                Block::Call(
                    Emergency::Child,
                    keys::PEOPLE_CALL_111,
                    Some(keys::PEOPLE_111_NOTE),
                ),
            ],
        },
        Section {
            id: "helper-self-title",
            title: Some(keys::HELPER_SELF_TITLE),
            blocks: &[Block::List(&[
                keys::HELPER_SELF_NO_CONFRONT,
                keys::HELPER_SELF_NO_TELL,
                keys::HELPER_SELF_LIMITS,
                keys::HELPER_SELF_TALK,
            ])],
        },
        Section {
            id: "helper-push-title",
            title: Some(keys::HELPER_PUSH_TITLE),
            blocks: &[Block::List(&[
                keys::HELPER_PUSH_LEAVE,
                keys::HELPER_PUSH_MEDIATE,
                keys::HELPER_PUSH_DECIDE,
                keys::HELPER_PUSH_DANGER,
            ])],
        },
        Section {
            id: "helper-share-title",
            title: Some(keys::HELPER_SHARE_TITLE),
            blocks: &[
                Block::List(&[
                    keys::HELPER_SHARE_CHECKED,
                    keys::HELPER_SHARE_SHOW,
                    keys::HELPER_SHARE_NO_SEND,
                    keys::HELPER_SHARE_NEUTRAL,
                    keys::HELPER_SHARE_EXIT,
                ]),
                Block::Go(View::Privacy, keys::HELPER_GO_PRIVACY),
            ],
        },
        Section {
            id: "helper-more-title",
            title: Some(keys::PEOPLE_MORE_TITLE),
            blocks: &[
                Block::Go(View::Check, keys::HELPER_GO_CHECK),
                Block::Go(View::Help, keys::HELPER_GO_HELP),
                Block::Go(View::Child, keys::PEOPLE_GO_CHILD),
                // A neighbour who is also a hamlet head or a union member.
                Block::Go(View::Community, keys::PEOPLE_GO_COMMUNITY),
            ],
        },
    ],
};

pub const TEACHER: Page = Page {
    view: View::Teacher,
    title: keys::TEACHER_TITLE,
    sections: &[
        Section {
            id: "teacher-start",
            title: None,
            blocks: &[Block::Text(keys::TEACHER_INTRO)],
        },
        Section {
            id: "teacher-disclose-title",
            title: Some(keys::TEACHER_DISCLOSE_TITLE),
            blocks: &[Block::List(&[
                keys::TEACHER_DISCLOSE_LISTEN,
                keys::TEACHER_DISCLOSE_BELIEVE,
                keys::TEACHER_DISCLOSE_NO_PROMISE,
                keys::TEACHER_DISCLOSE_NO_INTERROGATE,
                keys::TEACHER_DISCLOSE_NEXT,
                keys::TEACHER_DISCLOSE_NOTE,
            ])],
        },
        Section {
            id: "teacher-say-title",
            title: Some(keys::TEACHER_SAY_TITLE),
            blocks: &[Block::Say(&[
                keys::TEACHER_SAY_THANKS,
                keys::TEACHER_SAY_BELIEVE,
                keys::TEACHER_SAY_FAULT,
                keys::TEACHER_SAY_SAFE,
                keys::TEACHER_SAY_TELL,
            ])],
        },
        Section {
            id: "teacher-calls-title",
            title: Some(keys::TEACHER_CALLS_TITLE),
            blocks: &[
                Block::Text(keys::TEACHER_CALLS_113),
                Block::Call(Emergency::Police, keys::PEOPLE_CALL_113, None),
                Block::Text(keys::TEACHER_CALLS_111),
                Block::Call(
                    Emergency::Child,
                    keys::PEOPLE_CALL_111,
                    Some(keys::PEOPLE_111_NOTE),
                ),
            ],
        },
        Section {
            id: "teacher-law-title",
            title: Some(keys::TEACHER_LAW_TITLE),
            blocks: &[
                Block::Text(keys::TEACHER_LAW_SCHOOL),
                Block::Text(keys::TEACHER_LAW_OTHERS),
                Block::Text(keys::TEACHER_LAW_HOTLINE),
                Block::Text(keys::TEACHER_LAW_HOW),
                Block::Text(keys::TEACHER_LAW_ASK),
            ],
        },
        Section {
            id: "teacher-privacy-title",
            title: Some(keys::TEACHER_PRIVACY_TITLE),
            blocks: &[Block::List(&[
                keys::TEACHER_PRIVACY_NEED,
                keys::TEACHER_PRIVACY_CLASS,
                keys::TEACHER_PRIVACY_FAMILY,
                keys::TEACHER_PRIVACY_INJURIES,
            ])],
        },
        Section {
            id: "teacher-share-title",
            title: Some(keys::TEACHER_SHARE_TITLE),
            blocks: &[
                Block::List(&[
                    keys::TEACHER_SHARE_CLASS,
                    keys::TEACHER_SHARE_PHONE,
                    keys::TEACHER_SHARE_POSTER,
                    keys::TEACHER_SHARE_EXIT,
                ]),
                Block::Go(View::Share, keys::TEACHER_GO_SHARE),
                Block::Go(View::Child, keys::PEOPLE_GO_CHILD),
            ],
        },
        Section {
            id: "teacher-class-title",
            title: Some(keys::TEACHER_CLASS_TITLE),
            blocks: &[
                Block::Text(keys::TEACHER_CLASS_HOW),
                Block::Text(keys::TEACHER_CLASS_SCRIPT_LABEL),
                Block::Say(&[keys::TEACHER_CLASS_SCRIPT]),
                Block::Text(keys::TEACHER_CLASS_AFTER),
            ],
        },
        Section {
            id: "teacher-more-title",
            title: Some(keys::PEOPLE_MORE_TITLE),
            blocks: &[
                Block::Go(View::Helper, keys::PEOPLE_GO_HELPER),
                Block::Go(View::Help, keys::HELPER_GO_HELP),
                // Respect in relationships, for use in class.
                Block::Go(View::Young, keys::PEOPLE_GO_YOUNG),
            ],
        },
    ],
};

/// Short sentences, no questions, nothing to fill in; 111 comes first, then 113.
pub const CHILD: Page = Page {
    view: View::Child,
    title: keys::CHILD_TITLE,
    sections: &[
        Section {
            id: "child-start",
            title: None,
            blocks: &[
                Block::Text(keys::CHILD_NOT_FAULT),
                Block::Text(keys::CHILD_TELL),
                Block::Text(keys::CHILD_WHO),
                Block::Text(keys::CHILD_111_WHAT),
                Block::Call(
                    Emergency::Child,
                    keys::CHILD_CALL_111,
                    Some(keys::CHILD_111_NOTE),
                ),
                Block::Text(keys::CHILD_NOW),
                Block::Call(Emergency::Police, keys::CHILD_CALL_113, None),
            ],
        },
        Section {
            id: "child-plan-title",
            title: Some(keys::CHILD_PLAN_TITLE),
            blocks: &[Block::Steps(&[
                keys::CHILD_PLAN_PLACE,
                keys::CHILD_PLAN_GROWNUP,
                keys::CHILD_PLAN_HOW,
                keys::CHILD_PLAN_LEARN,
                keys::CHILD_PLAN_AWAY,
            ])],
        },
        Section {
            id: "child-end",
            title: None,
            blocks: &[
                Block::Text(keys::CHILD_END),
                Block::Text(keys::CHILD_PRIVATE),
            ],
        },
    ],
};

/// The page a view shows, if it is one of these.
pub fn page(view: View) -> Option<&'static Page> {
    match view {
        View::Helper => Some(&HELPER),
        View::Teacher => Some(&TEACHER),
        View::Child => Some(&CHILD),
        _ => None,
    }
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

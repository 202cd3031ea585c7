//! The request for a no-contact order (cấm tiếp xúc) that the person may print and hand
//! to the chair of the commune People's Committee, pure. It is written in Vietnamese
//! whatever the app's language (what the commune reads), and the same pieces can be
//! shown in English or Khmer as a copy for the person.
//!
//! What it says comes only from the law's short version in the project's legal research
//! (Law 13/2022, Art. 2(2) and Art. 25): the chair of the commune where the violence
//! happened decides, for at most 3 days, on a request from the victim. It is the
//! person's own request, never labelled as an official form.
//!
//! Safety: the order is sent to the person who used violence (Art. 25(3)), so the
//! request never says where the person is staying. There is no field for it, and of the
//! chosen entries it carries only what happened (not "where", not the free notes).

use super::{Children, Entry, Field};
use crate::core::calendar::Day;
use crate::core::directory::Unit;
use crate::keys;

/// Longest name written on the request (longer input is cut at a character).
pub const MAX_NAME_CHARS: usize = 80;

/// Where a name or the commune is not given: a dotted line to fill in by hand.
pub const BLANK: &str = "……………………………………";

/// The parts of an entry the request carries, in order. Never `Place`, never `Notes`.
pub const REQUEST_FIELDS: [Field; 5] = [
    Field::What,
    Field::Injuries,
    Field::Clinic,
    Field::Witnesses,
    Field::Threats,
];

/// How a piece is laid out on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The national heading, centred.
    Motto,
    /// The date, at the right.
    Date,
    /// The request's title, centred and bold.
    Title,
    /// An ordinary line.
    Line,
    /// A heading inside the request.
    Heading,
    /// The signature block, at the right.
    Sign,
}

/// One piece of the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A message in the request's language, with its text arguments.
    Say {
        key: &'static str,
        args: Vec<(&'static str, String)>,
        role: Role,
    },
    /// One chosen entry: its day and what the person wrote, as written (their words are
    /// never translated).
    Incident {
        day: Option<Day>,
        /// (the field's label key, the text).
        facts: Vec<(&'static str, String)>,
        children_present: bool,
    },
}

/// What the person chose for the request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices<'a> {
    /// The chosen entries, in the order to print (by date).
    pub entries: Vec<&'a Entry>,
    /// The commune where the violence happened, if chosen.
    pub commune: Option<&'static Unit>,
    /// The person's name, if they choose to write it.
    pub own_name: &'a str,
    /// The other person's name, if they choose to write it.
    pub other_name: &'a str,
}

/// A name as written (trimmed, cut to [`MAX_NAME_CHARS`]) or the dotted line.
fn name_or_blank(s: &str) -> String {
    let s: String = s.trim().chars().take(MAX_NAME_CHARS).collect();
    let s = s.trim().to_string();
    if s.is_empty() {
        BLANK.to_string()
    } else {
        s
    }
}

/// A fact's label on the request: a plain noun, not the screen's question.
fn request_label(f: Field) -> &'static str {
    match f {
        Field::What => keys::DIARY_REQ_F_WHAT,
        Field::Injuries => keys::DIARY_REQ_F_INJURIES,
        Field::Clinic => keys::DIARY_REQ_F_CLINIC,
        Field::Witnesses => keys::DIARY_REQ_F_WITNESSES,
        Field::Threats => keys::DIARY_REQ_F_THREATS,
        // Never on the request (see REQUEST_FIELDS); their screen labels if ever asked.
        Field::Place | Field::Notes => f.label(),
    }
}

fn say(key: &'static str, role: Role) -> Piece {
    Piece::Say {
        key,
        args: Vec::new(),
        role,
    }
}

fn say_with(key: &'static str, args: Vec<(&'static str, String)>, role: Role) -> Piece {
    Piece::Say { key, args, role }
}

fn incident(e: &Entry) -> Piece {
    Piece::Incident {
        day: e.day,
        facts: REQUEST_FIELDS
            .into_iter()
            .map(|f| (f, e.text(f).trim()))
            .filter(|(_, t)| !t.is_empty())
            .map(|(f, t)| (request_label(f), t.to_string()))
            .collect(),
        children_present: e.children == Children::Yes,
    }
}

/// A dotted line to write on by hand.
fn blank() -> Vec<(&'static str, String)> {
    vec![("blank", BLANK.to_string())]
}

/// The request, piece by piece, dated `today`.
pub fn build(choices: &Choices<'_>, today: Day) -> Vec<Piece> {
    let area = choices
        .commune
        .map_or_else(|| BLANK.to_string(), Unit::label);
    let mut v = vec![
        say(keys::DIARY_REQ_MOTTO_STATE, Role::Motto),
        say(keys::DIARY_REQ_MOTTO_WORDS, Role::Motto),
        say_with(
            keys::DIARY_REQ_DATE,
            vec![
                ("day", today.day.to_string()),
                ("month", today.month.to_string()),
                ("year", today.year.to_string()),
            ],
            Role::Date,
        ),
        say(keys::DIARY_REQ_TITLE, Role::Title),
        say_with(keys::DIARY_REQ_TO, vec![("area", area.clone())], Role::Line),
        say_with(
            keys::DIARY_REQ_NAME,
            vec![("name", name_or_blank(choices.own_name))],
            Role::Line,
        ),
        // Through a trusted person, never an address: the chair's decision reaches the
        // person using violence (Art. 25(3)); written by hand, if at all.
        say_with(keys::DIARY_REQ_CONTACT, blank(), Role::Line),
        say(keys::DIARY_REQ_I_AM, Role::Line),
        say_with(
            keys::DIARY_REQ_OTHER,
            vec![("name", name_or_blank(choices.other_name))],
            Role::Line,
        ),
        // Former spouses and unmarried partners are covered too (Decree 76/2023, Arts. 2-3).
        say_with(keys::DIARY_REQ_RELATION, blank(), Role::Line),
        say(keys::DIARY_REQ_HAPPENED, Role::Heading),
    ];
    v.extend(choices.entries.iter().map(|e| incident(e)));
    v.extend([
        say(keys::DIARY_REQ_HARM, Role::Line),
        say_with(keys::DIARY_REQ_ASK, vec![("area", area)], Role::Line),
        say(keys::DIARY_REQ_THANKS, Role::Line),
        say(keys::DIARY_REQ_SIGN, Role::Sign),
    ]);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diary::Diary;
    use crate::core::directory::UNITS;

    fn entry(day: &str, what: &str, place: &str, notes: &str) -> Entry {
        let mut e = Entry::dated(Day::parse(day), Children::Yes);
        e.set_text(Field::What, what);
        e.set_text(Field::Place, place);
        e.set_text(Field::Notes, notes);
        e.set_text(Field::Injuries, "bầm tím tay trái");
        e
    }

    fn all_text(pieces: &[Piece]) -> String {
        let mut s = String::new();
        for p in pieces {
            match p {
                Piece::Say { key, args, .. } => {
                    s.push_str(key);
                    for (_, a) in args {
                        s.push_str(a);
                    }
                }
                Piece::Incident { day, facts, .. } => {
                    s.push_str(&day.map(Day::dmy).unwrap_or_default());
                    for (k, t) in facts {
                        s.push_str(k);
                        s.push_str(t);
                    }
                }
            }
            s.push('\n');
        }
        s
    }

    #[test]
    fn uses_only_the_chosen_entries() {
        let mut d = Diary::new();
        let a = d.add(entry("2026-10-01", "CHOSEN-ONE", "", "")).unwrap();
        let _b = d.add(entry("2026-10-09", "NOT-CHOSEN", "", "")).unwrap();
        let c = d
            .add(entry("2026-11-02", "CHOSEN-TWO 👊 ស្រី", "", ""))
            .unwrap();
        let chosen = vec![d.get(a).unwrap(), d.get(c).unwrap()];
        let pieces = build(
            &Choices {
                entries: chosen,
                ..Choices::default()
            },
            Day::parse("2026-11-20").unwrap(),
        );
        let text = all_text(&pieces);
        assert!(text.contains("CHOSEN-ONE") && text.contains("CHOSEN-TWO 👊 ស្រី"));
        assert!(!text.contains("NOT-CHOSEN"));
        assert!(text.contains("01/10/2026") && text.contains("02/11/2026"));
        assert!(!text.contains("09/10/2026"));
        let incidents = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Incident { .. }))
            .count();
        assert_eq!(incidents, 2);
    }

    #[test]
    fn never_carries_where_or_the_free_notes() {
        let e = entry(
            "2026-10-01",
            "anh ấy đánh tôi",
            "NHÀ-CHỊ-GÁI ấp Mỹ Hòa",
            "TÔI-ĐANG-Ở nhà chị gái",
        );
        let pieces = build(
            &Choices {
                entries: vec![&e],
                ..Choices::default()
            },
            Day::parse("2026-11-20").unwrap(),
        );
        let text = all_text(&pieces);
        assert!(text.contains("anh ấy đánh tôi"));
        assert!(!text.contains("NHÀ-CHỊ-GÁI") && !text.contains("TÔI-ĐANG-Ở"));
        assert!(!text.contains(keys::DIARY_FIELD_PLACE) && !text.contains(keys::DIARY_FIELD_NOTES));
        assert!(!REQUEST_FIELDS.contains(&Field::Place) && !REQUEST_FIELDS.contains(&Field::Notes));
        let Some(Piece::Incident {
            children_present, ..
        }) = pieces.iter().find(|p| matches!(p, Piece::Incident { .. }))
        else {
            panic!("no incident");
        };
        assert!(children_present);
    }

    #[test]
    fn names_and_commune_are_optional_and_bounded() {
        let pieces = build(&Choices::default(), Day::parse("2026-01-05").unwrap());
        let text = all_text(&pieces);
        assert_eq!(
            text.matches(BLANK).count(),
            6,
            "to, ask, name, other, and the contact and relationship lines: {text}"
        );
        assert!(text.contains(keys::DIARY_REQ_ASK) && text.contains(keys::DIARY_REQ_TITLE));

        let unit = &UNITS[0];
        let long = "Nguyễn Thị Ánh ".repeat(20);
        let pieces = build(
            &Choices {
                commune: Some(unit),
                own_name: &long,
                other_name: "  Trần Văn B  ",
                ..Choices::default()
            },
            Day::parse("2026-01-05").unwrap(),
        );
        let text = all_text(&pieces);
        assert_eq!(text.matches(&unit.label()).count(), 2);
        assert!(text.contains("Trần Văn B\n") || text.contains("Trần Văn B"));
        assert!(!text.contains("  Trần"));
        let own = pieces
            .iter()
            .find_map(|p| match p {
                Piece::Say { key, args, .. } if *key == keys::DIARY_REQ_NAME => {
                    args.first().map(|(_, a)| a.clone())
                }
                _ => None,
            })
            .unwrap();
        assert!(own.chars().count() <= MAX_NAME_CHARS);
        assert!(own.starts_with("Nguyễn Thị Ánh"));
    }

    #[test]
    fn is_dated_and_asks_in_the_laws_terms() {
        let pieces = build(&Choices::default(), Day::parse("2026-03-09").unwrap());
        let date = pieces.iter().find_map(|p| match p {
            Piece::Say { key, args, .. } if *key == keys::DIARY_REQ_DATE => Some(args.clone()),
            _ => None,
        });
        assert_eq!(
            date,
            Some(vec![
                ("day", "9".to_string()),
                ("month", "3".to_string()),
                ("year", "2026".to_string())
            ])
        );
        // The order of the request: heading, who, what happened, the ask, the signature.
        let keys_in_order: Vec<&str> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Say { key, .. } => Some(*key),
                Piece::Incident { .. } => None,
            })
            .collect();
        let at = |k: &str| keys_in_order.iter().position(|x| *x == k).unwrap();
        assert!(at(keys::DIARY_REQ_TITLE) < at(keys::DIARY_REQ_TO));
        assert!(at(keys::DIARY_REQ_HAPPENED) < at(keys::DIARY_REQ_ASK));
        assert!(at(keys::DIARY_REQ_ASK) < at(keys::DIARY_REQ_SIGN));
        // The relationship and a safe way to reach the person are dotted lines, to be
        // written by hand (legal-no-contact.md §2.3).
        assert!(at(keys::DIARY_REQ_OTHER) < at(keys::DIARY_REQ_RELATION));
        for key in [keys::DIARY_REQ_RELATION, keys::DIARY_REQ_CONTACT] {
            let args = pieces.iter().find_map(|p| match p {
                Piece::Say { key: k, args, .. } if *k == key => Some(args.clone()),
                _ => None,
            });
            assert_eq!(args, Some(vec![("blank", BLANK.to_string())]), "{key}");
        }
    }
}

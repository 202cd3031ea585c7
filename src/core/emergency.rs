//! The national emergency numbers, in one table: the strip on every view (and so the
//! pre-rendered first paint, which renders the same component), the pages for the people
//! around someone (`core::people`), the poster and the self-check's result read them
//! here. The contacts view shows the same lines from the directory's data
//! (`data/directory.csv`); a test below holds the two to the same digits.
//! Source: domain.md (113 police, 115 ambulance, 111 child protection; national, free,
//! 24/7).

use crate::keys;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Emergency {
    Police,
    Ambulance,
    Child,
}

impl Emergency {
    /// In the order they are shown.
    pub const ALL: [Emergency; 3] = [Emergency::Police, Emergency::Ambulance, Emergency::Child];

    /// What to dial.
    pub fn digits(self) -> &'static str {
        match self {
            Emergency::Police => "113",
            Emergency::Ambulance => "115",
            Emergency::Child => "111",
        }
    }

    /// The same line's entry in the directory's data (its card in the contacts view).
    pub const fn directory_id(self) -> &'static str {
        match self {
            Emergency::Police => "police-113",
            Emergency::Ambulance => "ambulance-115",
            Emergency::Child => "child-111",
        }
    }

    /// The `href` of a link that dials it.
    pub fn tel(self) -> String {
        format!("tel:{}", self.digits())
    }

    /// What the number is for ("Police"), beside the digits.
    pub fn label_key(self) -> &'static str {
        match self {
            Emergency::Police => keys::EMERGENCY_POLICE,
            Emergency::Ambulance => keys::EMERGENCY_AMBULANCE,
            Emergency::Child => keys::EMERGENCY_CHILD,
        }
    }

    /// A button that says to call it ("Call 113 (police)").
    pub fn call_key(self) -> &'static str {
        match self {
            Emergency::Police => keys::CHECK_CALL_113,
            Emergency::Ambulance => keys::CHECK_CALL_115,
            Emergency::Child => keys::CHECK_CALL_111,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::directory::{provider, Coverage, Status};
    use crate::core::lang::Lang;
    use crate::i18n::message;

    /// The strip and the contacts view's cards dial the same digits: the directory's
    /// entry for each number is shown, national, and calls exactly these digits.
    #[test]
    fn the_directory_dials_the_same_numbers() {
        for e in Emergency::ALL {
            let p = provider(e.directory_id());
            assert!(p.is_some(), "no {} in data/directory.csv", e.directory_id());
            let Some(p) = p else { continue };
            assert_eq!(p.status, Status::Verified, "{}", p.id);
            assert_eq!(p.coverage, Coverage::National, "{}", p.id);
            let dials: Vec<String> = p.contacts.iter().filter_map(|c| c.tel_href()).collect();
            assert_eq!(dials, vec![e.tel()], "{}", p.id);
        }
    }

    #[test]
    fn each_number_is_dialable_and_named_with_its_own_digits() {
        for (i, e) in Emergency::ALL.into_iter().enumerate() {
            let d = e.digits();
            assert!(d.len() == 3 && d.bytes().all(|b| b.is_ascii_digit()), "{d}");
            assert_eq!(e.tel(), format!("tel:{d}"));
            assert!(
                !Emergency::ALL[..i].iter().any(|o| o.digits() == d),
                "{d} twice"
            );
            // The words of the call button name this number and no other, in every
            // language: a button saying 113 must dial 113.
            for lang in Lang::ALL {
                let words = message(lang, e.call_key(), None);
                assert!(words.contains(d), "{}: {words:?}", lang.code());
                for other in Emergency::ALL.into_iter().filter(|o| *o != e) {
                    assert!(!words.contains(other.digits()), "{words:?}");
                }
            }
        }
    }
}

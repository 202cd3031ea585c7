//! What a person needs help with. Shared by the self-check (which suggests needs),
//! the plan, the contacts filter and deep links (`?n=2`; old posters say `?need=medical`).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    /// In danger now: emergency numbers first.
    Danger,
    Medical,
    /// Someone to talk to: counselling, hotlines.
    Talk,
    Legal,
    /// A safe place to stay.
    Shelter,
    /// A child is at risk.
    Child,
}

impl Need {
    pub const ALL: [Need; 6] = [
        Need::Danger,
        Need::Medical,
        Need::Talk,
        Need::Legal,
        Need::Shelter,
        Need::Child,
    ];

    /// The need's number in addresses (`?n=2,4`): a history list shows no word.
    pub fn code(self) -> u8 {
        match self {
            Need::Danger => 1,
            Need::Medical => 2,
            Need::Talk => 3,
            Need::Legal => 4,
            Need::Shelter => 5,
            Need::Child => 6,
        }
    }

    pub fn from_code(s: &str) -> Option<Need> {
        let s = s.trim();
        Need::ALL
            .into_iter()
            .find(|n| !s.is_empty() && s.len() <= 2 && n.code().to_string() == s)
    }

    /// The need's word: read from old addresses (`?need=medical`) and used inside the
    /// page (`data-need`), never written into an address.
    pub fn param(self) -> &'static str {
        match self {
            Need::Danger => "danger",
            Need::Medical => "medical",
            Need::Talk => "talk",
            Need::Legal => "legal",
            Need::Shelter => "shelter",
            Need::Child => "child",
        }
    }

    pub fn from_param(s: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.param() == s.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_round_trip_and_unknown_is_none() {
        for n in Need::ALL {
            assert_eq!(Need::from_param(n.param()), Some(n));
        }
        assert_eq!(Need::from_param("police"), None);
        assert_eq!(Need::from_param(""), None);
        for n in Need::ALL {
            assert_eq!(Need::from_code(&n.code().to_string()), Some(n));
        }
        for junk in ["", "0", "7", "01", "1.0", "-1", "x"] {
            assert_eq!(Need::from_code(junk), None, "{junk}");
        }
    }
}

//! What a person needs help with. Shared by the self-check (which suggests needs),
//! the plan, the contacts filter and deep links (`?need=medical`).

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

    /// The value used in links (`?need=`).
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
    }
}

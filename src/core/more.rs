//! Long legal detail one tap away: each long text here is shown as a short first line,
//! with the whole text behind a "read more" disclosure (`ui::widgets::ReadMore`). A
//! frightened reader gets the point first; the articles and conditions wait for who wants them.

use crate::keys;

/// (the whole text, its short first line).
pub const LEADS: &[(&str, &str)] = &[
    (keys::PLAN_STAYING_MEDIATION, keys::MORE_MEDIATION),
    (keys::HELP_OFFICE_NO_CONTACT, keys::MORE_NO_CONTACT),
    (keys::DIARY_AID, keys::MORE_LEGAL_AID),
];

/// The short first line of a long text, if it has one.
pub fn lead(detail: &str) -> Option<&'static str> {
    LEADS.iter().find(|(d, _)| *d == detail).map(|(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::i18n::message;

    #[test]
    fn each_lead_is_shorter_than_its_detail_in_every_language() {
        for (detail, lead) in LEADS {
            for lang in Lang::ALL {
                let (d, l) = (message(lang, detail, None), message(lang, lead, None));
                assert!(
                    l.chars().count() * 2 <= d.chars().count(),
                    "{} {lead}: not half of {detail}",
                    lang.code()
                );
            }
        }
        assert_eq!(lead(keys::DIARY_AID), Some(keys::MORE_LEGAL_AID));
        assert_eq!(lead(keys::HELP_OFFICE_REPORT), None);
    }
}

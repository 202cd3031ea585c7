//! "Your commune": every one of the 102 units has a People's Committee and a police
//! office. The law names both as places to report domestic violence (Law 13/2022/QH15,
//! Art. 19) and the chair of the People's Committee as the one who can order the person
//! using violence to keep away (a no-contact order, Art. 25). They are built from the
//! unit table, not from the contact data: no phone number or address is known for them,
//! so none is given.

use super::{unit, Unit};
use crate::keys;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeKind {
    /// Ủy ban nhân dân (UBND): the commune's People's Committee.
    PeoplesCommittee,
    /// Công an: the commune police.
    Police,
}

/// One office of one commune.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Office {
    pub kind: OfficeKind,
    pub unit: &'static Unit,
}

impl Office {
    /// The name on the office's sign, in Vietnamese in every language:
    /// "Ủy ban nhân dân xã An Phú", "Công an phường Long Xuyên".
    pub fn name_vi(&self) -> String {
        match self.kind {
            OfficeKind::PeoplesCommittee => format!("Ủy ban nhân dân {}", self.unit.label()),
            OfficeKind::Police => format!("Công an {}", self.unit.label()),
        }
    }

    /// The short form people say and write: "UBND xã An Phú" (the police have none).
    pub fn short_vi(&self) -> Option<String> {
        match self.kind {
            OfficeKind::PeoplesCommittee => Some(format!("UBND {}", self.unit.label())),
            OfficeKind::Police => None,
        }
    }

    /// The message that names it in the reader's language (`$area` is the unit).
    pub fn name_key(&self) -> &'static str {
        match self.kind {
            OfficeKind::PeoplesCommittee => keys::HELP_OFFICE_COMMITTEE,
            OfficeKind::Police => keys::HELP_OFFICE_POLICE,
        }
    }

    /// What one can go there for, each with the article of the law that says so.
    pub fn asks(&self) -> &'static [&'static str] {
        match self.kind {
            OfficeKind::PeoplesCommittee => {
                &[keys::HELP_OFFICE_REPORT, keys::HELP_OFFICE_NO_CONTACT]
            }
            OfficeKind::Police => &[keys::HELP_OFFICE_REPORT, keys::HELP_OFFICE_POLICE_PROTECT],
        }
    }

    /// A stable id for tests and styling.
    pub fn id(&self) -> &'static str {
        match self.kind {
            OfficeKind::PeoplesCommittee => "commune-committee",
            OfficeKind::Police => "commune-police",
        }
    }
}

/// The People's Committee and the police of the unit with this code.
pub fn commune_offices(code: u32) -> Option<[Office; 2]> {
    let unit = unit(code)?;
    Some([
        Office {
            kind: OfficeKind::PeoplesCommittee,
            unit,
        },
        Office {
            kind: OfficeKind::Police,
            unit,
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::super::{UnitKind, UNITS};
    use super::*;

    #[test]
    fn every_commune_has_its_committee_and_police_by_name() {
        assert_eq!(UNITS.len(), 102);
        for u in UNITS.iter() {
            let offices = commune_offices(u.code);
            let Some([committee, police]) = offices else {
                panic!("{}: no offices", u.name);
            };
            assert_eq!(committee.kind, OfficeKind::PeoplesCommittee);
            assert_eq!(police.kind, OfficeKind::Police);
            let label = format!("{} {}", u.kind.vi(), u.name);
            assert_eq!(committee.name_vi(), format!("Ủy ban nhân dân {label}"));
            assert_eq!(committee.short_vi(), Some(format!("UBND {label}")));
            assert_eq!(police.name_vi(), format!("Công an {label}"));
            assert!(committee.asks().contains(&keys::HELP_OFFICE_NO_CONTACT));
            assert!(
                !police.asks().contains(&keys::HELP_OFFICE_NO_CONTACT),
                "the chair decides, not the police"
            );
        }
        assert_eq!(commune_offices(99_999), None);
    }

    #[test]
    fn wards_and_special_zones_are_named_as_such() {
        let ward = UNITS.iter().find(|u| u.kind == UnitKind::Phuong);
        let zone = UNITS.iter().find(|u| u.name == "Phú Quốc");
        let name = |u: Option<&Unit>, i: usize| {
            u.and_then(|u| commune_offices(u.code))
                .map(|o| o[i].name_vi())
        };
        assert!(name(ward, 0).is_some_and(|n| n.starts_with("Ủy ban nhân dân phường ")));
        assert_eq!(name(zone, 1), Some("Công an đặc khu Phú Quốc".into()));
    }
}

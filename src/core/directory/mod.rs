//! The contact directory: providers and the 102 commune-level units of An Giang, as
//! static tables generated at build time from `data/directory.csv` and `data/units.csv`
//! (checked by the build-only crate `safepath-data`; nothing is parsed when the app
//! starts), plus the pure logic the "Get help" view needs: [`search_units`],
//! [`providers_for`] and [`commune_offices`].
//!
//! Unverified entries ARE shown, with a visible "not yet confirmed" mark
//! (`keys::HELP_UNCONFIRMED`): hiding them would leave most needs with nothing to call.
//! Retired entries are never shown.

mod commune;
mod fold;
mod order;
mod search;

pub use commune::{commune_offices, Office, OfficeKind};
pub use fold::fold;
pub use order::{providers_for, results, Group, Reach, Results};
pub use search::{bounded as bounded_query, search_units, MAX_QUERY_CHARS, MAX_SUGGESTIONS};

use crate::core::lang::Lang;
use crate::core::need::Need;
use crate::keys;

/// A calendar day (when an entry was last checked).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `28/11/2026`, the way dates are written in Vietnam (and read in Cambodia).
    pub fn dmy(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

/// Text with a Vietnamese original and English/Khmer where they exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub vi: &'static str,
    pub en: Option<&'static str>,
    pub km: Option<&'static str>,
}

impl Text {
    /// The text in `lang`, or the Vietnamese one when there is none (a Khmer reader in
    /// An Giang meets the Vietnamese name on signs, so it beats an English one).
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en.unwrap_or(self.vi),
            Lang::Km => self.km.unwrap_or(self.vi),
        }
    }
}

/// What sort of organisation a provider is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Emergency,
    Hotline,
    OneStopCentre,
    Health,
    Police,
    LegalAid,
    /// Shelter or trusted address ("địa chỉ tin cậy").
    Shelter,
    SocialWork,
    WomensUnion,
    ChildProtection,
    SchoolCounselling,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Emergency,
        Kind::Hotline,
        Kind::OneStopCentre,
        Kind::Health,
        Kind::Police,
        Kind::LegalAid,
        Kind::Shelter,
        Kind::SocialWork,
        Kind::WomensUnion,
        Kind::ChildProtection,
        Kind::SchoolCounselling,
    ];

    /// The word used for it in data/directory.csv.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Emergency => "emergency",
            Kind::Hotline => "hotline",
            Kind::OneStopCentre => "one-stop-centre",
            Kind::Health => "health",
            Kind::Police => "police",
            Kind::LegalAid => "legal-aid",
            Kind::Shelter => "shelter",
            Kind::SocialWork => "social-work",
            Kind::WomensUnion => "womens-union",
            Kind::ChildProtection => "child-protection",
            Kind::SchoolCounselling => "school-counselling",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Kind::Emergency => keys::HELP_KIND_EMERGENCY,
            Kind::Hotline => keys::HELP_KIND_HOTLINE,
            Kind::OneStopCentre => keys::HELP_KIND_ONE_STOP_CENTRE,
            Kind::Health => keys::HELP_KIND_HEALTH,
            Kind::Police => keys::HELP_KIND_POLICE,
            Kind::LegalAid => keys::HELP_KIND_LEGAL_AID,
            Kind::Shelter => keys::HELP_KIND_SHELTER,
            Kind::SocialWork => keys::HELP_KIND_SOCIAL_WORK,
            Kind::WomensUnion => keys::HELP_KIND_WOMENS_UNION,
            Kind::ChildProtection => keys::HELP_KIND_CHILD_PROTECTION,
            Kind::SchoolCounselling => keys::HELP_KIND_SCHOOL_COUNSELLING,
        }
    }
}

/// What a provider helps with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    Counselling,
    MedicalCare,
    ForensicExam,
    LegalAdvice,
    Shelter,
    PoliceProtection,
    ChildProtection,
    /// Social help (the one-stop centre's "social welfare").
    SocialSupport,
}

impl Service {
    pub const ALL: [Service; 8] = [
        Service::Counselling,
        Service::MedicalCare,
        Service::ForensicExam,
        Service::LegalAdvice,
        Service::Shelter,
        Service::PoliceProtection,
        Service::ChildProtection,
        Service::SocialSupport,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Service::Counselling => "counselling",
            Service::MedicalCare => "medical-care",
            Service::ForensicExam => "forensic-exam",
            Service::LegalAdvice => "legal-advice",
            Service::Shelter => "shelter",
            Service::PoliceProtection => "police-protection",
            Service::ChildProtection => "child-protection",
            Service::SocialSupport => "social-support",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Service::Counselling => keys::HELP_SERVICE_COUNSELLING,
            Service::MedicalCare => keys::HELP_SERVICE_MEDICAL_CARE,
            Service::ForensicExam => keys::HELP_SERVICE_FORENSIC_EXAM,
            Service::LegalAdvice => keys::HELP_SERVICE_LEGAL_ADVICE,
            Service::Shelter => keys::HELP_SERVICE_SHELTER,
            Service::PoliceProtection => keys::HELP_SERVICE_POLICE_PROTECTION,
            Service::ChildProtection => keys::HELP_SERVICE_CHILD_PROTECTION,
            Service::SocialSupport => keys::HELP_SERVICE_SOCIAL_SUPPORT,
        }
    }
}

/// The label of a need in the filter.
pub fn need_key(need: Need) -> &'static str {
    match need {
        Need::Danger => keys::HELP_NEED_DANGER,
        Need::Medical => keys::HELP_NEED_MEDICAL,
        Need::Talk => keys::HELP_NEED_TALK,
        Need::Legal => keys::HELP_NEED_LEGAL,
        Need::Shelter => keys::HELP_NEED_SHELTER,
        Need::Child => keys::HELP_NEED_CHILD,
    }
}

/// Where a provider serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    National,
    Province,
    /// Listed commune-level units, by code.
    Units(&'static [u32]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cost {
    Free,
    Charged,
    Unknown,
}

impl Cost {
    pub fn key(self) -> &'static str {
        match self {
            Cost::Free => keys::HELP_COST_FREE,
            Cost::Charged => keys::HELP_COST_CHARGED,
            Cost::Unknown => keys::HELP_COST_UNKNOWN,
        }
    }
}

/// One number and what it can be used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContactPoint {
    /// Digits for links (`+84…` kept international).
    pub tel: &'static str,
    /// Grouped for reading: `1900 969680`, `0912 345 678`.
    pub display: &'static str,
    pub call: bool,
    pub sms: bool,
    /// The number is an official Zalo account.
    pub zalo: bool,
    pub cost: Cost,
}

impl ContactPoint {
    /// `tel:113`, when calls are taken.
    pub fn tel_href(&self) -> Option<String> {
        self.call.then(|| format!("tel:{}", self.tel))
    }

    /// `sms:18001768`, when texts are taken.
    pub fn sms_href(&self) -> Option<String> {
        self.sms.then(|| format!("sms:{}", self.tel))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    /// Day and night, every day.
    Always,
    Text(Text),
    /// Not known: shown as such, never guessed.
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Verified,
    /// Shown with the "not yet confirmed" mark.
    Unverified,
    /// Kept in the data as a record; never shown.
    Retired,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provider {
    /// Stable: may appear in links and tests.
    pub id: &'static str,
    pub name: Text,
    pub kind: Kind,
    pub services: &'static [Service],
    pub coverage: Coverage,
    /// A place to go in person; `address` says where, as far as the sources say.
    pub in_person: bool,
    /// No number, or none yet confirmed: the card says "phone not yet confirmed".
    pub contacts: &'static [ContactPoint],
    pub hours: Hours,
    pub languages: &'static [Lang],
    pub address: Option<Text>,
    /// A short fact worth knowing (who runs it, a caveat).
    pub note: Option<Text>,
    pub sources: &'static [Source],
    /// The day someone last checked this entry against its source.
    pub checked: Date,
    pub status: Status,
}

impl Provider {
    /// Whether it may appear to a person at all.
    pub fn shown(&self) -> bool {
        self.status != Status::Retired
    }

    pub fn unconfirmed(&self) -> bool {
        self.status == Status::Unverified
    }

    /// Whether it answers `need`: Danger → emergency numbers and police protection;
    /// Medical → medical care, forensic examination; Talk → counselling and hotlines;
    /// Legal → legal advice; Shelter → shelter; Child → child protection.
    pub fn answers(&self, need: Need) -> bool {
        let has = |s: Service| self.services.contains(&s);
        match need {
            Need::Danger => self.kind == Kind::Emergency || has(Service::PoliceProtection),
            Need::Medical => has(Service::MedicalCare) || has(Service::ForensicExam),
            Need::Talk => self.kind == Kind::Hotline || has(Service::Counselling),
            Need::Legal => has(Service::LegalAdvice),
            Need::Shelter => has(Service::Shelter),
            Need::Child => has(Service::ChildProtection),
        }
    }
}

/// Type of a commune-level unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// xã: rural commune.
    Xa,
    /// phường: urban ward.
    Phuong,
    /// đặc khu: special zone (Phú Quốc, Thổ Châu, Kiên Hải).
    DacKhu,
}

impl UnitKind {
    /// The Vietnamese word, part of the unit's proper name in every language.
    pub fn vi(self) -> &'static str {
        match self {
            UnitKind::Xa => "xã",
            UnitKind::Phuong => "phường",
            UnitKind::DacKhu => "đặc khu",
        }
    }
}

/// One of the 102 commune-level units of An Giang since 1 July 2025.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Statistics office code, e.g. 30307 for phường Long Xuyên.
    pub code: u32,
    pub name: &'static str,
    pub kind: UnitKind,
    /// The district it came from, as people still say it: "Huyện Chợ Mới".
    pub former_district: &'static str,
    /// "An Giang" or "Kiên Giang".
    pub former_province: &'static str,
    /// Former communes/wards merged into it (search aliases).
    pub merged_from: &'static [&'static str],
}

impl Unit {
    /// "phường Long Xuyên".
    pub fn label(&self) -> String {
        format!("{} {}", self.kind.vi(), self.name)
    }
}

/// The generated tables: `UNITS` (all 102 units), `PROVIDERS` (every entry of
/// data/directory.csv, retired ones included so tests can prove they never show) and
/// `LAST_CHECKED` (the latest day an entry was checked).
mod tables {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/directory.rs"));
}

pub use tables::{LAST_CHECKED, PROVIDERS, UNITS};

/// The unit with this code (e.g. from `?area=30307`).
pub fn unit(code: u32) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.code == code)
}

/// The provider with this id, if it may be shown.
pub fn provider(id: &str) -> Option<&'static Provider> {
    PROVIDERS.iter().find(|p| p.id == id && p.shown())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_words_match_the_enums() {
        use safepath_data::words::{KINDS, SERVICES};
        let kinds: Vec<_> = Kind::ALL.iter().map(|k| k.word()).collect();
        let data: Vec<_> = KINDS.iter().map(|(w, _)| *w).collect();
        assert_eq!(kinds, data);
        let services: Vec<_> = Service::ALL.iter().map(|s| s.word()).collect();
        let data: Vec<_> = SERVICES.iter().map(|(w, _)| *w).collect();
        assert_eq!(services, data);
        let variants: Vec<_> = Kind::ALL.iter().map(|k| format!("{k:?}")).collect();
        let data: Vec<_> = KINDS.iter().map(|(_, v)| (*v).to_string()).collect();
        assert_eq!(variants, data);
        let variants: Vec<_> = Service::ALL.iter().map(|k| format!("{k:?}")).collect();
        let data: Vec<_> = SERVICES.iter().map(|(_, v)| (*v).to_string()).collect();
        assert_eq!(variants, data);
    }

    #[test]
    fn all_102_units_are_there_with_unique_codes() {
        assert_eq!(UNITS.len(), 102);
        let count = |k: UnitKind| UNITS.iter().filter(|u| u.kind == k).count();
        assert_eq!(
            (
                count(UnitKind::Xa),
                count(UnitKind::Phuong),
                count(UnitKind::DacKhu)
            ),
            (85, 14, 3)
        );
        let mut codes: Vec<u32> = UNITS.iter().map(|u| u.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 102);
        assert_eq!(
            unit(30307).map(Unit::label),
            Some("phường Long Xuyên".into())
        );
        assert_eq!(unit(1), None);
    }

    #[test]
    fn shipped_numbers_never_include_retired_or_unconfirmed_ones() {
        // 1800 1567 was replaced by 111 in 2017; 1800 8077 has a single low-confidence
        // source (shared research, domain.md). Neither may be callable from the app.
        for p in PROVIDERS.iter().filter(|p| p.shown()) {
            for c in p.contacts {
                assert_ne!(c.tel, "18001567", "{}", p.id);
                assert_ne!(c.tel, "18008077", "{}", p.id);
            }
        }
        assert!(
            PROVIDERS.iter().any(|p| p.status == Status::Retired),
            "the retired record proves the rule"
        );
        let retired = PROVIDERS.iter().filter(|p| !p.shown()).map(|p| p.id);
        for id in retired {
            assert_eq!(provider(id), None);
        }
    }

    #[test]
    fn every_shown_provider_can_be_reached_and_has_a_source() {
        for p in PROVIDERS.iter().filter(|p| p.shown()) {
            let by_phone = p
                .contacts
                .iter()
                .any(|c| c.tel_href().is_some() || c.sms_href().is_some());
            assert!(by_phone || (p.in_person && p.address.is_some()), "{}", p.id);
            assert!(!p.sources.is_empty(), "{}", p.id);
        }
        let police = provider("police-113").map(|p| p.contacts[0].tel_href());
        assert_eq!(police, Some(Some("tel:113".into())));
    }

    #[test]
    fn the_one_stop_centre_is_a_place_to_go_with_no_number_yet() {
        let centre = provider("anh-duong-an-giang");
        assert!(centre.is_some_and(|c| c.in_person
            && c.contacts.is_empty()
            && c.kind == Kind::OneStopCentre
            && c.coverage == Coverage::Province
            && c.address.is_some_and(|a| a.vi.contains("Long Xuyên"))));
        // It is listed for the whole province, whatever the commune.
        for u in UNITS.iter() {
            let all = providers_for(&[], Some(u.code));
            assert!(
                all.iter().any(|p| p.id == "anh-duong-an-giang"),
                "{}",
                u.name
            );
        }
    }

    #[test]
    fn lines_say_what_the_sources_say() {
        // 111: Ministry of Health, anti-trafficking since 2025, Zalo.
        let l111 = provider("child-111");
        assert!(l111.is_some_and(|p| p.contacts[0].zalo
            && p.note
                .is_some_and(|n| n.vi.contains("Bộ Y tế") && n.vi.contains("mua bán người"))));
        // 1900 969680: call charges may apply.
        let ph = provider("peace-house-line");
        assert!(ph.is_some_and(|p| p.contacts[0].cost == Cost::Charged));
        // 1800 1768: nothing since 2021, so never presented as working.
        let fu = provider("farmers-union-line");
        assert!(
            fu.is_some_and(|p| p.unconfirmed() && p.note.is_some_and(|n| n.vi.contains("2021")))
        );
    }

    #[test]
    fn names_fall_back_to_vietnamese() {
        let t = Text {
            vi: "Công an",
            en: Some("Police"),
            km: None,
        };
        assert_eq!(t.get(Lang::En), "Police");
        assert_eq!(t.get(Lang::Km), "Công an");
    }
}

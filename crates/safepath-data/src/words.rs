//! Words the data may use, and the Rust variant each becomes in the generated tables.
//! The app's tests check these lists against its enums.

pub const KINDS: &[(&str, &str)] = &[
    ("emergency", "Emergency"),
    ("hotline", "Hotline"),
    ("one-stop-centre", "OneStopCentre"),
    ("health", "Health"),
    ("police", "Police"),
    ("legal-aid", "LegalAid"),
    ("shelter", "Shelter"),
    ("social-work", "SocialWork"),
    ("womens-union", "WomensUnion"),
    ("child-protection", "ChildProtection"),
    ("school-counselling", "SchoolCounselling"),
];

pub const SERVICES: &[(&str, &str)] = &[
    ("counselling", "Counselling"),
    ("medical-care", "MedicalCare"),
    ("forensic-exam", "ForensicExam"),
    ("legal-advice", "LegalAdvice"),
    ("shelter", "Shelter"),
    ("police-protection", "PoliceProtection"),
    ("child-protection", "ChildProtection"),
    ("social-support", "SocialSupport"),
];

pub const STATUSES: &[(&str, &str)] = &[
    ("verified", "Verified"),
    ("unverified", "Unverified"),
    ("retired", "Retired"),
];

pub const COSTS: &[(&str, &str)] = &[
    ("free", "Free"),
    ("charged", "Charged"),
    ("unknown", "Unknown"),
];

pub const LANGUAGES: &[(&str, &str)] = &[("vi", "Vi"), ("en", "En"), ("km", "Km")];

pub const UNIT_KINDS: &[(&str, &str)] =
    &[("xã", "Xa"), ("phường", "Phuong"), ("đặc khu", "DacKhu")];

pub(crate) fn variant(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

pub(crate) fn words(table: &[(&str, &str)]) -> String {
    table
        .iter()
        .map(|(w, _)| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

//! The guide's content as data: for each section, its words (message ids only), its
//! checklist and its free-text fields. The `code`s are what a kept plan stores, so they
//! must never change meaning: add a new code rather than reuse or rename one.

use crate::keys;

/// One checklist line.
pub struct Item {
    /// Stable id inside its section (stored in kept plans).
    pub code: &'static str,
    pub key: &'static str,
}

/// One free-text field.
pub struct Field {
    /// Stable id inside its section (stored in kept plans).
    pub code: &'static str,
    pub label: &'static str,
    /// Placeholder/hint text, when the label alone is not enough.
    pub hint: Option<&'static str>,
}

pub struct Section {
    /// Stable id of the section (stored in kept plans).
    pub code: &'static str,
    pub title: &'static str,
    /// Short plain guidance, one or more paragraphs.
    pub guidance: &'static [&'static str],
    pub items: &'static [Item],
    pub fields: &'static [Field],
}

const fn item(code: &'static str, key: &'static str) -> Item {
    Item { code, key }
}

const fn field(code: &'static str, label: &'static str, hint: Option<&'static str>) -> Field {
    Field { code, label, hint }
}

pub const INCIDENT: Section = Section {
    code: "incident",
    title: keys::PLAN_INCIDENT_TITLE,
    guidance: &[keys::PLAN_INCIDENT_GUIDE],
    items: &[
        item("exits", keys::PLAN_INCIDENT_I_EXITS),
        item("room", keys::PLAN_INCIDENT_I_ROOM),
        item("phone", keys::PLAN_INCIDENT_I_PHONE),
        item("codeword", keys::PLAN_INCIDENT_I_CODEWORD),
        item("neighbour", keys::PLAN_INCIDENT_I_NEIGHBOUR),
        item("numbers", keys::PLAN_INCIDENT_I_NUMBERS),
        item("medical", keys::PLAN_INCIDENT_I_MEDICAL),
    ],
    fields: &[
        field(
            "saferoom",
            keys::PLAN_INCIDENT_F_SAFEROOM,
            Some(keys::PLAN_INCIDENT_F_SAFEROOM_HINT),
        ),
        field(
            "goto",
            keys::PLAN_INCIDENT_F_GOTO,
            Some(keys::PLAN_INCIDENT_F_GOTO_HINT),
        ),
    ],
};

pub const LEAVE: Section = Section {
    code: "leave",
    title: keys::PLAN_LEAVE_TITLE,
    guidance: &[keys::PLAN_LEAVE_GUIDE],
    items: &[
        item("money", keys::PLAN_LEAVE_I_MONEY),
        item("copies", keys::PLAN_LEAVE_I_COPIES),
        item("bag", keys::PLAN_LEAVE_I_BAG),
        item("place", keys::PLAN_LEAVE_I_PLACE),
        item("timing", keys::PLAN_LEAVE_I_TIMING),
        item("secret", keys::PLAN_LEAVE_I_SECRET),
        item("shelter", keys::PLAN_LEAVE_I_SHELTER),
    ],
    fields: &[
        field(
            "stay",
            keys::PLAN_LEAVE_F_STAY,
            Some(keys::PLAN_LEAVE_F_STAY_HINT),
        ),
        field(
            "route",
            keys::PLAN_LEAVE_F_ROUTE,
            Some(keys::PLAN_LEAVE_F_ROUTE_HINT),
        ),
        field(
            "money",
            keys::PLAN_LEAVE_F_MONEY,
            Some(keys::PLAN_LEAVE_F_MONEY_HINT),
        ),
    ],
};

pub const GOBAG: Section = Section {
    code: "gobag",
    title: keys::PLAN_GOBAG_TITLE,
    guidance: &[keys::PLAN_GOBAG_GUIDE],
    items: &[
        item("cccd", keys::PLAN_GOBAG_I_CCCD),
        item("birth", keys::PLAN_GOBAG_I_BIRTH),
        item("marriage", keys::PLAN_GOBAG_I_MARRIAGE),
        item("residence", keys::PLAN_GOBAG_I_RESIDENCE),
        item("insurance", keys::PLAN_GOBAG_I_INSURANCE),
        item("money", keys::PLAN_GOBAG_I_MONEY),
        item("keys", keys::PLAN_GOBAG_I_KEYS),
        item("medicine", keys::PLAN_GOBAG_I_MEDICINE),
        item("phone", keys::PLAN_GOBAG_I_PHONE),
        item("numbers", keys::PLAN_GOBAG_I_NUMBERS),
        item("kids-papers", keys::PLAN_GOBAG_I_KIDS_PAPERS),
        item("toy", keys::PLAN_GOBAG_I_TOY),
        item("protection", keys::PLAN_GOBAG_I_PROTECTION),
        item("clothes", keys::PLAN_GOBAG_I_CLOTHES),
    ],
    fields: &[
        field(
            "where",
            keys::PLAN_GOBAG_F_WHERE,
            Some(keys::PLAN_GOBAG_F_WHERE_HINT),
        ),
        field("other", keys::PLAN_GOBAG_F_OTHER, None),
    ],
};

pub const AFTER: Section = Section {
    code: "after",
    title: keys::PLAN_AFTER_TITLE,
    guidance: &[keys::PLAN_AFTER_GUIDE],
    items: &[
        item("locks", keys::PLAN_AFTER_I_LOCKS),
        item("routine", keys::PLAN_AFTER_I_ROUTINE),
        item("tell", keys::PLAN_AFTER_I_TELL),
        item("diary", keys::PLAN_AFTER_I_DIARY),
        item("evidence", keys::PLAN_AFTER_I_EVIDENCE),
        item("order", keys::PLAN_AFTER_I_ORDER),
        item("accounts", keys::PLAN_AFTER_I_ACCOUNTS),
    ],
    fields: &[
        field(
            "diary",
            keys::PLAN_AFTER_F_DIARY,
            Some(keys::PLAN_AFTER_F_DIARY_HINT),
        ),
        field(
            "alert",
            keys::PLAN_AFTER_F_ALERT,
            Some(keys::PLAN_AFTER_F_ALERT_HINT),
        ),
    ],
};

pub const CHILDREN: Section = Section {
    code: "children",
    title: keys::PLAN_CHILDREN_TITLE,
    guidance: &[keys::PLAN_CHILDREN_GUIDE],
    items: &[
        item("hide", keys::PLAN_CHILDREN_I_HIDE),
        item("call", keys::PLAN_CHILDREN_I_CALL),
        item("neighbour", keys::PLAN_CHILDREN_I_NEIGHBOUR),
        item("stay-out", keys::PLAN_CHILDREN_I_STAY_OUT),
        item("codeword", keys::PLAN_CHILDREN_I_CODEWORD),
        item("school", keys::PLAN_CHILDREN_I_SCHOOL),
        item("hotline", keys::PLAN_CHILDREN_I_HOTLINE),
    ],
    fields: &[
        field(
            "plan",
            keys::PLAN_CHILDREN_F_PLAN,
            Some(keys::PLAN_CHILDREN_F_PLAN_HINT),
        ),
        field(
            "pickup",
            keys::PLAN_CHILDREN_F_PICKUP,
            Some(keys::PLAN_CHILDREN_F_PICKUP_HINT),
        ),
    ],
};

pub const PREGNANCY: Section = Section {
    code: "pregnancy",
    title: keys::PLAN_PREGNANCY_TITLE,
    guidance: &[keys::PLAN_PREGNANCY_GUIDE],
    items: &[
        item("checkups", keys::PLAN_PREGNANCY_I_CHECKUPS),
        item("clinic", keys::PLAN_PREGNANCY_I_CLINIC),
        item("ride", keys::PLAN_PREGNANCY_I_RIDE),
        item("papers", keys::PLAN_PREGNANCY_I_PAPERS),
        item("protect", keys::PLAN_PREGNANCY_I_PROTECT),
        item("ambulance", keys::PLAN_PREGNANCY_I_AMBULANCE),
    ],
    fields: &[
        field(
            "birth",
            keys::PLAN_PREGNANCY_F_BIRTH,
            Some(keys::PLAN_PREGNANCY_F_BIRTH_HINT),
        ),
        field("doctor", keys::PLAN_PREGNANCY_F_DOCTOR, None),
    ],
};

pub const SCHOOL: Section = Section {
    code: "school",
    title: keys::PLAN_SCHOOL_TITLE,
    guidance: &[keys::PLAN_SCHOOL_GUIDE],
    items: &[
        item("trusted", keys::PLAN_SCHOOL_I_TRUSTED),
        item("gate", keys::PLAN_SCHOOL_I_GATE),
        item("route", keys::PLAN_SCHOOL_I_ROUTE),
        item("calls", keys::PLAN_SCHOOL_I_CALLS),
        item("teacher", keys::PLAN_SCHOOL_I_TEACHER),
        item("online", keys::PLAN_SCHOOL_I_ONLINE),
    ],
    fields: &[
        field("person", keys::PLAN_SCHOOL_F_PERSON, None),
        field(
            "route",
            keys::PLAN_SCHOOL_F_ROUTE,
            Some(keys::PLAN_SCHOOL_F_ROUTE_HINT),
        ),
    ],
};

pub const PHONE: Section = Section {
    code: "phone",
    title: keys::PLAN_PHONE_TITLE,
    guidance: &[keys::PLAN_PHONE_GUIDE],
    items: &[
        item("location", keys::PLAN_PHONE_I_LOCATION),
        item("passwords", keys::PLAN_PHONE_I_PASSWORDS),
        item("shared", keys::PLAN_PHONE_I_SHARED),
        item("spyware", keys::PLAN_PHONE_I_SPYWARE),
        item("history", keys::PLAN_PHONE_I_HISTORY),
        item("safer", keys::PLAN_PHONE_I_SAFER),
        item("evidence", keys::PLAN_PHONE_I_EVIDENCE),
    ],
    fields: &[
        field(
            "accounts",
            keys::PLAN_PHONE_F_ACCOUNTS,
            Some(keys::PLAN_PHONE_F_ACCOUNTS_HINT),
        ),
        field(
            "safephone",
            keys::PLAN_PHONE_F_SAFEPHONE,
            Some(keys::PLAN_PHONE_F_SAFEPHONE_HINT),
        ),
    ],
};

pub const SELF_CARE: Section = Section {
    code: "self",
    title: keys::PLAN_SELF_TITLE,
    guidance: &[keys::PLAN_SELF_GUIDE],
    items: &[
        item("talk", keys::PLAN_SELF_I_TALK),
        item("rest", keys::PLAN_SELF_I_REST),
        item("health", keys::PLAN_SELF_I_HEALTH),
        item("counsel", keys::PLAN_SELF_I_COUNSEL),
        item("comfort", keys::PLAN_SELF_I_COMFORT),
        item("crisis", keys::PLAN_SELF_I_CRISIS),
    ],
    fields: &[
        field("helps", keys::PLAN_SELF_F_HELPS, None),
        field(
            "reminder",
            keys::PLAN_SELF_F_REMINDER,
            Some(keys::PLAN_SELF_F_REMINDER_HINT),
        ),
    ],
};

pub const PEOPLE: Section = Section {
    code: "people",
    title: keys::PLAN_PEOPLE_TITLE,
    guidance: &[keys::PLAN_PEOPLE_GUIDE],
    items: &[
        item("trusted", keys::PLAN_PEOPLE_I_TRUSTED),
        item("codeword", keys::PLAN_PEOPLE_I_CODEWORD),
        item("paper", keys::PLAN_PEOPLE_I_PAPER),
        item("place", keys::PLAN_PEOPLE_I_PLACE),
        item("report", keys::PLAN_PEOPLE_I_REPORT),
    ],
    fields: &[
        field(
            "people",
            keys::PLAN_PEOPLE_F_PEOPLE,
            Some(keys::PLAN_PEOPLE_F_PEOPLE_HINT),
        ),
        field("places", keys::PLAN_PEOPLE_F_PLACES, None),
        field(
            "codeword",
            keys::PLAN_PEOPLE_F_CODEWORD,
            Some(keys::PLAN_PEOPLE_F_CODEWORD_HINT),
        ),
        field(
            "numbers",
            keys::PLAN_PEOPLE_F_NUMBERS,
            Some(keys::PLAN_PEOPLE_F_NUMBERS_HINT),
        ),
    ],
};

/// Being safer while living with the person: for someone staying, a real plan and not
/// only a way out. Its second paragraph is the careful word on mediation (hòa giải).
pub const STAYING: Section = Section {
    code: "staying",
    title: keys::PLAN_STAYING_TITLE,
    guidance: &[keys::PLAN_STAYING_GUIDE, keys::PLAN_STAYING_MEDIATION],
    items: &[
        item("signs", keys::PLAN_STAYING_I_SIGNS),
        item("room", keys::PLAN_STAYING_I_ROOM),
        item("signal", keys::PLAN_STAYING_I_SIGNAL),
        item("papers", keys::PLAN_STAYING_I_PAPERS),
        item("money", keys::PLAN_STAYING_I_MONEY),
        item("call", keys::PLAN_STAYING_I_CALL),
        item("children", keys::PLAN_STAYING_I_CHILDREN),
    ],
    fields: &[
        field(
            "signs",
            keys::PLAN_STAYING_F_SIGNS,
            Some(keys::PLAN_STAYING_F_SIGNS_HINT),
        ),
        field(
            "signal",
            keys::PLAN_STAYING_F_SIGNAL,
            Some(keys::PLAN_STAYING_F_SIGNAL_HINT),
        ),
        field(
            "keep",
            keys::PLAN_STAYING_F_KEEP,
            Some(keys::PLAN_STAYING_F_KEEP_HINT),
        ),
    ],
};

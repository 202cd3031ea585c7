//! From answers to guidance. No score, no number, no label of the person: only which
//! signs were shared, how urgent things look (in words), what the law calls it, and what
//! help fits. Help options are always part of the result, whatever the answers.
//!
//! How "Not sure" counts, and why:
//! - On a danger marker it is a reason to take care, never a "yes". It is listed apart
//!   ("you were not sure about…; if it might have happened, take care"), it adds the
//!   matching plan topics and needs (extra guidance costs nothing), and on one of the four
//!   strongest markers it lifts the urgency to `DangerSigns` and adds `Need::Danger` so
//!   emergency contacts show. It never sets `call_first` and never names a form of
//!   violence under the law: telling someone the law says a thing happened when they are
//!   unsure it did would put words in their mouth.
//! - On strangulation it always advises a medical check: the injury is often invisible,
//!   and a person may not know whether what happened "counts".
//! - On "are you safe right now" not being sure is itself the answer that matters: the
//!   emergency step is shown first, exactly as for "No". Showing 113 first to someone
//!   who turns out to be safe costs a line; hiding it from someone who is not could cost
//!   a life.
//! - Skipped questions count for nothing: a skip is a choice not to say.

use super::question::{Form, Marker, Question};
use super::{Answer, Answers, Mode};
use crate::core::need::Need;
use crate::core::sort::sort_by;
use crate::core::topic::Topic;
use crate::keys;

/// How urgent things look, from calm to most urgent (so `max` picks the most urgent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Urgency {
    /// Nothing was answered "yes" (all "No", skipped, or unsure about non-markers).
    NoSignsShared,
    /// Forms of violence were described, without danger markers.
    Concern,
    /// Danger markers other than the strongest four, or unsure about a strongest one.
    DangerSigns,
    /// Any of the strongest markers: strangulation, weapon, threat to kill, fear of
    /// being killed.
    SeriousDanger,
    /// Not safe right now (or not sure): the emergency step comes before anything else.
    EmergencyNow,
}

impl Urgency {
    pub fn title_key(self) -> &'static str {
        match self {
            Urgency::EmergencyNow => keys::CHECK_URGENCY_EMERGENCY_TITLE,
            Urgency::SeriousDanger => keys::CHECK_URGENCY_SERIOUS_TITLE,
            Urgency::DangerSigns => keys::CHECK_URGENCY_SIGNS_TITLE,
            Urgency::Concern => keys::CHECK_URGENCY_CONCERN_TITLE,
            Urgency::NoSignsShared => keys::CHECK_URGENCY_NONE_TITLE,
        }
    }

    pub fn text_key(self, mode: Mode) -> &'static str {
        use Mode::{Me, Other};
        match (self, mode) {
            (Urgency::EmergencyNow, Me) => keys::CHECK_URGENCY_EMERGENCY_ME,
            (Urgency::EmergencyNow, Other) => keys::CHECK_URGENCY_EMERGENCY_OTHER,
            (Urgency::SeriousDanger, Me) => keys::CHECK_URGENCY_SERIOUS_ME,
            (Urgency::SeriousDanger, Other) => keys::CHECK_URGENCY_SERIOUS_OTHER,
            (Urgency::DangerSigns, Me) => keys::CHECK_URGENCY_SIGNS_ME,
            (Urgency::DangerSigns, Other) => keys::CHECK_URGENCY_SIGNS_OTHER,
            (Urgency::Concern, Me) => keys::CHECK_URGENCY_CONCERN_ME,
            (Urgency::Concern, Other) => keys::CHECK_URGENCY_CONCERN_OTHER,
            (Urgency::NoSignsShared, Me) => keys::CHECK_URGENCY_NONE_ME,
            (Urgency::NoSignsShared, Other) => keys::CHECK_URGENCY_NONE_OTHER,
        }
    }

    /// Serious enough that 113 comes first.
    pub fn is_urgent(self) -> bool {
        self >= Urgency::SeriousDanger
    }
}

/// A number the result may put first (113 police, 111 child protection): one of the
/// national emergency numbers.
pub type EmergencyNumber = crate::core::emergency::Emergency;

/// A danger marker that shaped the result, and whether it was a "yes" (`sure`) or a
/// "not sure".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reason {
    pub marker: Marker,
    pub sure: bool,
}

impl Reason {
    pub fn key(self) -> &'static str {
        self.marker.reason_key()
    }
}

/// Everything the result screen, the plan and the contacts filter need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub mode: Mode,
    pub urgency: Urgency,
    /// Markers that were shared, strongest first, in question order within each group.
    pub reasons: Vec<Reason>,
    /// Forms of violence the "yes" answers describe, as the law names them.
    pub forms: Vec<Form>,
    /// After strangulation ("yes" or "not sure"), always.
    pub medical_check_advised: bool,
    /// The number to show before anything else, if any.
    pub call_first: Option<EmergencyNumber>,
    /// A second number: 111 when a child is harmed and 113 already comes first.
    pub call_also: Option<EmergencyNumber>,
    /// For the contacts filter, most pressing first. Always contains `Need::Talk`.
    pub needs: Vec<Need>,
    /// For the safety plan, sorted, without repeats.
    pub topics: Vec<Topic>,
    /// Some question was answered "not sure" (the result says that is normal).
    pub any_not_sure: bool,
}

/// Turns answers into guidance for `mode`. Total: every combination of answers gives a
/// result with help options.
pub fn assess(answers: &Answers, mode: Mode) -> Assessment {
    let not_safe_now = matches!(answers.get(Question::SafeNow), Answer::No | Answer::NotSure);

    let mut reasons: Vec<Reason> = Vec::new();
    let mut forms: Vec<Form> = Vec::new();
    let mut topics: Vec<Topic> = Vec::new();
    let mut any_yes = false;
    let mut any_not_sure = false;

    for q in Question::ALL {
        let a = answers.get(q);
        if a == Answer::NotSure {
            any_not_sure = true;
        }
        let concern = q.is_concern(a);
        any_yes |= concern && q != Question::SafeNow;
        if let Some(marker) = q.marker() {
            match a {
                Answer::Yes => reasons.push(Reason { marker, sure: true }),
                Answer::NotSure => reasons.push(Reason {
                    marker,
                    sure: false,
                }),
                Answer::No | Answer::Skipped => {}
            }
        }
        if concern {
            forms.extend_from_slice(q.forms());
        }
        if concern || (a == Answer::NotSure && q != Question::SafeNow) {
            topics.extend_from_slice(q.topics());
        }
    }
    // Strongest markers first; the sort is stable, so question order stays within.
    sort_by(&mut reasons, |a, b| {
        (!a.marker.is_strongest()).cmp(&!b.marker.is_strongest())
    });

    let has = |m: Marker, sure: bool| reasons.iter().any(|r| r.marker == m && r.sure == sure);
    let yes = |m: Marker| has(m, true);
    let sure_strongest = reasons.iter().any(|r| r.sure && r.marker.is_strongest());
    let unsure_strongest = reasons.iter().any(|r| !r.sure && r.marker.is_strongest());
    let sure_other = reasons.iter().any(|r| r.sure && !r.marker.is_strongest());
    let any_unsure_marker = reasons.iter().any(|r| !r.sure);

    let urgency = if not_safe_now {
        Urgency::EmergencyNow
    } else if sure_strongest {
        Urgency::SeriousDanger
    } else if sure_other || unsure_strongest {
        Urgency::DangerSigns
    } else if any_yes || any_unsure_marker {
        Urgency::Concern
    } else {
        Urgency::NoSignsShared
    };

    let medical_check_advised = reasons.iter().any(|r| r.marker == Marker::Strangulation);
    let child_harmed = yes(Marker::ChildHarm);
    let child_maybe = has(Marker::ChildHarm, false);

    let (call_first, call_also) = if urgency.is_urgent() {
        let also = child_harmed.then_some(EmergencyNumber::Child);
        (Some(EmergencyNumber::Police), also)
    } else if child_harmed {
        (Some(EmergencyNumber::Child), None)
    } else {
        (None, None)
    };

    sort_by(&mut forms, Ord::cmp);
    forms.dedup();

    if not_safe_now {
        topics.push(Topic::NotSafeNow);
    }
    // As `Topic::SeriousDanger` is documented: the strongest markers plus escalation,
    // violent jealousy and the abuser's suicide threats (all "yes" only).
    if sure_strongest
        || yes(Marker::Escalation)
        || yes(Marker::Jealousy)
        || yes(Marker::SuicideThreat)
    {
        topics.push(Topic::SeriousDanger);
    }
    sort_by(&mut topics, Ord::cmp);
    topics.dedup();

    let mut needs = Vec::new();
    if urgency.is_urgent() || unsure_strongest {
        needs.push(Need::Danger);
    }
    if child_harmed || child_maybe {
        needs.push(Need::Child);
    }
    if medical_check_advised || forms.contains(&Form::Physical) || forms.contains(&Form::Sexual) {
        needs.push(Need::Medical);
    }
    if urgency.is_urgent()
        || yes(Marker::Separation)
        || answers.get(Question::Isolation) == Answer::Yes
    {
        needs.push(Need::Shelter);
    }
    if !forms.is_empty() {
        needs.push(Need::Legal);
    }
    // Someone to talk to is always offered: help options appear whatever the answers.
    needs.push(Need::Talk);

    Assessment {
        mode,
        urgency,
        reasons,
        forms,
        medical_check_advised,
        call_first,
        call_also,
        needs,
        topics,
        any_not_sure,
    }
}

/// Messages of the helper guidance, in the order shown ("someone I care about" only).
const HELPER_KEYS: [&str; 8] = [
    keys::CHECK_HELPER_LISTEN,
    keys::CHECK_HELPER_BELIEVE,
    keys::CHECK_HELPER_NO_CONFRONT,
    keys::CHECK_HELPER_NO_PUSH,
    keys::CHECK_HELPER_PACE,
    keys::CHECK_HELPER_SECRET,
    keys::CHECK_HELPER_OFFER,
    keys::CHECK_HELPER_SELF,
];

/// What the law offers whatever the form: where to report (Art. 19), the no-contact
/// order (Art. 25), shelter, care, legal aid and counselling.
const LAW_KEYS: [&str; 3] = [
    keys::CHECK_LAW_REPORT,
    keys::CHECK_LAW_NO_CONTACT,
    keys::CHECK_LAW_SUPPORT,
];

impl Assessment {
    pub fn title_key(&self) -> &'static str {
        match self.mode {
            Mode::Me => keys::CHECK_RESULT_TITLE_ME,
            Mode::Other => keys::CHECK_RESULT_TITLE_OTHER,
        }
    }

    /// The opening words. Always shown first, except that the emergency step (when
    /// `urgency == EmergencyNow`) comes before it. It believes them when something was
    /// shared; when nothing was (all "No", skipped or unsure about non-markers) it only
    /// thanks them: "what you are going through is not your fault" would speak of a
    /// disclosure that was never made, and the urgency text then says what such answers
    /// do and do not mean.
    pub fn opening_key(&self) -> &'static str {
        match (self.urgency == Urgency::NoSignsShared, self.mode) {
            (true, Mode::Me) => keys::CHECK_RESULT_NONE_ME,
            (true, Mode::Other) => keys::CHECK_RESULT_NONE_OTHER,
            (false, Mode::Me) => keys::CHECK_RESULT_BELIEVE_ME,
            (false, Mode::Other) => keys::CHECK_RESULT_BELIEVE_OTHER,
        }
    }

    /// "You decide what is right for you" / "they decide".
    pub fn decide_key(&self) -> &'static str {
        match self.mode {
            Mode::Me => keys::CHECK_RESULT_DECIDE_ME,
            Mode::Other => keys::CHECK_RESULT_DECIDE_OTHER,
        }
    }

    pub fn urgency_title_key(&self) -> &'static str {
        self.urgency.title_key()
    }

    pub fn urgency_text_key(&self) -> &'static str {
        self.urgency.text_key(self.mode)
    }

    /// Reasons from "yes" answers.
    pub fn sure_reasons(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.sure)
    }

    /// Reasons from "not sure" answers, shown under `CHECK_REASONS_UNSURE`.
    pub fn unsure_reasons(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| !r.sure)
    }

    /// The medical-check advice, when strangulation was reported or unsure.
    pub fn medical_key(&self) -> Option<&'static str> {
        self.medical_check_advised.then_some(match self.mode {
            Mode::Me => keys::CHECK_MEDICAL_ME,
            Mode::Other => keys::CHECK_MEDICAL_OTHER,
        })
    }

    /// The law section below the forms (empty when no form was described).
    pub fn law_keys(&self) -> &'static [&'static str] {
        if self.forms.is_empty() {
            &[]
        } else {
            &LAW_KEYS
        }
    }

    pub fn law_decide_key(&self) -> &'static str {
        match self.mode {
            Mode::Me => keys::CHECK_LAW_DECIDE_ME,
            Mode::Other => keys::CHECK_LAW_DECIDE_OTHER,
        }
    }

    /// Guidance for the helper; empty in "about me".
    pub fn helper_keys(&self) -> &'static [&'static str] {
        match self.mode {
            Mode::Me => &[],
            Mode::Other => &HELPER_KEYS,
        }
    }

    /// The line above the help options; present for every outcome.
    pub fn help_key(&self) -> &'static str {
        match self.mode {
            Mode::Me => keys::CHECK_HELP_ALWAYS_ME,
            Mode::Other => keys::CHECK_HELP_ALWAYS_OTHER,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(mode: Mode, set: &[(Question, Answer)]) -> Assessment {
        let mut a = all(Answer::No);
        for (q, ans) in set {
            a.set(*q, *ans);
        }
        assess(&a, mode)
    }

    /// Every question answered the same; "safe now" answered Yes (safe) unless the
    /// answer is NotSure/Skipped, so "all No" means "safe, and nothing happened".
    fn all(ans: Answer) -> Answers {
        let mut a = Answers::new();
        for q in Question::ALL {
            a.set(q, ans);
        }
        if ans == Answer::No || ans == Answer::Yes {
            a.set(Question::SafeNow, Answer::Yes);
        }
        a
    }

    /// A reason the person is sure of.
    fn sure(marker: Marker) -> Reason {
        Reason { marker, sure: true }
    }

    /// `q` answered "not sure" alone: one unsure reason, `m`, at `urgency`.
    fn unsure(q: Question, m: Marker, urgency: Urgency) -> Assessment {
        let r = only(q, Answer::NotSure);
        assert_eq!(r.urgency, urgency, "{q:?}");
        let want = Reason {
            marker: m,
            sure: false,
        };
        assert_eq!(r.reasons, vec![want]);
        r
    }

    fn only(q: Question, ans: Answer) -> Assessment {
        with(Mode::Me, &[(q, ans)])
    }

    const STRONGEST: [(Question, Marker); 4] = [
        (Question::Choke, Marker::Strangulation),
        (Question::Weapon, Marker::Weapon),
        (Question::ThreatKill, Marker::ThreatToKill),
        (Question::FearKilled, Marker::FearOfBeingKilled),
    ];

    const OTHER_MARKERS: [(Question, Marker); 8] = [
        (Question::Worse, Marker::Escalation),
        (Question::Separation, Marker::Separation),
        (Question::Jealousy, Marker::Jealousy),
        (Question::ForcedSex, Marker::ForcedSex),
        (Question::Pregnancy, Marker::Pregnancy),
        (Question::SuicideThreat, Marker::SuicideThreat),
        (Question::Stalking, Marker::Stalking),
        (Question::Children, Marker::ChildHarm),
    ];

    #[test]
    fn each_strongest_marker_alone_means_serious_danger_with_113_first() {
        for mode in Mode::ALL {
            for (q, m) in STRONGEST {
                let r = with(mode, &[(q, Answer::Yes)]);
                assert_eq!(r.urgency, Urgency::SeriousDanger, "{q:?}");
                assert_eq!(r.call_first, Some(EmergencyNumber::Police), "{q:?}");
                assert_eq!(r.reasons, vec![sure(m)], "{q:?}");
                assert_eq!(r.needs.first(), Some(&Need::Danger), "{q:?}");
                assert!(r.needs.contains(&Need::Shelter), "{q:?}");
                assert!(r.topics.contains(&Topic::SeriousDanger), "{q:?}");
            }
        }
    }

    #[test]
    fn each_other_marker_alone_gives_danger_signs_with_its_reason() {
        for (q, m) in OTHER_MARKERS {
            let r = only(q, Answer::Yes);
            assert_eq!(r.urgency, Urgency::DangerSigns, "{q:?}");
            assert_eq!(r.reasons, vec![sure(m)], "{q:?}");
            assert!(r.needs.contains(&Need::Talk), "{q:?}");
        }
    }

    #[test]
    fn every_marker_question_is_covered_by_the_tables() {
        let covered: Vec<Question> = STRONGEST
            .iter()
            .chain(OTHER_MARKERS.iter())
            .map(|(q, _)| *q)
            .collect();
        for q in Question::ALL {
            assert_eq!(q.marker().is_some(), covered.contains(&q), "{q:?}");
            if let Some(m) = q.marker() {
                assert!(STRONGEST
                    .iter()
                    .chain(OTHER_MARKERS.iter())
                    .any(|p| *p == (q, m)));
            }
        }
    }

    #[test]
    fn not_safe_now_puts_the_emergency_step_first_even_with_nothing_else() {
        for ans in [Answer::No, Answer::NotSure] {
            for mode in Mode::ALL {
                let r = with(mode, &[(Question::SafeNow, ans)]);
                assert_eq!(r.urgency, Urgency::EmergencyNow);
                assert_eq!(r.call_first, Some(EmergencyNumber::Police));
                assert_eq!(r.needs.first(), Some(&Need::Danger));
                assert!(r.topics.contains(&Topic::NotSafeNow));
            }
        }
        // Not safe now outranks everything else shared.
        let r = with(
            Mode::Me,
            &[
                (Question::SafeNow, Answer::No),
                (Question::Choke, Answer::Yes),
            ],
        );
        assert_eq!(r.urgency, Urgency::EmergencyNow);
        assert!(r.medical_check_advised);
    }

    #[test]
    fn safe_now_yes_or_skipped_is_not_an_emergency() {
        for ans in [Answer::Yes, Answer::Skipped] {
            let r = only(Question::SafeNow, ans);
            assert_eq!(r.urgency, Urgency::NoSignsShared);
            assert_eq!(r.call_first, None);
            assert!(!r.topics.contains(&Topic::NotSafeNow));
        }
    }

    #[test]
    fn child_harm_calls_111_and_asks_for_child_protection() {
        let r = only(Question::Children, Answer::Yes);
        assert_eq!(r.call_first, Some(EmergencyNumber::Child));
        assert_eq!(r.call_also, None);
        assert!(r.needs.contains(&Need::Child));
        assert!(r.topics.contains(&Topic::Children));
        assert!(r.forms.contains(&Form::Children));
    }

    #[test]
    fn child_harm_with_serious_danger_keeps_113_first_and_111_next() {
        let r = with(
            Mode::Other,
            &[
                (Question::Children, Answer::Yes),
                (Question::Weapon, Answer::Yes),
            ],
        );
        assert_eq!(r.call_first, Some(EmergencyNumber::Police));
        assert_eq!(r.call_also, Some(EmergencyNumber::Child));
        assert_eq!(&r.needs[..2], &[Need::Danger, Need::Child]);
    }

    #[test]
    fn strangulation_always_advises_a_medical_check_even_alone_or_unsure() {
        for ans in [Answer::Yes, Answer::NotSure] {
            for mode in Mode::ALL {
                let r = with(mode, &[(Question::Choke, ans)]);
                assert!(r.medical_check_advised, "{ans:?} {mode:?}");
                assert!(r.medical_key().is_some());
                assert!(r.needs.contains(&Need::Medical));
                assert!(r.topics.contains(&Topic::Strangulation));
            }
        }
        for ans in [Answer::No, Answer::Skipped] {
            assert!(!only(Question::Choke, ans).medical_check_advised);
        }
    }

    #[test]
    fn all_no_shares_no_signs_but_still_offers_help() {
        for mode in Mode::ALL {
            let r = assess(&all(Answer::No), mode);
            assert_eq!(r.urgency, Urgency::NoSignsShared);
            assert_eq!(r.needs, vec![Need::Talk]);
            assert!(r.reasons.is_empty() && r.forms.is_empty() && r.topics.is_empty());
            assert_eq!(r.call_first, None);
            assert!(!r.medical_check_advised);
            assert!(r.law_keys().is_empty());
            assert!(!r.help_key().is_empty());
        }
    }

    #[test]
    fn nothing_shared_gives_no_verdict_and_no_thanks_for_disclosing() {
        let nothing = [
            assess(&all(Answer::No), Mode::Me),
            assess(&Answers::new(), Mode::Me),
            only(Question::SafeNow, Answer::Yes),
        ];
        for r in nothing {
            assert_eq!(r.opening_key(), keys::CHECK_RESULT_NONE_ME);
            assert_eq!(r.urgency_text_key(), keys::CHECK_URGENCY_NONE_ME);
            assert!(!r.help_key().is_empty(), "help is still offered");
        }
        assert_eq!(
            assess(&all(Answer::No), Mode::Other).opening_key(),
            keys::CHECK_RESULT_NONE_OTHER
        );
        // Anything shared (a "yes", a "not sure" on a danger sign, not safe now) is believed.
        for r in [
            only(Question::Insults, Answer::Yes),
            only(Question::Weapon, Answer::NotSure),
            only(Question::SafeNow, Answer::No),
        ] {
            assert_ne!(r.urgency, Urgency::NoSignsShared);
            assert_eq!(r.opening_key(), keys::CHECK_RESULT_BELIEVE_ME);
        }
    }

    #[test]
    fn all_skipped_is_treated_like_nothing_said_and_still_offers_help() {
        let r = assess(&Answers::new(), Mode::Me);
        assert_eq!(r.urgency, Urgency::NoSignsShared);
        assert_eq!(r.needs, vec![Need::Talk]);
        assert!(!r.any_not_sure);
    }

    #[test]
    fn all_yes_is_serious_with_every_form_and_all_help() {
        let r = assess(&all(Answer::Yes), Mode::Me);
        assert_eq!(r.urgency, Urgency::SeriousDanger);
        assert_eq!(r.forms, Form::ALL.to_vec());
        assert_eq!(r.call_first, Some(EmergencyNumber::Police));
        assert_eq!(r.call_also, Some(EmergencyNumber::Child));
        assert_eq!(
            r.needs,
            vec![
                Need::Danger,
                Need::Child,
                Need::Medical,
                Need::Shelter,
                Need::Legal,
                Need::Talk
            ]
        );
        assert!(r.reasons.iter().all(|x| x.sure));
        assert_eq!(r.reasons.len(), 12);
        // Strongest first.
        assert!(r.reasons[..4].iter().all(|x| x.marker.is_strongest()));
        assert!(r.medical_check_advised);
    }

    #[test]
    fn not_sure_on_a_strongest_marker_is_care_not_a_yes() {
        for (q, m) in STRONGEST {
            let r = unsure(q, m, Urgency::DangerSigns);
            assert_eq!(r.unsure_reasons().count(), 1);
            assert_eq!(r.sure_reasons().count(), 0);
            assert_eq!(
                r.call_first, None,
                "{q:?}: not sure never sets a number first"
            );
            assert!(
                r.needs.contains(&Need::Danger),
                "{q:?}: emergency contacts still shown"
            );
            assert!(r.forms.is_empty(), "{q:?}: no law form named on a not-sure");
            assert!(!r.topics.contains(&Topic::SeriousDanger));
            assert!(r.any_not_sure);
        }
    }

    #[test]
    fn not_sure_on_other_markers_is_concern_and_keeps_plan_topics() {
        for (q, m) in OTHER_MARKERS {
            let r = unsure(q, m, Urgency::Concern);
            assert_eq!(r.call_first, None);
            assert!(!r.needs.contains(&Need::Danger));
            for t in q.topics() {
                assert!(r.topics.contains(t), "{q:?} {t:?}");
            }
        }
        let r = only(Question::Children, Answer::NotSure);
        assert!(r.needs.contains(&Need::Child));
    }

    #[test]
    fn not_sure_on_a_form_question_only_notes_it() {
        let r = only(Question::Insults, Answer::NotSure);
        assert_eq!(r.urgency, Urgency::NoSignsShared);
        assert!(r.any_not_sure);
        assert!(r.forms.is_empty());
        assert_eq!(r.needs, vec![Need::Talk]);
    }

    #[test]
    fn forms_without_markers_are_concern_named_as_the_law_names_them() {
        let cases: [(Question, Form, Option<Topic>); 5] = [
            (Question::Insults, Form::Psychological, None),
            (Question::Isolation, Form::Control, Some(Topic::Isolation)),
            (Question::Phone, Form::Control, Some(Topic::PhoneMonitoring)),
            (Question::Money, Form::Economic, Some(Topic::MoneyControl)),
            (Question::Hit, Form::Physical, None),
        ];
        for (q, f, t) in cases {
            let r = only(q, Answer::Yes);
            assert_eq!(r.urgency, Urgency::Concern, "{q:?}");
            assert_eq!(r.forms, vec![f], "{q:?}");
            assert!(r.needs.contains(&Need::Legal) && r.needs.contains(&Need::Talk));
            assert_eq!(r.law_keys().len(), 3);
            if let Some(t) = t {
                assert!(r.topics.contains(&t));
            }
            assert_eq!(r.call_first, None);
        }
        assert!(only(Question::Hit, Answer::Yes)
            .needs
            .contains(&Need::Medical));
    }

    #[test]
    fn forced_sex_names_sexual_violence_under_the_law() {
        let r = only(Question::ForcedSex, Answer::Yes);
        assert_eq!(r.forms, vec![Form::Sexual]);
        assert!(r.topics.contains(&Topic::SexualViolence));
        assert!(r.needs.contains(&Need::Medical));
    }

    #[test]
    fn skips_count_for_nothing() {
        let base = only(Question::Hit, Answer::Yes);
        let mut a = all(Answer::No);
        a.set(Question::Hit, Answer::Yes);
        for q in [
            Question::Choke,
            Question::Weapon,
            Question::Children,
            Question::SafeNow,
        ] {
            a.set(q, Answer::Skipped);
        }
        let r = assess(&a, Mode::Me);
        assert_eq!(r.urgency, base.urgency);
        assert_eq!(r.needs, base.needs);
        assert_eq!(r.reasons, base.reasons);
    }

    #[test]
    fn help_is_offered_for_every_single_answer_to_every_question() {
        for q in Question::ALL {
            for ans in [Answer::Yes, Answer::No, Answer::NotSure, Answer::Skipped] {
                for mode in Mode::ALL {
                    let r = with(mode, &[(q, ans)]);
                    assert_eq!(r.needs.last(), Some(&Need::Talk), "{q:?} {ans:?}");
                    let mut sorted = r.needs.clone();
                    sorted.sort();
                    sorted.dedup();
                    assert_eq!(sorted.len(), r.needs.len(), "needs repeat");
                    assert_eq!(r.mode, mode);
                }
            }
        }
    }

    #[test]
    fn helper_guidance_only_in_other_mode() {
        let me = assess(&all(Answer::Yes), Mode::Me);
        let other = assess(&all(Answer::Yes), Mode::Other);
        assert!(me.helper_keys().is_empty());
        assert_eq!(other.helper_keys().len(), 8);
        assert_ne!(me.opening_key(), other.opening_key());
        assert_ne!(me.urgency_text_key(), other.urgency_text_key());
        assert_ne!(me.medical_key(), other.medical_key());
        assert_ne!(me.help_key(), other.help_key());
        assert_ne!(me.decide_key(), other.decide_key());
    }

    #[test]
    fn every_question_has_distinct_words_for_each_mode() {
        let mut seen = Vec::new();
        for q in Question::ALL {
            let me = q.text_key(Mode::Me);
            let other = q.text_key(Mode::Other);
            assert_ne!(me, other, "{q:?}");
            assert!(me.ends_with("-me") && other.ends_with("-other"), "{q:?}");
            assert!(me.contains(q.slug()), "{q:?} key does not match slug");
            seen.push(me);
            seen.push(other);
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), Question::COUNT * 2);
    }

    #[test]
    fn every_urgency_has_words_in_both_modes() {
        let all_u = [
            Urgency::NoSignsShared,
            Urgency::Concern,
            Urgency::DangerSigns,
            Urgency::SeriousDanger,
            Urgency::EmergencyNow,
        ];
        for (i, u) in all_u.into_iter().enumerate() {
            assert_ne!(u.text_key(Mode::Me), u.text_key(Mode::Other));
            assert!(
                !all_u[..i].iter().any(|o| o.title_key() == u.title_key()),
                "{u:?} shares a title"
            );
        }
    }
}

//! The order the plan's sections are shown in, and why a section was brought forward:
//! what says the danger is high first, then what matters to the person, where they are,
//! the self-check's other topics, then the default order. Every section appears once.

use super::matters::{Matters, Priority, Stance};
use super::SectionId;
use crate::core::topic::Topic;
use crate::keys;

/// Why a section was brought forward: a self-check topic, where the person is, or what
/// matters to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    Topic(Topic),
    Stance(Stance),
    Priority(Priority),
}

impl Reason {
    /// "Because you mentioned children, this section comes first."
    pub fn key(self) -> &'static str {
        match self {
            Reason::Stance(s) => s.why_key(),
            Reason::Priority(p) => p.why_key(),
            Reason::Topic(t) => match t {
                Topic::NotSafeNow => keys::PLAN_WHY_NOT_SAFE_NOW,
                Topic::SeriousDanger => keys::PLAN_WHY_SERIOUS_DANGER,
                Topic::Strangulation => keys::PLAN_WHY_STRANGULATION,
                Topic::Children => keys::PLAN_WHY_CHILDREN,
                Topic::Pregnancy => keys::PLAN_WHY_PREGNANCY,
                Topic::Separation => keys::PLAN_WHY_SEPARATION,
                Topic::Stalking => keys::PLAN_WHY_STALKING,
                Topic::PhoneMonitoring => keys::PLAN_WHY_PHONE,
                Topic::MoneyControl => keys::PLAN_WHY_MONEY,
                Topic::Isolation => keys::PLAN_WHY_ISOLATION,
                Topic::SexualViolence => keys::PLAN_WHY_SEXUAL,
            },
        }
    }
}

/// Topics from most to least urgent: the first topic to claim a section gives its reason.
const URGENCY: [Topic; 11] = [
    Topic::NotSafeNow,
    Topic::SeriousDanger,
    Topic::Strangulation,
    Topic::Children,
    Topic::Pregnancy,
    Topic::PhoneMonitoring,
    Topic::Stalking,
    Topic::Separation,
    Topic::Isolation,
    Topic::MoneyControl,
    Topic::SexualViolence,
];

/// The sections a topic brings forward, most useful first.
fn sections_for(topic: Topic) -> &'static [SectionId] {
    use SectionId::*;
    match topic {
        Topic::NotSafeNow | Topic::SeriousDanger => &[Incident, People],
        Topic::Strangulation => &[Incident],
        Topic::Children => &[Children],
        Topic::Pregnancy => &[Pregnancy],
        Topic::PhoneMonitoring => &[Phone],
        Topic::Stalking => &[Phone, After, School],
        Topic::Separation => &[Leave, After],
        Topic::Isolation => &[People],
        Topic::MoneyControl => &[Leave, GoBag],
        Topic::SexualViolence => &[SelfCare],
    }
}

/// Topics that say the danger is high: safety now comes before anything else.
const URGENT: [Topic; 3] = [
    Topic::NotSafeNow,
    Topic::SeriousDanger,
    Topic::Strangulation,
];

/// The sections where the person is brings forward, most useful first.
fn sections_for_stance(stance: Stance) -> &'static [SectionId] {
    use SectionId::*;
    match stance {
        Stance::Staying | Stance::NotSure => &[Staying],
        Stance::ThinkingOfLeaving => &[Leave, GoBag],
        Stance::HaveLeft => &[After, Phone],
    }
}

/// The sections a priority brings forward; money and a home point to leaving only for
/// someone who is leaving or has left.
fn sections_for_priority(p: Priority, stance: Option<Stance>) -> &'static [SectionId] {
    use SectionId::*;
    match p {
        Priority::Safety => &[Incident],
        Priority::Children => &[Children],
        Priority::MoneyHome => match stance {
            Some(Stance::ThinkingOfLeaving | Stance::HaveLeft) => &[Leave],
            _ => &[Staying],
        },
        Priority::Family => &[Staying, People],
        Priority::Privacy => &[Phone],
        Priority::Health => &[SelfCare],
        Priority::StudiesWork => &[School],
    }
}

/// The order to show sections in, each with why it was brought forward. First what says
/// the danger is high (the self-check's urgent topics), then what matters to the person
/// in their order, then where they are, then the self-check's other topics, then every
/// other section in the default order. Every section appears exactly once, whatever the
/// inputs hold.
pub fn order_plan(topics: &[Topic], matters: &Matters) -> Vec<(SectionId, Option<Reason>)> {
    let mut out: Vec<(SectionId, Option<Reason>)> = Vec::with_capacity(SectionId::ALL.len());
    let mut push = |s: SectionId, r: Option<Reason>| {
        if !out.iter().any(|(t, _)| *t == s) {
            out.push((s, r));
        }
    };
    let topics_in = |urgent: bool| {
        URGENCY
            .into_iter()
            .filter(move |t| URGENT.contains(t) == urgent)
            .filter(|t| topics.contains(t))
    };
    for topic in topics_in(true) {
        for &s in sections_for(topic) {
            push(s, Some(Reason::Topic(topic)));
        }
    }
    for &p in matters.priorities() {
        for &s in sections_for_priority(p, matters.stance()) {
            push(s, Some(Reason::Priority(p)));
        }
    }
    if let Some(stance) = matters.stance() {
        for &s in sections_for_stance(stance) {
            push(s, Some(Reason::Stance(stance)));
        }
    }
    for topic in topics_in(false) {
        for &s in sections_for(topic) {
            push(s, Some(Reason::Topic(topic)));
        }
    }
    for s in SectionId::ALL {
        push(s, None);
    }
    out
}

/// [`order_plan`] from the self-check alone (no answers to "what matters to me").
pub fn order_sections(topics: &[Topic]) -> Vec<(SectionId, Option<Reason>)> {
    order_plan(topics, &Matters::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every section once, and these first, in this order.
    fn opens_with(order: &[(SectionId, Option<Reason>)], head: &[(SectionId, Option<Reason>)]) {
        assert_each_once(order);
        assert_eq!(order.get(..head.len()), Some(head));
    }

    /// Every section once, only the first brought forward, for `reason` (said by `key`).
    fn only_first(
        order: &[(SectionId, Option<Reason>)],
        first: SectionId,
        reason: Reason,
        key: &str,
    ) {
        opens_with(order, &[(first, Some(reason))]);
        assert!(order.iter().skip(1).all(|(_, r)| r.is_none()));
        assert_eq!(reason.key(), key);
    }

    fn assert_each_once(order: &[(SectionId, Option<Reason>)]) {
        assert_eq!(order.len(), SectionId::ALL.len());
        for s in SectionId::ALL {
            assert_eq!(order.iter().filter(|(t, _)| *t == s).count(), 1, "{s:?}");
        }
    }

    #[test]
    fn no_topics_gives_the_default_order_without_reasons() {
        let order = order_sections(&[]);
        assert_each_once(&order);
        let ids: Vec<SectionId> = order.iter().map(|(s, _)| *s).collect();
        assert_eq!(ids, SectionId::ALL);
        assert!(order.iter().all(|(_, r)| r.is_none()));
        assert_eq!(ids[0], SectionId::Incident);
    }

    #[test]
    fn default_order_does_not_open_with_leaving() {
        let pos = |s| SectionId::ALL.iter().position(|t| *t == s);
        assert!(pos(SectionId::Leave) > pos(SectionId::People));
        assert!(pos(SectionId::Leave) > pos(SectionId::SelfCare));
    }

    #[test]
    fn topics_bring_their_sections_forward_with_a_reason() {
        only_first(
            &order_sections(&[Topic::Children]),
            SectionId::Children,
            Reason::Topic(Topic::Children),
            keys::PLAN_WHY_CHILDREN,
        );

        let order = order_sections(&[Topic::Pregnancy, Topic::PhoneMonitoring, Topic::NotSafeNow]);
        opens_with(
            &order,
            &[
                (SectionId::Incident, Some(Reason::Topic(Topic::NotSafeNow))),
                (SectionId::People, Some(Reason::Topic(Topic::NotSafeNow))),
                (SectionId::Pregnancy, Some(Reason::Topic(Topic::Pregnancy))),
                (
                    SectionId::Phone,
                    Some(Reason::Topic(Topic::PhoneMonitoring)),
                ),
            ],
        );
        assert!(order[4..].iter().all(|(_, r)| r.is_none()));
    }

    #[test]
    fn repeats_and_every_topic_at_once_still_give_each_section_once() {
        let all = URGENCY;
        assert_each_once(&order_sections(&all));
        let mut rev = all;
        rev.reverse();
        assert_eq!(order_sections(&rev), order_sections(&all));
        assert_each_once(&order_sections(&[
            Topic::Stalking,
            Topic::Stalking,
            Topic::Stalking,
        ]));
        for t in all {
            let order = order_sections(&[t]);
            assert_each_once(&order);
            assert_eq!(order[0].1, Some(Reason::Topic(t)), "{t:?}");
        }
    }

    fn answers(stance: Option<Stance>, priorities: &[Priority]) -> Matters {
        let mut m = Matters::default();
        m.set_stance(stance);
        for &p in priorities {
            m.choose(p);
        }
        m
    }

    #[test]
    fn staying_brings_the_staying_safer_section_first_with_its_reason() {
        only_first(
            &order_plan(&[], &answers(Some(Stance::Staying), &[])),
            SectionId::Staying,
            Reason::Stance(Stance::Staying),
            keys::MATTERS_WHY_STAYING,
        );
        // Not sure: being safer for now, never leaving first.
        let order = order_plan(&[], &answers(Some(Stance::NotSure), &[]));
        assert_eq!(order[0].0, SectionId::Staying);
    }

    #[test]
    fn a_child_priority_brings_the_children_section_first() {
        for stance in [None, Some(Stance::Staying), Some(Stance::HaveLeft)] {
            let order = order_plan(&[], &answers(stance, &[Priority::Children]));
            assert_each_once(&order);
            assert_eq!(
                order[0],
                (
                    SectionId::Children,
                    Some(Reason::Priority(Priority::Children))
                ),
                "{stance:?}"
            );
        }
        assert_eq!(
            Reason::Priority(Priority::Children).key(),
            keys::MATTERS_WHY_CHILDREN
        );
    }

    #[test]
    fn having_left_brings_the_after_leaving_steps_first() {
        let order = order_plan(&[], &answers(Some(Stance::HaveLeft), &[]));
        assert_each_once(&order);
        assert_eq!(
            &order[..2],
            &[
                (SectionId::After, Some(Reason::Stance(Stance::HaveLeft))),
                (SectionId::Phone, Some(Reason::Stance(Stance::HaveLeft))),
            ]
        );
        let order = order_plan(&[], &answers(Some(Stance::ThinkingOfLeaving), &[]));
        assert_eq!(order[0].0, SectionId::Leave);
    }

    #[test]
    fn each_answer_moves_its_sections_with_its_reason_in_the_persons_order() {
        let m = answers(
            Some(Stance::Staying),
            &[Priority::Privacy, Priority::Family, Priority::Health],
        );
        let order = order_plan(&[], &m);
        let by = |p| Some(Reason::Priority(p));
        opens_with(
            &order,
            &[
                (SectionId::Phone, by(Priority::Privacy)),
                (SectionId::Staying, by(Priority::Family)),
                (SectionId::People, by(Priority::Family)),
                (SectionId::SelfCare, by(Priority::Health)),
                (SectionId::Incident, None),
            ],
        );
        // Money and a home: staying safer for someone staying, the way out for someone
        // leaving.
        let order = order_plan(&[], &answers(None, &[Priority::MoneyHome]));
        assert_eq!(order[0].0, SectionId::Staying);
        let order = order_plan(
            &[],
            &answers(Some(Stance::ThinkingOfLeaving), &[Priority::MoneyHome]),
        );
        assert_eq!(
            order[0],
            (
                SectionId::Leave,
                Some(Reason::Priority(Priority::MoneyHome))
            )
        );
        for p in Priority::ALL {
            let order = order_plan(&[], &answers(None, &[p]));
            assert_each_once(&order);
            assert_eq!(order[0].1, Some(Reason::Priority(p)), "{p:?}");
        }
        for s in Stance::ALL {
            let order = order_plan(&[], &answers(Some(s), &[]));
            assert_eq!(order[0].1, Some(Reason::Stance(s)), "{s:?}");
        }
    }

    #[test]
    fn danger_from_the_self_check_still_comes_before_the_answers() {
        let m = answers(Some(Stance::Staying), &[Priority::Children]);
        let order = order_plan(&[Topic::Pregnancy, Topic::NotSafeNow], &m);
        assert_each_once(&order);
        let head: Vec<_> = order.iter().take(5).map(|(s, _)| *s).collect();
        assert_eq!(
            head,
            vec![
                SectionId::Incident,
                SectionId::People,
                SectionId::Children,
                SectionId::Staying,
                SectionId::Pregnancy,
            ]
        );
        assert_eq!(order[4].1, Some(Reason::Topic(Topic::Pregnancy)));
    }

    #[test]
    fn the_default_order_never_opens_by_pushing_anyone_to_leave() {
        let leaving = [SectionId::Leave, SectionId::GoBag];
        let pos = |o: &[(SectionId, Option<Reason>)], s| o.iter().position(|(t, _)| *t == s);
        let order = order_plan(&[], &Matters::default());
        assert_eq!(order, order_sections(&[]));
        for s in leaving {
            assert!(pos(&order, s) > pos(&order, SectionId::Staying));
        }
        // Only someone thinking of leaving (or money for someone leaving) opens with it.
        for stance in [None, Some(Stance::Staying), Some(Stance::NotSure)] {
            for p in Priority::ALL {
                let order = order_plan(&[], &answers(stance, &[p]));
                assert!(!leaving.contains(&order[0].0), "{stance:?} {p:?}");
            }
        }
    }
}

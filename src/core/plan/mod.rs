//! The safety plan the person builds: sections of guidance, checklists and their own
//! notes. Lives in memory only; `core::kept` turns it into bytes when, and only when,
//! the person chooses to keep it. Section order follows what the self-check learned.

pub mod content;
pub mod matters;
pub mod trusted;

use std::collections::{BTreeMap, BTreeSet};

use crate::core::need::Need;
use crate::core::topic::Topic;
use crate::keys;
use content::Section;
use matters::{Matters, Priority, Stance};
use trusted::Trusted;

/// A section of the guide. Declared in the default order (used when there was no
/// self-check): safety now, the people who can help and being safer at home first,
/// leaving-related sections later, so the guide never opens by pushing anyone to leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionId {
    Incident,
    People,
    /// Staying safer while living with the person.
    Staying,
    Phone,
    SelfCare,
    Leave,
    GoBag,
    After,
    Children,
    Pregnancy,
    School,
}

impl SectionId {
    /// Every section, in the default order.
    pub const ALL: [SectionId; 11] = [
        SectionId::Incident,
        SectionId::People,
        SectionId::Staying,
        SectionId::Phone,
        SectionId::SelfCare,
        SectionId::Leave,
        SectionId::GoBag,
        SectionId::After,
        SectionId::Children,
        SectionId::Pregnancy,
        SectionId::School,
    ];

    fn data(self) -> &'static Section {
        match self {
            SectionId::Incident => &content::INCIDENT,
            SectionId::People => &content::PEOPLE,
            SectionId::Staying => &content::STAYING,
            SectionId::Phone => &content::PHONE,
            SectionId::SelfCare => &content::SELF_CARE,
            SectionId::Leave => &content::LEAVE,
            SectionId::GoBag => &content::GOBAG,
            SectionId::After => &content::AFTER,
            SectionId::Children => &content::CHILDREN,
            SectionId::Pregnancy => &content::PREGNANCY,
            SectionId::School => &content::SCHOOL,
        }
    }

    /// Stable id, as stored in a kept plan (and usable as a DOM id suffix).
    pub fn code(self) -> &'static str {
        self.data().code
    }

    pub fn from_code(code: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn title(self) -> &'static str {
        self.data().title
    }

    /// Guidance paragraphs (message ids).
    pub fn guidance(self) -> &'static [&'static str] {
        self.data().guidance
    }

    /// The kinds of help the contacts view can filter for, when this section points there
    /// ("Find people who can help with this"). Empty when no contact fits better than any.
    pub fn needs(self) -> &'static [Need] {
        match self {
            SectionId::Incident => &[Need::Danger],
            SectionId::People | SectionId::SelfCare | SectionId::School => &[Need::Talk],
            SectionId::Staying => &[Need::Talk, Need::Legal],
            SectionId::Leave => &[Need::Shelter, Need::Legal],
            SectionId::After => &[Need::Legal],
            SectionId::Children => &[Need::Child],
            SectionId::Pregnancy => &[Need::Medical],
            SectionId::Phone | SectionId::GoBag => &[],
        }
    }

    pub fn items(self) -> impl Iterator<Item = ItemId> {
        (0..self.data().items.len()).map(move |i| ItemId {
            section: self,
            index: i as u8,
        })
    }

    pub fn fields(self) -> impl Iterator<Item = FieldId> {
        (0..self.data().fields.len()).map(move |i| FieldId {
            section: self,
            index: i as u8,
        })
    }
}

/// A checklist line: its section and its place in that section's table. Only made by
/// [`SectionId::items`] or [`ItemId::find`], so it always names a real item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId {
    section: SectionId,
    index: u8,
}

impl ItemId {
    fn data(self) -> Option<&'static content::Item> {
        self.section.data().items.get(usize::from(self.index))
    }

    pub fn section(self) -> SectionId {
        self.section
    }

    /// The words of the item (message id).
    pub fn key(self) -> &'static str {
        self.data().map_or(keys::PLAN_TITLE, |d| d.key)
    }

    /// Stable id inside the section, as stored in a kept plan.
    pub fn code(self) -> &'static str {
        self.data().map_or("", |d| d.code)
    }

    pub fn find(section: SectionId, code: &str) -> Option<ItemId> {
        section.items().find(|i| i.code() == code)
    }
}

/// A free-text field of a section; like [`ItemId`], always names a real field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId {
    section: SectionId,
    index: u8,
}

impl FieldId {
    fn data(self) -> Option<&'static content::Field> {
        self.section.data().fields.get(usize::from(self.index))
    }

    pub fn section(self) -> SectionId {
        self.section
    }

    pub fn label(self) -> &'static str {
        self.data().map_or(keys::PLAN_TITLE, |d| d.label)
    }

    pub fn hint(self) -> Option<&'static str> {
        self.data().and_then(|d| d.hint)
    }

    pub fn code(self) -> &'static str {
        self.data().map_or("", |d| d.code)
    }

    pub fn find(section: SectionId, code: &str) -> Option<FieldId> {
        section.fields().find(|f| f.code() == code)
    }
}

/// `done` of `total`, for "3/9" or "Started 2 of 10 sections".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// What the person has filled in. Field text is kept exactly as typed (any Unicode, any
/// length); a field that holds only spaces counts as empty for progress and printing.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Plan {
    checked: BTreeSet<ItemId>,
    fields: BTreeMap<FieldId, String>,
    /// "What matters to me" (every part optional).
    pub matters: Matters,
    /// The trusted person and the code word.
    pub trusted: Trusted,
    /// What the printed plan shows beyond ticks and notes: off unless the person chooses.
    pub print: PrintChoice,
}

/// Whether the printed plan includes "what matters to me" and the trusted person. Both
/// off by default: a sheet of paper can be found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct PrintChoice {
    pub matters: bool,
    pub trusted: bool,
}

fn has_text(s: &str) -> bool {
    !s.trim().is_empty()
}

impl Plan {
    pub fn new() -> Plan {
        Plan::default()
    }

    pub fn is_checked(&self, item: ItemId) -> bool {
        self.checked.contains(&item)
    }

    pub fn set_checked(&mut self, item: ItemId, on: bool) {
        if on {
            self.checked.insert(item);
        } else {
            self.checked.remove(&item);
        }
    }

    pub fn toggle(&mut self, item: ItemId) {
        let on = !self.is_checked(item);
        self.set_checked(item, on);
    }

    /// The field's text, or "" when nothing was written.
    pub fn field(&self, field: FieldId) -> &str {
        self.fields.get(&field).map_or("", String::as_str)
    }

    pub fn set_field(&mut self, field: FieldId, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            self.fields.remove(&field);
        } else {
            self.fields.insert(field, text);
        }
    }

    /// Ticked items, in section-table order.
    pub fn checked_items(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.checked.iter().copied()
    }

    /// Every non-empty field with its exact text (spaces-only included).
    pub fn written_fields(&self) -> impl Iterator<Item = (FieldId, &str)> + '_ {
        self.fields.iter().map(|(f, s)| (*f, s.as_str()))
    }

    /// Nothing ticked, nothing but spaces written, no answer and no trusted person:
    /// nothing worth keeping or printing.
    pub fn is_empty(&self) -> bool {
        self.checked.is_empty()
            && !self.fields.values().any(|s| has_text(s))
            && self.matters.is_empty()
            && self.trusted.is_empty()
    }

    pub fn clear(&mut self) {
        *self = Plan::default();
    }

    /// Ticked items plus written fields, of all the section's items and fields.
    pub fn section_progress(&self, section: SectionId) -> Progress {
        let ticked = section.items().filter(|i| self.is_checked(*i)).count();
        let written = section
            .fields()
            .filter(|f| has_text(self.field(*f)))
            .count();
        Progress {
            done: ticked + written,
            total: section.items().count() + section.fields().count(),
        }
    }

    pub fn is_touched(&self, section: SectionId) -> bool {
        self.section_progress(section).done > 0
    }

    /// Sections started, of all sections.
    pub fn progress(&self) -> Progress {
        Progress {
            done: SectionId::ALL
                .into_iter()
                .filter(|s| self.is_touched(*s))
                .count(),
            total: SectionId::ALL.len(),
        }
    }

    /// What the print layout lists: only the person's own ticks and notes, section by
    /// section in `order`, leaving out untouched sections.
    pub fn summary(&self, order: &[SectionId]) -> Vec<SectionSummary<'_>> {
        order
            .iter()
            .map(|&section| SectionSummary {
                section,
                items: section.items().filter(|i| self.is_checked(*i)).collect(),
                fields: section
                    .fields()
                    .map(|f| (f, self.field(f)))
                    .filter(|(_, s)| has_text(s))
                    .collect(),
            })
            .filter(|s| !s.items.is_empty() || !s.fields.is_empty())
            .collect()
    }
}

/// One printed section: ticked items and written fields, nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionSummary<'a> {
    pub section: SectionId,
    pub items: Vec<ItemId>,
    pub fields: Vec<(FieldId, &'a str)>,
}

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

    fn all_items() -> Vec<ItemId> {
        SectionId::ALL.into_iter().flat_map(|s| s.items()).collect()
    }

    fn all_fields() -> Vec<FieldId> {
        SectionId::ALL
            .into_iter()
            .flat_map(|s| s.fields())
            .collect()
    }

    #[test]
    fn the_go_bag_lists_the_vietnamese_papers() {
        let codes: Vec<&str> = SectionId::GoBag.items().map(|i| i.code()).collect();
        for c in [
            "cccd",
            "birth",
            "marriage",
            "residence",
            "insurance",
            "money",
            "keys",
            "medicine",
            "phone",
            "numbers",
            "kids-papers",
            "toy",
            "protection",
        ] {
            assert!(codes.contains(&c), "go-bag lacks {c}");
        }
    }

    #[test]
    fn every_section_has_words_items_and_fields_with_unique_codes() {
        let mut codes = vec![];
        for s in SectionId::ALL {
            assert_eq!(SectionId::from_code(s.code()), Some(s));
            assert!(!s.guidance().is_empty() && s.items().count() > 0 && s.fields().count() > 0);
            assert!(s.items().count() < 256 && s.fields().count() < 256);
            codes.push(s.code());
            let mut seen = vec![];
            for i in s.items() {
                assert_eq!(ItemId::find(s, i.code()), Some(i));
                assert!(
                    !seen.contains(&i.code()),
                    "{}: item {} twice",
                    s.code(),
                    i.code()
                );
                seen.push(i.code());
            }
            let mut seen = vec![];
            for f in s.fields() {
                assert_eq!(FieldId::find(s, f.code()), Some(f));
                assert!(
                    !seen.contains(&f.code()),
                    "{}: field {} twice",
                    s.code(),
                    f.code()
                );
                seen.push(f.code());
            }
            // Codes travel in the stored format: keep them to a safe alphabet.
            for c in s
                .items()
                .map(|i| i.code())
                .chain(s.fields().map(|f| f.code()))
            {
                assert!(!c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            }
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SectionId::ALL.len());
        assert_eq!(ItemId::find(SectionId::GoBag, "nope"), None);
        assert_eq!(SectionId::from_code("nope"), None);
    }

    #[test]
    fn every_message_id_is_a_plan_message_and_used_once() {
        let mut used: Vec<&str> = vec![];
        for s in SectionId::ALL {
            used.push(s.title());
            used.extend(s.guidance());
            used.extend(s.items().map(|i| i.key()));
            for f in s.fields() {
                used.push(f.label());
                used.extend(f.hint());
            }
        }
        for k in &used {
            assert!(k.starts_with("plan-"), "{k}");
        }
        let n = used.len();
        used.sort_unstable();
        used.dedup();
        assert_eq!(used.len(), n, "a message id is used twice");
    }

    #[test]
    fn sections_point_to_fitting_help() {
        assert_eq!(SectionId::Children.needs(), &[Need::Child]);
        assert_eq!(SectionId::Incident.needs(), &[Need::Danger]);
        assert!(SectionId::Leave.needs().contains(&Need::Shelter));
        for s in SectionId::ALL {
            let n = s.needs();
            assert!(n.iter().enumerate().all(|(i, a)| !n[i + 1..].contains(a)));
        }
    }

    #[test]
    fn a_new_plan_is_empty_and_clear_empties_it() {
        let mut p = Plan::new();
        assert!(p.is_empty());
        assert_eq!(p.progress(), Progress { done: 0, total: 11 });
        let item = all_items()[3];
        let field = all_fields()[2];
        p.toggle(item);
        p.set_field(field, "Chị Lan 0900");
        assert!(!p.is_empty() && p.is_checked(item));
        p.clear();
        assert!(p.is_empty() && !p.is_checked(item) && p.field(field).is_empty());
        assert_eq!(p, Plan::new());
    }

    #[test]
    fn spaces_only_is_kept_as_typed_but_counts_as_empty() {
        let mut p = Plan::new();
        let f = all_fields()[0];
        p.set_field(f, "   \n ");
        assert_eq!(p.field(f), "   \n ");
        assert!(p.is_empty());
        assert_eq!(p.progress().done, 0);
        assert!(p.summary(&SectionId::ALL).is_empty());
        p.set_field(f, "");
        assert_eq!(p.written_fields().count(), 0);
    }

    #[test]
    fn progress_counts_items_fields_and_touched_sections() {
        let mut p = Plan::new();
        let s = SectionId::GoBag;
        let total = s.items().count() + s.fields().count();
        assert_eq!(p.section_progress(s), Progress { done: 0, total });
        let mut items = s.items();
        let (a, b) = (items.next(), items.next());
        for i in [a, b].into_iter().flatten() {
            p.toggle(i);
        }
        if let Some(f) = s.fields().next() {
            p.set_field(f, "nhà chị Hai 🏠");
        }
        assert_eq!(p.section_progress(s), Progress { done: 3, total });
        assert!(p.is_touched(s) && !p.is_touched(SectionId::Phone));
        if let Some(i) = SectionId::Phone.items().next() {
            p.set_checked(i, true);
            p.set_checked(i, true);
        }
        assert_eq!(p.progress(), Progress { done: 2, total: 11 });
        if let Some(i) = a {
            p.toggle(i);
            assert!(!p.is_checked(i));
        }
        assert_eq!(p.section_progress(s).done, 2);
    }

    #[test]
    fn long_and_any_script_text_is_kept_exactly() {
        let mut p = Plan::new();
        let f = all_fields()[5];
        let text = "Nhà bà Sáu ở Long Xuyên 🙏 ផ្ទះយាយ\u{200d}\n\t".repeat(5000);
        p.set_field(f, text.clone());
        assert_eq!(p.field(f), text);
    }

    #[test]
    fn summary_lists_only_the_persons_own_ticks_and_notes_in_the_given_order() {
        let mut p = Plan::new();
        let people = SectionId::People;
        let child = SectionId::Children;
        let pi: Vec<ItemId> = people.items().collect();
        p.set_checked(pi[2], true);
        p.set_checked(pi[0], true);
        let cf: Vec<FieldId> = child.fields().collect();
        p.set_field(cf[1], "Bà ngoại");
        p.set_field(cf[0], "  ");
        let order = [child, SectionId::Incident, people];
        let sum = p.summary(&order);
        assert_eq!(sum.len(), 2);
        assert_eq!(sum[0].section, child);
        assert!(sum[0].items.is_empty());
        assert_eq!(sum[0].fields, vec![(cf[1], "Bà ngoại")]);
        assert_eq!(sum[1].section, people);
        assert_eq!(sum[1].items, vec![pi[0], pi[2]]);
        assert!(sum[1].fields.is_empty());
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
        let order = order_sections(&[Topic::Children]);
        assert_each_once(&order);
        assert_eq!(
            order[0],
            (SectionId::Children, Some(Reason::Topic(Topic::Children)))
        );
        assert!(order[1..].iter().all(|(_, r)| r.is_none()));
        assert_eq!(
            Reason::Topic(Topic::Children).key(),
            keys::PLAN_WHY_CHILDREN
        );

        let order = order_sections(&[Topic::Pregnancy, Topic::PhoneMonitoring, Topic::NotSafeNow]);
        assert_each_once(&order);
        let head: Vec<_> = order.iter().take(4).copied().collect();
        assert_eq!(
            head,
            vec![
                (SectionId::Incident, Some(Reason::Topic(Topic::NotSafeNow))),
                (SectionId::People, Some(Reason::Topic(Topic::NotSafeNow))),
                (SectionId::Pregnancy, Some(Reason::Topic(Topic::Pregnancy))),
                (
                    SectionId::Phone,
                    Some(Reason::Topic(Topic::PhoneMonitoring))
                ),
            ]
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
        let order = order_plan(&[], &answers(Some(Stance::Staying), &[]));
        assert_each_once(&order);
        assert_eq!(
            order[0],
            (SectionId::Staying, Some(Reason::Stance(Stance::Staying)))
        );
        assert!(order[1..].iter().all(|(_, r)| r.is_none()));
        assert_eq!(
            Reason::Stance(Stance::Staying).key(),
            keys::MATTERS_WHY_STAYING
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
        assert_each_once(&order);
        let head: Vec<_> = order.iter().take(5).copied().collect();
        assert_eq!(
            head,
            vec![
                (SectionId::Phone, Some(Reason::Priority(Priority::Privacy))),
                (SectionId::Staying, Some(Reason::Priority(Priority::Family))),
                (SectionId::People, Some(Reason::Priority(Priority::Family))),
                (
                    SectionId::SelfCare,
                    Some(Reason::Priority(Priority::Health))
                ),
                (SectionId::Incident, None),
            ]
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

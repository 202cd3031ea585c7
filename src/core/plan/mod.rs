//! The safety plan the person builds: sections of guidance, checklists and their own
//! notes. Lives in memory only; `core::kept` turns it into bytes when, and only when,
//! the person chooses to keep it. The order the sections are shown in is `order`'s.

pub mod content;
pub mod matters;
pub mod order;
pub mod trusted;

use std::collections::{BTreeMap, BTreeSet};

use crate::core::need::Need;
use crate::keys;
use content::Section;
use matters::Matters;
use trusted::Trusted;

pub use order::{order_plan, order_sections, Reason};

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
}

//! The incident diary, pure: dated entries the person writes (when, where, what happened,
//! injuries, a clinic visit and its paper, witnesses, children present, threats, and free
//! text), edited and deleted one by one, and read back from the kept value.
//!
//! Memory only until the person keeps it; kept, it is one block of the encrypted value's
//! plaintext, written and read by `core::kept::diary`. Its dates are `core::calendar`'s.
//!
//! - `request`: the printed request for a no-contact order (Vietnamese, from the law).

pub mod request;

use crate::core::calendar::Day;
use crate::keys;

/// Most entries a diary holds (far beyond weeks of entries; bounds a planted value).
pub const MAX_ENTRIES: usize = 1000;

/// Whether children were there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Children {
    #[default]
    NotSaid,
    Yes,
    No,
}

impl Children {
    pub const ALL: [Children; 3] = [Children::NotSaid, Children::Yes, Children::No];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Children::NotSaid => "-",
            Children::Yes => "y",
            Children::No => "n",
        }
    }

    pub(crate) fn from_code(s: &str) -> Option<Children> {
        Children::ALL.into_iter().find(|c| c.code() == s)
    }

    /// The choice's words on screen.
    pub fn key(self) -> &'static str {
        match self {
            Children::NotSaid => keys::DIARY_CHILDREN_NOT_SAID,
            Children::Yes => keys::DIARY_CHILDREN_YES,
            Children::No => keys::DIARY_CHILDREN_NO,
        }
    }
}

/// The written parts of an entry, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Where it happened.
    Place,
    /// What happened.
    What,
    /// Injuries, pain.
    Injuries,
    /// A clinic or hospital visit, and its paper.
    Clinic,
    /// Who saw or heard.
    Witnesses,
    /// Threats by phone, Zalo or message.
    Threats,
    /// Anything else, in any language.
    Notes,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Place,
        Field::What,
        Field::Injuries,
        Field::Clinic,
        Field::Witnesses,
        Field::Threats,
        Field::Notes,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Field::Place => "place",
            Field::What => "what",
            Field::Injuries => "injury",
            Field::Clinic => "clinic",
            Field::Witnesses => "witness",
            Field::Threats => "threat",
            Field::Notes => "notes",
        }
    }

    pub fn from_code(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == s)
    }

    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            Field::Place => keys::DIARY_FIELD_PLACE,
            Field::What => keys::DIARY_FIELD_WHAT,
            Field::Injuries => keys::DIARY_FIELD_INJURIES,
            Field::Clinic => keys::DIARY_FIELD_CLINIC,
            Field::Witnesses => keys::DIARY_FIELD_WITNESSES,
            Field::Threats => keys::DIARY_FIELD_THREATS,
            Field::Notes => keys::DIARY_FIELD_NOTES,
        }
    }

    /// The gentle prompt under the label.
    pub fn hint(self) -> &'static str {
        match self {
            Field::Place => keys::DIARY_HINT_PLACE,
            Field::What => keys::DIARY_HINT_WHAT,
            Field::Injuries => keys::DIARY_HINT_INJURIES,
            Field::Clinic => keys::DIARY_HINT_CLINIC,
            Field::Witnesses => keys::DIARY_HINT_WITNESSES,
            Field::Threats => keys::DIARY_HINT_THREATS,
            Field::Notes => keys::DIARY_HINT_NOTES,
        }
    }
}

/// One entry's id inside this visit (not stored: entries are numbered as they are read).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// What one entry says. Every part may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub day: Option<Day>,
    pub children: Children,
    place: String,
    what: String,
    injuries: String,
    clinic: String,
    witnesses: String,
    threats: String,
    notes: String,
}

fn has_text(s: &str) -> bool {
    !s.trim().is_empty()
}

impl Entry {
    /// An entry with its day and the children answer, nothing written yet.
    pub fn dated(day: Option<Day>, children: Children) -> Entry {
        Entry {
            day,
            children,
            ..Entry::default()
        }
    }

    pub fn text(&self, f: Field) -> &str {
        match f {
            Field::Place => &self.place,
            Field::What => &self.what,
            Field::Injuries => &self.injuries,
            Field::Clinic => &self.clinic,
            Field::Witnesses => &self.witnesses,
            Field::Threats => &self.threats,
            Field::Notes => &self.notes,
        }
    }

    pub fn set_text(&mut self, f: Field, text: impl Into<String>) {
        let slot = match f {
            Field::Place => &mut self.place,
            Field::What => &mut self.what,
            Field::Injuries => &mut self.injuries,
            Field::Clinic => &mut self.clinic,
            Field::Witnesses => &mut self.witnesses,
            Field::Threats => &mut self.threats,
            Field::Notes => &mut self.notes,
        };
        *slot = text.into();
    }

    /// The fields with something written, in the order asked.
    pub fn written(&self) -> impl Iterator<Item = (Field, &str)> + '_ {
        Field::ALL
            .into_iter()
            .map(|f| (f, self.text(f)))
            .filter(|(_, t)| has_text(t))
    }

    /// Nothing written, no date, nothing chosen: not worth keeping.
    pub fn is_blank(&self) -> bool {
        self.day.is_none() && self.children == Children::NotSaid && self.written().next().is_none()
    }
}

/// The diary: entries in the order written, each with its id for this visit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diary {
    entries: Vec<(EntryId, Entry)>,
    next: u32,
}

/// Why an entry could not be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiaryError {
    /// Nothing was written in it.
    Blank,
    /// The diary holds [`MAX_ENTRIES`] already.
    Full,
    /// No entry has this id (deleted meanwhile).
    Missing,
}

impl DiaryError {
    pub fn key(self) -> &'static str {
        match self {
            DiaryError::Blank => keys::DIARY_ERROR_BLANK,
            DiaryError::Full => keys::DIARY_ERROR_FULL,
            DiaryError::Missing => keys::DIARY_ERROR_MISSING,
        }
    }
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Adds an entry; its id.
    pub fn add(&mut self, entry: Entry) -> Result<EntryId, DiaryError> {
        if entry.is_blank() {
            return Err(DiaryError::Blank);
        }
        self.append(entry)
    }

    /// Adds an entry as it was kept (blank or not: what was kept is shown as it was).
    pub(crate) fn append(&mut self, entry: Entry) -> Result<EntryId, DiaryError> {
        if self.entries.len() >= MAX_ENTRIES {
            return Err(DiaryError::Full);
        }
        let id = EntryId(self.next);
        self.next = self.next.saturating_add(1);
        self.entries.push((id, entry));
        Ok(id)
    }

    /// Replaces what an entry says.
    pub fn update(&mut self, id: EntryId, entry: Entry) -> Result<(), DiaryError> {
        if entry.is_blank() {
            return Err(DiaryError::Blank);
        }
        let slot = self
            .entries
            .iter_mut()
            .find(|(i, _)| *i == id)
            .ok_or(DiaryError::Missing)?;
        slot.1 = entry;
        Ok(())
    }

    /// Removes an entry. True when it was there.
    pub fn delete(&mut self, id: EntryId) -> bool {
        let before = self.entries.len();
        self.entries.retain(|(i, _)| *i != id);
        self.entries.len() != before
    }

    pub fn get(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|(i, _)| *i == id).map(|(_, e)| e)
    }

    /// Every entry, in the order written.
    pub fn entries(&self) -> impl Iterator<Item = (EntryId, &Entry)> + '_ {
        self.entries.iter().map(|(i, e)| (*i, e))
    }

    /// Entries by date, oldest first; undated ones last, each group in the order written.
    pub fn by_date(&self) -> Vec<(EntryId, &Entry)> {
        let mut v: Vec<_> = self.entries().collect();
        crate::core::sort::sort_by(&mut v, |(_, a), (_, b)| match (a.day, b.day) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        v
    }

    /// Drops every entry (the "erase the whole diary" button, and closing).
    pub fn clear(&mut self) {
        *self = Diary::new();
    }

    /// Content equality, ignoring ids (what was kept against what is on screen).
    pub fn same_as(&self, other: &Diary) -> bool {
        self.entries.len() == other.entries.len()
            && self
                .entries
                .iter()
                .zip(&other.entries)
                .all(|((_, a), (_, b))| a == b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_edit_delete_and_order() {
        let mut d = Diary::new();
        assert_eq!(d.add(Entry::default()), Err(DiaryError::Blank));
        let mut e = Entry::default();
        e.set_text(Field::What, "   ");
        assert_eq!(d.add(e.clone()), Err(DiaryError::Blank));
        e.set_text(Field::What, "lần đầu");
        e.day = Day::parse("2026-05-02");
        let a = d.add(e.clone()).unwrap();
        let undated = Entry::dated(None, Children::Yes);
        let b = d.add(undated).unwrap();
        e.day = Day::parse("2026-01-09");
        let c = d.add(e.clone()).unwrap();
        let order: Vec<EntryId> = d.by_date().into_iter().map(|(i, _)| i).collect();
        assert_eq!(order, vec![c, a, b]);
        e.set_text(Field::What, "đã sửa");
        d.update(a, e.clone()).unwrap();
        assert_eq!(d.get(a).unwrap().text(Field::What), "đã sửa");
        assert_eq!(d.update(a, Entry::default()), Err(DiaryError::Blank));
        assert!(d.delete(b));
        assert!(!d.delete(b));
        assert_eq!(d.update(b, e), Err(DiaryError::Missing));
        assert_eq!(d.len(), 2);
        d.clear();
        assert!(d.is_empty() && d.entries().next().is_none());
    }
}

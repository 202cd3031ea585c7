//! The incident diary, pure: dated entries the person writes (when, where, what happened,
//! injuries, a clinic visit and its paper, witnesses, children present, threats, and free
//! text), edited and deleted one by one, and read back from the kept value.
//!
//! Memory only until the person keeps it; kept, it is one block of the encrypted value's
//! plaintext (`core::notebook` joins it to the plan). Its encoding, like the plan's:
//! ```text
//! diary 1
//! e <date|-> <children y|n|->   one entry starts
//! t <field> <bytes>              then exactly <bytes> of text and a newline
//! end
//! ```
//! A `t` line belongs to the entry above it. Unknown field codes are skipped (a later
//! version may add one); anything else malformed, truncated or trailing is an error,
//! never a panic.
//!
//! - `request`: the printed request for a no-contact order (Vietnamese, from the law).

pub mod request;

use crate::core::vault::VaultError;
use crate::keys;

/// Most entries a diary holds (far beyond weeks of entries; bounds a planted value).
pub const MAX_ENTRIES: usize = 1000;

/// A day on the calendar, as `<input type="date">` gives it (`YYYY-MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// Reads `YYYY-MM-DD` (years 1900–2999, real days of real months); anything else is None.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |from: usize, to: usize| -> Option<u16> {
            let part = s.get(from..to)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0, 4)?;
        let month = u8::try_from(num(5, 7)?).ok()?;
        let day = u8::try_from(num(8, 10)?).ok()?;
        let d = Day { year, month, day };
        ((1900..=2999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= d.month_len())
        .then_some(d)
    }

    fn month_len(self) -> u8 {
        match self.month {
            2 if self.year.is_multiple_of(4)
                && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// `YYYY-MM-DD`, what the date field and the encoding use.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `dd/mm/yyyy`, as dates are written in Vietnam (and on the printed pages).
    pub fn dmy(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }
}

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

    fn code(self) -> &'static str {
        match self {
            Children::NotSaid => "-",
            Children::Yes => "y",
            Children::No => "n",
        }
    }

    fn from_code(s: &str) -> Option<Children> {
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

const HEADER: &[u8] = b"diary 1\n";
/// What starts a diary block (any version): how the notebook tells one from a plan.
pub const BLOCK_START: &[u8] = b"diary ";

/// The diary block of the kept plaintext; empty when the diary is empty (a plan-only
/// value stays byte-identical to one written before the diary existed).
pub fn encode(diary: &Diary, out: &mut Vec<u8>) {
    if diary.is_empty() {
        return;
    }
    out.extend_from_slice(HEADER);
    for (_, e) in diary.entries() {
        let day = e.day.map_or_else(|| "-".to_string(), Day::iso);
        out.extend_from_slice(format!("e {day} {}\n", e.children.code()).as_bytes());
        for (f, text) in Field::ALL.into_iter().map(|f| (f, e.text(f))) {
            if text.is_empty() {
                continue;
            }
            out.extend_from_slice(format!("t {} {}\n", f.code(), text.len()).as_bytes());
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
        }
    }
    out.extend_from_slice(b"end\n");
}

/// Reads a diary block from the start of `bytes`; the diary and what follows the block.
pub fn decode(bytes: &[u8]) -> Result<(Diary, &[u8]), VaultError> {
    let mut rest = match bytes.strip_prefix(HEADER) {
        Some(rest) => rest,
        None => {
            let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
            let other = first.strip_prefix(BLOCK_START).is_some_and(|v| {
                v != b"1" && !v.is_empty() && v.len() <= 9 && v.iter().all(u8::is_ascii_digit)
            });
            return Err(if other {
                VaultError::OtherVersion
            } else {
                VaultError::Corrupt
            });
        }
    };
    let mut diary = Diary::new();
    let mut current: Option<Entry> = None;
    loop {
        let nl = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or(VaultError::Corrupt)?;
        let (line, tail) = rest.split_at_checked(nl).ok_or(VaultError::Corrupt)?;
        let line = std::str::from_utf8(line).map_err(|_| VaultError::Corrupt)?;
        rest = tail.get(1..).ok_or(VaultError::Corrupt)?;
        if line == "end" {
            push(&mut diary, current.take())?;
            // An empty diary is never written: a block without entries is not ours.
            return if diary.is_empty() {
                Err(VaultError::Corrupt)
            } else {
                Ok((diary, rest))
            };
        }
        let mut parts = line.split(' ');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("e"), Some(day), Some(children), None) => {
                push(&mut diary, current.take())?;
                let day = match day {
                    "-" => None,
                    d => Some(Day::parse(d).ok_or(VaultError::Corrupt)?),
                };
                let children = Children::from_code(children).ok_or(VaultError::Corrupt)?;
                current = Some(Entry {
                    day,
                    children,
                    ..Entry::default()
                });
            }
            (Some("t"), Some(code), Some(len), None) => {
                let entry = current.as_mut().ok_or(VaultError::Corrupt)?;
                if code.is_empty()
                    || len.is_empty()
                    || len.len() > 7
                    || !len.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(VaultError::Corrupt);
                }
                let len: usize = len.parse().map_err(|_| VaultError::Corrupt)?;
                let (text, tail) = rest.split_at_checked(len).ok_or(VaultError::Corrupt)?;
                rest = tail.strip_prefix(b"\n").ok_or(VaultError::Corrupt)?;
                let text = std::str::from_utf8(text).map_err(|_| VaultError::Corrupt)?;
                if let Some(f) = Field::from_code(code) {
                    entry.set_text(f, text);
                }
            }
            _ => return Err(VaultError::Corrupt),
        }
    }
}

/// Adds a finished entry while reading.
fn push(diary: &mut Diary, entry: Option<Entry>) -> Result<(), VaultError> {
    let Some(entry) = entry else {
        return Ok(());
    };
    if diary.entries.len() >= MAX_ENTRIES {
        return Err(VaultError::Corrupt);
    }
    let id = EntryId(diary.next);
    diary.next = diary.next.saturating_add(1);
    diary.entries.push((id, entry));
    Ok(())
}

#[cfg(test)]
mod tests;

//! The diary block of the kept plaintext: which [`record`](super::record)s it holds.
//! ```text
//! diary 1
//! e <date|-> <children y|n|->   one entry starts
//! t <field> <bytes>              a written part of the entry above (text as the records say)
//! end
//! ```
//! Written only when the diary has entries, before the plan block. Unknown field codes
//! are skipped (a later version may add one).

use super::record::{self, Reader, Record, Writer};
use super::Error;
use crate::core::calendar::Day;
use crate::core::diary::{Children, Diary, Entry, Field};

const NAME: &str = "diary";
const VERSION: u32 = 1;
/// What starts a diary block (any version): how the kept value tells one from a plan.
pub const BLOCK_START: &[u8] = b"diary ";

/// Appends the diary block to `out`; nothing when the diary is empty (a plan-only value
/// stays byte-identical to one written before the diary existed).
pub fn encode(diary: &Diary, out: &mut Vec<u8>) -> Result<(), Error> {
    if diary.is_empty() {
        return Ok(());
    }
    let mut w = Writer::open(out, NAME, VERSION);
    for (_, e) in diary.entries() {
        let day = e.day.map_or_else(|| "-".to_string(), Day::iso);
        w.record('e', &[&day, e.children.code()]);
        for f in Field::ALL {
            let text = e.text(f);
            if !text.is_empty() {
                w.text('t', &[f.code()], text)?;
            }
        }
    }
    w.end()
}

/// Reads a diary block from the start of `bytes`; the diary and what follows the block.
pub fn decode(bytes: &[u8]) -> Result<(Diary, &[u8]), Error> {
    let mut r = Reader::open(bytes, NAME, VERSION)?;
    let mut diary = Diary::new();
    let mut current: Option<Entry> = None;
    while let Some(Record { tag, words }) = r.record()? {
        match (tag, words) {
            ("e", [Some(day), Some(children)]) => {
                push(&mut diary, current.take())?;
                let day = match day {
                    "-" => None,
                    d => Some(Day::parse(d).ok_or(Error::Corrupt)?),
                };
                let children = Children::from_code(children).ok_or(Error::Corrupt)?;
                current = Some(Entry::dated(day, children));
            }
            ("t", [Some(code), Some(len)]) => {
                let entry = current.as_mut().ok_or(Error::Corrupt)?;
                let code = record::code(code)?;
                let text = r.text(len)?;
                if let Some(f) = Field::from_code(code) {
                    entry.set_text(f, text);
                }
            }
            _ => return Err(Error::Corrupt),
        }
    }
    push(&mut diary, current.take())?;
    // An empty diary is never written: a block without entries is not ours.
    if diary.is_empty() {
        return Err(Error::Corrupt);
    }
    Ok((diary, r.rest()))
}

/// Adds a finished entry while reading (more than the diary holds is not ours).
fn push(diary: &mut Diary, entry: Option<Entry>) -> Result<(), Error> {
    match entry {
        Some(entry) => diary.append(entry).map(|_| ()).map_err(|_| Error::Corrupt),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diary::{DiaryError, MAX_ENTRIES};

    fn full() -> Diary {
        let texts = [
            "Anh ấy say rượu, la hét và đẩy tôi vào tường. Ấp Mỹ Hòa, Long Xuyên 🏠",
            "ប្តីខ្ញុំវាយខ្ញុំ នៅផ្ទះ 😢🙏",
            "emoji 👩‍👧‍👦🇻🇳 a line\nbreak, \"quotes\", tabs\t, t what 3\nend\ne - -\n",
            "   leading and trailing spaces   ",
            "\u{0}\u{1f}\u{7f}\u{feff}\u{200b}",
        ];
        let mut d = Diary::new();
        for k in 0..6 {
            let day = if k == 4 {
                None
            } else {
                Day::parse(&format!("2026-{:02}-{:02}", k + 1, k * 5 + 1))
            };
            let mut e = Entry::dated(day, Children::ALL[k % 3]);
            for (i, f) in Field::ALL.into_iter().enumerate() {
                if (i + k) % 3 != 2 {
                    e.set_text(f, texts[(i + k) % texts.len()]);
                }
            }
            d.add(e).unwrap();
        }
        d
    }

    fn bytes(d: &Diary) -> Vec<u8> {
        let mut v = Vec::new();
        encode(d, &mut v).unwrap();
        v
    }

    #[test]
    fn round_trips_vietnamese_khmer_and_emoji() {
        let d = full();
        let b = bytes(&d);
        let (back, rest) = decode(&b).unwrap();
        assert!(rest.is_empty());
        assert!(back.same_as(&d));
        assert_eq!(back.len(), 6);
        // What follows the block is left for the plan.
        let mut with_tail = b.clone();
        with_tail.extend_from_slice(b"plan 1\nend\n");
        assert_eq!(decode(&with_tail).unwrap().1, b"plan 1\nend\n");
    }

    #[test]
    fn an_empty_diary_writes_nothing_and_an_empty_block_is_refused() {
        assert!(bytes(&Diary::new()).is_empty());
        assert_eq!(decode(b"diary 1\nend\n").map(|_| ()), Err(Error::Corrupt));
    }

    #[test]
    fn unknown_fields_are_skipped() {
        let (d, _) =
            decode(b"diary 1\ne 2026-01-02 y\nt smell 3\nabc\nt what 2\nok\nend\n").unwrap();
        let (_, e) = d.entries().next().unwrap();
        assert_eq!(e.text(Field::What), "ok");
        assert_eq!(e.children, Children::Yes);
        assert_eq!(e.written().count(), 1);
    }

    #[test]
    fn bad_blocks_are_errors() {
        assert_eq!(decode(b"diary 2\n").map(|_| ()), Err(Error::OtherVersion));
        // Each case, between the bars.
        super::super::all_corrupt(
            b"|diary|diary 1|diary 1\n|diary 1\nend|diary x\nend\n|diary 1\nt what 1\na\nend\n|diary 1\ne\nend\n|diary 1\ne -\nend\n|diary 1\ne - - x\nend\n|diary 1\ne 2026-02-30 -\nend\n|diary 1\ne - maybe\nend\n|diary 1\ne - -\nt what\nabc\nend\n|diary 1\ne - -\nt what -1\nabc\nend\n|diary 1\ne - -\nt what 4\nabc\nend\n|diary 1\ne - -\nt what 2\nabc\nend\n|diary 1\ne - -\nt what 99999999\nabc\nend\n|diary 1\ne - -\nt  3\nabc\nend\n|diary 1\ne - -\nt what 2\n\xff\xfe\nend\n|diary 1\ne - \xff\nend\n|diary 1\nx - -\nend\n",
            |b| decode(b).map(|_| ()),
        );
    }

    #[test]
    fn every_truncation_is_an_error() {
        let b = bytes(&full());
        for n in 0..b.len() {
            assert!(decode(&b[..n]).is_err(), "prefix of {n} bytes was accepted");
        }
    }

    #[test]
    fn a_full_diary_refuses_more() {
        let mut d = Diary::new();
        let mut e = Entry::default();
        e.set_text(Field::Notes, "x");
        for _ in 0..MAX_ENTRIES {
            d.add(e.clone()).unwrap();
        }
        assert_eq!(d.add(e), Err(DiaryError::Full));
        let b = bytes(&d);
        assert_eq!(decode(&b).unwrap().0.len(), MAX_ENTRIES);
        // One more, planted in a stored value, is refused.
        let mut planted = b[..b.len() - 4].to_vec();
        planted.extend_from_slice(b"e - -\nend\n");
        assert_eq!(decode(&planted).map(|_| ()), Err(Error::Corrupt));
    }
}

//! The kept value: the one thing a person may keep on the phone, and every byte of it is
//! made and read in this module. Where each part lives:
//!
//! | what | where |
//! |---|---|
//! | the plaintext: an optional diary block, the plan block, zero padding | here ([`encode`], [`decode`], [`padded`]) |
//! | the line records both blocks are made of (header, version, codes, texts, size bound) | [`record`] |
//! | the plan block, the diary block: which records each holds | [`plan`], [`diary`] |
//! | the envelope stored around the ciphertext (KDF id, salt, nonce, base64url) | [`envelope`] |
//! | the one error type | [`Error`] |
//! | encrypting, storing, opening (WebCrypto, localStorage) | `platform::keeper` → `platform::crypto`, `platform::storage` |
//! | the panel where the person keeps, opens or deletes it | `ui::widgets::keep` |
//!
//! The plaintext, before encryption:
//! ```text
//! diary 1        only when the diary has entries
//! …
//! end
//! plan 1
//! …
//! end
//! \0\0\0…         padding (see `padded`)
//! ```
//! A text with no diary is exactly what was written before the diary existed, byte for
//! byte, so every kept plan still opens; padded, a plan-only value and one with a short
//! diary are the same length. Every version that ever shipped is pinned in `fixtures`.
//!
//! What is encrypted is padded with zero bytes to a bucket ([`padded`]): without it the
//! stored value's length would grow with each diary entry and shrink after "erase", for
//! anyone who looks at it twice. The text always ends with `end\n`, so trailing zero
//! bytes are never part of it: the reader drops them.

pub mod diary;
pub mod envelope;
pub mod plan;
pub mod record;

#[cfg(test)]
mod fixtures;

use crate::core::diary::Diary;
use crate::core::plan::Plan;
use crate::keys;

/// The one storage key. It says nothing about what is kept ("notes", like the app's
/// neutral name "Sổ tay / Notebook"); the number lets a later format sit beside it.
pub const STORAGE_KEY: &str = "notes-1";

/// Largest plaintext we write or read (1 MiB: far beyond any real plan, well inside
/// localStorage's usual 5 MB).
pub const MAX_PLAIN_BYTES: usize = 1 << 20;

/// Why the kept value could not be read or written: the one error of every part of its
/// format (envelope, blocks, records). Each maps to one clear message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The stored value is empty.
    Empty,
    /// Not a plan this app wrote, or damaged: garbage, bad base64, wrong lengths, truncated.
    Corrupt,
    /// Written by another version of the format.
    OtherVersion,
    /// The plan is too long to keep (when saving).
    TooLarge,
    /// Decryption failed (reported by the platform layer): a wrong passphrase, or data
    /// altered after saving. AES-GCM cannot tell these apart; nothing is lost either way.
    WrongPassphrase,
}

impl Error {
    /// The message to show.
    pub fn key(self) -> &'static str {
        match self {
            Error::Empty | Error::Corrupt => keys::PLAN_BLOB_CORRUPT,
            Error::OtherVersion => keys::PLAN_BLOB_OTHER_VERSION,
            Error::TooLarge => keys::PLAN_TOO_LARGE,
            Error::WrongPassphrase => keys::PLAN_WRONG_PASSPHRASE,
        }
    }

    /// Whether to offer "delete it from this device": the stored value can never open.
    pub fn offers_delete(self) -> bool {
        matches!(self, Error::Empty | Error::Corrupt | Error::OtherVersion)
    }
}

/// The plaintext to encrypt. Fails only when it is too long to keep.
pub fn encode(plan: &Plan, diary: &Diary) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    diary::encode(diary, &mut out)?;
    plan::encode_into(plan, &mut out)?;
    Ok(out)
}

/// Smallest padded length: a plan alone and a plan with a few diary entries look alike.
pub const PAD_MIN: usize = 4096;

/// `plain` (from [`encode`]) grown with zero bytes to the next power of two, at least
/// [`PAD_MIN`] and at most [`MAX_PLAIN_BYTES`]: the length then says only which bucket
/// the text falls in, and grows with the diary in doublings rather than entry by entry.
pub fn padded(mut plain: Vec<u8>) -> Vec<u8> {
    let bucket = plain
        .len()
        .max(PAD_MIN)
        .next_power_of_two()
        .min(MAX_PLAIN_BYTES)
        .max(plain.len());
    plain.resize(bucket, 0);
    plain
}

/// Reads decrypted plaintext back (padded or not). Never panics.
pub fn decode(bytes: &[u8]) -> Result<(Plan, Diary), Error> {
    if bytes.len() > MAX_PLAIN_BYTES {
        return Err(Error::Corrupt);
    }
    // The padding: the text itself always ends with `end\n`, never with a zero byte.
    let text_len = bytes.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    let bytes = bytes.get(..text_len).unwrap_or_default();
    if bytes.starts_with(diary::BLOCK_START) {
        let (d, rest) = diary::decode(bytes)?;
        // A diary alone is never written: the plan block always follows.
        if rest.is_empty() {
            return Err(Error::Corrupt);
        }
        Ok((plan::decode(rest)?, d))
    } else {
        Ok((plan::decode(bytes)?, Diary::new()))
    }
}

/// Test helper: `read` finds each of `cases` (separated by `|`) damaged, and names the
/// one it does not.
#[cfg(test)]
fn all_corrupt(cases: &[u8], read: impl Fn(&[u8]) -> Result<(), Error>) {
    for bad in cases.split(|b| *b == b'|') {
        let got = read(bad);
        assert_eq!(
            got,
            Err(Error::Corrupt),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::Day;
    use crate::core::diary::{Children, Entry, Field};
    use crate::core::plan::SectionId;

    fn plan() -> Plan {
        let mut p = Plan::new();
        let f = SectionId::ALL[1].fields().next().unwrap();
        p.set_field(f, "Chị Lan 0912 345 678");
        p.set_checked(SectionId::ALL[0].items().next().unwrap(), true);
        p
    }

    fn diary() -> Diary {
        let mut d = Diary::new();
        let mut e = Entry::dated(Day::parse("2026-11-03"), Children::Yes);
        e.set_text(Field::What, "Anh ấy đập vỡ điện thoại của tôi 📱");
        e.set_text(Field::Threats, "Tin nhắn Zalo: \"mày chết\"\nend\nplan 1\n");
        d.add(e).unwrap();
        d
    }

    #[test]
    fn errors_map_to_messages_and_delete_offers() {
        assert!(Error::Corrupt.offers_delete() && Error::OtherVersion.offers_delete());
        // A wrong passphrase must never lead toward deleting the plan.
        assert!(!Error::WrongPassphrase.offers_delete());
        assert!(!Error::TooLarge.offers_delete());
    }

    #[test]
    fn a_plan_alone_is_byte_identical_to_the_plan_encoding() {
        for p in [Plan::new(), plan()] {
            assert_eq!(
                encode(&p, &Diary::new()).unwrap(),
                plan::encode(&p).unwrap()
            );
            assert_eq!(
                decode(&plan::encode(&p).unwrap()).unwrap(),
                (p, Diary::new())
            );
        }
    }

    #[test]
    fn plan_and_diary_round_trip_together() {
        let bytes = encode(&plan(), &diary()).unwrap();
        assert!(bytes.starts_with(b"diary 1\n"));
        let (p, d) = decode(&bytes).unwrap();
        assert_eq!(p, plan());
        assert!(d.same_as(&diary()));
        let (p, d) = decode(&encode(&Plan::new(), &diary()).unwrap()).unwrap();
        assert!(p.is_empty() && d.same_as(&diary()));
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = encode(&plan(), &diary()).unwrap();
        for n in 0..bytes.len() {
            assert!(
                decode(&bytes[..n]).is_err(),
                "prefix of {n} bytes was accepted"
            );
        }
        assert!(
            decode(b"diary 1\ne - -\nend\n").is_err(),
            "a diary without its plan"
        );
        assert_eq!(
            decode(b"diary 2\nend\nplan 1\nend\n"),
            Err(Error::OtherVersion)
        );
    }

    #[test]
    fn padding_hides_the_diary_and_reads_back() {
        let alone = padded(encode(&plan(), &Diary::new()).unwrap());
        let with = padded(encode(&plan(), &diary()).unwrap());
        assert_eq!(alone.len(), PAD_MIN);
        assert_eq!(
            with.len(),
            alone.len(),
            "a short diary changes nothing in the length"
        );
        assert_eq!(decode(&alone).unwrap(), (plan(), Diary::new()));
        let (p, d) = decode(&with).unwrap();
        assert!(p == plan() && d.same_as(&diary()));
        // Unpadded plaintext (as every value written before) reads as before.
        assert_eq!(
            decode(&encode(&plan(), &Diary::new()).unwrap()).unwrap().0,
            plan()
        );
        // Buckets double; the largest stays within what is ever written or read.
        for n in [
            1,
            PAD_MIN - 1,
            PAD_MIN,
            PAD_MIN + 1,
            70_000,
            MAX_PLAIN_BYTES - 1,
            MAX_PLAIN_BYTES,
        ] {
            let len = padded(vec![b'x'; n]).len();
            assert!(
                len >= n && len <= MAX_PLAIN_BYTES && (len.is_power_of_two()),
                "{n} → {len}"
            );
        }
        assert_eq!(padded(vec![b'x'; 70_000]).len(), 131_072);
        // Zero bytes are padding only at the end: inside the text they are text.
        let mut bad = alone.clone();
        bad.insert(0, 0);
        assert!(decode(&bad).is_err());
        assert!(
            decode(&[0; 64]).is_err(),
            "padding alone is not a kept value"
        );
    }

    #[test]
    fn too_long_to_keep_is_refused() {
        let mut d = Diary::new();
        let mut e = Entry::default();
        e.set_text(Field::Notes, "ក".repeat(MAX_PLAIN_BYTES / 3 + 1));
        d.add(e).unwrap();
        assert_eq!(encode(&Plan::new(), &d), Err(Error::TooLarge));
    }
}

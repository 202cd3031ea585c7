//! The kept value's plaintext, joined: an optional diary block (`core::diary`) before the
//! plan block (`core::vault`). A value with no diary is exactly what was written before
//! the diary existed, byte for byte, so every kept plan still opens and nothing about a
//! plan-only value hints that a diary could be there.
//!
//! ```text
//! diary 1        only when the diary has entries
//! …
//! end
//! plan 1
//! …
//! end
//! ```

use super::diary::{self, Diary};
use super::plan::Plan;
use super::vault::{self, VaultError, MAX_PLAIN_BYTES};

/// The plaintext to encrypt. Fails only when it is too long to keep.
pub fn encode(plan: &Plan, diary: &Diary) -> Result<Vec<u8>, VaultError> {
    let mut out = Vec::new();
    diary::encode(diary, &mut out);
    if out.len() > MAX_PLAIN_BYTES {
        return Err(VaultError::TooLarge);
    }
    out.extend_from_slice(&vault::encode_plan(plan)?);
    if out.len() > MAX_PLAIN_BYTES {
        return Err(VaultError::TooLarge);
    }
    Ok(out)
}

/// Reads decrypted plaintext back. Never panics.
pub fn decode(bytes: &[u8]) -> Result<(Plan, Diary), VaultError> {
    if bytes.len() > MAX_PLAIN_BYTES {
        return Err(VaultError::Corrupt);
    }
    if bytes.starts_with(diary::BLOCK_START) {
        let (d, rest) = diary::decode(bytes)?;
        // A diary alone is never written: the plan block always follows.
        if rest.is_empty() {
            return Err(VaultError::Corrupt);
        }
        Ok((vault::decode_plan(rest)?, d))
    } else {
        Ok((vault::decode_plan(bytes)?, Diary::new()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diary::{Children, Day, Entry, Field};
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
    fn a_plan_alone_is_byte_identical_to_the_plan_encoding() {
        for p in [Plan::new(), plan()] {
            assert_eq!(
                encode(&p, &Diary::new()).unwrap(),
                vault::encode_plan(&p).unwrap()
            );
            assert_eq!(
                decode(&vault::encode_plan(&p).unwrap()).unwrap(),
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
            Err(VaultError::OtherVersion)
        );
    }

    #[test]
    fn too_long_to_keep_is_refused() {
        let mut d = Diary::new();
        let mut e = Entry::default();
        e.set_text(Field::Notes, "ក".repeat(MAX_PLAIN_BYTES / 3 + 1));
        d.add(e).unwrap();
        assert_eq!(encode(&Plan::new(), &d), Err(VaultError::TooLarge));
    }
}

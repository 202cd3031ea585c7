//! Every version of the kept value that ever shipped, pinned as bytes written out by hand
//! (not by today's writer): each must still read, and what today's writer makes of the
//! same content must be what a current version reads. A change that breaks one of these
//! makes a person's kept plan or diary unreadable; add a fixture, never edit one.
//!
//! | shipped in | what changed |
//! |---|---|
//! | `70556ea` | envelope `n1.`, KDF id 1 (PBKDF2 over the passphrase as typed); plaintext `plan 1` with `c`/`t` |
//! | `ec4141d` | `plan 1` gains `s`, `p`, `u`, `o` (what matters, the trusted person, print choices) |
//! | `be0e61c` | an optional `diary 1` block before the plan |
//! | `d7edeba` | the plaintext padded with zero bytes to a power of two, at least 4 KiB |
//! | `60dfa50` | KDF id 2: PBKDF2 over the passphrase's NFC form (new values); id 1 still read |

use super::envelope::{self, Kdf, DEFAULT_ITERATIONS, NONCE_LEN, SALT_LEN};
use super::{decode, encode, padded, plan, Error, PAD_MIN};
use crate::core::calendar::Day;
use crate::core::diary::{Children, Diary, Entry, Field};
use crate::core::plan::matters::{Priority, Stance};
use crate::core::plan::{FieldId, ItemId, Plan, SectionId};
use base64::Engine as _;

/// Envelopes as written before and after the passphrase was normalised: the same salt
/// (0..16), nonce (100..112) and 40 bytes of ciphertext; only the KDF id differs.
const ENVELOPE_KDF_1: &str = "n1.AQAJJ8AAAQIDBAUGBwgJCgsMDQ4PZGVmZ2hpamtsbW5vAAAAKAAfPl18m7rZ-Bc2VXSTstHwDy5NbIuqyegHJkVkg6LB4P8ePVx7mrk";
const ENVELOPE_KDF_2: &str = "n1.AgAJJ8AAAQIDBAUGBwgJCgsMDQ4PZGVmZ2hpamtsbW5vAAAAKAAfPl18m7rZ-Bc2VXSTstHwDy5NbIuqyegHJkVkg6LB4P8ePVx7mrk";

/// A real value kept with WebCrypto before the passphrase was normalised (the same one
/// `tests/e2e/keep.test.mjs` opens in a browser with its passphrase typed decomposed):
/// 90 bytes of ciphertext, unpadded.
const ENVELOPE_KEPT_BY_A_BROWSER: &str = "n1.AQAJJ8DrTG9Hpi6pzPMcGA-A9xMEC0NZEwUo82D3L-3nAAAAWlvyD1lyG-w_HupH2oscuu36ARP2AJSODF2CffgRp70wTOEcO3UYXyG4P5g42wWfUB0SHslbmSE1LfxotMWFznu6ZF4XEHFg_Gx7EO3kMfeukADPmLRGo7pZVw";

/// The first plan format: ticks and written fields only.
const PLAN_FIRST: &str = "plan 1\nc gobag.cccd\nc people.codeword\nt people.codeword 12\nhoa sen 🌸\nt incident.goto 0\n\nend\n";

/// The plan with what matters, the trusted person and a print choice.
const PLAN_WITH_MATTERS: &str = "plan 1\ns staying\np family\np safety\np health\nu name 4\nMẹ\nu number 10\n0901234567\nu word 21\nផ្កាឈូក\no matters\nend\n";

/// A diary of two entries (one undated) before a one-tick plan.
const DIARY_AND_PLAN: &str = "diary 1\ne 2026-11-03 y\nt what 52\nAnh ấy đập vỡ điện thoại của tôi 📱\nt threat 42\nTin nhắn Zalo: \"mày chết\"\nend\nplan 1\n\ne - -\nt place 17\nChợ Long Xuyên\nend\nplan 1\nc gobag.cccd\nend\n";

fn item(s: SectionId, code: &str) -> Result<ItemId, Error> {
    ItemId::find(s, code).ok_or(Error::Corrupt)
}

fn the_diary() -> Result<Diary, Error> {
    let mut d = Diary::new();
    let mut e = Entry::dated(Day::parse("2026-11-03"), Children::Yes);
    e.set_text(Field::What, "Anh ấy đập vỡ điện thoại của tôi 📱");
    e.set_text(Field::Threats, "Tin nhắn Zalo: \"mày chết\"\nend\nplan 1\n");
    d.add(e).map_err(|_| Error::Corrupt)?;
    let mut e = Entry::dated(None, Children::NotSaid);
    e.set_text(Field::Place, "Chợ Long Xuyên");
    d.add(e).map_err(|_| Error::Corrupt)?;
    Ok(d)
}

#[test]
fn both_envelope_kdf_ids_read_with_their_header() -> Result<(), Error> {
    let ciphertext: Vec<u8> = (0..40u32).map(|i| (i * 31 % 256) as u8).collect();
    for (stored, kdf, id) in [
        (ENVELOPE_KDF_1, Kdf::Pbkdf2Sha256, 1u8),
        (ENVELOPE_KDF_2, Kdf::Pbkdf2Sha256Nfc, 2u8),
    ] {
        let e = envelope::decode(stored)?;
        assert_eq!(e.kdf, kdf);
        assert_eq!(e.iterations, DEFAULT_ITERATIONS);
        assert_eq!(e.salt, core::array::from_fn::<u8, SALT_LEN, _>(|i| i as u8));
        assert_eq!(
            e.nonce,
            core::array::from_fn::<u8, NONCE_LEN, _>(|i| 100 + i as u8)
        );
        assert_eq!(e.ciphertext, ciphertext);
        assert_eq!(e.aad().get(3), Some(&id), "the KDF id is authenticated");
        // Written back unchanged (a save keeps the KDF the value was opened with).
        assert_eq!(e.encode(), stored);
        // The oracle agrees on the base64url.
        let bin = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(stored.trim_start_matches("n1."))
            .map_err(|_| Error::Corrupt)?;
        assert_eq!(bin.first(), Some(&id));
    }
    let real = envelope::decode(ENVELOPE_KEPT_BY_A_BROWSER)?;
    assert_eq!(
        (real.kdf, real.iterations, real.ciphertext.len()),
        (Kdf::Pbkdf2Sha256, DEFAULT_ITERATIONS, 90)
    );
    assert_eq!(real.encode(), ENVELOPE_KEPT_BY_A_BROWSER);
    Ok(())
}

#[test]
fn the_first_plan_format_reads() -> Result<(), Error> {
    for bytes in [PLAN_FIRST.as_bytes().to_vec(), padded(PLAN_FIRST.into())] {
        let (p, d) = decode(&bytes)?;
        assert!(d.is_empty());
        assert!(p.is_checked(item(SectionId::GoBag, "cccd")?));
        assert!(p.is_checked(item(SectionId::People, "codeword")?));
        let f = FieldId::find(SectionId::People, "codeword").ok_or(Error::Corrupt)?;
        assert_eq!(p.field(f), "hoa sen 🌸");
        assert_eq!(p.checked_items().count(), 2);
        assert_eq!(p.written_fields().count(), 1);
        assert!(p.matters.stance().is_none() && p.trusted.is_empty());
    }
    Ok(())
}

#[test]
fn the_plan_with_what_matters_reads_and_is_written_the_same() -> Result<(), Error> {
    let p = plan::decode(PLAN_WITH_MATTERS.as_bytes())?;
    assert_eq!(p.matters.stance(), Some(Stance::Staying));
    assert_eq!(
        p.matters.priorities(),
        &[Priority::Family, Priority::Safety, Priority::Health]
    );
    assert_eq!(
        (p.trusted.name.as_str(), p.trusted.number.as_str()),
        ("Mẹ", "0901234567")
    );
    assert_eq!(p.trusted.word, "ផ្កាឈូក");
    assert!(p.print.matters && !p.print.trusted);
    assert_eq!(encode(&p, &Diary::new())?, PLAN_WITH_MATTERS.as_bytes());
    Ok(())
}

#[test]
fn the_diary_before_the_plan_reads_and_is_written_the_same() -> Result<(), Error> {
    let (p, d) = decode(DIARY_AND_PLAN.as_bytes())?;
    assert!(d.same_as(&the_diary()?), "{d:?}");
    let mut one = Plan::new();
    one.set_checked(item(SectionId::GoBag, "cccd")?, true);
    assert_eq!(p, one);
    assert_eq!(encode(&p, &d)?, DIARY_AND_PLAN.as_bytes());
    Ok(())
}

#[test]
fn the_padded_value_reads_and_is_padded_the_same() -> Result<(), Error> {
    let mut pinned = DIARY_AND_PLAN.as_bytes().to_vec();
    pinned.resize(PAD_MIN, 0);
    let (p, d) = decode(&pinned)?;
    assert!(d.same_as(&the_diary()?));
    assert_eq!(padded(encode(&p, &d)?), pinned);
    Ok(())
}

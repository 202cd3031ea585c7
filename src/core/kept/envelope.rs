//! The envelope: the one string that goes to storage, around the encrypted plaintext.
//! The crypto itself (PBKDF2-SHA256 + AES-GCM via WebCrypto) is `platform::crypto`'s;
//! this module says what the bytes look like and reads them back without ever
//! panicking, whatever a stored value holds.
//!
//! `n1.` + unpadded base64url of
//! `[kdf id u8][iterations u32 BE][salt 16][nonce 12][ciphertext length u32 BE][ciphertext]`.
//! KDF id 1: PBKDF2-SHA256 over the passphrase's UTF-8 bytes as typed (values kept before
//! the passphrase was normalised); id 2: the same over its Unicode NFC form, so the same
//! words typed with another input method open the value ([`Kdf::candidates`]).
//! The ciphertext is AES-GCM output (tag included). The header ([`Envelope::aad`]) must be
//! passed as AES-GCM additional data, so a changed iteration count, salt or nonce fails
//! authentication like a changed ciphertext does.

use super::{Error, MAX_PLAIN_BYTES};

/// Start of every envelope this version writes: `n` + format version + `.`.
pub const PREFIX: &str = "n1.";
pub const VERSION: u32 = 1;

/// PBKDF2 iterations for new envelopes (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
pub const DEFAULT_ITERATIONS: u32 = 600_000;
/// Fewer than this was never written by us: refused, so a planted blob cannot weaken the KDF.
pub const MIN_ITERATIONS: u32 = 600_000;
/// More than we ever write is refused as damaged before any work: a planted value must
/// not make a cheap phone spend minutes deriving a key. Twice the default leaves room
/// for a later, stronger default.
pub const MAX_ITERATIONS: u32 = 2 * DEFAULT_ITERATIONS;

pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
/// AES-GCM authentication tag, part of every ciphertext.
pub const TAG_LEN: usize = 16;
const HEADER_LEN: usize = 1 + 4 + SALT_LEN + NONCE_LEN + 4;

/// Longest envelope string we decode; longer input is rejected before any work.
pub const MAX_ENVELOPE_LEN: usize =
    PREFIX.len() + (HEADER_LEN + MAX_PLAIN_BYTES + TAG_LEN).div_ceil(3) * 4;

/// How the key is derived from the passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kdf {
    /// PBKDF2-SHA256 over the passphrase's UTF-8 bytes exactly as typed (id 1, read only:
    /// what was written before the passphrase was normalised).
    Pbkdf2Sha256,
    /// PBKDF2-SHA256 over the passphrase in Unicode NFC (id 2, every new value): "ô"
    /// typed as one character or as "o" and a combining mark is the same passphrase.
    Pbkdf2Sha256Nfc,
}

/// One passphrase to derive a key from, and whether it is the NFC form (then the key it
/// gives is also the key of KDF id 2 for that passphrase).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub text: &'a str,
    pub nfc: bool,
}

impl Kdf {
    fn id(self) -> u8 {
        match self {
            Kdf::Pbkdf2Sha256 => 1,
            Kdf::Pbkdf2Sha256Nfc => 2,
        }
    }

    fn from_id(id: u8) -> Option<Kdf> {
        match id {
            1 => Some(Kdf::Pbkdf2Sha256),
            2 => Some(Kdf::Pbkdf2Sha256Nfc),
            _ => None,
        }
    }

    /// What to derive a key from, in order, to open a value written with this KDF.
    /// `typed` is the passphrase as typed, `nfc` and `nfd` its two normal forms (the
    /// browser computes them). Id 2 needs only the NFC form. Id 1 was derived from
    /// whatever the keyboard produced then: as typed first (almost every such value),
    /// then each normal form that differs, so a passphrase kept with a keyboard that
    /// composes ("ô") opens when typed with one that decomposes ("o" + mark), and the
    /// reverse. Each candidate costs one PBKDF2 run, so none is tried twice.
    pub fn candidates<'a>(self, typed: &'a str, nfc: &'a str, nfd: &'a str) -> Vec<Candidate<'a>> {
        match self {
            Kdf::Pbkdf2Sha256Nfc => vec![Candidate {
                text: nfc,
                nfc: true,
            }],
            Kdf::Pbkdf2Sha256 => {
                let mut out: Vec<Candidate<'a>> = Vec::with_capacity(3);
                for (text, is_nfc) in [(typed, typed == nfc), (nfc, true), (nfd, nfd == nfc)] {
                    if !out.iter().any(|c| c.text == text) {
                        out.push(Candidate { text, nfc: is_nfc });
                    }
                }
                out
            }
        }
    }

    /// The KDF to write from now on with a key derived from `opened_with`: a key derived
    /// from the NFC form is the id-2 key too, so later saves upgrade the value for free.
    pub fn after_open(self, opened_with: Candidate<'_>) -> Kdf {
        if opened_with.nfc {
            Kdf::Pbkdf2Sha256Nfc
        } else {
            self
        }
    }
}

/// A passphrase, or one of its forms, held only while it is needed: its bytes are zeroed
/// when it is dropped (wasm memory is reused, never given back, so freed bytes would stay
/// readable until then). Copies outside the wasm (the field's own string, the strings
/// the browser makes while normalising) cannot be reached from here.
pub struct Secret(String);

impl Secret {
    pub fn new(text: String) -> Secret {
        Secret(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        wipe(std::mem::take(&mut self.0).into_bytes());
    }
}

/// Zeroes `bytes` before they are freed (see [`Secret`]).
pub fn wipe(mut bytes: Vec<u8>) {
    bytes.fill(0);
    // Keeps the zeroing from being optimised away as a write nobody reads.
    std::hint::black_box(&bytes);
}

/// What is stored: how to derive the key, and the encrypted plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub kdf: Kdf,
    pub iterations: u32,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub ciphertext: Vec<u8>,
}

impl Envelope {
    /// A new envelope with the default KDF, before encryption (`ciphertext` empty): build
    /// it, encrypt with [`Envelope::aad`] as additional data, then set `ciphertext`.
    pub fn new(salt: [u8; SALT_LEN], nonce: [u8; NONCE_LEN]) -> Envelope {
        Envelope {
            kdf: Kdf::Pbkdf2Sha256Nfc,
            iterations: DEFAULT_ITERATIONS,
            salt,
            nonce,
            ciphertext: Vec::new(),
        }
    }

    /// The prefix and everything before the ciphertext length: AES-GCM additional data.
    pub fn aad(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(PREFIX.len() + HEADER_LEN);
        v.extend_from_slice(PREFIX.as_bytes());
        v.push(self.kdf.id());
        v.extend_from_slice(&self.iterations.to_be_bytes());
        v.extend_from_slice(&self.salt);
        v.extend_from_slice(&self.nonce);
        v
    }

    /// The compact ASCII string to store.
    pub fn encode(&self) -> String {
        let mut bin = Vec::with_capacity(HEADER_LEN + self.ciphertext.len());
        bin.push(self.kdf.id());
        bin.extend_from_slice(&self.iterations.to_be_bytes());
        bin.extend_from_slice(&self.salt);
        bin.extend_from_slice(&self.nonce);
        let len = u32::try_from(self.ciphertext.len()).unwrap_or(u32::MAX);
        bin.extend_from_slice(&len.to_be_bytes());
        bin.extend_from_slice(&self.ciphertext);
        let mut s = String::from(PREFIX);
        base64_encode(&bin, &mut s);
        s
    }
}

/// Reads a stored value. Never panics; rejects oversized input before decoding it.
pub fn decode(stored: &str) -> Result<Envelope, Error> {
    let s = stored.trim_matches(|c: char| c.is_ascii_whitespace());
    if s.is_empty() {
        return Err(Error::Empty);
    }
    if s.len() > MAX_ENVELOPE_LEN {
        return Err(Error::Corrupt);
    }
    let body = match s.strip_prefix(PREFIX) {
        Some(body) => body,
        None => return Err(other_version_or_corrupt(s)),
    };
    let bin = base64_decode(body).ok_or(Error::Corrupt)?;
    let mut r = Reader(&bin);
    let kdf = r.u8().and_then(Kdf::from_id).ok_or(Error::Corrupt)?;
    let iterations = r.u32().ok_or(Error::Corrupt)?;
    let salt = r.array::<SALT_LEN>().ok_or(Error::Corrupt)?;
    let nonce = r.array::<NONCE_LEN>().ok_or(Error::Corrupt)?;
    let len = r.u32().ok_or(Error::Corrupt)?;
    let ciphertext = r.0;
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations)
        || usize::try_from(len).ok() != Some(ciphertext.len())
        || ciphertext.len() < TAG_LEN
        || ciphertext.len() > MAX_PLAIN_BYTES + TAG_LEN
    {
        return Err(Error::Corrupt);
    }
    Ok(Envelope {
        kdf,
        iterations,
        salt,
        nonce,
        ciphertext: ciphertext.to_vec(),
    })
}

/// `n<digits>.…` with other digits is a value from another version; anything else is not ours.
fn other_version_or_corrupt(s: &str) -> Error {
    let version = s
        .strip_prefix('n')
        .and_then(|rest| rest.split_once('.'))
        .map(|(v, _)| v)
        .filter(|v| !v.is_empty() && v.len() <= 9 && v.bytes().all(|b| b.is_ascii_digit()));
    if version.is_some() {
        Error::OtherVersion
    } else {
        Error::Corrupt
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).and_then(|b| b.first().copied())
    }

    fn u32(&mut self) -> Option<u32> {
        self.array::<4>().map(u32::from_be_bytes)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N).and_then(|b| b.try_into().ok())
    }
}

// Base64url without padding (RFC 4648 §5). These few lines beat a crate in the wasm
// (+2.3 KB brotli, measured); the tests check them against the `base64` crate.
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8], out: &mut String) {
    out.reserve(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = byte(0) << 16 | byte(1) << 8 | byte(2);
        for i in 0..=chunk.len() {
            // `& 63` keeps the index inside the 64-letter alphabet.
            let letter = B64
                .get((n >> (18 - 6 * i) & 63) as usize)
                .copied()
                .unwrap_or(b'A');
            out.push(char::from(letter));
        }
    }
}

fn base64_value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Strict: only the alphabet, no padding, and the unused low bits of the last character
/// must be zero (so every byte string has exactly one encoding).
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.as_bytes();
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    for chunk in s.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= base64_value(*c)? << (18 - 6 * i);
        }
        // A chunk of 2, 3 or 4 letters holds 1, 2 or 3 bytes (a lone letter was refused).
        let [_, bytes @ ..] = n.to_be_bytes();
        let (kept, unused) = bytes.split_at_checked(chunk.len() - 1)?;
        if unused.iter().any(|b| *b != 0) {
            return None;
        }
        out.extend_from_slice(kept);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kept::STORAGE_KEY;

    fn envelope(ct_len: usize) -> Envelope {
        let mut e = Envelope::new([7; SALT_LEN], [9; NONCE_LEN]);
        e.ciphertext = (0..ct_len).map(|i| (i * 31 % 256) as u8).collect();
        e
    }
    #[test]
    fn base64_round_trips_every_length_and_rejects_non_canonical() {
        for len in 0usize..70 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 97 + 13) as u8).collect();
            let mut s = String::new();
            base64_encode(&bytes, &mut s);
            assert_eq!(s.len(), (len * 4).div_ceil(3));
            assert_eq!(base64_decode(&s), Some(bytes));
        }
        // The `base64` crate as an oracle (a dev-dependency only), so the check is not
        // the code agreeing with itself.
        use base64::Engine as _;
        let oracle = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        for len in 0usize..70 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 151 + 7) as u8).collect();
            let mut s = String::new();
            base64_encode(&bytes, &mut s);
            assert_eq!(s, oracle.encode(&bytes));
            assert_eq!(base64_decode(&s), oracle.decode(&s).ok());
        }
        let mut s = String::new();
        base64_encode(b"\xfb\xff", &mut s);
        assert_eq!(s, "-_8");
        for bad in [
            "A", "AAAAA", "AB", "AAB", "AA==", "A+AA", "AA/A", "AA A", "ÀÀÀÀ",
        ] {
            assert_eq!(base64_decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn envelope_round_trips_and_starts_with_the_neutral_prefix() {
        for len in [TAG_LEN, TAG_LEN + 1, 100, 4096] {
            let e = envelope(len);
            let s = e.encode();
            assert!(s.starts_with("n1.") && s.is_ascii());
            assert_eq!(decode(&s), Ok(e.clone()));
            assert_eq!(decode(&format!("  {s}\n")), Ok(e));
        }
        let e = envelope(32);
        assert!(e.aad().starts_with(b"n1."));
        assert_eq!(e.aad().len(), PREFIX.len() + HEADER_LEN - 4);
        assert!(!STORAGE_KEY.contains("plan") && !STORAGE_KEY.contains("safe"));
    }

    #[test]
    fn bad_envelopes_are_errors() -> Result<(), Error> {
        assert_eq!(decode(""), Err(Error::Empty));
        assert_eq!(decode(" \n"), Err(Error::Empty));
        assert_eq!(decode("n2.AAAA"), Err(Error::OtherVersion));
        assert_eq!(decode("n10.whatever"), Err(Error::OtherVersion));
        let good = envelope(40).encode();
        let body = &good[PREFIX.len()..];
        for bad in [
            "garbage".to_string(),
            "n1.".into(),
            "n1".into(),
            "n.AAAA".into(),
            "nx.AAAA".into(),
            "{\"plan\":1}".into(),
            format!("N1.{body}"),
            format!("n1.{body}="),
            format!("n1.{body}A"),
            format!("n1.{}", body.replace(|c: char| c.is_ascii_digit(), "+")),
            format!("n1.!{}", &body[1..]),
            format!("n1.{body}{body}"),
        ] {
            assert!(decode(&bad).is_err(), "{bad}");
            assert!(matches!(
                decode(&bad),
                Err(Error::Corrupt) | Err(Error::OtherVersion)
            ));
        }
        // Wrong fields inside valid base64.
        let mut e = envelope(40);
        e.iterations = 1000;
        assert_eq!(decode(&e.encode()), Err(Error::Corrupt));
        e.iterations = u32::MAX;
        assert_eq!(decode(&e.encode()), Err(Error::Corrupt));
        // A planted value must not make the phone derive a key for minutes: more than
        // twice what we write is damaged, said before any passphrase is typed.
        for (iterations, ok) in [
            (MIN_ITERATIONS - 1, false),
            (MIN_ITERATIONS, true),
            (DEFAULT_ITERATIONS, true),
            (MAX_ITERATIONS, true),
            (MAX_ITERATIONS + 1, false),
            (10_000_000, false),
        ] {
            e.iterations = iterations;
            assert_eq!(decode(&e.encode()).is_ok(), ok, "{iterations}");
        }
        const { assert!(MAX_ITERATIONS <= 1_200_000) };
        assert_eq!(decode(&envelope(TAG_LEN - 1).encode()), Err(Error::Corrupt));
        let mut bin = base64_decode(body).ok_or(Error::Corrupt)?;
        bin[0] = 9; // unknown KDF
        let mut s = String::from(PREFIX);
        base64_encode(&bin, &mut s);
        assert_eq!(decode(&s), Err(Error::Corrupt));
        let mut bin = base64_decode(body).ok_or(Error::Corrupt)?;
        bin[HEADER_LEN - 1] ^= 1; // ciphertext length off by one
        let mut s = String::from(PREFIX);
        base64_encode(&bin, &mut s);
        assert_eq!(decode(&s), Err(Error::Corrupt));
        Ok(())
    }

    #[test]
    fn every_truncation_of_an_envelope_is_an_error() {
        let s = envelope(57).encode();
        for n in 0..s.len() {
            assert!(decode(&s[..n]).is_err(), "prefix of {n} chars was accepted");
        }
    }

    #[test]
    fn huge_input_is_refused_quickly() {
        let huge = format!("n1.{}", "A".repeat(MAX_ENVELOPE_LEN));
        assert_eq!(decode(&huge), Err(Error::Corrupt));
        let huge = "é".repeat(MAX_ENVELOPE_LEN);
        assert_eq!(decode(&huge), Err(Error::Corrupt));
        // The largest plan we write still fits.
        let mut e = envelope(MAX_PLAIN_BYTES + TAG_LEN);
        e.ciphertext.fill(0xab);
        assert_eq!(
            decode(&e.encode()).map(|e| e.ciphertext.len()),
            Ok(MAX_PLAIN_BYTES + TAG_LEN)
        );
    }

    // "Cô Ba ở Long Xuyên" in its two normal forms, written out code point by code point
    // (no normaliser in native tests): NFC has "ô" and "ở" precomposed; NFD has the base
    // letter followed by its combining marks (U+0302 circumflex, U+031B horn, U+0309 hook).
    const NFC: &str = "C\u{f4} Ba \u{1edf} Long Xuy\u{ea}n";
    const NFD: &str = "Co\u{302} Ba o\u{31b}\u{309} Long Xuye\u{302}n";
    // Unikey's "Unicode tổ hợp": precomposed vowel, combining tone mark: neither form.
    const MIXED: &str = "C\u{f4} Ba \u{1a1}\u{309} Long Xuy\u{ea}n";

    #[test]
    fn new_values_derive_from_the_nfc_form_only() {
        let e = Envelope::new([1; SALT_LEN], [2; NONCE_LEN]);
        assert_eq!(e.kdf, Kdf::Pbkdf2Sha256Nfc);
        assert_eq!(
            e.aad().get(PREFIX.len()),
            Some(&2),
            "KDF id 2 in the header"
        );
        for typed in [NFC, NFD, MIXED] {
            let c = Kdf::Pbkdf2Sha256Nfc.candidates(typed, NFC, NFD);
            assert_eq!(
                c,
                vec![Candidate {
                    text: NFC,
                    nfc: true
                }],
                "{typed:?}"
            );
        }
        assert_ne!(
            NFC.as_bytes(),
            NFD.as_bytes(),
            "the two forms differ as bytes"
        );
    }

    #[test]
    fn values_made_before_try_as_typed_first_then_each_other_form_once() {
        // Typed composed, kept decomposed (or the reverse): as typed, then the other form.
        assert_eq!(
            Kdf::Pbkdf2Sha256.candidates(NFC, NFC, NFD),
            vec![
                Candidate {
                    text: NFC,
                    nfc: true
                },
                Candidate {
                    text: NFD,
                    nfc: false
                },
            ]
        );
        assert_eq!(
            Kdf::Pbkdf2Sha256.candidates(NFD, NFC, NFD),
            vec![
                Candidate {
                    text: NFD,
                    nfc: false
                },
                Candidate {
                    text: NFC,
                    nfc: true
                },
            ]
        );
        // Neither form as typed: all three, as typed first.
        let c = Kdf::Pbkdf2Sha256.candidates(MIXED, NFC, NFD);
        assert_eq!(
            c.iter().map(|c| c.text).collect::<Vec<_>>(),
            [MIXED, NFC, NFD]
        );
        // ASCII (and any text already in both forms): one PBKDF2 run, as before.
        let ascii = "three unrelated words";
        assert_eq!(
            Kdf::Pbkdf2Sha256.candidates(ascii, ascii, ascii),
            vec![Candidate {
                text: ascii,
                nfc: true
            }]
        );
    }

    #[test]
    fn a_key_from_the_nfc_form_upgrades_the_value_on_its_next_save() {
        let old = Kdf::Pbkdf2Sha256;
        let by_nfc = Candidate {
            text: NFC,
            nfc: true,
        };
        let by_raw = Candidate {
            text: NFD,
            nfc: false,
        };
        assert_eq!(old.after_open(by_nfc), Kdf::Pbkdf2Sha256Nfc);
        assert_eq!(
            old.after_open(by_raw),
            Kdf::Pbkdf2Sha256,
            "a raw-only key stays id 1"
        );
        assert_eq!(
            Kdf::Pbkdf2Sha256Nfc.after_open(by_nfc),
            Kdf::Pbkdf2Sha256Nfc
        );
    }

    #[test]
    fn both_kdf_ids_are_read_and_bound_to_the_header() -> Result<(), Error> {
        for (kdf, id) in [(Kdf::Pbkdf2Sha256, 1u8), (Kdf::Pbkdf2Sha256Nfc, 2u8)] {
            let mut e = envelope(40);
            e.kdf = kdf;
            let s = e.encode();
            let bin = base64_decode(&s[PREFIX.len()..]).ok_or(Error::Corrupt)?;
            assert_eq!(bin.first(), Some(&id));
            assert_eq!(decode(&s)?.kdf, kdf);
            assert_eq!(e.aad().get(PREFIX.len()), Some(&id));
        }
        let (mut one, mut two) = (envelope(40), envelope(40));
        one.kdf = Kdf::Pbkdf2Sha256;
        two.kdf = Kdf::Pbkdf2Sha256Nfc;
        assert_ne!(
            one.aad(),
            two.aad(),
            "a changed KDF id fails authentication"
        );
        Ok(())
    }
}

//! The format of a kept plan, pure: the plaintext that gets encrypted, and the envelope
//! string that goes to storage. The crypto itself (PBKDF2-SHA256 + AES-GCM via WebCrypto)
//! lives in the platform layer; this module only says what the bytes look like and reads
//! them back without ever panicking, whatever a stored value holds.
//!
//! Plaintext (UTF-8, hand-written: four line kinds, no dependency, easy to read in a test):
//! ```text
//! plan 1
//! c <section>.<item>            one ticked item
//! t <section>.<field> <bytes>   then exactly <bytes> of text and a newline
//! s <stance>                    where the person is ("what matters to me")
//! p <priority>                  one line per priority, in the person's order
//! u <name|number|word> <bytes>  the trusted person, text as for `t`
//! o <matters|trusted>           print that part with the plan
//! end
//! ```
//! The `s`, `p`, `u` and `o` lines appear only when there is something to say, so a plan
//! without them encodes exactly as before they existed.
//! Unknown section/item/field codes are skipped, so removing an item never makes an older
//! plan unreadable. Anything else malformed, truncated or trailing is an error.
//!
//! Envelope: `n1.` + unpadded base64url of
//! `[kdf id u8][iterations u32 BE][salt 16][nonce 12][ciphertext length u32 BE][ciphertext]`.
//! KDF id 1: PBKDF2-SHA256 over the passphrase's UTF-8 bytes as typed (values kept before
//! the passphrase was normalised); id 2: the same over its Unicode NFC form, so the same
//! words typed with another input method open the value ([`Kdf::candidates`]).
//! The ciphertext is AES-GCM output (tag included). The header ([`Envelope::aad`]) must be
//! passed as AES-GCM additional data, so a changed iteration count, salt or nonce fails
//! authentication like a changed ciphertext does.

use crate::core::plan::matters::{Priority, Stance};
use crate::core::plan::trusted::TrustedField;
use crate::core::plan::{FieldId, ItemId, Plan, SectionId};
use crate::keys;

/// The one storage key. It says nothing about what is kept ("notes", like the app's
/// neutral name "Sổ tay / Notebook"); the number lets a later format sit beside it.
pub const STORAGE_KEY: &str = "notes-1";

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

/// Largest plaintext we write or read (1 MiB: far beyond any real plan, well inside
/// localStorage's usual 5 MB).
pub const MAX_PLAIN_BYTES: usize = 1 << 20;
/// Longest envelope string we decode; longer input is rejected before any work.
pub const MAX_ENVELOPE_LEN: usize =
    PREFIX.len() + (HEADER_LEN + MAX_PLAIN_BYTES + TAG_LEN).div_ceil(3) * 4;

const PLAIN_HEADER: &[u8] = b"plan 1\n";
const PLAIN_END: &[u8] = b"end\n";

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

/// Why a kept plan could not be read or written. Each maps to one clear message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultError {
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

impl VaultError {
    /// The message to show.
    pub fn key(self) -> &'static str {
        match self {
            VaultError::Empty | VaultError::Corrupt => keys::PLAN_BLOB_CORRUPT,
            VaultError::OtherVersion => keys::PLAN_BLOB_OTHER_VERSION,
            VaultError::TooLarge => keys::PLAN_TOO_LARGE,
            VaultError::WrongPassphrase => keys::PLAN_WRONG_PASSPHRASE,
        }
    }

    /// Whether to offer "delete it from this device": the stored value can never open.
    pub fn offers_delete(self) -> bool {
        matches!(
            self,
            VaultError::Empty | VaultError::Corrupt | VaultError::OtherVersion
        )
    }
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
pub fn decode_envelope(stored: &str) -> Result<Envelope, VaultError> {
    let s = stored.trim_matches(|c: char| c.is_ascii_whitespace());
    if s.is_empty() {
        return Err(VaultError::Empty);
    }
    if s.len() > MAX_ENVELOPE_LEN {
        return Err(VaultError::Corrupt);
    }
    let body = match s.strip_prefix(PREFIX) {
        Some(body) => body,
        None => return Err(other_version_or_corrupt(s)),
    };
    let bin = base64_decode(body).ok_or(VaultError::Corrupt)?;
    let mut r = Reader(&bin);
    let kdf = r.u8().and_then(Kdf::from_id).ok_or(VaultError::Corrupt)?;
    let iterations = r.u32().ok_or(VaultError::Corrupt)?;
    let salt = r.array::<SALT_LEN>().ok_or(VaultError::Corrupt)?;
    let nonce = r.array::<NONCE_LEN>().ok_or(VaultError::Corrupt)?;
    let len = r.u32().ok_or(VaultError::Corrupt)?;
    let ciphertext = r.0;
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations)
        || usize::try_from(len).ok() != Some(ciphertext.len())
        || ciphertext.len() < TAG_LEN
        || ciphertext.len() > MAX_PLAIN_BYTES + TAG_LEN
    {
        return Err(VaultError::Corrupt);
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
fn other_version_or_corrupt(s: &str) -> VaultError {
    let version = s
        .strip_prefix('n')
        .and_then(|rest| rest.split_once('.'))
        .map(|(v, _)| v)
        .filter(|v| !v.is_empty() && v.len() <= 9 && v.bytes().all(|b| b.is_ascii_digit()));
    if version.is_some() {
        VaultError::OtherVersion
    } else {
        VaultError::Corrupt
    }
}

/// The plaintext to encrypt. Fails only when the plan is too long to keep.
pub fn encode_plan(plan: &Plan) -> Result<Vec<u8>, VaultError> {
    let mut out = Vec::from(PLAIN_HEADER);
    for item in plan.checked_items() {
        out.extend_from_slice(format!("c {}.{}\n", item.section().code(), item.code()).as_bytes());
    }
    for (field, text) in plan.written_fields() {
        out.extend_from_slice(
            format!(
                "t {}.{} {}\n",
                field.section().code(),
                field.code(),
                text.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(text.as_bytes());
        out.push(b'\n');
        if out.len() > MAX_PLAIN_BYTES {
            return Err(VaultError::TooLarge);
        }
    }
    if let Some(stance) = plan.matters.stance() {
        out.extend_from_slice(format!("s {}\n", stance.code()).as_bytes());
    }
    for p in plan.matters.priorities() {
        out.extend_from_slice(format!("p {}\n", p.code()).as_bytes());
    }
    for f in TrustedField::ALL {
        let text = plan.trusted.get(f);
        if !text.is_empty() {
            out.extend_from_slice(format!("u {} {}\n", f.code(), text.len()).as_bytes());
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
            if out.len() > MAX_PLAIN_BYTES {
                return Err(VaultError::TooLarge);
            }
        }
    }
    for (on, code) in [
        (plan.print.matters, "matters"),
        (plan.print.trusted, "trusted"),
    ] {
        if on {
            out.extend_from_slice(format!("o {code}\n").as_bytes());
        }
    }
    out.extend_from_slice(PLAIN_END);
    if out.len() > MAX_PLAIN_BYTES {
        return Err(VaultError::TooLarge);
    }
    Ok(out)
}

/// Reads decrypted plaintext back into a plan. Never panics.
pub fn decode_plan(bytes: &[u8]) -> Result<Plan, VaultError> {
    if bytes.is_empty() {
        return Err(VaultError::Empty);
    }
    if bytes.len() > MAX_PLAIN_BYTES {
        return Err(VaultError::Corrupt);
    }
    let mut rest = match bytes.strip_prefix(PLAIN_HEADER) {
        Some(rest) => rest,
        None => {
            let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
            let other = first.strip_prefix(b"plan ").is_some_and(|v| {
                v != b"1" && !v.is_empty() && v.len() <= 9 && v.iter().all(u8::is_ascii_digit)
            });
            return Err(if other {
                VaultError::OtherVersion
            } else {
                VaultError::Corrupt
            });
        }
    };
    let mut plan = Plan::new();
    loop {
        let nl = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or(VaultError::Corrupt)?;
        let (line, tail) = rest.split_at_checked(nl).ok_or(VaultError::Corrupt)?;
        let line = std::str::from_utf8(line).map_err(|_| VaultError::Corrupt)?;
        rest = tail.get(1..).ok_or(VaultError::Corrupt)?;
        if line == "end" {
            return if rest.is_empty() {
                Ok(plan)
            } else {
                Err(VaultError::Corrupt)
            };
        }
        let mut parts = line.split(' ');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("c"), Some(id), None, None) => {
                let (s, code) = split_id(id)?;
                if let Some(item) = s.and_then(|s| ItemId::find(s, code)) {
                    plan.set_checked(item, true);
                }
            }
            (Some("t"), Some(id), Some(len), None) => {
                let (s, code) = split_id(id)?;
                let text;
                (text, rest) = take_text(rest, len)?;
                if let Some(field) = s.and_then(|s| FieldId::find(s, code)) {
                    plan.set_field(field, text);
                }
            }
            (Some("s"), Some(code), None, None) => {
                check_code(code)?;
                if let Some(stance) = Stance::from_code(code) {
                    plan.matters.set_stance(Some(stance));
                }
            }
            (Some("p"), Some(code), None, None) => {
                check_code(code)?;
                if let Some(p) = Priority::from_code(code) {
                    plan.matters.choose(p);
                }
            }
            (Some("u"), Some(code), Some(len), None) => {
                check_code(code)?;
                let text;
                (text, rest) = take_text(rest, len)?;
                if let Some(f) = TrustedField::from_code(code) {
                    plan.trusted.set(f, text);
                }
            }
            (Some("o"), Some(code), None, None) => match code {
                "matters" => plan.print.matters = true,
                "trusted" => plan.print.trusted = true,
                _ => check_code(code)?,
            },
            _ => return Err(VaultError::Corrupt),
        }
    }
}

/// A text's `<bytes>` and the text after it (exactly that many bytes, then a newline):
/// the text and what follows.
fn take_text<'a>(rest: &'a [u8], len: &str) -> Result<(&'a str, &'a [u8]), VaultError> {
    if len.is_empty() || len.len() > 7 || !len.bytes().all(|b| b.is_ascii_digit()) {
        return Err(VaultError::Corrupt);
    }
    let len: usize = len.parse().map_err(|_| VaultError::Corrupt)?;
    let (text, tail) = rest.split_at_checked(len).ok_or(VaultError::Corrupt)?;
    let tail = tail.strip_prefix(b"\n").ok_or(VaultError::Corrupt)?;
    let text = std::str::from_utf8(text).map_err(|_| VaultError::Corrupt)?;
    Ok((text, tail))
}

/// A code we may not know (a later version's: skipped) but that must look like one.
fn check_code(code: &str) -> Result<(), VaultError> {
    if !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        Ok(())
    } else {
        Err(VaultError::Corrupt)
    }
}

/// `section.code` → the section if we know it (None: skip), and the inner code.
fn split_id(id: &str) -> Result<(Option<SectionId>, &str), VaultError> {
    let (s, code) = id.split_once('.').ok_or(VaultError::Corrupt)?;
    if s.is_empty() || code.is_empty() {
        return Err(VaultError::Corrupt);
    }
    Ok((SectionId::from_code(s), code))
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

// Base64url without padding (RFC 4648 §5). Twenty lines here beat a crate in the wasm.
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
    use crate::core::plan::PrintChoice;

    fn full_plan() -> Plan {
        let mut p = Plan::new();
        for s in SectionId::ALL {
            for i in s.items().step_by(2) {
                p.set_checked(i, true);
            }
        }
        let texts = [
            "Chị Lan, 0912 345 678 — nhà ở Long Xuyên, ấp Mỹ Hòa 🏠",
            "ផ្ទះបងស្រី នៅក្បែរវត្ត 🙏",
            "emoji 👩‍👧‍👦🇻🇳 and a line\nbreak, \"quotes\", tabs\t, t c.x 3\nend\n",
            "   leading and trailing spaces   ",
            "\u{0}\u{1f}\u{7f}\u{feff}\u{200b}",
        ];
        for (k, f) in SectionId::ALL
            .into_iter()
            .flat_map(|s| s.fields())
            .enumerate()
        {
            p.set_field(f, texts[k % texts.len()]);
        }
        p.matters.set_stance(Some(Stance::NotSure));
        p.matters.choose(Priority::Children);
        p.matters.choose(Priority::MoneyHome);
        p.trusted.name = "Chị Hai 👩".into();
        p.trusted.number = "+84 90 123 45 67".into();
        p.trusted.word = "bánh xèo\nend\n".into();
        p.print.trusted = true;
        p
    }

    fn envelope(ct_len: usize) -> Envelope {
        let mut e = Envelope::new([7; SALT_LEN], [9; NONCE_LEN]);
        e.ciphertext = (0..ct_len).map(|i| (i * 31 % 256) as u8).collect();
        e
    }

    /// xorshift64*: a tiny deterministic source for the mutation loops.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
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
    fn plan_round_trips_every_script_and_long_text() -> Result<(), VaultError> {
        let p = full_plan();
        let bytes = encode_plan(&p)?;
        assert_eq!(decode_plan(&bytes), Ok(p));

        let mut big = Plan::new();
        let f = SectionId::After
            .fields()
            .next()
            .ok_or(VaultError::Corrupt)?;
        let long = "Ngày 3/5: anh ấy đập cửa. ថ្ងៃទី៣ 😢 ".repeat(100_000 / 40);
        assert!(long.len() >= 100_000);
        big.set_field(f, long.clone());
        let back = decode_plan(&encode_plan(&big)?)?;
        assert_eq!(back.field(f), long);

        assert_eq!(decode_plan(&encode_plan(&Plan::new())?), Ok(Plan::new()));
        Ok(())
    }

    #[test]
    fn the_v1_plaintext_stays_readable() -> Result<(), VaultError> {
        // Pinned: plans kept today must open after later changes to the guide.
        let v1 = "plan 1\nc gobag.cccd\nc people.codeword\nt people.codeword 12\nhoa sen 🌸\nt incident.goto 0\n\nend\n";
        let p = decode_plan(v1.as_bytes())?;
        assert!(p.is_checked(ItemId::find(SectionId::GoBag, "cccd").ok_or(VaultError::Corrupt)?));
        assert!(
            p.is_checked(ItemId::find(SectionId::People, "codeword").ok_or(VaultError::Corrupt)?)
        );
        assert_eq!(
            p.field(FieldId::find(SectionId::People, "codeword").ok_or(VaultError::Corrupt)?),
            "hoa sen 🌸"
        );
        assert_eq!(p.checked_items().count(), 2);
        assert_eq!(p.written_fields().count(), 1);
        Ok(())
    }

    #[test]
    fn a_plan_without_answers_or_trusted_person_encodes_as_before() -> Result<(), VaultError> {
        let mut p = Plan::new();
        for (s, code) in [(SectionId::GoBag, "cccd"), (SectionId::People, "codeword")] {
            p.set_checked(ItemId::find(s, code).ok_or(VaultError::Corrupt)?, true);
        }
        let f = FieldId::find(SectionId::People, "codeword").ok_or(VaultError::Corrupt)?;
        p.set_field(f, "hoa sen 🌸");
        // The bytes this plan was kept as before "what matters" and the trusted person.
        let before =
            "plan 1\nc people.codeword\nc gobag.cccd\nt people.codeword 12\nhoa sen 🌸\nend\n";
        assert_eq!(encode_plan(&p)?, before.as_bytes());
        Ok(())
    }

    #[test]
    fn answers_trusted_person_and_print_choices_round_trip() -> Result<(), VaultError> {
        let mut p = Plan::new();
        p.matters.set_stance(Some(Stance::Staying));
        for x in [Priority::Family, Priority::Safety, Priority::Health] {
            p.matters.choose(x);
        }
        p.trusted.name = "Mẹ".into();
        p.trusted.number = "0901234567".into();
        p.trusted.word = "ផ្កាឈូក".into();
        p.print.matters = true;
        let bytes = encode_plan(&p)?;
        let text = String::from_utf8_lossy(&bytes);
        assert_eq!(
            text,
            "plan 1\ns staying\np family\np safety\np health\nu name 4\nMẹ\nu number 10\n0901234567\nu word 21\nផ្កាឈូក\no matters\nend\n"
        );
        assert_eq!(decode_plan(&bytes), Ok(p.clone()));
        // A later version's stance, priority, field or print choice is skipped.
        let later = "plan 1\ns moved-abroad\np faith\np family\nu photo 2\nab\no diary\nend\n";
        let back = decode_plan(later.as_bytes())?;
        assert_eq!(back.matters.priorities(), &[Priority::Family]);
        assert!(back.matters.stance().is_none() && back.trusted.is_empty());
        assert_eq!(back.print, PrintChoice::default());
        // More priorities than a few: only the first few are kept.
        let many = "plan 1\np safety\np children\np health\np family\nend\n";
        assert_eq!(decode_plan(many.as_bytes())?.matters.priorities().len(), 3);
        for bad in [
            &b"plan 1\ns\nend\n"[..],
            b"plan 1\ns Staying\nend\n",
            b"plan 1\ns staying x\nend\n",
            b"plan 1\np \nend\n",
            b"plan 1\nu name\nab\nend\n",
            b"plan 1\nu name 3\nab\nend\n",
            b"plan 1\nu name 1\nab\nend\n",
            b"plan 1\nu NAME 2\nab\nend\n",
            b"plan 1\no\nend\n",
            b"plan 1\no Matters\nend\n",
        ] {
            assert_eq!(
                decode_plan(bad),
                Err(VaultError::Corrupt),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        Ok(())
    }

    #[test]
    fn unknown_codes_are_skipped_not_fatal() -> Result<(), VaultError> {
        let s = "plan 1\nc gobag.rocket\nc moon.cccd\nt gobag.nope 3\nabc\nc gobag.keys\nend\n";
        let p = decode_plan(s.as_bytes())?;
        assert_eq!(
            p.checked_items().collect::<Vec<_>>(),
            vec![ItemId::find(SectionId::GoBag, "keys").ok_or(VaultError::Corrupt)?]
        );
        assert_eq!(p.written_fields().count(), 0);
        Ok(())
    }

    #[test]
    fn bad_plaintexts_are_errors() {
        assert_eq!(decode_plan(b""), Err(VaultError::Empty));
        assert_eq!(decode_plan(b"plan 2\nend\n"), Err(VaultError::OtherVersion));
        assert_eq!(decode_plan(b"plan 17\n"), Err(VaultError::OtherVersion));
        for bad in [
            &b"garbage"[..],
            b"plan 1",
            b"plan 1\n",
            b"plan 1\nend",
            b"plan 1\nend\nx",
            b"plan 1\nend\n\n",
            b"plan x\nend\n",
            b"plan 1\nc\nend\n",
            b"plan 1\nc gobag\nend\n",
            b"plan 1\nc .cccd\nend\n",
            b"plan 1\nc gobag. \nend\n",
            b"plan 1\nc gobag.cccd extra\nend\n",
            b"plan 1\nx gobag.cccd\nend\n",
            b"plan 1\nt people.places\nabc\nend\n",
            b"plan 1\nt people.places -3\nabc\nend\n",
            b"plan 1\nt people.places 4\nabc\nend\n",
            b"plan 1\nt people.places 2\nabc\nend\n",
            b"plan 1\nt people.places 99999999\nabc\nend\n",
            b"plan 1\nt people.places 18446744073709551616\nend\n",
            b"plan 1\nt people.places 2\n\xff\xfe\nend\n",
            b"plan 1\nc gobag.\xff\nend\n",
        ] {
            assert_eq!(
                decode_plan(bad),
                Err(VaultError::Corrupt),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        assert_eq!(
            decode_plan(&vec![b'a'; MAX_PLAIN_BYTES + 1]),
            Err(VaultError::Corrupt)
        );
    }

    #[test]
    fn every_truncation_of_a_plaintext_is_an_error() -> Result<(), VaultError> {
        let bytes = encode_plan(&full_plan())?;
        for n in 0..bytes.len() {
            assert!(
                decode_plan(&bytes[..n]).is_err(),
                "prefix of {n} bytes was accepted"
            );
        }
        Ok(())
    }

    #[test]
    fn a_plan_too_long_to_keep_is_refused_when_saving() -> Result<(), VaultError> {
        let mut p = Plan::new();
        let f = SectionId::SelfCare
            .fields()
            .next()
            .ok_or(VaultError::Corrupt)?;
        p.set_field(f, "ក".repeat(MAX_PLAIN_BYTES / 3 + 1));
        assert_eq!(encode_plan(&p), Err(VaultError::TooLarge));
        assert_eq!(VaultError::TooLarge.key(), keys::PLAN_TOO_LARGE);
        Ok(())
    }

    #[test]
    fn envelope_round_trips_and_starts_with_the_neutral_prefix() {
        for len in [TAG_LEN, TAG_LEN + 1, 100, 4096] {
            let e = envelope(len);
            let s = e.encode();
            assert!(s.starts_with("n1.") && s.is_ascii());
            assert_eq!(decode_envelope(&s), Ok(e.clone()));
            assert_eq!(decode_envelope(&format!("  {s}\n")), Ok(e));
        }
        let e = envelope(32);
        assert!(e.aad().starts_with(b"n1."));
        assert_eq!(e.aad().len(), PREFIX.len() + HEADER_LEN - 4);
        assert!(!STORAGE_KEY.contains("plan") && !STORAGE_KEY.contains("safe"));
    }

    #[test]
    fn bad_envelopes_are_errors() -> Result<(), VaultError> {
        assert_eq!(decode_envelope(""), Err(VaultError::Empty));
        assert_eq!(decode_envelope(" \n"), Err(VaultError::Empty));
        assert_eq!(decode_envelope("n2.AAAA"), Err(VaultError::OtherVersion));
        assert_eq!(
            decode_envelope("n10.whatever"),
            Err(VaultError::OtherVersion)
        );
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
            assert!(decode_envelope(&bad).is_err(), "{bad}");
            assert!(matches!(
                decode_envelope(&bad),
                Err(VaultError::Corrupt) | Err(VaultError::OtherVersion)
            ));
        }
        // Wrong fields inside valid base64.
        let mut e = envelope(40);
        e.iterations = 1000;
        assert_eq!(decode_envelope(&e.encode()), Err(VaultError::Corrupt));
        e.iterations = u32::MAX;
        assert_eq!(decode_envelope(&e.encode()), Err(VaultError::Corrupt));
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
            assert_eq!(decode_envelope(&e.encode()).is_ok(), ok, "{iterations}");
        }
        const { assert!(MAX_ITERATIONS <= 1_200_000) };
        assert_eq!(
            decode_envelope(&envelope(TAG_LEN - 1).encode()),
            Err(VaultError::Corrupt)
        );
        let mut bin = base64_decode(body).ok_or(VaultError::Corrupt)?;
        bin[0] = 9; // unknown KDF
        let mut s = String::from(PREFIX);
        base64_encode(&bin, &mut s);
        assert_eq!(decode_envelope(&s), Err(VaultError::Corrupt));
        let mut bin = base64_decode(body).ok_or(VaultError::Corrupt)?;
        bin[HEADER_LEN - 1] ^= 1; // ciphertext length off by one
        let mut s = String::from(PREFIX);
        base64_encode(&bin, &mut s);
        assert_eq!(decode_envelope(&s), Err(VaultError::Corrupt));
        Ok(())
    }

    #[test]
    fn every_truncation_of_an_envelope_is_an_error() {
        let s = envelope(57).encode();
        for n in 0..s.len() {
            assert!(
                decode_envelope(&s[..n]).is_err(),
                "prefix of {n} chars was accepted"
            );
        }
    }

    #[test]
    fn huge_input_is_refused_quickly() {
        let huge = format!("n1.{}", "A".repeat(MAX_ENVELOPE_LEN));
        assert_eq!(decode_envelope(&huge), Err(VaultError::Corrupt));
        let huge = "é".repeat(MAX_ENVELOPE_LEN);
        assert_eq!(decode_envelope(&huge), Err(VaultError::Corrupt));
        // The largest plan we write still fits.
        let mut e = envelope(MAX_PLAIN_BYTES + TAG_LEN);
        e.ciphertext.fill(0xab);
        assert_eq!(
            decode_envelope(&e.encode()).map(|e| e.ciphertext.len()),
            Ok(MAX_PLAIN_BYTES + TAG_LEN)
        );
    }

    #[test]
    fn errors_map_to_messages_and_delete_offers() {
        assert!(VaultError::Corrupt.offers_delete() && VaultError::OtherVersion.offers_delete());
        // A wrong passphrase must never lead toward deleting the plan.
        assert!(!VaultError::WrongPassphrase.offers_delete());
        assert!(!VaultError::TooLarge.offers_delete());
    }

    #[test]
    fn random_mutations_never_panic() -> Result<(), VaultError> {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let env = envelope(64).encode().into_bytes();
        let plain = encode_plan(&full_plan())?;
        let alphabet = b"AZaz09-_.=+/ n1\n\xff\x00";
        for round in 0..20_000 {
            let (base, is_env) = if round % 2 == 0 {
                (&env, true)
            } else {
                (&plain, false)
            };
            let mut m = base.clone();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(m.len() + 1);
                match rng.below(4) {
                    0 if at < m.len() => m[at] = alphabet[rng.below(alphabet.len())],
                    1 if at < m.len() => {
                        m.remove(at);
                    }
                    2 => m.insert(at, rng.next() as u8),
                    _ => m.truncate(at),
                }
            }
            if is_env {
                let s = String::from_utf8_lossy(&m);
                if let Ok(e) = decode_envelope(&s) {
                    assert_eq!(decode_envelope(&e.encode()), Ok(e));
                }
            } else if let Ok(p) = decode_plan(&m) {
                assert_eq!(decode_plan(&encode_plan(&p)?), Ok(p));
            }
        }
        Ok(())
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
    fn both_kdf_ids_are_read_and_bound_to_the_header() -> Result<(), VaultError> {
        for (kdf, id) in [(Kdf::Pbkdf2Sha256, 1u8), (Kdf::Pbkdf2Sha256Nfc, 2u8)] {
            let mut e = envelope(40);
            e.kdf = kdf;
            let s = e.encode();
            let bin = base64_decode(&s[PREFIX.len()..]).ok_or(VaultError::Corrupt)?;
            assert_eq!(bin.first(), Some(&id));
            assert_eq!(decode_envelope(&s)?.kdf, kdf);
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

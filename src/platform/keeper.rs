//! Keeping the plan on this device, as one service: encode (`core::kept`), encrypt
//! (`platform::crypto`), store (`platform::storage`), and back. Errors stay typed all the
//! way to the UI, which turns them into words at its edge (`KeepError::key`).
//!
//! What is kept is one value: the plan and, if the person writes one, the diary
//! (`core::kept` joins them). A kept or opened value leaves in memory one
//! [`Unlocked`]: its non-extractable key, the envelope it was written in and the plan and
//! diary as last saved. The caller holds it
//! (`ui::state::Session`), so quick exit can drop it with everything else.

use web_sys::CryptoKey;

use crate::core::diary::Diary;
use crate::core::kept::envelope::{self, Envelope, Secret};
use crate::core::kept::{self, Error as FormatError};
use crate::core::plan::Plan;
use crate::keys;
use crate::platform::crypto::{self, CryptoError};
use crate::platform::storage::{self, Availability, StorageError};

/// The key of the value kept or opened in this page, the envelope it was written in, and
/// the plan and diary as they were last saved (to tell whether there are changes to save).
#[derive(Clone)]
pub struct Unlocked {
    key: CryptoKey,
    envelope: Envelope,
    saved: Plan,
    saved_diary: Diary,
}

impl Unlocked {
    /// The plan as it was last kept or opened.
    pub fn saved(&self) -> &Plan {
        &self.saved
    }

    /// The diary as it was last kept or opened.
    pub fn saved_diary(&self) -> &Diary {
        &self.saved_diary
    }

    /// Whether `plan` differs from what is kept.
    pub fn differs_from(&self, plan: &Plan) -> bool {
        *plan != self.saved
    }

    /// Whether `diary` differs from what is kept.
    pub fn diary_differs_from(&self, diary: &Diary) -> bool {
        !diary.same_as(&self.saved_diary)
    }

    /// A stand-in with no real key, for native tests of whoever holds one.
    #[cfg(test)]
    pub fn for_test(saved: Plan) -> Unlocked {
        Unlocked::for_test_with(saved, Diary::new())
    }

    /// The same, with a kept diary.
    #[cfg(test)]
    pub fn for_test_with(saved: Plan, saved_diary: Diary) -> Unlocked {
        use wasm_bindgen::JsCast;
        Unlocked {
            // A fixed JS value: creating and dropping it calls nothing in the browser.
            key: wasm_bindgen::JsValue::NULL.unchecked_into(),
            envelope: Envelope::new([1; envelope::SALT_LEN], [2; envelope::NONCE_LEN]),
            saved,
            saved_diary,
        }
    }
}

/// Why keeping, saving or opening did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepError {
    Format(FormatError),
    Crypto(CryptoError),
    Storage(StorageError),
}

impl From<FormatError> for KeepError {
    fn from(e: FormatError) -> Self {
        KeepError::Format(e)
    }
}
impl From<CryptoError> for KeepError {
    fn from(e: CryptoError) -> Self {
        KeepError::Crypto(e)
    }
}
impl From<StorageError> for KeepError {
    fn from(e: StorageError) -> Self {
        KeepError::Storage(e)
    }
}

impl KeepError {
    /// The message to show.
    pub fn key(self) -> &'static str {
        match self {
            KeepError::Format(e) => e.key(),
            KeepError::Crypto(CryptoError::Unavailable) => keys::PLAN_CRYPTO_UNAVAILABLE,
            KeepError::Crypto(CryptoError::Rejected) => keys::PLAN_WRONG_PASSPHRASE,
            KeepError::Storage(StorageError::Unavailable) => keys::PLAN_STORAGE_UNAVAILABLE,
            KeepError::Storage(StorageError::Refused) => keys::PLAN_STORAGE_REFUSED,
        }
    }

    /// Whether to offer "delete it from this device": the stored value can never open.
    pub fn offers_delete(self) -> bool {
        matches!(self, KeepError::Format(e) if e.offers_delete())
    }
}

/// What is on this device now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// Storage is missing here.
    Unavailable,
    /// Nothing kept.
    Nothing,
    /// A value is kept; `Err` when it can be seen at once that it will never open.
    Something(Result<(), FormatError>),
}

/// Reads only the envelope (no passphrase, no crypto): what is kept, and whether it is
/// readable at all. Cheap: the envelope's size and iteration count are bounded.
pub fn kept() -> Kept {
    if storage::availability() == Availability::Unavailable {
        return Kept::Unavailable;
    }
    match storage::load() {
        None => Kept::Nothing,
        Some(s) => Kept::Something(envelope::decode(&s).map(|_| ())),
    }
}

/// A value encrypted and ready to store, with what it leaves in memory once stored. Kept
/// apart from storing so the caller can drop it unstored when the page was left while
/// the key was being derived (`ui::state::Session::still`).
pub struct Sealed {
    value: String,
    unlocked: Unlocked,
}

impl Sealed {
    /// Writes the value to storage; the key and the saved copy are the caller's to hold.
    pub fn store(self) -> Result<Unlocked, KeepError> {
        storage::save(&self.value)?;
        Ok(self.unlocked)
    }
}

/// The plaintext to encrypt, padded (`core::kept::padded`).
fn plaintext(plan: &Plan, diary: &Diary) -> Result<Vec<u8>, KeepError> {
    Ok(kept::padded(kept::encode(plan, diary)?))
}

/// Encrypts `plan` and `diary` under a new passphrase, derived from its NFC form (KDF id
/// 2), so the same words typed with another keyboard open it.
pub async fn keep(plan: Plan, diary: Diary, passphrase: &Secret) -> Result<Sealed, KeepError> {
    let plain = plaintext(&plan, &diary)?;
    let mut envelope = crypto::new_envelope()?;
    let nfc = Secret::new(crypto::normalize(passphrase.as_str(), "NFC"));
    let key = crypto::derive_key(nfc.as_str().as_bytes(), &envelope.salt, envelope.iterations);
    let key = key.await;
    drop(nfc);
    let key = key?;
    let sealed = crypto::seal(&key, &mut envelope, &plain).await;
    envelope::wipe(plain);
    sealed?;
    Ok(Sealed {
        value: envelope.encode(),
        unlocked: Unlocked {
            key,
            envelope,
            saved: plan,
            saved_diary: diary,
        },
    })
}

/// Re-encrypts `plan` and `diary` with the key already in memory (a new nonce).
pub async fn save(current: Unlocked, plan: Plan, diary: Diary) -> Result<Sealed, KeepError> {
    let plain = plaintext(&plan, &diary)?;
    let mut envelope = crypto::next_envelope(&current.envelope)?;
    let sealed = crypto::seal(&current.key, &mut envelope, &plain).await;
    envelope::wipe(plain);
    sealed?;
    Ok(Sealed {
        value: envelope.encode(),
        unlocked: Unlocked {
            key: current.key,
            envelope,
            saved: plan,
            saved_diary: diary,
        },
    })
}

/// Opens the kept value with `passphrase`. `Ok(None)`: nothing is kept (deleted meanwhile,
/// in another tab). On any failure the stored value is untouched. A value kept before
/// normalisation (KDF id 1) is tried as typed, then in each other normal form
/// (`Kdf::candidates`); one opened through the NFC form is written as id 2 from its next
/// save on (the same key).
pub async fn open(passphrase: &Secret) -> Result<Option<Unlocked>, KeepError> {
    let Some(stored) = storage::load() else {
        return Ok(None);
    };
    let mut envelope = envelope::decode(&stored)?;
    let typed = passphrase.as_str();
    let nfc = Secret::new(crypto::normalize(typed, "NFC"));
    let nfd = Secret::new(crypto::normalize(typed, "NFD"));
    for candidate in envelope.kdf.candidates(typed, nfc.as_str(), nfd.as_str()) {
        let key = crypto::derive_key(
            candidate.text.as_bytes(),
            &envelope.salt,
            envelope.iterations,
        )
        .await?;
        let plain = match crypto::open(&key, &envelope).await {
            Ok(plain) => plain,
            // Not this form: the next one, if any.
            Err(CryptoError::Rejected) => continue,
            Err(e) => return Err(e.into()),
        };
        let decoded = kept::decode(&plain);
        envelope::wipe(plain);
        let (saved, saved_diary) = decoded?;
        envelope.kdf = envelope.kdf.after_open(candidate);
        return Ok(Some(Unlocked {
            key,
            envelope,
            saved,
            saved_diary,
        }));
    }
    Err(CryptoError::Rejected.into())
}

/// Removes the kept value. True when nothing is left.
pub fn delete() -> bool {
    storage::delete()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_values_that_can_never_open_offer_deletion() {
        // The same rule as the format's own, whatever layer the error came from.
        for e in [
            FormatError::Empty,
            FormatError::Corrupt,
            FormatError::OtherVersion,
            FormatError::TooLarge,
            FormatError::WrongPassphrase,
        ] {
            assert_eq!(
                KeepError::Format(e).offers_delete(),
                e.offers_delete(),
                "{e:?}"
            );
        }
        for e in [CryptoError::Unavailable, CryptoError::Rejected] {
            assert!(!KeepError::Crypto(e).offers_delete());
        }
        for e in [StorageError::Unavailable, StorageError::Refused] {
            assert!(!KeepError::Storage(e).offers_delete());
        }
        assert!(KeepError::Format(FormatError::Corrupt).offers_delete());
    }

    #[test]
    fn a_wrong_passphrase_is_said_as_such() {
        assert_eq!(
            KeepError::Crypto(CryptoError::Rejected).key(),
            keys::PLAN_WRONG_PASSPHRASE
        );
        assert_eq!(
            KeepError::Storage(StorageError::Refused).key(),
            keys::PLAN_STORAGE_REFUSED
        );
    }
}

//! Keeping the plan on this device, as one service: encode (`core::vault`), encrypt
//! (`platform::crypto`), store (`platform::storage`), and back. Errors stay typed all the
//! way to the UI, which turns them into words at its edge (`KeepError::key`).
//!
//! What is kept is one value: the plan and, if the person writes one, the diary
//! (`core::notebook` joins them). A kept or opened value leaves in memory one
//! [`Unlocked`]: its non-extractable key, the envelope it was written in and the plan and
//! diary as last saved. The caller holds it
//! (`ui::state::Session`), so quick exit can drop it with everything else.

use web_sys::CryptoKey;

use crate::core::diary::Diary;
use crate::core::notebook;
use crate::core::plan::Plan;
use crate::core::vault::{self, Envelope, VaultError};
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
            envelope: Envelope::new([1; vault::SALT_LEN], [2; vault::NONCE_LEN]),
            saved,
            saved_diary,
        }
    }
}

/// Why keeping, saving or opening did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepError {
    Vault(VaultError),
    Crypto(CryptoError),
    Storage(StorageError),
}

impl From<VaultError> for KeepError {
    fn from(e: VaultError) -> Self {
        KeepError::Vault(e)
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
            KeepError::Vault(e) => e.key(),
            KeepError::Crypto(CryptoError::Unavailable) => keys::PLAN_CRYPTO_UNAVAILABLE,
            KeepError::Crypto(CryptoError::Rejected) => keys::PLAN_WRONG_PASSPHRASE,
            KeepError::Storage(StorageError::Unavailable) => keys::PLAN_STORAGE_UNAVAILABLE,
            KeepError::Storage(StorageError::Refused) => keys::PLAN_STORAGE_REFUSED,
        }
    }

    /// Whether to offer "delete it from this device": the stored value can never open.
    pub fn offers_delete(self) -> bool {
        matches!(self, KeepError::Vault(e) if e.offers_delete())
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
    Something(Result<(), VaultError>),
}

/// Reads only the envelope (no passphrase, no crypto): what is kept, and whether it is
/// readable at all. Cheap: the envelope's size and iteration count are bounded.
pub fn kept() -> Kept {
    if storage::availability() == Availability::Unavailable {
        return Kept::Unavailable;
    }
    match storage::load() {
        None => Kept::Nothing,
        Some(s) => Kept::Something(vault::decode_envelope(&s).map(|_| ())),
    }
}

/// Encrypts `plan` and `diary` under a new passphrase and stores them.
pub async fn keep(plan: Plan, diary: Diary, passphrase: &str) -> Result<Unlocked, KeepError> {
    let plain = notebook::encode(&plan, &diary)?;
    let mut envelope = crypto::new_envelope()?;
    let key = crypto::derive_key(passphrase, &envelope.salt, envelope.iterations).await?;
    crypto::seal(&key, &mut envelope, &plain).await?;
    storage::save(&envelope.encode())?;
    Ok(Unlocked {
        key,
        envelope,
        saved: plan,
        saved_diary: diary,
    })
}

/// Re-encrypts `plan` and `diary` with the key already in memory (a new nonce) and
/// stores them.
pub async fn save(current: Unlocked, plan: Plan, diary: Diary) -> Result<Unlocked, KeepError> {
    let plain = notebook::encode(&plan, &diary)?;
    let mut envelope = crypto::next_envelope(&current.envelope)?;
    crypto::seal(&current.key, &mut envelope, &plain).await?;
    storage::save(&envelope.encode())?;
    Ok(Unlocked {
        key: current.key,
        envelope,
        saved: plan,
        saved_diary: diary,
    })
}

/// Opens the kept value with `passphrase`. `Ok(None)`: nothing is kept (deleted meanwhile,
/// in another tab). On any failure the stored value is untouched.
pub async fn open(passphrase: &str) -> Result<Option<Unlocked>, KeepError> {
    let Some(stored) = storage::load() else {
        return Ok(None);
    };
    let envelope = vault::decode_envelope(&stored)?;
    let key = crypto::derive_key(passphrase, &envelope.salt, envelope.iterations).await?;
    let plain = crypto::open(&key, &envelope).await?;
    let (saved, saved_diary) = notebook::decode(&plain)?;
    Ok(Some(Unlocked {
        key,
        envelope,
        saved,
        saved_diary,
    }))
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
            VaultError::Empty,
            VaultError::Corrupt,
            VaultError::OtherVersion,
            VaultError::TooLarge,
            VaultError::WrongPassphrase,
        ] {
            assert_eq!(
                KeepError::Vault(e).offers_delete(),
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
        assert!(KeepError::Vault(VaultError::Corrupt).offers_delete());
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

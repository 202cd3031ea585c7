//! Keeping the plan on this device, as one service: encode (`core::vault`), encrypt
//! (`platform::crypto`), store (`platform::storage`), and back. Errors stay typed all the
//! way to the UI, which turns them into words at its edge (`KeepError::key`).
//!
//! What a kept or opened plan leaves in memory is one [`Unlocked`]: its non-extractable
//! key, the envelope it was written in and the plan as last saved. The caller holds it
//! (`ui::state::Session`), so quick exit can drop it with everything else.

use web_sys::CryptoKey;

use crate::core::plan::Plan;
use crate::core::vault::{self, Envelope, VaultError};
use crate::keys;
use crate::platform::crypto::{self, CryptoError};
use crate::platform::storage::{self, Availability, StorageError};

/// The key of the plan kept or opened in this page, the envelope it was written in, and
/// the plan as it was last saved (to tell whether there are changes to save).
#[derive(Clone)]
pub struct Unlocked {
    key: CryptoKey,
    envelope: Envelope,
    saved: Plan,
}

impl Unlocked {
    /// The plan as it was last kept or opened.
    pub fn saved(&self) -> &Plan {
        &self.saved
    }

    /// Whether `plan` differs from what is kept.
    pub fn differs_from(&self, plan: &Plan) -> bool {
        *plan != self.saved
    }

    /// A stand-in with no real key, for native tests of whoever holds one.
    #[cfg(test)]
    pub fn for_test(saved: Plan) -> Unlocked {
        use wasm_bindgen::JsCast;
        Unlocked {
            // A fixed JS value: creating and dropping it calls nothing in the browser.
            key: wasm_bindgen::JsValue::NULL.unchecked_into(),
            envelope: Envelope::new([1; vault::SALT_LEN], [2; vault::NONCE_LEN]),
            saved,
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

/// Encrypts `plan` under a new passphrase and stores it.
pub async fn keep(plan: Plan, passphrase: &str) -> Result<Unlocked, KeepError> {
    let plain = vault::encode_plan(&plan)?;
    let mut envelope = crypto::new_envelope()?;
    let key = crypto::derive_key(passphrase, &envelope.salt, envelope.iterations).await?;
    crypto::seal(&key, &mut envelope, &plain).await?;
    storage::save(&envelope.encode())?;
    Ok(Unlocked {
        key,
        envelope,
        saved: plan,
    })
}

/// Re-encrypts `plan` with the key already in memory (a new nonce) and stores it.
pub async fn save(current: Unlocked, plan: Plan) -> Result<Unlocked, KeepError> {
    let plain = vault::encode_plan(&plan)?;
    let mut envelope = crypto::next_envelope(&current.envelope)?;
    crypto::seal(&current.key, &mut envelope, &plain).await?;
    storage::save(&envelope.encode())?;
    Ok(Unlocked {
        key: current.key,
        envelope,
        saved: plan,
    })
}

/// Opens the kept plan with `passphrase`. `Ok(None)`: nothing is kept (deleted meanwhile,
/// in another tab). On any failure the stored value is untouched.
pub async fn open(passphrase: &str) -> Result<Option<Unlocked>, KeepError> {
    let Some(stored) = storage::load() else {
        return Ok(None);
    };
    let envelope = vault::decode_envelope(&stored)?;
    let key = crypto::derive_key(passphrase, &envelope.salt, envelope.iterations).await?;
    let plain = crypto::open(&key, &envelope).await?;
    let saved = vault::decode_plan(&plain)?;
    Ok(Some(Unlocked {
        key,
        envelope,
        saved,
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

//! The one module that may write to the device, and only after the person opts in: it
//! holds one value, under `kept::STORAGE_KEY`, and nothing else is ever written.
//!
//! `window.localStorage` itself can throw (sandboxed frames, some private modes, storage
//! blocked by settings), so every call first asks for it and degrades to `Unavailable`.
//! This talks to `web_sys::Storage` directly rather than through gloo-storage: gloo's
//! `LocalStorage::raw()` throws when storage is missing, and its `get`/`set` wrap values
//! in JSON, which would make the stored value differ from the envelope string.

use web_sys::Storage;

use crate::core::kept::STORAGE_KEY;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    Available,
    Unavailable,
}

/// Why a save did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage on this device right now.
    Unavailable,
    /// The browser refused the write (quota full, or blocked).
    Refused,
}

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this device lets the site keep anything. Reads only; writes nothing.
pub fn availability() -> Availability {
    match local() {
        Some(_) => Availability::Available,
        None => Availability::Unavailable,
    }
}

/// Stores `value` under the one key, replacing what was there.
pub fn save(value: &str) -> Result<(), StorageError> {
    let storage = local().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(STORAGE_KEY, value)
        .map_err(|_| StorageError::Refused)?;
    // Some browsers accept a write they then drop: check it landed.
    match storage.get_item(STORAGE_KEY) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StorageError::Refused),
    }
}

/// The kept value, if any. `None` too when storage is unavailable.
pub fn load() -> Option<String> {
    local()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Removes every trace this app can leave: the one key. True when nothing is left.
pub fn delete() -> bool {
    let Some(storage) = local() else { return true };
    let _ = storage.remove_item(STORAGE_KEY);
    matches!(storage.get_item(STORAGE_KEY), Ok(None))
}

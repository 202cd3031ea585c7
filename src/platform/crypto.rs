//! WebCrypto for the kept plan: random bytes, PBKDF2-SHA256 key derivation and AES-GCM.
//! The format (what is stored, the additional data) is `core::kept::envelope`'s; this module only
//! runs the browser's crypto. The derived key is non-extractable: script can use it to
//! encrypt and decrypt while the page is open, never read it out. Every failure is a
//! `Result`, never a panic.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::core::kept::envelope::{Envelope, NONCE_LEN, SALT_LEN};

/// Why the browser's crypto could not do its part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto here (very old browser, or a page not served over https/localhost).
    Unavailable,
    /// Decryption failed: a wrong passphrase, or data altered after saving.
    Rejected,
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(crypto()?.subtle())
}

/// `N` bytes from the browser's cryptographic random generator.
pub fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut out = [0u8; N];
    crypto()?
        .get_random_values_with_u8_array(&mut out)
        .map_err(|_| CryptoError::Unavailable)?;
    // A generator that left everything zero did not run.
    if out.iter().all(|b| *b == 0) {
        return Err(CryptoError::Unavailable);
    }
    Ok(out)
}

async fn wait<T: JsCast>(
    promise: Result<js_sys::Promise, JsValue>,
    err: CryptoError,
) -> Result<T, CryptoError> {
    let value = JsFuture::from(promise.map_err(|_| err)?)
        .await
        .map_err(|_| err)?;
    value.dyn_into::<T>().map_err(|_| err)
}

/// `text` in the Unicode normal form `form` ("NFC" or "NFD"), by the browser's own
/// tables (no tables in the wasm). The JS strings made on the way cannot be wiped.
pub fn normalize(text: &str, form: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize(form))
}

/// The AES-GCM-256 key for `passphrase` (the exact bytes given: the caller chooses the
/// form, see `core::kept::envelope::Kdf`), `salt` and `iterations`.
/// Slow on purpose: about a second on a laptop, several on a cheap phone.
pub async fn derive_key(
    passphrase: &[u8],
    salt: &[u8; SALT_LEN],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let un = CryptoError::Unavailable;
    let raw = Uint8Array::from(passphrase);
    let base: Result<CryptoKey, CryptoError> = wait(
        subtle.import_key_with_str(
            "raw",
            &raw,
            "PBKDF2",
            false,
            &Array::of1(&JsValue::from_str("deriveKey")),
        ),
        un,
    )
    .await;
    // importKey has taken its own copy by now: zero the one this page made.
    raw.fill(0, 0, raw.length());
    let base = base?;
    let salt = Uint8Array::from(&salt[..]);
    let params = Pbkdf2Params::new("PBKDF2", &JsValue::from_str("SHA-256"), iterations, &salt);
    let target = Object::new();
    Reflect::set(&target, &"name".into(), &"AES-GCM".into()).map_err(|_| un)?;
    Reflect::set(&target, &"length".into(), &JsValue::from_f64(256.0)).map_err(|_| un)?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    wait(
        subtle.derive_key_with_object_and_object(&params, &base, &target, false, &usages),
        un,
    )
    .await
}

fn gcm(envelope: &Envelope) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&envelope.nonce[..]));
    params.set_additional_data(&Uint8Array::from(&envelope.aad()[..]));
    params
}

/// Encrypts `plain` into `envelope.ciphertext`, with the envelope's header as additional
/// data (so its salt, nonce and iteration count cannot be changed unnoticed).
pub async fn seal(
    key: &CryptoKey,
    envelope: &mut Envelope,
    plain: &[u8],
) -> Result<(), CryptoError> {
    let subtle = subtle()?;
    let out: js_sys::ArrayBuffer = wait(
        subtle.encrypt_with_object_and_u8_array(&gcm(envelope), key, plain),
        CryptoError::Unavailable,
    )
    .await?;
    envelope.ciphertext = Uint8Array::new(&out).to_vec();
    Ok(())
}

/// The plaintext of `envelope`, or `Rejected` when the key is wrong or anything in the
/// envelope was changed.
pub async fn open(key: &CryptoKey, envelope: &Envelope) -> Result<Vec<u8>, CryptoError> {
    let subtle = subtle()?;
    let out: js_sys::ArrayBuffer = wait(
        subtle.decrypt_with_object_and_u8_array(&gcm(envelope), key, &envelope.ciphertext),
        CryptoError::Rejected,
    )
    .await?;
    // The plaintext, copied into the caller's memory; the browser's copy is zeroed.
    let view = Uint8Array::new(&out);
    let plain = view.to_vec();
    view.fill(0, 0, view.length());
    Ok(plain)
}

/// A fresh envelope: new random salt and nonce, the default iteration count.
pub fn new_envelope() -> Result<Envelope, CryptoError> {
    Ok(Envelope::new(random::<SALT_LEN>()?, random::<NONCE_LEN>()?))
}

/// The same key and salt with a new random nonce, for saving changes.
pub fn next_envelope(previous: &Envelope) -> Result<Envelope, CryptoError> {
    let mut e = previous.clone();
    e.nonce = random::<NONCE_LEN>()?;
    e.ciphertext = Vec::new();
    Ok(e)
}

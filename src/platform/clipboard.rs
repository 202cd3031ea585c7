//! Copying text (a phone number) to the clipboard. The browser may not offer a
//! clipboard (an old phone, a page not served over https) or may refuse; callers get
//! `false` then and show the number to write down instead. Nothing here can panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `true` when the browser says it is done.
pub async fn write_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: look before touching.
    let Ok(found) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if found.is_undefined() || found.is_null() {
        return false;
    }
    let Ok(clipboard) = found.dyn_into::<web_sys::Clipboard>() else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

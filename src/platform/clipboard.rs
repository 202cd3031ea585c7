//! Copying text (a phone number) to the clipboard. The browser may not offer a
//! clipboard (an old phone, a page not served over https) or may refuse; callers get
//! `false` then and show the number to write down instead. Nothing here can panic.
//!
//! What the app copies is marked on `<html data-copied>`, so quick exit (`public/boot.js`)
//! knows to replace it on the clipboard as it leaves.

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
    let done = JsFuture::from(clipboard.write_text(text)).await.is_ok();
    if done {
        mark_copied(&window);
    }
    done
}

/// The attribute `public/boot.js` reads at quick exit.
const COPIED_ATTR: &str = "data-copied";

fn mark_copied(window: &web_sys::Window) {
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(COPIED_ATTR, "");
    }
}

//! The phone's share sheet (Web Share), through which the person can pick Zalo or any
//! messenger they use. No script, SDK or request of any messenger: the browser hands the
//! text over and the chosen app sends it, if and when the person presses send there.
//! Absent on most desktop browsers and inside a host page that does not allow it;
//! callers then copy the text instead. Nothing here can panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the app the person chose.
    Done,
    /// The person closed the sheet: nothing to say or do.
    Cancelled,
    /// No share sheet here, or the browser refused: copy instead.
    Unavailable,
}

fn share_fn() -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let found = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).ok()?;
    let f = found.dyn_into::<js_sys::Function>().ok()?;
    Some((navigator, f))
}

/// Whether this browser offers a share sheet at all.
pub fn available() -> bool {
    share_fn().is_some()
}

/// Opens the share sheet with `text` (text only: never a location, a file or a link).
pub async fn share_text(text: &str) -> Shared {
    let Some((navigator, f)) = share_fn() else {
        return Shared::Unavailable;
    };
    let data = js_sys::Object::new();
    if js_sys::Reflect::set(&data, &JsValue::from_str("text"), &JsValue::from_str(text)).is_err() {
        return Shared::Unavailable;
    }
    let Ok(promise) = f.call1(&navigator, &data) else {
        return Shared::Unavailable;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return Shared::Unavailable;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Unavailable
            }
        }
    }
}

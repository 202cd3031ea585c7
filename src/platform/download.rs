//! Saving a generated file (QR code as SVG or PNG) to the device, on request: a Blob,
//! an object URL, a click on an `<a download>`, then the URL is revoked. Nothing leaves
//! the device; nothing is fetched.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::share::{QrMatrix, QUIET_ZONE};

/// Pixels per QR module in the PNG: a 33-module code becomes 328 px, sharp in print.
pub const PNG_SCALE: usize = 8;

/// Offers `blob` to the person as a file called `name`.
fn save_blob(blob: &web_sys::Blob, name: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let a = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started by the next task; the URL is then of no use.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    Some(())
}

/// Saves a text file (e.g. the QR code as SVG). Returns None if the browser refused.
pub fn save_text(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    save_blob(&blob, name)
}

/// Draws the QR code on a canvas (white quiet zone, black modules, no smoothing) and
/// saves it as a PNG. Nothing but the module matrix is drawn: no image is loaded.
pub fn save_qr_png(name: &str, qr: &QrMatrix) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let canvas = document
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    let side = ((qr.width + 2 * QUIET_ZONE) * PNG_SCALE) as u32;
    canvas.set_width(side);
    canvas.set_height(side);
    let ctx = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, side as f64, side as f64);
    ctx.set_fill_style_str("#000");
    let s = PNG_SCALE as f64;
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x, y) {
                ctx.fill_rect(
                    ((x + QUIET_ZONE) as f64) * s,
                    ((y + QUIET_ZONE) as f64) * s,
                    s,
                    s,
                );
            }
        }
    }
    let name = name.to_string();
    let done = Closure::once_into_js(move |blob: JsValue| {
        if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
            let _ = save_blob(&blob, &name);
        }
    });
    canvas.to_blob(done.unchecked_ref()).ok()
}

/// Selects the text of an input or textarea, so the person can copy it by hand.
pub fn select_field(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

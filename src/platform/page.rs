//! Small facts about and changes to the page itself: language tags, focus, scroll.

use wasm_bindgen::JsCast;

/// A fresh element, not yet in the page, for the app to render into.
pub fn app_host() -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    doc.create_element("div").ok()?.dyn_into().ok()
}

/// Puts the rendered app where the pre-rendered first paint was (or at the end of the
/// body when there is none, e.g. `trunk serve`), and tells `public/boot.js` that the app
/// now handles its own links.
pub fn replace_first_paint(host: &web_sys::HtmlElement) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let copies = doc.query_selector_all(".first-paint").ok();
    let mut placed = false;
    let mut focused = None;
    for i in 0..copies.as_ref().map_or(0, |c| c.length()) {
        let Some(node) = copies.as_ref().and_then(|c| c.item(i)) else {
            continue;
        };
        let Ok(el) = node.dyn_into::<web_sys::Element>() else {
            continue;
        };
        focused = focused.or_else(|| focused_index(&doc, &el));
        if placed {
            el.remove();
        } else {
            placed = el.replace_with_with_node_1(host).is_ok();
        }
    }
    if !placed {
        if let Some(body) = doc.body() {
            let _ = body.append_child(host);
        }
    }
    // Someone who had tabbed to a link keeps their place: the app's copy of that link
    // takes focus (the pre-render and the app list the same links in the same order).
    if let Some(el) = focused
        .and_then(|i| host.query_selector_all(FOCUSABLE).ok()?.item(i))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-live", "");
    }
}

const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Where focus is inside `copy`, counted among its focusable elements.
fn focused_index(doc: &web_sys::Document, copy: &web_sys::Element) -> Option<u32> {
    let active = doc.active_element()?;
    if !copy.contains(Some(&active)) {
        return None;
    }
    let list = copy.query_selector_all(FOCUSABLE).ok()?;
    (0..list.length()).find(|&i| list.item(i).is_some_and(|n| n.is_same_node(Some(&active))))
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return vec![];
    };
    let nav = window.navigator();
    let mut langs: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if langs.is_empty() {
        langs.extend(nav.language());
    }
    langs
}

/// Keeps `<html lang>` in step with the language shown, for screen readers and fonts.
pub fn set_html_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Names the view shown on `<html data-view>`, as `public/boot.js` does for the first
/// paint: in the page only, never in the address.
pub fn set_view(word: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-view", word);
    }
}

/// Moves focus to an element (a view's heading, so screen readers hear the new view)
/// and brings the page back to its top.
pub fn focus_and_scroll_top(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(el) = window
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// True when the app runs inside a frame of another page.
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => top != window,
        // No access to top at all: we are framed by someone.
        _ => true,
    }
}

/// The tab's title: the app's neutral name in the current language.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Scrolls `reveal_id` to the top of the window (CSS `scroll-margin-top` keeps it below
/// the sticky bar) and moves focus to `focus_id` without scrolling again: a new screen
/// inside a view (the self-check's next question) starts where the eye and thumb are,
/// and screen readers read its heading.
pub fn reveal_and_focus(reveal_id: &str, focus_id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id(reveal_id) {
        el.scroll_into_view_with_bool(true);
    }
    if let Some(el) = doc
        .get_element_by_id(focus_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Opens the browser's print dialog (print styles decide what reaches paper). Printing
/// can be blocked (some in-app browsers): nothing else to do then.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The browser says data is scarce: Data Saver is on, or the connection is measured as
/// 2G. Then nothing is fetched before the person asks for it.
pub fn data_is_scarce() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(conn) = js_sys::Reflect::get(&window.navigator(), &"connection".into()) else {
        return false;
    };
    if conn.is_undefined() || conn.is_null() {
        return false;
    }
    let field = |name: &str| js_sys::Reflect::get(&conn, &name.into()).ok();
    let save = field("saveData").and_then(|v| v.as_bool()).unwrap_or(false);
    let kind = field("effectiveType")
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    save || kind == "slow-2g" || kind == "2g"
}

/// Lets the browser handle what is waiting (a tap on quick exit, a paint) before the
/// next piece of work: a task of its own after this one.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

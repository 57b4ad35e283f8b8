//! The heights of the top bar and the footer, as CSS variables on the page
//! (`--topbar-h`, `--footer-h`): the panels over the map (the details, the
//! list, the filters) sit between the two whatever their content (the
//! footer grows with the lines under the totals, the top bar with what a
//! link asks), and never cover the totals.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// An observer with the callback it calls (kept alive with it).
type Watching = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

thread_local! {
    /// The one observer.
    static OBSERVER: std::cell::RefCell<Option<Watching>> = const { std::cell::RefCell::new(None) };
}

/// Watches `.topbar` and `.controls` and keeps the variables in step.
/// Called each time the map is put in the page (a rebuilt map brings new
/// elements): the observer of the old ones is let go.
pub fn follow() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc.document_element() else {
        return;
    };
    let set = move || {
        let height = |selector: &str| {
            doc.query_selector(selector)
                .ok()
                .flatten()
                .map(|e| e.get_bounding_client_rect().height())
        };
        let style = root
            .dyn_ref::<web_sys::HtmlElement>()
            .map(web_sys::HtmlElement::style);
        if let Some(style) = style {
            for (var, selector) in [("--topbar-h", ".topbar"), ("--footer-h", ".controls")] {
                if let Some(h) = height(selector) {
                    let _ = style.set_property(var, &format!("{h:.0}px"));
                }
            }
        }
    };
    set();
    let callback = Closure::<dyn FnMut()>::new(set);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        for selector in [".topbar", ".controls"] {
            if let Ok(Some(el)) = doc.query_selector(selector) {
                observer.observe(&el);
            }
        }
    }
    OBSERVER.with(|o| {
        if let Some((old, _)) = o.replace(Some((observer, callback))) {
            old.disconnect();
        }
    });
}

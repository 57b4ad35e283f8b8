//! Offline after one visit: the page installs the service worker
//! (`frontend/sw.js`, copied next to the page), which keeps the app and its
//! built-in data. Where service workers are not available (a page not served
//! over http(s) from localhost or https, or a browser that blocks them), the
//! app works as before, online only.

/// The service worker's file, next to the page.
const SERVICE_WORKER: &str = "sw.js";

/// Installs the service worker, in the background; a refusal is not an
/// error of the app (it only stays online-only).
pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `serviceWorker` is absent outside secure contexts.
    let present = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !present {
        return;
    }
    let promise = navigator.service_worker().register(SERVICE_WORKER);
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

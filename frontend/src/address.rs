//! The page's address as the shareable link: read at start and on back and
//! forward, written as the state changes (`shared::link` holds the rules).

use shared::link::{LinkProblem, MapLink};

/// The link in the page's address. An older link's `#incident=<id>` still
/// selects its incident.
pub fn read() -> (MapLink, Vec<LinkProblem>) {
    let (mut link, problems) = read_query();
    if let Some(id) = hash_incident() {
        link.incident = Some(id);
    }
    (link, problems)
}

/// The link in the address's query alone.
pub fn read_query() -> (MapLink, Vec<LinkProblem>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    MapLink::from_query(&search)
}

/// The incident id in the address's fragment (`#incident=<id>`), if any.
pub fn hash_incident() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    web_sys::UrlSearchParams::new_with_str(hash.trim_start_matches('#'))
        .ok()?
        .get("incident")
        .filter(|id| !id.is_empty())
}

/// Writes `link` as the address: a new history entry when `push` (back
/// returns to the state before), else in place.
pub fn write(link: &MapLink, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(path) = window.location().pathname() else {
        return;
    };
    let query = link.to_query();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&null, "", Some(&url))
        } else {
            history.replace_state_with_url(&null, "", Some(&url))
        };
    }
}

/// The page's full address, to copy or embed.
pub fn current() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address in place (an older link's
/// `#incident=` once read), so that following the same link again selects
/// its incident again.
pub fn drop_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

//! Fetches the data files from the served folder.

use shared::bundle::{assemble, Bundle, BASEMAP_FILE, GAZETTEER_FILE, INCIDENTS_FILE};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::{Error, Result};

/// Fetches `url` as text; `file` names it in errors.
async fn fetch_text(url: &str, file: &str) -> Result<String> {
    let fetch_err = |e: wasm_bindgen::JsValue| Error::Fetch {
        file: file.to_owned(),
        message: e
            .as_string()
            .or_else(|| {
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| "network error".to_owned()),
    };
    let window = web_sys::window().ok_or_else(|| Error::Fetch {
        file: file.to_owned(),
        message: "no window".to_owned(),
    })?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(fetch_err)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(fetch_err)?;
    if !resp.ok() {
        return Err(Error::Http {
            file: file.to_owned(),
            status: resp.status(),
            status_text: resp.status_text(),
        });
    }
    let text = JsFuture::from(resp.text().map_err(fetch_err)?)
        .await
        .map_err(fetch_err)?;
    text.as_string().ok_or_else(|| Error::Fetch {
        file: file.to_owned(),
        message: "the body is not text".to_owned(),
    })
}

/// Loads the three files from the folder `base` (e.g. `"data"`), parses and
/// validates them. A file that cannot be used at all is an error naming it;
/// rejected features are listed in [`Bundle::problems`].
pub async fn load(base: &str) -> Result<Bundle> {
    let urls = [INCIDENTS_FILE, GAZETTEER_FILE, BASEMAP_FILE].map(|f| format!("{base}/{f}"));
    let (incidents, gazetteer, basemap) = futures::join!(
        fetch_text(&urls[0], INCIDENTS_FILE),
        fetch_text(&urls[1], GAZETTEER_FILE),
        fetch_text(&urls[2], BASEMAP_FILE),
    );
    let (incidents, gazetteer, basemap) = (incidents?, gazetteer?, basemap?);
    Ok(assemble(&incidents, &gazetteer, &basemap)?)
}

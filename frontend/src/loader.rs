//! Fetches the data files from the served folder, reads the files a user
//! opens, and runs them through `shared::pipeline` (as `sahel-data` does).

use shared::bundle::{base, FileProblems, BASEMAP_FILE, GAZETTEER_FILE, INCIDENTS_FILE};
use std::sync::Arc;

use shared::{Basemap, Gazetteer, ImportReport, Incident};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::reader::{self, BaseFiles, Outcome};
use crate::{Error, Result};

/// The message of a JavaScript error value.
pub fn js_message(e: &wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| crate::i18n::words_untracked().t("network-error"))
}

/// Fetches `url`'s body; `file` names it in errors.
pub async fn fetch_buffer(url: &str, file: &str) -> Result<js_sys::ArrayBuffer> {
    fetch_with(url, file, false).await
}

/// The same for an address a link names: a redirect is refused, not
/// followed (it would reach a host the reader was not asked about).
pub async fn fetch_linked_buffer(url: &str, file: &str) -> Result<js_sys::ArrayBuffer> {
    fetch_with(url, file, true).await
}

async fn fetch_with(url: &str, file: &str, no_redirect: bool) -> Result<js_sys::ArrayBuffer> {
    let fetch_err = |e: wasm_bindgen::JsValue| Error::Fetch {
        file: file.to_owned(),
        message: js_message(&e),
    };
    let window = web_sys::window().ok_or_else(|| Error::Fetch {
        file: file.to_owned(),
        message: crate::i18n::words_untracked().t("no-window"),
    })?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    if no_redirect {
        init.set_redirect(web_sys::RequestRedirect::Error);
    }
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
    let buffer = JsFuture::from(resp.array_buffer().map_err(fetch_err)?)
        .await
        .map_err(fetch_err)?;
    buffer.dyn_into().map_err(fetch_err)
}

/// Fetches and reads the zoomed-in water (`shared::map_model::DETAIL_FILE`)
/// into paths of `frame`. Features the file has wrong are left out (and
/// logged); a file with nothing left is an error.
pub async fn load_detail(
    dir: &str,
    frame: shared::Frame,
) -> Result<shared::map_model::DetailLayers> {
    use shared::map_model::{DetailLayers, DETAIL_FILE};
    let buffer = fetch_buffer(&format!("{dir}/{DETAIL_FILE}"), DETAIL_FILE).await?;
    yield_task().await;
    let text = String::from_utf8_lossy(&js_sys::Uint8Array::new(&buffer).to_vec()).into_owned();
    let (detail, rejected) = Basemap::from_geojson(DETAIL_FILE, &text)?;
    for p in &rejected {
        web_sys::console::warn_1(&crate::i18n::words_untracked().problem(p).into());
    }
    let layers = DetailLayers::new(&detail, &frame);
    if layers.water().is_empty() && layers.rivers().is_empty() {
        return Err(Error::File {
            file: DETAIL_FILE.to_owned(),
            message: crate::i18n::words_untracked().t("detail-empty"),
        });
    }
    Ok(layers)
}

/// Reads a file the user picked or dropped.
pub async fn file_buffer(file: &web_sys::File) -> Result<js_sys::ArrayBuffer> {
    let read_err = |e: wasm_bindgen::JsValue| Error::File {
        file: file.name(),
        message: js_message(&e),
    };
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(read_err)?;
    buffer.dyn_into().map_err(read_err)
}

/// What the app starts from: the gazetteer, the basemap and the built-in
/// incidents, with the problems found in them.
pub struct Base {
    pub gazetteer: Arc<Gazetteer>,
    pub basemap: Basemap,
    /// The gazetteer's and basemap's files, for the reading worker's checks.
    pub files: BaseFiles,
    /// The built-in incidents and their report (shared, never copied).
    pub builtin: (Arc<ImportReport>, Arc<Vec<Incident>>),
    /// Problems of the three files, only for files that had some.
    pub problems: Vec<FileProblems>,
}

/// Loads the three files from the folder `dir` (e.g. `"data"`): the
/// incidents are read by the reading worker while the page reads the
/// gazetteer and basemap. A file that cannot be used at all is an error
/// naming it.
pub async fn load_base(dir: &str) -> Result<Base> {
    // The reading worker loads while the files download.
    let reader = reader::Reader::start(INCIDENTS_FILE)?;
    let urls = [INCIDENTS_FILE, GAZETTEER_FILE, BASEMAP_FILE].map(|f| format!("{dir}/{f}"));
    let (incidents, gazetteer, basemap) = futures::join!(
        fetch_buffer(&urls[0], INCIDENTS_FILE),
        fetch_buffer(&urls[1], GAZETTEER_FILE),
        fetch_buffer(&urls[2], BASEMAP_FILE),
    );
    let bytes = |b: js_sys::ArrayBuffer| Arc::<[u8]>::from(js_sys::Uint8Array::new(&b).to_vec());
    let files = BaseFiles {
        gazetteer: bytes(gazetteer?),
        basemap: bytes(basemap?),
    };
    // The worker reads the incidents while the page reads the other two.
    let read = reader.read(INCIDENTS_FILE, incidents?, &files, |_| {}, |_| {});
    let parse_base = async {
        yield_task().await;
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        base(&text(&files.gazetteer), &text(&files.basemap))
    };
    let (read, parsed) = futures::join!(read, parse_base);
    let (gazetteer, basemap, mut problems) = parsed?;
    let Outcome::Read(incidents, report) = read? else {
        return Err(Error::Worker {
            file: INCIDENTS_FILE.to_owned(),
            message: "cancelled".to_owned(),
        });
    };
    if !report.rejected.is_empty() || !report.warnings.is_empty() {
        problems.push(FileProblems {
            file: INCIDENTS_FILE.to_owned(),
            rejected: report.rejected.clone(),
            warnings: report.warnings.clone(),
        });
    }
    Ok(Base {
        gazetteer: Arc::new(gazetteer),
        basemap,
        files,
        builtin: (Arc::new(report), Arc::new(incidents)),
        problems,
    })
}

/// Lets the browser paint and handle input, then goes on at the next frame.
pub async fn yield_to_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Ends the current task (the browser handles input in between) and goes on
/// in a new one, without waiting for a frame: a message to itself, which
/// (unlike a zero timeout, clamped to 4 ms when nested) runs at once.
pub async fn yield_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Ok(channel) = web_sys::MessageChannel::new() {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        } else if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Lets the browser paint (a status message) before a long synchronous step.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `f` at the next animation frame.
pub fn on_next_frame(f: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        yield_to_page().await;
        f();
    });
}

/// The files a file picker's `change` event picked, its value cleared so
/// that picking the same file again fires `change` again.
pub fn picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    use wasm_bindgen::JsCast;
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

//! Reads a file in the reading worker (the app's wasm in a Web Worker, see
//! [`crate::worker`]):
//! the page hands it the file and the gazetteer and basemap to check it
//! against, shows its progress, and decodes its replies a message per task,
//! so the page stays responsive however long the reading takes. Cancel ends
//! the worker at once; each job has its own worker.

use std::sync::Arc;

use futures::channel::mpsc;
use futures::StreamExt;
use shared::pipeline::Progress;
use shared::wire::{Assembly, Reply, Step};
use shared::{ImportReport, Incident};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Error, Result};

/// The worker's bootstrap script, copied next to the page (`index.html`).
pub const WORKER_URL: &str = "reader-worker.js";

/// The addresses of the app's module and wasm, from the links trunk writes
/// into the page, for the worker to load the same files (given in its
/// address: a message sent before a module worker has run is lost).
fn app_files() -> Option<(String, String)> {
    let doc = web_sys::window()?.document()?;
    let href = |selector: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlLinkElement>().ok())
            .map(|l| l.href())
    };
    Some((
        href(r#"link[rel="modulepreload"]"#)?,
        href(r#"link[rel="preload"][type="application/wasm"]"#)?,
    ))
}

/// The files a worker checks a file against, as fetched.
#[derive(Debug, Clone)]
pub struct BaseFiles {
    pub gazetteer: Arc<[u8]>,
    pub basemap: Arc<[u8]>,
}

/// How a job ended, when the file could be read.
pub enum Outcome {
    Read(Vec<Incident>, ImportReport),
    Cancelled,
}

/// What reaches the job's loop.
enum Event {
    /// A reply's bytes.
    Reply(Vec<u8>),
    /// The worker failed to start or crashed.
    Crashed(String),
    Cancelled,
}

/// Cancels the job it came from (the worker is ended at once).
#[derive(Clone)]
pub struct Cancel(mpsc::UnboundedSender<Event>);

impl Cancel {
    pub fn cancel(&self) {
        let _ = self.0.unbounded_send(Event::Cancelled);
    }
}

/// The worker and its listeners, ended together.
struct Job {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl Drop for Job {
    fn drop(&mut self) {
        self.worker.terminate();
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
    }
}

/// A JS array buffer holding a copy of `bytes`.
fn buffer_of(bytes: &[u8]) -> JsValue {
    js_sys::Uint8Array::from(bytes).buffer().into()
}

/// A reading worker, started ahead of its job (it loads while the file is
/// fetched).
pub struct Reader {
    job: Job,
    tx: mpsc::UnboundedSender<Event>,
    rx: mpsc::UnboundedReceiver<Event>,
}

/// The page's clock, in ms.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Main-thread time spent decoding replies before the page gets a turn, in ms.
const DECODE_SLICE_MS: f64 = 12.0;

impl Reader {
    /// Starts a worker for reading `name`.
    pub fn start(name: &str) -> Result<Reader> {
        let failed = |message: String| Error::Worker {
            file: name.to_owned(),
            message,
        };
        let (script, wasm) =
            app_files().ok_or_else(|| failed(crate::i18n::words_untracked().t("no-app-files")))?;
        let query =
            web_sys::UrlSearchParams::new().map_err(|e| failed(crate::loader::js_message(&e)))?;
        query.append("script", &script);
        query.append("wasm", &wasm);
        let url = format!("{WORKER_URL}?{}", String::from(query.to_string()));
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(&url, &options)
            .map_err(|e| failed(crate::loader::js_message(&e)))?;
        let (tx, rx) = mpsc::unbounded::<Event>();
        let to_loop = tx.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let bytes = js_sys::Uint8Array::new(&ev.data()).to_vec();
                let _ = to_loop.unbounded_send(Event::Reply(bytes));
            });
        let to_loop = tx.clone();
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |ev: web_sys::ErrorEvent| {
                ev.prevent_default();
                let message = ev.message();
                let message = if message.is_empty() {
                    crate::i18n::words_untracked()
                        .tf("worker-not-loaded", &[("file", WORKER_URL.into())])
                } else {
                    message
                };
                let _ = to_loop.unbounded_send(Event::Crashed(message));
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Reader {
            job: Job {
                worker,
                _on_message: on_message,
                _on_error: on_error,
            },
            tx,
            rx,
        })
    }

    /// Reads `file` (its bytes, handed over to the worker: the page keeps no
    /// copy) named `name`. `on_start` gets the job's [`Cancel`];
    /// `on_progress` is called as rows are read. The worker ends with the job.
    pub async fn read(
        self,
        name: &str,
        file: js_sys::ArrayBuffer,
        base: &BaseFiles,
        on_start: impl FnOnce(Cancel),
        mut on_progress: impl FnMut(Progress),
    ) -> Result<Outcome> {
        let failed = |message: String| Error::Worker {
            file: name.to_owned(),
            message,
        };
        let Reader { job, tx, mut rx } = self;
        on_start(Cancel(tx));
        let mut file = Some(file);
        let mut assembly = Assembly::default();
        let mut turn = now();
        while let Some(event) = rx.next().await {
            let bytes = match event {
                Event::Reply(bytes) => bytes,
                Event::Crashed(message) => return Err(failed(message)),
                Event::Cancelled => return Ok(Outcome::Cancelled),
            };
            let reply = Reply::decode(name, &bytes)?;
            if matches!(reply, Reply::Ready) {
                // The worker listens: hand it the job.
                if let Some(file) = file.take() {
                    let message = js_sys::Array::of4(
                        &JsValue::from_str(name),
                        &file,
                        &buffer_of(&base.gazetteer),
                        &buffer_of(&base.basemap),
                    );
                    job.worker
                        .post_message_with_transfer(&message, &js_sys::Array::of1(&file))
                        .map_err(|e| failed(crate::loader::js_message(&e)))?;
                }
                continue;
            }
            match assembly.accept(name, reply)? {
                Step::Going(Some(p)) => on_progress(p),
                Step::Going(None) => {}
                Step::Done(incidents, report) => return Ok(Outcome::Read(incidents, report)),
            }
            // Replies already queued are decoded in one go, up to a slice of
            // time: then the page paints and handles input.
            if now() - turn > DECODE_SLICE_MS {
                crate::loader::yield_task().await;
                turn = now();
            }
        }
        Err(failed(crate::i18n::words_untracked().t("worker-stopped")))
    }
}

/// Reads `file` named `name` in a new worker (see [`Reader::read`]).
pub async fn read(
    name: &str,
    file: js_sys::ArrayBuffer,
    base: &BaseFiles,
    on_start: impl FnOnce(Cancel),
    on_progress: impl FnMut(Progress),
) -> Result<Outcome> {
    Reader::start(name)?
        .read(name, file, base, on_start, on_progress)
        .await
}

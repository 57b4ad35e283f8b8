//! The Web Worker that reads files off the page's main thread: the app's own
//! wasm started in a worker (`frontend/reader-worker.js`; `main` sees no
//! window and calls [`start`]). It takes one job, a file with the
//! gazetteer and basemap to check it against, runs it through
//! `shared::pipeline` (as `sahel-data` does) and replies with
//! [`shared::wire::Reply`] messages; the page ends it when the job is done
//! or cancelled.

use shared::wire::{read_file, Reply};
use shared::Context;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Sends one reply to the page (its buffer transferred, not copied).
fn send(scope: &web_sys::DedicatedWorkerGlobalScope, reply: Reply) {
    let bytes = js_sys::Uint8Array::from(reply.encode().as_slice());
    let transfer = js_sys::Array::of1(&bytes.buffer());
    if let Err(e) = scope.post_message_with_transfer(&bytes, &transfer) {
        web_sys::console::error_2(&"sahel-worker: a reply could not be sent".into(), &e);
    }
}

/// The bytes of element `i` of a job message (an `ArrayBuffer`).
fn bytes_at(job: &js_sys::Array, i: u32) -> Vec<u8> {
    js_sys::Uint8Array::new(&job.get(i)).to_vec()
}

/// Runs one job: `[name, file, gazetteer, basemap]`, the last three as
/// `ArrayBuffer`s.
fn run(scope: &web_sys::DedicatedWorkerGlobalScope, job: &js_sys::Array) {
    let name = job.get(0).as_string().unwrap_or_default();
    let file = bytes_at(job, 1);
    let text = |i| String::from_utf8_lossy(&bytes_at(job, i)).into_owned();
    match shared::bundle::base(&text(2), &text(3)) {
        Ok((gazetteer, basemap, _)) => {
            let ctx = Context {
                gazetteer: Some(&gazetteer),
                basemap: Some(&basemap),
            };
            read_file(&name, &file, ctx, |reply| send(scope, reply));
        }
        Err(e) => send(scope, Reply::Failed(e)),
    }
}

/// The worker's entry point: listens for its job, then says it is ready (a
/// message sent before the listener was set would be lost).
pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let for_jobs = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            run(&for_jobs, &ev.data().unchecked_into());
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The listener lives as long as the worker.
    on_message.forget();
    send(&scope, Reply::Ready);
}

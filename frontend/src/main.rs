//! Entry point: the panic hook, then the app mounted on `<body>`; the same
//! wasm started in a Web Worker (no window) is the file reader instead.

fn main() {
    console_error_panic_hook::set_once();
    if web_sys::window().is_some() {
        leptos::mount::mount_to_body(frontend::App);
    } else {
        frontend::worker::start();
    }
}

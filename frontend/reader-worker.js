// The reading worker (a module worker): loads the app's own module and wasm,
// whose addresses the page gives in this script's query string, and starts
// it; with no window, the wasm's entry point runs the reader
// (frontend/src/worker.rs), which then takes the page's messages. A failure
// is thrown again outside the promise so the page's `error` listener hears it.
const params = new URL(self.location.href).searchParams;
import(params.get('script'))
  .then((app) => app.default({ module_or_path: params.get('wasm') }))
  .catch((e) => setTimeout(() => { throw new Error(`the reader could not start: ${e.message}`); }));

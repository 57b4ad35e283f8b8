#!/usr/bin/env bash
# Builds the app and serves it with the data files on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
export PATH="$PWD/frontend/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "[serve] building and serving on http://127.0.0.1:8080 (Ctrl-C to stop)"
# No auto-reload: its inline script would be refused by the page's
# Content-Security-Policy (only the wasm loader is allowed, by its hash).
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port 8080

#!/usr/bin/env bash
# Builds the app and serves it with the data files on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
export PATH="$PWD/frontend/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "[serve] building and serving on http://127.0.0.1:8080 (Ctrl-C to stop)"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080

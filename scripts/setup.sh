#!/usr/bin/env bash
# Installs what the build (and, with "test", the tests) need, at pinned versions.
# Idempotent: a second run installs nothing.
#
#   bash scripts/setup.sh build   # wasm32 target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen)
#   bash scripts/setup.sh test    # the above + rustfmt, clippy, Chromium, ChromeDriver, playwright-core
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}

TRUNK_VERSION=0.21.14
say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs), then rerun."
command -v rustup >/dev/null || die "rustup not found: the wasm32 target is installed through rustup."
command -v npm >/dev/null || die "npm not found: install Node.js and npm (Debian: apt-get install -y nodejs npm), then rerun."
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, so
# trunk downloads nothing. (Installed without --locked: its lock file names a
# crate version the registry may lack.)
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$wbg" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg"
  cargo install wasm-bindgen-cli --version "$wbg"
fi

# wasm-opt from npm's binaryen (Debian's binaryen is too old and yields broken wasm).
if [ ! -x frontend/node_modules/.bin/wasm-opt ]; then
  say "installing wasm-opt (npm binaryen, pinned in frontend/package-lock.json)"
  (cd frontend && npm ci --no-audit --no-fund --silent)
fi

say "fetching crates"
cargo fetch --quiet

[ "$mode" = "test" ] || { say "build tools ready"; exit 0; }

for c in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding the $c component"
    rustup component add "$c"
  fi
done

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    die "Chromium is needed for the browser tests. Run: sudo apt-get install -y chromium chromium-driver"
  fi
fi

if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
  say "installing playwright-core (drives the system Chromium; downloads no browser) and axe-core (the accessibility audit)"
  (cd tests/e2e && npm ci --no-audit --no-fund --silent)
fi
say "build and test tools ready"

#!/usr/bin/env bash
# Runs every check and test: formatting, lints, unit and data tests, the basemap
# and gazetteer rebuild check, the wasm32 release build, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$PWD/frontend/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

# The real ACLED and UCDP exports are read in place from ../shared/realdata.
# Without them the tests that read them are skipped, and said so here, at
# the start and at the end; with CI=true a missing corpus is a failure.
corpus=../shared/realdata
skipped=""
if [ ! -d "$corpus" ]; then
  if [ "${CI:-}" = true ]; then
    echo "ERROR: $corpus not found; CI=true needs the real corpus (the team's shared/ folder beside the repository)." >&2
    exit 1
  fi
  skipped="SKIPPED, $corpus not found beside the repository: the $(grep -c '^#\[test\]' shared/tests/realdata.rs) tests of shared/tests/realdata.rs and the browser tests over the real files (marked SKIP in tests/e2e/import.test.mjs and tests/e2e/realdata.test.mjs)."
  printf '\n== %s\n' "$skipped"
fi
trap '[ -z "$skipped" ] || printf "\n== %s\n" "$skipped"' EXIT

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native crates, then the frontend for wasm32)"
cargo clippy --quiet -p sahel-shared -p sahel-tools --all-targets -- -D warnings
cargo clippy --quiet -p sahel-frontend --target wasm32-unknown-unknown -- -D warnings

step "unit tests and tests over data/"
cargo test --quiet -p sahel-shared -p sahel-tools

step "data check: sahel-data check data/"
cargo run --quiet -p sahel-tools --bin sahel-data -- check data

step "data/build.sh --check: the derived data files are the build script's exact output"
bash data/build.sh --check

step "wasm32 release build (trunk)"
trunk build --release --offline

step "browser tests (headless Chromium against dist/)"
cd tests/e2e
node --test --test-concurrency=1 ./*.test.mjs

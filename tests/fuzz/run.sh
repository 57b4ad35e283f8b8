#!/usr/bin/env bash
# The readers under cargo-fuzz (libFuzzer), each target for RUNS executions
# (default 10,000,000), from the corpus kept as tests/fuzz/corpus/<target>.tar.gz
# (unpacked into tests/fuzz/corpus/<target>/, packed again after the run,
# minimised; seeded from our own fixtures, never from ../shared/realdata). A crash is
# written to tests/fuzz/artifacts/<target>/ and the script stops: keep it as
# a fixture and fix the reader. Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly --profile minimal
#   cargo install cargo-fuzz --locked
#
#   bash tests/fuzz/run.sh                 # every target, 10,000,000 runs each
#   RUNS=100000 bash tests/fuzz/run.sh csv # one target, fewer runs
#   SECONDS_EACH=600 bash tests/fuzz/run.sh # each target for 10 minutes instead
# Built without a sanitizer (-s none): the crates are safe Rust, and libFuzzer
# still catches every panic; that runs about 3x faster than AddressSanitizer.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-10000000}
limit="-runs=$RUNS"
[ -n "${SECONDS_EACH:-}" ] && limit="-max_total_time=$SECONDS_EACH"
targets=${*:-csv acled_rows ucdp_rows geojson}
corpus=tests/fuzz/corpus
seed() { # seed <target> <files...>: our fixtures, once
  mkdir -p "$corpus/$1"
  local t=$1; shift
  [ -n "$(ls -A "$corpus/$t")" ] && return 0
  for f in "$@"; do cp "$f" "$corpus/$t/seed-$(basename "$f")"; done
}
rows() { # the fixture's rows without its header line
  mkdir -p "$corpus/$1"
  local t=$1; shift
  for f in "$@"; do tail -n +2 "$f" > "$corpus/$t/seed-$(basename "$f")"; done
}
for t in $targets; do
  if [ ! -d "$corpus/$t" ] && [ -f "$corpus/$t.tar.gz" ]; then
    tar -xzf "$corpus/$t.tar.gz" -C "$corpus"
  fi
done
seed csv tests/fixtures/import/*.csv
[ -n "$(ls -A "$corpus/acled_rows" 2>/dev/null)" ] || rows acled_rows tests/fixtures/import/acled-problems.csv tests/fixtures/import/swapped-coordinates.csv tests/fixtures/import/control-characters.csv
[ -n "$(ls -A "$corpus/ucdp_rows" 2>/dev/null)" ] || rows ucdp_rows tests/fixtures/import/ucdp-problems.csv
seed geojson tests/fixtures/check/*.geojson tests/fixtures/import/*.geojson
for t in $targets; do
  echo "== $t: ${SECONDS_EACH:+$SECONDS_EACH s}${SECONDS_EACH:-$RUNS runs}"
  start=$(date +%s)
  cargo +nightly fuzz run -s none --fuzz-dir tests/fuzz "$t" "$corpus/$t" -- \
    "$limit" -max_len=16384 -timeout=10 -print_final_stats=1 2>&1 \
    | grep -E '^(stat::|#[0-9]+ +DONE|==[0-9]+==|SUMMARY|Done)' || true
  echo "== $t: $(( $(date +%s) - start )) s"
  # Keep the corpus small: only inputs that add coverage.
  cargo +nightly fuzz cmin -s none --fuzz-dir tests/fuzz "$t" "$corpus/$t" -- -max_len=16384 >/dev/null 2>&1 || true
  tar -czf "$corpus/$t.tar.gz" -C "$corpus" "$t"
  if ls tests/fuzz/artifacts/"$t"/crash-* >/dev/null 2>&1; then
    echo "== $t: a crash, kept in tests/fuzz/artifacts/$t/" >&2
    exit 1
  fi
done

#!/usr/bin/env bash
# Run every fuzz target for MAX_TIME seconds (default 150), one job each, one after the other.
# Crashes land in fuzz/artifacts/<target>/; add each as a regression test (see README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
max_time=${MAX_TIME:-150}
[ -d corpus ] || ./seed.sh
targets=${*:-cif poscar extxyz json mp20_csv filter vectors weights index_meta}
# Nightly with AddressSanitizer where a nightly toolchain is installed (SANITIZER=none skips
# it); otherwise the stable toolchain with RUSTC_BOOTSTRAP=1 and no sanitizer: coverage-guided
# all the same, and Rust's own bounds and overflow checks (on in fuzz builds) catch what safe
# code can get wrong.
if [ "${SANITIZER:-address}" != none ] && cargo +nightly --version > /dev/null 2>&1; then
  fuzz=(cargo +nightly fuzz run)
else
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz run --sanitizer none)
fi
for t in $targets; do
  mkdir -p "corpus/$t"
  echo "=== $t (${max_time} s)"
  "${fuzz[@]}" "$t" "corpus/$t" -- \
    -max_total_time="$max_time" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -jobs=1 -workers=1 \
    2>&1 | tee "/tmp/crystaldb-fuzz-$t.log" | grep -E '^(#[0-9]+ *(DONE|pulse)|==|SUMMARY|artifact_prefix|Test unit written|Done)' || true
done

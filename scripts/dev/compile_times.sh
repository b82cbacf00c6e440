#!/usr/bin/env bash
# Cold compile times (wall, CPU user and sys, peak memory) of two revisions of this repository,
# each in clean clones with target directories of their own:
#   cargo build --release --workspace, cargo test --workspace --no-run, and for AFTER also
#   cargo test -p crystaldb --no-run (the core crate alone), followed by the number of burn
#   libraries that build produced (0: the core does not compile burn).
# Usage: scripts/dev/compile_times.sh BEFORE_REV AFTER_REV [WORK_DIR]
# Results: WORK_DIR/results.txt, one line a build. Other work on the machine changes wall times;
# CPU user+sys is the figure to compare.
set -eu
before=$1 after=$2 work=${3:-/tmp/crystaldb-compile-times}
repo=$(git rev-parse --show-toplevel)
rm -rf "$work" && mkdir -p "$work"
for side in before after; do
  git clone -q "$repo" "$work/$side"
  git -C "$work/$side" checkout -q "${!side}"
  (cd "$work/$side" && cargo fetch -q)
done
t() {
  local label=$1; shift
  /usr/bin/time -f "$label wall=%e user=%U sys=%S maxrss_kb=%M" "$@" > "$work/$label.log" 2>&1
  tail -1 "$work/$label.log" >> "$work/results.txt"
}
for side in before after; do
  cd "$work/$side"
  CARGO_TARGET_DIR="$work/target-$side-release" t "${side}_build_release" cargo build --release --workspace
  CARGO_TARGET_DIR="$work/target-$side-test" t "${side}_test_workspace_norun" cargo test --workspace --no-run
done
cd "$work/after"
CARGO_TARGET_DIR="$work/target-after-core" t after_test_core_norun cargo test -p crystaldb --no-run
echo "burn libraries in the core build: $(ls "$work/target-after-core/debug/deps" | grep -c '^libburn' || true)" >> "$work/results.txt"
cat "$work/results.txt"

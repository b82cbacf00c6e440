#!/usr/bin/env bash
# Peak resident memory of `crystaldb ingest` on MP-20's validation split (7,140 rows) and on a
# dump ten times larger, each into a fresh database (dev-only; the figures are in docs/BENCHMARKS.md).
#
# The larger dump is the split repeated with every material_id suffixed `-c0` .. `-c9`: each copy
# is a distinct record (new id, so not a duplicate) of a crystal already staged, so every row of
# copies 1-9 goes through the whole matching path (candidates, signature, exact fit) and is linked.
#
# Usage: scripts/dev/peak_memory.sh            (builds and measures target/debug/crystaldb)
#        CRYSTALDB_BIN=/path/to/crystaldb COPIES=10 scripts/dev/peak_memory.sh
# Needs GNU time (/usr/bin/time -v), gzip and awk. Data: $CRYSTALDB_DATA or ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${CRYSTALDB_DATA:-../shared/data}"
SRC="$DATA/mp/mp20_biternary_val.csv.gz"
COPIES="${COPIES:-10}"
if [ -z "${CRYSTALDB_BIN:-}" ]; then cargo build -p crystaldb-cli; fi
BIN="${CRYSTALDB_BIN:-target/debug/crystaldb}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# One header, then COPIES copies of the rows. Rows span several lines (the cif column is a quoted
# multi-line field); a line starts a row when the quotes before it are balanced, and its second
# field (material_id) gets the copy's suffix.
BIG="$TMP/mp20_val_x$COPIES.csv.gz"
for ((c = 0; c < COPIES; c++)); do
  gzip -dc "$SRC" | awk -v c="$c" '
    NR == 1 { if (c == 0) print; next }
    {
      line = $0
      if (!quoted) sub(/^[^,]*,[^,]*/, "&-c" c, line)
      print line
      if (gsub(/"/, "\"", $0) % 2 == 1) quoted = !quoted
    }'
done | gzip -1 > "$BIG"

measure() { # label, input file
  local out="$TMP/$1"
  /usr/bin/time -v "$BIN" ingest --db "$out.db" --json "$2" > "$out.json" 2> "$out.time"
  local rss wall counts
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out.time")
  counts=$(grep -oE '"(added|linked|rejected)": ?[0-9]+' "$out.json" | tr -d '" ' | paste -sd ' ' -)
  printf '%-4s %-34s peak RSS %7.1f MiB  wall %s  %s\n' "$1" "$(basename "$2")" \
    "$(echo "$rss / 1024" | bc -l)" "$wall" "$counts"
}

echo "binary: $BIN ($(date -u +%Y-%m-%d))"
measure 1x "$SRC"
measure "${COPIES}x" "$BIG"

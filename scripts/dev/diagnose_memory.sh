#!/usr/bin/env bash
# Peak resident memory and wall time of `crystaldb diagnose` on every MP file of the shared data
# (~23k rows: mp/*.csv.gz), Magpie against ACSF with a held-out-chemistry probe — the run that
# once grew with queries x rows (dev-only; the figures are in docs/BENCHMARKS.md).
#
# Usage: scripts/dev/diagnose_memory.sh               (builds and measures target/debug/crystaldb)
#        CRYSTALDB_BIN=/path/to/crystaldb DB=/tmp/mpdb scripts/dev/diagnose_memory.sh
#        SAMPLES="4000 all" ...                         (retrieval query samples to measure)
#        COPIES=5 SAMPLES=all ...                       (every file COPIES times, ids suffixed
#                                                        -c0 .. -cN: ~10^5 distinct rows)
# A DB directory that exists is reused (ingest and embed are then no-ops). Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${CRYSTALDB_DATA:-../shared/data}"
if [ -z "${CRYSTALDB_BIN:-}" ]; then cargo build -p crystaldb-cli; fi
BIN="${CRYSTALDB_BIN:-target/debug/crystaldb}"
DB="${DB:-$(mktemp -d)/db}"
SAMPLES="${SAMPLES:-4000 all}"
COPIES="${COPIES:-1}"

# With COPIES > 1 each file is repeated with every material_id suffixed `-c0` .. `-cN`: distinct
# records of the same crystals. Rows span several lines (the cif column is a quoted multi-line
# field); a line starts a row when the quotes before it are balanced, and its second field
# (material_id) gets the copy's suffix.
inputs=("$DATA"/mp/*.csv.gz)
if [ "$COPIES" -gt 1 ]; then
  DUMPS="$DB.inputs"
  mkdir -p "$DUMPS"
  inputs=()
  for src in "$DATA"/mp/*.csv.gz; do
    out="$DUMPS/$(basename "$src" .csv.gz)_x$COPIES.csv.gz"
    for ((c = 0; c < COPIES; c++)); do
      gzip -dc "$src" | awk -v c="$c" '
        NR == 1 { if (c == 0) print; next }
        {
          line = $0
          if (!quoted) sub(/^[^,]*,[^,]*/, "&-c" c, line)
          print line
          if (gsub(/"/, "\"", $0) % 2 == 1) quoted = !quoted
        }'
    done | gzip -1 > "$out"
    inputs+=("$out")
  done
fi

"$BIN" ingest --db "$DB" --json "${inputs[@]}" > /dev/null
"$BIN" embed --db "$DB" --encoder magpie --json > /dev/null
"$BIN" embed --db "$DB" --encoder acsf --json > /dev/null
echo "binary: $BIN ($(date -u +%Y-%m-%d)), database $DB: $("$BIN" info --db "$DB" --json | grep -oE '"structures": ?[0-9]+')"

for sample in $SAMPLES; do
  args=(diagnose --db "$DB" --embedding magpie --embedding acsf --split chemsys --train-size 500
        --property band_gap --report "$DB.report-$sample" --json)
  [ "$sample" != all ] && args+=(--sample "$sample")
  /usr/bin/time -v "$BIN" "${args[@]}" > "$DB.diag-$sample.json" 2> "$DB.time-$sample"
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$DB.time-$sample")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$DB.time-$sample")
  printf 'diagnose, retrieval queries %-5s peak RSS %8.1f MiB  wall %s\n' "$sample" \
    "$(echo "$rss / 1024" | bc -l)" "$wall"
done

#!/usr/bin/env bash
# Regenerate the committed example report docs/reports/mp20 (dev-only; ~1 min with a debug build).
# Ingests MP-20's binary/ternary validation split (shared/data/mp/mp20_biternary_val.csv.gz) into a
# temporary database, embeds it with the built-in magpie and acsf encoders and diagnoses both,
# with ridge and GP probes on a held-out-chemistry split (whole chemical systems to the test side) and the
# clusters cross-tabulated against the crystal system (a seeded sample of 1,500 rows).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${CRYSTALDB_DATA:-../shared/data}"
if [ -z "${CRYSTALDB_BIN:-}" ]; then cargo build -p crystaldb-cli; fi
BIN="${CRYSTALDB_BIN:-target/debug/crystaldb}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
"$BIN" ingest --db "$TMP/db" "$DATA/mp/mp20_biternary_val.csv.gz"
"$BIN" embed --db "$TMP/db" --encoder magpie
"$BIN" embed --db "$TMP/db" --encoder acsf
rm -rf docs/reports/mp20
"$BIN" diagnose --db "$TMP/db" --embedding magpie --embedding acsf \
  --split chemsys --test-fraction 0.2 --seed 0 --probe ridge,gp \
  --property band_gap --property formation_energy_per_atom --property energy_above_hull \
  --train-size 50 --train-size 100 --train-size 500 --train-size 1000 --train-size all \
  --cluster-label crystal_system --cluster-sample 1500 --k-min 2 --k-max 10 \
  --report docs/reports/mp20 > "$TMP/summary.txt"
cp "$TMP/summary.txt" docs/reports/mp20/summary.txt

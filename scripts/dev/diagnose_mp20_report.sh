#!/usr/bin/env bash
# Regenerate the committed example report docs/reports/mp20 (dev-only; ~10 min with a release
# build: CRYSTALDB_BIN=target/release/crystaldb). Ingests MP-20's binary/ternary validation split
# (shared/data/mp/mp20_biternary_val.csv.gz) into a temporary database, embeds it with the
# engineered magpie, acsf and soap encoders and the published CHGNet 0.3.0 (shared/data/models),
# and diagnoses all four (CHGNet beside its random-init twin), with ridge and GP probes on a
# held-out-chemistry split (whole chemical systems to the test side) and the clusters
# cross-tabulated against the crystal system (a seeded sample of 1,500 rows).
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
"$BIN" embed --db "$TMP/db" --encoder soap
"$BIN" embed --db "$TMP/db" --encoder chgnet --name chgnet-published \
  --set weights_file="$DATA/models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar"
rm -rf docs/reports/mp20
"$BIN" diagnose --db "$TMP/db" --embedding magpie --embedding acsf --embedding soap --embedding chgnet-published \
  --split chemsys --test-fraction 0.2 --seed 0 --probe ridge,gp \
  --property band_gap --property formation_energy_per_atom --property energy_above_hull \
  --train-size 50 --train-size 100 --train-size 500 --train-size 1000 --train-size all \
  --cluster-label crystal_system --cluster-sample 1500 --k-min 2 --k-max 10 \
  --report docs/reports/mp20 > "$TMP/summary.txt"
cp "$TMP/summary.txt" docs/reports/mp20/summary.txt

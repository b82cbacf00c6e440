#!/usr/bin/env bash
# Scale harness: build databases of growing size from the shared MP data and record, per size,
# ingest throughput and peak RSS, embed throughput, disk sizes, index build time and size, and
# server latencies (cold and warm p50/p99) of by-id lookups, filtered pages and nearest-neighbour
# searches (HNSW, exact, filtered).
#
# Dev-only. Usage: scripts/dev/scale_harness.sh WORK_DIR SIZE [SIZE...]   (e.g. 100000 1000000)
# Needs a release build (cargo build --release -p crystaldb-cli), GNU time, and PY naming a
# Python with numpy and pyarrow (default: python3). Symmetry: moyo (SYMMETRY=spglib to change).
# Prints one JSON line per measurement; WORK_DIR keeps the dumps and databases.
set -euo pipefail
work=$1
shift
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=${BIN:-$repo/target/release/crystaldb}
py=${PY:-python3}
symmetry=${SYMMETRY:-moyo}
data=${CRYSTALDB_DATA:-$repo/../shared/data}
mkdir -p "$work"
if [ ! -f "$work/seed.parquet" ]; then
  "$bin" ingest --db "$work/seed-db" --symmetry moyo "$data"/mp/*.csv.gz > /dev/null
  "$bin" export --db "$work/seed-db" --out "$work/seed.parquet" --columns id,lattice,species_at_sites,frac_coords > /dev/null
fi
timed() { # name, then the command: one JSON line with wall seconds and peak RSS
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null
  read -r wall rss < "$work/time.txt"
  echo "{\"size\": $size, \"step\": \"$name\", \"wall_s\": $wall, \"peak_rss_mib\": $((rss / 1024))}"
}
for size in "$@"; do
  dump=$work/dump-$size
  db=$work/db-$size
  [ -d "$dump" ] || "$py" "$repo/scripts/dev/scale_generate.py" --seed-parquet "$work/seed.parquet" --rows "$size" --out "$dump" > /dev/null
  rm -rf "$db"
  timed ingest "$bin" ingest --db "$db" --json --symmetry "$symmetry" "$dump"
  timed embed_magpie "$bin" embed --db "$db" --encoder magpie
  timed index_magpie "$bin" index --db "$db" --embedding magpie
  echo "{\"size\": $size, \"disk_mib\": {\"structures\": $(($(du -sb "$db/structures" | cut -f1) / 1048576)), \"embeddings\": $(($(du -sb "$db/embeddings" | cut -f1) / 1048576)), \"indexes\": $(($(du -sb "$db/indexes" | cut -f1) / 1048576)), \"catalog\": $(($(du -sb "$db/catalog.redb" | cut -f1) / 1048576))}}"
  port=$((18500 + RANDOM % 1000))
  "$bin" serve --db "$db" --bind "127.0.0.1:$port" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/v1/info" > /dev/null && break; sleep 0.2; done
  "$py" "$repo/scripts/dev/scale_latency.py" "http://127.0.0.1:$port" | sed "s/^{/{\"size\": $size, /"
  echo "{\"size\": $size, \"server_rss_mib\": $(($(ps -o rss= -p $server) / 1024))}"
  kill $server
  wait $server 2> /dev/null || true
done

#!/usr/bin/env bash
# The OPTIMADE validator against `crystaldb serve`: optimade-python-tools (`optimade`, which
# brings `optimade-validator`) in its own virtual environment (.venv-optimade, or
# $CRYSTALDB_OPTIMADE_ENV) from the package index; a database of generated demo crystals plus the
# MP-20 validation split from the shared data ($CRYSTALDB_DATA or ../shared/data), with a Magpie
# set; the server on a free loopback port; then the full validator (not --minimal), which must
# exit 0. Missing shared data skips loudly, and fails under CI.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${CRYSTALDB_OPTIMADE_ENV:-.venv-optimade}"
if [ ! -x "$venv/bin/optimade-validator" ]; then
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "optimade==1.5.*"
fi
data="${CRYSTALDB_DATA:-../shared/data}"
split="$data/mp/mp20_biternary_val.csv.gz"
if [ ! -f "$split" ]; then
    if [ -n "${CI:-}" ]; then
        echo "optimade_validator: $split is missing (set CRYSTALDB_DATA)" >&2
        exit 1
    fi
    echo "SKIPPED optimade_validator: no shared data at $data (set CRYSTALDB_DATA)" >&2
    exit 0
fi
# The `crystaldb` binary as `cargo test --workspace` builds it (same features, so after the tests
# this builds nothing; `cargo build -p crystaldb-cli` would rebuild arrow, burn and the rest with
# the narrower feature set of one package).
cargo test --workspace --no-run --quiet
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug/crystaldb"
work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
"$bin" demo --db "$work/db" --count 500 --ingest-only --json > /dev/null
"$bin" ingest --db "$work/db" --json "$split" > /dev/null
"$bin" embed --db "$work/db" --encoder magpie --json > /dev/null
"$bin" serve --db "$work/db" --bind 127.0.0.1:0 --json > "$work/ready" &
server=$!
for _ in $(seq 100); do
    [ -s "$work/ready" ] && break
    sleep 0.1
done
url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["base_url"])' "$work/ready")/v1"
echo "optimade-validator $url"
"$venv/bin/optimade-validator" "$url"

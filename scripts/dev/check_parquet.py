"""Dev-only check: the shards are plain Parquet that independent readers read the same.

Usage: python3 scripts/dev/check_parquet.py DB CRYSTALDB_BINARY
Reads every structure shard of DB with pyarrow and with DuckDB, and compares every row with
`crystaldb get --json` (lattice and coordinates exactly) and the row count with `crystaldb info`.
Shards of superseded rows are not hidden by raw readers, so run it on a database without updates.
Needs: pip install pyarrow duckdb
"""
import glob
import json
import math
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq

db, exe = sys.argv[1], sys.argv[2]
info = json.loads(subprocess.check_output([exe, "info", "--db", db, "--json"]))
files = sorted(glob.glob(f"{db}/structures/*.parquet"))
table = pq.read_table(files) if len(files) > 1 else pq.read_table(files[0])
rows = table.to_pylist()
assert len(rows) == info["structures"], (len(rows), info["structures"])
n_duck = duckdb.sql(f"select count(*) from read_parquet('{db}/structures/*.parquet')").fetchall()[0][0]
assert n_duck == len(rows)
duck = {
    r[0]: r[1:]
    for r in duckdb.sql(
        f"select id, lattice, frac_coords, species_at_sites, band_gap from read_parquet('{db}/structures/*.parquet')"
    ).fetchall()
}

def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b

step = max(1, len(rows) // 300)
checked = 0
for r in rows[::step]:
    got = json.loads(subprocess.check_output([exe, "get", "--db", db, r["id"], "--json"]))
    for col, v in r.items():
        if col == "extra":
            v = json.loads(v)
        assert same(v, got[col]), (r["id"], col, v, got[col])
    d = duck[r["id"]]
    assert same(list(map(list, d[0])), r["lattice"]) and same(list(map(list, d[1])), r["frac_coords"])
    assert list(d[2]) == r["species_at_sites"]
    checked += 1
print(f"pyarrow {pq.__name__} and duckdb read {len(rows)} rows from {len(files)} shard(s); "
      f"{checked} rows compared column by column with crystaldb get: identical")

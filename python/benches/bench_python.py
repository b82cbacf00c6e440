"""The Python package against the Rust side doing the same work, in one run:

1. batch search of every MP-20 Magpie vector (k = 10, exact and HNSW) through
   ``db.search(..).near(array).run_batch()`` vs the CLI's batch mode (``query --near-vectors``,
   which times the Rust API's searcher itself: ``seconds`` + ``load_seconds``);
2. inserting the 7,073 structures of the MP-20 bi/ternary test split as pymatgen objects (built
   before timing) through ``db.insert`` vs ``crystaldb ingest`` of the same CSV (wall time);
3. ``db.scan().to_pandas()`` of every row vs ``pandas.read_parquet`` of ``crystaldb export``.

    maturin develop --release -m python/Cargo.toml && cargo build --release -p crystaldb-cli
    python python/benches/bench_python.py [--cli target/release/crystaldb] [--repeat 3]

Prints each timing (best of ``--repeat``) and the ratio Python / Rust.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any, Callable

import numpy as np

import crystaldb

REPO = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    for p in (os.environ.get("CRYSTALDB_DATA"), REPO / "../shared/data"):
        if p and (Path(p) / "README.md").is_file():
            return Path(p)
    sys.exit("shared data not found: set CRYSTALDB_DATA")


def best(repeat: int, f: Callable[[], Any]) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t0)
    return min(times), out


def run(cli: Path, *args: str) -> str:
    return subprocess.run([str(cli), *args], check=True, capture_output=True, text=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=str(REPO / "target" / "release" / "crystaldb"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cli, repeat = Path(args.cli), args.repeat
    data = data_dir()
    mp20 = [data / "mp" / f for f in ("mp20_biternary_test.csv.gz", "mp20_biternary_val.csv.gz",
                                      "mp20_pilot_train.csv.gz", "mp20_pilot_val.csv.gz", "mp20_pilot_test.csv.gz")]
    work = Path(tempfile.mkdtemp(prefix="crystaldb-bench-"))
    results: list[tuple[str, float, float]] = []
    try:
        db_path = work / "mp20"
        db = crystaldb.open(db_path)
        db.ingest(mp20)
        label = db.embed("magpie")
        ids, vectors = db.embeddings(label)
        print(f"MP-20: {len(ids)} rows, {label} of dimension {vectors.shape[1]}", file=sys.stderr)
        npy = work / "queries.npy"
        np.save(npy, np.asarray(vectors, dtype=np.float32))
        db.close()
        db = crystaldb.open(db_path, read_only=True)
        db.search(label).near(np.asarray(vectors[:2])).k(10).run_batch()  # the HNSW index, built once

        # 1. Batch search.
        for exact in (True, False):
            flags = ["--exact"] if exact else []
            py_t, _ = best(repeat, lambda: db.search(label).near(vectors).k(10).exact(exact).run_batch())

            def rust() -> float:
                lines = run(cli, "query", "--db", str(db_path), "--embedding", label, "--near-vectors", str(npy),
                            "-k", "10", *flags).strip().splitlines()
                last = json.loads(lines[-1])
                return float(last["seconds"]) + float(last["load_seconds"])

            rust_t = min(rust() for _ in range(repeat))
            results.append((f"batch search, {len(ids)} queries, k=10, {'exact' if exact else 'hnsw'}", py_t, rust_t))

        # 3. Scan to pandas vs read_parquet of the export.
        import pandas as pd

        parquet = work / "export.parquet"
        run(cli, "export", "--db", str(db_path), "--out", str(parquet))
        py_t, df = best(repeat, lambda: db.scan().to_pandas())
        rust_t, df2 = best(repeat, lambda: pd.read_parquet(parquet))
        assert len(df) == len(df2), (len(df), len(df2))
        results.append((f"all {len(df)} rows to pandas (scan vs read_parquet of export)", py_t, rust_t))
        db.close()

        # 2. Insert pymatgen structures vs the CLI's ingest of the same CSV.
        from pymatgen.core.structure import Structure

        warnings.filterwarnings("ignore", category=UserWarning, module="pymatgen")
        csv_path = data / "mp" / "mp20_biternary_test.csv.gz"
        with gzip.open(csv_path, "rt", newline="") as f:
            rows = list(csv.DictReader(f))
        structures = [Structure.from_str(r["cif"], fmt="cif") for r in rows]
        mp_ids = [r["material_id"] for r in rows]
        props = [{"band_gap": float(r["band_gap"]), "formation_energy_per_atom": float(r["formation_energy_per_atom"]),
                  "energy_above_hull": float(r["e_above_hull"])} for r in rows]

        def py_insert() -> None:
            p = work / "ins-py"
            shutil.rmtree(p, ignore_errors=True)
            with crystaldb.open(p) as d:
                doc = d.insert(structures, ids=mp_ids, source="mp", properties=props)
                assert doc["added"] == len(structures), doc["added"]

        def cli_ingest() -> None:
            p = work / "ins-cli"
            shutil.rmtree(p, ignore_errors=True)
            run(cli, "ingest", "--db", str(p), str(csv_path))

        py_t, _ = best(repeat, py_insert)
        rust_t, _ = best(repeat, cli_ingest)
        results.append((f"insert {len(structures)} pymatgen structures vs CLI ingest of the CSV", py_t, rust_t))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{'work':<72} {'Python s':>9} {'Rust s':>9} {'ratio':>7}")
    for what, py_t, rust_t in results:
        print(f"{what:<72} {py_t:>9.3f} {rust_t:>9.3f} {py_t / rust_t:>7.2f}")


if __name__ == "__main__":
    main()

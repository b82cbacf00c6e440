"""`crystaldb ingest` against the same work in Python, in one run: pymatgen's CifParser, the space
group with spglib through pymatgen's SpacegroupAnalyzer (Materials Project's tolerances, 0.1 Å and
5°) and one zstd Parquet file written with pyarrow.

Dev-only. Needs a dev virtual environment with pymatgen, spglib and pyarrow, and a release build:
    cargo build --release -p crystaldb-cli
    /work/venvs/ref/bin/python scripts/dev/ingest_compare.py --bin target/release/crystaldb
Prints, for the MP-20 bi/ternary test CSV (7,118 structures) unless --file names another: the
Python pipeline's time (single-threaded, as pymatgen is), the median wall time of `crystaldb
ingest --json` into a new database for each --symmetry library (after one untimed run), the
ratios, and whether the space groups crystaldb stored agree with spglib's through pymatgen.
"""

import argparse
import csv
import gzip
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import data_dir  # noqa: E402

warnings.filterwarnings("ignore")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from pymatgen.io.cif import CifParser  # noqa: E402
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer  # noqa: E402

PROPS = ["formation_energy_per_atom", "band_gap", "e_above_hull"]


def python_ingest(path: Path, out: Path) -> dict:
    """Parse, find space groups and write one Parquet file; returns {id: space group number}."""
    csv.field_size_limit(1 << 30)
    text = gzip.open(path, "rt", newline="").read()
    cols = {k: [] for k in ["id", "formula_reduced", "nsites", "lattice", "species", "frac_coords",
                            "volume", "spacegroup_number", *PROPS]}
    for row in csv.DictReader(io.StringIO(text, newline="")):
        s = CifParser.from_str(row["cif"]).parse_structures(primitive=False)[0]
        sg = SpacegroupAnalyzer(s, symprec=0.1, angle_tolerance=5.0).get_space_group_number()
        cols["id"].append(f"mp:{row['material_id']}")
        cols["formula_reduced"].append(s.composition.reduced_formula)
        cols["nsites"].append(len(s))
        cols["lattice"].append(s.lattice.matrix.flatten().tolist())
        cols["species"].append([site.specie.Z for site in s])
        cols["frac_coords"].append(s.frac_coords.flatten().tolist())
        cols["volume"].append(s.volume)
        cols["spacegroup_number"].append(sg)
        for p in PROPS:
            cols[p].append(float(row[p]) if row[p] else None)
    types = {
        "lattice": pa.list_(pa.float64(), 9),
        "species": pa.list_(pa.uint8()),
        "frac_coords": pa.list_(pa.float64()),
    }
    table = pa.table({k: pa.array(v, type=types.get(k)) for k, v in cols.items()})
    pq.write_table(table, out, compression="zstd")
    return dict(zip(cols["id"], cols["spacegroup_number"]))


def crystaldb_ingest(binary: str, path: Path, symmetry: str, runs: int, keep: Path | None) -> float:
    """Median wall time of `crystaldb ingest` into a new database, after one untimed run."""
    times = []
    for k in range(runs + 1):
        with tempfile.TemporaryDirectory() as d:
            db = Path(d) / "db"
            t0 = time.perf_counter()
            subprocess.run([binary, "ingest", "--db", str(db), "--json", "--symmetry", symmetry, str(path)],
                           check=True, stdout=subprocess.DEVNULL)
            t1 = time.perf_counter()
            if k > 0:
                times.append(t1 - t0)
            if keep is not None and k == 0:
                subprocess.run([binary, "export", "--db", str(db), "--out", str(keep),
                                "--columns", "id,spacegroup_number"], check=True, stdout=subprocess.DEVNULL)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/crystaldb")
    ap.add_argument("--file", default=str(data_dir() / "mp" / "mp20_biternary_test.csv.gz"))
    ap.add_argument("--runs", type=int, default=3, help="timed crystaldb runs per library (median)")
    ap.add_argument("--symmetry", default="spglib,moyo")
    args = ap.parse_args()
    path = Path(args.file)
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        groups = python_ingest(path, Path(d) / "py.parquet")
        py = time.perf_counter() - t0
        n = len(groups)
        print(f"file: {path.name}, {n} structures")
        print(f"pymatgen CifParser + SpacegroupAnalyzer (spglib) + pyarrow: {py:.2f} s = {n / py:.0f}/s")
        for lib in args.symmetry.split(","):
            stored = Path(d) / f"{lib}.parquet"
            t = crystaldb_ingest(args.bin, path, lib, args.runs, stored)
            table = pq.read_table(stored).to_pydict()
            mine = dict(zip(table["id"], table["spacegroup_number"]))
            same = sum(mine.get(k) == v for k, v in groups.items())
            print(f"crystaldb ingest --symmetry {lib}: {t:.2f} s = {n / t:.0f}/s (median of {args.runs}), "
                  f"{py / t:.1f}x; space groups equal to pymatgen+spglib on {same} of {n}")
            print(json.dumps({"symmetry": lib, "crystaldb_s": t, "python_s": py, "ratio": py / t,
                              "same_groups": same, "rows": n}))


if __name__ == "__main__":
    main()

"""Baseline for `cargo bench -p crystaldb-readers --bench ingest`: pymatgen's CifParser + pyarrow
on the same file (MP-20 binary/ternary validation split, 7,140 CIFs in a CSV column).

Dev-only. Needs: pip install pymatgen pyarrow. Run from the repository root:
    .venv-dev/bin/python scripts/dev/bench_pymatgen_cif.py [--repeat N]
Prints, for the best of N runs (default 3): parsing alone (CSV read + CifParser per row) and
parsing plus writing one Parquet file (id, source, formula, lattice, species, fractional
coordinates, properties; zstd), as structures/s and MB/s of decompressed CSV text, the units
the criterion benchmark reports. Single-threaded, as pymatgen is.
"""

import argparse
import csv
import gzip
import io
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

PROPS = ["formation_energy_per_atom", "band_gap", "e_above_hull"]


def parse(text: str):
    csv.field_size_limit(1 << 30)
    out = []
    for row in csv.DictReader(io.StringIO(text, newline="")):
        s = CifParser.from_str(row["cif"]).parse_structures(primitive=False)[0]
        out.append((row, s))
    return out


def write(parsed, path: Path) -> None:
    cols = {
        "id": [f"mp:{r['material_id']}" for r, _ in parsed],
        "source": ["mp"] * len(parsed),
        "formula_reduced": [s.composition.reduced_formula for _, s in parsed],
        "nsites": [len(s) for _, s in parsed],
        "lattice": [s.lattice.matrix.flatten().tolist() for _, s in parsed],
        "species": [[site.specie.Z for site in s] for _, s in parsed],
        "frac_coords": [s.frac_coords.flatten().tolist() for _, s in parsed],
        "volume": [s.volume for _, s in parsed],
    }
    for p in PROPS:
        cols[p] = [float(r[p]) if r[p] else None for r, _ in parsed]
    table = pa.table(
        {
            **{k: v for k, v in cols.items() if k not in ("lattice", "species", "frac_coords")},
            "lattice": pa.array(cols["lattice"], type=pa.list_(pa.float64(), 9)),
            "species": pa.array(cols["species"], type=pa.list_(pa.uint8())),
            "frac_coords": pa.array(cols["frac_coords"], type=pa.list_(pa.float64())),
        }
    )
    pq.write_table(table, path, compression="zstd")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path = data_dir() / "mp" / "mp20_biternary_val.csv.gz"
    text = gzip.open(path, "rt", newline="").read()
    mb = len(text.encode()) / 1e6
    best_parse = best_total = float("inf")
    n = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        parsed = parse(text)
        t1 = time.perf_counter()
        with tempfile.TemporaryDirectory() as d:
            write(parsed, Path(d) / "mp20_val.parquet")
        t2 = time.perf_counter()
        n = len(parsed)
        best_parse = min(best_parse, t1 - t0)
        best_total = min(best_total, t2 - t0)
    print(f"file: {path.name}, {n} structures, {mb:.2f} MB of CSV text")
    print(f"pymatgen CifParser parse:           {best_parse:.2f} s  {n / best_parse:8.1f} structures/s  {mb / best_parse:6.3f} MB/s")
    print(f"pymatgen CifParser + pyarrow write: {best_total:.2f} s  {n / best_total:8.1f} structures/s  {mb / best_total:6.3f} MB/s")


if __name__ == "__main__":
    main()

"""crystaldb from Python, start to finish: MP structures as pymatgen objects → a database →
Magpie embeddings → a filtered nearest-neighbour table in pandas → a diagnosis.

    python examples/python/quickstart.py [DB_DIR]

Reads the MP-20 pilot split from the shared data folder ($CRYSTALDB_DATA or ../shared/data).
"""

from __future__ import annotations

import csv
import gzip
import os
import sys
import tempfile
import warnings
from pathlib import Path

from pymatgen.core.structure import Structure

import crystaldb


def shared_data() -> Path:
    here = Path(__file__).resolve().parents[2]
    for p in (os.environ.get("CRYSTALDB_DATA"), here / "../shared/data"):
        if p and (Path(p) / "README.md").is_file():
            return Path(p)
    sys.exit("shared data not found: set CRYSTALDB_DATA")


def main() -> None:
    # pymatgen's CIF parser warns about every rounded coordinate of the MP-20 CIFs.
    warnings.filterwarnings("ignore", category=UserWarning, module="pymatgen")
    db_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "quickstart-db"

    # 1. pymatgen structures and their properties, from the MP-20 CSV (CIF text per row).
    structures: list[Structure] = []
    ids: list[str] = []
    properties: list[dict[str, float]] = []
    with gzip.open(shared_data() / "mp" / "mp20_pilot_train.csv.gz", "rt", newline="") as f:
        for row in csv.DictReader(f):
            structures.append(Structure.from_str(row["cif"], fmt="cif"))
            ids.append(row["material_id"])
            properties.append(
                {
                    "band_gap": float(row["band_gap"]),
                    "formation_energy_per_atom": float(row["formation_energy_per_atom"]),
                    "energy_above_hull": float(row["e_above_hull"]),
                }
            )

    with crystaldb.open(db_dir) as db:
        # 2. Insert them as one version (pymatgen, ASE Atoms and dicts are all accepted).
        report = db.insert(structures, ids=ids, source="mp", properties=properties)
        print(f"version {report['version']}: {report['added']} added, {len(report['rejected'])} rejected")

        # 3. Embed with Magpie (z-scored composition statistics).
        label = db.embed("magpie")
        print(db)

        # 4. Oxides with a gap, nearest to LiCoO2-like chemistry of the first Li oxide found.
        oxides = db.scan(columns=["id", "formula_reduced"], filter='elements HAS ALL "Li","O"').to_pandas()
        query = str(oxides["id"].iloc[0])
        hits = (
            db.search(label)
            .filter('band_gap > 0.5 AND elements HAS "O"')
            .near(query)
            .k(8)
            .columns(["formula_reduced", "band_gap", "spacegroup_number"])
            .run()
        )
        table = hits.to_pandas()
        print(f"\nneighbours of {query} ({oxides['formula_reduced'].iloc[0]}) among oxides with a gap:")
        print(table.to_string(index=False))

        # 5. Diagnose the representation against held-out chemical systems.
        diagnosis = db.diagnose(label, split="chemsys", properties=["band_gap"], sample=500)
        print()
        for t in diagnosis["retrieval"]:
            for r in t["rows"]:
                p10 = r["precision"][r["ks"].index(10)]
                print(f"P@10 by {t['label']:<18} {r['representation']:<28} {p10:.3f} (base rate {r['base_rate']:.3f})")
        for p in diagnosis["probes"]:
            for r in p["rows"]:
                budget = r["train_size"] or "all"
                print(f"probe {p['property']} ({budget} train): {r['representation']:<28} R² {r['test']['r2']:.3f}")


if __name__ == "__main__":
    main()

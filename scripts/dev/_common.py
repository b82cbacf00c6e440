"""Helpers shared by the dev-only scripts (not part of the build or the tests).

The scripts need the Python packages named in their docstrings, e.g.
    python3 -m venv .venv-dev && .venv-dev/bin/pip install matminer dscribe ase
and the shared data folder (../shared/data from the repository root, or $CRYSTALDB_DATA).
"""

import csv
import gzip
import io
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    env = os.environ.get("CRYSTALDB_DATA")
    for cand in ([Path(env)] if env else []) + [REPO / "../shared/data", REPO / "../../shared/data"]:
        if (cand / "README.md").is_file():
            return cand.resolve()
    sys.exit("shared data not found: set CRYSTALDB_DATA or put it at ../shared/data")


def mp20_rows(name: str = "mp20_biternary_val.csv.gz", limit: int | None = None):
    """Rows of an MP-20 CSV (dicts), in file order."""
    csv.field_size_limit(1 << 30)
    with gzip.open(data_dir() / "mp" / name, "rt", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if limit is not None and i >= limit:
                break
            yield row


def pmg_structure(cif: str):
    from pymatgen.core import Structure

    return Structure.from_str(cif, fmt="cif")


def to_crystaldb(struct) -> dict:
    """A pymatgen Structure as crystaldb's serde JSON for `Structure` (lattice rows in Å,
    one site row per species of each site, fractional coordinates as given)."""
    sites = []
    for site in struct:
        for sp, occ in site.species.items():
            sites.append({"z": int(sp.Z), "frac": [float(x) for x in site.frac_coords], "occupancy": float(occ)})
    return {"lattice": {"matrix": [[float(x) for x in row] for row in struct.lattice.matrix]}, "sites": sites}


def from_crystaldb(d: dict):
    """crystaldb serde JSON -> pymatgen Structure (ordered structures only)."""
    from pymatgen.core import Lattice, Structure

    return Structure(
        Lattice(d["lattice"]["matrix"]),
        [s["z"] for s in d["sites"]],
        [s["frac"] for s in d["sites"]],
        coords_are_cartesian=False,
    )


def write_json(path: Path, obj) -> None:
    text = json.dumps(obj, separators=(",", ":"), allow_nan=False)
    path.write_text(text + "\n")
    print(f"wrote {path} ({len(text) / 1024:.0f} KiB)")


def sig(x: float, digits: int = 12):
    """A float rounded to `digits` significant digits (None for NaN)."""
    if x != x:
        return None
    return float(f"{x:.{digits}g}")

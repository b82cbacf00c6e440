"""Dump the first 30 structures of MP-20's binary/ternary validation split as crystaldb JSON.

Dev-only. Needs: pip install pymatgen. Run from the repository root:
    .venv-dev/bin/python scripts/dev/mp20_structures.py
Writes tests/expected/mp20_val_first30.json: [{id, formula, structure}], where `structure` is
the serde JSON of crystaldb's `Structure` (lattice rows in Å, sites {z, frac, occupancy}) of the
CIF as pymatgen parses it. Used by the encoders' invariance test (tests/encode_invariance.rs).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, mp20_rows, pmg_structure, to_crystaldb, write_json  # noqa: E402

N = 30


def main():
    out = []
    for row in mp20_rows(limit=N):
        s = pmg_structure(row["cif"])
        out.append({"id": row["material_id"], "formula": row["pretty_formula"], "structure": to_crystaldb(s)})
    write_json(REPO / "tests/expected/mp20_val_first30.json", out)


if __name__ == "__main__":
    main()

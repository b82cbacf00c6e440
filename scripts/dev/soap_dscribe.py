"""Reference values from dscribe's SOAP (GTO radial basis) for the `soap` encoder's parity test.

Dev-only. Needs: pip install dscribe==2.1.1 ase pymatgen. Run from the repository root:
    /path/to/venv/bin/python scripts/dev/soap_dscribe.py
Writes tests/expected/soap_dscribe.json.gz: for each structure (the hand-built crystals of
acsf_dscribe.py and the 30 structures of tests/expected/mp20_val_first30.json) dscribe's
periodic SOAP with `species` = the structure's own elements, `average="inner"` and `"outer"`,
in dscribe's own layout (species pairs t <= u; per pair l = 0..l_max; per l the radial pairs
n <= n' for t == u, all (n, n') otherwise). Two parameter sets: the encoder's defaults
(r_cut 6 Å, n_max 8, l_max 6, sigma 1) on every structure, and r_cut 4.5, n_max 5, l_max 9,
sigma 0.6 on the first 10. Values keep 9 significant digits. The Rust test
(tests/encode_soap_parity.rs) compares the `species=` mode directly and rebuilds the
element-weighted channel mode from these per-species blocks with the encoder's own weights.
"""

import gzip
import json
import sys
from importlib.metadata import version
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, sig  # noqa: E402
from acsf_dscribe import hand_built  # noqa: E402

from ase import Atoms  # noqa: E402
from dscribe.descriptors import SOAP  # noqa: E402

PARAMS = [
    {"r_cut": 6.0, "n_max": 8, "l_max": 6, "sigma": 1.0},
    {"r_cut": 4.5, "n_max": 5, "l_max": 9, "sigma": 0.6},
]
ALT_ROWS = 10


def soap_vectors(structure, p):
    lat = np.array(structure["lattice"]["matrix"])
    zs = [s["z"] for s in structure["sites"]]
    frac = np.array([s["frac"] for s in structure["sites"]])
    atoms = Atoms(numbers=zs, scaled_positions=frac, cell=lat, pbc=True)
    atoms.wrap()
    species = sorted(set(zs))
    out = {"species": species}
    for average in ("inner", "outer"):
        soap = SOAP(species=species, periodic=True, average=average, rbf="gto", **p)
        v = soap.create(atoms)
        assert v.shape == (soap.get_number_of_features(),), v.shape
        out[average] = [sig(float(x), 9) for x in v]
    return out


def main():
    structures = hand_built()
    mp = json.loads((REPO / "tests/expected/mp20_val_first30.json").read_text())
    structures += [(f"{r['id']} {r['formula']}", r["structure"]) for r in mp]
    sets = []
    for k, p in enumerate(PARAMS):
        rows = []
        for i, (name, s) in enumerate(structures):
            if k > 0 and i >= ALT_ROWS:
                break
            rows.append({"name": name, "structure": s, **soap_vectors(s, p)})
        sets.append({"params": p, "rows": rows})
    doc = {"generator": "scripts/dev/soap_dscribe.py", "dscribe_version": version("dscribe"), "sets": sets}
    text = json.dumps(doc, separators=(",", ":"), allow_nan=False)
    path = REPO / "tests/expected/soap_dscribe.json.gz"
    with gzip.open(path, "wt", compresslevel=9) as f:
        f.write(text + "\n")
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB compressed, {len(text) / 1024:.0f} KiB JSON)")


if __name__ == "__main__":
    main()

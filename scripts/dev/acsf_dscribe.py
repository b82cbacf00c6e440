"""Reference values from dscribe's ACSF for the `acsf` encoder's parity test.

Dev-only. Needs: pip install dscribe ase pymatgen. Run from the repository root after
scripts/dev/mp20_structures.py:
    .venv-dev/bin/python scripts/dev/acsf_dscribe.py
Writes tests/expected/acsf_dscribe.json: the parameters, and for each structure (hand-built
single-element crystals, a distorted triclinic carbon cell, rock salt, perovskite and the first 8
structures of tests/expected/mp20_val_first30.json) dscribe's per-species-channel ACSF averaged
over the atoms (dscribe's own layout: for each species t in `species` order [G1, G2 x n]; then
for each species pair (t >= u, in dscribe's order) the G4 functions). The Rust test
(tests/encode_acsf_parity.rs) rebuilds the encoder's element-weighted channels from these with
its own weights, so every channel of the default encoder is checked, not only `one`.
"""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, write_json  # noqa: E402

from importlib.metadata import version  # noqa: E402
from ase import Atoms  # noqa: E402
from dscribe.descriptors import ACSF  # noqa: E402

CUTOFF = 6.0
N_RADIAL = 8
N_ANGULAR = 3
ANGULAR_ETA = 0.005


def params():
    delta = CUTOFF / (N_RADIAL + 1)
    g2 = [[1.0 / (2 * delta * delta), delta * (m + 1)] for m in range(N_RADIAL)]
    g4 = []
    for k in range(N_ANGULAR):
        for lam in (1.0, -1.0):
            g4.append([ANGULAR_ETA, float(2**k), lam])
    return g2, g4


def cdb(lattice, zs, frac):
    return {
        "lattice": {"matrix": [[float(x) for x in r] for r in lattice]},
        "sites": [{"z": int(z), "frac": [float(x) for x in f], "occupancy": 1.0} for z, f in zip(zs, frac)],
    }


def hand_built():
    fcc = lambda a: [[0, a / 2, a / 2], [a / 2, 0, a / 2], [a / 2, a / 2, 0]]  # noqa: E731
    bcc = lambda a: [[-a / 2, a / 2, a / 2], [a / 2, -a / 2, a / 2], [a / 2, a / 2, -a / 2]]  # noqa: E731
    hexa = lambda a, c: [[a, 0, 0], [-a / 2, a * np.sqrt(3) / 2, 0], [0, 0, c]]  # noqa: E731
    out = [
        ("Si diamond", cdb(fcc(5.43), [14, 14], [[0, 0, 0], [0.25, 0.25, 0.25]])),
        ("Cu fcc", cdb(fcc(3.61), [29], [[0, 0, 0]])),
        ("Fe bcc", cdb(bcc(2.87), [26], [[0, 0, 0]])),
        ("Mg hcp", cdb(hexa(3.21, 5.21), [12, 12], [[1 / 3, 2 / 3, 0.25], [2 / 3, 1 / 3, 0.75]])),
        ("NaCl rock salt", cdb(fcc(5.64), [11, 17], [[0, 0, 0], [0.5, 0.5, 0.5]])),
        (
            "SrTiO3 perovskite",
            cdb(
                np.eye(3) * 3.905,
                [38, 22, 8, 8, 8],
                [[0, 0, 0], [0.5, 0.5, 0.5], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]],
            ),
        ),
    ]
    # A distorted triclinic carbon cell, fixed seed, no two atoms closer than 1.2 Å.
    rng = np.random.default_rng(5)
    lat = np.array([[3.1, 0.2, -0.1], [0.4, 2.9, 0.3], [-0.3, 0.5, 3.3]])
    frac = []
    while len(frac) < 5:
        f = rng.random(3)
        ok = True
        for g in frac:
            d = f - np.array(g)
            d -= np.round(d)
            if np.linalg.norm(d @ lat) < 1.2:
                ok = False
        if ok:
            frac.append(list(f))
    out.append(("C triclinic random", cdb(lat, [6] * 5, frac)))
    return out


def dscribe_mean(structure, g2, g4):
    lat = np.array(structure["lattice"]["matrix"])
    zs = [s["z"] for s in structure["sites"]]
    frac = np.array([s["frac"] for s in structure["sites"]])
    atoms = Atoms(numbers=zs, scaled_positions=frac, cell=lat, pbc=True)
    acsf = ACSF(species=sorted(set(zs)), r_cut=CUTOFF, g2_params=g2, g4_params=g4, periodic=True)
    per_atom = acsf.create(atoms)
    return [int(z) for z in acsf._atomic_numbers], per_atom.mean(axis=0)


def main():
    g2, g4 = params()
    structures = hand_built()
    mp = json.loads((REPO / "tests/expected/mp20_val_first30.json").read_text())
    structures += [(f"{r['id']} {r['formula']}", r["structure"]) for r in mp[:8]]
    rows = []
    for name, s in structures:
        species, mean = dscribe_mean(s, g2, g4)
        rows.append({"name": name, "structure": s, "species": species, "dscribe_mean": [float(x) for x in mean]})
    write_json(
        REPO / "tests/expected/acsf_dscribe.json",
        {
            "generator": "scripts/dev/acsf_dscribe.py",
            "dscribe_version": version("dscribe"),
            "params": {"cutoff": CUTOFF, "n_radial": N_RADIAL, "n_angular": N_ANGULAR, "angular_eta": ANGULAR_ETA},
            "g2_params": g2,
            "g4_params": g4,
            "rows": rows,
        },
    )


if __name__ == "__main__":
    main()

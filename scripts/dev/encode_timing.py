"""Time matminer's Magpie featurizer and dscribe's ACSF on the encoder benchmark's structures.

Dev-only. Needs: pip install matminer dscribe ase. First dump the benchmark's 300 structures
(crystaldb JSON) while running the Rust benchmark, then run this in the same session:
    CRYSTALDB_BENCH_DUMP=/tmp/bench_structures.json cargo bench -p crystaldb --bench encode
    .venv-dev/bin/python scripts/dev/encode_timing.py /tmp/bench_structures.json
Prints structures/s (best of 3) for
  * matminer ElementProperty.from_preset("magpie").featurize on each structure's composition
    (one process; composition construction included, as the Rust encoder's is),
  * dscribe ACSF with the `acsf` encoder's default radial/angular parameters (cutoff 6 Å,
    8 G2, 3 zetas x 2 lambdas G4) and dscribe's per-species channels for the species present,
    with n_jobs=1 and 2, plus the mean over atoms;
  * dscribe SOAP with the `soap` encoder's defaults (GTO, r_cut 6 Å, n_max 8, l_max 6,
    sigma 1, average="outer") species-blind (compression mode "mu2": the same output as
    `soap channels=one`, the benchmark's `soap_one_300`), with n_jobs=1 and 2.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import from_crystaldb  # noqa: E402

from acsf_dscribe import params  # noqa: E402


def best_of(fn, n=3):
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench_structures.json")
    structures = [from_crystaldb(d) for d in json.loads(path.read_text())]
    n = len(structures)
    print(f"{n} structures from {path}, {sum(len(s) for s in structures)} sites")

    try:
        from matminer.featurizers.composition import ElementProperty
    except ImportError:
        print("matminer not installed: magpie timing skipped")
    else:
        ep = ElementProperty.from_preset("magpie")

        def magpie():
            for s in structures:
                ep.featurize(s.composition)

        t = best_of(magpie)
        print(f"matminer magpie: {n / t:10.1f} structures/s ({t * 1e3:.1f} ms for {n})")

    from ase import Atoms
    from dscribe.descriptors import ACSF

    atoms = [
        Atoms(numbers=s.atomic_numbers, scaled_positions=s.frac_coords, cell=s.lattice.matrix, pbc=True)
        for s in structures
    ]
    species = sorted({z for a in atoms for z in a.numbers})
    g2, g4 = params()
    acsf = ACSF(species=species, r_cut=6.0, g2_params=g2, g4_params=g4, periodic=True)
    for jobs in (1, 2):

        def run():
            out = acsf.create(atoms, n_jobs=jobs)
            return [np.mean(o, axis=0) for o in out]

        t = best_of(run)
        print(
            f"dscribe acsf (n_jobs={jobs}, {len(species)} species, {acsf.get_number_of_features()} features/atom): "
            f"{n / t:10.1f} structures/s ({t * 1e3:.1f} ms for {n})"
        )

    from dscribe.descriptors import SOAP

    soap = SOAP(
        species=species,
        r_cut=6.0,
        n_max=8,
        l_max=6,
        sigma=1.0,
        rbf="gto",
        periodic=True,
        average="outer",
        compression={"mode": "mu2"},
    )
    for jobs in (1, 2):
        t = best_of(lambda: soap.create(atoms, n_jobs=jobs))
        print(
            f"dscribe soap mu2 (n_jobs={jobs}, {soap.get_number_of_features()} features): "
            f"{n / t:10.1f} structures/s ({t * 1e3:.1f} ms for {n})"
        )


if __name__ == "__main__":
    main()

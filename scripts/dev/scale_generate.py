"""Generate a large, realistic structure dump for the scale harness (`scale_harness.sh`).

Dev-only. Needs numpy and pyarrow, and a seed export of real crystals:
    crystaldb ingest --db SEED --symmetry moyo ../shared/data/mp/*.csv.gz
    crystaldb export --db SEED --out seed.parquet --columns id,lattice,species_at_sites,frac_coords
    python scripts/dev/scale_generate.py --seed-parquet seed.parquet --rows 100000 --out DIR
Writes DIR/scale_NNN.xyz (extended XYZ, 50,000 frames a file). Every frame is a distinct crystal
derived from one seed crystal (MP-20 / MPTS-52 as exported): a random strain of 0.5-4 % (always),
with probability 1/2 every site of one element replaced by another element of its group, and
with probability 1/4 a doubling of the cell along one axis with one site of the supercell
replaced (within its group) — so no frame is a supercell or a relabelled copy of another. The
same --seed gives the same dump.
"""

import argparse
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

GROUPS = [
    ["Li", "Na", "K", "Rb", "Cs"], ["Mg", "Ca", "Sr", "Ba"], ["O", "S", "Se", "Te"],
    ["F", "Cl", "Br", "I"], ["N", "P", "As", "Sb", "Bi"], ["Al", "Ga", "In", "Tl"],
    ["Si", "Ge", "Sn", "Pb"], ["Sc", "Y", "La"], ["Ti", "Zr", "Hf"], ["V", "Nb", "Ta"],
    ["Cr", "Mo", "W"], ["Mn", "Re"], ["Fe", "Ru", "Os"], ["Co", "Rh", "Ir"], ["Ni", "Pd", "Pt"],
    ["Cu", "Ag", "Au"], ["Zn", "Cd", "Hg"],
]
SYMBOLS = ("X H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As "
           "Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb "
           "Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu").split()
Z = {s: i for i, s in enumerate(SYMBOLS)}
GROUP_OF = {Z[e]: [Z[x] for x in g] for g in GROUPS for e in g}


def partner(z: int, rng: np.random.Generator) -> int | None:
    others = [x for x in GROUP_OF.get(z, []) if x != z]
    return int(rng.choice(others)) if others else None


def variant(lat, species, frac, rng):
    lat, species, frac = lat.copy(), list(species), frac.copy()
    if rng.random() < 0.5:
        present = [z for z in sorted(set(species)) if z in GROUP_OF]
        if present:
            z = int(rng.choice(present))
            new = partner(z, rng)
            if new is not None and new not in species:
                species = [new if s == z else s for s in species]
    if rng.random() < 0.25 and 2 * len(species) <= 80:
        axis = int(rng.integers(3))
        shift = np.zeros(3)
        shift[axis] = 1.0
        frac = np.vstack([frac, frac + shift])
        frac[:, axis] /= 2.0
        lat[axis] *= 2.0
        species = species + species
        for i in rng.permutation(len(species)):
            new = partner(species[i], rng)
            if new is not None:
                species[i] = new
                break
    strain = rng.uniform(-1.0, 1.0, (3, 3))
    strain = (strain + strain.T) / 2.0
    strain *= rng.uniform(0.005, 0.04) / max(np.abs(strain).max(), 1e-9)
    lat = lat @ (np.eye(3) + strain)
    return lat, species, frac


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-parquet", required=True)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-file", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    t = pq.read_table(args.seed_parquet, columns=["lattice", "species_at_sites", "frac_coords"]).to_pydict()
    seeds = [(np.array(l, float).reshape(3, 3), s, np.array(f, float).reshape(-1, 3))
             for l, s, f in zip(t["lattice"], t["species_at_sites"], t["frac_coords"])]
    rng = np.random.default_rng(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    while written < args.rows:
        n = min(args.per_file, args.rows - written)
        lines = []
        for _ in range(n):
            lat, species, frac = variant(*seeds[int(rng.integers(len(seeds)))], rng)
            cart = frac @ lat
            lines.append(str(len(species)))
            lines.append('Lattice="' + " ".join(f"{x:.8f}" for x in lat.flatten())
                         + '" Properties=species:S:1:pos:R:3 pbc="T T T"')
            lines.extend(f"{SYMBOLS[z]} {p[0]:.8f} {p[1]:.8f} {p[2]:.8f}" for z, p in zip(species, cart))
        (out / f"scale_{written // args.per_file:03d}.xyz").write_text("\n".join(lines) + "\n")
        written += n
    print(f"{written} frames in {out}")


if __name__ == "__main__":
    main()

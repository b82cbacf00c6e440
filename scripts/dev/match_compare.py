"""`crystaldb match` against pymatgen's StructureMatcher doing the same job, in one run.

Dev-only (pymatgen in a dev virtual environment; never a test or CI dependency):

    python3 -m venv /path/venv && /path/venv/bin/pip install pymatgen
    cargo build --release -p crystaldb-cli
    /path/venv/bin/python scripts/dev/match_compare.py [--bin target/release/crystaldb] [--queries 1000]

The database: every MP CSV of the shared data (MP-20 splits and MPTS-52, 25,354 rows, one
record per material id: the last file's structure wins, as `crystaldb ingest` of the files in
this order keeps it). The queries (seeded): half are stored MP-20 structures disguised as the
same crystal (random rotation, a random 1-2 supercell, shuffled sites, an origin shift, a
thermal jitter of up to 0.02 Å, a strain of up to 2 %), half are new candidates (a stored
structure with one element replaced by another of its group: some of these exist in MP). Both
sides answer, for every query, which stored records are the same crystal: pymatgen compares
each query with every stored structure of the same reduced formula (the structures parsed
and grouped beforehand, not timed) with `StructureMatcher()` at its defaults; crystaldb runs
`crystaldb match --json` on the written queries (timed as a process, reading included: the
median of `--runs` runs after an untimed one). The script prints both times, the ratio and the
agreement of the verdicts (known or new) and of the matched ids.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from pymatgen.analysis.structure_matcher import StructureMatcher
from pymatgen.core import Element, Lattice, Structure

from _common import REPO, data_dir, mp20_rows

FILES = [
    "mp20_biternary_val.csv.gz",
    "mp20_biternary_test.csv.gz",
    "mp20_pilot_train.csv.gz",
    "mp20_pilot_val.csv.gz",
    "mp20_pilot_test.csv.gz",
    "mpts52_test.csv.gz",
]


def random_rotation(rng: random.Random) -> np.ndarray:
    q = np.array([rng.gauss(0, 1) for _ in range(4)])
    a, b, c, d = q / np.linalg.norm(q)
    return np.array(
        [
            [a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)],
            [2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b)],
            [2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d],
        ]
    )


def disguise(s: Structure, rng: random.Random) -> Structure:
    s = s.copy()
    s.make_supercell([rng.choice([1, 2]), 1, rng.choice([1, 2])])
    strain = np.eye(3) + np.diag([rng.uniform(-0.02, 0.02) for _ in range(3)])
    matrix = s.lattice.matrix @ strain @ random_rotation(rng).T
    shift = np.array([rng.random() for _ in range(3)])
    order = list(range(len(s)))
    rng.shuffle(order)
    species = [s[i].specie for i in order]
    frac = []
    lengths = np.linalg.norm(matrix, axis=1)
    for i in order:
        jitter = np.array([rng.uniform(-0.02, 0.02) for _ in range(3)]) / np.sqrt(3) / lengths
        frac.append(s[i].frac_coords + shift + jitter)
    return Structure(Lattice(matrix), species, frac)


def substitute(s: Structure, rng: random.Random) -> Structure | None:
    el = rng.choice(sorted({str(sp) for sp in s.species}))
    e = Element(el)
    peers = [x for x in Element if x.group == e.group and x != e and x.Z <= 94 and not x.is_noble_gas]
    if not peers or e.is_noble_gas:
        return None
    s = s.copy()
    s.replace_species({el: rng.choice(peers).symbol})
    return s


def extxyz(s: Structure, tag: str) -> str:
    m = " ".join(f"{x:.10f}" for x in s.lattice.matrix.flatten())
    lines = [str(len(s)), f'Lattice="{m}" Properties=species:S:1:pos:R:3 tag={tag}']
    for site in s:
        x, y, z = site.coords
        lines.append(f"{site.specie.symbol} {x:.10f} {y:.10f} {z:.10f}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(REPO / "target/release/crystaldb"))
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--runs", type=int, default=5, help="timed runs of crystaldb (the median is reported)")
    ap.add_argument("--work", default=None, help="directory for the database and queries (temporary by default)")
    args = ap.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="match_compare_"))
    work.mkdir(parents=True, exist_ok=True)
    data = data_dir()

    stored: dict[str, Structure] = {}
    for name in FILES:
        for row in mp20_rows(name):
            stored["mp:" + row["material_id"]] = Structure.from_str(row["cif"], fmt="cif")
    by_formula = defaultdict(list)
    for id_, s in stored.items():
        by_formula[s.composition.reduced_formula].append(id_)
    print(f"stored: {len(stored)} records, {len(by_formula)} formulas", file=sys.stderr)

    rng = random.Random(args.seed)
    mp20_ids = sorted(i for i in stored if True)
    queries: list[Structure] = []
    kinds: list[str] = []
    while len(queries) < args.queries:
        base = stored[rng.choice(mp20_ids)]
        if len(queries) % 2 == 0:
            queries.append(disguise(base, rng))
            kinds.append("copy")
        else:
            sub = substitute(base, rng)
            if sub is not None:
                queries.append(sub)
                kinds.append("substituted")
    qfile = work / "queries.extxyz"
    qfile.write_text("".join(extxyz(q, f"q{i}") for i, q in enumerate(queries)))

    db = work / "db"
    if not (db / "catalog.redb").exists():
        paths = [str(data / "mp" / f) for f in FILES]
        subprocess.run([args.bin, "ingest", "--db", str(db), "--json", *paths], check=True, stdout=subprocess.DEVNULL)

    matcher = StructureMatcher()
    t0 = time.perf_counter()
    theirs = []
    for q in queries:
        f = q.composition.reduced_formula
        theirs.append(sorted(i for i in by_formula.get(f, []) if matcher.fit(q, stored[i])))
    t_pmg = time.perf_counter() - t0

    # The process, timed: one untimed run first (the binary and the files in the page cache, as
    # pymatgen's structures are in memory), then the median of `--runs`.
    cmd = [args.bin, "match", "--db", str(db), "--json", str(qfile)]
    out = subprocess.run(cmd, check=True, capture_output=True)
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    t_ours = sorted(times)[len(times) // 2]
    doc = json.loads(out.stdout)
    ours = [sorted(m["id"] for m in a["matches"]) for a in doc["structures"]]
    assert len(ours) == len(theirs), (len(ours), len(theirs), doc["errors"][:3])

    verdicts = sum((len(a) > 0) == (len(b) > 0) for a, b in zip(ours, theirs))
    same_ids = sum(a == b for a, b in zip(ours, theirs))
    print(f"queries: {len(queries)} ({kinds.count('copy')} disguised copies, {kinds.count('substituted')} substituted)")
    print(f"pymatgen StructureMatcher: {t_pmg:.2f} s  ({len(queries) / t_pmg:.1f} queries/s)")
    print(
        f"crystaldb match (process, median of {args.runs}): {t_ours:.3f} s  ({len(queries) / t_ours:.1f} queries/s;"
        f" runs {', '.join(f'{t:.3f}' for t in times)})"
    )
    print(f"ratio: {t_pmg / t_ours:.1f}x")
    print(f"known/new verdicts agree: {verdicts}/{len(queries)} = {verdicts / len(queries):.4f}")
    print(f"identical matched ids:   {same_ids}/{len(queries)} = {same_ids / len(queries):.4f}")
    for kind in ("copy", "substituted"):
        idx = [i for i, k in enumerate(kinds) if k == kind]
        known_p = sum(len(theirs[i]) > 0 for i in idx)
        known_o = sum(len(ours[i]) > 0 for i in idx)
        print(f"  {kind}: known per pymatgen {known_p}/{len(idx)}, per crystaldb {known_o}/{len(idx)}")
    diffs = [(i, kinds[i], ours[i], theirs[i]) for i in range(len(queries)) if ours[i] != theirs[i]]
    for d in diffs[:20]:
        print("  differs:", d)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Dev-only check (numpy + pyarrow, never a runtime dependency): precision@10 by space group of
every embedding set in a crystaldb database under four distance choices -- raw cosine (what the
graph encoder declares), cosine after centring the set, L2, and L2 after standardising each
dimension -- to see whether a ranking of encoders depends on the distance.

Every labelled row is a query (the library's diagnose samples 2,000); candidates are all other
rows except those sharing the query's material key (duplicates), as in `crystaldb diagnose`.

Usage: scripts/dev/retrieval_distances.py DB_DIR [--label COLUMN] [--distance D ...] [--set NAME ...]
       scripts/dev/retrieval_distances.py DB_DIR --paired A B [--label COLUMN] [--distance D] [--test-side SPLIT]
(COLUMN: spacegroup_number by default; chemsys, prototype, crystal_system or any other column of
the structures shards, or columns joined by '+', e.g. formula_anonymous+spacegroup_number for the
structure type. D: some of the four distances; all four by default. NAME: score only these
embedding sets, by directory name under DB_DIR/embeddings; every set by default -- each takes a
few minutes on 14,258 rows.)
--paired A B: the per-query difference of precision@10 between sets A and B (first distance
only) over the queries both have, with a 95 % bootstrap interval that resamples whole chemical
systems (queries of one chemical system are not independent), 2,000 resamples, seed 0.
--test-side SPLIT: only the rows on the test side of a split file written by `crystaldb diagnose
--split-out SPLIT` are queries (the candidates are still every row).
A random-init twin of a learned set can be stored first with `crystaldb embed --encoder graph
--set weights=random --set ...` (the learned set's own parameters) `--name random-init`.
"""
import argparse
import glob
import os
import sys

import numpy as np
import pyarrow.parquet as pq

DISTANCES = ["cosine", "cosine-centred", "l2", "l2-standardised"]


def labels(db, column):
    """id -> (material key, label); COLUMN may join columns with '+' (a row without one of them
    has no label): `formula_anonymous+spacegroup_number` is a structure-type label."""
    columns = column.split("+")
    rows = {}
    for f in sorted(glob.glob(f"{db}/structures/*.parquet")):
        t = pq.read_table(f, columns=["id", "material_key", *columns]).to_pydict()
        for n, (i, k) in enumerate(zip(t["id"], t["material_key"])):
            parts = [t[c][n] for c in columns]
            label = None if any(p is None for p in parts) else "_".join(map(str, parts))
            rows[i] = (k or i, label)
    return rows


def vectors(setdir):
    ids, vecs = [], []
    for f in sorted(glob.glob(f"{setdir}/*.parquet")):
        t = pq.read_table(f, columns=["id", "embedding"])
        ids += t.column("id").to_pylist()
        vecs.append(np.array(t.column("embedding").to_pylist(), dtype=np.float64))
    return ids, np.vstack(vecs)


def precision_at_10(x, label, group, distance):
    return per_query_precision(x, label, group, distance).mean()


def per_query_precision(x, label, group, distance):
    if distance == "cosine-centred":
        x = x - x.mean(0)
    if distance == "l2-standardised":
        x = (x - x.mean(0)) / (x.std(0) + 1e-12)
    cosine = distance.startswith("cosine")
    if cosine:
        x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-30)
    sq = (x * x).sum(1)
    out = []
    for a in range(0, len(x), 1000):
        b = min(len(x), a + 1000)
        d = 1 - x[a:b] @ x.T if cosine else sq[a:b, None] + sq[None, :] - 2 * x[a:b] @ x.T
        d[group[a:b, None] == group[None, :]] = np.inf  # the query and its duplicates
        nearest = np.argsort(d, axis=1, kind="stable")[:, :10]
        out.append((label[nearest] == label[a:b, None]).mean(1))
    return np.concatenate(out)


def scored(db, setname, rows):
    """ids, per-row labels and duplicate groups of one set's labelled rows, and its vectors."""
    ids, x = vectors(f"{db}/embeddings/{setname}")
    keep = [i for i, r in enumerate(ids) if rows.get(r, (None, None))[1] is not None]
    x, ids = x[keep], [ids[i] for i in keep]
    label = np.array([rows[r][1] for r in ids])
    _, group = np.unique([rows[r][0] for r in ids], return_inverse=True)
    return ids, x, label, group


def paired(db, column, distance, a, b, test_side=None):
    rows = labels(db, column)
    chemsys = {i: c for i, (_, c) in labels(db, "chemsys").items()}
    per = {}
    for name in (a, b):
        ids, x, label, group = scored(db, name, rows)
        per[name] = dict(zip(ids, per_query_precision(x, label, group, distance)))
    common = sorted(set(per[a]) & set(per[b]))
    if test_side:
        with open(test_side) as f:
            test = {line.rsplit(",", 1)[0] for line in f if line.strip().endswith(",test")}
        common = [i for i in common if i in test]
    diff = np.array([per[a][i] - per[b][i] for i in common])
    _, system = np.unique([chemsys.get(i) or i for i in common], return_inverse=True)
    sums = np.bincount(system, weights=diff)
    counts = np.bincount(system)
    rng = np.random.default_rng(0)
    boot = []
    for _ in range(2000):
        pick = rng.integers(0, len(sums), len(sums))
        boot.append(sums[pick].sum() / counts[pick].sum())
    lo, hi = np.percentile(boot, [2.5, 97.5])
    print(f"precision@10 by {column}, {distance}, {len(common)} queries in {len(sums)} chemical systems")
    print(f"{a}: {np.mean([per[a][i] for i in common]):.4f}; {b}: {np.mean([per[b][i] for i in common]):.4f}")
    print(f"difference {diff.mean():+.4f}, 95 % interval (chemical-system bootstrap) [{lo:+.4f}, {hi:+.4f}]")


def main(db, column, distances, names):
    rows = labels(db, column)
    if all(r[1] is None for r in rows.values()):
        sys.exit(f"no row of {db} has a {column} label")
    print(f"precision@10 by {column}")
    print("| set | dim | " + " | ".join(distances) + " |")
    print("|---|---|" + "---|" * len(distances))
    setdirs = sorted(glob.glob(f"{db}/embeddings/*"))
    if names:
        missing = set(names) - {os.path.basename(d) for d in setdirs}
        if missing:
            sys.exit(f"no embedding set {', '.join(sorted(missing))} in {db}/embeddings")
        setdirs = [d for d in setdirs if os.path.basename(d) in names]
    for setdir in setdirs:
        _, x, label, group = scored(db, os.path.basename(setdir), rows)
        cells = [f"{precision_at_10(x, label, group, d):.3f}" for d in distances]
        print(f"| {os.path.basename(setdir)} | {x.shape[1]} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("db")
    cli.add_argument("--label", default="spacegroup_number")
    cli.add_argument("--distance", nargs="+", choices=DISTANCES, default=DISTANCES)
    cli.add_argument("--set", nargs="+", default=[], dest="sets")
    cli.add_argument("--paired", nargs=2, metavar=("A", "B"))
    cli.add_argument("--test-side")
    a = cli.parse_args()
    if a.paired:
        paired(a.db, a.label, a.distance[0], *a.paired, test_side=a.test_side)
    else:
        main(a.db, a.label, a.distance, a.sets)

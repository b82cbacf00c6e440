#!/usr/bin/env python3
"""Dev-only check (numpy + pyarrow, never a runtime dependency): precision@10 by space group of
every embedding set in a crystaldb database under four distance choices -- raw cosine (what the
graph encoder declares), cosine after centring the set, L2, and L2 after standardising each
dimension -- to see whether a ranking of encoders depends on the distance.

Every labelled row is a query (the library's diagnose samples 2,000); candidates are all other
rows except those sharing the query's material key (duplicates), as in `crystaldb diagnose`.

Usage: scripts/dev/retrieval_distances.py DB_DIR [--label COLUMN] [--distance D ...] [--set NAME ...]
(COLUMN: spacegroup_number by default; chemsys, prototype, crystal_system or any other column of
the structures shards, or columns joined by '+', e.g. formula_anonymous+spacegroup_number for the
structure type. D: some of the four distances; all four by default. NAME: score only these
embedding sets, by directory name under DB_DIR/embeddings; every set by default -- each takes a
few minutes on 14,258 rows.)
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
    return np.concatenate(out).mean()


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
        ids, x = vectors(setdir)
        keep = [i for i, r in enumerate(ids) if rows.get(r, (None, None))[1] is not None]
        x, ids = x[keep], [ids[i] for i in keep]
        label = np.array([rows[r][1] for r in ids])
        _, group = np.unique([rows[r][0] for r in ids], return_inverse=True)
        cells = [f"{precision_at_10(x, label, group, d):.3f}" for d in distances]
        print(f"| {os.path.basename(setdir)} | {x.shape[1]} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("db")
    cli.add_argument("--label", default="spacegroup_number")
    cli.add_argument("--distance", nargs="+", choices=DISTANCES, default=DISTANCES)
    cli.add_argument("--set", nargs="+", default=[], dest="sets")
    a = cli.parse_args()
    main(a.db, a.label, a.distance, a.sets)

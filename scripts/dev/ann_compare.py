"""crystaldb's vector search against hnswlib, FAISS and LanceDB, in one run, on the same data.

Dev-only. Runs `cargo bench -p crystaldb --bench index` with CRYSTALDB_BENCH_DUMP (the seeded 20,000 x 64
clustered vectors, 200 queries and the 10% filter attribute are written as .npy), reads
criterion's estimates, then times the other libraries on those files with the same settings:

- hnswlib: cosine space, M = 16, ef_construction = 200, ef = 64 (crystaldb's defaults), batch
  `knn_query` with the same thread count, build with `add_items`;
- FAISS: `IndexFlatIP` on L2-normalised vectors (exact cosine), batch search;
- LanceDB: an on-disk table with the vector and the attribute, exact (no ANN index) search
  with the prefilter `attr < 0.1`, one query at a time (its API has no batch search).

Prints a table of times per 200 queries and the ratios, and writes it as JSON to
target/ann_compare.json.

    pip install hnswlib faiss-cpu lancedb numpy
    python3 scripts/dev/ann_compare.py

With `--mp-magpie` (or `--input DIR` holding vectors.npy and queries.npy) it compares on real
data instead: the Magpie vectors of every MP-20 structure in the shared data (z-scored, as
crystaldb searches them; the first 2,000 are also the queries, so each finds itself), L2,
M = 16, ef_construction = 200, k = 10, both sides with the same threads:

- `cargo bench -p crystaldb --bench ann` (release build): crystaldb's HNSW at ef 10/16/32/64
  with f16 and f32 storage, its build, exact batch search;
- hnswlib at the same ef, its build (`add_items`), and FAISS `IndexFlatL2` batch search.

Recall counts ties as hits (a returned row within the exact 10th distance), for both sides.

    pip install hnswlib faiss-cpu numpy
    python3 scripts/dev/ann_compare.py --mp-magpie
"""

import argparse
import shutil

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from _common import REPO

K = 10
THREADS = os.cpu_count() or 1


def best_of(f, repeat=5):
    """Best wall time of `repeat` runs of f(), seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def criterion(group: str, name: str) -> float:
    """Criterion's mean estimate for group/name, seconds."""
    est = REPO / "target/criterion" / group / name / "new/estimates.json"
    return json.loads(est.read_text())["mean"]["point_estimate"] / 1e9


EFS = [10, 16, 32, 64]


def mp_magpie(out: Path) -> None:
    """Write out/vectors.npy (z-scored Magpie of every MP-20 structure) and out/queries.npy."""
    from _common import data_dir

    cli = REPO / "target/release/crystaldb"
    subprocess.run(["cargo", "build", "--release", "-p", "crystaldb-cli"], cwd=REPO, check=True)
    db = out / "db"
    shutil.rmtree(db, ignore_errors=True)
    files = sorted(str(p) for p in (data_dir() / "mp").glob("mp20_*.csv.gz"))
    subprocess.run([str(cli), "ingest", "--db", str(db), *files], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(cli), "embed", "--db", str(db), "--encoder", "magpie"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(cli), "export", "--db", str(db), "--embedding", "magpie", "--out", str(out / "raw.npy")], check=True)
    x = np.load(out / "raw.npy").astype(np.float64)
    sd = x.std(axis=0)
    sd[sd == 0] = 1.0
    z = ((x - x.mean(axis=0)) / sd).astype(np.float32)
    np.save(out / "vectors.npy", z)
    np.save(out / "queries.npy", z[:2000])


def tie_recall(dist: np.ndarray, truth: np.ndarray) -> float:
    """Fraction of returned distances within the exact k-th distance of their query."""
    return float(np.mean(dist <= truth[:, -1:] * (1 + 1e-5) + 1e-6))


def compare_input(d: Path, metric: str) -> None:
    env = dict(os.environ, CRYSTALDB_BENCH_INPUT=str(d), CRYSTALDB_BENCH_METRIC=metric)
    bench = subprocess.run(
        ["cargo", "bench", "-p", "crystaldb", "--bench", "ann", "--", "--noplot"],
        cwd=REPO, env=env, check=True, stderr=subprocess.PIPE, text=True,
    )
    notes = [line for line in bench.stderr.splitlines() if line.startswith("ann bench:")]
    print("\n".join(notes))
    ours = {name: criterion("ann", name) for name in ["exact_batch"] + [f"hnsw_{s}_ef{ef}" for s in ("f16", "f32") for ef in EFS]}
    ours.update({f"build_{s}": criterion("ann_build", f"hnsw_{s}") for s in ("f16", "f32")})

    import faiss
    import hnswlib

    x = np.load(d / "vectors.npy")
    q = np.load(d / "queries.npy")
    n, dim = x.shape
    if metric == "cosine":
        x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-30)
        q = q / np.maximum(np.linalg.norm(q, axis=1, keepdims=True), 1e-30)
    faiss.omp_set_num_threads(THREADS)
    flat = faiss.IndexFlatL2(dim)
    flat.add(x)
    truth, _ = flat.search(q, K)
    theirs = {"faiss_flat_batch": best_of(lambda: flat.search(q, K))}
    t = time.perf_counter()
    h = hnswlib.Index(space="l2", dim=dim)
    h.init_index(max_elements=n, M=16, ef_construction=200, random_seed=42)
    h.add_items(x, np.arange(n), num_threads=THREADS)
    theirs["hnswlib_build"] = time.perf_counter() - t
    rows = []
    for ef in EFS:
        h.set_ef(ef)
        theirs[f"hnswlib_ef{ef}"] = best_of(lambda: h.knn_query(q, k=K, num_threads=THREADS))
        _, dist = h.knn_query(q, k=K, num_threads=THREADS)
        rows.append((ef, tie_recall(dist, truth)))
    nq = len(q)
    print(f"\n{n} x {dim} {metric}, {nq} queries, k = {K}, {THREADS} threads (queries/s; ratio > 1: crystaldb faster)")
    print("| work | crystaldb | peer | ratio |\n|---|---|---|---|")
    for ef, rec in rows:
        for s in ("f16", "f32"):
            ours_qps = nq / ours[f"hnsw_{s}_ef{ef}"]
            peer_qps = nq / theirs[f"hnswlib_ef{ef}"]
            print(f"| HNSW ef {ef}, {s} | {ours_qps:,.0f} q/s | hnswlib {peer_qps:,.0f} q/s (recall {rec:.4f}) | {ours_qps / peer_qps:.2f}x |")
    for s in ("f16", "f32"):
        print(f"| HNSW build, {s} | {ours[f'build_{s}']:.3f} s | hnswlib {theirs['hnswlib_build']:.3f} s | {theirs['hnswlib_build'] / ours[f'build_{s}']:.2f}x |")
    print(f"| exact batch | {nq / ours['exact_batch']:,.0f} q/s | FAISS flat {nq / theirs['faiss_flat_batch']:,.0f} q/s | {theirs['faiss_flat_batch'] / ours['exact_batch']:.2f}x |")
    out = REPO / "target/ann_compare_input.json"
    out.write_text(json.dumps({"rows": n, "dim": dim, "queries": nq, "metric": metric, "threads": THREADS,
                               "seconds": {"crystaldb": ours, "others": theirs}, "hnswlib_recall": dict(rows),
                               "crystaldb_notes": notes}, indent=2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, help="directory with vectors.npy and queries.npy")
    ap.add_argument("--mp-magpie", action="store_true", help="build the MP-20 Magpie input first (in target/ann_mp_magpie)")
    ap.add_argument("--metric", default="l2", choices=["l2", "cosine"])
    args = ap.parse_args()
    if args.mp_magpie:
        args.input = REPO / "target/ann_mp_magpie"
        args.input.mkdir(parents=True, exist_ok=True)
        mp_magpie(args.input)
    if args.input:
        compare_input(args.input, args.metric)
        return
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CRYSTALDB_BENCH_DUMP=tmp)
        subprocess.run(["cargo", "bench", "-p", "crystaldb", "--bench", "index", "--", "--noplot"], cwd=REPO, env=env, check=True)
        x = np.load(Path(tmp) / "vectors.npy")
        q = np.load(Path(tmp) / "queries.npy")
        attr = np.load(Path(tmp) / "attr.npy")

        ours = {
            "exact_batch": criterion("search", "exact_batch"),
            "hnsw_batch": criterion("search", "hnsw_batch"),
            "hnsw_one_by_one": criterion("search", "hnsw_one_by_one"),
            "filtered_exact_batch": criterion("filtered", "exact_batch"),
            "filtered_filter_and_exact_batch": criterion("filtered", "filter_and_exact_batch"),
            "filtered_hnsw_batch": criterion("filtered", "hnsw_batch"),
            "hnsw_build": criterion("build", "hnsw_default_params"),
        }

        import faiss
        import hnswlib
        import lancedb

        theirs = {}
        n, dim = x.shape
        # hnswlib, same parameters
        t = time.perf_counter()
        h = hnswlib.Index(space="cosine", dim=dim)
        h.init_index(max_elements=n, M=16, ef_construction=200, random_seed=42)
        h.add_items(x, np.arange(n), num_threads=THREADS)
        theirs["hnswlib_build"] = time.perf_counter() - t
        h.set_ef(64)
        theirs["hnswlib_batch"] = best_of(lambda: h.knn_query(q, k=K, num_threads=THREADS))
        theirs["hnswlib_one_by_one"] = best_of(lambda: [h.knn_query(v[None, :], k=K, num_threads=1) for v in q])
        exact_ids = None

        # FAISS flat (exact cosine via inner product of normalised vectors)
        faiss.omp_set_num_threads(THREADS)
        xn = x / np.linalg.norm(x, axis=1, keepdims=True)
        qn = q / np.linalg.norm(q, axis=1, keepdims=True)
        flat = faiss.IndexFlatIP(dim)
        flat.add(xn)
        theirs["faiss_flat_batch"] = best_of(lambda: flat.search(qn, K))
        _, exact_ids = flat.search(qn, K)
        labels, _ = h.knn_query(q, k=K)
        recall = np.mean([len(set(a) & set(b)) / K for a, b in zip(labels, exact_ids)])

        # LanceDB with the same filter, exact prefiltered search
        db = lancedb.connect(str(Path(tmp) / "lance"))
        table = db.create_table(
            "t",
            data=[{"id": i, "vector": x[i].tolist(), "attr": float(attr[i])} for i in range(n)],
        )

        def lance_filtered():
            for v in q:
                table.search(v).metric("cosine").where("attr < 0.1", prefilter=True).limit(K).to_arrow()

        theirs["lancedb_filtered_one_by_one"] = best_of(lance_filtered, repeat=3)

    ratios = {
        "exact_batch vs faiss_flat_batch": theirs["faiss_flat_batch"] / ours["exact_batch"],
        "hnsw_batch vs hnswlib_batch": theirs["hnswlib_batch"] / ours["hnsw_batch"],
        "hnsw_one_by_one vs hnswlib_one_by_one": theirs["hnswlib_one_by_one"] / ours["hnsw_one_by_one"],
        "hnsw_build vs hnswlib_build": theirs["hnswlib_build"] / ours["hnsw_build"],
        "filter_and_exact_batch vs lancedb_filtered": theirs["lancedb_filtered_one_by_one"]
        / ours["filtered_filter_and_exact_batch"],
    }
    doc = {
        "rows": int(n),
        "dim": int(dim),
        "queries": int(len(q)),
        "threads": THREADS,
        "seconds_per_200_queries_or_build": {"crystaldb": ours, "others": theirs},
        "hnswlib_recall_at_10": float(recall),
        "speed_ratio_crystaldb_over_other (>1: crystaldb faster)": ratios,
        "versions": {"hnswlib": getattr(hnswlib, "__version__", "?"), "faiss": faiss.__version__, "lancedb": lancedb.__version__},
    }
    out = REPO / "target/ann_compare.json"
    out.write_text(json.dumps(doc, indent=2))
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()

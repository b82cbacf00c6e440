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
"""

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


def main() -> None:
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

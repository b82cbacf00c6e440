"""scikit-learn timings on the data of benches/diagnose.rs, for the ratios in docs/DIAGNOSE.md.

Dev-only. Needs: pip install numpy scikit-learn. Run from the repository root:
    python3 scripts/dev/bench_diagnose_sklearn.py [N]
Builds the same 20,000 x 128 data bit for bit (splitmix64, rows in cluster i % 20) and times,
best of 5 (silhouette: best of 3): KMeans(n_clusters=20, n_init=1, max_iter=100,
init="k-means++", algorithm="lloyd"), silhouette_score on the generating labels, Ridge(alpha=1)
fit, and precision@k of 2,000 queries with numpy (brute-force distances + argpartition).
Prints the data checksums the Rust bench prints, so equal data can be checked.
"""

import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, WhiteKernel
from sklearn.linear_model import Ridge
from sklearn.metrics import silhouette_score

DIM, CLUSTERS = 128, 20
M64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def u(keys):
    z = keys.astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def data(n):
    i = np.arange(n, dtype=np.uint64)[:, None]
    j = np.arange(DIM, dtype=np.uint64)[None, :]
    c = i % np.uint64(CLUSTERS)
    centre = 6.0 * u(np.uint64(1_000_000_000) + c * np.uint64(DIM) + j) - 3.0
    x = centre + 2.0 * u(i * np.uint64(DIM) + j) - 1.0
    w = 2.0 * u(np.uint64(2_000_000_000) + np.arange(DIM, dtype=np.uint64)) - 1.0
    y = x @ w + 0.1 * (2.0 * u(np.uint64(3_000_000_000) + np.arange(n, dtype=np.uint64)) - 1.0)
    return x, (np.arange(n) % CLUSTERS), y


def best(f, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def precision(x, labels, queries, k=20):
    sq = (x * x).sum(1)
    hits = 0.0
    for s in range(0, len(queries), 256):
        q = queries[s:s + 256]
        d = sq[q][:, None] + sq[None, :] - 2 * x[q] @ x.T
        d[np.arange(len(q)), q] = np.inf
        nn = np.argpartition(d, k, axis=1)[:, :k]
        hits += (labels[nn] == labels[q][:, None]).mean(1).sum()
    return hits / len(queries)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with np.errstate(over="ignore"):
        x, labels, y = data(n)
    print(f"numpy {np.__version__}, scikit-learn {sklearn.__version__}; data {n}x{DIM}")
    print(f"data: sum x {x.sum():.9e}, sum y {y.sum():.9e}")
    km = KMeans(n_clusters=CLUSTERS, n_init=1, max_iter=100, init="k-means++", algorithm="lloyd", random_state=0)
    t = best(lambda: km.fit(x))
    print(f"kmeans_k20_one_start: {t * 1e3:.1f} ms ({km.n_iter_} iterations)")
    t = best(lambda: silhouette_score(x, labels), repeat=3)
    print(f"silhouette_all_rows: {t * 1e3:.1f} ms")
    t = best(lambda: Ridge(alpha=1.0).fit(x, y))
    print(f"ridge_fit_alpha_1: {t * 1e3:.1f} ms")
    # GP: C(1) * RBF(sqrt(128)) + White(0.1) on the first 1,000 rows, one L-BFGS-B run from that
    # start (n_restarts_optimizer=0), then mean and std at the next 2,000 rows.
    gp = GaussianProcessRegressor(ConstantKernel(1.0) * RBF(np.sqrt(DIM)) + WhiteKernel(0.1), alpha=1e-10,
                                  normalize_y=True, n_restarts_optimizer=0)
    t = best(lambda: gp.fit(x[:1000], y[:1000]), repeat=3)
    print(f"gp_fit_1000_rows_one_start: {t * 1e3:.1f} ms (log marginal likelihood {gp.log_marginal_likelihood_value_:.4f}, "
          f"{gp.kernel_})")
    t = best(lambda: gp.predict(x[1000:3000], return_std=True), repeat=3)
    print(f"gp_predict_2000_with_std: {t * 1e3:.1f} ms")
    queries = np.arange(0, n, max(n // 2000, 1))
    t = best(lambda: precision(x, labels, queries), repeat=3)
    print(f"precision_at_k_2000_queries (numpy): {t * 1e3:.1f} ms")


if __name__ == "__main__":
    main()

"""Expected HDBSCAN labels from scikit-learn's `sklearn.cluster.HDBSCAN`.

Dev-only. Needs: pip install numpy scikit-learn. Run from the repository root:
    python3 scripts/dev/hdbscan_expected.py
Writes diagnose/tests/expected/hdbscan_sklearn.json: seeded point sets (blobs of different sizes
and spreads plus uniform background noise, in 2 and 8 dimensions) with min_cluster_size,
min_samples, and scikit-learn's labels (-1 = noise; Euclidean, cluster_selection_method="eom",
allow_single_cluster=False).
"""

import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.cluster import HDBSCAN

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, write_json  # noqa: E402


def points(rng, dim, sizes, spreads, noise):
    centres = rng.uniform(-10, 10, size=(len(sizes), dim))
    parts = [c + s * rng.normal(size=(n, dim)) for c, n, s in zip(centres, sizes, spreads)]
    parts.append(rng.uniform(-14, 14, size=(noise, dim)))
    x = np.vstack(parts)
    return x[rng.permutation(len(x))]


def main():
    rng = np.random.default_rng(20261207)
    cases = []
    for dim, sizes, spreads, noise, mcs, ms in [
        (2, [80, 50, 30], [0.6, 1.0, 0.4], 25, 10, 5),
        (2, [120, 60, 60, 20], [1.2, 0.5, 0.8, 0.3], 40, 15, 10),
        (8, [100, 70, 40], [1.0, 1.5, 0.7], 30, 12, 6),
    ]:
        x = points(rng, dim, sizes, spreads, noise)
        labels = HDBSCAN(min_cluster_size=mcs, min_samples=ms).fit(x).labels_
        cases.append({"dim": dim, "min_cluster_size": mcs, "min_samples": ms,
                      "x": x.ravel().tolist(), "labels": labels.tolist()})
    write_json(REPO / "diagnose" / "tests" / "expected" / "hdbscan_sklearn.json",
               {"generator": f"scripts/dev/hdbscan_expected.py (numpy {np.__version__}, scikit-learn {sklearn.__version__})",
                "cases": cases})


if __name__ == "__main__":
    main()

"""Expected Gaussian-mixture fits from scikit-learn's `GaussianMixture`.

Dev-only. Needs: pip install numpy scikit-learn. Run from the repository root:
    python3 scripts/dev/gmm_expected.py
Writes diagnose/tests/expected/gmm_sklearn.json:

* "em": three anisotropic blobs in 3-D; EM from given weights, means and precisions
  (weights_init, means_init, precisions_init; tol 1e-3, reg_covar 1e-6, max_iter 100) for
  covariance_type "diag" and "full": final weights, means, covariances, lower bound, iterations,
  BIC and labels (the covariances the start corresponds to are written as their inverse);
* "bic": four blobs in 2-D; BIC for k = 1..7 (k-means start, n_init 3, random_state 0, diag
  and full) and the k with the lowest BIC.
"""

import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.mixture import GaussianMixture

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, write_json  # noqa: E402


def main():
    rng = np.random.default_rng(20261207)
    centres = np.array([[0.0, 0.0, 0.0], [5.0, 1.0, -2.0], [-3.0, 4.0, 3.0]])
    parts = []
    for c, n in zip(centres, [150, 100, 70]):
        a = rng.normal(size=(3, 3)) * 0.6 + np.eye(3)
        parts.append(c + rng.normal(size=(n, 3)) @ a)
    x = np.vstack(parts)
    x = x[rng.permutation(len(x))]
    k = 3
    weights = np.full(k, 1.0 / k)
    means = centres + rng.normal(size=centres.shape) * 0.8
    cases = []
    for cov in ["diag", "full"]:
        prec = np.ones((k, 3)) if cov == "diag" else np.stack([np.eye(3)] * k)
        start_cov = 1.0 / prec if cov == "diag" else np.linalg.inv(prec)
        gm = GaussianMixture(k, covariance_type=cov, weights_init=weights, means_init=means, precisions_init=prec,
                             tol=1e-3, reg_covar=1e-6, max_iter=100).fit(x)
        cases.append({"kind": "em", "covariance": cov, "dim": 3, "x": x.ravel().tolist(),
                      "start": {"weights": weights.tolist(), "means": means.ravel().tolist(),
                                "covariances": start_cov.ravel().tolist()},
                      "weights": gm.weights_.tolist(), "means": gm.means_.ravel().tolist(),
                      "covariances": gm.covariances_.ravel().tolist(), "lower_bound": gm.lower_bound_,
                      "iterations": int(gm.n_iter_), "bic": gm.bic(x), "labels": gm.predict(x).tolist()})
    c4 = np.array([[0, 0], [6, 0], [0, 6], [6, 6]], dtype=float)
    y = np.vstack([c + rng.normal(size=(80, 2)) * s for c, s in zip(c4, [0.8, 1.0, 0.6, 1.2])])
    for cov in ["diag", "full"]:
        bics = [GaussianMixture(kk, covariance_type=cov, n_init=3, random_state=0).fit(y).bic(y) for kk in range(1, 8)]
        cases.append({"kind": "bic", "covariance": cov, "dim": 2, "x": y.ravel().tolist(),
                      "bic": bics, "k": int(np.argmin(bics)) + 1})
    write_json(REPO / "diagnose" / "tests" / "expected" / "gmm_sklearn.json",
               {"generator": f"scripts/dev/gmm_expected.py (numpy {np.__version__}, scikit-learn {sklearn.__version__})",
                "cases": cases})


if __name__ == "__main__":
    main()

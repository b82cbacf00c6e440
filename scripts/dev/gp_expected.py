"""Expected values for the GP probe, from scikit-learn's GaussianProcessRegressor.

Dev-only. Needs: pip install numpy scikit-learn. Run from the repository root:
    python3 scripts/dev/gp_expected.py
Writes diagnose/tests/expected/gp_sklearn.json with seeded regression problems and, per case:

* "fixed": kernel C(c) * K(l) + WhiteKernel(noise) with the optimizer off: posterior mean and
  predictive std at the test points, log marginal likelihood;
* "optimised": the same kernel family from C(1) * K(sqrt(dim)) + WhiteKernel(0.1), optimised
  (L-BFGS-B, 10 seeded restarts): the optimum's parameters, log marginal likelihood, mean, std;
* "probe": features standardised on the training rows (StandardScaler), then "optimised" —
  what gp_probe does on raw features.

K is RBF or Matern(nu=2.5); normalize_y=True and alpha=1e-10 throughout (the probe's settings).
"""

import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, Matern, WhiteKernel
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, write_json  # noqa: E402


def stationary(name, length_scale, fixed=False):
    bounds = "fixed" if fixed else (1e-5, 1e5)
    if name == "rbf":
        return RBF(length_scale, length_scale_bounds=bounds)
    return Matern(length_scale, nu=2.5, length_scale_bounds=bounds)


def kernel(name, c, l, noise, fixed=False):
    b = "fixed" if fixed else (1e-5, 1e5)
    return (ConstantKernel(c, constant_value_bounds=b) * stationary(name, l, fixed)
            + WhiteKernel(noise, noise_level_bounds=b))


def params(k):
    return {"amplitude": k.k1.k1.constant_value, "length_scale": float(k.k1.k2.length_scale),
            "noise": k.k2.noise_level}


def problem(rng, n_train, n_test, dim, scale):
    x = rng.normal(size=(n_train + n_test, dim)) * scale + rng.normal(size=dim) * 3.0
    z = (x - x.mean(0)) / x.std(0)
    y = 2.0 * np.sin(1.3 * z[:, 0]) + 0.5 * z[:, 1] ** 2 - z[:, 2] + 0.15 * rng.normal(size=len(x)) + 4.0
    return x, y


def main():
    rng = np.random.default_rng(20261207)
    cases = []
    for name, (c, l, noise) in [("rbf", (1.7, 1.9, 0.05)), ("matern", (0.8, 2.6, 0.02))]:
        x, y = problem(rng, 60, 25, 4, 1.0)
        gp = GaussianProcessRegressor(kernel(name, c, l, noise, fixed=True), alpha=1e-10,
                                      normalize_y=True, optimizer=None).fit(x[:60], y[:60])
        mean, std = gp.predict(x[60:], return_std=True)
        cases.append({"kind": "fixed", "kernel": name, "dim": 4, "x_train": x[:60].ravel().tolist(),
                      "y_train": y[:60].tolist(), "x_test": x[60:].ravel().tolist(),
                      "hyper": {"amplitude": c, "length_scale": l, "noise": noise},
                      "log_marginal_likelihood": gp.log_marginal_likelihood_value_,
                      "mean": mean.tolist(), "std": std.tolist()})
    for kind in ["optimised", "probe"]:
        for name in ["rbf", "matern"]:
            dim = 5
            x, y = problem(rng, 80, 30, dim, 2.5)
            xt, xs = x[:80], x[80:]
            if kind == "probe":
                sc = StandardScaler().fit(xt)
                xt, xs = sc.transform(xt), sc.transform(xs)
            gp = GaussianProcessRegressor(kernel(name, 1.0, np.sqrt(dim), 0.1), alpha=1e-10,
                                          normalize_y=True, n_restarts_optimizer=10,
                                          random_state=0).fit(xt, y[:80])
            mean, std = gp.predict(xs, return_std=True)
            cases.append({"kind": kind, "kernel": name, "dim": dim, "x_train": x[:80].ravel().tolist(),
                          "y_train": y[:80].tolist(), "x_test": x[80:].ravel().tolist(),
                          "hyper": params(gp.kernel_),
                          "log_marginal_likelihood": gp.log_marginal_likelihood_value_,
                          "mean": mean.tolist(), "std": std.tolist()})
    out = {"generator": f"scripts/dev/gp_expected.py (numpy {np.__version__}, scikit-learn {sklearn.__version__})",
           "cases": cases}
    write_json(REPO / "diagnose" / "tests" / "expected" / "gp_sklearn.json", out)


if __name__ == "__main__":
    main()

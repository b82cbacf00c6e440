"""Expected values for the diagnose module, from numpy and scikit-learn.

Dev-only. Needs: pip install numpy scikit-learn. Run from the repository root:
    python3 scripts/dev/diagnose_expected.py
Writes diagnose/tests/expected/diagnose_sklearn.json: seeded fixtures (vectors, labels, duplicate
groups, a ridge problem with a fixed split and alpha, clustered points with an assignment and a
second labelling) and the reference numbers:

* precision@k (k = 1, 5, 10, 20), MRR and base rate computed independently with numpy: exact
  pairwise distances, candidates = other labelled rows (minus the query's duplicate group when
  the policy excludes duplicates), ranked by (distance, row);
* Ridge(alpha, fit_intercept=True) coefficients, intercept, test predictions, r2_score,
  mean_absolute_error and RMSE;
* silhouette_score, adjusted_rand_score, normalized_mutual_info_score (arithmetic).

Vectors are float32 values written exactly (as Python floats of float32 numbers).
"""

import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.linear_model import Ridge
from sklearn.metrics import (adjusted_rand_score, mean_absolute_error, mean_squared_error,
                             normalized_mutual_info_score, r2_score, silhouette_score)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, write_json  # noqa: E402

KS = [1, 5, 10, 20]


def retrieval_reference(x, labels, metric, groups, queries):
    x = x.astype(np.float64)
    n = len(x)
    if metric == "cosine":
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        xn = np.where(norms > 0, x / np.where(norms > 0, norms, 1), 0.0)
        dist = 1.0 - xn @ xn.T
    else:
        diff = x[:, None, :] - x[None, :, :]
        dist = np.sqrt((diff**2).sum(-1))
    prec = np.zeros(len(KS))
    rr_sum = base_sum = 0.0
    nq = 0
    for q in queries:
        if labels[q] is None:
            continue
        nq += 1
        cand = [r for r in range(n) if r != q and labels[r] is not None
                and (groups is None or groups[r] != groups[q])]
        cand.sort(key=lambda r: (dist[q, r], r))
        same = [labels[r] == labels[q] for r in cand]
        for i, k in enumerate(KS):
            kk = min(k, len(cand))
            prec[i] += sum(same[:kk]) / kk if kk else 0.0
        rr_sum += 1.0 / (same.index(True) + 1) if any(same) else 0.0
        base_sum += sum(same) / len(cand) if cand else 0.0
    return {"precision": list(prec / nq), "mrr": rr_sum / nq, "base_rate": base_sum / nq, "queries": nq}


def main():
    rng = np.random.default_rng(20260601)

    # Retrieval: 5 labels whose centres differ, noise, a few exact duplicates, some unlabelled rows.
    n, dim = 150, 8
    lab = rng.integers(0, 5, size=n)
    centres = rng.normal(size=(5, dim)) * 1.2
    x = (centres[lab] + rng.normal(size=(n, dim))).astype(np.float32)
    groups = list(range(n))
    for src, dst in [(3, 40), (3, 77), (10, 11), (58, 120)]:
        x[dst] = x[src]
        groups[dst] = groups[src]
    labels = [int(v) for v in lab]
    for r in [5, 17, 99]:
        labels[r] = None
    queries_sample = sorted(rng.choice(n, size=40, replace=False).tolist())
    cases = []
    for metric in ["cosine", "l2"]:
        for policy, g in [("keep", None), ("groups", groups)]:
            for qname, qs in [("all", list(range(n))), ("sample", queries_sample)]:
                ref = retrieval_reference(x, labels, metric, g, qs)
                cases.append({"metric": metric, "duplicates": policy, "query_set": qname, **ref})

    # Ridge: fixed split and alpha.
    nr, dr = 120, 6
    xr = rng.normal(size=(nr, dr)) * np.array([1.0, 3.0, 0.5, 2.0, 1.0, 10.0]) + 2.0
    w = rng.normal(size=dr)
    yr = xr @ w + 0.5 + rng.normal(size=nr) * 0.3
    perm = rng.permutation(nr)
    train, test = sorted(perm[:80].tolist()), sorted(perm[80:].tolist())
    alpha = 0.7
    model = Ridge(alpha=alpha, fit_intercept=True).fit(xr[train], yr[train])
    pred = model.predict(xr[test])

    # Clusters: 4 blobs, an assignment with a few points moved, and a second labelling.
    nc, dc = 160, 5
    truth = rng.integers(0, 4, size=nc)
    blobs = rng.normal(size=(4, dc)) * 4.0
    xc = blobs[truth] + rng.normal(size=(nc, dc))
    assignment = truth.copy()
    moved = rng.choice(nc, size=20, replace=False)
    assignment[moved] = rng.integers(0, 4, size=20)
    other = rng.integers(0, 3, size=nc)

    out = {
        "generator": f"scripts/dev/diagnose_expected.py (numpy {np.__version__}, scikit-learn {sklearn.__version__})",
        "retrieval": {
            "dim": dim,
            "vectors": [float(v) for v in x.reshape(-1)],
            "labels": labels,
            "groups": groups,
            "sample": queries_sample,
            "ks": KS,
            "cases": cases,
        },
        "ridge": {
            "dim": dr,
            "x": [float(v) for v in xr.reshape(-1)],
            "y": [float(v) for v in yr],
            "train": train,
            "test": test,
            "alpha": alpha,
            "coef": [float(v) for v in model.coef_],
            "intercept": float(model.intercept_),
            "predictions": [float(v) for v in pred],
            "r2": float(r2_score(yr[test], pred)),
            "mae": float(mean_absolute_error(yr[test], pred)),
            "rmse": float(np.sqrt(mean_squared_error(yr[test], pred))),
        },
        "clusters": {
            "dim": dc,
            "x": [float(v) for v in xc.reshape(-1)],
            "truth": [int(v) for v in truth],
            "assignment": [int(v) for v in assignment],
            "other": [int(v) for v in other],
            "silhouette": float(silhouette_score(xc, assignment)),
            "silhouette_truth": float(silhouette_score(xc, truth)),
            "ari": float(adjusted_rand_score(truth, assignment)),
            "nmi": float(normalized_mutual_info_score(truth, assignment, average_method="arithmetic")),
            "ari_other": float(adjusted_rand_score(truth, other)),
            "nmi_other": float(normalized_mutual_info_score(truth, other, average_method="arithmetic")),
        },
    }
    write_json(REPO / "diagnose" / "tests" / "expected" / "diagnose_sklearn.json", out)


if __name__ == "__main__":
    main()

//! Gaussian mixtures against scikit-learn's `GaussianMixture` on committed fixtures
//! (`scripts/dev/gmm_expected.py`).

use crystaldb_diagnose::{gaussian_mixture, Covariance, MixtureOptions};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expected/gmm_sklearn.json"))
            .expect("tests/expected/gmm_sklearn.json");
    serde_json::from_str::<Value>(&text).unwrap()["cases"].as_array().unwrap().clone()
}

fn f64s(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

fn close(ours: &[f64], theirs: &[f64], tol: f64, what: &str) {
    assert_eq!(ours.len(), theirs.len(), "{what}");
    for (i, (a, b)) in ours.iter().zip(theirs).enumerate() {
        assert!((a - b).abs() <= tol * b.abs().max(1.0), "{what}[{i}]: {a} vs scikit-learn {b}");
    }
}

#[test]
fn em_from_a_given_start_matches_scikit_learn() {
    for c in cases().iter().filter(|c| c["kind"] == "em") {
        let cov = Covariance::parse(c["covariance"].as_str().unwrap()).unwrap();
        let x = f64s(&c["x"]);
        let s = &c["start"];
        let start = (f64s(&s["weights"]), f64s(&s["means"]), f64s(&s["covariances"]));
        let options = MixtureOptions { k: 3, covariance: cov, ..MixtureOptions::default() };
        let g = gaussian_mixture(&x, 3, &options, Some(start)).unwrap();
        let what = format!("{cov:?}");
        assert_eq!(g.iterations as u64, c["iterations"].as_u64().unwrap(), "{what} iterations");
        assert!(g.converged);
        close(&g.weights, &f64s(&c["weights"]), 1e-8, &format!("{what} weights"));
        close(&g.means, &f64s(&c["means"]), 1e-8, &format!("{what} means"));
        close(&g.covariances, &f64s(&c["covariances"]), 1e-8, &format!("{what} covariances"));
        close(&[g.lower_bound], &[c["lower_bound"].as_f64().unwrap()], 1e-10, &format!("{what} lower bound"));
        close(&[g.bic(&x).unwrap()], &[c["bic"].as_f64().unwrap()], 1e-10, &format!("{what} BIC"));
        let labels: Vec<usize> =
            c["labels"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as usize).collect();
        assert_eq!(g.labels, labels, "{what} labels");
    }
}

#[test]
fn bic_picks_the_same_k_as_scikit_learn() {
    for c in cases().iter().filter(|c| c["kind"] == "bic") {
        let cov = Covariance::parse(c["covariance"].as_str().unwrap()).unwrap();
        let x = f64s(&c["x"]);
        let theirs = f64s(&c["bic"]);
        let ours: Vec<f64> = (1..=7)
            .map(|k| {
                let o = MixtureOptions { k, covariance: cov, restarts: 3, ..MixtureOptions::default() };
                gaussian_mixture(&x, 2, &o, None).unwrap().bic(&x).unwrap()
            })
            .collect();
        let best = (0..7).min_by(|&a, &b| ours[a].total_cmp(&ours[b])).unwrap() + 1;
        eprintln!("{cov:?}: BIC ours {ours:.1?}, scikit-learn {theirs:.1?}");
        assert_eq!(best as u64, c["k"].as_u64().unwrap(), "{cov:?}");
        // At the chosen k both reach the same optimum (k-means starts differ).
        close(&[ours[best - 1]], &[theirs[best - 1]], 1e-3, &format!("{cov:?} BIC at k = {best}"));
    }
}

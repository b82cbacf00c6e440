//! Density clustering against scikit-learn on committed fixtures
//! (`scripts/dev/hdbscan_expected.py`).

use crystaldb_diagnose::{adjusted_rand_index, hdbscan};
use serde_json::Value;

/// Mutual-reachability distances (`max(core_i, core_j, d_ij)`, core = distance to the
/// `min_samples`-th neighbour counting the point itself) from point `i` to every point.
fn mutual_reachability(x: &[f64], dim: usize, min_samples: usize, i: usize) -> Vec<f64> {
    let n = x.len() / dim;
    let d = |a: usize, b: usize| {
        x[a * dim..(a + 1) * dim]
            .iter()
            .zip(&x[b * dim..(b + 1) * dim])
            .map(|(p, q)| (p - q) * (p - q))
            .sum::<f64>()
            .sqrt()
    };
    let core = |a: usize| {
        let mut v: Vec<f64> = (0..n).map(|b| d(a, b)).collect();
        v.sort_by(f64::total_cmp);
        v[min_samples - 1]
    };
    let ci = core(i);
    (0..n).map(|j| if j == i { f64::INFINITY } else { ci.max(core(j)).max(d(i, j)) }).collect()
}

/// The same number of clusters and the same noise points as scikit-learn; the same clusters up to
/// numbering except for points whose nearest mutual-reachability distance to their cluster here
/// and to their cluster there is the same number (a tie the minimum spanning tree breaks either
/// way; 1 point of 185 in the first fixture).
#[test]
fn hdbscan_matches_scikit_learn() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expected/hdbscan_sklearn.json"))
            .expect("tests/expected/hdbscan_sklearn.json");
    let v: Value = serde_json::from_str(&text).unwrap();
    let mut tied = 0;
    for c in v["cases"].as_array().unwrap() {
        let x: Vec<f64> = c["x"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let dim = c["dim"].as_u64().unwrap() as usize;
        let min_samples = c["min_samples"].as_u64().unwrap() as usize;
        let theirs: Vec<Option<usize>> = c["labels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| usize::try_from(v.as_i64().unwrap()).ok())
            .collect();
        let h = hdbscan(&x, dim, c["min_cluster_size"].as_u64().unwrap() as usize, min_samples).unwrap();
        let clusters_theirs = theirs.iter().flatten().max().map_or(0, |m| m + 1);
        assert_eq!(h.clusters, clusters_theirs);
        let noise = |l: &[Option<usize>]| (0..l.len()).filter(|&i| l[i].is_none()).collect::<Vec<_>>();
        assert_eq!(noise(&h.labels), noise(&theirs), "the same noise points");
        // Our cluster k is their cluster map[k] (the majority of its members).
        let map: Vec<usize> = (0..h.clusters)
            .map(|k| {
                let mut votes = vec![0usize; clusters_theirs];
                (0..theirs.len())
                    .filter(|&i| h.labels[i] == Some(k))
                    .for_each(|i| votes[theirs[i].unwrap()] += 1);
                (0..clusters_theirs).max_by_key(|&t| votes[t]).unwrap()
            })
            .collect();
        let mut sorted = map.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), h.clusters, "one of theirs per cluster of ours: {map:?}");
        for i in 0..theirs.len() {
            let (Some(ours), Some(t)) = (h.labels[i], theirs[i]) else { continue };
            if map[ours] == t {
                continue;
            }
            let mr = mutual_reachability(&x, dim, min_samples, i);
            let nearest = |members: &dyn Fn(usize) -> bool| {
                (0..mr.len()).filter(|&j| members(j)).map(|j| mr[j]).fold(f64::INFINITY, f64::min)
            };
            let here = nearest(&|j| h.labels[j] == Some(ours));
            let there = nearest(&|j| theirs[j] == Some(t));
            assert!(
                (here - there).abs() <= 1e-12 * here,
                "point {i}: {here} to our cluster, {there} to theirs"
            );
            tied += 1;
        }
        let a: Vec<usize> = h.labels.iter().map(|l| l.map_or(usize::MAX, |l| l)).collect();
        let b: Vec<usize> = theirs.iter().map(|l| l.map_or(usize::MAX, |l| l)).collect();
        let ari = adjusted_rand_index(&a, &b);
        eprintln!(
            "dim {dim}: {} clusters, noise fraction {:.3}, ARI with scikit-learn {ari:.4}",
            h.clusters, h.noise_fraction
        );
        assert!(ari > 0.98, "ARI {ari}");
    }
    assert!(tied <= 2, "{tied} tied points");
}

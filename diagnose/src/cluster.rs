//! Clusters: "does the embedding group crystals the way chemistry does?"
//!
//! [`kmeans`]: Lloyd's algorithm from k-means++ seeds (first centre uniform, each next one drawn
//! with probability proportional to the squared distance to the nearest chosen centre), several
//! seeded restarts, the run with the lowest inertia kept. An emptied cluster is re-seeded with
//! the point farthest from its centre. Stops when no assignment changes or after `max_iter`.
//! [`silhouette`]: scikit-learn's `silhouette_score` (Euclidean): per point
//! `(b - a) / max(a, b)`, `a` the mean distance to the other members of its cluster, `b` the
//! smallest mean distance to another cluster's members, 0 for a point alone in its cluster.

use super::math::{below, dots, gather, rng, sq_distances, sq_norms, unit, BLOCK};
use crystaldb::{Error, Result};
use rayon::prelude::*;
use serde::Serialize;

/// k-means settings.
#[derive(Debug, Clone)]
pub struct KMeansOptions {
    /// Number of clusters.
    pub k: usize,
    /// Restarts from fresh k-means++ seeds (default 4).
    pub restarts: usize,
    /// Lloyd iterations per restart at most (default 100).
    pub max_iter: usize,
    /// Seed of the first restart (restart r uses `seed + r`).
    pub seed: u64,
}

impl KMeansOptions {
    /// `k` clusters with the defaults.
    pub fn new(k: usize) -> Self {
        Self { k, restarts: 4, max_iter: 100, seed: 0 }
    }
}

/// A k-means clustering.
#[derive(Debug, Clone, Serialize)]
pub struct KMeans {
    /// Centres, row-major (`k x dim`).
    #[serde(skip)]
    pub centroids: Vec<f64>,
    /// Cluster of every point.
    #[serde(skip)]
    pub labels: Vec<usize>,
    /// Sum of squared distances of the points to their centres.
    pub inertia: f64,
    /// Lloyd iterations of the kept run.
    pub iterations: usize,
}

/// Assign every point to its nearest centre: (labels, squared distances).
fn assign(x: &[f64], x_sq: &[f64], c: &[f64], dim: usize) -> (Vec<usize>, Vec<f64>) {
    let c_sq = sq_norms(c, dim);
    let k = c_sq.len();
    x.par_chunks(BLOCK * dim)
        .zip(x_sq.par_chunks(BLOCK))
        .flat_map_iter(|(xb, sqb)| {
            let d = sq_distances(xb, sqb, c, &c_sq, dim);
            d.chunks_exact(k)
                .map(|row| {
                    let (j, v) =
                        row.iter()
                            .enumerate()
                            .fold((0, f64::INFINITY), |b, (j, &v)| if v < b.1 { (j, v) } else { b });
                    (j, v)
                })
                .collect::<Vec<_>>()
        })
        .unzip()
}

/// k-means++ seeds.
fn seeds(x: &[f64], x_sq: &[f64], dim: usize, k: usize, seed: u64) -> Vec<f64> {
    let n = x_sq.len();
    let mut r = rng(seed);
    let first = below(&mut r, n);
    let mut c = x[first * dim..(first + 1) * dim].to_vec();
    let mut closest = sq_distances(x, x_sq, &c, &sq_norms(&c, dim), dim);
    while c.len() / dim < k {
        let total: f64 = closest.iter().sum();
        let pick = if total > 0.0 {
            let mut t = unit(&mut r) * total;
            let mut pick = n - 1;
            for (i, &d) in closest.iter().enumerate() {
                if t < d {
                    pick = i;
                    break;
                }
                t -= d;
            }
            pick
        } else {
            below(&mut r, n)
        };
        let new = &x[pick * dim..(pick + 1) * dim];
        let d = sq_distances(x, x_sq, new, &sq_norms(new, dim), dim);
        closest.iter_mut().zip(d).for_each(|(a, b)| *a = a.min(b));
        c.extend_from_slice(new);
    }
    c
}

/// Cluster row-major `x` (`dim` wide) into `options.k` clusters.
pub fn kmeans(x: &[f64], dim: usize, options: &KMeansOptions) -> Result<KMeans> {
    let n = x.len().checked_div(dim).unwrap_or(0);
    let k = options.k;
    if k == 0 || k > n || x.len() != n * dim {
        return Err(Error::invalid(format!("k-means: cannot make {k} clusters of {n} points")));
    }
    let x_sq = sq_norms(x, dim);
    let mut best: Option<KMeans> = None;
    for restart in 0..options.restarts.max(1) {
        let mut c = seeds(x, &x_sq, dim, k, options.seed.wrapping_add(restart as u64));
        let (mut labels, mut d) = assign(x, &x_sq, &c, dim);
        let mut iterations = 0;
        for it in 0..options.max_iter {
            iterations = it + 1;
            let mut sums = vec![0.0; k * dim];
            let mut counts = vec![0usize; k];
            for (i, &l) in labels.iter().enumerate() {
                counts[l] += 1;
                sums[l * dim..(l + 1) * dim]
                    .iter_mut()
                    .zip(&x[i * dim..(i + 1) * dim])
                    .for_each(|(s, v)| *s += v);
            }
            for j in 0..k {
                if counts[j] == 0 {
                    // Re-seed an empty cluster with the point farthest from its centre.
                    let far = (0..n).max_by(|&a, &b| d[a].total_cmp(&d[b]).then(b.cmp(&a))).expect("n > 0");
                    sums[j * dim..(j + 1) * dim].copy_from_slice(&x[far * dim..(far + 1) * dim]);
                    counts[j] = 1;
                    d[far] = 0.0;
                }
                let cnt = counts[j] as f64;
                sums[j * dim..(j + 1) * dim].iter_mut().for_each(|s| *s /= cnt);
            }
            c = sums;
            let (new_labels, new_d) = assign(x, &x_sq, &c, dim);
            let changed = new_labels != labels;
            labels = new_labels;
            d = new_d;
            if !changed {
                break;
            }
        }
        let inertia: f64 = d.iter().sum();
        if best.as_ref().is_none_or(|b| inertia < b.inertia) {
            best = Some(KMeans { centroids: c, labels, inertia, iterations });
        }
    }
    Ok(best.expect("at least one restart"))
}

/// Mean silhouette coefficient of a clustering of row-major `x` (Euclidean distances); needs
/// between 2 and `n - 1` distinct labels.
pub fn silhouette(x: &[f64], dim: usize, labels: &[usize]) -> Result<f64> {
    Ok(mean_or_zero(&silhouette_samples(x, dim, labels)?))
}

fn mean_or_zero(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

/// The silhouette coefficient of every point (see [`silhouette`]).
pub fn silhouette_samples(x: &[f64], dim: usize, labels: &[usize]) -> Result<Vec<f64>> {
    let n = labels.len();
    if dim == 0 || x.len() != n * dim {
        return Err(Error::invalid(format!(
            "silhouette: {} values are not {n} points of dimension {dim}",
            x.len()
        )));
    }
    let k = labels.iter().max().map_or(0, |m| m + 1);
    let mut sizes = vec![0usize; k];
    labels.iter().for_each(|&l| sizes[l] += 1);
    let distinct = sizes.iter().filter(|&&s| s > 0).count();
    if distinct < 2 || distinct > n - 1 {
        return Err(Error::invalid(format!(
            "silhouette needs 2 to n-1 clusters, got {distinct} for {n} points"
        )));
    }
    let x_sq = sq_norms(x, dim);
    let rows: Vec<usize> = (0..n).collect();
    Ok(rows
        .par_chunks(BLOCK)
        .flat_map_iter(|block| {
            let xb = gather(x, dim, block);
            let mut d = dots(&xb, x, dim);
            block
                .iter()
                .enumerate()
                .map(|(bi, &i)| {
                    let mut sums = vec![0.0; k];
                    for (j, v) in d[bi * n..(bi + 1) * n].iter_mut().enumerate() {
                        let sq = (x_sq[i] + x_sq[j] - 2.0 * *v).max(0.0);
                        sums[labels[j]] += if i == j { 0.0 } else { sq.sqrt() };
                    }
                    let own = labels[i];
                    if sizes[own] <= 1 {
                        return 0.0;
                    }
                    let a = sums[own] / (sizes[own] - 1) as f64;
                    let b = (0..k)
                        .filter(|&c| c != own && sizes[c] > 0)
                        .map(|c| sums[c] / sizes[c] as f64)
                        .fold(f64::INFINITY, f64::min);
                    let m = a.max(b);
                    if m > 0.0 {
                        (b - a) / m
                    } else {
                        0.0
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect())
}

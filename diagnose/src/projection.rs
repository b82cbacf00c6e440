//! 2-D projections as exploration, with their failure modes named: "does this picture tell the
//! same story as the probes?"
//!
//! [`tsne`] is exact t-SNE (van der Maaten & Hinton 2008) with scikit-learn's defaults:
//! perplexity 30 (per-point Gaussian bandwidths by bisection on the entropy), symmetrised joint
//! probabilities, Student-t affinities in 2-D, early exaggeration 12 for the first 250
//! iterations with momentum 0.5 (then 0.8), learning rate `max(n / 12 / 4, 50)`, per-coordinate
//! gains (+0.2 / ×0.8, at least 0.01), PCA initialisation scaled to a standard deviation of 1e-4.
//! O(n²) per iteration: meant for the diagnosis' sample (rows in parallel).
//!
//! [`projection_check`] compares a projection with the probes. **Clusteredness** is the best
//! silhouette of k-means (k = 2..8) on the 2-D points: how cleanly the picture *looks*
//! clustered, whatever the labels. **Tracked metadata** is, per descriptor, the multiple
//! correlation `R` of the descriptor with the two coordinates (least squares on both: invariant to
//! rotating the picture), and for a categorical descriptor (the record's source) the correlation
//! ratio `η` (between-group share of the coordinates' variance). The verdicts:
//!
//! * `pretty projection, dead downstream`: clusteredness ≥ [`PRETTY`] while the best probe R² is
//!   below [`DEAD`] — the picture separates groups no probed property follows; the tracked
//!   metadata say what it separates instead (atom count, cell volume, source...);
//! * `hairball, alive downstream`: clusteredness below [`HAIRBALL`] while the best probe R² is
//!   at least [`ALIVE`] — the picture hides what a probe reads;
//! * `consistent` otherwise (and `no probe` without a probe table).

use super::axes::pca;
use super::cluster::{kmeans, silhouette, KMeansOptions};
use super::math::{mean, pearson, rng, sq_distances, sq_norms, unit};
use crystaldb::{Error, Result};
use rayon::prelude::*;
use serde::Serialize;

/// Clusteredness at or above which a projection looks cleanly clustered.
pub const PRETTY: f64 = 0.6;
/// Clusteredness below which a projection is a hairball.
pub const HAIRBALL: f64 = 0.45;
/// Best probe R² below which an embedding is dead downstream.
pub const DEAD: f64 = 0.1;
/// Best probe R² from which an embedding is alive downstream.
pub const ALIVE: f64 = 0.5;

/// t-SNE settings.
#[derive(Debug, Clone, Serialize)]
pub struct TsneOptions {
    /// Effective number of neighbours (default 30; at most `(n - 1) / 3`).
    pub perplexity: f64,
    /// Gradient steps (default 750; the first 250 exaggerated).
    pub iterations: usize,
    /// Seed of the jitter added to the PCA start (ties of identical points).
    pub seed: u64,
}

impl Default for TsneOptions {
    fn default() -> Self {
        Self { perplexity: 30.0, iterations: 750, seed: 0 }
    }
}

/// Conditional probabilities `p(j|i)` of one row of squared distances at perplexity `perp`.
fn conditional_row(d2: &[f64], i: usize, perp: f64) -> Vec<f64> {
    let target = perp.ln();
    let (mut beta, mut lo, mut hi) = (1.0f64, 0.0f64, f64::INFINITY);
    let mut p = vec![0.0; d2.len()];
    // Distances relative to the nearest neighbour keep exp() in range.
    let dmin = d2.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, d)| *d).fold(f64::INFINITY, f64::min);
    for _ in 0..100 {
        let mut sum = 0.0;
        for (j, (pj, d)) in p.iter_mut().zip(d2).enumerate() {
            *pj = if j == i { 0.0 } else { (-(d - dmin) * beta).exp() };
            sum += *pj;
        }
        let sum = sum.max(1e-300);
        let mut weighted = 0.0;
        for (pj, d) in p.iter_mut().zip(d2) {
            *pj /= sum;
            weighted += *pj * (d - dmin);
        }
        let entropy = sum.ln() + beta * weighted;
        let diff = entropy - target;
        if diff.abs() < 1e-5 {
            break;
        }
        if diff > 0.0 {
            lo = beta;
            beta = if hi.is_finite() { 0.5 * (beta + hi) } else { beta * 2.0 };
        } else {
            hi = beta;
            beta = 0.5 * (beta + lo);
        }
    }
    p
}

/// Exact t-SNE of row-major `x` (`dim` wide, at least 4 rows) into 2-D: `n x 2`, row-major.
pub fn tsne(x: &[f64], dim: usize, options: &TsneOptions) -> Result<Vec<f64>> {
    let n = x.len().checked_div(dim).unwrap_or(0);
    if n < 4 || x.len() != n * dim {
        return Err(Error::invalid(format!("t-SNE needs at least 4 points of dimension {dim}")));
    }
    let perp = options.perplexity.min((n - 1) as f64 / 3.0).max(1.0);
    let sq = sq_norms(x, dim);
    let d2 = sq_distances(x, &sq, x, &sq, dim);
    let cond: Vec<Vec<f64>> =
        (0..n).into_par_iter().map(|i| conditional_row(&d2[i * n..(i + 1) * n], i, perp)).collect();
    drop(d2);
    let p: Vec<f64> = (0..n * n)
        .map(|k| {
            let (i, j) = (k / n, k % n);
            ((cond[i][j] + cond[j][i]) / (2.0 * n as f64)).max(1e-12)
        })
        .collect();
    drop(cond);
    // PCA start, scaled to a standard deviation of 1e-4 along the first axis, plus a seeded
    // jitter far below it (identical points would otherwise never separate).
    let start = pca(x, dim, 2)?;
    let mut y = start.transform(x);
    if y.len() != 2 * n {
        y = (0..n).flat_map(|i| [y.get(i).copied().unwrap_or(0.0), 0.0]).collect();
    }
    let sd = (y.iter().step_by(2).map(|v| v * v).sum::<f64>() / n as f64).sqrt();
    let scale = if sd > 0.0 { 1e-4 / sd } else { 1.0 };
    let mut r = rng(options.seed);
    y.iter_mut().for_each(|v| *v = *v * scale + 1e-8 * (unit(&mut r) - 0.5));
    let exaggeration = 12.0;
    let lr = (n as f64 / exaggeration / 4.0).max(50.0);
    let mut update = vec![0.0f64; 2 * n];
    let mut gains = vec![1.0f64; 2 * n];
    for it in 0..options.iterations {
        let (exag, momentum) = if it < 250 { (exaggeration, 0.5) } else { (1.0, 0.8) };
        let yr = &y;
        let z: f64 = (0..n)
            .into_par_iter()
            .map(|i| {
                let (a, b) = (yr[2 * i], yr[2 * i + 1]);
                (0..n)
                    .filter(|&j| j != i)
                    .map(|j| 1.0 / (1.0 + (a - yr[2 * j]).powi(2) + (b - yr[2 * j + 1]).powi(2)))
                    .sum::<f64>()
            })
            .sum();
        let grad: Vec<[f64; 2]> = (0..n)
            .into_par_iter()
            .map(|i| {
                let (a, b) = (yr[2 * i], yr[2 * i + 1]);
                let mut g = [0.0; 2];
                for j in (0..n).filter(|&j| j != i) {
                    let (da, db) = (a - yr[2 * j], b - yr[2 * j + 1]);
                    let num = 1.0 / (1.0 + da * da + db * db);
                    let w = (exag * p[i * n + j] - num / z) * num;
                    g[0] += 4.0 * w * da;
                    g[1] += 4.0 * w * db;
                }
                g
            })
            .collect();
        for (k, g) in grad.iter().flatten().enumerate() {
            gains[k] = if g * update[k] < 0.0 { gains[k] + 0.2 } else { (gains[k] * 0.8).max(0.01) };
            update[k] = momentum * update[k] - lr * gains[k] * g;
            y[k] += update[k];
        }
    }
    Ok(y)
}

/// A descriptor the projection's layout follows.
#[derive(Debug, Clone, Serialize)]
pub struct Tracked {
    /// Descriptor name (`source` is categorical).
    pub descriptor: String,
    /// Multiple correlation with both coordinates (numbers) or correlation ratio η (categories).
    pub r: f64,
}

/// A projection compared with the probes.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectionCheck {
    /// `tsne` or `pca`.
    pub projection: String,
    /// Best silhouette of k-means (k = 2..8) on the 2-D points.
    pub clusteredness: f64,
    /// The k of that silhouette.
    pub k: usize,
    /// The probe with the highest test R² (property, R²), at the full label budget.
    pub best_probe: Option<(String, f64)>,
    /// `pretty projection, dead downstream`, `hairball, alive downstream`, `consistent` or
    /// `no probe`.
    pub verdict: String,
    /// Descriptors by how strongly the layout follows them, strongest first.
    pub tracks: Vec<Tracked>,
    /// The verdict in words.
    pub message: String,
}

/// Multiple correlation of `v` with the two columns of row-major `xy` (rows where `v` is finite).
fn multiple_r(xy: &[f64], v: &[f64]) -> f64 {
    let rows: Vec<usize> = (0..v.len()).filter(|&i| v[i].is_finite()).collect();
    if rows.len() < 3 {
        return 0.0;
    }
    let a: Vec<f64> = rows.iter().map(|&i| xy[2 * i]).collect();
    let b: Vec<f64> = rows.iter().map(|&i| xy[2 * i + 1]).collect();
    let t: Vec<f64> = rows.iter().map(|&i| v[i]).collect();
    let (rab, rat, rbt) = (pearson(&a, &b), pearson(&a, &t), pearson(&b, &t));
    let den = 1.0 - rab * rab;
    let r2 = if den > 1e-12 {
        (rat * rat + rbt * rbt - 2.0 * rat * rbt * rab) / den
    } else {
        rat.abs().max(rbt.abs()).powi(2)
    };
    r2.clamp(0.0, 1.0).sqrt()
}

/// Correlation ratio η of categories with the 2-D points: √(between-group / total variance).
fn eta(xy: &[f64], groups: &[Option<String>]) -> f64 {
    let mut by: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, g) in groups.iter().enumerate() {
        if let Some(g) = g {
            by.entry(g.as_str()).or_default().push(i);
        }
    }
    let all: Vec<usize> = by.values().flatten().copied().collect();
    if by.len() < 2 || all.len() < 3 {
        return 0.0;
    }
    let centre = |rows: &[usize], c: usize| mean(&rows.iter().map(|&i| xy[2 * i + c]).collect::<Vec<_>>());
    let (mx, my) = (centre(&all, 0), centre(&all, 1));
    let total: f64 = all.iter().map(|&i| (xy[2 * i] - mx).powi(2) + (xy[2 * i + 1] - my).powi(2)).sum();
    let between: f64 = by
        .values()
        .map(|r| r.len() as f64 * ((centre(r, 0) - mx).powi(2) + (centre(r, 1) - my).powi(2)))
        .sum();
    if total > 0.0 {
        (between / total).sqrt()
    } else {
        0.0
    }
}

/// Compare a 2-D projection (`n x 2`, row-major) with the best probe, and name the metadata its
/// layout follows: numeric `descriptors` and categorical `categories` (one value per point).
pub fn projection_check(
    projection: &str,
    xy: &[f64],
    best_probe: Option<(String, f64)>,
    descriptors: &[(String, Vec<f64>)],
    categories: &[(String, Vec<Option<String>>)],
    seed: u64,
) -> Result<ProjectionCheck> {
    let n = xy.len() / 2;
    let (mut clusteredness, mut best_k) = (-1.0, 0);
    for k in 2..=8.min(n.saturating_sub(1)) {
        let km = kmeans(xy, 2, &KMeansOptions { k, restarts: 2, max_iter: 100, seed })?;
        let s = silhouette(xy, 2, &km.labels)?;
        if s > clusteredness {
            (clusteredness, best_k) = (s, k);
        }
    }
    let mut tracks: Vec<Tracked> = descriptors
        .iter()
        .map(|(d, v)| Tracked { descriptor: d.clone(), r: multiple_r(xy, v) })
        .chain(categories.iter().map(|(d, g)| Tracked { descriptor: d.clone(), r: eta(xy, g) }))
        .collect();
    tracks.sort_by(|a, b| b.r.total_cmp(&a.r));
    let top: Vec<String> =
        tracks.iter().take(3).map(|t| format!("{} (r {:.2})", t.descriptor, t.r)).collect();
    let (verdict, message) = match &best_probe {
        None => ("no probe", format!("clusteredness {clusteredness:.2} (k = {best_k}); no probe to compare with")),
        Some((p, r2)) if clusteredness >= PRETTY && *r2 < DEAD => (
            "pretty projection, dead downstream",
            format!(
                "pretty projection, dead downstream: the {projection} picture separates clean clusters (silhouette \
                 {clusteredness:.2}, k = {best_k}) but the best probe reads almost nothing (R² {r2:.2} for {p}); its \
                 layout follows {}",
                top.join(", ")
            ),
        ),
        Some((p, r2)) if clusteredness < HAIRBALL && *r2 >= ALIVE => (
            "hairball, alive downstream",
            format!(
                "hairball, alive downstream: the {projection} picture shows no clean clusters (silhouette \
                 {clusteredness:.2}) yet a probe reads {p} well (R² {r2:.2}); judge this embedding by the probes, \
                 not the picture"
            ),
        ),
        Some((p, r2)) => (
            "consistent",
            format!(
                "the {projection} picture (silhouette {clusteredness:.2}, k = {best_k}) does not contradict the probes \
                 (best R² {r2:.2} for {p}); its layout follows {}",
                top.join(", ")
            ),
        ),
    };
    Ok(ProjectionCheck {
        projection: projection.into(),
        clusteredness,
        k: best_k,
        best_probe,
        verdict: verdict.into(),
        tracks,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normal(state: &mut u64) -> f64 {
        let mut u = || {
            *state ^= *state << 13;
            *state ^= *state >> 7;
            *state ^= *state << 17;
            ((*state >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        };
        let (a, b) = (u(), u());
        (-2.0 * a.ln()).sqrt() * (2.0 * std::f64::consts::PI * b).cos()
    }

    #[test]
    fn tsne_separates_separated_blobs() {
        let (n, dim) = (160usize, 10usize);
        let mut s = 7u64;
        let x: Vec<f64> = (0..n * dim)
            .map(|k| normal(&mut s) + if k % dim == (k / dim) % 4 { 12.0 } else { 0.0 })
            .collect();
        let y = tsne(&x, dim, &TsneOptions { iterations: 500, ..TsneOptions::default() }).unwrap();
        let labels: Vec<usize> = (0..n).map(|i| i % 4).collect();
        let s = silhouette(&y, 2, &labels).unwrap();
        assert!(s > 0.7, "silhouette of the t-SNE picture by blob {s}");
        assert!(y.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn multiple_r_and_eta() {
        let xy: Vec<f64> = (0..50).flat_map(|i| [i as f64, ((i * 7) % 11) as f64]).collect();
        let v: Vec<f64> = (0..50).map(|i| 2.0 * i as f64 - 3.0 * ((i * 7) % 11) as f64).collect();
        assert!((multiple_r(&xy, &v) - 1.0).abs() < 1e-9);
        let g: Vec<Option<String>> =
            (0..50).map(|i| Some(if i < 25 { "a" } else { "b" }.to_string())).collect();
        assert!(eta(&xy, &g) > 0.8);
        let same: Vec<Option<String>> = vec![Some("a".into()); 50];
        assert_eq!(eta(&xy, &same), 0.0);
    }
}

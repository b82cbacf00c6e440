//! Gaussian mixtures: "how many groups does the likelihood support?" — k by BIC.
//!
//! [`gaussian_mixture`] is EM as scikit-learn's `GaussianMixture` runs it: start from k-means
//! (responsibilities one-hot on [`kmeans`](super::kmeans) labels) or from given parameters;
//! E-step by log-sum-exp; M-step `weights = N_k / n` (`N_k` plus 10 machine epsilons),
//! responsibility-weighted means and covariances with `reg_covar` (1e-6) added to the diagonal;
//! stop when the mean log-likelihood per point changes by less than `tol` (1e-3) or after
//! `max_iter` (100) iterations. Covariances are diagonal or full. [`GaussianMixture::bic`] is
//! `-2 ln L + p ln n` with `p = k d + k (d or d(d+1)/2) + k - 1` free parameters.

use super::cluster::{kmeans, KMeansOptions};
use crystaldb::{Error, Result};
use faer::linalg::triangular_solve::solve_lower_triangular_in_place;
use faer::{Mat, Par, Side};
use serde::Serialize;

/// The shape of each component's covariance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Covariance {
    /// One variance per dimension.
    Diag,
    /// A full symmetric matrix.
    Full,
}

impl Covariance {
    /// Parse `diag` or `full`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "diag" => Ok(Self::Diag),
            "full" => Ok(Self::Full),
            _ => Err(Error::invalid(format!("unknown covariance type {s:?} (diag or full)"))),
        }
    }
}

/// How a mixture is fitted.
#[derive(Debug, Clone, Serialize)]
pub struct MixtureOptions {
    /// Components.
    pub k: usize,
    /// Covariance shape.
    pub covariance: Covariance,
    /// EM iterations at most.
    pub max_iter: usize,
    /// Convergence threshold on the mean log-likelihood per point.
    pub tol: f64,
    /// Added to every covariance's diagonal.
    pub reg_covar: f64,
    /// k-means starts (seeds `seed`, `seed + 1`, ...); the fit with the highest final mean
    /// log-likelihood is kept (scikit-learn's `n_init`). Ignored with a given start.
    pub restarts: usize,
    /// Seed of the k-means start.
    pub seed: u64,
}

impl Default for MixtureOptions {
    fn default() -> Self {
        Self {
            k: 2,
            covariance: Covariance::Diag,
            max_iter: 100,
            tol: 1e-3,
            reg_covar: 1e-6,
            restarts: 1,
            seed: 0,
        }
    }
}

/// A fitted Gaussian mixture.
#[derive(Debug, Clone, Serialize)]
pub struct GaussianMixture {
    /// Component weights.
    pub weights: Vec<f64>,
    /// Means, row-major `k x dim`.
    #[serde(skip)]
    pub means: Vec<f64>,
    /// Covariances: `k x dim` variances (diagonal) or `k x dim x dim` matrices (full).
    #[serde(skip)]
    pub covariances: Vec<f64>,
    /// Covariance shape.
    pub covariance: Covariance,
    /// Mean log-likelihood per point at the end.
    pub lower_bound: f64,
    /// Whether the change fell below `tol`.
    pub converged: bool,
    /// EM iterations run.
    pub iterations: usize,
    /// Most responsible component of each fitted point.
    #[serde(skip)]
    pub labels: Vec<usize>,
    /// Input dimension.
    pub dim: usize,
}

/// Per point and component, `ln w_k + ln N(x | μ_k, Σ_k)` (`n x k`, row-major).
fn weighted_log_prob(
    x: &[f64],
    dim: usize,
    weights: &[f64],
    means: &[f64],
    cov: &[f64],
    shape: Covariance,
) -> Result<Vec<f64>> {
    let (n, k) = (x.len() / dim, weights.len());
    let mut out = vec![0.0; n * k];
    let ln2pi = (2.0 * std::f64::consts::PI).ln();
    for c in 0..k {
        let mu = &means[c * dim..(c + 1) * dim];
        match shape {
            Covariance::Diag => {
                let var = &cov[c * dim..(c + 1) * dim];
                let log_det: f64 = var.iter().map(|v| v.ln()).sum();
                for (i, r) in x.chunks_exact(dim).enumerate() {
                    let m: f64 = r.iter().zip(mu).zip(var).map(|((a, b), v)| (a - b) * (a - b) / v).sum();
                    out[i * k + c] = weights[c].ln() - 0.5 * (dim as f64 * ln2pi + log_det + m);
                }
            }
            Covariance::Full => {
                let s = Mat::<f64>::from_fn(dim, dim, |a, b| cov[c * dim * dim + a * dim + b]);
                let llt = s.llt(Side::Lower).map_err(|e| {
                    Error::invalid(format!(
                        "Gaussian mixture: component {c}'s covariance is not positive definite ({e:?}); raise reg_covar"
                    ))
                })?;
                let l = llt.L();
                let log_det: f64 = 2.0 * (0..dim).map(|a| l[(a, a)].ln()).sum::<f64>();
                let mut z = Mat::<f64>::from_fn(dim, n, |a, i| x[i * dim + a] - mu[a]);
                solve_lower_triangular_in_place(l, z.as_mut(), Par::Seq);
                for i in 0..n {
                    let m: f64 = z.col(i).iter().map(|v| v * v).sum();
                    out[i * k + c] = weights[c].ln() - 0.5 * (dim as f64 * ln2pi + log_det + m);
                }
            }
        }
    }
    Ok(out)
}

/// Normalise rows of `log_prob` into responsibilities (in place); returns the mean of the
/// per-point log-sum-exp (the mean log-likelihood).
fn e_step(log_prob: &mut [f64], k: usize) -> f64 {
    let mut total = 0.0;
    for row in log_prob.chunks_exact_mut(k) {
        let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let lse = m + row.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
        row.iter_mut().for_each(|v| *v = (*v - lse).exp());
        total += lse;
    }
    total / (log_prob.len() / k).max(1) as f64
}

/// Weights, means and covariances from responsibilities `resp` (`n x k`).
fn m_step(
    x: &[f64],
    dim: usize,
    resp: &[f64],
    k: usize,
    shape: Covariance,
    reg: f64,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = x.len() / dim;
    let mut nk = vec![10.0 * f64::EPSILON; k];
    let mut means = vec![0.0; k * dim];
    for (r, row) in x.chunks_exact(dim).zip(resp.chunks_exact(k)) {
        for c in 0..k {
            nk[c] += row[c];
            means[c * dim..(c + 1) * dim].iter_mut().zip(r).for_each(|(m, v)| *m += row[c] * v);
        }
    }
    for c in 0..k {
        means[c * dim..(c + 1) * dim].iter_mut().for_each(|m| *m /= nk[c]);
    }
    let cov = match shape {
        Covariance::Diag => {
            let mut var = vec![0.0; k * dim];
            for (r, row) in x.chunks_exact(dim).zip(resp.chunks_exact(k)) {
                for c in 0..k {
                    for j in 0..dim {
                        let d = r[j] - means[c * dim + j];
                        var[c * dim + j] += row[c] * d * d;
                    }
                }
            }
            for c in 0..k {
                var[c * dim..(c + 1) * dim].iter_mut().for_each(|v| *v = *v / nk[c] + reg);
            }
            var
        }
        Covariance::Full => {
            let mut full = vec![0.0; k * dim * dim];
            for c in 0..k {
                // (√r (x - μ))ᵀ (√r (x - μ)) / N_k
                let w = Mat::<f64>::from_fn(n, dim, |i, j| {
                    resp[i * k + c].sqrt() * (x[i * dim + j] - means[c * dim + j])
                });
                let s = w.transpose() * &w;
                for a in 0..dim {
                    for b in 0..dim {
                        full[c * dim * dim + a * dim + b] =
                            s[(a, b)] / nk[c] + if a == b { reg } else { 0.0 };
                    }
                }
            }
            full
        }
    };
    let weights = nk.iter().map(|v| v / n as f64).collect();
    (weights, means, cov)
}

/// Fit a mixture to row-major `x` (`dim` wide) from k-means (best of `restarts`), or from
/// `start` (weights, means, covariances laid out as in [`GaussianMixture`]) when given. See the
/// [module docs](self).
pub fn gaussian_mixture(
    x: &[f64],
    dim: usize,
    options: &MixtureOptions,
    start: Option<(Vec<f64>, Vec<f64>, Vec<f64>)>,
) -> Result<GaussianMixture> {
    if start.is_some() || options.restarts <= 1 {
        return fit_once(x, dim, options, start);
    }
    let mut best: Option<GaussianMixture> = None;
    for r in 0..options.restarts as u64 {
        let o = MixtureOptions { seed: options.seed.wrapping_add(r), ..options.clone() };
        let g = fit_once(x, dim, &o, None)?;
        if best.as_ref().is_none_or(|b| g.lower_bound > b.lower_bound) {
            best = Some(g);
        }
    }
    best.ok_or_else(|| Error::invalid("Gaussian mixture: no start"))
}

fn fit_once(
    x: &[f64],
    dim: usize,
    options: &MixtureOptions,
    start: Option<(Vec<f64>, Vec<f64>, Vec<f64>)>,
) -> Result<GaussianMixture> {
    let n = x.len().checked_div(dim).unwrap_or(0);
    let k = options.k;
    if k == 0 || n < k.max(2) || x.len() != n * dim {
        return Err(Error::invalid(format!("Gaussian mixture: cannot fit {k} components to {n} points")));
    }
    let (mut weights, mut means, mut cov) = match start {
        Some(p) => p,
        None => {
            let km = kmeans(x, dim, &KMeansOptions { k, restarts: 1, max_iter: 100, seed: options.seed })?;
            let mut resp = vec![0.0; n * k];
            km.labels.iter().enumerate().for_each(|(i, &l)| resp[i * k + l] = 1.0);
            m_step(x, dim, &resp, k, options.covariance, options.reg_covar)
        }
    };
    let mut lower_bound = f64::NEG_INFINITY;
    let (mut converged, mut iterations) = (false, 0);
    for it in 1..=options.max_iter {
        iterations = it;
        let mut resp = weighted_log_prob(x, dim, &weights, &means, &cov, options.covariance)?;
        let lb = e_step(&mut resp, k);
        (weights, means, cov) = m_step(x, dim, &resp, k, options.covariance, options.reg_covar);
        let change = lb - lower_bound;
        lower_bound = lb;
        if change.abs() < options.tol {
            converged = true;
            break;
        }
    }
    // Final E-step so that labels and the likelihood describe the returned parameters
    // (scikit-learn's `fit_predict` does the same).
    let mut last = weighted_log_prob(x, dim, &weights, &means, &cov, options.covariance)?;
    let _ = e_step(&mut last, k);
    let labels = last
        .chunks_exact(k)
        .map(|r| (0..k).max_by(|&a, &b| r[a].total_cmp(&r[b]).then(b.cmp(&a))).unwrap_or(0))
        .collect();
    Ok(GaussianMixture {
        weights,
        means,
        covariances: cov,
        covariance: options.covariance,
        lower_bound,
        converged,
        iterations,
        labels,
        dim,
    })
}

impl GaussianMixture {
    /// Total log-likelihood of row-major `x`.
    pub fn log_likelihood(&self, x: &[f64]) -> Result<f64> {
        let k = self.weights.len();
        let mut lp =
            weighted_log_prob(x, self.dim, &self.weights, &self.means, &self.covariances, self.covariance)?;
        Ok(e_step(&mut lp, k) * (x.len() / self.dim) as f64)
    }

    /// Free parameters.
    pub fn parameters(&self) -> usize {
        let (k, d) = (self.weights.len(), self.dim);
        let cov = match self.covariance {
            Covariance::Diag => k * d,
            Covariance::Full => k * d * (d + 1) / 2,
        };
        cov + k * d + k - 1
    }

    /// Bayesian information criterion on `x` (lower is better).
    pub fn bic(&self, x: &[f64]) -> Result<f64> {
        let n = (x.len() / self.dim) as f64;
        Ok(-2.0 * self.log_likelihood(x)? + self.parameters() as f64 * n.ln())
    }
}

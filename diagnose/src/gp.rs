//! Gaussian-process regression probes: "what can a smooth non-linear map read off the embedding,
//! and how well does it know what it does not know?"
//!
//! [`gp_fit`] is scikit-learn's `GaussianProcessRegressor(kernel, alpha=1e-10, normalize_y=True)`
//! with `kernel = ConstantKernel(c) * K(length_scale) + WhiteKernel(noise)`, `K` an isotropic RBF
//! or Matérn ν = 5/2:
//!
//! * targets are standardised on the training rows (mean, population standard deviation);
//! * hyper-parameters `θ = (ln c, ln ℓ, ln noise)` maximise the log marginal likelihood
//!   `-½ yᵀK⁻¹y - ½ ln|K| - n/2 ln 2π` (analytic gradient, box-bounded quasi-Newton within
//!   `[1e-5, 1e5]` for each parameter, as scikit-learn's default bounds), best of several starts;
//! * the posterior at a new point is `μ = k*ᵀK⁻¹y`, `σ² = c + noise - k*ᵀK⁻¹k*` (the predictive
//!   variance *of an observation*, noise included, as scikit-learn's `predict(return_std=True)`),
//!   both de-standardised.
//!
//! [`gp_probe`] standardises features on the training rows (like the ridge probe), fits on at most
//! [`GpOptions::max_train`] training rows and optimises the hyper-parameters on at most
//! [`GpOptions::optimise_rows`] of them (seeded subsamples, said in [`GpSummary`]), and scores the
//! held-out rows with MAE/R² and calibration: mean predictive σ, the fractions of test targets
//! within ±1σ and ±2σ (0.683 and 0.954 when calibrated) and the negative log predictive density.

use super::math::{sample, sq_distances, sq_norms};
use super::probe::{regression_scores, Probe, ProbeMethod, ProbeRows};
use crystaldb::{Error, Result};
use faer::linalg::solvers::{DenseSolveCore, Llt, Solve};
use faer::linalg::triangular_solve::solve_lower_triangular_in_place;
use faer::{Mat, Par, Side};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::VecDeque;

/// The stationary part of a GP kernel (isotropic, unit amplitude).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GpKernel {
    /// `exp(-r² / 2ℓ²)` (scikit-learn `RBF`).
    Rbf,
    /// `(1 + √5 r/ℓ + 5r²/3ℓ²) exp(-√5 r/ℓ)` (scikit-learn `Matern(nu=2.5)`).
    Matern52,
}

impl GpKernel {
    /// Parse `rbf` or `matern` (also `matern52`).
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "rbf" => Ok(Self::Rbf),
            "matern" | "matern52" => Ok(Self::Matern52),
            _ => Err(Error::invalid(format!("unknown GP kernel {s:?} (rbf or matern)"))),
        }
    }

    /// Unit-amplitude kernel value at squared distance `r2` and its derivative by `ln ℓ`.
    fn eval(self, r2: f64, length_scale: f64) -> (f64, f64) {
        match self {
            Self::Rbf => {
                let q = r2 / (length_scale * length_scale);
                let k = (-0.5 * q).exp();
                (k, k * q)
            }
            Self::Matern52 => {
                let s = 5f64.sqrt() * r2.sqrt() / length_scale;
                let e = (-s).exp();
                ((1.0 + s + s * s / 3.0) * e, s * s / 3.0 * (1.0 + s) * e)
            }
        }
    }
}

/// Kernel hyper-parameters, on standardised targets.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GpHyper {
    /// Signal variance `c` of `ConstantKernel`.
    pub amplitude: f64,
    /// Length scale `ℓ` (in standardised feature units).
    pub length_scale: f64,
    /// Noise variance of `WhiteKernel`.
    pub noise: f64,
}

impl GpHyper {
    fn theta(&self) -> [f64; 3] {
        [self.amplitude.ln(), self.length_scale.ln(), self.noise.ln()]
    }

    fn from_theta(t: &[f64; 3]) -> Self {
        Self { amplitude: t[0].exp(), length_scale: t[1].exp(), noise: t[2].exp() }
    }
}

/// Jitter added to the training covariance's diagonal (scikit-learn's default `alpha`).
const JITTER: f64 = 1e-10;
/// Bounds of every hyper-parameter (scikit-learn's defaults).
const BOUNDS: (f64, f64) = (1e-5, 1e5);

/// How a GP probe is fitted.
#[derive(Debug, Clone, Serialize)]
pub struct GpOptions {
    /// The stationary kernel.
    pub kernel: GpKernel,
    /// Training rows the posterior conditions on (a seeded subsample above this).
    pub max_train: usize,
    /// Training rows the hyper-parameters are optimised on (a seeded subsample of those).
    pub optimise_rows: usize,
    /// Seed of the subsamples.
    pub seed: u64,
}

impl Default for GpOptions {
    fn default() -> Self {
        Self { kernel: GpKernel::Rbf, max_train: 2000, optimise_rows: 600, seed: 0 }
    }
}

/// A fitted GP: the training inputs, `K⁻¹y` and the Cholesky factor of `K`.
#[derive(Debug, Clone)]
pub struct GpModel {
    kernel: GpKernel,
    /// The hyper-parameters.
    pub hyper: GpHyper,
    /// Log marginal likelihood of the standardised training targets at `hyper`.
    pub log_marginal_likelihood: f64,
    dim: usize,
    x: Vec<f64>,
    x_sq: Vec<f64>,
    alpha: Vec<f64>,
    chol: Mat<f64>,
    y_mean: f64,
    y_std: f64,
}

/// The unit-amplitude kernel matrix and its `ln ℓ` derivative from squared distances.
fn unit_kernel(kernel: GpKernel, d2: &[f64], length_scale: f64) -> (Vec<f64>, Vec<f64>) {
    d2.iter().map(|&r2| kernel.eval(r2, length_scale)).unzip()
}

/// The kernel matrix at one θ, factorised.
struct Factor {
    hyper: GpHyper,
    /// Unit-amplitude kernel values and their `ln ℓ` derivatives, row-major.
    k: Vec<f64>,
    dk: Vec<f64>,
    llt: Llt<f64>,
    /// `K⁻¹ y`, one column.
    alpha: Mat<f64>,
    /// `-ln p(y | θ)`.
    value: f64,
}

/// Factorise `K(θ)` for targets `y`; `None` when it is not positive definite.
fn factorise(kernel: GpKernel, d2: &[f64], y: &[f64], theta: &[f64; 3]) -> Option<Factor> {
    let n = y.len();
    let hyper = GpHyper::from_theta(theta);
    let (k, dk) = unit_kernel(kernel, d2, hyper.length_scale);
    let kmat = Mat::<f64>::from_fn(n, n, |i, j| {
        hyper.amplitude * k[i * n + j] + if i == j { hyper.noise + JITTER } else { 0.0 }
    });
    let llt = kmat.llt(Side::Lower).ok()?;
    let alpha = llt.solve(Mat::<f64>::from_fn(n, 1, |i, _| y[i]));
    let l = llt.L();
    let log_det: f64 = (0..n).map(|i| l[(i, i)].ln()).sum();
    let fit: f64 = (0..n).map(|i| y[i] * alpha[(i, 0)]).sum();
    let value = 0.5 * fit + log_det + 0.5 * n as f64 * (2.0 * std::f64::consts::PI).ln();
    value.is_finite().then_some(Factor { hyper, k, dk, llt, alpha, value })
}

/// `-ln p(y | θ)` and its gradient by `θ`, or `None` when `K` is not positive definite.
fn neg_lml(
    kernel: GpKernel,
    d2: &[f64],
    y: &[f64],
    theta: &[f64; 3],
    gradient: bool,
) -> Option<(f64, [f64; 3])> {
    let Factor { hyper: h, k, dk, llt, alpha, value } = factorise(kernel, d2, y, theta)?;
    if !gradient {
        return Some((value, [0.0; 3]));
    }
    // d lml / dθ = ½ tr((ααᵀ - K⁻¹) dK/dθ); K is symmetric, so a full elementwise sum.
    let n = y.len();
    let inv = llt.inverse();
    let mut g = [0.0; 3];
    for i in 0..n {
        let ai = alpha[(i, 0)];
        for j in 0..n {
            let w = ai * alpha[(j, 0)] - inv[(i, j)];
            g[0] += w * h.amplitude * k[i * n + j];
            g[1] += w * h.amplitude * dk[i * n + j];
        }
        g[2] += (ai * ai - inv[(i, i)]) * h.noise;
    }
    Some((value, g.map(|v| -0.5 * v)))
}

/// A value and its gradient at a point of the hyper-parameter box, or `None` where undefined.
type Objective<'a> = &'a dyn Fn(&[f64; 3]) -> Option<(f64, [f64; 3])>;

/// Minimise `f` over the box `[lo, hi]³` from `x0`: L-BFGS directions (memory 6) restricted to the
/// free variables, projected backtracking line search (Armijo), stopping when the projected
/// gradient's largest component is below 1e-5 or the value stops changing (scipy's L-BFGS-B
/// `gtol` and `ftol`). Returns the best point and value, or `None` when `f` fails at `x0`.
fn minimise_box(
    f: Objective<'_>,
    x0: [f64; 3],
    lo: f64,
    hi: f64,
    max_iter: usize,
) -> Option<([f64; 3], f64)> {
    let clamp = |x: [f64; 3]| x.map(|v| v.clamp(lo, hi));
    let dot = |a: &[f64; 3], b: &[f64; 3]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let mut x = clamp(x0);
    let (mut fx, mut g) = f(&x)?;
    let mut memory: VecDeque<([f64; 3], [f64; 3])> = VecDeque::new();
    for _ in 0..max_iter {
        // Variables at a bound whose gradient pushes outwards are fixed this iteration.
        let free: [bool; 3] =
            std::array::from_fn(|i| !((x[i] <= lo && g[i] > 0.0) || (x[i] >= hi && g[i] < 0.0)));
        let pg: [f64; 3] = std::array::from_fn(|i| if free[i] { g[i] } else { 0.0 });
        if pg.iter().all(|v| v.abs() < 1e-5) {
            break;
        }
        // Two-loop recursion on the free subspace.
        let mut q = pg;
        let mut a = Vec::with_capacity(memory.len());
        for (s, yv) in memory.iter().rev() {
            let rho = 1.0 / dot(yv, s);
            let ai = rho * dot(s, &q);
            q = std::array::from_fn(|i| q[i] - ai * yv[i]);
            a.push((ai, rho));
        }
        let gamma = memory
            .back()
            .map_or(1.0 / pg.iter().map(|v| v * v).sum::<f64>().sqrt(), |(s, yv)| dot(s, yv) / dot(yv, yv));
        let mut r: [f64; 3] = q.map(|v| gamma * v);
        for ((s, yv), (ai, rho)) in memory.iter().zip(a.iter().rev()) {
            let b = rho * dot(yv, &r);
            r = std::array::from_fn(|i| r[i] + s[i] * (ai - b));
        }
        let mut d: [f64; 3] = std::array::from_fn(|i| if free[i] { -r[i] } else { 0.0 });
        if dot(&d, &g) >= 0.0 {
            memory.clear();
            let norm = pg.iter().map(|v| v * v).sum::<f64>().sqrt();
            d = pg.map(|v| -v / norm);
        }
        let mut step = 1.0;
        let mut accepted = None;
        for _ in 0..40 {
            let xn = clamp(std::array::from_fn(|i| x[i] + step * d[i]));
            let moved: [f64; 3] = std::array::from_fn(|i| xn[i] - x[i]);
            if let Some((fnew, gnew)) = f(&xn) {
                if fnew <= fx + 1e-4 * dot(&g, &moved) {
                    accepted = Some((xn, fnew, gnew, moved));
                    break;
                }
            }
            step *= 0.5;
        }
        let Some((xn, fnew, gnew, s)) = accepted else {
            if memory.is_empty() {
                break;
            }
            memory.clear();
            continue;
        };
        let yv: [f64; 3] = std::array::from_fn(|i| gnew[i] - g[i]);
        if dot(&s, &yv) > 1e-12 {
            if memory.len() == 6 {
                memory.pop_front();
            }
            memory.push_back((s, yv));
        }
        let converged = (fx - fnew) <= 2.2e-9 * fx.abs().max(fnew.abs()).max(1.0);
        (x, fx, g) = (xn, fnew, gnew);
        if converged {
            break;
        }
    }
    Some((x, fx))
}

/// Fit a GP to row-major `x` (`y.len()` rows, `dim` wide): with `hyper` fixed, or (`None`) with
/// hyper-parameters maximising the marginal likelihood from `starts` (each a starting point; the
/// best optimum wins). See the [module docs](self).
pub fn gp_fit(
    x: &[f64],
    dim: usize,
    y: &[f64],
    kernel: GpKernel,
    hyper: Option<GpHyper>,
    starts: &[GpHyper],
) -> Result<GpModel> {
    let n = y.len();
    if n == 0 || dim == 0 || x.len() != n * dim {
        return Err(Error::invalid(format!("GP: {} values are not {n} rows of {dim} features", x.len())));
    }
    let y_mean = y.iter().sum::<f64>() / n as f64;
    let var = y.iter().map(|v| (v - y_mean) * (v - y_mean)).sum::<f64>() / n as f64;
    let y_std = if var > 0.0 { var.sqrt() } else { 1.0 };
    let ys: Vec<f64> = y.iter().map(|v| (v - y_mean) / y_std).collect();
    let x_sq = sq_norms(x, dim);
    let d2 = sq_distances(x, &x_sq, x, &x_sq, dim);
    let hyper = match hyper {
        Some(h) => h,
        None => {
            let (lo, hi) = (BOUNDS.0.ln(), BOUNDS.1.ln());
            let f = |t: &[f64; 3]| neg_lml(kernel, &d2, &ys, t, true);
            starts
                .iter()
                .filter_map(|s| minimise_box(&f, s.theta(), lo, hi, 200))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(t, _)| GpHyper::from_theta(&t))
                .ok_or_else(|| {
                    Error::invalid("GP: the kernel matrix is not positive definite at any starting point")
                })?
        }
    };
    let f = factorise(kernel, &d2, &ys, &hyper.theta()).ok_or_else(|| {
        Error::invalid(format!("GP: the kernel matrix is not positive definite at {hyper:?}"))
    })?;
    Ok(GpModel {
        kernel,
        hyper,
        log_marginal_likelihood: -f.value,
        dim,
        x: x.to_vec(),
        x_sq,
        alpha: (0..n).map(|i| f.alpha[(i, 0)]).collect(),
        chol: f.llt.L().to_owned(),
        y_mean,
        y_std,
    })
}

impl GpModel {
    /// Posterior mean and predictive standard deviation (noise included) at row-major `x`;
    /// blocks of 256 query rows in parallel.
    pub fn predict(&self, x: &[f64]) -> (Vec<f64>, Vec<f64>) {
        let parts: Vec<(Vec<f64>, Vec<f64>)> =
            x.par_chunks(self.dim * 256).map(|block| self.predict_block(block)).collect();
        parts.into_iter().fold((Vec::new(), Vec::new()), |(mut m, mut s), (bm, bs)| {
            m.extend(bm);
            s.extend(bs);
            (m, s)
        })
    }

    fn predict_block(&self, block: &[f64]) -> (Vec<f64>, Vec<f64>) {
        let (n, dim) = (self.alpha.len(), self.dim);
        let m = block.len() / dim;
        let b_sq = sq_norms(block, dim);
        let d2 = sq_distances(block, &b_sq, &self.x, &self.x_sq, dim);
        // Columns are query points: K*ᵀ, then V = L⁻¹ K*ᵀ in place.
        let mut v = Mat::<f64>::zeros(n, m);
        for j in 0..m {
            let col =
                v.col_mut(j).try_as_col_major_mut().expect("a fresh matrix is column-major").as_slice_mut();
            for (c, &r2) in col.iter_mut().zip(&d2[j * n..(j + 1) * n]) {
                *c = self.hyper.amplitude * self.kernel.eval(r2, self.hyper.length_scale).0;
            }
        }
        let mean: Vec<f64> = (0..m)
            .map(|j| {
                v.col(j).iter().zip(&self.alpha).map(|(a, b)| a * b).sum::<f64>() * self.y_std + self.y_mean
            })
            .collect();
        solve_lower_triangular_in_place(self.chol.as_ref(), v.as_mut(), Par::Seq);
        let std = (0..m)
            .map(|j| {
                let explained: f64 = v.col(j).iter().map(|a| a * a).sum();
                (self.hyper.amplitude + self.hyper.noise - explained).max(0.0).sqrt() * self.y_std
            })
            .collect();
        (mean, std)
    }

    /// Training rows the posterior conditions on.
    pub fn rows(&self) -> usize {
        self.alpha.len()
    }
}

/// How well the predictive distribution describes held-out targets.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Calibration {
    /// Mean predictive standard deviation (target units).
    pub mean_sigma: f64,
    /// Fraction of test targets within ±1σ of the mean (0.683 when calibrated).
    pub within_1sigma: f64,
    /// Fraction within ±2σ (0.954 when calibrated).
    pub within_2sigma: f64,
    /// Mean negative log predictive density, `½ ln 2πσ² + (y - μ)² / 2σ²` (nats; lower is better).
    pub nlpd: f64,
}

/// Calibration of Gaussian predictions `(mean, sigma)` against `truth`.
pub fn calibration(truth: &[f64], mean: &[f64], sigma: &[f64]) -> Calibration {
    let n = truth.len().min(mean.len()).min(sigma.len()).max(1) as f64;
    let (mut s, mut w1, mut w2, mut nlpd) = (0.0, 0.0, 0.0, 0.0);
    for ((t, m), sd) in truth.iter().zip(mean).zip(sigma) {
        let sd = sd.max(1e-12);
        let z = (t - m).abs() / sd;
        s += sd;
        w1 += f64::from(u8::from(z <= 1.0));
        w2 += f64::from(u8::from(z <= 2.0));
        nlpd += 0.5 * (2.0 * std::f64::consts::PI * sd * sd).ln() + 0.5 * z * z;
    }
    Calibration { mean_sigma: s / n, within_1sigma: w1 / n, within_2sigma: w2 / n, nlpd: nlpd / n }
}

/// What a GP probe fitted, beside its scores.
#[derive(Debug, Clone, Serialize)]
pub struct GpSummary {
    /// The stationary kernel.
    pub kernel: GpKernel,
    /// Optimised hyper-parameters (standardised features and targets).
    pub hyper: GpHyper,
    /// Log marginal likelihood at the optimum, on the rows the posterior conditions on.
    pub log_marginal_likelihood: f64,
    /// Training rows the posterior conditions on.
    pub fitted_rows: usize,
    /// Training rows the hyper-parameters were optimised on.
    pub optimised_rows: usize,
    /// Whether either is a subsample of the training rows.
    pub subsampled: bool,
    /// Calibration on the held-out rows.
    pub calibration: Calibration,
}

/// Starting points of the hyper-parameter search for `dim` standardised features: the expected
/// distance between two rows is about `√(2 dim)`, so length scales around `√dim`.
fn starts(dim: usize) -> Vec<GpHyper> {
    let l = (dim as f64).sqrt();
    [(1.0, l, 0.1), (1.0, 0.25 * l, 0.01), (1.0, 4.0 * l, 0.5)]
        .map(|(amplitude, length_scale, noise)| GpHyper { amplitude, length_scale, noise })
        .to_vec()
}

/// Fit a GP probe on the `train` rows of `x` (row-major, `dim` wide) and score it on the `test`
/// rows (see the [module docs](self)).
pub fn gp_probe(
    x: &[f64],
    dim: usize,
    y: &[f64],
    train: &[usize],
    test: &[usize],
    options: &GpOptions,
) -> Result<Probe> {
    let rows = ProbeRows::new(x, dim, y, train, test)?;
    let pick = |r: &[usize]| rows.pick(r);
    let subsample = |rows: &[usize], m: usize, seed: u64| -> Vec<usize> {
        sample(rows.len(), m.max(2), seed).into_iter().map(|i| rows[i]).collect()
    };
    let fitted = subsample(train, options.max_train, options.seed);
    let optimised = subsample(&fitted, options.optimise_rows, options.seed ^ 0x6770);
    let (xo, yo) = pick(&optimised);
    let hyper = gp_fit(&xo, dim, &yo, options.kernel, None, &starts(dim))?.hyper;
    let (xf, yf) = pick(&fitted);
    let model = gp_fit(&xf, dim, &yf, options.kernel, Some(hyper), &[])?;
    let (xs, ys) = pick(test);
    let (mean, sigma) = model.predict(&xs);
    let summary = GpSummary {
        kernel: options.kernel,
        hyper,
        log_marginal_likelihood: model.log_marginal_likelihood,
        fitted_rows: fitted.len(),
        optimised_rows: optimised.len(),
        subsampled: optimised.len() < train.len(),
        calibration: calibration(&ys, &mean, &sigma),
    };
    Ok(Probe {
        method: ProbeMethod::Gp,
        alpha: f64::NAN,
        cv_mse: Vec::new(),
        train: train.len(),
        test: regression_scores(&ys, &mean),
        gp: Some(summary),
        predictions: mean,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gradient_matches_finite_differences() {
        let (n, dim) = (30, 3);
        let x: Vec<f64> = (0..n * dim).map(|i| ((i * 37 % 101) as f64 / 50.0) - 1.0).collect();
        let y: Vec<f64> = (0..n).map(|i| (x[i * dim] * 2.0).sin() + 0.3 * x[i * dim + 1]).collect();
        let sq = sq_norms(&x, dim);
        let d2 = sq_distances(&x, &sq, &x, &sq, dim);
        for kernel in [GpKernel::Rbf, GpKernel::Matern52] {
            let t = [0.3f64, -0.2, -3.0];
            let (_, g) = neg_lml(kernel, &d2, &y, &t, true).unwrap();
            for p in 0..3 {
                let (mut a, mut b) = (t, t);
                a[p] += 1e-6;
                b[p] -= 1e-6;
                let fd = (neg_lml(kernel, &d2, &y, &a, false).unwrap().0
                    - neg_lml(kernel, &d2, &y, &b, false).unwrap().0)
                    / 2e-6;
                assert!((fd - g[p]).abs() < 1e-5 * fd.abs().max(1.0), "{kernel:?} θ{p}: {fd} vs {}", g[p]);
            }
        }
    }

    #[test]
    fn box_minimiser_finds_an_interior_and_a_bound_minimum() {
        let f = |x: &[f64; 3]| {
            let v = (x[0] - 1.0).powi(2) + 10.0 * (x[1] + 2.0).powi(2) + (x[2] + 20.0).powi(2);
            Some((v, [2.0 * (x[0] - 1.0), 20.0 * (x[1] + 2.0), 2.0 * (x[2] + 20.0)]))
        };
        let (x, _) = minimise_box(&f, [0.0; 3], -5.0, 5.0, 200).unwrap();
        assert!((x[0] - 1.0).abs() < 1e-5 && (x[1] + 2.0).abs() < 1e-5 && x[2] == -5.0, "{x:?}");
    }

    #[test]
    fn calibration_of_exact_gaussian_scores() {
        let c = calibration(&[0.0, 1.0, 3.0], &[0.0; 3], &[1.0; 3]);
        assert_eq!((c.within_1sigma, c.within_2sigma), (2.0 / 3.0, 2.0 / 3.0));
        assert!((c.nlpd - (0.5 * (2.0 * std::f64::consts::PI).ln() + (0.0 + 0.5 + 4.5) / 3.0)).abs() < 1e-12);
    }
}

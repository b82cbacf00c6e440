//! Linear probes: "how much of a property can a linear map read off the frozen embedding?"
//!
//! [`ridge_fit`] solves ridge regression with an intercept exactly as scikit-learn's
//! `Ridge(alpha, fit_intercept=True)`: centre the features and the target on the training rows,
//! solve `(XcᵀXc + αI) w = Xcᵀ yc` (Cholesky, faer), intercept `ȳ - x̄·w`. [`linear_probe`]
//! standardises the features on the training rows (zero mean, unit variance; constant columns
//! become 0), picks α by k-fold cross-validation on the training rows only (lowest mean squared
//! error; ties to the larger α; every α of a fold from one eigendecomposition, [`ridge_path_mse`]),
//! refits on every training row and scores the held-out rows.

use super::math::{rng, shuffle};
use crystaldb::{Error, Result};
use faer::linalg::solvers::Solve;
use faer::{Mat, Side};
use serde::Serialize;

/// A fitted ridge model.
#[derive(Debug, Clone, Serialize)]
pub struct RidgeModel {
    /// One weight per feature.
    pub coef: Vec<f64>,
    /// The intercept.
    pub intercept: f64,
    /// The regularisation strength it was fitted with.
    pub alpha: f64,
}

impl RidgeModel {
    /// Predictions for row-major `x` (`coef.len()` wide).
    pub fn predict(&self, x: &[f64]) -> Vec<f64> {
        let d = self.coef.len().max(1);
        x.chunks_exact(d)
            .map(|r| self.intercept + r.iter().zip(&self.coef).map(|(a, b)| a * b).sum::<f64>())
            .collect()
    }
}

/// Ridge regression with an intercept on row-major `x` (`y.len()` rows, `dim` wide).
pub fn ridge_fit(x: &[f64], dim: usize, y: &[f64], alpha: f64) -> Result<RidgeModel> {
    let n = y.len();
    if n == 0 || dim == 0 || x.len() != n * dim {
        return Err(Error::invalid(format!("ridge: {} values are not {n} rows of {dim} features", x.len())));
    }
    if !(alpha > 0.0 && alpha.is_finite()) {
        return Err(Error::invalid(format!("ridge: alpha must be positive and finite, got {alpha}")));
    }
    let Centred { xm, ym, xc, yc } = Centred::new(x, dim, y);
    let mut a = xc.transpose() * &xc;
    for j in 0..dim {
        a[(j, j)] += alpha;
    }
    let b = xc.transpose() * &yc;
    let w = a
        .llt(Side::Lower)
        .map_err(|e| {
            Error::invalid(format!("ridge: the normal equations are not positive definite ({e:?})"))
        })?
        .solve(&b);
    let coef: Vec<f64> = (0..dim).map(|j| w[(j, 0)]).collect();
    let intercept = ym - xm.iter().zip(&coef).map(|(m, c)| m * c).sum::<f64>();
    Ok(RidgeModel { coef, intercept, alpha })
}

/// Row-major features and targets centred on their means, as ridge regression with an
/// unpenalised intercept solves them.
struct Centred {
    xm: Vec<f64>,
    ym: f64,
    xc: Mat<f64>,
    yc: Mat<f64>,
}

impl Centred {
    fn new(x: &[f64], dim: usize, y: &[f64]) -> Self {
        let n = y.len();
        let mut xm = vec![0.0; dim];
        for r in x.chunks_exact(dim) {
            xm.iter_mut().zip(r).for_each(|(m, v)| *m += v);
        }
        xm.iter_mut().for_each(|m| *m /= n as f64);
        let ym = y.iter().sum::<f64>() / n as f64;
        let xc = Mat::<f64>::from_fn(n, dim, |i, j| x[i * dim + j] - xm[j]);
        let yc = Mat::<f64>::from_fn(n, 1, |i, _| y[i] - ym);
        Self { xm, ym, xc, yc }
    }
}

/// Validation mean squared error of [`ridge_fit`] on `(xf, yf)` for every α of `alphas` at the
/// cost of one fit: one symmetric eigendecomposition of the centred Gram matrix on the smaller
/// side — `XcᵀXc = V Λ Vᵀ` (d ≤ n) gives `w(α) = V (Λ + α)⁻¹ Vᵀ Xcᵀ yc`; `Xc Xcᵀ = U Σ Uᵀ`
/// (n < d) gives `w(α) = Xcᵀ U (Σ + α)⁻¹ Uᵀ yc` — and a diagonal rescaling per α. An α that is
/// not positive and finite, or a decomposition that fails, gives `inf` (as a failed fit).
pub fn ridge_path_mse(
    xf: &[f64],
    dim: usize,
    yf: &[f64],
    xv: &[f64],
    yv: &[f64],
    alphas: &[f64],
) -> Vec<f64> {
    let (n, m) = (yf.len(), yv.len());
    if n == 0 || m == 0 || dim == 0 || xf.len() != n * dim || xv.len() != m * dim {
        return vec![f64::INFINITY; alphas.len()];
    }
    let Centred { xm, ym, xc, yc } = Centred::new(xf, dim, yf);
    let xvc = Mat::<f64>::from_fn(m, dim, |i, j| xv[i * dim + j] - xm[j]);
    // Predictions are `ym + Σ_t q[i, t] c[t] / (λ_t + α)` for the eigenpairs (λ_t) of the chosen side.
    let (q, c, lambda) = if dim <= n {
        let Ok(evd) = (xc.transpose() * &xc).self_adjoint_eigen(Side::Lower) else {
            return vec![f64::INFINITY; alphas.len()];
        };
        let v = evd.U();
        let c = v.transpose() * (xc.transpose() * &yc);
        (&xvc * v, c, evd.S().column_vector().iter().copied().collect::<Vec<f64>>())
    } else {
        let Ok(evd) = (&xc * xc.transpose()).self_adjoint_eigen(Side::Lower) else {
            return vec![f64::INFINITY; alphas.len()];
        };
        let u = evd.U();
        let c = u.transpose() * &yc;
        (&xvc * xc.transpose() * u, c, evd.S().column_vector().iter().copied().collect::<Vec<f64>>())
    };
    alphas
        .iter()
        .map(|&alpha| {
            if !(alpha > 0.0 && alpha.is_finite()) {
                return f64::INFINITY;
            }
            let scale: Vec<f64> =
                lambda.iter().enumerate().map(|(t, l)| c[(t, 0)] / (l.max(0.0) + alpha)).collect();
            let sse: f64 = (0..m)
                .map(|i| {
                    let p = ym + (0..scale.len()).map(|t| q[(i, t)] * scale[t]).sum::<f64>();
                    (p - yv[i]) * (p - yv[i])
                })
                .sum();
            sse / m as f64
        })
        .collect()
}

/// Regression scores on held-out rows.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Scores {
    /// Coefficient of determination, `1 - SS_res / SS_tot` (scikit-learn's `r2_score`: 1 for a
    /// perfect fit of a constant target, 0 for an imperfect one).
    pub r2: f64,
    /// Mean absolute error.
    pub mae: f64,
    /// Root mean squared error.
    pub rmse: f64,
    /// Rows scored.
    pub n: usize,
}

/// R², MAE and RMSE of `pred` against `truth`.
pub fn regression_scores(truth: &[f64], pred: &[f64]) -> Scores {
    let n = truth.len().min(pred.len());
    let mean = truth.iter().take(n).sum::<f64>() / n as f64;
    let (mut ss_res, mut ss_tot, mut abs) = (0.0, 0.0, 0.0);
    for (t, p) in truth.iter().zip(pred) {
        ss_res += (t - p) * (t - p);
        ss_tot += (t - mean) * (t - mean);
        abs += (t - p).abs();
    }
    let r2 = if ss_tot == 0.0 {
        if ss_res == 0.0 {
            1.0
        } else {
            0.0
        }
    } else {
        1.0 - ss_res / ss_tot
    };
    Scores { r2, mae: abs / n as f64, rmse: (ss_res / n as f64).sqrt(), n }
}

/// How a probe is fitted.
#[derive(Debug, Clone)]
pub struct ProbeOptions {
    /// Candidate α (default 10⁻³ .. 10⁴, one per decade).
    pub alphas: Vec<f64>,
    /// Inner cross-validation folds (default 5; fewer when there are fewer training rows).
    pub folds: usize,
    /// Seed of the fold assignment.
    pub seed: u64,
}

impl Default for ProbeOptions {
    fn default() -> Self {
        Self { alphas: (-3..=4).map(|e| 10f64.powi(e)).collect(), folds: 5, seed: 0 }
    }
}

/// Which model a probe fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProbeMethod {
    /// Ridge regression ([`linear_probe`]).
    Ridge,
    /// Gaussian-process regression ([`gp_probe`](super::gp_probe)).
    Gp,
    /// The training mean ([`mean_probe`]).
    Mean,
}

impl ProbeMethod {
    /// Parse `ridge` (also `linear`) or `gp`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "ridge" | "linear" => Ok(Self::Ridge),
            "gp" => Ok(Self::Gp),
            _ => Err(Error::invalid(format!("unknown probe {s:?} (ridge or gp)"))),
        }
    }
}

/// A probe's outcome on one split.
#[derive(Debug, Clone, Serialize)]
pub struct Probe {
    /// The model fitted.
    pub method: ProbeMethod,
    /// The α chosen by inner cross-validation (ridge; not a number, `null` in JSON, otherwise).
    pub alpha: f64,
    /// Mean validation MSE per candidate α (same order as the options).
    pub cv_mse: Vec<f64>,
    /// Training rows used.
    pub train: usize,
    /// Held-out scores.
    pub test: Scores,
    /// The GP's kernel, subsampling and calibration (GP probes only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gp: Option<super::GpSummary>,
    /// Held-out predictions, in the order of the test rows.
    #[serde(skip)]
    pub predictions: Vec<f64>,
}

/// Standardise columns with the mean and standard deviation of the `train` rows.
fn standardise(x: &[f64], dim: usize, train: &[usize]) -> Vec<f64> {
    let n = train.len() as f64;
    let mut mean = vec![0.0; dim];
    let mut var = vec![0.0; dim];
    for &r in train {
        mean.iter_mut().zip(&x[r * dim..(r + 1) * dim]).for_each(|(m, v)| *m += v / n);
    }
    for &r in train {
        for (j, v) in x[r * dim..(r + 1) * dim].iter().enumerate() {
            var[j] += (v - mean[j]) * (v - mean[j]) / n;
        }
    }
    let scale: Vec<f64> = var.iter().map(|v| if *v > 1e-24 { 1.0 / v.sqrt() } else { 0.0 }).collect();
    x.chunks_exact(dim).flat_map(|r| r.iter().enumerate().map(|(j, v)| (v - mean[j]) * scale[j])).collect()
}

/// What every probe starts from: the features standardised on the training rows, and the
/// targets.
pub(crate) struct ProbeRows<'a> {
    z: Vec<f64>,
    dim: usize,
    y: &'a [f64],
}

impl<'a> ProbeRows<'a> {
    /// Check that there are at least 2 training rows and a test row, and standardise.
    pub(crate) fn new(x: &[f64], dim: usize, y: &'a [f64], train: &[usize], test: &[usize]) -> Result<Self> {
        if train.len() < 2 || test.is_empty() {
            return Err(Error::invalid(format!(
                "a probe needs at least 2 training rows and 1 test row ({} and {})",
                train.len(),
                test.len()
            )));
        }
        Ok(Self { z: standardise(x, dim, train), dim, y })
    }

    /// The standardised features (row-major) and targets of `rows`.
    pub(crate) fn pick(&self, rows: &[usize]) -> (Vec<f64>, Vec<f64>) {
        (super::math::gather(&self.z, self.dim, rows), rows.iter().map(|&r| self.y[r]).collect())
    }
}

/// Fit a standardised ridge probe on the `train` rows of `x` (row-major, `dim` wide) and score it
/// on the `test` rows; α by inner cross-validation (see the [module docs](self)).
pub fn linear_probe(
    x: &[f64],
    dim: usize,
    y: &[f64],
    train: &[usize],
    test: &[usize],
    options: &ProbeOptions,
) -> Result<Probe> {
    let rows = ProbeRows::new(x, dim, y, train, test)?;
    let pick = |r: &[usize]| rows.pick(r);
    let folds = options.folds.clamp(2, train.len());
    let mut order = train.to_vec();
    shuffle(&mut rng(options.seed), &mut order);
    let mut cv_mse = vec![0.0; options.alphas.len()];
    for f in 0..folds {
        let val: Vec<usize> =
            order.iter().enumerate().filter(|(i, _)| i % folds == f).map(|p| *p.1).collect();
        let fit: Vec<usize> =
            order.iter().enumerate().filter(|(i, _)| i % folds != f).map(|p| *p.1).collect();
        let ((xf, yf), (xv, yv)) = (pick(&fit), pick(&val));
        for (total, mse) in cv_mse.iter_mut().zip(ridge_path_mse(&xf, dim, &yf, &xv, &yv, &options.alphas)) {
            *total += mse / folds as f64;
        }
    }
    let best = (0..options.alphas.len())
        .min_by(|&a, &b| {
            cv_mse[a].total_cmp(&cv_mse[b]).then(options.alphas[b].total_cmp(&options.alphas[a]))
        })
        .ok_or_else(|| Error::invalid("a probe needs at least one alpha"))?;
    let alpha = options.alphas[best];
    let ((xt, yt), (xs, ys)) = (pick(train), pick(test));
    let model = ridge_fit(&xt, dim, &yt, alpha)?;
    let predictions = model.predict(&xs);
    Ok(Probe {
        method: ProbeMethod::Ridge,
        alpha,
        cv_mse,
        train: train.len(),
        test: regression_scores(&ys, &predictions),
        gp: None,
        predictions,
    })
}

/// The mean predictor: the training mean for every test row.
pub fn mean_probe(y: &[f64], train: &[usize], test: &[usize]) -> Probe {
    let m = train.iter().map(|&r| y[r]).sum::<f64>() / train.len().max(1) as f64;
    let truth: Vec<f64> = test.iter().map(|&r| y[r]).collect();
    let predictions = vec![m; test.len()];
    Probe {
        method: ProbeMethod::Mean,
        alpha: 0.0,
        cv_mse: Vec::new(),
        train: train.len(),
        test: regression_scores(&truth, &predictions),
        gp: None,
        predictions,
    }
}

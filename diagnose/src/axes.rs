//! Latent axes: "which directions of the embedding follow which physical descriptor?"
//!
//! [`pca`] centres the points and diagonalises their covariance (`XcᵀXc / (n - 1)`, faer
//! self-adjoint eigendecomposition); components are sorted by explained variance and signed so
//! that their largest-magnitude entry is positive. [`axis_correlations`] gives the Pearson
//! correlation of every axis (principal component scores or raw dimensions) with a descriptor.

use super::math::pearson;
use crystaldb::{Error, Result};
use faer::{Mat, Side};
use serde::Serialize;

/// A principal component analysis.
#[derive(Debug, Clone, Serialize)]
pub struct Pca {
    /// Column means.
    #[serde(skip)]
    pub mean: Vec<f64>,
    /// Components, row-major (`components x dim`), unit length.
    #[serde(skip)]
    pub components: Vec<f64>,
    /// Variance along each component.
    pub explained_variance: Vec<f64>,
    /// Fraction of the total variance along each component.
    pub explained_variance_ratio: Vec<f64>,
    /// Input dimension.
    pub dim: usize,
}

impl Pca {
    /// Scores of row-major `x` on the components (`rows x components`, row-major).
    pub fn transform(&self, x: &[f64]) -> Vec<f64> {
        let c = self.explained_variance.len();
        x.chunks_exact(self.dim)
            .flat_map(|r| {
                (0..c).map(move |j| {
                    let comp = &self.components[j * self.dim..(j + 1) * self.dim];
                    r.iter().zip(&self.mean).zip(comp).map(|((v, m), w)| (v - m) * w).sum::<f64>()
                })
            })
            .collect()
    }
}

/// The first `components` principal components of row-major `x` (`dim` wide, at least 2 rows).
pub fn pca(x: &[f64], dim: usize, components: usize) -> Result<Pca> {
    let n = x.len().checked_div(dim).unwrap_or(0);
    if n < 2 || x.len() != n * dim {
        return Err(Error::invalid(format!("PCA needs at least 2 points of dimension {dim}")));
    }
    let mut mean = vec![0.0; dim];
    for r in x.chunks_exact(dim) {
        mean.iter_mut().zip(r).for_each(|(m, v)| *m += v / n as f64);
    }
    let xc = Mat::<f64>::from_fn(n, dim, |i, j| x[i * dim + j] - mean[j]);
    let cov = (xc.transpose() * &xc) * faer::Scale(1.0 / (n - 1) as f64);
    let evd = cov
        .self_adjoint_eigen(Side::Lower)
        .map_err(|e| Error::invalid(format!("PCA: eigendecomposition failed ({e:?})")))?;
    let (u, s) = (evd.U(), evd.S().column_vector());
    let total: f64 = (0..dim).map(|j| s[j].max(0.0)).sum();
    let c = components.min(dim);
    let mut comps = Vec::with_capacity(c * dim);
    let mut var = Vec::with_capacity(c);
    for t in 0..c {
        let j = dim - 1 - t; // eigenvalues ascend
        let col: Vec<f64> = (0..dim).map(|i| u[(i, j)]).collect();
        let big = col.iter().copied().fold(0.0f64, |b, v| if v.abs() > b.abs() { v } else { b });
        let sign = if big < 0.0 { -1.0 } else { 1.0 };
        comps.extend(col.iter().map(|v| v * sign));
        var.push(s[j].max(0.0));
    }
    let ratio = var.iter().map(|v| if total > 0.0 { v / total } else { 0.0 }).collect();
    Ok(Pca { mean, components: comps, explained_variance: var, explained_variance_ratio: ratio, dim })
}

/// Pearson correlation of each column of row-major `scores` (`axes` wide) with `descriptor`;
/// rows where the descriptor is NaN are left out.
pub fn axis_correlations(scores: &[f64], axes: usize, descriptor: &[f64]) -> Vec<f64> {
    let keep: Vec<usize> = (0..descriptor.len()).filter(|&i| descriptor[i].is_finite()).collect();
    let y: Vec<f64> = keep.iter().map(|&i| descriptor[i]).collect();
    (0..axes)
        .map(|a| {
            let x: Vec<f64> = keep.iter().map(|&i| scores[i * axes + a]).collect();
            pearson(&x, &y)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_on_a_line_have_one_component() {
        // x = t * (3, 4) / 5 + (1, 1): all variance along (0.6, 0.8).
        let x: Vec<f64> = (0..20).flat_map(|t| [1.0 + 0.6 * t as f64, 1.0 + 0.8 * t as f64]).collect();
        let p = pca(&x, 2, 2).unwrap();
        assert!((p.components[0] - 0.6).abs() < 1e-9 && (p.components[1] - 0.8).abs() < 1e-9, "{p:?}");
        assert!((p.explained_variance_ratio[0] - 1.0).abs() < 1e-9);
        let scores = p.transform(&x);
        let t: Vec<f64> = (0..20).map(f64::from).collect();
        let r = axis_correlations(&scores, 2, &t);
        assert!((r[0] - 1.0).abs() < 1e-9, "{r:?}");
        // Nothing varies along the second component (its scores are rounding noise).
        assert!(scores.chunks(2).all(|s| s[1].abs() < 1e-9));
    }
}

//! Standardised search spaces: "are all features weighed alike?"
//!
//! Raw engineered features live on incomparable scales (Magpie's mean melting temperature
//! deviates by hundreds of kelvin, its electronegativity features by tenths): compared raw, one
//! feature decides the neighbours. A set version may record a z-score standardisation — the mean
//! and the population standard deviation (ddof 0, as scikit-learn's `StandardScaler`) of every
//! dimension over the set's own vectors. The stored vectors stay raw (encoder parity holds for
//! them); searches, indexes and diagnoses use `z = (x - mean) / std`, and query vectors and
//! structures are mapped the same way. A dimension that is constant over the set (std 0)
//! carries no information and maps to 0.

use serde::{Deserialize, Serialize};

/// How a set's vectors are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Normalization {
    /// Raw vectors.
    #[default]
    None,
    /// Z-scores with statistics of the set version ([`Standardization`]).
    Zscore,
}

impl Normalization {
    /// Names accepted by [`Normalization::parse`].
    pub const NAMES: [&'static str; 2] = ["none", "zscore"];

    /// `"none"` or `"zscore"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Normalization::None => "none",
            Normalization::Zscore => "zscore",
        }
    }

    /// Parse a name of [`Normalization::NAMES`].
    pub fn parse(s: &str) -> crate::Result<Self> {
        match s {
            "none" => Ok(Normalization::None),
            "zscore" => Ok(Normalization::Zscore),
            other => Err(crate::Error::Unknown {
                what: "normalization",
                name: other.to_string(),
                known: Self::NAMES.iter().map(|n| n.to_string()).collect(),
            }),
        }
    }
}

/// Per-dimension mean and standard deviation of a set version's raw vectors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Standardization {
    /// Mean of each dimension.
    pub mean: Vec<f64>,
    /// Population standard deviation of each dimension (0 for a constant one).
    pub std: Vec<f64>,
}

impl Standardization {
    /// The statistics of row-major `vectors` of width `dim` (two passes in `f64`).
    pub fn fit(vectors: &[f32], dim: usize) -> Self {
        let n = vectors.len().checked_div(dim).unwrap_or(0);
        let mut mean = vec![0.0f64; dim];
        for row in vectors.chunks_exact(dim) {
            mean.iter_mut().zip(row).for_each(|(m, &x)| *m += f64::from(x));
        }
        mean.iter_mut().for_each(|m| *m /= n.max(1) as f64);
        let mut var = vec![0.0f64; dim];
        for row in vectors.chunks_exact(dim) {
            for ((v, &x), m) in var.iter_mut().zip(row).zip(&mean) {
                let d = f64::from(x) - m;
                *v += d * d;
            }
        }
        let std = var.into_iter().map(|v| (v / n.max(1) as f64).sqrt()).collect();
        Self { mean, std }
    }

    /// Vector length.
    pub fn dim(&self) -> usize {
        self.mean.len()
    }

    /// Map one raw vector into the standardised space, in place.
    pub fn apply(&self, v: &mut [f32]) {
        for ((x, m), s) in v.iter_mut().zip(&self.mean).zip(&self.std) {
            *x = if *s > 0.0 { ((f64::from(*x) - m) / s) as f32 } else { 0.0 };
        }
    }

    /// Map every row of row-major `vectors`, in place.
    pub fn apply_all(&self, vectors: &mut [f32]) {
        vectors.chunks_exact_mut(self.dim().max(1)).for_each(|row| self.apply(row));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zscores_have_mean_0_and_std_1_and_constant_dimensions_map_to_0() {
        // Column 0: 1, 2, 3, 4 (mean 2.5, population std sqrt(1.25)); column 1 constant.
        let v = [1.0f32, 7.0, 2.0, 7.0, 3.0, 7.0, 4.0, 7.0];
        let s = Standardization::fit(&v, 2);
        assert_eq!(s.mean, vec![2.5, 7.0]);
        assert!((s.std[0] - 1.25f64.sqrt()).abs() < 1e-12 && s.std[1] == 0.0);
        let mut z = v;
        s.apply_all(&mut z);
        let col: Vec<f32> = z.iter().step_by(2).copied().collect();
        assert!((col.iter().sum::<f32>()).abs() < 1e-6);
        assert!((col.iter().map(|x| x * x).sum::<f32>() / 4.0 - 1.0).abs() < 1e-6);
        assert!(z.iter().skip(1).step_by(2).all(|&x| x == 0.0));
    }

    #[test]
    fn names_parse_and_unknown_ones_suggest() {
        assert_eq!(Normalization::parse("zscore").unwrap(), Normalization::Zscore);
        assert_eq!(Normalization::parse("none").unwrap().as_str(), "none");
        assert!(Normalization::parse("z-score").unwrap_err().to_string().contains("did you mean \"zscore\""));
    }
}

//! The indexed matrix and the one distance function every index reports.

use crate::encode::Metric;
use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// `n` vectors of one dimension, row-major (`row i = data[i*dim .. (i+1)*dim]`), every value
/// finite. Cheap to clone (the values are shared).
#[derive(Clone)]
pub struct Vectors {
    /// Holds at least `rows * dim` values; only those are the vectors (see [`Vectors::prefix`]).
    data: Arc<[f32]>,
    dim: usize,
    rows: usize,
}

impl std::fmt::Debug for Vectors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vectors").field("len", &self.len()).field("dim", &self.dim).finish()
    }
}

impl Vectors {
    /// Wrap row-major values. Errors when `dim` is 0, when `data.len()` is not a multiple of
    /// `dim`, or when a value is not finite (naming its row and column).
    pub fn new(data: impl Into<Arc<[f32]>>, dim: usize) -> Result<Self> {
        let data = data.into();
        if dim == 0 {
            return Err(Error::invalid("vectors must have a dimension of at least 1"));
        }
        if !data.len().is_multiple_of(dim) {
            return Err(Error::invalid(format!(
                "{} values are not a whole number of vectors of dimension {dim}",
                data.len()
            )));
        }
        if let Some(i) = data.iter().position(|x| !x.is_finite()) {
            return Err(Error::invalid(format!(
                "vector {} component {} is not finite ({})",
                i / dim,
                i % dim,
                data[i]
            )));
        }
        let rows = data.len() / dim;
        Ok(Self { data, dim, rows })
    }

    /// The first `rows` vectors (clamped to `len()`), sharing the values (no copy).
    pub fn prefix(&self, rows: usize) -> Vectors {
        Self { data: self.data.clone(), dim: self.dim, rows: rows.min(self.rows) }
    }

    /// Number of vectors (rows).
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether there are no vectors.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Dimension of every vector.
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// Row `i` (panics when `i >= len()`, like slice indexing).
    pub fn row(&self, i: usize) -> &[f32] {
        &self.as_slice()[i * self.dim..(i + 1) * self.dim]
    }

    /// All values, row-major.
    pub fn as_slice(&self) -> &[f32] {
        &self.data[..self.rows * self.dim]
    }

    /// SHA-256 (hex) of the first `rows` rows: the dimension as a little-endian `u64`, then
    /// every value as little-endian `f32` bytes, row-major. Identifies the vectors an index was
    /// built from; `rows` is clamped to `len()`.
    pub fn checksum_prefix(&self, rows: usize) -> String {
        let rows = rows.min(self.len());
        let mut h = Sha256::new();
        h.update((self.dim as u64).to_le_bytes());
        let mut buf = Vec::with_capacity(4 * 4096);
        for chunk in self.as_slice()[..rows * self.dim].chunks(4096) {
            buf.clear();
            buf.extend(chunk.iter().flat_map(|x| x.to_le_bytes()));
            h.update(&buf);
        }
        hex(&h.finalize())
    }

    /// [`checksum_prefix`](Self::checksum_prefix) of every row.
    pub fn checksum(&self) -> String {
        self.checksum_prefix(self.len())
    }
}

/// Lower-case hex of bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(2 * bytes.len()), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Lanes of the `f64` accumulators in [`distance`]: independent sums (the loop is not one long
/// chain of dependent additions, and vectorises), added pairwise at the end. The order is fixed,
/// so the result is the same on every machine.
const LANES: usize = 8;

/// `Σ f(a_i, b_i)` over `LANES` accumulators (lane `i % LANES`), then lanes added pairwise.
#[inline(always)]
fn lane_sum<const N: usize>(a: &[f32], b: &[f32], f: impl Fn(f64, f64) -> [f64; N]) -> [f64; N] {
    let mut acc = [[0.0f64; LANES]; N];
    let (ca, cb) = (a.chunks_exact(LANES), b.chunks_exact(LANES));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (xa, xb) in ca.zip(cb) {
        for i in 0..LANES {
            let v = f(xa[i] as f64, xb[i] as f64);
            for (sum, v) in acc.iter_mut().zip(v) {
                sum[i] += v;
            }
        }
    }
    for (i, (&x, &y)) in ra.iter().zip(rb).enumerate() {
        let v = f(x as f64, y as f64);
        for (sum, v) in acc.iter_mut().zip(v) {
            sum[i] += v;
        }
    }
    acc.map(|l| ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7])))
}

/// The distance between `a` and `b` under `metric`, accumulated in `f64` (in [`LANES`] fixed
/// lanes) and rounded once to `f32`. Every index reports exactly this number for a hit.
///
/// * [`Metric::Cosine`]: `1 - a·b / (|a| |b|)`, clamped to `[0, 2]`; when either vector is zero
///   the similarity is defined as 0, so the distance is exactly 1.
/// * [`Metric::L2`]: `sqrt(Σ (a_i - b_i)²)`.
///
/// `a` and `b` must have the same length (checked in debug builds).
pub fn distance(metric: Metric, a: &[f32], b: &[f32]) -> f32 {
    debug_assert_eq!(a.len(), b.len());
    match metric {
        Metric::L2 => {
            let [s] = lane_sum(a, b, |x, y| [(x - y) * (x - y)]);
            s.sqrt() as f32
        }
        Metric::Cosine => {
            let [ab, aa, bb] = lane_sum(a, b, |x, y| [x * y, x * x, y * y]);
            if aa == 0.0 || bb == 0.0 {
                1.0
            } else {
                (1.0 - ab / (aa.sqrt() * bb.sqrt())).clamp(0.0, 2.0) as f32
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_shapes_and_values() {
        assert!(Vectors::new(vec![1.0, 2.0, 3.0], 2).is_err());
        assert!(Vectors::new(vec![1.0], 0).is_err());
        let e = Vectors::new(vec![1.0, 2.0, f32::NAN, 4.0], 2).unwrap_err().to_string();
        assert!(e.contains("vector 1 component 0"), "{e}");
        let v = Vectors::new(Vec::<f32>::new(), 3).unwrap();
        assert!(v.is_empty());
        assert_eq!(v.len(), 0);
    }

    #[test]
    fn checksum_depends_on_values_dim_and_prefix() {
        let a = Vectors::new(vec![1.0, 2.0, 3.0, 4.0], 2).unwrap();
        let b = Vectors::new(vec![1.0, 2.0, 3.0, 4.5], 2).unwrap();
        let c = Vectors::new(vec![1.0, 2.0, 3.0, 4.0], 4).unwrap();
        assert_ne!(a.checksum(), b.checksum());
        assert_ne!(a.checksum(), c.checksum());
        assert_eq!(a.checksum_prefix(1), b.checksum_prefix(1));
        assert_eq!(a.checksum().len(), 64);
        let p = a.prefix(1);
        assert_eq!((p.len(), p.as_slice()), (1, &[1.0, 2.0][..]));
        assert_eq!(p.checksum(), a.checksum_prefix(1));
        assert_eq!(a.prefix(9).len(), 2);
    }

    #[test]
    fn distances_in_the_metrics_own_terms() {
        let d = distance(Metric::L2, &[0.0, 0.0], &[3.0, 4.0]);
        assert_eq!(d, 5.0);
        assert_eq!(distance(Metric::Cosine, &[1.0, 0.0], &[0.0, 2.0]), 1.0);
        assert!(distance(Metric::Cosine, &[1.0, 1.0], &[2.0, 2.0]).abs() < 1e-6);
        assert_eq!(distance(Metric::Cosine, &[1.0, 0.0], &[-3.0, 0.0]), 2.0);
        // Zero vectors: similarity 0 by definition, with anything, itself included.
        assert_eq!(distance(Metric::Cosine, &[0.0, 0.0], &[1.0, 2.0]), 1.0);
        assert_eq!(distance(Metric::Cosine, &[0.0, 0.0], &[0.0, 0.0]), 1.0);
    }

    proptest::proptest! {
        /// The lane sums agree with one sequential `f64` sum to within rounding of the `f32`
        /// result, at every length (whole lanes and remainders).
        #[test]
        fn lane_sums_match_a_sequential_sum(
            pairs in proptest::collection::vec((-1.0e3f32..1.0e3, -1.0e3f32..1.0e3), 0..70)
        ) {
            let (a, b): (Vec<f32>, Vec<f32>) = pairs.into_iter().unzip();
            let sq: f64 = a.iter().zip(&b).map(|(&x, &y)| (x as f64 - y as f64).powi(2)).sum();
            let l2 = distance(Metric::L2, &a, &b);
            proptest::prop_assert!((l2 as f64 - sq.sqrt()).abs() <= 1e-6 * sq.sqrt().max(1e-30), "{l2} vs {}", sq.sqrt());
            let dot: f64 = a.iter().zip(&b).map(|(&x, &y)| x as f64 * y as f64).sum();
            let na: f64 = a.iter().map(|&x| (x as f64).powi(2)).sum();
            let nb: f64 = b.iter().map(|&x| (x as f64).powi(2)).sum();
            let cos = if na == 0.0 || nb == 0.0 { 1.0 } else { (1.0 - dot / (na.sqrt() * nb.sqrt())).clamp(0.0, 2.0) };
            proptest::prop_assert!((distance(Metric::Cosine, &a, &b) as f64 - cos).abs() <= 1e-6, "cosine");
        }
    }
}

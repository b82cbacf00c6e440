//! Shared numerics: blocked dot products with faer, seeded sampling, means and correlations.

use faer::linalg::matmul::matmul;
use faer::{Accum, MatMut, MatRef, Par};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Rows per block of a pairwise computation (one faer product per block, blocks in parallel).
pub(crate) const BLOCK: usize = 256;

/// `A Bᵀ` for row-major `a` (`na x dim`) and `b` (`nb x dim`): `na x nb`, row-major.
pub(crate) fn dots(a: &[f64], b: &[f64], dim: usize) -> Vec<f64> {
    let (na, nb) = (a.len() / dim, b.len() / dim);
    let mut out = vec![0.0f64; na * nb];
    if na == 0 || nb == 0 {
        return out;
    }
    matmul(
        MatMut::from_row_major_slice_mut(&mut out, na, nb),
        Accum::Replace,
        MatRef::from_row_major_slice(a, na, dim),
        MatRef::from_row_major_slice(b, nb, dim).transpose(),
        1.0f64,
        Par::Seq,
    );
    out
}

/// Squared norm of every row.
pub(crate) fn sq_norms(x: &[f64], dim: usize) -> Vec<f64> {
    x.chunks_exact(dim).map(|r| r.iter().map(|v| v * v).sum()).collect()
}

/// Squared Euclidean distances between rows of `a` and rows of `b` (`na x nb`), from norms and
/// products (`|a|² + |b|² - 2 a·b`, clamped at 0).
pub(crate) fn sq_distances(a: &[f64], a_sq: &[f64], b: &[f64], b_sq: &[f64], dim: usize) -> Vec<f64> {
    let mut d = dots(a, b, dim);
    let nb = b_sq.len();
    for (i, row) in d.chunks_exact_mut(nb.max(1)).enumerate().take(a_sq.len()) {
        for (j, v) in row.iter_mut().enumerate() {
            *v = (a_sq[i] + b_sq[j] - 2.0 * *v).max(0.0);
        }
    }
    d
}

/// The rows `rows` of a row-major matrix, gathered.
pub(crate) fn gather(x: &[f64], dim: usize, rows: &[usize]) -> Vec<f64> {
    rows.iter().flat_map(|&r| &x[r * dim..(r + 1) * dim]).copied().collect()
}

/// A seeded generator (ChaCha8: the same numbers on every platform).
pub(crate) fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// A uniform number in `[0, 1)` with 53 random bits.
pub(crate) fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// A uniform index in `0..n` (`n > 0`).
pub(crate) fn below(rng: &mut ChaCha8Rng, n: usize) -> usize {
    (unit(rng) * n as f64) as usize % n
}

/// Fisher-Yates shuffle with [`below`].
pub(crate) fn shuffle<T>(rng: &mut ChaCha8Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        items.swap(i, below(rng, i + 1));
    }
}

/// `m` distinct indices of `0..n` (all of them when `m >= n`), sorted.
pub(crate) fn sample(n: usize, m: usize, seed: u64) -> Vec<usize> {
    let mut all: Vec<usize> = (0..n).collect();
    if m < n {
        shuffle(&mut rng(seed), &mut all);
        all.truncate(m);
        all.sort_unstable();
    }
    all
}

/// Arithmetic mean (NaN for an empty slice).
pub(crate) fn mean(x: &[f64]) -> f64 {
    x.iter().sum::<f64>() / x.len() as f64
}

/// Pearson correlation of two equally long series; 0 when either is constant.
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let (mx, my) = (mean(x), mean(y));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        let (da, db) = (a - mx, b - my);
        sxy += da * db;
        sxx += da * da;
        syy += db * db;
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

/// FNV-1a of a string mixed with a seed: a stable hash for seeded assignments.
pub(crate) fn stable_hash(seed: u64, s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // Final avalanche (splitmix64) so near strings land far apart.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

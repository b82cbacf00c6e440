//! Seeded synthetic vectors for tests and benchmarks of the indexes.
//!
//! The same `(n, dim, seed)` always gives the same values (ChaCha8), on every platform.

use super::Vectors;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A uniform value in `[-1, 1)`.
fn unit(rng: &mut ChaCha8Rng) -> f32 {
    ((rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
}

/// A standard normal value (Box–Muller).
fn normal(rng: &mut ChaCha8Rng) -> f32 {
    let u1 = ((rng.next_u64() >> 11) as f64 + 1.0) / (1u64 << 53) as f64;
    let u2 = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}

/// `n` vectors of dimension `dim` (at least 1), every component uniform in `[-1, 1)`.
pub fn uniform(n: usize, dim: usize, seed: u64) -> Vectors {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let data: Vec<f32> = (0..n * dim).map(|_| unit(&mut rng)).collect();
    Vectors::new(data, dim.max(1)).expect("finite values of a whole number of rows")
}

/// `n` vectors of dimension `dim` (at least 1) in `clusters` (at least 1) Gaussian clusters:
/// centres uniform in `[-1, 1)^dim`, each vector its centre (chosen at random) plus normal noise
/// of standard deviation `spread` per component.
pub fn clustered(n: usize, dim: usize, clusters: usize, spread: f32, seed: u64) -> Vectors {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let clusters = clusters.max(1);
    let centres: Vec<f32> = (0..clusters * dim).map(|_| unit(&mut rng)).collect();
    let mut data = Vec::with_capacity(n * dim);
    for _ in 0..n {
        let c = (rng.next_u64() % clusters as u64) as usize;
        for j in 0..dim {
            data.push(centres[c * dim + j] + spread * normal(&mut rng));
        }
    }
    Vectors::new(data, dim.max(1)).expect("finite values of a whole number of rows")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_and_in_range() {
        let a = uniform(100, 8, 3);
        assert_eq!(a.as_slice(), uniform(100, 8, 3).as_slice());
        assert_ne!(a.as_slice(), uniform(100, 8, 4).as_slice());
        assert!(a.as_slice().iter().all(|x| (-1.0..1.0).contains(x)));
        let c = clustered(200, 4, 5, 0.05, 9);
        assert_eq!(c.len(), 200);
        assert_eq!(c.as_slice(), clustered(200, 4, 5, 0.05, 9).as_slice());
    }
}

//! Diagnose on 20,000 x 128 seeded vectors (20 clusters): precision@k (2,000 queries, k up to
//! 20), k-means (k = 20, one k-means++ start, at most 100 Lloyd iterations), the silhouette of
//! all 20,000 points, a ridge fit (α = 1), and a GP (`C(1) * RBF(√128) + White(0.1)`) fitted
//! on the first 1,000 rows from that one start, then predicting mean and σ at the next 2,000.
//! `scripts/dev/bench_diagnose_sklearn.py` times
//! scikit-learn on bit-identical data (the same splitmix64 generator); docs/DIAGNOSE.md has the
//! ratios. `CRYSTALDB_BENCH_N` overrides the row count.

use criterion::{criterion_group, criterion_main, Criterion};
use crystaldb::encode::Metric;
use crystaldb_diagnose::{
    gp_fit, kmeans, retrieval, ridge_fit, silhouette, GpHyper, GpKernel, KMeansOptions, RetrievalOptions,
};
use std::time::Duration;

const DIM: usize = 128;
const CLUSTERS: usize = 20;

fn rows() -> usize {
    std::env::var("CRYSTALDB_BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000)
}

/// splitmix64 of `key` as a uniform number in [0, 1) (53 bits).
fn u(key: u64) -> f64 {
    let mut z = key.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

/// Row i belongs to cluster i % 20: centre in [-3, 3)^128 plus noise in [-1, 1)^128;
/// target y = x·w + noise (w in [-1, 1)).
fn data(n: usize) -> (Vec<f64>, Vec<usize>, Vec<f64>) {
    let mut x = vec![0.0; n * DIM];
    for i in 0..n {
        let c = (i % CLUSTERS) as u64;
        for j in 0..DIM {
            let centre = 6.0 * u(1_000_000_000 + c * DIM as u64 + j as u64) - 3.0;
            x[i * DIM + j] = centre + 2.0 * u((i * DIM + j) as u64) - 1.0;
        }
    }
    let w: Vec<f64> = (0..DIM).map(|j| 2.0 * u(2_000_000_000 + j as u64) - 1.0).collect();
    let y = (0..n)
        .map(|i| {
            x[i * DIM..(i + 1) * DIM].iter().zip(&w).map(|(a, b)| a * b).sum::<f64>()
                + 0.1 * (2.0 * u(3_000_000_000 + i as u64) - 1.0)
        })
        .collect();
    (x, (0..n).map(|i| i % CLUSTERS).collect(), y)
}

fn bench(c: &mut Criterion) {
    let n = rows();
    let (x, labels, y) = data(n);
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    let codes: Vec<Option<u32>> = labels.iter().map(|&l| Some(l as u32)).collect();
    eprintln!("data: sum x {:.9e}, sum y {:.9e}", x.iter().sum::<f64>(), y.iter().sum::<f64>());
    let mut g = c.benchmark_group(format!("diagnose_{n}x{DIM}"));
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    let queries: Vec<usize> = (0..n).step_by((n / 2000).max(1)).collect();
    g.bench_function("precision_at_k_2000_queries", |b| {
        let o = RetrievalOptions { queries: Some(queries.clone()), ..Default::default() };
        b.iter(|| retrieval(&xf, DIM, Metric::L2, &codes, &o).unwrap())
    });
    let km = kmeans(&x, DIM, &KMeansOptions { k: CLUSTERS, restarts: 1, max_iter: 100, seed: 0 }).unwrap();
    eprintln!("k-means: {} Lloyd iterations, inertia {:.1}", km.iterations, km.inertia);
    g.bench_function("kmeans_k20_one_start", |b| {
        b.iter(|| {
            kmeans(&x, DIM, &KMeansOptions { k: CLUSTERS, restarts: 1, max_iter: 100, seed: 0 }).unwrap()
        })
    });
    g.bench_function("silhouette_all_rows", |b| b.iter(|| silhouette(&x, DIM, &labels).unwrap()));
    g.bench_function("ridge_fit_alpha_1", |b| b.iter(|| ridge_fit(&x, DIM, &y, 1.0).unwrap()));
    if n >= 3000 {
        let start = [GpHyper { amplitude: 1.0, length_scale: (DIM as f64).sqrt(), noise: 0.1 }];
        let fit = || gp_fit(&x[..1000 * DIM], DIM, &y[..1000], GpKernel::Rbf, None, &start).unwrap();
        let model = fit();
        eprintln!("GP: log marginal likelihood {:.4}, {:?}", model.log_marginal_likelihood, model.hyper);
        g.bench_function("gp_fit_1000_rows_one_start", |b| b.iter(fit));
        g.bench_function("gp_predict_2000_with_std", |b| {
            b.iter(|| model.predict(&x[1000 * DIM..3000 * DIM]))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

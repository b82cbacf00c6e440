//! Vector search: exact (faer products) vs HNSW, queries/s and HNSW build time, on seeded
//! clustered vectors (20,000 x 64, 100 clusters; 200 queries, k = 10, cosine).
//!
//! Besides criterion's timings it prints HNSW's recall@10 against exact search, so a speed-up
//! is never read without the accuracy it costs. `CRYSTALDB_BENCH_N` overrides the row count.
//!
//! Measured on the shared 2-core dev machine (busy with other builds), default `HnswParams`:
//! recall@10 0.9995; batch of 200 queries: exact 45 ms, HNSW 45 ms (~4,400 queries/s each);
//! one query at a time: exact 79 ms, HNSW 68 ms per 200; HNSW build 22.7 s (880 rows/s),
//! exact norms 0.7 ms. At this size faer's products make exact search as fast as hnsw_rs
//! (whose search allocates per visited node); HNSW pays off on larger sets.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crystaldb::encode::Metric;
use crystaldb::index::synthetic::clustered;
use crystaldb::index::{ExactIndex, HnswIndex, HnswParams, VectorIndex};

const DIM: usize = 64;
const QUERIES: usize = 200;
const K: usize = 10;

fn rows() -> usize {
    std::env::var("CRYSTALDB_BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000)
}

fn bench(c: &mut Criterion) {
    let n = rows();
    let data = clustered(n + QUERIES, DIM, 100, 0.15, 42);
    let vectors = crystaldb::index::Vectors::new(&data.as_slice()[..n * DIM], DIM).unwrap();
    let queries = data.as_slice()[n * DIM..].to_vec();
    let metric = Metric::Cosine;
    let exact = ExactIndex::new(vectors.clone(), metric);
    let hnsw = HnswIndex::build(vectors.clone(), metric, HnswParams::default(), None).unwrap();

    let truth = exact.search_many(&queries, K, None).unwrap();
    let found = hnsw.search_many(&queries, K, None).unwrap();
    let hit: usize = found
        .iter()
        .zip(&truth)
        .map(|(f, t)| t.iter().filter(|x| f.iter().any(|h| h.row == x.row)).count())
        .sum();
    eprintln!(
        "index bench: n = {n}, dim = {DIM}, HNSW recall@{K} = {:.4}",
        hit as f64 / (K * QUERIES) as f64
    );

    let mut g = c.benchmark_group("search");
    g.throughput(Throughput::Elements(QUERIES as u64));
    g.sample_size(10);
    g.bench_function("exact_batch", |b| b.iter(|| exact.search_many(&queries, K, None).unwrap()));
    g.bench_function("exact_one_by_one", |b| {
        b.iter(|| queries.chunks(DIM).map(|q| exact.search(q, K, None).unwrap().len()).sum::<usize>())
    });
    g.bench_function("hnsw_batch", |b| b.iter(|| hnsw.search_many(&queries, K, None).unwrap()));
    g.bench_function("hnsw_one_by_one", |b| {
        b.iter(|| queries.chunks(DIM).map(|q| hnsw.search(q, K, None).unwrap().len()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("build");
    g.throughput(Throughput::Elements(n as u64));
    g.sample_size(10);
    g.bench_function("hnsw_default_params", |b| {
        b.iter_batched(
            || vectors.clone(),
            |v| HnswIndex::build(v, metric, HnswParams::default(), None).unwrap(),
            BatchSize::PerIteration,
        )
    });
    g.bench_function("exact_norms", |b| b.iter(|| ExactIndex::new(vectors.clone(), metric)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

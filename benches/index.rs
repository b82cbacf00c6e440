//! Vector search: exact (faer products) vs HNSW, queries/s and HNSW build time, on seeded
//! clustered vectors (20,000 x 64, 100 clusters; 200 queries, k = 10, cosine).
//!
//! Besides criterion's timings it prints HNSW's recall@10 against exact search, so a speed-up
//! is never read without the accuracy it costs. `CRYSTALDB_BENCH_N` overrides the row count.
//!
//! The `filtered` group searches only the rows whose attribute `attr` is below 0.1 (10%;
//! `attr[i] = (i * 2654435761 mod 1000) / 1000`, reproducible anywhere). With
//! `CRYSTALDB_BENCH_DUMP=DIR` the vectors, queries and attribute are written to `DIR` as `.npy`
//! first, so that other libraries can be timed on the same data in the same run
//! (`scripts/dev/ann_compare.py`: hnswlib, FAISS, LanceDB).
//!
//! Current figures, and the ratios against FAISS, hnswlib and LanceDB: `docs/BENCHMARKS.md`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crystaldb::encode::Metric;
use crystaldb::index::synthetic::clustered;
use crystaldb::index::{AllowList, ExactIndex, HnswIndex, HnswParams, VectorIndex};
use std::path::Path;

const DIM: usize = 64;
const QUERIES: usize = 200;
const K: usize = 10;

fn rows() -> usize {
    std::env::var("CRYSTALDB_BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000)
}

/// The filter attribute of row `i`, uniform over [0, 1) in steps of 0.001.
fn attr(i: usize) -> f32 {
    ((i as u64).wrapping_mul(2_654_435_761) % 1000) as f32 / 1000.0
}

/// Write `values` (`rows` x `cols`, f32, row-major) as a NumPy `.npy` file (format 1.0).
fn write_npy(path: &Path, values: &[f32], rows: usize, cols: usize) {
    let shape = if cols == 1 { format!("({rows},)") } else { format!("({rows}, {cols})") };
    let mut header = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': {shape}, }}");
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend(values.iter().flat_map(|v| v.to_le_bytes()));
    std::fs::write(path, out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn bench(c: &mut Criterion) {
    let n = rows();
    let data = clustered(n + QUERIES, DIM, 100, 0.15, 42);
    let vectors = crystaldb::index::Vectors::new(&data.as_slice()[..n * DIM], DIM).unwrap();
    let queries = data.as_slice()[n * DIM..].to_vec();
    let attrs: Vec<f32> = (0..n).map(attr).collect();
    if let Ok(dir) = std::env::var("CRYSTALDB_BENCH_DUMP") {
        let dir = Path::new(&dir);
        std::fs::create_dir_all(dir).unwrap();
        write_npy(&dir.join("vectors.npy"), vectors.as_slice(), n, DIM);
        write_npy(&dir.join("queries.npy"), &queries, QUERIES, DIM);
        write_npy(&dir.join("attr.npy"), &attrs, n, 1);
    }
    let allow = AllowList::from_rows((0..n).filter(|&i| attrs[i] < 0.1));
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

    // 10% of the rows: the planner's choice at this size is exact; the graph is there too.
    let truth = exact.search_many(&queries, K, Some(&allow)).unwrap();
    let found = hnsw.search_many(&queries, K, Some(&allow)).unwrap();
    let hit: usize = found
        .iter()
        .zip(&truth)
        .map(|(f, t)| t.iter().filter(|x| f.iter().any(|h| h.row == x.row)).count())
        .sum();
    eprintln!(
        "index bench: filtered (attr < 0.1) HNSW recall@{K} = {:.4}",
        hit as f64 / (K * QUERIES) as f64
    );
    let mut g = c.benchmark_group("filtered");
    g.throughput(Throughput::Elements(QUERIES as u64));
    g.sample_size(10);
    g.bench_function("exact_batch", |b| b.iter(|| exact.search_many(&queries, K, Some(&allow)).unwrap()));
    g.bench_function("hnsw_batch", |b| b.iter(|| hnsw.search_many(&queries, K, Some(&allow)).unwrap()));
    g.bench_function("filter_and_exact_batch", |b| {
        b.iter(|| {
            let allow = AllowList::from_rows((0..n).filter(|&i| attrs[i] < 0.1));
            exact.search_many(&queries, K, Some(&allow)).unwrap()
        })
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

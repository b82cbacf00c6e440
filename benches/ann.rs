//! Vector search on a given matrix, in the configuration the peers are timed in
//! (`scripts/dev/ann_compare.py --input DIR`): HNSW batch search at several `ef` and both
//! storages, HNSW build, exact batch search.
//!
//! Input: `CRYSTALDB_BENCH_INPUT=DIR` with `DIR/vectors.npy` (rows × dim, f32) and
//! `DIR/queries.npy`; `CRYSTALDB_BENCH_METRIC` = `l2` (default) or `cosine`. Without an input
//! the benchmark prints a note and times nothing. Graphs use `M = 16`, `ef_construction = 200`
//! (hnswlib's settings in the script); every query asks for k = 10.
//!
//! Recall is printed beside the timings and counts ties as hits: a returned row counts when its
//! exact distance is at most the 10th exact distance (duplicated vectors, e.g. equal
//! compositions under Magpie, make row-id recall ambiguous).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crystaldb::encode::Metric;
use crystaldb::index::{ExactIndex, Hit, HnswIndex, HnswParams, Quantization, VectorIndex, Vectors};
use std::path::Path;

const K: usize = 10;
const EFS: [usize; 4] = [10, 16, 32, 64];

/// A `.npy` file of f32 (format 1.0, C order): values, rows, columns.
fn read_npy(path: &Path) -> (Vec<f32>, usize, usize) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(bytes.starts_with(b"\x93NUMPY"), "{}: not a .npy file", path.display());
    let header_len = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let header = std::str::from_utf8(&bytes[10..10 + header_len]).unwrap();
    assert!(header.contains("'<f4'") && header.contains("'fortran_order': False"), "{header}");
    let shape = header.split("'shape': (").nth(1).and_then(|s| s.split(')').next()).unwrap();
    let dims: Vec<usize> = shape.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    let values: Vec<f32> =
        bytes[10 + header_len..].chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect();
    let (rows, cols) = (dims[0], dims.get(1).copied().unwrap_or(1));
    assert_eq!(values.len(), rows * cols, "{}", path.display());
    (values, rows, cols)
}

/// Fraction of returned hits within the exact k-th distance of their query.
fn recall(found: &[Vec<Hit>], truth: &[Vec<Hit>]) -> f64 {
    let hits: usize = found
        .iter()
        .zip(truth)
        .map(|(f, t)| {
            let kth = t.last().map_or(f32::INFINITY, |h| h.distance);
            f.iter().filter(|h| h.distance <= kth).count()
        })
        .sum();
    hits as f64 / truth.iter().map(Vec::len).sum::<usize>() as f64
}

fn bench(c: &mut Criterion) {
    let Ok(dir) = std::env::var("CRYSTALDB_BENCH_INPUT") else {
        eprintln!("ann bench: set CRYSTALDB_BENCH_INPUT=DIR (vectors.npy, queries.npy); nothing timed");
        return;
    };
    let dir = Path::new(&dir);
    let metric = match std::env::var("CRYSTALDB_BENCH_METRIC").as_deref() {
        Ok("cosine") => Metric::Cosine,
        _ => Metric::L2,
    };
    let (data, n, dim) = read_npy(&dir.join("vectors.npy"));
    let (queries, nq, qdim) = read_npy(&dir.join("queries.npy"));
    assert_eq!(qdim, dim, "queries and vectors differ in dimension");
    let vectors = Vectors::new(data, dim).unwrap();
    eprintln!(
        "ann bench: {n} x {dim}, {nq} queries, {metric:?}, {} rayon threads",
        rayon::current_num_threads()
    );

    let exact = ExactIndex::new(vectors.clone(), metric);
    let truth = exact.search_many(&queries, K, None).unwrap();
    let mut g = c.benchmark_group("ann");
    g.throughput(Throughput::Elements(nq as u64));
    g.sample_size(10);
    g.bench_function("exact_batch", |b| b.iter(|| exact.search_many(&queries, K, None).unwrap()));
    for storage in [Quantization::F16, Quantization::F32] {
        let params = HnswParams { quantization: storage, ..HnswParams::default() };
        let t = std::time::Instant::now();
        let mut index = HnswIndex::build(vectors.clone(), metric, params, None).unwrap();
        eprintln!("ann bench: {} build {:.3} s", storage.name(), t.elapsed().as_secs_f64());
        for ef in EFS {
            index.set_ef_search(ef).unwrap();
            let r = recall(&index.search_many(&queries, K, None).unwrap(), &truth);
            eprintln!("ann bench: hnsw {} ef {ef}: recall@{K} {r:.4}", storage.name());
            g.bench_function(format!("hnsw_{}_ef{ef}", storage.name()), |b| {
                b.iter(|| index.search_many(&queries, K, None).unwrap())
            });
        }
    }
    g.finish();

    let mut g = c.benchmark_group("ann_build");
    g.throughput(Throughput::Elements(n as u64));
    g.sample_size(10);
    for storage in [Quantization::F16, Quantization::F32] {
        let params = HnswParams { quantization: storage, ..HnswParams::default() };
        g.bench_function(format!("hnsw_{}", storage.name()), |b| {
            b.iter_batched(
                || vectors.clone(),
                |v| HnswIndex::build(v, metric, params, None).unwrap(),
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

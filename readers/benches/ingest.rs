//! Ingest throughput on the MP-20 validation CSV (7,140 structures with CIF text): parsing
//! alone, and parsing plus a committed insert. Needs ../shared/data; prints a notice otherwise.
//!
//! `scripts/dev/bench_pymatgen_cif.py` times pymatgen's `CifParser` (+ pyarrow) on the same file;
//! the figures and ratios are in `docs/BENCHMARKS.md`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crystaldb_readers::formats::Mp20CsvReader;
use crystaldb_readers::{ReadContext, StructureReader};
use std::io::Read;

fn ingest(c: &mut Criterion) {
    let Some(data) = crystaldb::testdata::find() else {
        eprintln!("shared data not found: ingest benchmark skipped");
        return;
    };
    let path = data.join("mp/mp20_biternary_val.csv.gz");
    let mut text = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(&path).unwrap()).read_to_end(&mut text).unwrap();
    let ctx = ReadContext::for_path(&path);
    let mut g = c.benchmark_group("ingest_mp20_val");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse_csv_cif_bytes", |b| {
        b.iter(|| {
            let n = Mp20CsvReader.read(Box::new(text.as_slice()), &ctx).filter(|r| r.is_ok()).count();
            assert_eq!(n, 7140);
        })
    });
    g.throughput(Throughput::Elements(7140));
    g.bench_function("parse_and_insert_structures", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let db = crystaldb::Database::create(dir.path()).unwrap();
                let recs = Mp20CsvReader.read(Box::new(text.as_slice()), &ctx).filter_map(Result::ok);
                assert_eq!(db.insert(recs).unwrap().added, 7140);
                dir
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, ingest);
criterion_main!(benches);

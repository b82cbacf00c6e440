//! Ingest throughput on the MP-20 validation CSV (7,140 structures with CIF text): parsing
//! alone, and parsing plus a committed insert. Needs ../shared/data; prints a notice otherwise.
//!
//! Back to back with `scripts/dev/bench_pymatgen_cif.py` on 2026-12-02 (release, the 2-core
//! machine otherwise idle; pymatgen 2026.10.24 and pyarrow 26.0.1, single-threaded as pymatgen is; the
//! insert here uses both cores): parsing 211 ms = 33.9 k structures/s (40 MiB/s) vs pymatgen's
//! CifParser 7.94 s = 900/s, **38x**; parse + validated, symmetry-analysed, matched, committed
//! insert 2.73 s = 2,613/s vs CifParser + one zstd Parquet file with pyarrow 8.48 s = 842/s,
//! **3.1x**. (Last session's pair, under load: 55x and 3.7x.)

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

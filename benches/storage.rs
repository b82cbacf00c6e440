//! Insert and scan throughput (rows/s) on the seeded demo corpus.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::{Database, ScanOptions};

const ROWS: usize = 2000;

fn insert(c: &mut Criterion) {
    let records = demo_records(&DemoOptions { count: ROWS, seed: 7 });
    let mut g = c.benchmark_group("storage");
    g.sample_size(10);
    g.throughput(Throughput::Elements(ROWS as u64));
    g.bench_function("insert_demo_2000", |b| {
        b.iter_batched(
            || (tempfile::tempdir().unwrap(), records.clone()),
            |(dir, recs)| {
                let db = Database::create(dir.path()).unwrap();
                db.insert(recs).unwrap();
                dir
            },
            BatchSize::PerIteration,
        )
    });
    // The same rows cut into four shards (what a small shard-buffer budget does to a big dump):
    // the cost of a shard boundary, against the one-shard run above.
    g.bench_function("insert_demo_2000_in_4_shards", |b| {
        b.iter_batched(
            || (tempfile::tempdir().unwrap(), records.clone()),
            |(dir, recs)| {
                let db = Database::builder()
                    .create_if_missing(true)
                    .shard_rows(ROWS / 4)
                    .open(dir.path())
                    .unwrap();
                db.insert(recs).unwrap();
                dir
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(records.clone()).unwrap();
    let snap = db.snapshot().unwrap();
    g.bench_function("scan_all_columns_2000", |b| {
        b.iter(|| {
            let n: usize = snap.scan(&ScanOptions::default()).unwrap().map(|b| b.unwrap().num_rows()).sum();
            assert_eq!(n, ROWS);
        })
    });
    g.bench_function("scan_two_columns_2000", |b| {
        b.iter(|| {
            let opts = ScanOptions::columns(["id", "spacegroup_number"]);
            let n: usize = snap.scan(&opts).unwrap().map(|b| b.unwrap().num_rows()).sum();
            assert_eq!(n, ROWS);
        })
    });
    g.bench_function("decode_rows_2000", |b| {
        b.iter(|| assert_eq!(snap.rows().unwrap().count(), ROWS));
    });
    g.bench_function("get_by_id", |b| {
        let ids: Vec<String> = records.iter().step_by(97).map(|r| r.id()).collect();
        b.iter(|| {
            for id in &ids {
                assert!(snap.get(id).unwrap().is_some());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, insert);
criterion_main!(benches);

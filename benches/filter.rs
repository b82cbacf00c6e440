//! Filter parsing, batch evaluation (rows/s) and `Snapshot::select` on the seeded demo corpus.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crystaldb::arrow::compute::concat_batches;
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::{Database, Filter, ScanOptions};

const ROWS: usize = 2000;
/// The demo batch repeated to this many rows for evaluation.
const EVAL_ROWS: usize = 100 * ROWS;
const QUERY: &str = r#"band_gap > 1.5 AND elements HAS ALL "Li","O" AND nelements <= 4"#;
const QUERIES: [(&str, &str); 4] = [
    ("example", QUERY),
    ("numeric", "band_gap > 1.5 AND nelements <= 4"),
    ("has_any", r#"elements HAS ANY "Li", "Na", "K""#),
    ("string", r#"chemical_formula_anonymous = "AB2" OR prototype STARTS WITH "rock""#),
];

fn filter(c: &mut Criterion) {
    let mut records = demo_records(&DemoOptions { count: ROWS, seed: 7 });
    for (i, r) in records.iter_mut().enumerate() {
        r.properties.band_gap = (i % 5 != 0).then_some((i % 37) as f64 * 0.15);
    }
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(500).open(dir.path()).unwrap();
    db.insert(records).unwrap();
    let snap = db.snapshot().unwrap();

    let mut g = c.benchmark_group("filter");
    g.bench_function("parse_example", |b| b.iter(|| Filter::parse(QUERY).unwrap()));

    let cols = ["id", "formula_anonymous", "elements", "nelements", "band_gap", "prototype"];
    let batches: Vec<_> = snap.scan(&ScanOptions::columns(cols)).unwrap().map(Result::unwrap).collect();
    let one = concat_batches(&batches[0].schema(), &batches).unwrap();
    let big = concat_batches(&one.schema(), &vec![one.clone(); EVAL_ROWS / ROWS]).unwrap();
    g.throughput(Throughput::Elements(EVAL_ROWS as u64));
    for (name, q) in QUERIES {
        let f = Filter::parse(q).unwrap();
        g.bench_function(format!("evaluate_{name}_{EVAL_ROWS}"), |b| b.iter(|| f.evaluate(&big).unwrap()));
    }

    g.throughput(Throughput::Elements(ROWS as u64));
    let f = Filter::parse(QUERY).unwrap();
    g.bench_function(format!("select_example_{ROWS}"), |b| b.iter(|| snap.select(&f).unwrap()));
    g.finish();
}

criterion_group!(benches, filter);
criterion_main!(benches);

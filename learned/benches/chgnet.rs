//! CHGNet inference throughput (structures/s): graph construction and forward pass, together and
//! apart, on the structures of `learned/tests/expected/chgnet_reference.json` (MP-20 and MPTS-52,
//! 1 to 48 sites).
//!
//! The random-init twin has the published architecture and costs what the trained weights cost,
//! so the benchmark needs no shared data. `chgnet_N` is the encoder (graphs in parallel, then
//! forward passes of 16 structures in parallel, all cores); `chgnet_graphs_only_N` and
//! `chgnet_forward_only_N` (batches of 16) are one thread each. `scripts/dev/chgnet_timing.py`
//! times the reference implementation on the same structures.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crystaldb::encode::Encoder;
use crystaldb::Structure;
use crystaldb_learned::pretrained::{ChgnetEncoder, ChgnetGraph, ChgnetShape, CHGNET_BATCH};

fn structures() -> Vec<Structure> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/chgnet_reference.json");
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["structures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| serde_json::from_value(e["structure"].clone()).unwrap())
        .collect()
}

fn chgnet(c: &mut Criterion) {
    let batch = structures();
    let n = batch.len();
    let mut g = c.benchmark_group("chgnet");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    let enc = ChgnetEncoder::random(ChgnetShape::PUBLISHED, 0);
    g.bench_function(format!("chgnet_{n}"), |b| b.iter(|| assert_eq!(enc.encode(&batch).unwrap().len(), n)));
    g.bench_function(format!("chgnet_graphs_only_{n}"), |b| {
        b.iter(|| batch.iter().map(|s| ChgnetGraph::new(s).unwrap().angles()).sum::<usize>())
    });
    let graphs: Vec<_> = batch.iter().map(|s| ChgnetGraph::new(s).unwrap()).collect();
    g.bench_function(format!("chgnet_forward_only_{n}"), |b| {
        b.iter(|| {
            graphs.chunks(CHGNET_BATCH).map(|chunk| enc.network().forward_graphs(chunk).len()).sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, chgnet);
criterion_main!(benches);

//! CGCNN inference throughput (structures/s): graph construction and forward pass, together and
//! apart, on the 68 structures of `learned/tests/expected/cgcnn_reference.json` (2 to 48 sites).
//!
//! The random-init twin has the published architecture (64 × 4 convolutions, 32) and costs what
//! the trained weights cost, so the benchmark needs no shared data.
//! `cgcnn_68` runs across structures with rayon (all cores); `cgcnn_graphs_only_68` and
//! `cgcnn_forward_only_68` are one thread each. `scripts/dev/cgcnn_timing.py` times the
//! reference implementation on the same structures.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crystaldb::encode::Encoder;
use crystaldb::Structure;
use crystaldb_learned::pretrained::{Cgcnn, CgcnnEncoder, CgcnnShape, Ties};

fn structures() -> Vec<Structure> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/cgcnn_reference.json");
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["structures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| serde_json::from_value(e["structure"].clone()).unwrap())
        .collect()
}

fn cgcnn(c: &mut Criterion) {
    let batch = structures();
    let n = batch.len();
    let mut g = c.benchmark_group("cgcnn");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    let enc = CgcnnEncoder::random(CgcnnShape::PUBLISHED, 0);
    g.bench_function(format!("cgcnn_{n}"), |b| b.iter(|| assert_eq!(enc.encode(&batch).unwrap().len(), n)));
    g.bench_function(format!("cgcnn_graphs_only_{n}"), |b| {
        b.iter(|| batch.iter().map(|s| Cgcnn::graph(s, Ties::Average).unwrap().species.len()).sum::<usize>())
    });
    let graphs: Vec<_> = batch.iter().map(|s| Cgcnn::graph(s, Ties::Average).unwrap()).collect();
    g.bench_function(format!("cgcnn_forward_only_{n}"), |b| {
        b.iter(|| graphs.iter().map(|gr| enc.network().forward_graph(gr).crystal.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, cgcnn);
criterion_main!(benches);

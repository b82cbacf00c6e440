//! Graph-encoder inference throughput (structures/s) on seeded demo crystals, with the `acsf`
//! (structural fingerprint) and `magpie` encoders in the same run as named baselines.
//!
//! 300 structures from `crystaldb::demo` (seed 42). `graph` is the random-init encoder with the
//! default architecture (hidden 64, 3 gated convolutions, cutoff 6 Å, 12 neighbours); trained
//! weights cost the same. `graph_forward_only` times the batched network alone on precomputed
//! crystal graphs; `graph_neighbour_lists` the graph construction alone;
//! `graph_concat_forward_only` the same forward pass with `readout=concat` (same weights), against
//! `graph_forward_only`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::encode::{build_encoder, Encoder};
use crystaldb::Structure;
use crystaldb_learned::{GraphConfig, GraphEncoder, Readout};
use std::collections::BTreeMap;

const N: usize = 300;

fn structures() -> Vec<Structure> {
    demo_records(&DemoOptions { count: N, seed: 42 }).into_iter().map(|r| r.structure).collect()
}

fn graph(c: &mut Criterion) {
    let batch = structures();
    let mut g = c.benchmark_group("graph");
    g.sample_size(10);
    g.throughput(Throughput::Elements(batch.len() as u64));
    let enc = GraphEncoder::random(GraphConfig::default());
    g.bench_function(format!("graph_{N}"), |b| b.iter(|| assert_eq!(enc.encode(&batch).unwrap().len(), N)));
    let graphs = enc.graphs(&batch).unwrap();
    let net = enc.network().unwrap();
    g.bench_function(format!("graph_forward_only_{N}"), |b| {
        b.iter(|| assert_eq!(enc.encode_graphs(&net, &graphs).len(), N))
    });
    let concat = GraphEncoder::random(GraphConfig { readout: Readout::Concat, ..GraphConfig::default() });
    let concat_net = concat.network().unwrap();
    g.bench_function(format!("graph_concat_forward_only_{N}"), |b| {
        b.iter(|| assert_eq!(concat.encode_graphs(&concat_net, &graphs).len(), N))
    });
    g.bench_function(format!("graph_neighbour_lists_{N}"), |b| {
        b.iter(|| assert_eq!(enc.graphs(&batch).unwrap().len(), N))
    });
    for name in ["acsf", "magpie"] {
        let base = build_encoder(name, &BTreeMap::new()).unwrap();
        g.bench_function(format!("baseline_{name}_{N}"), |b| {
            b.iter(|| assert_eq!(base.encode(&batch).unwrap().len(), N))
        });
    }
    g.finish();
}

criterion_group!(benches, graph);
criterion_main!(benches);

//! Encoder throughput (structures/s) on a seeded set of prototype crystals.
//!
//! 300 structures: the prototypes of `crystaldb::encode::invariance::prototypes`, each with
//! random element substitutions (among elements of the same periodic-table group), a random
//! strain of up to ±3 % per lattice vector and, for a third of them, a 2x1x1 or 2x2x1 supercell.
//! `scripts/dev/encode_timing.py` times matminer and dscribe on the same structures (written as
//! JSON by `CRYSTALDB_BENCH_DUMP=path cargo bench --bench encode`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crystaldb::encode::{build_encoder, encoder_names, invariance::prototypes};
use crystaldb::Structure;
use std::collections::BTreeMap;

const N: usize = 300;

/// Elements that can replace each other: (group members).
const GROUPS: [&[u8]; 8] = [
    &[3, 11, 19, 37, 55],
    &[4, 12, 20, 38, 56],
    &[5, 13, 31, 49],
    &[6, 14, 32, 50],
    &[7, 15, 33, 51],
    &[8, 16, 34, 52],
    &[9, 17, 35, 53],
    &[22, 40, 72],
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The seeded benchmark structures.
pub fn structures() -> Vec<Structure> {
    let protos = prototypes();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    (0..N)
        .map(|i| {
            let mut s = protos[i % protos.len()].1.clone();
            for site in &mut s.sites {
                if let Some(g) = GROUPS.iter().find(|g| g.contains(&site.z)) {
                    site.z = g[(rng.next() % g.len() as u64) as usize];
                }
            }
            for row in &mut s.lattice.matrix {
                let f = 1.0 + 0.06 * (rng.unit() - 0.5);
                row.iter_mut().for_each(|x| *x *= f);
            }
            match i % 3 {
                1 => s.supercell([2, 1, 1]),
                2 if s.nsites() <= 2 => s.supercell([2, 2, 1]),
                _ => s,
            }
        })
        .collect()
}

fn encode(c: &mut Criterion) {
    let batch = structures();
    if let Ok(path) = std::env::var("CRYSTALDB_BENCH_DUMP") {
        std::fs::write(&path, serde_json::to_string(&batch).unwrap()).unwrap();
        eprintln!("wrote {} structures to {path}", batch.len());
    }
    let mut g = c.benchmark_group("encode");
    g.sample_size(10);
    g.throughput(Throughput::Elements(batch.len() as u64));
    // Every encoder at its defaults, and `soap channels=one`: the same output as dscribe's
    // species-blind SOAP (`compression={"mode": "mu2"}`), for a like-for-like timing.
    let configs =
        encoder_names().into_iter().map(|name| (name.to_string(), name, BTreeMap::new())).chain([(
            "soap_one".to_string(),
            "soap",
            BTreeMap::from([("channels".to_string(), "one".to_string())]),
        )]);
    for (label, name, params) in configs {
        let enc = build_encoder(name, &params).unwrap();
        g.bench_function(format!("{label}_{N}"), |b| {
            b.iter(|| {
                let v = enc.encode(&batch).unwrap();
                assert_eq!(v.len(), N);
            })
        });
    }
    g.finish();
}

criterion_group!(benches, encode);
criterion_main!(benches);

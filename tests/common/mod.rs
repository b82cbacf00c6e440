//! Shared helpers for the integration tests.
#![allow(dead_code)]

use crystaldb::{Lattice, Record, Structure};

/// A small family of distinct, valid rock-salt-like records: `n` records with ids
/// `t:<prefix>-<i>`, lattice constant growing with i.
pub fn simple_records(prefix: &str, n: usize) -> Vec<Record> {
    let pairs = [(11u8, 17u8), (3, 9), (12, 8), (19, 35), (20, 16), (37, 53)];
    (0..n)
        .map(|i| {
            let (a, b) = pairs[i % pairs.len()];
            let c = 4.0 + 0.001 * i as f64;
            let l = Lattice::new([[0.0, c / 2.0, c / 2.0], [c / 2.0, 0.0, c / 2.0], [c / 2.0, c / 2.0, 0.0]]);
            let s = Structure::new(l, &[a, b], &[[0.0; 3], [0.5; 3]]).unwrap();
            let mut r = Record::new("t", format!("{prefix}-{i}"), s);
            r.properties.band_gap = Some(i as f64 * 0.01);
            r
        })
        .collect()
}

//! Parity of the `soap` encoder with dscribe 2.1.1's SOAP (GTO radial basis, periodic) on 37
//! structures — hand-built crystals and the 30 MP-20 structures of
//! tests/expected/mp20_val_first30.json — from values `scripts/dev/soap_dscribe.py` computed
//! and committed (tests/expected/soap_dscribe.json.gz, 9 significant digits): the defaults
//! (r_cut 6 Å, n_max 8, l_max 6, sigma 1) on all of them and r_cut 4.5, n_max 5, l_max 9,
//! sigma 0.6 on 10, both averages.
//!
//! * `species=` (one channel per element) against dscribe directly.
//! * Element-weighted `channels=` against dscribe's per-element spectrum contracted with the
//!   encoder's own channel weights, `Σ_{Z,Z'} w_a(Z) w_b(Z') p_{ZZ'}` (the coefficients are
//!   linear in the weights, and both averages keep that).
//!
//! Tolerance: every feature within 1e-6 of the largest |value| of its vector, and within 1e-6
//! relative where |value| is at least 1e-3 of that scale (single features of a power spectrum
//! cancel to near zero, where only the vector's scale is meaningful).

use crystaldb::encode::soap::{Average, SoapEncoder, SoapOptions, SpeciesBasis};
use crystaldb::Structure;
use serde::Deserialize;
use std::io::Read;

#[derive(Deserialize)]
struct Fixture {
    dscribe_version: String,
    sets: Vec<Set>,
}

#[derive(Deserialize)]
struct Set {
    params: Params,
    rows: Vec<Row>,
}

#[derive(Deserialize)]
struct Params {
    r_cut: f64,
    n_max: usize,
    l_max: usize,
    sigma: f64,
}

#[derive(Deserialize)]
struct Row {
    name: String,
    structure: Structure,
    species: Vec<u8>,
    inner: Vec<f64>,
    outer: Vec<f64>,
}

fn fixture() -> Fixture {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/soap_dscribe.json.gz");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut text = String::new();
    flate2::read::GzDecoder::new(file).read_to_string(&mut text).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn encoder(p: &Params, basis: SpeciesBasis, average: Average) -> SoapEncoder {
    SoapEncoder::new(SoapOptions {
        r_cut: p.r_cut,
        n_max: p.n_max,
        l_max: p.l_max,
        sigma: p.sigma,
        basis,
        average,
    })
    .unwrap()
}

/// The largest deviation relative to the vector's scale; panics past `tol`.
fn compare(what: &str, got: &[f64], want: &[f64], tol: f64) -> f64 {
    assert_eq!(got.len(), want.len(), "{what}: dimension");
    let scale = want.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    assert!(scale > 0.0, "{what}: all-zero reference");
    let mut worst = 0.0f64;
    for (k, (a, b)) in got.iter().zip(want).enumerate() {
        let d = (a - b).abs() / scale;
        assert!(d <= tol, "{what} feature {k}: {a} vs dscribe {b} (scale {scale})");
        if b.abs() >= 1e-3 * scale {
            assert!((a - b).abs() <= tol * b.abs(), "{what} feature {k}: {a} vs dscribe {b}, relative");
        }
        worst = worst.max(d);
    }
    worst
}

/// dscribe's per-element spectrum (layout: element pairs t ≤ u, l, radial pairs) contracted
/// into the encoder's channel layout with weights `w[t][c]`.
fn contract(row: &[f64], n: usize, l_max: usize, w: &[Vec<f64>]) -> Vec<f64> {
    let s = w.len();
    let c = w[0].len();
    // p[t][u][l][n1][n2] for every ordered pair (t, u).
    let mut full = vec![0.0; s * s * (l_max + 1) * n * n];
    let at =
        |t: usize, u: usize, l: usize, a: usize, b: usize| (((t * s + u) * (l_max + 1) + l) * n + a) * n + b;
    let mut pos = 0;
    for t in 0..s {
        for u in t..s {
            for l in 0..=l_max {
                for a in 0..n {
                    for b in if t == u { a } else { 0 }..n {
                        let v = row[pos];
                        pos += 1;
                        full[at(t, u, l, a, b)] = v;
                        full[at(u, t, l, b, a)] = v;
                    }
                }
            }
        }
    }
    assert_eq!(pos, row.len());
    let mut out = Vec::new();
    for x in 0..c {
        for y in x..c {
            for l in 0..=l_max {
                for a in 0..n {
                    for b in if x == y { a } else { 0 }..n {
                        let mut v = 0.0;
                        for t in 0..s {
                            for u in 0..s {
                                v += w[t][x] * w[u][y] * full[at(t, u, l, a, b)];
                            }
                        }
                        out.push(v);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn soap_matches_dscribe_per_element() {
    let fx = fixture();
    let mut structures = 0;
    for set in &fx.sets {
        let p = &set.params;
        let mut worst = 0.0f64;
        for row in &set.rows {
            for (average, want) in [(Average::Inner, &row.inner), (Average::Outer, &row.outer)] {
                let enc = encoder(p, SpeciesBasis::Elements(row.species.clone()), average);
                let got = enc.featurize(&row.structure).unwrap();
                let what =
                    format!("{} {} r_cut {} n {} l {}", row.name, average.name(), p.r_cut, p.n_max, p.l_max);
                worst = worst.max(compare(&what, &got, want, 1e-6));
            }
        }
        structures = structures.max(set.rows.len());
        eprintln!(
            "soap species= vs dscribe {} (r_cut {}, n_max {}, l_max {}, sigma {}): {} structures x 2 averages, \
             max deviation {worst:.2e} of the vector's scale",
            fx.dscribe_version,
            p.r_cut,
            p.n_max,
            p.l_max,
            p.sigma,
            set.rows.len()
        );
    }
    assert!(structures >= 30 + 7);
}

#[test]
fn soap_channels_match_contracted_dscribe() {
    let fx = fixture();
    for set in &fx.sets {
        let p = &set.params;
        for channels in [vec!["one"], vec!["one", "en", "radius"], vec!["group", "period", "z", "valence"]] {
            let names: Vec<String> = channels.iter().map(|s| s.to_string()).collect();
            let mut worst = 0.0f64;
            for row in &set.rows {
                // The channel weights of the row's elements (the `acsf` encoder's, shared).
                let w: Vec<Vec<f64>> = row.species.iter().map(|&z| channel_weights(&names, z)).collect();
                for (average, want) in [(Average::Inner, &row.inner), (Average::Outer, &row.outer)] {
                    let enc = encoder(p, SpeciesBasis::Channels(names.clone()), average);
                    let got = enc.featurize(&row.structure).unwrap();
                    let exp = contract(want, p.n_max, p.l_max, &w);
                    let what =
                        format!("{} {} {channels:?} n {} l {}", row.name, average.name(), p.n_max, p.l_max);
                    worst = worst.max(compare(&what, &got, &exp, 1e-6));
                }
            }
            eprintln!(
                "soap channels={channels:?} vs contracted dscribe (n_max {}, l_max {}): {} structures, max deviation {worst:.2e}",
                p.n_max,
                p.l_max,
                set.rows.len()
            );
        }
    }
}

fn channel_weights(names: &[String], z: u8) -> Vec<f64> {
    crystaldb::encode::acsf::AcsfEncoder::new(crystaldb::encode::acsf::AcsfOptions {
        species: names.to_vec(),
        ..Default::default()
    })
    .unwrap()
    .species_weights(z)
    .to_vec()
}

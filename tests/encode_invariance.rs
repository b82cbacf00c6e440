//! The invariance suite (`crystaldb::encode::check_invariances`) run against every registered
//! encoder, on the first 30 structures of MP-20's binary/ternary validation split (parsed by
//! pymatgen and committed as tests/expected/mp20_val_first30.json by
//! `scripts/dev/mp20_structures.py`) and on the hand-built prototypes.
//!
//! Tolerance: vectors of the same crystal agree within 1e-4 of the original vector's Euclidean
//! norm (`|a − b| ≤ 1e-4 · |a|`); different crystals must differ by more than that.

use crystaldb::encode::invariance::{prototypes, rel_diff};
use crystaldb::encode::{build_encoder, check_invariances, encoder_names, Encoder, EncoderSpec, Metric};
use crystaldb::{Result, Structure};
use serde::Deserialize;
use std::collections::BTreeMap;

const TOL: f32 = 1e-4;

#[derive(Deserialize)]
struct Row {
    id: String,
    structure: Structure,
}

fn mp20() -> Vec<(String, Structure)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected/mp20_val_first30.json");
    let rows: Vec<Row> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(rows.len(), 30);
    rows.into_iter().map(|r| (r.id, r.structure)).collect()
}

fn corpus() -> Vec<Structure> {
    let mut v: Vec<Structure> = mp20().into_iter().map(|(_, s)| s).collect();
    v.extend(prototypes().into_iter().map(|(_, s)| s));
    v
}

fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn run(name: &str, p: &BTreeMap<String, String>, structures: &[Structure]) {
    let enc = build_encoder(name, p).unwrap();
    let report = check_invariances(enc.as_ref(), structures, TOL).unwrap();
    eprintln!("{name} {p:?}\n{report}");
    assert!(report.passed(), "{report}");
    let expected_checks = structures.len() * 6 + if enc.structure_aware() { 2 } else { 0 };
    assert_eq!(report.checks.len(), expected_checks);
}

#[test]
fn every_registered_encoder_is_invariant() {
    let structures = corpus();
    for name in encoder_names() {
        run(name, &BTreeMap::new(), &structures);
    }
}

#[test]
fn non_default_parameters_are_invariant_too() {
    // (`species=one,group,period` alone would fail `substitution` where a lanthanide is replaced
    // by the next one: same group and period, so the same weights. `z` tells them apart.)
    let structures: Vec<Structure> = corpus().into_iter().step_by(3).collect();
    run(
        "acsf",
        &params(&[("pool", "mean_std"), ("cutoff", "4.5"), ("species", "one,group,period,z")]),
        &structures,
    );
    run(
        "soap",
        &params(&[
            ("average", "inner"),
            ("r_cut", "4.5"),
            ("sigma", "0.6"),
            ("channels", "one,group,period,z"),
        ]),
        &structures,
    );
    if let Some(data) = crystaldb::testdata::require("non_default_parameters_are_invariant_too") {
        let dir = data.join("elements/magpie_elementdata");
        run("magpie", &params(&[("element_table", dir.to_str().unwrap())]), &structures);
    }
}

#[test]
fn composition_only_encoder_skips_the_polymorph_check() {
    let enc = build_encoder("magpie", &BTreeMap::new()).unwrap();
    assert!(!enc.structure_aware());
    let report = check_invariances(enc.as_ref(), &corpus()[..2], TOL).unwrap();
    assert!(report.checks.iter().all(|c| c.check != "polymorph"));
    // ...because its polymorphs are equal by design.
    let protos = prototypes();
    let get = |n: &str| protos.iter().find(|p| p.0 == n).unwrap().1.clone();
    let v = enc.encode(&[get("C diamond"), get("C graphite")]).unwrap();
    assert_eq!(v[0], v[1]);
}

#[test]
fn structure_aware_encoders_tell_polymorphs_apart() {
    // Measured: acsf 0.15 and more; soap (sigma 1 Å smooths, l = 0 dominates) 0.034 for rock
    // salt / CsCl. Both far above the suite's 1e-4.
    for (name, min) in [("acsf", 0.05), ("soap", 0.02)] {
        let enc = build_encoder(name, &BTreeMap::new()).unwrap();
        let report = check_invariances(enc.as_ref(), &[], TOL).unwrap();
        assert_eq!(report.checks.len(), 2);
        for c in &report.checks {
            eprintln!("{name} {} {}: rel diff {:.3}", c.check, c.subject, c.rel_diff);
            assert!(c.passed && c.rel_diff > min, "{name} {c:?}");
        }
    }
}

/// The suite itself: an element-blind encoder fails `substitution`, and an encoder that reads
/// the raw lattice fails `rotation` and the supercells.
#[test]
fn the_suite_catches_broken_encoders() {
    let structures: Vec<Structure> = mp20().into_iter().take(4).map(|(_, s)| s).collect();
    let blind = build_encoder("acsf", &params(&[("species", "one")])).unwrap();
    let report = check_invariances(blind.as_ref(), &structures, TOL).unwrap();
    let failed: Vec<&str> = report.failures().iter().map(|c| c.check.as_str()).collect();
    assert!(!failed.is_empty() && failed.iter().all(|c| *c == "substitution"), "{report}");

    struct RawLattice;
    impl Encoder for RawLattice {
        fn spec(&self) -> EncoderSpec {
            EncoderSpec::new("raw_lattice", 1, serde_json::Map::new(), None, 9, Metric::L2)
        }
        fn structure_aware(&self) -> bool {
            true
        }
        fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
            Ok(batch.iter().map(|s| s.lattice.matrix.iter().flatten().map(|&x| x as f32).collect()).collect())
        }
    }
    let report = check_invariances(&RawLattice, &structures, TOL).unwrap();
    for check in ["rotation", "supercell_2x2x2", "supercell_1x2x3", "substitution"] {
        assert!(report.failures().iter().any(|c| c.check == check), "{check}: {report}");
    }
    assert!(report.failures().iter().all(|c| c.check != "translation" && c.check != "permutation"));
    assert!(rel_diff(&[1.0, 0.0], &[1.0, 0.0]) == 0.0);
}

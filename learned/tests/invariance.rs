//! The invariance suite (`crystaldb::encode::check_invariances`) run against the graph encoder
//! once it is registered, on the same corpus as the core's suite (`tests/encode_invariance.rs`):
//! the first 30 structures of MP-20's binary/ternary validation split and the hand-built
//! prototypes. With the learned crate registered, every registered encoder passes.
//!
//! Tolerance: vectors of the same crystal agree within 1e-4 of the original vector's Euclidean
//! norm.

use crystaldb::encode::invariance::prototypes;
use crystaldb::encode::{build_encoder, check_invariances, encoder_names, random_init_params};
use crystaldb::Structure;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Row {
    structure: Structure,
}

fn corpus() -> Vec<Structure> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/expected/mp20_val_first30.json");
    let rows: Vec<Row> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(rows.len(), 30);
    let mut v: Vec<Structure> = rows.into_iter().map(|r| r.structure).collect();
    v.extend(prototypes().into_iter().map(|(_, s)| s));
    v
}

#[test]
fn every_registered_encoder_is_invariant_with_the_learned_crate() {
    crystaldb_learned::register();
    let names = encoder_names();
    assert_eq!(names, vec!["acsf", "cgcnn", "chgnet", "graph", "magpie", "soap"]);
    let structures = corpus();
    // `cgcnn` and `chgnet` need weights: their random-init twins, and the published band-gap
    // CGCNN and CHGNet 0.3.0 when the shared data is there.
    let mut runs: Vec<(&str, BTreeMap<String, String>)> = names
        .iter()
        .map(|n| {
            (
                *n,
                if *n == "cgcnn" || *n == "chgnet" {
                    BTreeMap::from([("weights".into(), "random".into())])
                } else {
                    BTreeMap::new()
                },
            )
        })
        .collect();
    if let Some(data) = crystaldb::testdata::require("cgcnn invariance") {
        let file = data.join("models/cgcnn/band-gap.pth.tar").display().to_string();
        runs.push(("cgcnn", BTreeMap::from([("weights_file".into(), file)])));
        let file = data.join("models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar").display().to_string();
        runs.push(("chgnet", BTreeMap::from([("weights_file".into(), file)])));
    }
    for (name, params) in runs {
        let enc = build_encoder(name, &params).unwrap();
        let report = check_invariances(enc.as_ref(), &structures, 1e-4).unwrap();
        eprintln!("{name}\n{report}");
        assert!(report.passed(), "{report}");
        let expected_checks = structures.len() * 6 + if enc.structure_aware() { 2 } else { 0 };
        assert_eq!(report.checks.len(), expected_checks);
    }
}

#[test]
fn the_graph_encoder_has_a_random_init_twin_and_the_engineered_ones_do_not() {
    crystaldb_learned::register();
    let trained = BTreeMap::from([("weights".to_string(), "mine".to_string())]);
    let twin = random_init_params("graph", &trained).unwrap();
    assert_eq!(twin["weights"], "random");
    assert_eq!(random_init_params("magpie", &BTreeMap::new()), None);
    // Without a database, stored weights cannot be loaded: a clear error, not a panic.
    let err = build_encoder("graph", &trained).err().unwrap().to_string();
    assert!(err.contains("weights=mine"), "{err}");
}

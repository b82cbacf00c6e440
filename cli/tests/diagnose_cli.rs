//! `crystaldb diagnose`: JSON contract, split export, report files, errors.

mod common;

use common::{fails, json};

#[test]
fn diagnose_demo_database() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db");
    let db = db_path.to_str().unwrap();
    json(&["demo", "--db", db, "--count", "200", "--ingest-only", "--json"]);
    json(&["embed", "--db", db, "--encoder", "acsf", "--json"]);
    let split = dir.path().join("split.csv");
    let report = dir.path().join("report");
    let d = json(&[
        "diagnose",
        "--db",
        db,
        "--embedding",
        "acsf",
        "--property",
        "density",
        "--split",
        "element:O",
        "--train-size",
        "50",
        "--train-size",
        "all",
        "--cluster-sample",
        "100",
        "--k-max",
        "4",
        "--restarts",
        "1",
        "--split-out",
        split.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
        "--json",
    ]);
    // The default labels include the demo corpus's prototype.
    assert_eq!(d["retrieval"][0]["label"], "prototype");
    let rows = d["retrieval"][0]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "acsf@1 (also the acsf baseline), magpie baseline");
    assert_eq!(d["notes"][0], "the acsf baseline is the tested set acsf@1");
    for key in ["precision", "ks", "mrr", "base_rate", "queries", "best_labels", "worst_labels"] {
        assert!(!rows[0][key].is_null(), "{key}");
    }
    assert!(d["random_init_missing"][0].as_str().unwrap().contains("no random-init row"));
    let probe = &d["probes"][0];
    assert_eq!(probe["property"], "density");
    assert_eq!(probe["rows"].as_array().unwrap().len(), 6);
    assert_eq!(probe["rows"][2]["representation"], "mean");
    for key in ["alpha", "cv_mse", "train", "test"] {
        assert!(!probe["rows"][0][key].is_null(), "{key}");
    }
    assert!(probe["rows"][0]["test"]["r2"].is_number());
    for key in ["silhouette", "k", "clusters", "crosstab", "ari", "nmi", "label_values"] {
        assert!(!d["clusters"][0][key].is_null(), "{key}");
    }
    assert!(d["axes"][0]["descriptors"].is_array() && d["neighbours"][0]["queries"].is_array());
    assert!(d["overlap"][0]["overlap"].is_array());
    // Every structure with O is on the test side of the exported split.
    let text = std::fs::read_to_string(&split).unwrap();
    assert_eq!(text.lines().count(), 201);
    let test = text.lines().filter(|l| l.ends_with(",test")).count();
    assert_eq!(test as u64, d["probes"][0]["test"].as_u64().unwrap());
    assert!(report.join("index.html").is_file() && report.join("diagnosis.json").is_file());

    fails(&["diagnose", "--db", db, "--embedding", "nope"], "nope");
    fails(&["diagnose", "--db", db, "--embedding", "acsf", "--split", "element:Xx"], "unknown split");
    fails(&["diagnose", "--db", db, "--embedding", "acsf", "--duplicates", "some"], "duplicate policy");
    // A budget or sample that could only give an empty table is refused, not silently dropped.
    fails(&["diagnose", "--db", db, "--embedding", "acsf", "--train-size", "1"], "at least 2 training rows");
    fails(&["diagnose", "--db", db, "--embedding", "acsf", "--train-size", "x"], "a number or \"all\"");
    fails(&["diagnose", "--db", db, "--embedding", "acsf", "--sample", "0"], "at least 1 query");
}

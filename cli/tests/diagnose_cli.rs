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

/// P@10 of `set` by `label` in a diagnosis document.
fn precision_at_10(d: &serde_json::Value, label: &str, set: &str) -> f64 {
    let table = d["retrieval"].as_array().unwrap().iter().find(|t| t["label"] == label).unwrap();
    let row = table["rows"].as_array().unwrap().iter().find(|r| r["representation"] == set).unwrap();
    let k = row["ks"].as_array().unwrap().iter().position(|k| k == 10).unwrap();
    row["precision"][k].as_f64().unwrap()
}

/// Magpie searched as z-scores (the default) against raw Magpie on the MP-20 bi/ternary test
/// split: raw, the mean melting-temperature deviation dominates every distance; standardised,
/// LiCoO2's (mp-22526) nearest oxides with a gap share its chemistry, and retrieval by chemical
/// system improves.
#[test]
fn standardised_magpie_finds_chemically_closer_neighbours() {
    let Some(data) = crystaldb::testdata::require("standardised magpie neighbours") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db");
    let db = db_path.to_str().unwrap();
    let csv = data.join("mp/mp20_biternary_test.csv.gz");
    json(&["ingest", "--db", db, "--json", csv.to_str().unwrap()]);
    let z = json(&["embed", "--db", db, "--encoder", "magpie", "--json"]);
    assert_eq!(z["set"]["normalization"], "zscore");
    let raw = json(&[
        "embed",
        "--db",
        db,
        "--encoder",
        "magpie",
        "--normalize",
        "none",
        "--name",
        "magpie-raw",
        "--json",
    ]);
    assert_eq!(raw["set"]["normalization"], "none");
    fails(
        &["embed", "--db", db, "--encoder", "magpie", "--normalize", "none", "--name", "magpie"],
        "choose another --name",
    );

    let near = |set: &str| -> Vec<String> {
        let filter = r#"elements HAS "O" AND band_gap > 1"#;
        let r = json(&[
            "query",
            "--db",
            db,
            "--near",
            "mp:mp-22526",
            "--embedding",
            set,
            "--filter",
            filter,
            "-k",
            "5",
            "--json",
        ]);
        r["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["formula_reduced"].as_str().unwrap().to_string())
            .collect()
    };
    let li_co = |f: &[String]| f.iter().filter(|f| f.contains("Li") && f.contains("Co")).count();
    let (zn, rn) = (near("magpie"), near("magpie-raw"));
    eprintln!("LiCoO2 neighbours: z-scores {zn:?}, raw {rn:?}");
    assert!(li_co(&zn) >= 2 && li_co(&zn) > li_co(&rn), "z-scores {zn:?}, raw {rn:?}");

    let d = json(&[
        "diagnose",
        "--db",
        db,
        "--embedding",
        "magpie",
        "--embedding",
        "magpie-raw",
        "--label",
        "chemsys",
        "--no-baselines",
        "--property",
        "band_gap",
        "--cluster-sample",
        "200",
        "--k-max",
        "3",
        "--restarts",
        "1",
        "--json",
    ]);
    let (pz, pr) =
        (precision_at_10(&d, "chemsys", "magpie@1"), precision_at_10(&d, "chemsys", "magpie-raw@1"));
    eprintln!("chemsys P@10: z-scores {pz:.4}, raw {pr:.4}");
    assert!(pz > pr, "chemsys P@10 z-scores {pz} raw {pr}");
}

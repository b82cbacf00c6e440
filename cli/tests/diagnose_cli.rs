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
        "--hdbscan-min-cluster-size",
        "8",
        "--split-out",
        split.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
        "--json",
    ]);
    // HDBSCAN of the ACSF fingerprints finds prototype families among noise, and follows the
    // prototype more closely than k-means does.
    let c = &d["clusters"][0];
    let h = &c["density"]["hdbscan"];
    assert!(h["clusters"].as_u64().unwrap() >= 2 && h["noise_fraction"].as_f64().unwrap() < 0.8, "{h}");
    let nmi = |clustering: &str| {
        c["agreement"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["clustering"] == clustering && a["label"] == "prototype")
            .unwrap()["nmi"]
            .as_f64()
            .unwrap()
    };
    assert!(nmi("hdbscan") > nmi("kmeans"), "{}", c["agreement"]);
    // k by the BIC of a diagonal Gaussian mixture, over k = 1..=4.
    let m = &c["mixture"];
    assert_eq!(m["covariance"], "diag");
    assert_eq!(m["bic"].as_array().unwrap().len(), 4, "{m}");
    assert!((1..=4).contains(&m["k"].as_u64().unwrap()) && m["mixture"]["converged"] == true, "{m}");
    assert!(nmi("gmm") > 0.0, "{}", c["agreement"]);
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
/// split (and the GP probe on it, see [`gp_probe_on_mp20`]): raw, the mean melting-temperature deviation dominates every distance; standardised,
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
    gp_probe_on_mp20(db, &dir.path().join("report"));
    soap_in_the_verdict(db);
}

/// A stored SOAP set answers the verdict's SOAP question for the other sets, and is itself
/// compared with Magpie (a compact SOAP here, 180 dimensions, to keep the test fast; the
/// defaults are checked against dscribe in tests/encode_soap_parity.rs).
fn soap_in_the_verdict(db: &str) {
    let e = json(&[
        "embed",
        "--db",
        db,
        "--encoder",
        "soap",
        "--set",
        "n_max=4",
        "--set",
        "l_max=4",
        "--set",
        "channels=one,en",
        "--name",
        "soap-small",
        "--json",
    ]);
    assert_eq!((e["set"]["dim"].as_u64(), e["set"]["encoder"].as_str()), (Some(180), Some("soap")), "{e}");
    let d = json(&[
        "diagnose",
        "--db",
        db,
        "--embedding",
        "magpie",
        "--embedding",
        "soap-small",
        "--label",
        "crystal_system",
        "--no-baselines",
        "--property",
        "formation_energy_per_atom",
        "--split",
        "chemsys",
        "--sample",
        "300",
        "--cluster-sample",
        "200",
        "--k-max",
        "3",
        "--restarts",
        "1",
        "--tsne-sample",
        "0",
        "--json",
    ]);
    let tested = d["verdict"][0]["tested"].as_array().unwrap();
    let by = |name: &str| tested.iter().find(|t| t["entry"]["representation"] == name).unwrap();
    let outcome = |t: &serde_json::Value, q: &str| {
        let c = t["comparisons"].as_array().unwrap().iter().find(|c| c["question"] == q).unwrap();
        (c["outcome"].as_str().unwrap().to_string(), c["against"].clone())
    };
    let (magpie_vs_soap, against) = outcome(by("magpie@1"), "soap");
    assert!(["better", "worse", "tie"].contains(&magpie_vs_soap.as_str()), "{}", by("magpie@1"));
    assert_eq!(against["representation"], "soap-small@1");
    let soap = by("soap-small@1");
    assert_eq!(outcome(soap, "soap").0, "not available");
    assert!(["better", "worse", "tie"].contains(&outcome(soap, "magpie").0.as_str()), "{soap}");
    let mae = |t: &serde_json::Value| t["entry"]["mae"].as_f64().unwrap();
    eprintln!(
        "formation energy, chemsys split, all labels: magpie MAE {:.3}, soap-small MAE {:.3}; magpie vs soap: {magpie_vs_soap}",
        mae(by("magpie@1")),
        mae(soap)
    );
    fails(
        &["diagnose", "--db", db, "--embedding", "magpie", "--soap-baseline", "--no-baselines"],
        "choose one",
    );
}

/// `--probe ridge,gp` on the MP-20 bi/ternary test split with held-out chemical systems: every
/// representation gets a ridge and a GP row per budget, the GP says how it subsampled, reads
/// formation energy better than ridge from all labels (a smooth non-linear map of the
/// composition), and its predictive σ covers the held-out targets about as a Gaussian should.
fn gp_probe_on_mp20(db: &str, report: &std::path::Path) {
    let d = json(&[
        "diagnose",
        "--db",
        db,
        "--embedding",
        "magpie",
        "--label",
        "crystal_system",
        "--no-baselines",
        "--probe",
        "ridge,gp",
        "--gp-max-train",
        "1000",
        "--gp-optimise-rows",
        "400",
        "--property",
        "formation_energy_per_atom",
        "--split",
        "chemsys",
        "--train-size",
        "100",
        "--train-size",
        "all",
        "--cluster-sample",
        "200",
        "--k-max",
        "3",
        "--restarts",
        "1",
        "--report",
        report.to_str().unwrap(),
        "--json",
    ]);
    let rows = d["probes"][0]["rows"].as_array().unwrap();
    let methods: Vec<&str> = rows.iter().map(|r| r["method"].as_str().unwrap()).collect();
    assert_eq!(methods, ["ridge", "gp", "mean", "ridge", "gp", "mean"], "{rows:?}");
    let (ridge, gp) = (&rows[3], &rows[4]);
    assert!(ridge["gp"].is_null() && rows[2]["gp"].is_null() && gp["alpha"].is_null());
    let g = &gp["gp"];
    assert_eq!((g["fitted_rows"].as_u64(), g["optimised_rows"].as_u64()), (Some(1000), Some(400)), "{g}");
    assert_eq!(g["subsampled"], true);
    assert_eq!(rows[1]["gp"]["subsampled"], false, "100 rows: no subsample");
    assert!(["amplitude", "length_scale", "noise"].iter().all(|k| g["hyper"][k].as_f64().unwrap() > 0.0));
    let r2 = |r: &serde_json::Value| r["test"]["r2"].as_f64().unwrap();
    let mae = |r: &serde_json::Value| r["test"]["mae"].as_f64().unwrap();
    eprintln!("formation energy, all labels: ridge R² {:.3} MAE {:.3}; GP {g}", r2(ridge), mae(ridge));
    assert!(r2(gp) > r2(ridge) && mae(gp) < mae(ridge), "ridge {ridge}\ngp {gp}");
    assert!(mae(gp) < 0.6 * mae(&rows[5]), "GP MAE vs the mean predictor's");
    let c = &g["calibration"];
    let within = |k: &str| c[k].as_f64().unwrap();
    assert!((0.55..0.92).contains(&within("within_1sigma")), "{c}");
    assert!((0.85..0.995).contains(&within("within_2sigma")), "{c}");
    let sigma = within("mean_sigma");
    assert!(sigma > 0.3 * mae(gp) && sigma < 3.0 * mae(gp), "{c}");
    // The verdict: per budget, magpie's best probe; at all labels the GP, trusted (it beats the
    // mean predictor over resampled chemical systems; no twin, no SOAP to ask about).
    let verdict = d["verdict"].as_array().unwrap();
    assert_eq!(verdict.len(), 2, "{verdict:?}");
    let all = &verdict[1];
    assert!(all["train_size"].is_null() && all["test_systems"].as_u64().unwrap() > 100, "{all}");
    let t = &all["tested"][0];
    assert_eq!((t["entry"]["probe"].as_str(), t["trust"].as_bool()), (Some("gp"), Some(true)), "{t}");
    let outcomes: Vec<&str> =
        t["comparisons"].as_array().unwrap().iter().map(|c| c["outcome"].as_str().unwrap()).collect();
    assert_eq!(
        outcomes,
        ["better", "not available", "not available", "not available", "not available"],
        "{t}"
    );
    let c = &t["comparisons"][0];
    let (lo, hi) = (c["interval"][0].as_f64().unwrap(), c["interval"][1].as_f64().unwrap());
    let diff = c["difference"].as_f64().unwrap();
    assert!(lo > 0.0 && lo < diff && diff < hi, "{c}");
    let sentence = t["sentence"].as_str().unwrap();
    assert!(
        sentence.starts_with("magpie@1 + GP probe: trust for formation_energy_per_atom at all labels"),
        "{sentence}"
    );
    let html = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(html.contains("<th>NLPD</th>") && html.contains("gp (fit on 1000, θ on 400)"));
    assert!(html.find("<h2>Verdict").unwrap() < html.find("<h2>Retrieval").unwrap());
    fails(&["diagnose", "--db", db, "--embedding", "magpie", "--probe", "krr"], "unknown probe");
    fails(&["diagnose", "--db", db, "--embedding", "magpie", "--gp-kernel", "cubic"], "unknown GP kernel");
}

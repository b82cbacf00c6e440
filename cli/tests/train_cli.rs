//! `crystaldb train` -> `crystaldb embed --set weights=NAME`: the JSON contract and the
//! provenance of the embedding set.

mod common;

use common::{fails, json};

/// A tiny graph network: training and embedding take well under a second.
const TINY: [&str; 8] =
    ["--set", "hidden=8", "--set", "layers=1", "--set", "gaussians=8", "--set", "cutoff=5"];

#[test]
fn train_then_embed_with_the_stored_weights() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    json(&["demo", "--db", db, "--count", "24", "--ingest-only", "--json"]);
    let mut args = vec!["train", "--db", db, "--encoder", "graph", "--objective", "supervised"];
    args.extend(["--target", "volume_per_atom", "--epochs", "2", "--batch-size", "8", "--seed", "3"]);
    args.extend(["--name", "vpa", "--max-sites", "10", "--json"]);
    args.extend(TINY);
    let t = json(&args);
    assert_eq!(t["weights"], "vpa");
    assert_eq!(t["objective"], "supervised");
    assert_eq!(t["target"], "volume_per_atom");
    assert_eq!(t["epochs"], 2);
    assert_eq!(t["train_losses"].as_array().unwrap().len(), 2);
    assert!(t["train_loss"].as_f64().unwrap().is_finite());
    assert!(t["val_metric"].as_f64().unwrap().is_finite());
    assert_eq!(t["val_metric_name"], "mae");
    assert_eq!(t["checksum"].as_str().unwrap().len(), 64);
    assert_eq!(t["params"]["hidden"], "8");
    // The checkpoint is gone once the weights are stored; the name is now taken.
    assert!(!dir.path().join("db/weights/.vpa.checkpoint").exists());
    fails(&args, "already exist");

    let e = json(&["embed", "--db", db, "--encoder", "graph", "--set", "weights=vpa", "--json"]);
    assert_eq!(e["set"]["weights_checksum"], t["checksum"]);
    assert_eq!(e["set"]["params"]["weights"], "vpa");
    assert_eq!(e["set"]["meta"]["weights_objective"], "supervised");
    assert_eq!(e["set"]["meta"]["weights_structure_version"], t["structure_version"].to_string());
    assert_eq!(e["dim"], 8);
    // The untrained network of the same architecture, and unknown weights.
    let mut random =
        vec!["embed", "--db", db, "--encoder", "graph", "--set", "weights=random", "--name", "rnd", "--json"];
    random.extend(TINY);
    let r = json(&random);
    assert_eq!(r["dim"], 8);
    assert_ne!(r["set"]["weights_checksum"], t["checksum"]);
    fails(&["embed", "--db", db, "--encoder", "graph", "--set", "weights=nope"], "nope");
    fails(&["train", "--db", db, "--objective", "nonsense"], "unknown objective");
}

#[test]
fn train_on_the_training_side_of_a_split_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    json(&["demo", "--db", db, "--count", "16", "--ingest-only", "--json"]);
    let q = json(&["query", "--db", db, "--limit", "0", "--json"]);
    let ids: Vec<String> =
        q["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 16);
    // `crystaldb diagnose --split-out` format: a header, then id,side.
    let split = dir.path().join("split.csv");
    let mut text = String::from("id,side\n");
    for (i, id) in ids.iter().enumerate() {
        text.push_str(&format!("{id},{}\n", if i < 10 { "train" } else { "test" }));
    }
    std::fs::write(&split, text).unwrap();
    let mut args =
        vec!["train", "--db", db, "--objective", "masked-atom", "--epochs", "1", "--batch-size", "4"];
    args.extend(["--split", split.to_str().unwrap(), "--name", "half", "--val-fraction", "0.2", "--json"]);
    args.extend(TINY);
    let t = json(&args);
    let used = t["train_count"].as_u64().unwrap() + t["val_count"].as_u64().unwrap();
    assert_eq!(used + t["skipped"].as_u64().unwrap(), 10, "only the train side: {t}");

    // A plain id list with an unknown id, and a malformed split line, are refused.
    let listed = dir.path().join("ids.txt");
    std::fs::write(&listed, format!("{}\nnot:there\n", ids[0])).unwrap();
    let mut bad = vec!["train", "--db", db, "--objective", "masked-atom", "--epochs", "1"];
    bad.extend(["--ids", listed.to_str().unwrap(), "--name", "x"]);
    fails(&bad, "not:there");
    std::fs::write(&split, format!("id,side\n{},maybe\n", ids[0])).unwrap();
    let mut bad = vec!["train", "--db", db, "--objective", "masked-atom", "--epochs", "1"];
    bad.extend(["--split", split.to_str().unwrap(), "--name", "y"]);
    fails(&bad, "line 2");
}

#[test]
fn contrastive_training_options_reach_the_stored_weights() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    json(&["demo", "--db", db, "--count", "20", "--ingest-only", "--json"]);
    let mut args = vec!["train", "--db", db, "--objective", "infonce", "--epochs", "1", "--batch-size", "6"];
    args.extend(["--local-weight", "0.5", "--chemistry-batches", "--temperature", "0.2", "--jitter", "0.05"]);
    args.extend(["--cancel-nearest", "2", "--strain", "0.05", "--view-mask", "0.2"]);
    args.extend(["--max-sites", "12", "--name", "local", "--set", "readout=concat", "--json"]);
    args.extend(TINY);
    let t = json(&args);
    assert_eq!(t["objective"], "infonce");
    assert_eq!(t["params"]["readout"], "concat", "{t}");
    assert!(t["train_loss"].as_f64().unwrap().is_finite(), "{t}");
    let o = &t["options"]["objective_options"];
    assert_eq!(o["local_weight"], 0.5, "{t}");
    assert_eq!(o["chemistry_batches"], true);
    assert_eq!(o["cancel_nearest"], 2);
    assert_eq!(o["temperature"], 0.2);
    assert_eq!(o["jitter"], 0.05);
    assert_eq!(o["strain"], 0.05);
    assert_eq!(o["view_mask"], 0.2);
    // The concatenated readout: the input and the one convolution, 8 each.
    let e = json(&["embed", "--db", db, "--encoder", "graph", "--set", "weights=local", "--json"]);
    assert_eq!(e["dim"], 16, "{e}");
    assert_eq!(e["set"]["params"]["readout"], "concat");
    fails(&["train", "--db", db, "--objective", "infonce", "--strain", "0.5", "--name", "s"], "strain");
    fails(&["train", "--db", db, "--objective", "infonce", "--view-mask", "1", "--name", "m"], "view mask");
    fails(&["train", "--db", db, "--objective", "infonce", "--local-weight", "x"], "local-weight");
    fails(&["train", "--db", db, "--objective", "infonce", "--cancel-nearest=-1"], "cancel-nearest");
    fails(
        &["train", "--db", db, "--objective", "infonce", "--local-weight=-1", "--name", "n"],
        "local weight",
    );
    fails(
        &["train", "--db", db, "--objective", "infonce", "--temperature", "0", "--name", "t"],
        "temperature",
    );
}

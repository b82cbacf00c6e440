//! `crystaldb embed --encoder cgcnn|chgnet` and `crystaldb predict --model cgcnn|chgnet` on a
//! fresh database, from the published checkpoints in the shared data: the set's key carries the file's
//! SHA-256, the predictions are the library's, and a structure CGCNN cannot take is reported
//! by id while the rest are predicted.

mod common;

use common::{fails, json};
use crystaldb::Database;
use crystaldb_learned::pretrained::{CgcnnEncoder, ChgnetEncoder};
use std::collections::BTreeMap;

#[test]
fn cgcnn_embeds_and_predicts_from_the_published_weights() {
    let Some(data) = crystaldb::testdata::require("cgcnn from the command line") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    let cifs = data.join("structures/cif");
    let ingest = json(&["ingest", "--db", db, "--json", cifs.to_str().unwrap()]);
    let rows = ingest["added"].as_u64().unwrap();
    assert!(rows >= 8, "{ingest}");
    let weights = data.join("models/cgcnn/formation-energy-per-atom.pth.tar");
    let set = format!("weights_file={}", weights.display());

    let embed = json(&["embed", "--db", db, "--encoder", "cgcnn", "--set", &set, "--json"]);
    assert_eq!(embed["dim"], 32, "{embed}");
    let sha = crystaldb_learned::pretrained::Checkpoint::open(&weights).unwrap().sha256().to_string();
    assert_eq!(embed["set"]["weights_checksum"], sha.as_str());
    assert_eq!(embed["set"]["weights"], "formation-energy-per-atom.pth.tar");
    assert_eq!(embed["set"]["params"]["ties"], "average");
    // The partially occupied COD excerpt has no CGCNN vector; every other row has one.
    let skipped = embed["skipped"].as_array().unwrap();
    assert_eq!(embed["count"].as_u64().unwrap() + skipped.len() as u64, rows, "{embed}");

    let out = dir.path().join("fe.csv");
    let predict = json(&[
        "predict",
        "--db",
        db,
        "--model",
        "cgcnn",
        "--set",
        &set,
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    let skipped: Vec<&str> =
        predict["skipped"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(skipped.iter().all(|id| id.contains("partial_occupancy")), "{predict}");
    assert_eq!(predict["predicted"].as_u64().unwrap() + skipped.len() as u64, rows);
    let text = std::fs::read_to_string(&out).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id,prediction"));
    let predicted: BTreeMap<String, f64> = lines
        .map(|l| {
            let (id, p) = l.split_once(',').unwrap();
            (id.to_string(), p.parse().unwrap())
        })
        .collect();
    assert_eq!(predicted.len() as u64, predict["predicted"].as_u64().unwrap());
    // The library gives the same numbers.
    let snap = Database::open_read_only(db).unwrap().snapshot().unwrap();
    let model = CgcnnEncoder::from_file(&weights).unwrap();
    for (id, p) in &predicted {
        let row = snap.get(id).unwrap().unwrap();
        let lib = model.predict(std::slice::from_ref(&row.structure)).unwrap()[0];
        assert_eq!(lib, *p, "{id}");
        assert!((-6.0..3.0).contains(p), "{id}: {p} eV/atom");
    }

    // Stored as a prediction set: versioned, keyed by the checkpoint, filterable by name.
    let stored_csv = dir.path().join("stored.csv");
    let stored = json(&[
        "predict",
        "--db",
        db,
        "--model",
        "cgcnn",
        "--set",
        &set,
        "--store",
        "--out",
        stored_csv.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(stored["label"], "cgcnn_formation_energy_per_atom@1", "{stored}");
    assert_eq!(stored["filter_field"], "_crystaldb_cgcnn_formation_energy_per_atom");
    assert_eq!(stored["set"]["kind"], "predicted");
    assert_eq!(stored["set"]["weights_checksum"], sha.as_str());
    assert_eq!(stored["count"].as_u64().unwrap(), predicted.len() as u64, "{stored}");
    let text = std::fs::read_to_string(&stored_csv).unwrap();
    for l in text.lines().skip(1) {
        let (id, p) = l.split_once(',').unwrap();
        assert_eq!(p.parse::<f32>().unwrap(), predicted[id] as f32, "{id}");
    }
    let again = json(&["predict", "--db", db, "--model", "cgcnn", "--set", &set, "--store", "--json"]);
    assert_eq!((again["created"].as_bool(), again["version"].as_u64()), (Some(false), Some(1)));
    let mut values: Vec<f64> = predicted.values().map(|p| *p as f32 as f64).collect();
    values.sort_by(f64::total_cmp);
    let cut = values[values.len() / 2];
    let filter = format!("_crystaldb_cgcnn_formation_energy_per_atom < {cut} AND nsites >= 1");
    let hits = json(&["query", "--db", db, "--filter", &filter, "--json"]);
    let found: std::collections::BTreeSet<&str> =
        hits["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
    let expected: std::collections::BTreeSet<&str> =
        predicted.iter().filter(|(_, p)| ((**p as f32) as f64) < cut).map(|(id, _)| id.as_str()).collect();
    assert_eq!(found, expected);
    assert!(!expected.is_empty() && expected.len() < predicted.len());
    let band_gap = format!("weights_file={}", data.join("models/cgcnn/band-gap.pth.tar").display());
    let gap = json(&["predict", "--db", db, "--model", "cgcnn", "--set", &band_gap, "--store", "--json"]);
    assert_eq!(gap["label"], "cgcnn_band_gap@1", "{gap}");
    let either = json(&[
        "query",
        "--db",
        db,
        "--filter",
        "_crystaldb_cgcnn_band_gap > 1 OR _crystaldb_cgcnn_formation_energy_per_atom < -1",
        "--json",
    ]);
    assert!(!either["hits"].as_array().unwrap().is_empty(), "{either}");
    fails(
        &["query", "--db", db, "--filter", "_crystaldb_cgcnn_bandgap > 1"],
        "did you mean `_crystaldb_cgcnn_band_gap`",
    );
    fails(&["predict", "--db", db, "--model", "cgcnn", "--set", &set, "--name", "x"], "add --store");
    fails(
        &["predict", "--db", db, "--model", "cgcnn", "--set", &set, "--store", "--name", "Bad-Name"],
        "_crystaldb_<name>",
    );

    fails(&["predict", "--db", db, "--model", "m3gnet", "--set", &set], "--model m3gnet");
    fails(&["predict", "--db", db, "--model", "cgcnn"], "weights_file=PATH");
    fails(&["predict", "--db", db, "--model", "cgcnn", "--set", "weights=random"], "trained weights");
    let chgnet = format!(
        "weights_file={}",
        data.join("models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar").display()
    );
    fails(&["embed", "--db", db, "--encoder", "cgcnn", "--set", &chgnet], "`state_dict.embedding.weight`");
}

#[test]
fn chgnet_embeds_and_predicts_from_the_published_weights() {
    let Some(data) = crystaldb::testdata::require("chgnet from the command line") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let db = db.to_str().unwrap();
    let cifs = data.join("structures/cif");
    let ingest = json(&["ingest", "--db", db, "--json", cifs.to_str().unwrap()]);
    let rows = ingest["added"].as_u64().unwrap();
    let weights = data.join("models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar");
    let set = format!("weights_file={}", weights.display());

    let embed = json(&["embed", "--db", db, "--encoder", "chgnet", "--set", &set, "--json"]);
    assert_eq!(embed["dim"], 64, "{embed}");
    let sha = crystaldb_learned::pretrained::Checkpoint::open(&weights).unwrap().sha256().to_string();
    assert_eq!(embed["set"]["weights_checksum"], sha.as_str());
    assert_eq!(embed["set"]["params"]["features"], "crystal");
    let skipped = embed["skipped"].as_array().unwrap();
    assert_eq!(embed["count"].as_u64().unwrap() + skipped.len() as u64, rows, "{embed}");
    let twin = json(&["embed", "--db", db, "--encoder", "chgnet", "--set", "weights=random", "--json"]);
    assert_eq!(twin["dim"], 64, "{twin}");
    assert_ne!(twin["set"]["weights_checksum"], sha.as_str());

    let out = dir.path().join("e.csv");
    let predict = json(&[
        "predict",
        "--db",
        db,
        "--model",
        "chgnet",
        "--set",
        &set,
        "--out",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(predict["model"], "chgnet");
    let skipped: Vec<&str> =
        predict["skipped"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(skipped.iter().all(|id| id.contains("partial_occupancy")), "{predict}");
    let text = std::fs::read_to_string(&out).unwrap();
    let predicted: BTreeMap<String, f64> = text
        .lines()
        .skip(1)
        .map(|l| {
            let (id, p) = l.split_once(',').unwrap();
            (id.to_string(), p.parse().unwrap())
        })
        .collect();
    assert_eq!(predicted.len() as u64 + skipped.len() as u64, rows);
    let snap = Database::open_read_only(db).unwrap().snapshot().unwrap();
    let model = ChgnetEncoder::from_file(&weights).unwrap();
    for (id, p) in &predicted {
        let row = snap.get(id).unwrap().unwrap();
        let lib = model.predict(std::slice::from_ref(&row.structure)).unwrap()[0];
        assert!((lib - p).abs() < 1e-5, "{id}: {lib} vs {p}");
        assert!((-12.0..0.0).contains(p), "{id}: {p} eV/atom");
    }
    fails(&["predict", "--db", db, "--model", "chgnet"], "chgnet_0.3.0_e29f68s314m37.pth.tar");
    let cgcnn = format!("weights_file={}", data.join("models/cgcnn/band-gap.pth.tar").display());
    fails(&["embed", "--db", db, "--encoder", "chgnet", "--set", &cgcnn], "atom_embedding.embedding.weight");
}

//! `crystaldb embed`, `import-embeddings` and `embeddings list|pin|unpin|drop`: JSON contracts,
//! versioning through the command line, and rejected imports that commit nothing.

use crystaldb::arrow::array::{FixedSizeListArray, Float32Array, RecordBatch, StringArray};
use crystaldb::arrow::datatypes::{DataType, Field, Schema};
use std::path::Path;
use std::sync::Arc;

mod common;

use common::{crystaldb, fails, json};

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("demo:demo-{i:06}")).collect()
}

fn value(i: usize, j: usize) -> f32 {
    ((i * 31 + j * 7) % 17) as f32 / 17.0
}

fn write_csv(path: &Path, ids: &[String], dim: usize) {
    let mut s = String::from("id");
    for j in 0..dim {
        s.push_str(&format!(",d{j}"));
    }
    s.push('\n');
    for (i, id) in ids.iter().enumerate() {
        s.push_str(id);
        for j in 0..dim {
            s.push_str(&format!(",{}", value(i, j)));
        }
        s.push('\n');
    }
    std::fs::write(path, s).unwrap();
}

fn write_parquet(path: &Path, ids: &[String], dim: usize) {
    let item = Arc::new(Field::new("item", DataType::Float32, false));
    let schema = Arc::new(Schema::new(vec![
        Field::new("material_id", DataType::Utf8, false),
        Field::new("embedding", DataType::FixedSizeList(item.clone(), dim as i32), false),
    ]));
    let values: Vec<f32> = (0..ids.len()).flat_map(|i| (0..dim).map(move |j| value(i, j) + 1.0)).collect();
    let list =
        FixedSizeListArray::try_new(item, dim as i32, Arc::new(Float32Array::from(values)), None).unwrap();
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![
            Arc::new(StringArray::from_iter_values(ids.iter().map(|i| i.trim_start_matches("demo:")))),
            Arc::new(list),
        ],
    )
    .unwrap();
    let mut w =
        crystaldb::parquet::arrow::ArrowWriter::try_new(std::fs::File::create(path).unwrap(), schema, None)
            .unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

fn write_npy(path: &Path, rows: usize, dim: usize) {
    let values: Vec<f32> = (0..rows).flat_map(|i| (0..dim).map(move |j| value(i, j) * 2.0)).collect();
    common::write_npy(path, dim, &values);
}

#[test]
fn embed_import_list_pin_drop_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db");
    let db = db_path.to_str().unwrap();
    json(&["demo", "--db", db, "--count", "150", "--ingest-only", "--json"]);

    let e = json(&["embed", "--db", db, "--encoder", "magpie", "--json"]);
    assert_eq!(
        (e["name"].as_str(), e["version"].as_u64(), e["created"].as_bool()),
        (Some("magpie"), Some(1), Some(true))
    );
    assert_eq!(
        (e["count"].as_u64(), e["encoded"].as_u64(), e["dim"].as_u64()),
        (Some(150), Some(150), Some(102))
    );
    let again = json(&["embed", "--db", db, "--encoder", "magpie", "--json"]);
    assert_eq!((again["version"].as_u64(), again["created"].as_bool()), (Some(1), Some(false)));
    let a = json(&["embed", "--db", db, "--encoder", "acsf", "--set", "cutoff=4.5", "--json"]);
    assert!(a["name"].as_str().unwrap().starts_with("acsf"));
    assert_eq!(a["set"]["params"]["cutoff"], 4.5);
    fails(&["embed", "--db", db, "--encoder", "nope"], "registered encoders");
    fails(&["embed", "--db", db, "--encoder", "acsf", "--set", "cutoff=-1"], "cutoff");
    fails(&["embed", "--db", db, "--encoder", "acsf", "--set", "cutoff"], "KEY=VALUE");

    // Imports: CSV, Parquet (ids with a prefix added), .npy + ids.
    let csv = dir.path().join("v.csv");
    write_csv(&csv, &ids(60), 16);
    let i1 = json(&[
        "import-embeddings",
        "--db",
        db,
        "--name",
        "mace",
        csv.to_str().unwrap(),
        "--meta",
        "model=mace-mp-0",
        "--json",
    ]);
    assert_eq!(
        (i1["version"].as_u64(), i1["count"].as_u64(), i1["dim"].as_u64()),
        (Some(1), Some(60), Some(16))
    );
    assert_eq!(i1["set"]["meta"]["model"], "mace-mp-0");
    assert_eq!(i1["set"]["kind"], "imported");
    let pq = dir.path().join("v.parquet");
    write_parquet(&pq, &ids(150), 16);
    let i2 = json(&[
        "import-embeddings",
        "--db",
        db,
        "--name",
        "mace",
        pq.to_str().unwrap(),
        "--id-prefix",
        "demo:",
        "--json",
    ]);
    assert_eq!((i2["version"].as_u64(), i2["count"].as_u64()), (Some(2), Some(150)));
    let npy = dir.path().join("m3g.npy");
    write_npy(&npy, 40, 8);
    let idfile = dir.path().join("m3g.ids");
    std::fs::write(&idfile, ids(40).join("\n")).unwrap();
    fails(&["import-embeddings", "--db", db, "--name", "m3gnet", npy.to_str().unwrap()], "--ids");
    let i3 = json(&[
        "import-embeddings",
        "--db",
        db,
        "--name",
        "m3gnet",
        npy.to_str().unwrap(),
        "--ids",
        idfile.to_str().unwrap(),
        "--metric",
        "l2",
        "--json",
    ]);
    assert_eq!((i3["count"].as_u64(), i3["set"]["metric"].as_str()), (Some(40), Some("l2")));

    // Rejected imports commit nothing.
    let before = json(&["embeddings", "list", "--db", db, "--json"]);
    let bad_ids = dir.path().join("bad_ids.csv");
    let mut some = ids(5);
    some[3] = "demo:no-such-crystal".into();
    write_csv(&bad_ids, &some, 16);
    fails(
        &["import-embeddings", "--db", db, "--name", "mace", bad_ids.to_str().unwrap()],
        "demo:no-such-crystal",
    );
    let nan = dir.path().join("nan.csv");
    std::fs::write(&nan, "id,a,b\ndemo:demo-000000,1,2\ndemo:demo-000001,NaN,2\n").unwrap();
    fails(&["import-embeddings", "--db", db, "--name", "other", nan.to_str().unwrap()], "not finite");
    let wrong_dim = dir.path().join("dim.csv");
    write_csv(&wrong_dim, &ids(5), 12);
    fails(&["import-embeddings", "--db", db, "--name", "mace", wrong_dim.to_str().unwrap()], "dimension 16");
    assert_eq!(json(&["embeddings", "list", "--db", db, "--json"]), before);

    // info --json lists every set with its contract keys.
    let info = json(&["info", "--db", db, "--json"]);
    let sets = info["embeddings"].as_array().unwrap();
    assert_eq!(sets.len(), 5, "{sets:?}");
    for s in sets {
        for key in ["name", "version", "encoder", "dim", "count", "params"] {
            assert!(s.get(key).is_some(), "info embeddings entry lacks {key}: {s}");
        }
    }

    // Pin, drop, unpin, drop.
    json(&["embeddings", "pin", "--db", db, "mace@1", "--json"]);
    fails(&["embeddings", "drop", "--db", db, "mace@1"], "pinned");
    let d = json(&["embeddings", "drop", "--db", db, "mace", "--json"]);
    assert_eq!(d["dropped"], serde_json::json!(["mace@2"]));
    assert_eq!(d["kept_pinned"], serde_json::json!(["mace@1"]));
    json(&["embeddings", "unpin", "--db", db, "mace@1", "--json"]);
    json(&["embeddings", "drop", "--db", db, "mace", "--json"]);
    assert!(!db_path.join("embeddings/mace").exists());
    let left = json(&["embeddings", "list", "--db", db, "--json"]);
    assert_eq!(left["embeddings"].as_array().unwrap().len(), 3);
    let human = crystaldb(&["info", "--db", db]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("magpie@1"));
}

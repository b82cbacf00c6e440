//! Embedding sets: versioning, incremental encoding, provenance, pin/drop and imports, across
//! re-opens of the database.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::{EmbedOptions, ImportOptions, ImportedVectors, SetKind};
use crystaldb::encode::build_encoder;
use crystaldb::{Database, Record};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn records(n: usize) -> Vec<Record> {
    demo_records(&DemoOptions { count: n, seed: 7 })
}

fn params(kv: &[(&str, &str)]) -> BTreeMap<String, String> {
    kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn files_under(dir: &Path) -> BTreeSet<String> {
    let root = dir.join("embeddings");
    let mut out = BTreeSet::new();
    if let Ok(sets) = std::fs::read_dir(&root) {
        for s in sets.flatten() {
            for f in std::fs::read_dir(s.path()).unwrap().flatten() {
                out.insert(format!(
                    "embeddings/{}/{}",
                    s.file_name().to_string_lossy(),
                    f.file_name().to_string_lossy()
                ));
            }
        }
    }
    out
}

#[test]
fn embed_is_idempotent_incremental_and_keyed_by_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let all = records(160);
    let db = Database::create(dir.path()).unwrap();
    db.insert(all[..100].to_vec()).unwrap();
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();

    let r1 = db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    assert_eq!(
        (r1.name.as_str(), r1.version, r1.created, r1.encoded, r1.count),
        ("magpie", 1, true, 100, 100)
    );
    // Same encoder, same data: nothing new.
    let again = db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    assert_eq!((again.version, again.created, again.encoded), (1, false, 0));
    assert_eq!(db.embeddings().list().unwrap().len(), 1);
    let files_v1 = files_under(dir.path());
    drop(db);

    // After a re-open and an ingest of more structures, only the new ones are encoded.
    let db = Database::open(dir.path()).unwrap();
    db.insert(all[100..].to_vec()).unwrap();
    let r2 = db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    assert_eq!((r2.version, r2.created, r2.encoded, r2.reused, r2.count), (2, true, 60, 100, 160));
    let info2 = db.embeddings().info("magpie").unwrap();
    assert_eq!(info2.structure_version, 2);
    assert_eq!(info2.shards.len(), 2, "version 2 reuses version 1's shard and adds one");
    assert!(files_under(dir.path()).is_superset(&files_v1));

    // The stored vectors are the encoder's, for every structure of the version; Magpie sets
    // are searched as z-scores of them, with the statistics of the version's own vectors.
    let set = db.embeddings().load("magpie@2").unwrap();
    assert_eq!(set.len(), 160);
    assert_eq!(set.info().normalization(), crystaldb::embedding::Normalization::Zscore);
    let (raw, dim) = (set.raw_vectors().unwrap(), set.dim());
    let stats = crystaldb::embedding::Standardization::fit(&raw, dim);
    assert_eq!(set.info().standardization.as_ref(), Some(&stats));
    let snap = db.snapshot().unwrap();
    for row in snap.rows().unwrap().map(Result::unwrap).step_by(7) {
        let expected = magpie.encode(std::slice::from_ref(&row.structure)).unwrap().remove(0);
        let r = set.row_of(&row.id).unwrap();
        assert_eq!(&raw[r * dim..(r + 1) * dim], expected.as_slice(), "{}", row.id);
        assert_eq!(set.get(&row.id).unwrap(), set.to_search_space(&expected).as_slice(), "{}", row.id);
    }
    // Version 1 is still there and still holds 100 vectors.
    assert_eq!(db.embeddings().load("magpie@1").unwrap().len(), 100);
    assert_eq!(db.at(1).unwrap().embedding("magpie").unwrap().info().version, 1);

    // An updated structure is re-encoded; the old row is hidden, the count stays.
    let mut changed = all[3].clone();
    changed.structure.lattice = crystaldb::Lattice::new({
        let mut m = changed.structure.lattice.matrix;
        m.iter_mut().flatten().for_each(|x| *x *= 1.05);
        m
    });
    let id3 = changed.id();
    let up = db.insert(vec![changed]).unwrap();
    assert_eq!(up.updated, 1);
    let acsf = build_encoder("acsf", &BTreeMap::new()).unwrap();
    let a1 = db.embeddings().embed(acsf.as_ref(), &EmbedOptions::default()).unwrap();
    let before = db.embeddings().load(&format!("acsf@{}", a1.version)).unwrap().get(&id3).unwrap().to_vec();
    // Nothing to do for acsf: it already covers the newest version.
    assert!(!db.embeddings().embed(acsf.as_ref(), &EmbedOptions::default()).unwrap().created);
    let r3 = db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    assert_eq!((r3.version, r3.encoded, r3.count), (3, 1, 160));
    assert_eq!(
        db.embeddings().load("magpie@3").unwrap().structure_versions()[..]
            .iter()
            .filter(|&&v| v == 3)
            .count(),
        1
    );
    assert_eq!(before.len(), acsf.spec().dim);

    // Other parameters: another set, never mixed with the first.
    let acsf2 = build_encoder("acsf", &params(&[("cutoff", "4.5")])).unwrap();
    let other = db.embeddings().embed(acsf2.as_ref(), &EmbedOptions::default()).unwrap();
    assert!(other.created);
    assert!(other.name.starts_with("acsf-") && other.name.len() == "acsf-".len() + 8, "{}", other.name);
    assert_eq!((other.version, other.encoded), (1, 160));
    assert_ne!(db.embeddings().load(&other.name).unwrap().get(&id3), Some(before.as_slice()));
    // Asking again finds the same set by its key.
    assert!(!db.embeddings().embed(acsf2.as_ref(), &EmbedOptions::default()).unwrap().created);
    // A name that belongs to another key is refused.
    let clash = db
        .embeddings()
        .embed(acsf2.as_ref(), &EmbedOptions { name: Some("magpie".into()), ..Default::default() });
    assert!(clash.is_err());
    drop(db);

    // Everything survives a re-open, read-only too.
    let ro = Database::open_read_only(dir.path()).unwrap();
    let sets = ro.embeddings().list().unwrap();
    let labels: Vec<String> = sets.iter().map(|s| s.label()).collect();
    assert!(labels.contains(&"magpie@3".to_string()), "{labels:?}");
    let m3 = sets.iter().find(|s| s.label() == "magpie@3").unwrap();
    assert_eq!(m3.kind, SetKind::Encoded);
    assert_eq!(m3.encoder.name, "magpie");
    assert_eq!(m3.count, 160);
    assert!(!m3.encoder.params_hash.is_empty());
}

#[test]
fn drop_removes_files_only_when_no_remaining_version_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let all = records(90);
    let db = Database::create(dir.path()).unwrap();
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    db.insert(all[..50].to_vec()).unwrap();
    db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    let v1_files = files_under(dir.path());
    db.insert(all[50..].to_vec()).unwrap();
    db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    assert_eq!(files_under(dir.path()).len(), 2);

    // A pinned version cannot be dropped by name@version and survives a drop of the set.
    db.embeddings().pin("magpie@1").unwrap();
    assert!(db.embeddings().drop("magpie@1").is_err());
    let report = db.embeddings().drop("magpie").unwrap();
    assert_eq!(report.dropped, vec!["magpie@2".to_string()]);
    assert_eq!(report.kept_pinned, vec!["magpie@1".to_string()]);
    assert_eq!(report.files_deleted, 1);
    assert_eq!(files_under(dir.path()), v1_files, "version 1's shard stays, version 2's own shard is gone");
    assert_eq!(db.embeddings().load("magpie").unwrap().len(), 50);
    drop(db);

    let db = Database::open(dir.path()).unwrap();
    assert_eq!(files_under(dir.path()), v1_files);
    db.embeddings().unpin("magpie@1").unwrap();
    let report = db.embeddings().drop("magpie").unwrap();
    assert_eq!(report.dropped, vec!["magpie@1".to_string()]);
    assert!(files_under(dir.path()).is_empty());
    assert!(!dir.path().join("embeddings/magpie").exists());
    assert!(db.embeddings().load("magpie").is_err());
    assert!(db.embeddings().drop("magpie").is_err(), "nothing left to drop");
}

#[test]
fn leftover_embedding_files_are_removed_when_a_writer_opens() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(records(20)).unwrap();
    db.embeddings()
        .embed(build_encoder("magpie", &BTreeMap::new()).unwrap().as_ref(), &EmbedOptions::default())
        .unwrap();
    drop(db);
    let stray = dir.path().join("embeddings/magpie/.tmp-killed.parquet");
    std::fs::write(&stray, b"half a file").unwrap();
    let orphan_dir = dir.path().join("embeddings/never-committed");
    std::fs::create_dir_all(&orphan_dir).unwrap();
    std::fs::write(orphan_dir.join("x.parquet"), b"x").unwrap();
    let db = Database::open(dir.path()).unwrap();
    assert!(!stray.exists());
    assert!(!orphan_dir.exists());
    assert_eq!(db.embeddings().load("magpie").unwrap().len(), 20);
}

fn import_of(ids: &[String], dim: usize) -> ImportedVectors {
    let values = (0..ids.len() * dim).map(|i| ((i * 37 % 101) as f32) / 101.0 - 0.5).collect();
    ImportedVectors { ids: ids.to_vec(), dim, values }
}

#[test]
fn imports_are_checked_versioned_and_keep_their_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let recs = records(40);
    db.insert(recs.clone()).unwrap();
    let ids: Vec<String> = recs.iter().map(Record::id).collect();
    let meta: BTreeMap<String, String> =
        [("model".to_string(), "mace-mp-0-medium".to_string()), ("layer".to_string(), "readout".into())]
            .into();
    let opts = ImportOptions { meta: meta.clone(), source: Some("mace.npy".into()), ..Default::default() };

    // Bad input: nothing is committed, no file is left.
    let mut unknown = import_of(&ids[..5], 8);
    unknown.ids[2] = "mp:does-not-exist".into();
    let e = db.embeddings().import("mace", &unknown, &opts).unwrap_err().to_string();
    assert!(e.contains("1 of 5 ids are not in the database") && e.contains("mp:does-not-exist"), "{e}");
    let mut nan = import_of(&ids[..5], 8);
    nan.values[13] = f32::NAN;
    let e = db.embeddings().import("mace", &nan, &opts).unwrap_err().to_string();
    assert!(e.contains("row 1") && e.contains(&ids[1]) && e.contains("dimension 5"), "{e}");
    let mut short = import_of(&ids[..5], 8);
    short.values.pop();
    assert!(db.embeddings().import("mace", &short, &opts).is_err());
    let mut dup = import_of(&ids[..5], 8);
    dup.ids[4] = dup.ids[0].clone();
    assert!(db.embeddings().import("mace", &dup, &opts).unwrap_err().to_string().contains("more than once"));
    assert!(db.embeddings().list().unwrap().is_empty());
    assert!(files_under(dir.path()).is_empty());

    // A good import; the same again creates nothing.
    let first = import_of(&ids[..30], 8);
    let r1 = db.embeddings().import("mace", &first, &opts).unwrap();
    assert_eq!((r1.version, r1.created, r1.count, r1.dim), (1, true, 30, 8));
    assert!(!db.embeddings().import("mace", &first, &opts).unwrap().created);
    // Wrong dimension for the existing set.
    let e = db.embeddings().import("mace", &import_of(&ids, 9), &opts).unwrap_err();
    assert!(matches!(e, crystaldb::Error::DimensionMismatch { found: 9, expected: 8, .. }), "{e}");
    let e = e.to_string();
    assert!(e.contains("dimension 8") && e.contains("9"), "{e}");
    // New vectors for some ids and vectors for the rest: version 2 has all 40, the new values win.
    let mut second = import_of(&ids[20..], 8);
    second.values.iter_mut().for_each(|v| *v += 1.0);
    let r2 = db.embeddings().import("mace", &second, &opts).unwrap();
    assert_eq!((r2.version, r2.count, r2.encoded, r2.reused), (2, 40, 20, 20));
    drop(db);

    let db = Database::open_read_only(dir.path()).unwrap();
    let set = db.embeddings().load("mace").unwrap();
    assert_eq!(set.len(), 40);
    assert_eq!(set.get(&ids[25]).unwrap(), &second.values[5 * 8..6 * 8]);
    assert_eq!(set.get(&ids[5]).unwrap(), &first.values[5 * 8..6 * 8]);
    let info = set.info();
    assert_eq!(info.kind, SetKind::Imported);
    assert_eq!(info.meta.get("model").map(String::as_str), Some("mace-mp-0-medium"));
    assert_eq!(info.meta.get("source_file").map(String::as_str), Some("mace.npy"));
    assert_eq!(info.encoder.weights_checksum.as_deref(), Some(second.checksum().as_str()));
    assert_eq!(db.embeddings().load("mace@1").unwrap().len(), 30);
}

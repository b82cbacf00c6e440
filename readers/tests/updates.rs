//! Updates on the shared MP files: MPTS-52 shares Materials Project ids with MP-20 but has no
//! band-gap column. Ingested after MP-20, its records must keep MP-20's band gaps (merge), a
//! second identical run must change nothing, and `replace` erases them as a plain overwrite does.

use crystaldb::Database;
use crystaldb::OnUpdate;
use crystaldb_readers::job::{ingest, IngestOptions, IngestSummary};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn run(db: &Database, files: &[&Path], on_update: OnUpdate) -> IngestSummary {
    let options = IngestOptions { on_update, ..Default::default() };
    let files: Vec<PathBuf> = files.iter().map(|p| p.to_path_buf()).collect();
    let summary = ingest(db, &files, &options, &|_| {}).unwrap();
    assert!(summary.errors.is_empty(), "{:?}", &summary.errors[..summary.errors.len().min(3)]);
    summary
}

/// `mp:<id>` -> band gap of every MP-20 row of `file` that MPTS-52 also has.
fn shared_band_gaps(mp20: &Path, mpts: &Path) -> BTreeMap<String, Option<f64>> {
    let scratch = tempfile::tempdir().unwrap();
    let only = Database::create(scratch.path()).unwrap();
    run(&only, &[mp20], OnUpdate::Merge);
    let mpts_only = tempfile::tempdir().unwrap();
    let mpts_db = Database::create(mpts_only.path()).unwrap();
    run(&mpts_db, &[mpts], OnUpdate::Merge);
    let (a, b) = (only.snapshot().unwrap(), mpts_db.snapshot().unwrap());
    let mut out = BTreeMap::new();
    for row in a.rows().unwrap() {
        let row = row.unwrap();
        if b.get(&row.id).unwrap().is_some() {
            out.insert(row.id.clone(), row.properties.band_gap);
        }
    }
    out
}

#[test]
fn mpts52_after_mp20_keeps_every_band_gap_and_a_rerun_changes_nothing() {
    let Some(data) = crystaldb::testdata::require("mpts52 after mp20 keeps band gaps") else { return };
    let mp20 = data.join("mp/mp20_pilot_train.csv.gz");
    let mpts = data.join("mp/mpts52_test.csv.gz");
    let files = [mp20.as_path(), mpts.as_path()];
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let expected = shared_band_gaps(&mp20, &mpts);
    assert!(expected.len() > 50, "{} shared ids", expected.len());
    let known = expected.values().filter(|g| g.is_some()).count() as u64;
    assert!(known > 50, "{known} shared ids with a band gap");

    let first = run(&db, &files, OnUpdate::Merge);
    // The shared ids are staged twice in the run: MPTS-52's record merged into MP-20's.
    assert_eq!(first.replaced_in_run, expected.len() as u64);
    assert_eq!(first.properties_kept, known);
    assert_eq!(first.updated, 0, "nothing was stored before");
    let snap = db.snapshot().unwrap();
    // The version records the symmetry tolerance its space groups were derived at.
    assert_eq!(snap.info().symprec, Some(0.1));
    for (id, gap) in &expected {
        let row = snap.get(id).unwrap().unwrap();
        assert_eq!(row.properties.band_gap, *gap, "{id}");
        // MPTS-52's own columns won.
        assert!(row.extra.contains_key("year"), "{id}: {:?}", row.extra.keys().collect::<Vec<_>>());
    }

    // The same ingest again: nothing changes, nothing is committed.
    let version = db.snapshot().unwrap().version();
    let again = run(&db, &files, OnUpdate::Merge);
    assert_eq!(again.version, version, "{again:?}");
    assert_eq!((again.added, again.updated), (0, 0), "{again:?}");
    assert_eq!(db.snapshot().unwrap().version(), version);

    // MPTS-52 alone on top: every shared id is unchanged, its band gap kept.
    let mpts_again = run(&db, &[&mpts], OnUpdate::Merge);
    assert_eq!((mpts_again.added, mpts_again.updated), (0, 0), "{mpts_again:?}");

    // Provenance: the kept band gap names MP-20's file and record; the structure and the
    // formation energy name MPTS-52's, which was merged into it.
    let file = |p: &Path| Some(p.display().to_string());
    let snap = db.snapshot().unwrap();
    for id in expected.keys() {
        let row = snap.get(id).unwrap().unwrap();
        let p = &row.provenance;
        assert_eq!(p["band_gap"].file, file(&mp20), "{id}: {p:?}");
        assert_eq!(p["structure"].file, file(&mpts), "{id}: {p:?}");
        assert_eq!(p["formation_energy_per_atom"].file, file(&mpts), "{id}: {p:?}");
        assert!(p
            .values()
            .all(|o| o.version == 1 && o.record.as_ref().is_some_and(|r| r.parse::<u64>().is_ok())));
        assert_ne!(p["band_gap"].record, p["structure"].record, "{id}: {p:?}");
        // `get --json` carries it.
        assert_eq!(row.to_json()["provenance"]["band_gap"]["file"], mp20.display().to_string());
    }

    // `replace`: MPTS-52's records overwrite, and the band gaps they lack are erased.
    let replaced_dir = tempfile::tempdir().unwrap();
    let replaced = Database::create(replaced_dir.path()).unwrap();
    run(&replaced, &[&mp20], OnUpdate::Replace);
    let magpie = crystaldb::encode::build_encoder("magpie", &BTreeMap::new()).unwrap();
    replaced.embeddings().embed(magpie.as_ref(), &Default::default()).unwrap();
    let second = run(&replaced, &[&mpts], OnUpdate::Replace);
    assert_eq!(second.updated, expected.len() as u64);
    assert_eq!(second.properties_kept, 0);
    // Every shared id that had a band gap lost it: its properties changed.
    assert!(second.properties_changed >= known && second.properties_changed <= second.updated, "{second:?}");
    assert!(second.structure_changed <= second.updated, "{second:?}");
    let snap = replaced.snapshot().unwrap();
    for id in expected.keys() {
        let row = snap.get(id).unwrap().unwrap();
        assert_eq!(row.properties.band_gap, None, "{id}");
        // Replaced: no record of version 2 stated a band gap, and MP-20's origin went with it.
        assert!(!row.provenance.contains_key("band_gap"), "{id}: {:?}", row.provenance);
        assert_eq!(row.provenance["structure"].version, 2);
        assert_eq!(row.provenance["structure"].file, file(&mpts));
    }
    // The earlier version still holds the band gaps.
    let earlier = replaced.at(1).unwrap();
    for (id, gap) in &expected {
        assert_eq!(earlier.get(id).unwrap().unwrap().properties.band_gap, *gap, "{id}");
    }

    drop((snap, earlier));
    let magpie2 = replaced.embeddings().embed(magpie.as_ref(), &Default::default()).unwrap();
    assert_eq!(magpie2.version, 2, "{magpie2:?}");
    let replaced = manifests_show_each_version_without_the_catalog(replaced);
    drop(replaced);

    // `keep`: stored ids stay as they are.
    let kept_dir = tempfile::tempdir().unwrap();
    let kept = Database::create(kept_dir.path()).unwrap();
    run(&kept, &[&mp20], OnUpdate::Keep);
    let third = run(&kept, &[&mpts], OnUpdate::Keep);
    assert_eq!((third.updated, third.kept), (0, expected.len() as u64));
}

/// The ids a manifest's table shows: each listed file read with the Parquet reader alone (no
/// catalog), less its `deleted_rows`.
fn manifest_ids(dir: &Path, table: &crystaldb::TableFiles) -> Vec<String> {
    use crystaldb::arrow::array::{Array, StringArray};
    use crystaldb::parquet::arrow::{arrow_reader::ParquetRecordBatchReaderBuilder, ProjectionMask};
    let mut ids = Vec::new();
    for f in &table.files {
        let file = std::fs::File::open(dir.join(&f.path)).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        let mask = ProjectionMask::columns(builder.parquet_schema(), ["id"]);
        let mut row = 0u32;
        let mut in_file = 0u64;
        for batch in builder.with_projection(mask).build().unwrap() {
            let batch = batch.unwrap();
            let col = batch.column(0).as_any().downcast_ref::<StringArray>().unwrap();
            for i in 0..col.len() {
                if f.deleted_rows.binary_search(&row).is_err() {
                    ids.push(col.value(i).to_string());
                }
                row += 1;
            }
            in_file += batch.num_rows() as u64;
        }
        assert_eq!(in_file, f.rows, "{}", f.path);
    }
    assert_eq!(ids.len() as u64, table.rows);
    ids
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// `manifests/v<N>.json` and `latest.json` of a database with a replacing second version and a
/// set embedded on each: the files and deleted rows each manifest lists give exactly that
/// version's rows and set vectors; a dropped set version leaves the manifests; a writer opening
/// the database rewrites a missing or damaged manifest.
fn manifests_show_each_version_without_the_catalog(db: Database) -> Database {
    let dir = db.dir().to_path_buf();
    let read = |name: &str| -> crystaldb::Manifest {
        serde_json::from_slice(&std::fs::read(dir.join("manifests").join(name)).unwrap()).unwrap()
    };
    let latest = db.latest_version().unwrap();
    assert_eq!(latest, 2);
    for v in 0..=latest {
        let m = read(&format!("v{v}.json"));
        assert_eq!(m, db.manifest(Some(v)).unwrap());
        assert_eq!((m.format.as_str(), m.version), ("crystaldb.manifest", v));
        assert_eq!(m.structures.columns.len(), 28);
        let snap = db.at(v).unwrap();
        let want = sorted(snap.rows().unwrap().map(|r| r.unwrap().id).collect());
        assert_eq!(sorted(manifest_ids(&dir, &m.structures)), want, "version {v}");
        // Version 1's magpie@1, version 2's magpie@2, each covering its version's rows.
        let sets: Vec<String> = m.embeddings.values().map(|s| format!("{}@{}", s.name, s.version)).collect();
        let expected_sets = match v {
            0 => vec![],
            _ => vec![format!("magpie@{v}")],
        };
        assert_eq!(sets, expected_sets);
        for set in m.embeddings.values() {
            let loaded = db.embeddings().load(&format!("{}@{}", set.name, set.version)).unwrap();
            assert_eq!(sorted(manifest_ids(&dir, &set.table)), sorted(loaded.ids().to_vec()));
            assert!(set.standardization.is_some(), "magpie is searched as z-scores");
            assert_eq!(set.table.columns[2].data_type, format!("fixed_size_list<float32,{}>", set.dim));
        }
    }
    assert_eq!(read("latest.json"), read("v2.json"));
    let m1 = read("v1.json");
    let m2 = read("v2.json");
    let superseded: usize = m2.structures.files.iter().map(|f| f.deleted_rows.len()).sum();
    assert!(superseded > 50, "the replacing version hides the rows it replaced: {superseded}");
    assert_eq!(m1.structures.files.iter().map(|f| f.deleted_rows.len()).sum::<usize>(), 0);
    let hidden: usize = m2.embeddings["magpie"].table.files.iter().map(|f| f.deleted_rows.len()).sum();
    assert!(hidden > 0, "magpie@2 hides the vectors of replaced structures");

    // Dropping magpie@2: version 2 shows magpie@1 again; version 1 is unchanged.
    db.embeddings().drop("magpie@2").unwrap();
    assert_eq!(read("v2.json").embeddings["magpie"].version, 1);
    assert_eq!(read("latest.json"), read("v2.json"));
    assert_eq!(read("v1.json"), m1);

    // A writer's open puts back what a crash between a commit and its manifest left.
    drop(db);
    std::fs::remove_file(dir.join("manifests/v1.json")).unwrap();
    std::fs::write(dir.join("manifests/latest.json"), b"{").unwrap();
    std::fs::write(dir.join("manifests/.tmp-v2.json"), b"partial").unwrap();
    let db = Database::open(&dir).unwrap();
    assert_eq!(read("v1.json"), m1);
    assert_eq!(read("latest.json"), db.manifest(None).unwrap());
    assert!(!dir.join("manifests/.tmp-v2.json").exists());
    db
}

/// `oqmd:<id>` -> (band gap, formation energy) of every row.
fn oqmd_values(db: &Database) -> BTreeMap<String, (Option<f64>, Option<f64>)> {
    let snap = db.snapshot().unwrap();
    snap.rows()
        .unwrap()
        .map(|r| r.unwrap())
        .map(|r| (r.id.clone(), (r.properties.band_gap, r.properties.formation_energy_per_atom)))
        .collect()
}

/// The OQMD sample rewritten with `band_gap` changed in every entry by `edit`.
fn oqmd_variant(
    source: &Path,
    dir: &Path,
    name: &str,
    edit: impl Fn(&mut serde_json::Map<String, serde_json::Value>),
) -> PathBuf {
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(source).unwrap()).unwrap();
    doc.as_array_mut().unwrap().iter_mut().for_each(|e| edit(e.as_object_mut().unwrap()));
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
    path
}

/// JSON readers: a key the entry leaves out is absent (the stored value stays), a key given as
/// null states the value as unknown (it replaces the stored one). Structure files carry no
/// properties: a CIF of a stored id keeps the id's properties.
#[test]
fn a_missing_key_keeps_the_stored_value_and_a_null_erases_it() {
    let Some(data) = crystaldb::testdata::require("missing keys keep stored values") else { return };
    let oqmd = data.join("formats/oqmd/oqmd_formationenergy_matsciml_devset.json");
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path().join("db")).unwrap();
    let first = run(&db, &[&oqmd], OnUpdate::Merge);
    assert_eq!(first.added, 200);
    let stored = oqmd_values(&db);
    assert!(stored.values().filter(|v| v.0.is_some()).count() > 150, "the sample has band gaps");

    let without = oqmd_variant(&oqmd, dir.path(), "no_gap.json", |e| {
        e.remove("band_gap");
    });
    let r = run(&db, &[&without], OnUpdate::Merge);
    assert_eq!((r.added, r.updated, r.duplicates, r.version), (0, 0, 200, first.version), "{r:?}");
    assert_eq!(oqmd_values(&db), stored);

    let nulls = oqmd_variant(&oqmd, dir.path(), "null_gap.json", |e| {
        e.insert("band_gap".into(), serde_json::Value::Null);
    });
    let r = run(&db, &[&nulls], OnUpdate::Merge);
    let had_gap = stored.values().filter(|v| v.0.is_some()).count() as u64;
    assert_eq!((r.updated, r.properties_changed), (had_gap, had_gap), "{r:?}");
    for (id, (gap, formation)) in oqmd_values(&db) {
        assert_eq!((gap, formation), (None, stored[&id].1), "{id}");
    }

    // A CIF of a stored id: the structure is the file's, the band gap stays.
    let cif = data.join("formats/aflow/Ag1Co1O2_ICSD_246157_sprim.cif");
    let cif_db = Database::create(dir.path().join("cif_db")).unwrap();
    let mut record = crystaldb_readers::formats::reader_by_name("cif")
        .unwrap()
        .read(
            Box::new(std::io::BufReader::new(std::fs::File::open(&cif).unwrap())),
            &crystaldb_readers::reader::ReadContext::for_path(&cif),
        )
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(record.absent.len(), crystaldb::Properties::NAMES.len(), "a CIF carries no properties");
    record.absent.clear();
    record.properties.band_gap = Some(1.25);
    cif_db.insert(vec![record.clone()]).unwrap();
    let r = run(&cif_db, &[&cif], OnUpdate::Merge);
    assert_eq!((r.added, r.duplicates), (0, 1), "{r:?}");
    assert_eq!(
        cif_db.snapshot().unwrap().get(&record.id()).unwrap().unwrap().properties.band_gap,
        Some(1.25)
    );
}

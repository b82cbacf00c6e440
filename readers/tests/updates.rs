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

    // `keep`: stored ids stay as they are.
    let kept_dir = tempfile::tempdir().unwrap();
    let kept = Database::create(kept_dir.path()).unwrap();
    run(&kept, &[&mp20], OnUpdate::Keep);
    let third = run(&kept, &[&mpts], OnUpdate::Keep);
    assert_eq!((third.updated, third.kept), (0, expected.len() as u64));
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

//! Versions, snapshots, locking and round trips of the storage layer.

mod common;

use common::simple_records;
use crystaldb::{Database, Error, ScanOptions};

#[test]
fn insert_creates_versions_and_old_versions_stay_readable() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    assert_eq!(db.latest_version().unwrap(), 0);
    let r1 = db.insert(simple_records("a", 10)).unwrap();
    assert_eq!((r1.version, r1.added, r1.updated, r1.duplicates), (1, 10, 0, 0));
    let r2 = db.insert(simple_records("b", 5)).unwrap();
    assert_eq!((r2.version, r2.added), (2, 5));
    // Same records again: nothing new, no version.
    let r3 = db.insert(simple_records("a", 10)).unwrap();
    assert_eq!((r3.version, r3.committed, r3.added, r3.duplicates), (2, false, 0, 10));
    // A changed property is an update.
    let mut changed = simple_records("a", 2);
    changed[1].properties.band_gap = Some(9.0);
    let r4 = db.insert(changed).unwrap();
    assert_eq!((r4.version, r4.added, r4.updated, r4.duplicates), (3, 0, 1, 1));

    let v1 = db.at(1).unwrap();
    assert_eq!(v1.len(), 10);
    assert!(v1.get("t:b-0").unwrap().is_none());
    assert_eq!(v1.get("t:a-1").unwrap().unwrap().properties.band_gap, Some(0.01));
    let v3 = db.snapshot().unwrap();
    assert_eq!(v3.version(), 3);
    assert_eq!(v3.len(), 15);
    assert_eq!(v3.get("t:a-1").unwrap().unwrap().properties.band_gap, Some(9.0));
    let ids: Vec<String> = v3.rows().unwrap().map(|r| r.unwrap().id).collect();
    assert_eq!(ids.len(), 15, "the superseded row is hidden from scans");
    assert_eq!(ids.iter().filter(|i| *i == "t:a-1").count(), 1);
    assert_eq!(v3.sources().unwrap().get("t"), Some(&15));
    drop(db);

    // Everything survives a re-open, read-only too.
    let ro = Database::open_read_only(dir.path()).unwrap();
    assert_eq!(ro.versions().unwrap().len(), 4);
    assert_eq!(ro.at(1).unwrap().rows().unwrap().count(), 10);
    assert!(ro.insert(simple_records("c", 1)).is_err(), "read-only handles cannot insert");
}

#[test]
fn rows_round_trip_bit_for_bit() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let recs = simple_records("x", 50);
    db.insert(recs.clone()).unwrap();
    let snap = db.snapshot().unwrap();
    for r in &recs {
        let row = snap.get(&r.id()).unwrap().unwrap();
        assert_eq!(row.structure, r.structure);
        for (a, b) in
            row.structure.lattice.matrix.iter().flatten().zip(r.structure.lattice.matrix.iter().flatten())
        {
            assert_eq!(a.to_bits(), b.to_bits());
        }
        assert_eq!(row.properties, r.properties);
        assert_eq!(row.formula_reduced, r.structure.composition().reduced_formula());
        assert_eq!(row.spacegroup.as_ref().unwrap().number, 225);
    }
}

#[test]
fn projection_reads_only_requested_columns() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(simple_records("p", 20)).unwrap();
    let snap = db.snapshot().unwrap();
    let batches: Vec<_> =
        snap.scan(&ScanOptions::columns(["id", "band_gap"])).unwrap().collect::<Result<_, _>>().unwrap();
    let n: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(n, 20);
    assert_eq!(batches[0].num_columns(), 2);
    assert!(snap.scan(&ScanOptions::columns(["nope"])).is_err());
}

#[test]
fn a_second_writer_gets_a_locked_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    match Database::open(dir.path()) {
        Err(Error::Locked(p)) => assert_eq!(p, dir.path()),
        other => panic!("expected Locked, got {other:?}"),
    }
    drop(db);
    Database::open(dir.path()).unwrap();
}

#[test]
fn opening_a_missing_database_says_so() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(Database::open(dir.path().join("nothing")), Err(Error::NotFound(_))));
}

#[test]
fn invalid_records_are_rejected_and_the_rest_commits() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let mut recs = simple_records("v", 5);
    recs[2].structure.sites[1].frac = [0.0, 0.0, 0.01];
    recs[3].properties.band_gap = Some(f64::NAN);
    let rep = db.insert(recs).unwrap();
    assert_eq!(rep.added, 3);
    assert_eq!(rep.rejected.len(), 2);
    assert_eq!(rep.rejected[0].id, "t:v-2");
    assert!(rep.rejected[1].message.contains("band_gap"), "{}", rep.rejected[1].message);
}

#[test]
fn a_reader_snapshot_is_stable_while_a_writer_commits() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(simple_records("base", 30)).unwrap();
    let snap = db.snapshot().unwrap();
    let before: Vec<_> = snap.rows().unwrap().map(|r| r.unwrap()).collect();
    let writer = {
        let db = db.clone();
        std::thread::spawn(move || {
            for k in 0..5 {
                let mut recs = simple_records(&format!("w{k}"), 20);
                // Also update rows the reader can see.
                let mut upd = simple_records("base", 3);
                for r in &mut upd {
                    r.properties.band_gap = Some(100.0 + k as f64);
                }
                recs.extend(upd);
                db.insert(recs).unwrap();
            }
        })
    };
    for _ in 0..20 {
        let now: Vec<_> = snap.rows().unwrap().map(|r| r.unwrap()).collect();
        assert_eq!(now, before);
        assert_eq!(snap.get("t:base-0").unwrap().unwrap().properties.band_gap, Some(0.0));
    }
    writer.join().unwrap();
    assert_eq!(db.latest_version().unwrap(), 6);
    assert_eq!(db.snapshot().unwrap().len(), 130);
    assert_eq!(snap.rows().unwrap().count(), 30);
}

#[test]
fn many_shards_per_insert() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(7).open(dir.path()).unwrap();
    db.insert(simple_records("m", 50)).unwrap();
    let snap = db.snapshot().unwrap();
    assert_eq!(snap.shards().len(), 8);
    assert_eq!(snap.rows().unwrap().count(), 50);
    assert!(snap.get("t:m-49").unwrap().is_some());
}

#[test]
fn every_demo_structure_reads_back_identically() {
    use crystaldb::demo::{demo_records, DemoOptions};
    use crystaldb::schema::row::{DeriveOptions, StructureRow};
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let records = demo_records(&DemoOptions { count: 1500, seed: 3 });
    let rep = db.insert(records.clone()).unwrap();
    assert_eq!(rep.added, 1500);
    assert!(rep.rejected.is_empty());
    let snap = db.snapshot().unwrap();
    let stored: std::collections::HashMap<String, StructureRow> =
        snap.rows().unwrap().map(|r| r.unwrap()).map(|r| (r.id.clone(), r)).collect();
    assert_eq!(stored.len(), 1500);
    for rec in records {
        let mut expected = StructureRow::from_record(rec.clone(), &DeriveOptions::default()).unwrap();
        let got = &stored[&rec.id()];
        expected.material_key = got.material_key.clone();
        // A library insert names no file: each stated value's origin is the version alone.
        let origin = crystaldb::schema::ValueOrigin { version: 1, file: None, record: None };
        assert_eq!(got.provenance.get("structure"), Some(&origin), "{}", rec.id());
        assert!(got.provenance.values().all(|o| *o == origin), "{}", rec.id());
        expected.provenance = got.provenance.clone();
        // Every column, lattice and coordinates compared bit for bit (f64 PartialEq plus bits).
        assert_eq!(got, &expected, "{}", rec.id());
        let bits = |s: &crystaldb::Structure| -> Vec<u64> {
            s.lattice
                .matrix
                .iter()
                .flatten()
                .chain(s.sites.iter().flat_map(|x| x.frac.iter()))
                .map(|v| v.to_bits())
                .collect()
        };
        assert_eq!(bits(&got.structure), bits(&rec.structure));
        assert_eq!(got.prototype, rec.prototype);
        assert_eq!(got.to_json(), snap.get(&rec.id()).unwrap().unwrap().to_json());
    }
}

#[test]
fn a_repeated_id_within_one_insert_keeps_the_last_row() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let mut recs = simple_records("r", 2);
    let mut again = simple_records("r", 1);
    again[0].properties.band_gap = Some(7.0);
    recs.extend(again);
    recs.extend(simple_records("r", 1)); // back to the first content: another replacement
    let rep = db.insert(recs).unwrap();
    // Ids count once: two new ids, their later records replacements within the insert.
    assert_eq!((rep.added, rep.updated, rep.replaced_in_run, rep.duplicates), (2, 0, 2, 0));
    let snap = db.snapshot().unwrap();
    assert_eq!(snap.len(), 2);
    assert_eq!(snap.rows().unwrap().count(), 2);
    assert_eq!(snap.get("t:r-0").unwrap().unwrap().properties.band_gap, Some(0.0));
}

#[test]
fn the_same_crystal_from_two_sources_shares_one_material_key() {
    use crystaldb::{Lattice, Record, Structure};
    let a = 5.64;
    let prim = Lattice::new([[0.0, a / 2.0, a / 2.0], [a / 2.0, 0.0, a / 2.0], [a / 2.0, a / 2.0, 0.0]]);
    let nacl = Structure::new(prim, &[11, 17], &[[0.0; 3], [0.5; 3]]).unwrap();
    let conv = Lattice::new([[a * 1.01, 0.0, 0.0], [0.0, a * 1.01, 0.0], [0.0, 0.0, a * 1.01]]);
    let mut sp = vec![];
    let mut fr = vec![];
    for t in [[0.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.5]] {
        sp.extend([11, 17]);
        fr.extend([t, [t[0] + 0.5, t[1], t[2]]]);
    }
    let nacl_conventional = Structure::new(conv, &sp, &fr).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    assert_eq!(db.insert([Record::new("mp", "mp-22862", nacl.clone())]).unwrap().linked, 0);
    let mut kcl = nacl.clone();
    kcl.sites[0].z = 19;
    let rep =
        db.insert([Record::new("file", "NaCl", nacl_conventional), Record::new("file", "KCl", kcl)]).unwrap();
    assert_eq!(rep.linked, 1);
    let snap = db.snapshot().unwrap();
    let key = |id: &str| snap.get(id).unwrap().unwrap().material_key.unwrap();
    assert_eq!(key("file:NaCl"), "mp:mp-22862");
    assert_eq!(key("mp:mp-22862"), "mp:mp-22862");
    assert_eq!(key("file:KCl"), "file:KCl");
}

#[test]
fn links_reach_rows_already_written_to_shards_of_the_same_insert() {
    use crystaldb::demo::{demo_records, DemoOptions};
    use crystaldb::Record;
    // Shards of 7 rows: every copy's original sits in a shard written earlier in this insert,
    // so matching reads its structure back from the file.
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(7).open(dir.path()).unwrap();
    let originals = demo_records(&DemoOptions { count: 120, seed: 5 });
    let copies: Vec<Record> =
        originals.iter().map(|r| Record::new("copy", r.source_id.clone(), r.structure.clone())).collect();
    let rep = db.insert(originals.iter().cloned().chain(copies)).unwrap();
    assert_eq!(rep.added, 240);
    assert!(rep.linked >= 120, "{rep:?}");
    let snap = db.snapshot().unwrap();
    let key = |id: &str| snap.get(id).unwrap().unwrap().material_key.unwrap();
    for r in &originals {
        assert_eq!(key(&format!("copy:{}", r.source_id)), key(&r.id()), "{}", r.id());
    }
}

#[test]
fn structure_shards_have_small_indexed_pages_and_dictionaries_only_where_values_repeat() {
    use crystaldb::parquet::arrow::arrow_reader::{ArrowReaderOptions, ParquetRecordBatchReaderBuilder};
    use crystaldb::parquet::file::metadata::PageIndexPolicy;
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(simple_records("l", 1000)).unwrap();
    let shard = std::fs::read_dir(dir.path().join("structures")).unwrap().next().unwrap().unwrap().path();
    let options = ArrowReaderOptions::new().with_offset_index_policy(PageIndexPolicy::Required);
    let builder =
        ParquetRecordBatchReaderBuilder::try_new_with_options(std::fs::File::open(&shard).unwrap(), options)
            .unwrap();
    let meta = builder.metadata();
    assert_eq!(meta.file_metadata().num_rows(), 1000);
    let offsets = meta.page_index_for_row_group(0);
    let group = meta.row_group(0);
    let mut dictionary = Vec::new();
    for (c, column) in group.columns().iter().enumerate() {
        let path = column.column_path().string();
        // Every column is cut into pages of about 256 rows (a list column is cut between write
        // batches of values, a few rows later), each located by the offset index.
        let pages = offsets.offset_index(c).expect("an offset index is written").page_locations();
        let mut firsts: Vec<i64> = pages.iter().map(|p| p.first_row_index).collect();
        firsts.push(1000);
        assert!(firsts.len() >= 4, "{path}: {} pages", pages.len());
        assert!(firsts.windows(2).all(|w| w[1] > w[0] && w[1] - w[0] <= 300), "{path}: {firsts:?}");
        if column.dictionary_page_offset().is_some() {
            dictionary.push(path);
        }
    }
    for plain in
        ["id", "material_key", "frac_coords.list.item.list.item", "lattice.list.item.list.item", "extra"]
    {
        assert!(!dictionary.iter().any(|d| d == plain), "{plain} has a dictionary: {dictionary:?}");
    }
    for coded in ["source", "formula_reduced", "chemsys", "spacegroup_number"] {
        assert!(dictionary.iter().any(|d| d == coded), "{coded} has no dictionary: {dictionary:?}");
    }
    // A lookup by id reads the same row as a scan does.
    let snap = db.snapshot().unwrap();
    let ids = ["t:l-7", "t:l-600", "t:l-999"];
    let rows = snap.get_many(&ids).unwrap();
    for (id, row) in ids.iter().zip(rows) {
        assert_eq!(row.expect("stored").id, *id);
    }
}

//! Crash consistency: a child process inserts in a loop and is killed with SIGKILL at random
//! moments; after every kill the database opens, every committed version reads back whole,
//! and no partial version is visible.

mod common;

use common::simple_records;
use crystaldb::Database;
use std::process::Command;
use std::time::Duration;

const CHILD_ENV: &str = "CRYSTALDB_CRASH_CHILD_DIR";
const ROWS_PER_VERSION: usize = 20;

/// Not a test on its own: the body of the child process (runs only with the env var set).
#[test]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else { return };
    // moyo's search (milliseconds for the whole batch; spglib's takes ~20 ms a row in a test
    // build) keeps the commits frequent enough to kill the child at every stage of one.
    let db = Database::builder()
        .create_if_missing(true)
        .shard_rows(6)
        .symmetry_engine(crystaldb::structure::SymmetryEngine::Moyo)
        .open(&dir)
        .unwrap();
    loop {
        let next = db.latest_version().unwrap() + 1;
        let mut recs = simple_records(&format!("b{next}"), ROWS_PER_VERSION);
        if next > 1 {
            // Every version also updates one row of the first batch.
            let mut upd = simple_records("b1", 1);
            upd[0].properties.band_gap = Some(next as f64);
            recs.extend(upd);
        }
        db.insert(recs).unwrap();
    }
}

fn check_versions(dir: &std::path::Path, pick: u64, created: bool) -> Option<u64> {
    let db = match Database::open(dir) {
        Ok(db) => db,
        // Killed before the catalog was created (it appears by an atomic rename): no database yet.
        Err(crystaldb::Error::NotFound(_)) if !created => return None,
        Err(e) => panic!("database does not open after a kill: {e}"),
    };
    let versions = db.versions().unwrap();
    let latest = db.latest_version().unwrap();
    assert_eq!(versions.len() as u64, latest + 1, "versions are contiguous");
    // Every version reads back whole; checking all of them each round would be quadratic, so
    // each round checks the newest two, version 1 and one picked at random.
    let mut check = vec![latest, latest.saturating_sub(1), 1.min(latest), pick % (latest + 1)];
    check.sort_unstable();
    check.dedup();
    for v in check {
        let snap = db.at(v).unwrap();
        let rows: Vec<_> = snap.rows().unwrap().map(|r| r.expect("every row decodes")).collect();
        assert_eq!(rows.len(), v as usize * ROWS_PER_VERSION, "version {v} is whole");
        assert_eq!(snap.len() as usize, rows.len());
        for k in 1..=v {
            for i in [0, ROWS_PER_VERSION - 1] {
                assert!(snap.get(&format!("t:b{k}-{i}")).unwrap().is_some(), "t:b{k}-{i} at version {v}");
            }
        }
        assert!(
            snap.get(&format!("t:b{}-0", v + 1)).unwrap().is_none(),
            "nothing of version {} at {v}",
            v + 1
        );
        if v >= 2 {
            let updated = snap.get("t:b1-0").unwrap().unwrap();
            assert_eq!(updated.properties.band_gap, Some(v as f64));
        }
    }
    // No file is left that no version references.
    let referenced: usize = db.snapshot().unwrap().shards().len();
    let on_disk = std::fs::read_dir(dir.join("structures")).unwrap().count();
    assert_eq!(on_disk, referenced, "unreferenced shard files were removed");
    Some(latest)
}

#[test]
fn killed_writers_never_leave_a_partial_version() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next_rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let kills = 60;
    let mut last = 0;
    let mut created = false;
    for round in 0..kills {
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + next_rand() % 120));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let Some(latest) = check_versions(dir.path(), next_rand(), created) else { continue };
        created = true;
        assert!(latest >= last, "round {round}: version went back from {last} to {latest}");
        last = latest;
    }
    assert!(last > 0, "the child never committed anything");
    eprintln!("{kills} kills, {last} versions committed");
}

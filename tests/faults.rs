//! Faults beyond a killed ingest: a child process that ingests, embeds and builds an HNSW index
//! in a loop is killed with SIGKILL at random moments. After every kill the database opens,
//! every committed structure version and embedding-set version reads back whole, the newest
//! set's index can be brought up to date, and the interrupted jobs rerun to completion.
//!
//! Trials: `CRYSTALDB_FAULT_TRIALS` (default 50 for each job); e.g.
//! `CRYSTALDB_FAULT_TRIALS=500 cargo test --test faults -- --nocapture`.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::build_encoder;
use crystaldb::index::HnswParams;
use crystaldb::{Database, Record};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const CHILD_ENV: &str = "CRYSTALDB_FAULT_CHILD";
const ROWS_PER_VERSION: usize = 40;

/// The tests of this file run one at a time: a child spawned by one would hold another's lock
/// files between its fork and its exec, and that other's next open would find its database
/// locked.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// This test binary run as the child process doing `job` on the database in `dir`, with its
/// output discarded (callers that read it pipe it instead).
fn child(job: &str, dir: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["fault_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, format!("{job}:{}", dir.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// Small graphs, built from the first rows on (no exact-only sets).
fn params() -> HnswParams {
    HnswParams {
        max_connections: 8,
        ef_construction: 32,
        ef_search: 32,
        exact_below: 0,
        ..Default::default()
    }
}

/// The records of structure version `v`: demo crystals with ids of their own.
fn batch(v: u64) -> Vec<Record> {
    let mut records = demo_records(&DemoOptions { count: ROWS_PER_VERSION, seed: v });
    for (i, r) in records.iter_mut().enumerate() {
        r.source_id = format!("v{v}-{i}");
    }
    records
}

/// Not a test on its own: the body of the child process (runs only with the env var set, as
/// `JOB:DIR` with JOB `embed` or `index`).
#[test]
fn fault_child() {
    let Some(spec) = std::env::var_os(CHILD_ENV) else { return };
    let spec = spec.to_string_lossy().to_string();
    let (job, dir) = spec.split_once(':').expect("JOB:DIR");
    if job == "read" {
        return read_while_writers_drop(Path::new(dir));
    }
    let db = Database::builder()
        .create_if_missing(true)
        .shard_rows(16)
        .open(dir)
        .unwrap_or_else(|e| panic!("{e}"));
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    loop {
        let next = db.latest_version().unwrap() + 1;
        db.insert(batch(next)).unwrap();
        db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
        if job == "index" {
            db.embeddings().build_index("magpie", params()).unwrap();
        }
    }
}

/// The reader process of [`a_reader_keeps_reading_while_a_writer_drops_set_versions`]: loads the
/// newest set version over and over and checks sampled vectors against a fresh encoding of their
/// structures; a version dropped under it may be a clear error, never other numbers. Prints
/// `loaded N, refused M`.
fn read_while_writers_drop(dir: &Path) {
    let db = Database::open_read_only(dir).unwrap_or_else(|e| panic!("{e}"));
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    let (mut loaded, mut refused) = (0, 0);
    for round in 0..100usize {
        let Ok(info) = db.embeddings().info("magpie") else { continue };
        let set = match db.embeddings().load(&info.label()) {
            Ok(set) => set,
            Err(
                e @ (crystaldb::Error::Missing(_)
                | crystaldb::Error::Io { .. }
                | crystaldb::Error::Shard { .. }),
            ) => {
                if refused == 0 {
                    eprintln!("refused: {e}");
                }
                refused += 1;
                continue;
            }
            Err(e) => panic!("{}: not a clear error: {e:?}", info.label()),
        };
        let raw = set.raw_vectors().unwrap();
        let snap = db.at(info.structure_version).unwrap();
        for (i, id) in set.ids().iter().enumerate().skip(round % 7).step_by(13) {
            let row = snap
                .get(id)
                .unwrap()
                .unwrap_or_else(|| panic!("{id} of {} not in its version", info.label()));
            let fresh = magpie.encode(std::slice::from_ref(&row.structure)).unwrap().remove(0);
            assert_eq!(
                &raw[i * set.dim()..(i + 1) * set.dim()],
                fresh.as_slice(),
                "{id} in {}",
                info.label()
            );
        }
        loaded += 1;
    }
    println!("loaded {loaded}, refused {refused}");
}

/// Everything committed in `dir` reads back whole. Returns the newest structure version, or
/// `None` when the child was killed before the database existed.
fn check(dir: &Path, created: bool, job: &str) -> Option<u64> {
    let db = match Database::open(dir) {
        Ok(db) => db,
        // Killed before the catalog was created (it appears by an atomic rename).
        Err(crystaldb::Error::NotFound(_)) if !created => return None,
        Err(e) => panic!("database does not open after a kill: {e}"),
    };
    let latest = db.latest_version().unwrap();
    assert_eq!(db.versions().unwrap().len() as u64, latest + 1, "versions are contiguous");
    let snap = db.snapshot().unwrap();
    assert_eq!(snap.len() as usize, latest as usize * ROWS_PER_VERSION, "version {latest} is whole");
    // Every committed set version loads, with one finite vector per structure of the
    // structure version it was made from.
    let sets = db.embeddings().list().unwrap();
    for info in &sets {
        let set = db
            .embeddings()
            .load(&info.label())
            .unwrap_or_else(|e| panic!("{} does not load: {e}", info.label()));
        assert_eq!(set.len() as u64, info.count, "{}", info.label());
        assert_eq!(info.count, info.structure_version * ROWS_PER_VERSION as u64, "{}", info.label());
        assert!(set.raw_vectors().unwrap().iter().all(|x| x.is_finite()), "{}", info.label());
    }
    if job == "index" {
        if let Some(newest) = sets.iter().max_by_key(|i| i.version) {
            // The newest set's index, whatever the kill left of it, is reloaded, extended or
            // rebuilt, and then covers every row.
            let report = db.embeddings().build_index(&newest.label(), params()).unwrap();
            assert_eq!(report.rows as u64, newest.count, "{report:?}");
        }
    }
    Some(latest)
}

fn kill_at_random_moments(job: &str) {
    let trials: usize =
        std::env::var("CRYSTALDB_FAULT_TRIALS").ok().and_then(|t| t.parse().ok()).unwrap_or(50);
    let dir = tempfile::tempdir().unwrap();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D ^ job.len() as u64;
    let mut next_rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut last, mut created) = (0, false);
    for round in 0..trials {
        let mut process = child(job, dir.path()).spawn().unwrap();
        // Kill moments up to 280 ms; on a machine too loaded for a child to commit in that
        // time, later rounds wait longer (40 ms more per round) until one has committed.
        let stretch = if last == 0 { 40 * round as u64 } else { 0 };
        std::thread::sleep(Duration::from_millis(30 + next_rand() % 250 + stretch));
        process.kill().unwrap(); // SIGKILL on Unix
        process.wait().unwrap();
        let Some(latest) = check(dir.path(), created, job) else { continue };
        created = true;
        assert!(latest >= last, "round {round}: version went back from {last} to {latest}");
        last = latest;
    }
    assert!(last > 0, "the child never committed anything");

    // The interrupted jobs rerun to completion: every structure version gets its set version.
    let db = Database::open(dir.path()).unwrap();
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    let report = db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    assert_eq!(report.count, last * ROWS_PER_VERSION as u64, "{report:?}");
    let index = db.embeddings().build_index("magpie", params()).unwrap();
    assert_eq!(index.rows as u64, report.count);
    let sets = db.embeddings().list().unwrap().len();
    eprintln!("{job}: {trials} kills, {last} structure versions and {sets} set versions committed");
}

/// Two writer processes on one directory: whichever opens second is refused or waits (the
/// catalog allows one writer), and what either committed reads back whole after both are killed.
#[test]
fn racing_writer_processes_never_corrupt_the_database() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let spawn = || child("embed", dir.path()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let (mut created, mut refused) = (false, 0);
    for round in 0..10u64 {
        let (mut a, mut b) = (spawn(), spawn());
        std::thread::sleep(Duration::from_millis(100 + 37 * round));
        for child in [&mut a, &mut b] {
            // A writer that stopped on its own was refused the lock, and said so.
            if child.try_wait().unwrap().is_some() {
                let mut stderr = String::new();
                std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
                assert!(stderr.contains("is locked by another writer"), "round {round}: {stderr}");
                refused += 1;
            }
            child.kill().unwrap();
            child.wait().unwrap();
        }
        if check(dir.path(), created, "embed").is_some() {
            created = true;
        }
    }
    assert!(created, "neither writer ever committed");
    eprintln!("racing writers: 10 rounds, {refused} writers refused the lock");
}

/// A reader process loads set versions while this process commits new ones and drops the old:
/// every set it loads holds the vectors of its own structures, and a version dropped under it is
/// `Missing` or a located I/O error.
#[test]
fn a_reader_keeps_reading_while_a_writer_drops_set_versions() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(16).open(dir.path()).unwrap();
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    db.insert(batch(1)).unwrap();
    db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    let mut reader = child("read", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut v = 1;
    let output = loop {
        if reader.try_wait().unwrap().is_some() {
            break reader.wait_with_output().unwrap();
        }
        v += 1;
        db.insert(batch(v)).unwrap();
        let report = db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
        // Every older version goes: the reader's current one among them.
        for old in 1..report.version {
            let _ = db.embeddings().drop(&format!("magpie@{old}"));
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "reader failed: {}", String::from_utf8_lossy(&output.stderr));
    // libtest prints the child's output after its own "test fault_child ... ".
    let line = stdout
        .lines()
        .find_map(|l| l.find("loaded ").map(|at| &l[at..]))
        .unwrap_or_else(|| panic!("the reader's counts: {stdout}"));
    eprintln!("reader: {line} while the writer committed {v} versions");
}

#[test]
fn killed_embeds_never_leave_a_partial_set() {
    let _serial = serial();
    kill_at_random_moments("embed");
}

#[test]
fn killed_index_builds_never_leave_an_index_that_loads_wrong() {
    let _serial = serial();
    kill_at_random_moments("index");
}

//! A full disk and a read-only database directory.
//!
//! The database lives on a small tmpfs: a filler file takes all but a few bytes of it, and
//! inserts, embeddings and index builds run into `ENOSPC` at every stage of a commit (shard
//! files, set files, the catalog). Each failing job returns an error naming the failed write;
//! after the filler goes, the database opens, every committed version reads back whole and the
//! job reruns to completion. A read-only directory (the tmpfs remounted read-only, or the
//! directory without write permission for a user other than root) serves readers and refuses
//! writers with an error naming the directory.
//!
//! A damaged catalog file (truncated, a byte flipped, a run of 0xFF) is an error that names the
//! catalog, never a panic and never another record's data; redb panics on some damage, and the
//! catalog's reads and opens turn those panics into errors.
//!
//! Mounting needs root with `CAP_SYS_ADMIN`; where the tests cannot mount (or, not root, cannot
//! take write permission away) they say so on stderr and skip.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::build_encoder;
use crystaldb::index::HnswParams;
use crystaldb::{Database, Record};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROWS_PER_VERSION: usize = 40;

/// The tests of this file run one at a time: a process forked by one (`mount`, `chmod`) would
/// hold another's lock files between its fork and its exec, and that other's next open would
/// find its database locked.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Copies a database directory.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn batch(v: u64) -> Vec<Record> {
    let mut records = demo_records(&DemoOptions { count: ROWS_PER_VERSION, seed: v });
    for (i, r) in records.iter_mut().enumerate() {
        r.source_id = format!("v{v}-{i}");
    }
    records
}

fn params() -> HnswParams {
    HnswParams {
        max_connections: 8,
        ef_construction: 32,
        ef_search: 32,
        exact_below: 0,
        ..Default::default()
    }
}

/// A tmpfs mounted on a temporary directory, unmounted on drop.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            Some(Tmpfs { dir })
        } else {
            None
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, mode: &str) {
        let status =
            Command::new("mount").args(["-o", &format!("remount,{mode}")]).arg(self.path()).status().unwrap();
        assert!(status.success(), "remount {mode}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// Fills the file system holding `path` up to `free` bytes: writes until `ENOSPC`, then gives
/// `free` bytes back.
fn fill(path: &Path, free: u64) {
    let mut file = std::fs::File::create(path).unwrap();
    let chunk = vec![0xA5u8; 64 * 1024];
    let mut written = 0u64;
    loop {
        match file.write(&chunk) {
            Ok(0) => break,
            Ok(n) => written += n as u64,
            Err(e) if e.raw_os_error() == Some(28) => break,
            Err(e) => panic!("filling {}: {e}", path.display()),
        }
    }
    file.set_len(written.saturating_sub(free)).unwrap();
    file.sync_all().unwrap();
}

/// Every committed structure version and set version of `dir` reads back whole; returns the
/// newest structure version.
fn check_whole(dir: &Path) -> u64 {
    let db = Database::open(dir).unwrap_or_else(|e| panic!("the database does not open: {e}"));
    let latest = db.latest_version().unwrap();
    assert_eq!(db.versions().unwrap().len() as u64, latest + 1, "versions are contiguous");
    for v in 1..=latest {
        let snap = db.at(v).unwrap();
        assert_eq!(snap.len() as usize, v as usize * ROWS_PER_VERSION, "version {v} is whole");
        let last = batch(v).pop().unwrap();
        let row = snap.get(&last.id()).unwrap();
        assert_eq!(row.map(|r| r.structure).as_ref(), Some(&last.structure), "{} of version {v}", last.id());
    }
    for info in db.embeddings().list().unwrap() {
        let set = db
            .embeddings()
            .load(&info.label())
            .unwrap_or_else(|e| panic!("{} does not load: {e}", info.label()));
        assert_eq!(set.len() as u64, info.count, "{}", info.label());
        assert!(set.raw_vectors().unwrap().iter().all(|x| x.is_finite()), "{}", info.label());
    }
    latest
}

/// A failed write names what it was writing and says the disk is full.
fn assert_clear(e: &crystaldb::Error, job: &str) {
    let text = e.to_string();
    assert!(text.contains("No space left on device"), "{job}: {text}");
    assert!(text.contains('/'), "{job}: the error names no file: {text}");
}

#[test]
fn a_full_disk_fails_jobs_clearly_and_keeps_every_committed_version() {
    let _serial = serial();
    let Some(fs) = Tmpfs::mount("24m") else {
        eprintln!("SKIPPED: cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
        return;
    };
    let dir = fs.path().join("db");
    let filler = fs.path().join("filler");
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    {
        let db = Database::builder().create_if_missing(true).shard_rows(16).open(&dir).unwrap();
        db.insert(batch(1)).unwrap();
        db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    }
    let (mut failed, mut committed) = (BTreeMap::<&str, usize>::new(), 0);
    // From nothing free to enough for a whole version: the failure moves through every write.
    for free in
        [0u64, 4 << 10, 16 << 10, 48 << 10, 96 << 10, 160 << 10, 256 << 10, 512 << 10, 1 << 20, 4 << 20]
    {
        fill(&filler, free);
        let before = check_whole(&dir);
        let outcome = (|| -> Result<(), (&'static str, crystaldb::Error)> {
            let db = Database::open(&dir).map_err(|e| ("open", e))?;
            db.insert(batch(before + 1)).map_err(|e| ("insert", e))?;
            db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).map_err(|e| ("embed", e))?;
            db.embeddings().build_index("magpie", params()).map_err(|e| ("index", e))?;
            Ok(())
        })();
        match outcome {
            Ok(()) => committed += 1,
            Err((job, e)) => {
                assert_clear(&e, job);
                let seen = failed.entry(job).or_default();
                if *seen == 0 {
                    eprintln!("{job} with {free} bytes free: {e}");
                }
                *seen += 1;
            }
        }
        std::fs::remove_file(&filler).unwrap();
        // The failed job left nothing half-committed, and reruns to completion.
        let latest = check_whole(&dir);
        let db = Database::open(&dir).unwrap();
        if latest == before {
            db.insert(batch(before + 1)).unwrap();
        }
        db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
        let report = db.embeddings().build_index("magpie", params()).unwrap();
        assert_eq!(report.rows, (before as usize + 1) * ROWS_PER_VERSION);
        drop(db);
        check_whole(&dir);
    }
    eprintln!("full disk: failed {failed:?}, committed {committed} of 10");
    assert!(failed.len() >= 2, "the disk was never full enough at more than one step: {failed:?}");
    assert!(committed >= 1, "the disk never had room for a whole version");
}

/// Takes write permission away from `dir` for this process: a read-only remount of the tmpfs
/// for root, `chmod a-w` of every directory for anyone else.
enum ReadOnly {
    Mount(Tmpfs),
    Chmod(tempfile::TempDir),
}

impl ReadOnly {
    fn root() -> PathBuf {
        PathBuf::from("db")
    }
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| s.lines().any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(2) == Some("0")))
        .unwrap_or(false)
}

#[test]
fn a_read_only_directory_serves_readers_and_refuses_writers() {
    let _serial = serial();
    let place = if is_root() {
        match Tmpfs::mount("32m") {
            Some(fs) => ReadOnly::Mount(fs),
            None => {
                eprintln!("SKIPPED: root, but cannot mount a tmpfs to remount read-only");
                return;
            }
        }
    } else {
        ReadOnly::Chmod(tempfile::tempdir().unwrap())
    };
    let base = match &place {
        ReadOnly::Mount(fs) => fs.path().to_path_buf(),
        ReadOnly::Chmod(t) => t.path().to_path_buf(),
    };
    let dir = base.join(ReadOnly::root());
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    let records = batch(1);
    {
        let db = Database::builder().create_if_missing(true).shard_rows(16).open(&dir).unwrap();
        db.insert(records.clone()).unwrap();
        db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
        db.embeddings().build_index("magpie", params()).unwrap();
    }
    match &place {
        ReadOnly::Mount(fs) => fs.remount("ro"),
        ReadOnly::Chmod(_) => {
            let status = Command::new("chmod").args(["-R", "a-w"]).arg(&dir).status().unwrap();
            assert!(status.success());
        }
    }

    // Readers: snapshot, lookups, the set, a search through the saved index.
    let db = Database::open_read_only(&dir).unwrap_or_else(|e| panic!("read-only open: {e}"));
    let snap = db.snapshot().unwrap();
    assert_eq!(snap.len() as usize, ROWS_PER_VERSION);
    let id = records[7].id();
    assert_eq!(snap.get(&id).unwrap().unwrap().structure, records[7].structure);
    let set = db.embeddings().load("magpie").unwrap();
    assert_eq!(set.len(), ROWS_PER_VERSION);
    let hits = snap.search("magpie").near_id(id.clone()).k(5).run().unwrap().hits;
    assert_eq!(hits.len(), 5);
    assert!(hits.iter().all(|h| h.id != id), "the query itself is not its own neighbour");

    // Writers: refused with an error naming the directory, and nothing changes.
    let err = Database::open(&dir).map(|_| ()).unwrap_err().to_string();
    assert!(err.contains(&dir.display().to_string()), "writer open: {err}");
    let err = db.insert(batch(2)).unwrap_err().to_string();
    assert!(err.contains("read-only") || err.contains("read only"), "insert: {err}");
    assert_eq!(db.latest_version().unwrap(), 1);

    if let ReadOnly::Chmod(_) = &place {
        let status = Command::new("chmod").args(["-R", "u+w"]).arg(&dir).status().unwrap();
        assert!(status.success());
    }
}

/// What a damaged catalog does to every operation of a reader and a writer: an answer, an error
/// (kept), or a panic (a failure).
fn use_damaged(dir: &Path, expect: &[Vec<Record>]) -> Result<String, String> {
    let outcome = std::panic::catch_unwind(|| -> crystaldb::Result<String> {
        let db = Database::open_read_only(dir)?;
        let latest = db.latest_version()?;
        let mut seen = format!("latest {latest}");
        for v in 1..=latest.min(expect.len() as u64) {
            let snap = db.at(v)?;
            for r in expect[v as usize - 1].iter().step_by(7) {
                let row = snap.get(&r.id())?;
                // An answer is the stored record, never another one.
                if let Some(row) = row {
                    assert_eq!(row.structure, r.structure, "{} at version {v}", r.id());
                }
            }
        }
        for info in db.embeddings().list()? {
            let set = db.embeddings().load(&info.label())?;
            seen += &format!(", {} rows {}", info.label(), set.len());
        }
        drop(db);
        let db = Database::open(dir)?;
        db.insert(batch(9))?;
        Ok(seen)
    });
    match outcome {
        Ok(Ok(seen)) => Ok(seen),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("a damaged catalog made crystaldb panic: {msg}")
        }
    }
}

#[test]
fn a_damaged_catalog_is_an_error_naming_it_never_a_panic_or_wrong_rows() {
    let _serial = serial();
    let base = tempfile::tempdir().unwrap();
    let good = base.path().join("good");
    let batches = vec![batch(1), batch(2)];
    {
        let db = Database::builder().create_if_missing(true).shard_rows(16).open(&good).unwrap();
        for b in &batches {
            db.insert(b.clone()).unwrap();
        }
        let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
        db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    }
    let catalog = std::fs::read(good.join(crystaldb::CATALOG_FILE)).unwrap();
    let n = catalog.len();
    let mut damaged: Vec<(String, Vec<u8>)> = Vec::new();
    for cut in [0, 1, 64, 511, 4096, n / 3, n / 2, n - 4096, n - 1] {
        damaged.push((format!("cut at {cut}"), catalog[..cut.min(n)].to_vec()));
    }
    for k in 0..48 {
        let at = (k * 7919 + 13) % n;
        let mut bytes = catalog.clone();
        bytes[at] ^= 0x5A;
        damaged.push((format!("byte {at} flipped"), bytes));
    }
    for k in 0..8 {
        let at = k * n / 8;
        let mut bytes = catalog.clone();
        bytes[at..(at + 4096).min(n)].fill(0xFF);
        damaged.push((format!("0xFF from {at}"), bytes));
    }
    let (mut refused, mut served) = (0, 0);
    for (what, bytes) in &damaged {
        let dir = base.path().join("copy");
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&good, &dir);
        std::fs::write(dir.join(crystaldb::CATALOG_FILE), bytes).unwrap();
        match use_damaged(&dir, &batches) {
            Ok(seen) => {
                served += 1;
                eprintln!("{what}: served ({seen})");
            }
            Err(e) => {
                assert!(e.contains("catalog"), "{what}: the error does not say the catalog is damaged: {e}");
                refused += 1;
                eprintln!("{what}: {e}");
            }
        }
    }
    eprintln!("damaged catalogs: {refused} refused, {served} served");
    assert!(refused >= 10, "hardly any damage was noticed: {refused} of {}", damaged.len());
}

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

fn batch(v: u64) -> Vec<Record> {
    let mut records = demo_records(&DemoOptions { count: ROWS_PER_VERSION, seed: v });
    for (i, r) in records.iter_mut().enumerate() {
        r.source_id = format!("v{v}-{i}");
    }
    records
}

fn params() -> HnswParams {
    HnswParams { max_connections: 8, ef_construction: 32, ef_search: 32, exact_below: 0 }
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

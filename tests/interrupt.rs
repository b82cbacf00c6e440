//! An interrupt request (`crystaldb::interrupt`) stops inserts and embeds before their commit
//! and leaves the database exactly as it was: same version, same files; it stops an HNSW build
//! before anything is saved. Its own test binary,
//! one test: the request is process-wide and would stop the writes of tests running beside it.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::build_encoder;
use crystaldb::{Database, Error};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn files(dir: &Path) -> BTreeSet<String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
            } else {
                out.insert(p.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn an_interrupt_stops_before_the_commit_and_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(100).open(tmp.path().join("db")).unwrap();
    let records = demo_records(&DemoOptions { count: 1200, seed: 3 });
    db.insert(records[..200].to_vec()).unwrap();
    let before = files(db.dir());

    // Requested before the call: nothing is read or written.
    crystaldb::interrupt::request();
    assert!(matches!(db.insert(records[200..].to_vec()), Err(Error::Interrupted)));
    crystaldb::interrupt::clear();
    assert_eq!(db.latest_version().unwrap(), 1);
    assert_eq!(files(db.dir()), before);

    // Requested mid-way, while the records stream in: shards written so far are removed.
    let fired = Arc::new(AtomicBool::new(false));
    let f = fired.clone();
    let stream = records[200..].iter().cloned().enumerate().map(move |(i, r)| {
        if i == 700 {
            crystaldb::interrupt::request();
            f.store(true, Ordering::SeqCst);
        }
        r
    });
    assert!(matches!(db.insert(stream), Err(Error::Interrupted)));
    assert!(fired.load(Ordering::SeqCst));
    crystaldb::interrupt::clear();
    assert_eq!(db.latest_version().unwrap(), 1);
    assert_eq!(files(db.dir()), before);

    // An embed stops at its next batch, leaving no set and no vector file.
    let magpie = build_encoder("magpie", &BTreeMap::new()).unwrap();
    let progress = Arc::new(|done: u64, _total: u64| {
        if done >= 50 {
            crystaldb::interrupt::request();
        }
    });
    let options = EmbedOptions { batch_size: Some(50), progress: Some(progress), ..EmbedOptions::default() };
    assert!(matches!(db.embeddings().embed(magpie.as_ref(), &options), Err(Error::Interrupted)));
    crystaldb::interrupt::clear();
    assert!(db.embeddings().list().unwrap().is_empty());
    let after: BTreeSet<String> =
        files(db.dir()).into_iter().filter(|f| !f.starts_with("embeddings")).collect();
    assert_eq!(after, before);
    assert!(files(&db.dir().join("embeddings")).iter().all(|f| !f.ends_with(".parquet")));

    // Without a request both run to their commit.
    assert_eq!(db.insert(records[200..].to_vec()).unwrap().added, 1000);
    assert_eq!(db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap().count, 1200);

    // An HNSW build stops between blocks of rows and saves nothing; the next build starts over.
    let params = crystaldb::index::HnswParams::default();
    crystaldb::interrupt::request();
    assert!(matches!(db.embeddings().build_index("magpie", params), Err(Error::Interrupted)));
    crystaldb::interrupt::clear();
    assert!(!db.dir().join("indexes/magpie@1").exists());
    let built = db.embeddings().build_index("magpie", params).unwrap();
    assert_eq!((built.update, built.rows), ("built", 1200));
}

//! The catalog: "which versions exist, which shard files make each one, and where is record X?"
//!
//! A redb database (`catalog.redb`) with one table per concern. Every ingest is one write
//! transaction, so a version and everything it references appear together or not at all.
//! Readers begin a read transaction (MVCC) and see one consistent state.

pub(crate) mod commit;
pub mod embeddings;
pub mod manifest;

use crate::error::{Error, Result};
use redb::{ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Catalog format version written by this build.
pub const CATALOG_FORMAT_VERSION: u32 = 2;
/// Oldest catalog format version this build reads. Version 1 had no `embedding_sets` table; a
/// writer opening it creates the table and records version 2.
pub const OLDEST_CATALOG_FORMAT_VERSION: u32 = 1;

/// `meta`: key -> value (format_version, created_at).
pub(crate) const META: TableDefinition<&str, &str> = TableDefinition::new("meta");
/// `versions`: version -> JSON [`VersionInfo`].
pub(crate) const VERSIONS: TableDefinition<u64, &str> = TableDefinition::new("versions");
/// `shards`: shard id -> JSON [`ShardInfo`].
pub(crate) const SHARDS: TableDefinition<u64, &str> = TableDefinition::new("shards");
/// `ids`: record id -> packed list of [`IdEntry`] (one per version that wrote the id).
pub(crate) const IDS: TableDefinition<&str, &[u8]> = TableDefinition::new("ids");
/// `superseded`: (shard id, row) -> version from which that row is no longer visible.
pub(crate) const SUPERSEDED: TableDefinition<(u64, u32), u64> = TableDefinition::new("superseded");
/// `fingerprints`: fingerprint -> JSON list of record ids (duplicate candidates).
pub(crate) const FINGERPRINTS: TableDefinition<&str, &str> = TableDefinition::new("fingerprints");
/// `embedding_sets`: (set name, set version) -> JSON [`embeddings::EmbeddingSetInfo`].
pub(crate) const EMBEDDING_SETS: TableDefinition<(&str, u64), &str> = TableDefinition::new("embedding_sets");

/// One committed version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionInfo {
    /// Version number (0 is the empty database).
    pub version: u64,
    /// Previous version.
    pub parent: Option<u64>,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
    /// Shards added by this version.
    pub shards_added: Vec<u64>,
    /// Rows added (new ids).
    pub added: u64,
    /// Rows that replaced an earlier row of the same id.
    pub updated: u64,
    /// Visible rows after this version.
    pub rows: u64,
    /// What made the version.
    pub message: String,
    /// The distance tolerance (Å) of the space groups derived for the rows this version stored;
    /// `None` for versions that stored no rows and those written before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symprec: Option<f64>,
    /// The angle tolerance (degrees) of those space groups; `None` with a `symprec` means the
    /// library's distance-derived default criterion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symmetry_angle_degrees: Option<f64>,
    /// The library that derived them (`spglib 2.8.0`, `moyo 0.22`); versions that record a
    /// `symprec` but no library derived them with moyo 0.22 and its default angle criterion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symmetry_library: Option<String>,
}

/// One immutable Parquet shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardInfo {
    /// Shard id.
    pub id: u64,
    /// Path relative to the database directory.
    pub file: String,
    /// Number of rows in the file.
    pub rows: u64,
    /// Version that added it.
    pub version: u64,
    /// File size in bytes.
    pub bytes: u64,
    /// Min/max of each filterable numeric column over the shard's rows (nulls ignored).
    pub stats: BTreeMap<String, (f64, f64)>,
}

/// Where one version of a record lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdEntry {
    /// Version that wrote it.
    pub version: u64,
    /// Shard id.
    pub shard: u64,
    /// Row within the shard.
    pub row: u32,
    /// Content hash of the row (to tell a duplicate from an update).
    pub hash: [u8; 16],
}

const ID_ENTRY_BYTES: usize = 8 + 8 + 4 + 16;

/// Pack entries for the `ids` table.
pub(crate) fn pack_entries(entries: &[IdEntry]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() * ID_ENTRY_BYTES);
    for e in entries {
        out.extend_from_slice(&e.version.to_le_bytes());
        out.extend_from_slice(&e.shard.to_le_bytes());
        out.extend_from_slice(&e.row.to_le_bytes());
        out.extend_from_slice(&e.hash);
    }
    out
}

/// Unpack entries of the `ids` table.
pub(crate) fn unpack_entries(bytes: &[u8]) -> Result<Vec<IdEntry>> {
    if !bytes.len().is_multiple_of(ID_ENTRY_BYTES) {
        return Err(Error::Catalog(format!(
            "id entry of {} bytes is not a multiple of {ID_ENTRY_BYTES}",
            bytes.len()
        )));
    }
    Ok(bytes
        .chunks_exact(ID_ENTRY_BYTES)
        .map(|c| IdEntry {
            version: u64::from_le_bytes(c[0..8].try_into().expect("8 bytes")),
            shard: u64::from_le_bytes(c[8..16].try_into().expect("8 bytes")),
            row: u32::from_le_bytes(c[16..20].try_into().expect("4 bytes")),
            hash: c[20..36].try_into().expect("16 bytes"),
        })
        .collect())
}

/// The entry of `entries` visible at `version`: the newest written at or before it.
pub(crate) fn visible_entry(entries: &[IdEntry], version: u64) -> Option<IdEntry> {
    entries.iter().filter(|e| e.version <= version).max_by_key(|e| e.version).copied()
}

/// The redb handle: a writer's read-write database or a reader's read-only one.
pub(crate) enum CatalogDb {
    Write(Closing<redb::Database>),
    Read(Closing<redb::ReadOnlyDatabase>),
}

impl CatalogDb {
    pub(crate) fn begin_read(&self) -> Result<redb::ReadTransaction> {
        Ok(match self {
            CatalogDb::Write(db) => db.begin_read()?,
            CatalogDb::Read(db) => db.begin_read()?,
        })
    }

    pub(crate) fn writer(&self, path: &Path) -> Result<&redb::Database> {
        match self {
            CatalogDb::Write(db) => Ok(&**db),
            CatalogDb::Read(_) => Err(Error::ReadOnly(path.parent().unwrap_or(path).to_path_buf())),
        }
    }
}

/// A redb database that closes without panicking: after redb panicked on a damaged file (see
/// [`guard`]) its locks may be poisoned and closing panics too; that panic is caught, and the
/// file stays as its last durable commit left it.
pub(crate) struct Closing<T>(Option<T>);

impl<T> Closing<T> {
    fn new(db: T) -> Self {
        Self(Some(db))
    }
}

impl<T> std::ops::Deref for Closing<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0.as_ref().expect("open until dropped")
    }
}

impl<T> Drop for Closing<T> {
    fn drop(&mut self) {
        let db = self.0.take();
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(db)));
    }
}

fn builder() -> redb::Builder {
    let mut b = redb::Builder::new();
    b.set_concurrency_mode(redb::ConcurrencyMode::SingleWriter);
    b
}

/// Create a new catalog at `path` with version 0 (empty).
pub(crate) fn create(path: &Path, now: u64) -> Result<CatalogDb> {
    let db = builder().create(path)?;
    let tx = db.begin_write()?;
    {
        let mut meta = tx.open_table(META)?;
        meta.insert("format_version", CATALOG_FORMAT_VERSION.to_string().as_str())?;
        meta.insert("created_at", now.to_string().as_str())?;
        let mut versions = tx.open_table(VERSIONS)?;
        let v0 = VersionInfo {
            version: 0,
            parent: None,
            created_at: now,
            shards_added: vec![],
            added: 0,
            updated: 0,
            rows: 0,
            message: "create".into(),
            symprec: None,
            symmetry_angle_degrees: None,
            symmetry_library: None,
        };
        versions.insert(0, to_json(&v0)?.as_str())?;
        tx.open_table(SHARDS)?;
        tx.open_table(IDS)?;
        tx.open_table(SUPERSEDED)?;
        tx.open_table(FINGERPRINTS)?;
        tx.open_table(EMBEDDING_SETS)?;
    }
    tx.commit()?;
    Ok(CatalogDb::Write(Closing::new(db)))
}

/// Open an existing catalog for writing (recovering after a crash if needed).
pub(crate) fn open_write(path: &Path) -> Result<CatalogDb> {
    guarded_open(path, || {
        let db = builder().open(path).map_err(|e| open_error(path, e))?;
        let c = CatalogDb::Write(Closing::new(db));
        let found = check_format(&c, path)?;
        if found < CATALOG_FORMAT_VERSION {
            upgrade(&c, path)?;
        }
        Ok(c)
    })
}

/// Open an existing catalog read-only.
pub(crate) fn open_read(path: &Path) -> Result<CatalogDb> {
    guarded_open(path, || {
        let db = builder().open_read_only(path).map_err(|e| open_error(path, e))?;
        let c = CatalogDb::Read(Closing::new(db));
        check_format(&c, path)?;
        Ok(c)
    })
}

/// Opens with redb, whose checks of a damaged file's allocator state or tables panic rather
/// than return an error: a panic while opening is a `Corrupt` error naming the file.
fn guarded_open<T>(path: &Path, open: impl FnOnce() -> Result<T>) -> Result<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(open)) {
        Ok(opened) => opened,
        Err(panic) => Err(Error::Corrupt {
            path: path.to_path_buf(),
            message: format!("damaged storage: {}", panic_text(&*panic)),
        }),
    }
}

fn open_error(path: &Path, e: redb::DatabaseError) -> Error {
    match e {
        redb::DatabaseError::DatabaseAlreadyOpen => Error::Locked(path.to_path_buf()),
        other => Error::Corrupt { path: path.to_path_buf(), message: other.to_string() },
    }
}

/// Bring an older catalog to the current format: create the tables it lacks (they start empty).
fn upgrade(c: &CatalogDb, path: &Path) -> Result<()> {
    let tx = c.writer(path)?.begin_write()?;
    {
        tx.open_table(EMBEDDING_SETS)?;
        tx.open_table(META)?.insert("format_version", CATALOG_FORMAT_VERSION.to_string().as_str())?;
    }
    tx.commit()?;
    Ok(())
}

/// The catalog's format version, when this build can read it.
fn check_format(c: &CatalogDb, path: &Path) -> Result<u32> {
    let tx = c.begin_read()?;
    let meta = tx.open_table(META)?;
    let found: u32 = meta
        .get("format_version")?
        .and_then(|v| v.value().parse().ok())
        .ok_or_else(|| Error::Corrupt { path: path.to_path_buf(), message: "no format_version".into() })?;
    if !(OLDEST_CATALOG_FORMAT_VERSION..=CATALOG_FORMAT_VERSION).contains(&found) {
        return Err(Error::UnsupportedFormat {
            path: PathBuf::from(path),
            found,
            oldest: OLDEST_CATALOG_FORMAT_VERSION,
            current: CATALOG_FORMAT_VERSION,
        });
    }
    Ok(found)
}

pub(crate) fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::Catalog(e.to_string()))
}

pub(crate) fn from_json<T: for<'de> Deserialize<'de>>(s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| Error::Catalog(format!("bad catalog entry: {e}")))
}

/// Runs a read or a write transaction of the catalog's tables. redb answers some damage to a
/// table's pages with a panic (an index past a page's end) instead of an error: here that panic
/// is a `Catalog` error, and a write transaction it interrupts is dropped uncommitted.
pub(crate) fn guard<T>(read: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|panic| Err(Error::Catalog(format!("damaged storage: {}", panic_text(&*panic)))))
}

/// The message of a caught panic.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown damage")
}

/// Every version, oldest first.
pub(crate) fn versions(tx: &redb::ReadTransaction) -> Result<Vec<VersionInfo>> {
    guard(|| {
        let t = tx.open_table(VERSIONS)?;
        let mut out = Vec::new();
        for item in t.iter()? {
            let (_, v) = item?;
            out.push(from_json(v.value())?);
        }
        Ok(out)
    })
}

/// Newest version number.
pub(crate) fn latest_version(tx: &redb::ReadTransaction) -> Result<u64> {
    guard(|| {
        let t = tx.open_table(VERSIONS)?;
        let last = t.last()?.map(|(k, _)| k.value()).unwrap_or(0);
        Ok(last)
    })
}

/// One version's info.
pub(crate) fn version(tx: &redb::ReadTransaction, v: u64) -> Result<VersionInfo> {
    guard(|| {
        let t = tx.open_table(VERSIONS)?;
        let info = t.get(v)?.ok_or_else(|| Error::Missing(format!("version {v}")))?;
        from_json(info.value())
    })
}

/// Shards visible at `version` (added at or before it), by id.
pub(crate) fn shards_at(tx: &redb::ReadTransaction, version: u64) -> Result<Vec<ShardInfo>> {
    guard(|| {
        let t = tx.open_table(SHARDS)?;
        let mut out = Vec::new();
        for item in t.iter()? {
            let (_, v) = item?;
            let s: ShardInfo = from_json(v.value())?;
            if s.version <= version {
                out.push(s);
            }
        }
        Ok(out)
    })
}

/// Every shard, by id.
pub(crate) fn all_shards(tx: &redb::ReadTransaction) -> Result<Vec<ShardInfo>> {
    shards_at(tx, u64::MAX)
}

/// Rows of `shard` superseded at or before `version`.
pub(crate) fn superseded_rows(tx: &redb::ReadTransaction, shard: u64, version: u64) -> Result<Vec<u32>> {
    guard(|| {
        let t = tx.open_table(SUPERSEDED)?;
        let mut out = Vec::new();
        for item in t.range((shard, 0u32)..=(shard, u32::MAX))? {
            let (k, v) = item?;
            if v.value() <= version {
                out.push(k.value().1);
            }
        }
        Ok(out)
    })
}

/// The id lists of the fingerprint keys of one reduced formula that `keep` accepts.
pub(crate) fn fingerprint_ids(
    tx: &redb::ReadTransaction,
    formula_reduced: &str,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<Vec<String>>> {
    guard(|| {
        let prefix = format!("{formula_reduced}|");
        let t = tx.open_table(FINGERPRINTS)?;
        let mut out = Vec::new();
        for item in t.range(prefix.as_str()..)? {
            let (k, v) = item?;
            if !k.value().starts_with(&prefix) {
                break;
            }
            if keep(k.value()) {
                out.push(from_json(v.value())?);
            }
        }
        Ok(out)
    })
}

/// Entries of one id.
pub(crate) fn id_entries(tx: &redb::ReadTransaction, id: &str) -> Result<Vec<IdEntry>> {
    guard(|| {
        let t = tx.open_table(IDS)?;
        match t.get(id)? {
            Some(v) => unpack_entries(v.value()),
            None => Ok(vec![]),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_1_catalog_reads_and_upgrades() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.redb");
        // Write what a format-1 build wrote: no embedding_sets table, format_version 1.
        {
            let db = builder().create(&path).unwrap();
            let tx = db.begin_write().unwrap();
            {
                let mut meta = tx.open_table(META).unwrap();
                meta.insert("format_version", "1").unwrap();
                let v0 = VersionInfo {
                    version: 0,
                    parent: None,
                    created_at: 1,
                    shards_added: vec![],
                    added: 0,
                    updated: 0,
                    rows: 0,
                    message: "create".into(),
                    symprec: None,
                    symmetry_angle_degrees: None,
                    symmetry_library: None,
                };
                tx.open_table(VERSIONS).unwrap().insert(0, to_json(&v0).unwrap().as_str()).unwrap();
            }
            tx.commit().unwrap();
        }
        let r = open_read(&path).unwrap();
        assert!(embeddings::all_sets(&r.begin_read().unwrap()).unwrap().is_empty());
        drop(r);
        let w = open_write(&path).unwrap();
        let tx = w.begin_read().unwrap();
        assert!(embeddings::all_sets(&tx).unwrap().is_empty());
        let meta = tx.open_table(META).unwrap();
        assert_eq!(meta.get("format_version").unwrap().unwrap().value(), "2");
    }

    #[test]
    fn id_entries_round_trip_and_visibility() {
        let e = |version, shard, row| IdEntry { version, shard, row, hash: [version as u8; 16] };
        let entries = vec![e(1, 3, 7), e(4, 9, 0)];
        let back = unpack_entries(&pack_entries(&entries)).unwrap();
        assert_eq!(back, entries);
        assert_eq!(visible_entry(&entries, 0), None);
        assert_eq!(visible_entry(&entries, 3), Some(entries[0]));
        assert_eq!(visible_entry(&entries, 9), Some(entries[1]));
        assert!(unpack_entries(&[1, 2, 3]).is_err());
    }
}

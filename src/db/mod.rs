//! The database: "open this directory, add these records as a new version, show me version N".

mod buffer;
mod insert;
mod known;
mod link;
mod manifests;
mod merge;
mod select;
mod snapshot;
mod staging;
mod weights;

pub use insert::{InsertOptions, InsertReport, Link, Origin, RejectedRecord};
pub use known::{first_equal, first_equal_prepared, prepare_all, KnownMatch};
pub use merge::OnUpdate;
pub use select::{BoundFilter, Selection};
pub use snapshot::{ScanOptions, Snapshot};
pub use weights::{write_file_atomic, Weights, WEIGHTS_DIR};

use crate::catalog::{self, CatalogDb, VersionInfo};
use crate::error::{Error, Result};
use crate::schema::row::DeriveOptions;
use crate::shard::TMP_PREFIX;
use crate::structure::compare::MatchTolerance;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// File name of the catalog inside the database directory.
pub const CATALOG_FILE: &str = "catalog.redb";
/// Directory of structure shards inside the database directory.
pub const STRUCTURES_DIR: &str = "structures";
/// File whose exclusive lock marks the one writer.
pub const LOCK_FILE: &str = "LOCK";

/// Settings of a database handle. Build with [`Database::builder`].
#[derive(Debug, Clone)]
pub struct DatabaseBuilder {
    read_only: bool,
    create_if_missing: bool,
    derive: DeriveOptions,
    shard_rows: usize,
    chunk_rows: usize,
    pub(crate) matching: MatchTolerance,
}

impl Default for DatabaseBuilder {
    fn default() -> Self {
        Self {
            read_only: false,
            create_if_missing: false,
            derive: DeriveOptions::default(),
            shard_rows: 100_000,
            chunk_rows: 1024,
            matching: MatchTolerance::default(),
        }
    }
}

impl DatabaseBuilder {
    /// Open without taking the write lock; inserts fail. Readers in other processes may
    /// run while one writer commits.
    pub fn read_only(mut self, yes: bool) -> Self {
        self.read_only = yes;
        self
    }

    /// Create the database when the directory holds none.
    pub fn create_if_missing(mut self, yes: bool) -> Self {
        self.create_if_missing = yes;
        self
    }

    /// Distance tolerance (Å) for space groups computed with spglib (default 0.1).
    pub fn symprec(mut self, symprec: f64) -> Self {
        self.derive.symprec = symprec;
        self
    }

    /// Angle tolerance (degrees) for space groups computed with spglib (default 5°, pymatgen's);
    /// `None` for spglib's distance-derived criterion.
    pub fn symmetry_angle(mut self, degrees: Option<f64>) -> Self {
        self.derive.angle_degrees = degrees;
        self
    }

    /// The library that computes space groups (default [`SymmetryEngine::Spglib`], whose
    /// groups are Materials Project's; [`SymmetryEngine::Moyo`] is several times faster).
    /// Each version records the library it used.
    ///
    /// [`SymmetryEngine::Spglib`]: crate::structure::SymmetryEngine::Spglib
    /// [`SymmetryEngine::Moyo`]: crate::structure::SymmetryEngine::Moyo
    pub fn symmetry_engine(mut self, engine: crate::structure::SymmetryEngine) -> Self {
        self.derive.engine = engine;
        self
    }

    /// Validation settings applied to every inserted record.
    pub fn validation(mut self, v: crate::structure::ValidationOptions) -> Self {
        self.derive.validation = v;
        self
    }

    /// Tolerances for linking records of the same crystal to one material key.
    pub fn matching(mut self, t: MatchTolerance) -> Self {
        self.matching = t;
        self
    }

    /// Largest number of rows in one shard file (default 100,000).
    pub fn shard_rows(mut self, n: usize) -> Self {
        self.shard_rows = n.max(1);
        self
    }

    /// Open (or create) the database in `dir`.
    pub fn open(self, dir: impl AsRef<Path>) -> Result<Database> {
        let dir = dir.as_ref().to_path_buf();
        let catalog_path = dir.join(CATALOG_FILE);
        let exists = catalog_path.is_file();
        let may_create = self.create_if_missing && !self.read_only;
        if !exists && !may_create {
            return Err(Error::NotFound(dir));
        }
        if self.read_only {
            let catalog = match catalog::open_read(&catalog_path) {
                Ok(c) => c,
                // A catalog left mid-commit by a killed writer needs a writer's recovery first.
                Err(Error::Corrupt { .. }) if try_lock(&dir)?.is_some() => {
                    drop(catalog::open_write(&catalog_path)?);
                    catalog::open_read(&catalog_path)?
                }
                Err(e) => return Err(e),
            };
            return Ok(Database { inner: Arc::new(Inner::new(dir, catalog, None, self)) });
        }
        crate::shard::create_dir_durable(&dir.join(STRUCTURES_DIR))?;
        let lock = try_lock(&dir)?.ok_or_else(|| Error::Locked(dir.clone()))?;
        // Look again under the lock: another process may have created the database (and
        // committed to it) between the first look and the lock; creating it again here would
        // replace its catalog with an empty one and then remove its shards as unreferenced.
        let exists = catalog_path.is_file();
        let catalog = if exists {
            catalog::open_write(&catalog_path)?
        } else {
            let tmp = dir.join(format!("{TMP_PREFIX}{CATALOG_FILE}"));
            let _ = std::fs::remove_file(&tmp);
            drop(catalog::create(&tmp, now())?);
            std::fs::rename(&tmp, &catalog_path).map_err(|e| Error::io(&catalog_path, e))?;
            crate::shard::sync_dir(&dir)?;
            catalog::open_write(&catalog_path)?
        };
        let db = Database { inner: Arc::new(Inner::new(dir, catalog, Some(lock), self)) };
        db.remove_unreferenced_files()?;
        db.remove_unreferenced_embedding_files()?;
        db.repair_manifests()?;
        Ok(db)
    }
}

fn try_lock(dir: &Path) -> Result<Option<File>> {
    let path = dir.join(LOCK_FILE);
    let f = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    match f.try_lock() {
        Ok(()) => Ok(Some(f)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io(&path, e)),
    }
}

pub(crate) fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub(crate) struct Inner {
    pub(crate) dir: PathBuf,
    pub(crate) catalog: CatalogDb,
    _lock: Option<File>,
    pub(crate) write: Mutex<()>,
    pub(crate) options: DatabaseBuilder,
}

impl Inner {
    fn new(dir: PathBuf, catalog: CatalogDb, lock: Option<File>, options: DatabaseBuilder) -> Self {
        Self { dir, catalog, _lock: lock, write: Mutex::new(()), options }
    }

    /// The handle's write lock: one writer at a time within the process (the `LOCK` file
    /// keeps other processes out).
    pub(crate) fn write_lock(&self) -> Result<std::sync::MutexGuard<'_, ()>> {
        self.write.lock().map_err(|_| Error::WriterPoisoned)
    }

    pub(crate) fn catalog_path(&self) -> PathBuf {
        self.dir.join(CATALOG_FILE)
    }
}

/// An embedded crystal-structure database in one directory. Cheap to clone; one writer per
/// directory at a time (others get [`Error::Locked`]), any number of snapshots.
#[derive(Clone)]
pub struct Database {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database").field("dir", &self.inner.dir).finish()
    }
}

impl Database {
    /// Settings for opening a database.
    pub fn builder() -> DatabaseBuilder {
        DatabaseBuilder::default()
    }

    /// Create a new database in `dir` (the directory may exist but must hold no database).
    pub fn create(dir: impl AsRef<Path>) -> Result<Self> {
        if dir.as_ref().join(CATALOG_FILE).exists() {
            return Err(Error::invalid(format!("{} already holds a database", dir.as_ref().display())));
        }
        Self::builder().create_if_missing(true).open(dir)
    }

    /// Open an existing database for reading and writing.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self> {
        Self::builder().open(dir)
    }

    /// Open an existing database for reading only.
    pub fn open_read_only(dir: impl AsRef<Path>) -> Result<Self> {
        Self::builder().read_only(true).open(dir)
    }

    /// The database directory.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// A snapshot of the newest version.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let tx = self.inner.catalog.begin_read()?;
        let v = catalog::latest_version(&tx)?;
        Snapshot::new(self.inner.clone(), &tx, v)
    }

    /// A snapshot of an older (or the newest) version.
    pub fn at(&self, version: u64) -> Result<Snapshot> {
        let tx = self.inner.catalog.begin_read()?;
        Snapshot::new(self.inner.clone(), &tx, version)
    }

    /// Every committed version, oldest first (version 0 is the empty database).
    pub fn versions(&self) -> Result<Vec<VersionInfo>> {
        catalog::versions(&self.inner.catalog.begin_read()?)
    }

    /// Newest version number.
    pub fn latest_version(&self) -> Result<u64> {
        catalog::latest_version(&self.inner.catalog.begin_read()?)
    }

    /// Delete files in the database directory that no committed version references: the
    /// leftovers of a writer that died before its commit.
    fn remove_unreferenced_files(&self) -> Result<()> {
        let tx = self.inner.catalog.begin_read()?;
        let known: std::collections::HashSet<String> =
            catalog::all_shards(&tx)?.into_iter().map(|s| s.file).collect();
        let dir = self.inner.dir.join(STRUCTURES_DIR);
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let rel = format!("{STRUCTURES_DIR}/{name}");
            if !known.contains(&rel) {
                std::fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            }
        }
        Ok(())
    }
}

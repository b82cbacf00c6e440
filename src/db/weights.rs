//! Stored model weights: "which weights files does this database hold, and what are they?"
//!
//! Weights live in `weights/<name>.cdbw` plus one catalog entry per name (a JSON document in the
//! redb table `learned_weights`, created on first use; a catalog without it has no weights). The
//! core stores and returns the bytes and the entry; the crate that defines the encoder
//! (`crystaldb-learned`) gives them their meaning.
//!
//! Invariants: the file is written atomically (temporary name, fsync, rename, fsync the
//! directory) before the catalog entry is committed, so the catalog never names a missing file;
//! a name is stored once (saving a taken name is an error, checked under the writer lock).

use super::{Database, Inner};
use crate::error::{Error, Result};
use redb::{ReadableTable, TableDefinition};
use std::path::{Path, PathBuf};

/// Directory of weights files inside the database directory.
pub const WEIGHTS_DIR: &str = "weights";

/// `learned_weights`: weights name -> JSON entry.
const LEARNED_WEIGHTS: TableDefinition<&str, &str> = TableDefinition::new("learned_weights");

/// The weights stored in one database ([`Database::weights`]).
#[derive(Clone, Copy)]
pub struct Weights<'a> {
    inner: &'a Inner,
}

impl Database {
    /// The stored model weights of this database.
    pub fn weights(&self) -> Weights<'_> {
        Weights { inner: &self.inner }
    }
}

impl Weights<'_> {
    /// The file of weights `name`, relative to the database directory.
    pub fn file_of(name: &str) -> String {
        format!("{WEIGHTS_DIR}/{name}.cdbw")
    }

    /// The database directory (weights files are relative to it).
    pub fn database_dir(&self) -> &Path {
        &self.inner.dir
    }

    /// Store weights `name`: `bytes` to [`Weights::file_of`] (atomically), then `entry` (a JSON
    /// document) in the catalog. An error when the name is taken.
    pub fn save(&self, name: &str, bytes: &[u8], entry: &str) -> Result<()> {
        let inner = self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write_lock()?;
        if self.entries()?.iter().any(|(n, _)| n == name) {
            return Err(Error::invalid(format!(
                "weights {name} already exist in {}; choose another name",
                inner.dir.display()
            )));
        }
        crate::shard::create_dir_durable(&inner.dir.join(WEIGHTS_DIR))?;
        write_file_atomic(&inner.dir.join(Self::file_of(name)), bytes)?;
        crate::catalog::guard(|| {
            let tx = writer.begin_write()?;
            tx.open_table(LEARNED_WEIGHTS)?.insert(name, entry)?;
            Ok(tx.commit()?)
        })?;
        Ok(())
    }

    /// Every stored entry as (name, JSON document), by name.
    pub fn entries(&self) -> Result<Vec<(String, String)>> {
        let tx = self.inner.catalog.begin_read()?;
        crate::catalog::guard(|| {
            let table = match tx.open_table(LEARNED_WEIGHTS) {
                Ok(t) => t,
                Err(redb::TableError::TableDoesNotExist(_)) => return Ok(vec![]),
                Err(e) => return Err(e.into()),
            };
            let mut out = Vec::new();
            for item in table.iter()? {
                let (k, v) = item?;
                out.push((k.value().to_string(), v.value().to_string()));
            }
            Ok(out)
        })
    }

    /// The bytes of a weights file named by its entry (`file`, relative to the database
    /// directory), with its full path for error messages.
    pub fn read_file(&self, file: &str) -> Result<(PathBuf, Vec<u8>)> {
        let path = self.inner.dir.join(file);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        Ok((path, bytes))
    }
}

/// Write `bytes` to `path` atomically: a temporary file in the same directory, fsync, rename,
/// fsync the directory. Readers see the old file or the new one, never a part.
pub fn write_file_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().expect("file in a directory");
    let tmp = dir.join(format!(".tmp-{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("file")));
    let mut f = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    f.write_all(bytes).map_err(|e| Error::io(&tmp, e))?;
    f.sync_all().map_err(|e| Error::io(&tmp, e))?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
    crate::shard::sync_dir(dir)
}

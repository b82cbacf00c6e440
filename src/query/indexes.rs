//! HNSW indexes of embedding-set versions, persisted under `indexes/<set>@<version>/`.
//!
//! An index is derived data: it is not in the catalog, it describes itself (`index.json` with the
//! checksum of the vectors it was built from), and it is rebuilt whenever it does not match its
//! set version. A set version whose predecessor has an index starts from a copy of it and only
//! inserts its new rows (the rows of a new set version start with the rows of the previous one
//! unless some were re-encoded; then the index is rebuilt).

use crate::db::Database;
use crate::embedding::{EmbeddingSet, EmbeddingSetInfo};
use crate::error::{Error, Result};
use crate::index::hnsw::Update;
use crate::index::{HnswIndex, HnswParams, TieOrder, Vectors};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Directory of vector indexes inside the database directory.
pub const INDEXES_DIR: &str = "indexes";

/// What [`Embeddings::build_index`](crate::Embeddings::build_index) did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexReport {
    /// `name@version` of the set version.
    pub set: String,
    /// Rows indexed.
    pub rows: usize,
    /// `unchanged`, `extended` or `built`.
    pub update: &'static str,
    /// Rows inserted by this call.
    pub inserted: usize,
    /// Directory relative to the database directory.
    pub dir: String,
    /// Parameters in use.
    pub params: HnswParams,
    /// How the graph stores its points (`params.quantization` with `auto` resolved).
    pub storage: crate::index::Quantization,
}

/// Directory of the index of one set version.
pub fn index_dir(db_dir: &Path, info: &EmbeddingSetInfo) -> PathBuf {
    db_dir.join(INDEXES_DIR).join(info.label())
}

/// The rows of a loaded set as index input.
pub(crate) fn vectors_of(set: &EmbeddingSet) -> Result<Vectors> {
    Vectors::new(set.vectors_shared(), set.dim())
}

/// The order of a set's rows at equal distance: by record id.
pub(crate) fn ties_of(set: &EmbeddingSet) -> TieOrder {
    TieOrder::by_key(set.ids())
}

/// Load, extend or build the HNSW index of a loaded set version and save it.
pub(crate) fn ensure_index(
    db_dir: &Path,
    set: &EmbeddingSet,
    params: HnswParams,
    progress: Option<&dyn Fn(usize, usize)>,
) -> Result<(HnswIndex, Update)> {
    let info = set.info();
    let dir = index_dir(db_dir, info);
    if !dir.join(crate::index::hnsw::META_FILE).is_file() {
        seed_from_previous(db_dir, info, &dir)?;
    }
    HnswIndex::open_or_build(&dir, vectors_of(set)?, info.metric, params, progress)
}

/// Copy the newest earlier version's index into `dir`, so that only new rows are inserted.
/// The copy is atomic ([`copy_index`](crate::index::hnsw::copy_index)): copying in place could
/// leave a directory without `index.json` that every later save refuses to replace (after a
/// crash), or rewrite files another reader has mapped (two readers seeding at once).
fn seed_from_previous(db_dir: &Path, info: &EmbeddingSetInfo, dir: &Path) -> Result<()> {
    let root = db_dir.join(INDEXES_DIR);
    let previous = (1..info.version)
        .rev()
        .map(|v| root.join(format!("{}@{v}", info.name)))
        .find(|d| d.join(crate::index::hnsw::META_FILE).is_file());
    match previous {
        Some(prev) => crate::index::hnsw::copy_index(&prev, dir),
        None => Ok(()),
    }
}

impl Database {
    /// Build (or bring up to date) the HNSW index of `NAME` / `NAME@V` with `params`.
    /// `progress` gets (rows inserted, rows to insert).
    #[deprecated(
        since = "0.1.0",
        note = "use `db.embeddings().build_index(..)` or `.build_index_with_progress(..)`"
    )]
    pub fn build_index(
        &self,
        spec: &str,
        params: HnswParams,
        progress: Option<&dyn Fn(usize, usize)>,
    ) -> Result<IndexReport> {
        params.validate()?;
        let set = self.embeddings().load(spec)?;
        let (index, update) = ensure_index(self.dir(), &set, params, progress)?;
        let (name, inserted) = match update {
            Update::Unchanged => ("unchanged", 0),
            Update::Extended { added } => ("extended", added),
            Update::Rebuilt => ("built", set.len()),
        };
        Ok(IndexReport {
            set: set.info().label(),
            rows: crate::index::VectorIndex::len(&index),
            update: name,
            inserted,
            dir: format!("{INDEXES_DIR}/{}", set.info().label()),
            params: *index.params(),
            storage: index.storage(),
        })
    }

    /// Delete index directories of set versions that no longer exist, and leftovers of
    /// interrupted saves. Returns the number of directories removed.
    pub(crate) fn remove_unreferenced_indexes(&self, sets: &[EmbeddingSetInfo]) -> Result<usize> {
        let root = self.dir().join(INDEXES_DIR);
        if !root.is_dir() {
            return Ok(0);
        }
        let mut removed = crate::index::hnsw::remove_leftovers(&root)?;
        let known: std::collections::HashSet<String> = sets.iter().map(EmbeddingSetInfo::label).collect();
        for entry in std::fs::read_dir(&root).map_err(|e| Error::io(&root, e))?.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if entry.path().is_dir() && !known.contains(&name) && !name.starts_with('.') {
                std::fs::remove_dir_all(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

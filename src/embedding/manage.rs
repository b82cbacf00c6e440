//! Pinning and dropping set versions, and removing files no set version reads.

use super::{parse_set_ref, EmbeddingSetInfo, EMBEDDINGS_DIR};
use crate::catalog::embeddings;
use crate::db::Database;
use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;

/// What [`Embeddings::drop`](crate::Embeddings::drop) did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DropReport {
    /// Set versions removed from the catalog (`name@v`).
    pub dropped: Vec<String>,
    /// Pinned versions that were kept.
    pub kept_pinned: Vec<String>,
    /// Files deleted because no remaining version reads them.
    pub files_deleted: usize,
}

impl Database {
    /// Pin (or unpin) one set version: a pinned version survives [`Embeddings::drop`](crate::Embeddings::drop).
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().pin(..)` or `.unpin(..)`")]
    pub fn pin_embedding(&self, spec: &str, pinned: bool) -> Result<EmbeddingSetInfo> {
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write_lock()?;
        let mut info = embeddings::resolve(&inner.catalog.begin_read()?, spec)?;
        if info.pinned != pinned {
            info.pinned = pinned;
            crate::catalog::guard(|| {
                let tx = writer.begin_write()?;
                embeddings::put(&tx, &info)?;
                Ok(tx.commit()?)
            })?;
        }
        Ok(info)
    }

    /// Drop `NAME@V` (an error when it is pinned), or every unpinned version of `NAME`. The
    /// catalog commit comes first; then the files that no remaining version of any set reads are
    /// deleted (a crash in between leaves files that the next writer removes on open).
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().drop(..)`")]
    pub fn drop_embeddings(&self, spec: &str) -> Result<DropReport> {
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write_lock()?;
        let (name, version) = parse_set_ref(spec)?;
        let versions = embeddings::existing_set_versions(&inner.catalog.begin_read()?, name)?;
        let mut report = DropReport::default();
        let targets: Vec<&EmbeddingSetInfo> = match version {
            Some(v) => {
                let info = versions
                    .iter()
                    .find(|s| s.version == v)
                    .ok_or_else(|| embeddings::missing_version(spec, &versions))?;
                if info.pinned {
                    return Err(Error::invalid(format!(
                        "{} is pinned; unpin it before dropping it",
                        info.label()
                    )));
                }
                vec![info]
            }
            None => {
                report.kept_pinned = versions.iter().filter(|s| s.pinned).map(|s| s.label()).collect();
                versions.iter().filter(|s| !s.pinned).collect()
            }
        };
        if !targets.is_empty() {
            crate::catalog::guard(|| {
                let tx = writer.begin_write()?;
                for s in &targets {
                    embeddings::remove(&tx, &s.name, s.version)?;
                }
                Ok(tx.commit()?)
            })?;
            self.write_manifests(targets.iter().map(|s| s.structure_version).min().unwrap_or(0))?;
        }
        report.dropped = targets.iter().map(|s| s.label()).collect();
        report.files_deleted = self.remove_unreferenced_embedding_files()?;
        Ok(report)
    }

    /// Delete files under `embeddings/` that no set version reads, empty set directories, and
    /// index directories of set versions that no longer exist.
    /// Returns the number of files deleted. Called by a writer holding the lock.
    pub(crate) fn remove_unreferenced_embedding_files(&self) -> Result<usize> {
        let sets = embeddings::all_sets(&self.inner.catalog.begin_read()?)?;
        let known: HashSet<&str> =
            sets.iter().flat_map(|s| s.shards.iter().map(|f| f.file.as_str())).collect();
        self.remove_unreferenced_indexes(&sets)?;
        let root = self.inner.dir.join(EMBEDDINGS_DIR);
        if !root.is_dir() {
            return Ok(0);
        }
        let mut deleted = 0;
        for set_dir in read_dir(&root)? {
            if !set_dir.is_dir() {
                continue;
            }
            let set_name = file_name(&set_dir);
            let mut left = 0;
            for f in read_dir(&set_dir)? {
                let rel = format!("{EMBEDDINGS_DIR}/{set_name}/{}", file_name(&f));
                if known.contains(rel.as_str()) {
                    left += 1;
                } else {
                    std::fs::remove_file(&f).map_err(|e| Error::io(&f, e))?;
                    deleted += 1;
                }
            }
            if left == 0 {
                std::fs::remove_dir(&set_dir).map_err(|e| Error::io(&set_dir, e))?;
            }
        }
        if deleted > 0 {
            crate::shard::sync_dir(&root)?;
        }
        Ok(deleted)
    }
}

fn read_dir(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    Ok(entries.flatten().map(|e| e.path()).collect())
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default()
}

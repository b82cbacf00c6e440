//! Keeping `manifests/` in step with the catalog: "write the files that tell an outside engine
//! what version N is."

use super::Database;
use crate::catalog::manifest::{self, Manifest, LATEST_MANIFEST, MANIFESTS_DIR};
use crate::error::{Error, Result};
use crate::shard::TMP_PREFIX;

impl Database {
    /// The manifest of `version` (the newest when `None`): the files, rows, deleted rows and
    /// columns of the structures and of each embedding set at that version, for engines that
    /// read the Parquet files without opening the catalog (`docs/ON_DISK.md`, "Manifests").
    /// A writer also keeps them as `manifests/v<N>.json`; this builds one from the catalog for
    /// any version, so it exports the manifests of databases opened read-only too.
    pub fn manifest(&self, version: Option<u64>) -> Result<Manifest> {
        let tx = self.inner.catalog.begin_read()?;
        let v = match version {
            Some(v) => v,
            None => crate::catalog::latest_version(&tx)?,
        };
        manifest::build(&tx, v)
    }

    /// Bring `manifests/v<N>.json` for every version from `from` on, and `latest.json`, in step
    /// with the catalog: a file is rewritten (atomically) only when its bytes differ. Called by
    /// the writer, holding the write lock, after each commit and when it opens the database.
    pub(crate) fn write_manifests(&self, from: u64) -> Result<()> {
        let dir = self.inner.dir.join(MANIFESTS_DIR);
        crate::shard::create_dir_durable(&dir)?;
        let tx = self.inner.catalog.begin_read()?;
        let (manifests, latest) = manifest::build_from(&tx, from)?;
        drop(tx);
        for m in &manifests {
            let bytes = manifest::to_bytes(m)?;
            write_if_changed(&dir.join(manifest::manifest_file_name(m.version)), &bytes)?;
            if m.version == latest {
                write_if_changed(&dir.join(LATEST_MANIFEST), &bytes)?;
            }
        }
        Ok(())
    }

    /// Every manifest checked against the catalog (a writer's open: a crash may have come
    /// between a commit and its manifest), and temporary files of an interrupted write removed.
    pub(crate) fn repair_manifests(&self) -> Result<()> {
        let dir = self.inner.dir.join(MANIFESTS_DIR);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
                    std::fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
                }
            }
        }
        self.write_manifests(0)
    }
}

/// Writes `bytes` to `path` unless it holds them already. A failed write says that the commit
/// before it stands: the manifest follows the catalog, not the other way round.
fn write_if_changed(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    match std::fs::read(path) {
        Ok(old) if old == bytes => Ok(()),
        _ => super::weights::write_file_atomic(path, bytes).map_err(|e| match e {
            Error::Io { path, source } => Error::Io {
                path,
                source: std::io::Error::new(
                    source.kind(),
                    format!(
                        "{source}; the catalog commit stands, and the next writer open writes this manifest"
                    ),
                ),
            },
            other => other,
        }),
    }
}

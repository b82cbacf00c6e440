//! The embedding sets of a database as one handle: `db.embeddings().embed(..)`, `.list()`,
//! `.pin(..)`. Every verb is the `Database` method of the same meaning; the handle groups them
//! so that `Database` itself keeps to the core verbs (open, insert, snapshot, versions).

use super::{
    DropReport, EmbedOptions, EmbedReport, EmbeddingSet, EmbeddingSetInfo, ImportOptions, ImportedVectors,
};
use crate::db::Database;
use crate::encode::Encoder;
use crate::error::Result;
use crate::index::HnswParams;
use crate::query::IndexReport;

/// The embedding sets of one database.
#[derive(Clone, Copy)]
pub struct Embeddings<'a> {
    db: &'a Database,
}

impl Database {
    /// The embedding sets of this database: embed, import, list, load, pin, unpin, drop, index.
    pub fn embeddings(&self) -> Embeddings<'_> {
        Embeddings { db: self }
    }
}

// The handle is the supported door; the `Database` methods it calls are kept as deprecated
// aliases for one release.
#[allow(deprecated)]
impl Embeddings<'_> {
    /// Encode every structure of the newest version into a (new version of a) set.
    pub fn embed(&self, encoder: &dyn Encoder, options: &EmbedOptions) -> Result<EmbedReport> {
        self.db.embed(encoder, options)
    }

    /// Store vectors computed elsewhere as a versioned set.
    pub fn import(
        &self,
        name: &str,
        vectors: &ImportedVectors,
        options: &ImportOptions,
    ) -> Result<EmbedReport> {
        self.db.import_embeddings(name, vectors, options)
    }

    /// Every set version, ordered by name then version.
    pub fn list(&self) -> Result<Vec<EmbeddingSetInfo>> {
        self.db.embedding_sets()
    }

    /// The catalog entry of `NAME` (newest version) or `NAME@V`.
    pub fn info(&self, spec: &str) -> Result<EmbeddingSetInfo> {
        self.db.embedding_info(spec)
    }

    /// Load `NAME` (newest version) or `NAME@V` into memory.
    pub fn load(&self, spec: &str) -> Result<EmbeddingSet> {
        self.db.embedding(spec)
    }

    /// Pin `NAME@V` (or the newest version of `NAME`): it survives [`Embeddings::drop`].
    pub fn pin(&self, spec: &str) -> Result<EmbeddingSetInfo> {
        self.db.pin_embedding(spec, true)
    }

    /// Unpin `NAME@V` (or the newest version of `NAME`).
    pub fn unpin(&self, spec: &str) -> Result<EmbeddingSetInfo> {
        self.db.pin_embedding(spec, false)
    }

    /// Drop `NAME@V`, or every unpinned version of `NAME`.
    pub fn drop(&self, spec: &str) -> Result<DropReport> {
        self.db.drop_embeddings(spec)
    }

    /// Build (or bring up to date) the HNSW index of a set version.
    pub fn build_index(&self, spec: &str, params: HnswParams) -> Result<IndexReport> {
        self.db.build_index(spec, params, None)
    }

    /// [`Embeddings::build_index`], telling `progress` (points inserted, points in all) as the
    /// graph grows.
    pub fn build_index_with_progress(
        &self,
        spec: &str,
        params: HnswParams,
        progress: &dyn Fn(usize, usize),
    ) -> Result<IndexReport> {
        self.db.build_index(spec, params, Some(progress))
    }

    /// The encoder that made an encoded set, with access to this database's weights.
    pub fn encoder_for(&self, info: &EmbeddingSetInfo) -> Result<Box<dyn Encoder>> {
        self.db.encoder_for(info)
    }
}

#[cfg(test)]
mod tests {
    use crate::demo::{demo_records, DemoOptions};
    use crate::embedding::EmbedOptions;
    use crate::encode::build_encoder;
    use crate::Database;

    #[test]
    fn the_handle_embeds_lists_pins_and_drops() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::create(dir.path()).unwrap();
        db.insert(demo_records(&DemoOptions { count: 12, seed: 3 })).unwrap();
        let sets = db.embeddings();
        let magpie = build_encoder("magpie", &Default::default()).unwrap();
        let r = sets.embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
        assert_eq!((r.name.as_str(), r.version, r.count), ("magpie", 1, 12));
        assert_eq!(sets.list().unwrap().len(), 1);
        assert_eq!(sets.load("magpie").unwrap().len(), 12);
        assert!(sets.pin("magpie@1").unwrap().pinned);
        assert_eq!(sets.drop("magpie").unwrap().dropped.len(), 0);
        assert!(!sets.unpin("magpie").unwrap().pinned);
        assert_eq!(sets.drop("magpie").unwrap().dropped.len(), 1);
        assert!(sets.list().unwrap().is_empty());
        assert!(sets.info("magpie").is_err());
    }
}

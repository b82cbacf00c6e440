//! Embedding sets: "which vectors does encoder X give these crystals, and where did they come from?"
//!
//! An embedding set is a named, versioned collection of vectors, one per record id, stored as
//! Parquet shards under `embeddings/<set>/` and registered in the catalog with its provenance
//! ([`EmbeddingSetInfo`]: encoder name, code version, parameters and their hash, weights checksum,
//! the structure version it covers, count, dim, metric, creation time).
//!
//! * [`Embeddings::embed`] encodes every structure of the newest version with an [`Encoder`]. A set
//!   is keyed by encoder name + code version + parameter hash + weights checksum: running it again
//!   on the same data creates nothing; after an ingest it encodes only the new or updated records
//!   and commits a new version of the set that reuses the old shards; other parameters give
//!   another set.
//! * [`Embeddings::import`] stores vectors computed elsewhere, checked against the
//!   database (every id exists, one dimension, finite values), as a set of kind `imported`.
//! * [`Embeddings::list`], [`Embeddings::pin`] and [`Embeddings::drop`]
//!   list, pin and drop set versions; a file is deleted only when no remaining version reads it.
//! * [`Embeddings::load`] / [`Snapshot::embedding`](crate::Snapshot::embedding) load one set
//!   version into memory as an [`EmbeddingSet`].
//!
//! [`Encoder`]: crate::encode::Encoder

mod build;
mod handle;
mod import;
mod manage;
pub mod standardize;
pub mod store;

pub use crate::catalog::embeddings::{
    parse_set_ref, validate_set_name, EmbeddingSetInfo, EmbeddingShard, SetKey, SetKind,
};
pub use build::{EmbedOptions, EmbedReport, Progress, SkippedStructure};
pub use handle::Embeddings;
pub use import::{ImportOptions, ImportedVectors};
pub use manage::DropReport;
pub use standardize::{Normalization, Standardization};

use crate::catalog::embeddings;
use crate::db::{Database, Snapshot};
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::Path;

/// Directory of embedding shards inside the database directory.
pub const EMBEDDINGS_DIR: &str = "embeddings";

/// One set version loaded into memory: ids and row-major vectors, in the set's row order.
/// The vectors are those searched: z-scores for a standardised set
/// ([`EmbeddingSetInfo::standardization`]), else the stored ones; [`EmbeddingSet::raw_vectors`]
/// reads the stored vectors of a standardised set back.
#[derive(Debug, Clone)]
pub struct EmbeddingSet {
    dir: std::path::PathBuf,
    info: EmbeddingSetInfo,
    ids: std::sync::Arc<[String]>,
    structure_versions: std::sync::Arc<[u64]>,
    vectors: std::sync::Arc<[f32]>,
    rows: std::sync::Arc<HashMap<String, usize>>,
    /// Indexes opened over this set version, shared by its clones: a process that keeps a set
    /// loaded (a server) opens each index once, not per query. A set version is immutable, so
    /// an opened index never goes stale.
    opened: std::sync::Arc<std::sync::Mutex<OpenedIndexes>>,
}

/// The indexes opened over one loaded set version ([`EmbeddingSet`]).
#[derive(Default)]
pub(crate) struct OpenedIndexes {
    /// The exact index, with the set's tie order.
    pub(crate) exact: Option<std::sync::Arc<dyn crate::index::VectorIndex>>,
    /// HNSW indexes by the parameters they were opened with (at most [`OPENED_HNSW`]).
    pub(crate) hnsw: Vec<(crate::index::HnswParams, std::sync::Arc<dyn crate::index::VectorIndex>)>,
}

/// The most HNSW indexes (parameter sets) kept opened per set version; the oldest goes first.
pub(crate) const OPENED_HNSW: usize = 4;

impl std::fmt::Debug for OpenedIndexes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenedIndexes")
            .field("exact", &self.exact.is_some())
            .field("hnsw", &self.hnsw.iter().map(|(p, _)| p).collect::<Vec<_>>())
            .finish()
    }
}

impl EmbeddingSet {
    /// Read every visible row of a set version.
    pub(crate) fn load(dir: &Path, info: EmbeddingSetInfo) -> Result<Self> {
        let mut ids = Vec::with_capacity(info.count as usize);
        let mut svs = Vec::with_capacity(info.count as usize);
        let mut vectors = Vec::with_capacity(info.count as usize * info.dim);
        for s in &info.shards {
            let rows = store::read(&dir.join(&s.file), info.dim, true)?;
            for (r, id) in rows.ids.into_iter().enumerate() {
                if s.hidden.binary_search(&(r as u32)).is_ok() {
                    continue;
                }
                ids.push(id);
                svs.push(rows.structure_versions[r]);
                vectors.extend_from_slice(&rows.vectors[r * info.dim..(r + 1) * info.dim]);
            }
        }
        if ids.len() as u64 != info.count {
            return Err(Error::Corrupt {
                path: dir.join(EMBEDDINGS_DIR).join(&info.name),
                message: format!(
                    "{} holds {} vectors, the catalog says {}",
                    info.label(),
                    ids.len(),
                    info.count
                ),
            });
        }
        if let Some(s) = &info.standardization {
            if s.dim() != info.dim {
                return Err(Error::Catalog(format!(
                    "{}: standardisation of dimension {} for vectors of {}",
                    info.label(),
                    s.dim(),
                    info.dim
                )));
            }
            s.apply_all(&mut vectors);
        }
        let rows = std::sync::Arc::new(ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect());
        // Shared buffers: a clone (a server's cache handing a set to each request) copies nothing.
        Ok(Self {
            dir: dir.to_path_buf(),
            info,
            ids: ids.into(),
            structure_versions: svs.into(),
            vectors: vectors.into(),
            rows,
            opened: Default::default(),
        })
    }

    /// The indexes opened over this set version so far (shared by its clones).
    pub(crate) fn opened_indexes(&self) -> std::sync::MutexGuard<'_, OpenedIndexes> {
        self.opened.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The stored (raw, encoder-output) vectors, row-major in row order: the searched vectors
    /// for a raw set, read back from the shards for a standardised one.
    pub fn raw_vectors(&self) -> Result<std::borrow::Cow<'_, [f32]>> {
        if self.info.standardization.is_none() {
            return Ok(std::borrow::Cow::Borrowed(&self.vectors));
        }
        let raw = Self::load(&self.dir, EmbeddingSetInfo { standardization: None, ..self.info.clone() })?;
        Ok(std::borrow::Cow::Owned(raw.vectors.to_vec()))
    }

    /// A raw vector (an encoder's output, a vector from elsewhere in the stored space) mapped into
    /// the space this set is searched in: unchanged for a raw set, z-scored for a standardised one.
    pub fn to_search_space(&self, raw: &[f32]) -> Vec<f32> {
        let mut v = raw.to_vec();
        if let Some(s) = &self.info.standardization {
            s.apply(&mut v);
        }
        v
    }

    /// The directory of the database the set belongs to.
    pub fn database_dir(&self) -> &Path {
        &self.dir
    }

    /// The set version's catalog entry (provenance).
    pub fn info(&self) -> &EmbeddingSetInfo {
        &self.info
    }

    /// Number of vectors.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the set holds no vectors.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Vector length.
    pub fn dim(&self) -> usize {
        self.info.dim
    }

    /// Record ids in row order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The structure version each row's vector encodes.
    pub fn structure_versions(&self) -> &[u64] {
        &self.structure_versions
    }

    /// All vectors, row-major (`len() * dim()` values).
    pub fn vectors(&self) -> &[f32] {
        &self.vectors
    }

    /// All vectors, shared without copying (e.g. with [`crate::index::Vectors::new`]).
    pub fn vectors_shared(&self) -> std::sync::Arc<[f32]> {
        self.vectors.clone()
    }

    /// The vector of row `row`.
    pub fn vector(&self, row: usize) -> &[f32] {
        &self.vectors[row * self.info.dim..(row + 1) * self.info.dim]
    }

    /// The row of record `id`, if the set holds it.
    pub fn row_of(&self, id: &str) -> Option<usize> {
        self.rows.get(id).copied()
    }

    /// The vector of record `id`, if the set holds it.
    pub fn get(&self, id: &str) -> Option<&[f32]> {
        self.row_of(id).map(|r| self.vector(r))
    }
}

/// The encoder that made an encoded set, rebuilt from the parameters stored with it; an error
/// for imported sets, or when this build's encoder no longer gives the same key (other code
/// version, parameters or weights).
///
/// Trained `graph` weights live in a database: use [`Database::encoder_for`] for those.
pub fn encoder_for(info: &EmbeddingSetInfo) -> Result<Box<dyn crate::encode::Encoder>> {
    encoder_for_in(None, info)
}

fn encoder_for_in(db: Option<&Database>, info: &EmbeddingSetInfo) -> Result<Box<dyn crate::encode::Encoder>> {
    match info.kind {
        SetKind::Encoded => {}
        SetKind::Imported => {
            return Err(Error::invalid(format!(
                "embedding set {} was imported: structures cannot be encoded into it here; query by id or by vector",
                info.label()
            )))
        }
        SetKind::Predicted => {
            return Err(Error::invalid(format!(
                "{} is a prediction set (one predicted value per record): filter on it as \
                 `_crystaldb_{}`; it has no encoder to search by structure",
                info.label(),
                info.name
            )))
        }
    }
    let accepted = crate::encode::encoder_parameters(&info.encoder.name).ok_or_else(|| {
        Error::invalid(format!("embedding set {}: unknown encoder {}", info.label(), info.encoder.name))
    })?;
    let params: std::collections::BTreeMap<String, String> = info
        .encoder
        .params
        .iter()
        .filter(|(k, _)| accepted.contains(&k.as_str()))
        .filter_map(|(k, v)| {
            let text = match v {
                serde_json::Value::Null => return None,
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string()))
                    .collect::<Vec<_>>()
                    .join(","),
                other => other.to_string(),
            };
            Some((k.clone(), text))
        })
        .collect();
    let encoder = match db {
        Some(db) => db.encoder(&info.encoder.name, &params)?,
        None => crate::encode::build_encoder(&info.encoder.name, &params)?,
    };
    if SetKey::of(&encoder.spec()) != SetKey::of(&info.encoder) {
        return Err(Error::invalid(format!(
            "this build's {} encoder with the stored parameters does not reproduce embedding set {} \
             (code version, parameters or weights differ)",
            info.encoder.name,
            info.label()
        )));
    }
    Ok(encoder)
}

impl Database {
    /// The encoder that made an encoded set (see [`encoder_for`]), with access to the weights
    /// stored in this database.
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().encoder_for(..)`")]
    pub fn encoder_for(&self, info: &EmbeddingSetInfo) -> Result<Box<dyn crate::encode::Encoder>> {
        encoder_for_in(Some(self), info)
    }

    /// Every embedding set version, ordered by name then version.
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().list()`")]
    pub fn embedding_sets(&self) -> Result<Vec<EmbeddingSetInfo>> {
        embeddings::all_sets(&self.inner.catalog.begin_read()?)
    }

    /// The catalog entry of `NAME` (newest version) or `NAME@V`.
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().info(..)`")]
    pub fn embedding_info(&self, spec: &str) -> Result<EmbeddingSetInfo> {
        embeddings::resolve(&self.inner.catalog.begin_read()?, spec)
    }

    /// Load `NAME` (newest version) or `NAME@V` into memory.
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().load(..)`")]
    pub fn embedding(&self, spec: &str) -> Result<EmbeddingSet> {
        EmbeddingSet::load(&self.inner.dir, self.embeddings().info(spec)?)
    }
}

impl Snapshot {
    /// Load `NAME@V`, or for `NAME` the newest version of the set that covers at most this
    /// snapshot's structure version (an error when none does).
    pub fn embedding(&self, spec: &str) -> Result<EmbeddingSet> {
        EmbeddingSet::load(&self.inner().dir, self.embedding_info(spec)?)
    }

    /// The catalog entry of the set version [`Snapshot::embedding`] would load, without
    /// loading it (its `label()` names that version exactly).
    pub fn embedding_info(&self, spec: &str) -> Result<EmbeddingSetInfo> {
        let tx = self.inner().catalog.begin_read()?;
        let (name, version) = parse_set_ref(spec)?;
        let info = match version {
            Some(_) => embeddings::resolve(&tx, spec)?,
            None => embeddings::existing_set_versions(&tx, name)?
                .into_iter()
                .rev()
                .find(|s| s.structure_version <= self.version())
                .ok_or_else(|| {
                    Error::Missing(format!(
                        "embedding set {name} covering structure version {} or older",
                        self.version()
                    ))
                })?,
        };
        Ok(info)
    }
}

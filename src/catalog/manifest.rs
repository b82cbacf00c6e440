//! Snapshot manifests: "which files, rows and columns make version N?", for engines that do not
//! open redb.
//!
//! A [`Manifest`] describes one structure version as plain files: every structure shard that
//! version reads with its row count, byte size and the rows it no longer shows (a deletion
//! vector), the column schema, and per embedding set the newest set version made on a structure
//! version at or below N, with its shards and hidden rows in the same form. Reading exactly the
//! listed files and dropping the listed rows gives the rows crystaldb shows at that version.
//!
//! A writer keeps `manifests/v<N>.json` for every version and `manifests/latest.json` (a copy of
//! the newest) in step with the catalog: each is written atomically after the redb commit that
//! changes it, and a writer opening the database rewrites any that differ from the catalog (a
//! crash between a commit and its manifest). The `structures` part of `v<N>.json` never changes;
//! its `embeddings` part changes when a set gains a version made on N or loses one by `drop`.

use super::embeddings::{self, EmbeddingSetInfo, SetKind};
use super::{guard, shards_at, superseded_rows, version as version_info};
use crate::embedding::standardize::Standardization;
use crate::encode::{EncoderSpec, Metric};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The manifest format version written by this build (`format_version` in each file).
pub const MANIFEST_FORMAT_VERSION: u32 = 1;
/// The value of every manifest's `format` key.
pub const MANIFEST_FORMAT: &str = "crystaldb.manifest";
/// Folder of the manifests, inside the database directory.
pub const MANIFESTS_DIR: &str = "manifests";
/// The newest version's manifest, inside [`MANIFESTS_DIR`].
pub const LATEST_MANIFEST: &str = "latest.json";

/// The file name of version `v`'s manifest inside [`MANIFESTS_DIR`]: `v<v>.json`.
pub fn manifest_file_name(v: u64) -> String {
    format!("v{v}.json")
}

/// One structure version as plain files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// [`MANIFEST_FORMAT_VERSION`] of the writer.
    pub format_version: u32,
    /// The structure version described.
    pub version: u64,
    /// Its parent version.
    pub parent: Option<u64>,
    /// When the version was committed (seconds since the Unix epoch).
    pub created_at: u64,
    /// The structures table at this version.
    pub structures: TableFiles,
    /// Per set name, the newest version of that set made on a structure version at or below
    /// this one.
    pub embeddings: BTreeMap<String, SetFiles>,
}

/// A table's columns and files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableFiles {
    /// Visible rows: the sum over files of `rows - deleted_rows.len()`.
    pub rows: u64,
    /// Format version of the files this build writes (`crystaldb.format_version` or
    /// `crystaldb.embedding_format_version` in each file's key-value metadata).
    pub format_version: u32,
    /// The columns, in file order.
    pub columns: Vec<ManifestColumn>,
    /// The Parquet files, in row order.
    pub files: Vec<FileEntry>,
}

/// One column: name, type (`utf8`, `float64`, `list<utf8>`, `fixed_size_list<float32,132>`, ...
/// as in `schema/structures.schema.json`), nullability and unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestColumn {
    /// Column name.
    pub name: String,
    /// Arrow type, spelled as in `schema/structures.schema.json`.
    #[serde(rename = "type")]
    pub data_type: String,
    /// Whether values may be null.
    pub nullable: bool,
    /// Unit of the values, if any.
    pub unit: Option<String>,
}

/// One Parquet file and the rows of it that the version does not show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path relative to the database directory, `/`-separated.
    pub path: String,
    /// Rows in the file.
    pub rows: u64,
    /// File size in bytes.
    pub bytes: u64,
    /// Positions (0-based, in file order, ascending) of the rows this version does not show: rows
    /// replaced by a later row of the same id, or vectors of such rows.
    pub deleted_rows: Vec<u32>,
}

/// One embedding set version as plain files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetFiles {
    /// Set name.
    pub name: String,
    /// Set version.
    pub version: u64,
    /// How the vectors were made.
    pub kind: SetKind,
    /// The structure version whose rows the vectors encode.
    pub structure_version: u64,
    /// Vector length.
    pub dim: usize,
    /// The distance the vectors are compared with.
    pub metric: Metric,
    /// What made the vectors.
    pub encoder: EncoderSpec,
    /// When present, crystaldb compares z-scores `(x - mean) / std` (0 where `std` is 0) of the
    /// stored raw vectors.
    pub standardization: Option<Standardization>,
    /// Columns (`id`, `structure_version`, `embedding`) and files.
    #[serde(flatten)]
    pub table: TableFiles,
}

/// The structure columns, parsed once from `schema/structures.schema.json`.
fn structure_columns() -> &'static [ManifestColumn] {
    static COLUMNS: std::sync::OnceLock<Vec<ManifestColumn>> = std::sync::OnceLock::new();
    COLUMNS.get_or_init(|| {
        #[derive(Deserialize)]
        struct Doc {
            columns: Vec<ManifestColumn>,
        }
        let doc: Doc =
            serde_json::from_str(crate::schema::SCHEMA_JSON).expect("the embedded schema document parses");
        doc.columns
    })
}

fn embedding_columns(dim: usize) -> Vec<ManifestColumn> {
    let col = |name: &str, t: String| ManifestColumn {
        name: name.into(),
        data_type: t,
        nullable: false,
        unit: None,
    };
    vec![
        col(crate::embedding::store::ID, "utf8".into()),
        col(crate::embedding::store::STRUCTURE_VERSION, "uint64".into()),
        col(crate::embedding::store::EMBEDDING, format!("fixed_size_list<float32,{dim}>")),
    ]
}

/// The manifest of structure version `v` as the catalog state read by `tx` describes it.
pub(crate) fn build(tx: &redb::ReadTransaction, v: u64) -> Result<Manifest> {
    let info = version_info(tx, v)?;
    let sets = embeddings::all_sets(tx)?;
    let mut files = Vec::new();
    for s in shards_at(tx, v)? {
        let mut deleted = superseded_rows(tx, s.id, v)?;
        deleted.sort_unstable();
        files.push(FileEntry { path: s.file, rows: s.rows, bytes: s.bytes, deleted_rows: deleted });
    }
    Ok(Manifest {
        format: MANIFEST_FORMAT.into(),
        format_version: MANIFEST_FORMAT_VERSION,
        version: v,
        parent: info.parent,
        created_at: info.created_at,
        structures: TableFiles {
            rows: info.rows,
            format_version: crate::schema::FORMAT_VERSION,
            columns: structure_columns().to_vec(),
            files,
        },
        embeddings: newest_sets_at(&sets, v).map(|s| (s.name.clone(), set_files(s))).collect(),
    })
}

/// Per set name, the newest version whose structure version is at most `v` (`sets` ordered by
/// name then version, as the catalog lists them).
fn newest_sets_at(sets: &[EmbeddingSetInfo], v: u64) -> impl Iterator<Item = &EmbeddingSetInfo> {
    let mut newest: BTreeMap<&str, &EmbeddingSetInfo> = BTreeMap::new();
    for s in sets.iter().filter(|s| s.structure_version <= v) {
        newest.insert(&s.name, s);
    }
    newest.into_values()
}

fn set_files(s: &EmbeddingSetInfo) -> SetFiles {
    SetFiles {
        name: s.name.clone(),
        version: s.version,
        kind: s.kind,
        structure_version: s.structure_version,
        dim: s.dim,
        metric: s.metric,
        encoder: s.encoder.clone(),
        standardization: s.standardization.clone(),
        table: TableFiles {
            rows: s.count,
            format_version: crate::embedding::store::EMBEDDING_FORMAT_VERSION,
            columns: embedding_columns(s.dim),
            files: s
                .shards
                .iter()
                .map(|f| FileEntry {
                    path: f.file.clone(),
                    rows: f.rows,
                    bytes: f.bytes,
                    deleted_rows: f.hidden.clone(),
                })
                .collect(),
        },
    }
}

/// The bytes of a manifest file: pretty JSON and a final newline.
pub(crate) fn to_bytes(m: &Manifest) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(m).map_err(|e| Error::Catalog(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Every version's manifest, oldest first, with the newest version number.
pub(crate) fn build_from(tx: &redb::ReadTransaction, from: u64) -> Result<(Vec<Manifest>, u64)> {
    guard(|| {
        let latest = super::latest_version(tx)?;
        let manifests = (from..=latest).map(|v| build(tx, v)).collect::<Result<Vec<_>>>()?;
        Ok((manifests, latest))
    })
}

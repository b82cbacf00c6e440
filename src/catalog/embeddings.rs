//! Catalog entries of embedding sets: "which vector sets exist, what made them, which files hold them?"
//!
//! One row per set version in `embedding_sets`, keyed by (set name, version). A set version lists
//! every shard file it reads (shards are shared between versions of one set: a new version reuses
//! the old files and adds a shard with the newly encoded rows) and, per shard, the rows it no
//! longer shows (rows re-encoded because their structure was updated).

use super::guard;
use super::{from_json, to_json, EMBEDDING_SETS};
use crate::embedding::standardize::{Normalization, Standardization};
use crate::encode::{EncoderSpec, Metric};
use crate::error::{Error, Result};
use redb::{ReadableTable, TableError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the vectors of a set were made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SetKind {
    /// Computed by a registered encoder (`crystaldb embed`).
    Encoded,
    /// Computed elsewhere and imported (`crystaldb import-embeddings`).
    Imported,
    /// A model's prediction, one value per record (dimension 1), stored by
    /// `crystaldb predict --store`: a *prediction set*, which filters read as
    /// `_crystaldb_<set name>`.
    Predicted,
}

/// One Parquet file of an embedding set, as one set version reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbeddingShard {
    /// Path relative to the database directory (`embeddings/<set>/<file>.parquet`).
    pub file: String,
    /// Rows in the file.
    pub rows: u64,
    /// File size in bytes.
    pub bytes: u64,
    /// Rows of the file this set version does not show (sorted).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<u32>,
}

impl EmbeddingShard {
    /// Rows of the file this set version shows.
    pub fn visible_rows(&self) -> u64 {
        self.rows - self.hidden.len() as u64
    }
}

/// One immutable version of an embedding set, with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbeddingSetInfo {
    /// Set name (`magpie`, `acsf-3f2a9c01`, or the name given at import).
    pub name: String,
    /// Version of the set, from 1.
    pub version: u64,
    /// Encoded or imported.
    pub kind: SetKind,
    /// What produced the vectors: encoder name, code version, parameters and their hash,
    /// weights checksum, dimension, metric. For an imported set the name is `imported`, the
    /// parameters are the user's `--meta` values and the checksum is the imported file's.
    pub encoder: EncoderSpec,
    /// Structure version whose rows the set covers.
    pub structure_version: u64,
    /// Number of vectors (visible rows over all shards).
    pub count: u64,
    /// Vector length.
    pub dim: usize,
    /// Distance the vectors are meant for.
    pub metric: Metric,
    /// Files read by this version, in row order.
    pub shards: Vec<EmbeddingShard>,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
    /// A pinned version survives `drop` of its set.
    pub pinned: bool,
    /// Free-form provenance (`--meta KEY=VALUE` at import; source file, row counts).
    #[serde(default)]
    pub meta: BTreeMap<String, String>,
    /// Z-score statistics of this version's vectors when the set is searched standardised
    /// ([`crate::embedding::standardize`]); `None` for raw vectors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standardization: Option<Standardization>,
}

impl EmbeddingSetInfo {
    /// `name@version`.
    pub fn label(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }

    /// The identity of what produced the vectors and how they are compared: two sets with
    /// equal keys hold the same vectors for the same structures and search them alike.
    pub fn key(&self) -> SetKey {
        SetKey::of(&self.encoder).normalized(self.normalization())
    }

    /// How the set is searched: z-scores when it records a standardisation.
    pub fn normalization(&self) -> Normalization {
        if self.standardization.is_some() {
            Normalization::Zscore
        } else {
            Normalization::None
        }
    }
}

/// Encoder name + code version + parameter hash + weights checksum: what an embedding set is
/// keyed by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SetKey {
    /// Encoder name.
    pub encoder: String,
    /// Encoder code version.
    pub code_version: u32,
    /// Hash of the parameters.
    pub params_hash: String,
    /// Checksum of the weights or data loaded, if any.
    pub weights_checksum: Option<String>,
    /// How the vectors are compared (raw or z-scored).
    pub normalization: Normalization,
}

impl SetKey {
    /// The key of an encoder spec (raw vectors).
    pub fn of(spec: &EncoderSpec) -> Self {
        Self {
            encoder: spec.name.clone(),
            code_version: spec.code_version,
            params_hash: spec.params_hash.clone(),
            weights_checksum: spec.weights_checksum.clone(),
            normalization: Normalization::None,
        }
    }

    /// The same key with another normalisation.
    pub fn normalized(mut self, normalization: Normalization) -> Self {
        self.normalization = normalization;
        self
    }
}

/// Check that a set name is usable as a directory name and in `NAME@V`.
pub fn validate_set_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "embedding set name {name:?}: use 1 to 100 characters from A-Z a-z 0-9 - _ . (not starting with '.')"
        )))
    }
}

/// Every set version, ordered by name then version. A catalog written before embedding sets
/// existed has no table: that is an empty list.
pub(crate) fn all_sets(tx: &redb::ReadTransaction) -> Result<Vec<EmbeddingSetInfo>> {
    guard(|| {
        let t = match tx.open_table(EMBEDDING_SETS) {
            Ok(t) => t,
            Err(TableError::TableDoesNotExist(_)) => return Ok(vec![]),
            Err(e) => return Err(e.into()),
        };
        let mut out = Vec::new();
        for item in t.iter()? {
            let (_, v) = item?;
            out.push(from_json(v.value())?);
        }
        Ok(out)
    })
}

/// Versions of one set, oldest first.
pub(crate) fn set_versions(tx: &redb::ReadTransaction, name: &str) -> Result<Vec<EmbeddingSetInfo>> {
    Ok(all_sets(tx)?.into_iter().filter(|s| s.name == name).collect())
}

/// Versions of a set that exists, oldest first. A name no set has is [`Error::Unknown`], with
/// the closest set name and the list of every set.
pub(crate) fn existing_set_versions(tx: &redb::ReadTransaction, name: &str) -> Result<Vec<EmbeddingSetInfo>> {
    let all = all_sets(tx)?;
    let versions: Vec<EmbeddingSetInfo> = all.iter().filter(|s| s.name == name).cloned().collect();
    if versions.is_empty() {
        let mut known: Vec<String> = all.into_iter().map(|s| s.name).collect();
        known.dedup();
        return Err(Error::Unknown { what: "embedding set", name: name.to_string(), known });
    }
    Ok(versions)
}

/// `embedding set NAME@V not found (versions of NAME: 1, 2)`.
pub(crate) fn missing_version(spec: &str, versions: &[EmbeddingSetInfo]) -> Error {
    let list: Vec<String> = versions.iter().map(|s| s.version.to_string()).collect();
    let name = versions.first().map(|s| s.name.as_str()).unwrap_or(spec);
    Error::Missing(format!("embedding set {spec} (versions of {name}: {})", list.join(", ")))
}

/// Resolve `NAME` (newest version) or `NAME@V`.
pub(crate) fn resolve(tx: &redb::ReadTransaction, spec: &str) -> Result<EmbeddingSetInfo> {
    let (name, version) = parse_set_ref(spec)?;
    let versions = existing_set_versions(tx, name)?;
    let found = match version {
        Some(v) => versions.iter().find(|s| s.version == v).cloned(),
        None => versions.last().cloned(),
    };
    found.ok_or_else(|| missing_version(spec, &versions))
}

/// Split `NAME@V` into its parts (`V` absent means the newest).
pub fn parse_set_ref(spec: &str) -> Result<(&str, Option<u64>)> {
    match spec.rsplit_once('@') {
        Some((name, v)) => {
            let v: u64 = v.parse().map_err(|_| {
                Error::invalid(format!("embedding set {spec:?}: the version after '@' must be a number"))
            })?;
            validate_set_name(name)?;
            Ok((name, Some(v)))
        }
        None => {
            validate_set_name(spec)?;
            Ok((spec, None))
        }
    }
}

/// Store (insert or replace) one set version in a write transaction.
pub(crate) fn put(tx: &redb::WriteTransaction, info: &EmbeddingSetInfo) -> Result<()> {
    let mut t = tx.open_table(EMBEDDING_SETS)?;
    t.insert((info.name.as_str(), info.version), to_json(info)?.as_str())?;
    Ok(())
}

/// Remove one set version in a write transaction.
pub(crate) fn remove(tx: &redb::WriteTransaction, name: &str, version: u64) -> Result<()> {
    let mut t = tx.open_table(EMBEDDING_SETS)?;
    t.remove((name, version))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_refs_parse() {
        assert_eq!(parse_set_ref("magpie").unwrap(), ("magpie", None));
        assert_eq!(parse_set_ref("acsf-1a2b@3").unwrap(), ("acsf-1a2b", Some(3)));
        assert!(parse_set_ref("magpie@x").is_err());
        assert!(parse_set_ref("../x").is_err());
        assert!(parse_set_ref("").is_err());
        assert!(validate_set_name("mace_mp-0.medium").is_ok());
        assert!(validate_set_name("a b").is_err());
    }
}

//! `Database::import_embeddings`: vectors computed elsewhere, checked and stored as a set.

use super::build::{set_rows, ShardSink};
use super::{EmbedReport, EmbeddingSetInfo, SetKind};
use crate::catalog::{self, embeddings};
use crate::db::{now, Database};
use crate::encode::{EncoderSpec, Metric};
use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};

/// Vectors to import: `ids.len()` rows of `dim` values, row-major.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedVectors {
    /// Record ids (`mp:mp-149`), one per row, unique.
    pub ids: Vec<String>,
    /// Vector length.
    pub dim: usize,
    /// Row-major values.
    pub values: Vec<f32>,
}

/// Provenance and settings of an import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    /// Free-form provenance (model, version, who ran it): stored with the set version and part of
    /// its key.
    pub meta: BTreeMap<String, String>,
    /// The distance the vectors are meant for (default cosine).
    pub metric: Metric,
    /// Where the vectors came from (a file name), stored in `meta` as `source_file`.
    pub source: Option<String>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self { meta: BTreeMap::new(), metric: Metric::Cosine, source: None }
    }
}

/// Encoder name recorded for imported sets.
pub const IMPORTED: &str = "imported";

impl ImportedVectors {
    /// Check shape, finiteness and id uniqueness; the error names the row and id.
    pub fn check(&self) -> Result<()> {
        if self.dim == 0 {
            return Err(Error::invalid("imported vectors have dimension 0"));
        }
        if self.ids.is_empty() {
            return Err(Error::invalid("no vectors to import"));
        }
        if self.values.len() != self.ids.len() * self.dim {
            return Err(Error::invalid(format!(
                "{} ids but {} values: not {} vectors of dimension {}",
                self.ids.len(),
                self.values.len(),
                self.ids.len(),
                self.dim
            )));
        }
        if let Some(i) = self.values.iter().position(|x| !x.is_finite()) {
            let (row, col) = (i / self.dim, i % self.dim);
            return Err(Error::invalid(format!(
                "row {row} (id {}): value {} at dimension {col} is not finite",
                self.ids[row], self.values[i]
            )));
        }
        let mut seen = HashSet::with_capacity(self.ids.len());
        for (row, id) in self.ids.iter().enumerate() {
            if !seen.insert(id.as_str()) {
                return Err(Error::invalid(format!("row {row}: id {id} appears more than once")));
            }
        }
        Ok(())
    }

    /// SHA-256 (hex) of the ids and values: the "weights checksum" of an imported set.
    pub fn checksum(&self) -> String {
        let mut h = Sha256::new();
        h.update((self.dim as u64).to_le_bytes());
        for id in &self.ids {
            h.update((id.len() as u64).to_le_bytes());
            h.update(id.as_bytes());
        }
        for v in &self.values {
            h.update(v.to_le_bytes());
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl Database {
    /// Store vectors computed elsewhere as a version of the imported set `name`.
    ///
    /// Every id must exist in the newest structure version, the values must be finite and of
    /// one dimension (the set's, when it exists); otherwise nothing is written. Importing the same
    /// vectors and provenance again creates nothing; importing other vectors under an existing
    /// name commits a new version where the new rows replace the old rows of the same ids.
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().import(..)`")]
    pub fn import_embeddings(
        &self,
        name: &str,
        vectors: &ImportedVectors,
        options: &ImportOptions,
    ) -> Result<EmbedReport> {
        embeddings::validate_set_name(name)?;
        vectors.check()?;
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write_lock()?;
        let tx = inner.catalog.begin_read()?;
        let structure_version = catalog::latest_version(&tx)?;
        let mut written_by = Vec::with_capacity(vectors.ids.len());
        let mut missing = Vec::new();
        for id in &vectors.ids {
            match catalog::visible_entry(&catalog::id_entries(&tx, id)?, structure_version) {
                Some(e) => written_by.push(e.version),
                None => missing.push(id.as_str()),
            }
        }
        if !missing.is_empty() {
            let shown: Vec<&str> = missing.iter().take(5).copied().collect();
            return Err(Error::invalid(format!(
                "{} of {} ids are not in the database (version {structure_version}), e.g. {}",
                missing.len(),
                vectors.ids.len(),
                shown.join(", ")
            )));
        }
        let mut meta = options.meta.clone();
        if let Some(src) = &options.source {
            meta.insert("source_file".into(), src.clone());
        }
        let params: serde_json::Map<String, serde_json::Value> =
            meta.iter().map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect();
        let spec =
            EncoderSpec::new(IMPORTED, 1, params, Some(vectors.checksum()), vectors.dim, options.metric);
        let previous = embeddings::set_versions(&tx, name)?.into_iter().last();
        drop(tx);
        if let Some(p) = &previous {
            if p.kind != SetKind::Imported {
                return Err(Error::invalid(format!(
                    "embedding set {name} was made by encoder {}; import under another --name",
                    p.encoder.name
                )));
            }
            if p.dim != vectors.dim {
                return Err(Error::DimensionMismatch {
                    what: "the imported vectors".into(),
                    found: vectors.dim,
                    expected_by: format!("embedding set {name}"),
                    expected: p.dim,
                });
            }
            if p.metric != options.metric {
                return Err(Error::invalid(format!(
                    "embedding set {name} is for the {} metric, not {}",
                    p.metric, options.metric
                )));
            }
            if p.encoder.weights_checksum == spec.weights_checksum
                && p.encoder.params_hash == spec.params_hash
            {
                return Ok(EmbedReport::unchanged(p));
            }
        }
        let mut shards = previous.as_ref().map(|p| p.shards.clone()).unwrap_or_default();
        if let Some(p) = &previous {
            let old = set_rows(&inner.dir, p)?;
            for id in &vectors.ids {
                if let Some(&(si, row, _)) = old.get(id) {
                    shards[si].hidden.push(row);
                }
            }
        }
        let mut sink = ShardSink::new(&inner.dir, name, &spec, 100_000)?;
        for (row, id) in vectors.ids.iter().enumerate() {
            sink.push(
                id.clone(),
                written_by[row],
                &vectors.values[row * vectors.dim..(row + 1) * vectors.dim],
            )?;
        }
        sink.flush()?;
        for s in &mut shards {
            s.hidden.sort_unstable();
            s.hidden.dedup();
        }
        shards.retain(|s| s.visible_rows() > 0);
        shards.extend(sink.written);
        let count = shards.iter().map(|s| s.visible_rows()).sum();
        let info = EmbeddingSetInfo {
            name: name.to_string(),
            version: previous.as_ref().map(|p| p.version + 1).unwrap_or(1),
            kind: SetKind::Imported,
            dim: vectors.dim,
            metric: options.metric,
            encoder: spec,
            structure_version,
            count,
            shards,
            created_at: now(),
            pinned: false,
            meta,
            standardization: None,
        };
        crate::catalog::guard(|| {
            let tx = writer.begin_write()?;
            embeddings::put(&tx, &info)?;
            Ok(tx.commit()?)
        })?;
        self.write_manifests(info.structure_version)?;
        Ok(EmbedReport {
            name: name.to_string(),
            version: info.version,
            created: true,
            encoded: vectors.ids.len() as u64,
            reused: count - vectors.ids.len() as u64,
            count,
            dim: info.dim,
            structure_version,
            skipped: vec![],
        })
    }
}

//! `Embeddings::embed`: encode the newest version's structures into a (new version of a) set.

use super::standardize::{Normalization, Standardization};
use super::{store, EmbeddingSet, EmbeddingSetInfo, EmbeddingShard, SetKey, SetKind, EMBEDDINGS_DIR};
use crate::catalog::embeddings;
use crate::db::{now, Database};
use crate::encode::{canonical_json, Encoder, EncoderSpec};
use crate::error::{Error, Result};
use crate::schema::StructureRow;
use crate::structure::Structure;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Arc;

/// Progress callback: (structures encoded so far, structures to encode).
pub type Progress = Arc<dyn Fn(u64, u64) + Send + Sync>;

/// Settings of [`Embeddings::embed`](crate::Embeddings::embed).
#[derive(Clone, Default)]
pub struct EmbedOptions {
    /// Set name; by default the encoder's name, or `<encoder>-<hash>` when that name is taken by
    /// a set with other parameters. A set with this name and another encoder key is an error.
    pub name: Option<String>,
    /// Structures per encoder call (default 1,024).
    pub batch_size: Option<usize>,
    /// Largest number of rows per shard file (default 100,000).
    pub shard_rows: Option<usize>,
    /// Called after every batch.
    pub progress: Option<Progress>,
    /// How the set is searched; `None` takes the encoder's default
    /// ([`Encoder::default_normalization`]: z-scores for Magpie, raw for the others).
    pub normalize: Option<Normalization>,
    /// Store a prediction set (kind [`SetKind::Predicted`]): the encoder gives one value per
    /// structure (dimension 1), and the set name must be a filter identifier
    /// ([`crate::filter::fields::is_prediction_name`]) so that filters read it as
    /// `_crystaldb_<name>`. Raw values only.
    pub prediction: bool,
}

impl std::fmt::Debug for EmbedOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmbedOptions")
            .field("name", &self.name)
            .field("batch_size", &self.batch_size)
            .field("shard_rows", &self.shard_rows)
            .field("normalize", &self.normalize)
            .field("prediction", &self.prediction)
            .finish()
    }
}

/// A structure the encoder could not encode (it is left out of the set).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkippedStructure {
    /// Record id.
    pub id: String,
    /// The encoder's message.
    pub message: String,
}

/// What an embed or import did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmbedReport {
    /// Set name.
    pub name: String,
    /// The set version that covers the data now (new or existing).
    pub version: u64,
    /// Whether a new set version was committed.
    pub created: bool,
    /// Vectors computed (or imported) by this run.
    pub encoded: u64,
    /// Vectors reused from the previous version of the set.
    pub reused: u64,
    /// Vectors in the set version.
    pub count: u64,
    /// Vector length.
    pub dim: usize,
    /// Structure version covered.
    pub structure_version: u64,
    /// Structures the encoder failed on.
    pub skipped: Vec<SkippedStructure>,
}

impl EmbedReport {
    /// The report of a run that found `existing` already up to date.
    pub(crate) fn unchanged(existing: &EmbeddingSetInfo) -> Self {
        Self {
            name: existing.name.clone(),
            version: existing.version,
            created: false,
            encoded: 0,
            reused: existing.count,
            count: existing.count,
            dim: existing.dim,
            structure_version: existing.structure_version,
            skipped: vec![],
        }
    }
}

/// A short hash naming a set key, for default set names.
pub(crate) fn key_hash(key: &SetKey) -> String {
    let mut text = format!(
        "{}|{}|{}|{}",
        key.encoder,
        key.code_version,
        key.params_hash,
        key.weights_checksum.as_deref().unwrap_or("")
    );
    // Raw sets keep the hash (and default name) they always had.
    if key.normalization != Normalization::None {
        text.push_str(&format!("|{}", key.normalization.as_str()));
    }
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// Pick the set name for `key`: the given name (checked), else the set already holding this key,
/// else `default` when free, else `default-<hash>`.
pub(crate) fn choose_name(
    sets: &[EmbeddingSetInfo],
    key: &SetKey,
    given: Option<&str>,
    default: &str,
) -> Result<String> {
    let key_of = |name: &str| sets.iter().rev().find(|s| s.name == name).map(|s| s.key());
    if let Some(name) = given {
        embeddings::validate_set_name(name)?;
        return match key_of(name) {
            Some(k) if &k != key => Err(Error::invalid(format!(
                "embedding set {name} was made by {} (params {}); choose another --name for {} (params {})",
                k.encoder, k.params_hash, key.encoder, key.params_hash
            ))),
            _ => Ok(name.to_string()),
        };
    }
    if let Some(s) = sets.iter().rev().find(|s| &s.key() == key) {
        return Ok(s.name.clone());
    }
    if key_of(default).is_none() {
        return Ok(default.to_string());
    }
    Ok(format!("{default}-{}", key_hash(key)))
}

/// Where each id of a set version lives: (shard index, row in shard, structure version).
pub(crate) fn set_rows(
    dir: &std::path::Path,
    info: &EmbeddingSetInfo,
) -> Result<HashMap<String, (usize, u32, u64)>> {
    let mut out = HashMap::with_capacity(info.count as usize);
    for (si, s) in info.shards.iter().enumerate() {
        let rows = store::read(&dir.join(&s.file), info.dim, false)?;
        for (r, id) in rows.ids.into_iter().enumerate() {
            if s.hidden.binary_search(&(r as u32)).is_err() {
                out.insert(id, (si, r as u32, rows.structure_versions[r]));
            }
        }
    }
    Ok(out)
}

/// Buffers new rows and writes them as shards of at most `shard_rows` rows.
pub(crate) struct ShardSink {
    dir: std::path::PathBuf,
    rel_dir: String,
    dim: usize,
    schema: arrow::datatypes::SchemaRef,
    shard_rows: usize,
    stamp: String,
    buffer: store::EmbeddingRows,
    pub(crate) written: Vec<EmbeddingShard>,
}

impl ShardSink {
    pub(crate) fn new(
        db_dir: &std::path::Path,
        name: &str,
        spec: &EncoderSpec,
        shard_rows: usize,
    ) -> Result<Self> {
        let rel_dir = format!("{EMBEDDINGS_DIR}/{name}");
        let dir = db_dir.join(&rel_dir);
        crate::shard::create_dir_durable(&dir)?;
        let spec_json =
            canonical_json(&serde_json::to_value(spec).map_err(|e| Error::invalid(e.to_string()))?);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        Ok(Self {
            schema: store::embedding_schema(spec.dim, name, &spec_json),
            dir,
            rel_dir,
            dim: spec.dim,
            shard_rows: shard_rows.max(1),
            stamp: format!("{nanos:x}-{}", std::process::id()),
            buffer: store::EmbeddingRows::default(),
            written: vec![],
        })
    }

    pub(crate) fn push(&mut self, id: String, structure_version: u64, vector: &[f32]) -> Result<()> {
        self.buffer.ids.push(id);
        self.buffer.structure_versions.push(structure_version);
        self.buffer.vectors.extend_from_slice(vector);
        if self.buffer.len() >= self.shard_rows {
            self.flush()?;
        }
        Ok(())
    }

    /// Remove the files written so far (an embed that stops before its commit).
    pub(crate) fn discard(&mut self) {
        for shard in self.written.drain(..) {
            if let Some(name) = std::path::Path::new(&shard.file).file_name() {
                let _ = std::fs::remove_file(self.dir.join(name));
            }
        }
    }

    pub(crate) fn flush(&mut self) -> Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let name = format!("{}-{:04}.parquet", self.stamp, self.written.len());
        let rows = std::mem::take(&mut self.buffer);
        let shard = store::write(&self.dir, &self.rel_dir, &name, self.dim, self.schema.clone(), &rows)?;
        self.written.push(shard);
        Ok(())
    }
}

impl Database {
    /// Encode every structure of the newest version with `encoder` into an embedding set.
    ///
    /// Same encoder key and same structure version as the set's newest version: nothing is
    /// written and the existing version is reported (`created: false`). Otherwise only records
    /// that are new, or whose structure row changed since the vector was computed, are encoded,
    /// and a new set version reuses the previous version's shards for the rest. Structures the
    /// encoder rejects are left out and listed in the report.
    #[deprecated(since = "0.1.0", note = "use `db.embeddings().embed(..)`")]
    pub fn embed(&self, encoder: &dyn Encoder, options: &EmbedOptions) -> Result<EmbedReport> {
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write_lock()?;
        let snapshot = self.snapshot()?;
        let spec = encoder.spec();
        let normalization = options.normalize.unwrap_or_else(|| encoder.default_normalization());
        let key = SetKey::of(&spec).normalized(normalization);
        let sets = embeddings::all_sets(&inner.catalog.begin_read()?)?;
        let name = choose_name(&sets, &key, options.name.as_deref(), &spec.name)?;
        let kind = if options.prediction { SetKind::Predicted } else { SetKind::Encoded };
        if options.prediction {
            check_prediction_set(&spec, &name, normalization)?;
        }
        let previous = sets.iter().filter(|s| s.name == name).max_by_key(|s| s.version).cloned();
        if let Some(p) = previous.as_ref().filter(|p| p.kind != kind) {
            return Err(Error::invalid(format!(
                "set {name} holds {} vectors; choose another name for a set of kind {}",
                kind_name(p.kind),
                kind_name(kind)
            )));
        }
        if let Some(p) = &previous {
            if p.structure_version == snapshot.version() {
                return Ok(EmbedReport::unchanged(p));
            }
        }
        let mut shards: Vec<EmbeddingShard> = previous.as_ref().map(|p| p.shards.clone()).unwrap_or_default();
        let mut old = match &previous {
            Some(p) => set_rows(&inner.dir, p)?,
            None => HashMap::new(),
        };
        // Decide per structure shard which visible rows need a vector.
        let mut todo: Vec<(usize, Vec<u32>)> = Vec::new();
        let mut total = 0u64;
        let mut reused = 0u64;
        for (si, s) in snapshot.shards().iter().enumerate() {
            let visible = snapshot.visible_rows_of(s)?;
            let batches = snapshot.read_shard(s, Some(&["id".to_string()]), visible.as_deref())?;
            let rows: Vec<u32> = visible.unwrap_or_else(|| (0..s.rows as u32).collect());
            let mut need = Vec::new();
            let mut k = 0usize;
            for b in &batches {
                let ids =
                    b.column(0).as_any().downcast_ref::<arrow::array::StringArray>().ok_or_else(|| {
                        Error::Corrupt { path: inner.dir.join(&s.file), message: "id column".into() }
                    })?;
                for id in ids.iter().flatten() {
                    let row = rows[k];
                    k += 1;
                    match old.get(id) {
                        Some(&(_, _, sv)) if sv >= s.version => {
                            reused += 1;
                        }
                        Some(&(osi, orow, _)) => {
                            shards[osi].hidden.push(orow);
                            old.remove(id);
                            need.push(row);
                        }
                        None => need.push(row),
                    }
                }
            }
            total += need.len() as u64;
            if !need.is_empty() {
                todo.push((si, need));
            }
        }
        let batch_size = options.batch_size.unwrap_or(1024).max(1);
        let mut sink = ShardSink::new(&inner.dir, &name, &spec, options.shard_rows.unwrap_or(100_000))?;
        let mut skipped = Vec::new();
        let mut done = 0u64;
        for (si, rows) in &todo {
            let s = &snapshot.shards()[*si];
            for chunk in rows.chunks(batch_size) {
                if let Err(e) = crate::interrupt::check() {
                    sink.discard();
                    return Err(e);
                }
                let batches = snapshot.read_shard(s, None, Some(chunk))?;
                let mut decoded = Vec::with_capacity(chunk.len());
                for b in &batches {
                    decoded.extend(StructureRow::from_batch(b)?);
                }
                let structures: Vec<Structure> = decoded.iter().map(|r| r.structure.clone()).collect();
                let vectors = encode_or_locate(encoder, &structures);
                for (row, v) in decoded.into_iter().zip(vectors) {
                    match v {
                        Ok(v) => match check_vector(&spec, &row.id, &v) {
                            Ok(()) => sink.push(row.id, s.version, &v)?,
                            Err(e) => skipped.push(SkippedStructure { id: row.id, message: e.to_string() }),
                        },
                        Err(message) => skipped.push(SkippedStructure { id: row.id, message }),
                    }
                }
                done += chunk.len() as u64;
                if let Some(p) = &options.progress {
                    p(done, total);
                }
            }
        }
        sink.flush()?;
        let encoded: u64 = sink.written.iter().map(|s| s.rows).sum();
        for s in &mut shards {
            s.hidden.sort_unstable();
            s.hidden.dedup();
        }
        shards.extend(sink.written);
        shards.retain(|s| s.visible_rows() > 0);
        let count: u64 = shards.iter().map(EmbeddingShard::visible_rows).sum();
        let mut info = EmbeddingSetInfo {
            name: name.clone(),
            version: previous.as_ref().map(|p| p.version + 1).unwrap_or(1),
            kind,
            dim: spec.dim,
            metric: spec.metric,
            encoder: spec,
            structure_version: snapshot.version(),
            count,
            shards,
            created_at: now(),
            pinned: false,
            meta: {
                let mut meta = encoder.provenance();
                meta.insert("skipped".to_string(), skipped.len().to_string());
                meta
            },
            standardization: None,
        };
        if normalization == Normalization::Zscore {
            // The statistics of exactly the vectors this version shows.
            let raw = EmbeddingSet::load(&inner.dir, info.clone())?;
            info.standardization = Some(Standardization::fit(raw.vectors(), info.dim));
        }
        crate::catalog::guard(|| {
            let tx = writer.begin_write()?;
            embeddings::put(&tx, &info)?;
            Ok(tx.commit()?)
        })?;
        self.write_manifests(info.structure_version)?;
        Ok(EmbedReport {
            name,
            version: info.version,
            created: true,
            encoded,
            reused,
            count,
            dim: info.dim,
            structure_version: info.structure_version,
            skipped,
        })
    }
}

fn kind_name(kind: SetKind) -> &'static str {
    match kind {
        SetKind::Encoded => "encoded",
        SetKind::Imported => "imported",
        SetKind::Predicted => "predicted",
    }
}

/// A prediction set holds one raw value per structure under a name filters can write.
fn check_prediction_set(spec: &EncoderSpec, name: &str, normalization: Normalization) -> Result<()> {
    if spec.dim != 1 {
        return Err(Error::invalid(format!(
            "a prediction set holds one value per structure; {} gives {}",
            spec.name, spec.dim
        )));
    }
    if !crate::filter::fields::is_prediction_name(name) {
        return Err(Error::invalid(format!(
            "prediction set name {name:?}: filters read it as `_crystaldb_<name>`, so use a lower-case \
             letter then lower-case letters, digits and `_`"
        )));
    }
    if normalization != Normalization::None {
        return Err(Error::invalid("a prediction set stores raw values (no standardisation)"));
    }
    Ok(())
}

/// Encode a batch; when the batch fails, encode one by one to find the structures that fail.
fn encode_or_locate(
    encoder: &dyn Encoder,
    batch: &[Structure],
) -> Vec<std::result::Result<Vec<f32>, String>> {
    match encoder.encode(batch) {
        Ok(v) => v.into_iter().map(Ok).collect(),
        Err(_) => batch
            .iter()
            .map(|s| {
                encoder.encode(std::slice::from_ref(s)).map(|mut v| v.remove(0)).map_err(|e| e.to_string())
            })
            .collect(),
    }
}

fn check_vector(spec: &EncoderSpec, id: &str, v: &[f32]) -> Result<()> {
    if v.len() != spec.dim {
        return Err(Error::invalid(format!(
            "encoder {} returned {} values for {id}, its dimension is {}",
            spec.name,
            v.len(),
            spec.dim
        )));
    }
    if let Some(i) = v.iter().position(|x| !x.is_finite()) {
        return Err(Error::invalid(format!(
            "encoder {} returned a non-finite value for {id} at {i}",
            spec.name
        )));
    }
    Ok(())
}

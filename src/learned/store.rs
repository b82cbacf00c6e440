//! Trained weights in the database: `weights/<name>.cdbw` plus a catalog entry.
//!
//! The file is written atomically (temporary name, fsync, rename, fsync the directory) before the
//! catalog entry ([`WeightsInfo`], JSON in the redb table `learned_weights`, created on first use;
//! a catalog without it has no weights) is committed, so the catalog never names a missing file.
//! Loading checks the file against the checksum recorded in the catalog.

use super::config::{GraphConfig, RANDOM_WEIGHTS};
use super::encoder::GraphEncoder;
use super::weights::WeightStore;
use crate::catalog::{from_json, to_json};
use crate::db::{now, Database};
use crate::encode::Encoder;
use crate::error::{Error, Result};
use redb::{ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Directory of weights files inside the database directory.
pub const WEIGHTS_DIR: &str = "weights";

/// `learned_weights`: weights name -> JSON [`WeightsInfo`].
pub(crate) const LEARNED_WEIGHTS: TableDefinition<&str, &str> = TableDefinition::new("learned_weights");

/// Provenance of stored weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightsInfo {
    /// Name (`weights=NAME`).
    pub name: String,
    /// Encoder registry name (`graph`).
    pub encoder: String,
    /// [`WeightStore::checksum`] of the encoder tensors (the embedding sets' weights checksum).
    pub checksum: String,
    /// File under the database directory.
    pub file: String,
    /// Architecture (its `seed` is the training seed).
    pub config: GraphConfig,
    /// Training objective (`supervised`, `infonce`, ...).
    pub objective: String,
    /// Target column of a supervised objective.
    pub target: Option<String>,
    /// Structure version (data version) the weights were trained on.
    pub structure_version: u64,
    /// Epochs run.
    pub epochs: usize,
    /// Epoch whose weights were kept (best validation metric), 1-based.
    pub best_epoch: usize,
    /// Mean training loss per epoch.
    pub train_losses: Vec<f64>,
    /// Validation metric per epoch.
    pub val_metrics: Vec<f64>,
    /// What the validation metric is (e.g. `mae`, `loss`).
    pub val_metric_name: String,
    /// Structures used for training and validation.
    pub train_count: usize,
    /// Structures held out for validation.
    pub val_count: usize,
    /// Number of encoder parameters.
    pub num_params: usize,
    /// Training options as given (JSON).
    pub options: serde_json::Value,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
}

/// Check a weights name: 1–64 characters of `[A-Za-z0-9_.-]`, not starting with `.`, not
/// `random`.
pub fn validate_weights_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    if !ok {
        return Err(Error::invalid(format!(
            "weights name {name:?}: use 1-64 characters of letters, digits, '_', '.', '-' (not starting with '.')"
        )));
    }
    if name == RANDOM_WEIGHTS {
        return Err(Error::invalid("weights name \"random\" is reserved for the random initialisation"));
    }
    Ok(())
}

impl Database {
    /// Store trained encoder weights under `info.name` (file, then catalog entry). `info.file`,
    /// `info.checksum`, `info.num_params` and `info.created_at` are filled in here. An error
    /// when the name is taken.
    pub fn save_weights(&self, mut info: WeightsInfo, store: &WeightStore) -> Result<WeightsInfo> {
        validate_weights_name(&info.name)?;
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write.lock().map_err(|_| Error::Catalog("writer mutex poisoned".into()))?;
        if self.weights_list()?.iter().any(|w| w.name == info.name) {
            return Err(Error::invalid(format!(
                "weights {} already exist in {}; choose another name",
                info.name,
                inner.dir.display()
            )));
        }
        info.checksum = store.checksum();
        info.num_params = store.num_params();
        info.file = format!("{WEIGHTS_DIR}/{}.cdbw", info.name);
        info.created_at = now();
        let dir = inner.dir.join(WEIGHTS_DIR);
        crate::shard::create_dir_durable(&dir)?;
        let extra = serde_json::json!({"name": info.name, "objective": info.objective});
        write_atomic(&inner.dir.join(&info.file), &store.to_bytes(&info.config, extra))?;
        let tx = writer.begin_write()?;
        tx.open_table(LEARNED_WEIGHTS)?.insert(info.name.as_str(), to_json(&info)?.as_str())?;
        tx.commit()?;
        Ok(info)
    }

    /// Every stored weights entry, by name.
    pub fn weights_list(&self) -> Result<Vec<WeightsInfo>> {
        let tx = self.inner.catalog.begin_read()?;
        let table = match tx.open_table(LEARNED_WEIGHTS) {
            Ok(t) => t,
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(vec![]),
            Err(e) => return Err(e.into()),
        };
        let mut out = Vec::new();
        for item in table.iter()? {
            let (_, v) = item?;
            out.push(from_json(v.value())?);
        }
        Ok(out)
    }

    /// The catalog entry of weights `name`.
    pub fn weights_info(&self, name: &str) -> Result<WeightsInfo> {
        self.weights_list()?.into_iter().find(|w| w.name == name).ok_or_else(|| {
            let known: Vec<String> =
                self.weights_list().unwrap_or_default().into_iter().map(|w| w.name).collect();
            Error::Missing(format!(
                "weights {name:?} in {} (stored weights: {}; weights=random needs none)",
                self.inner.dir.display(),
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            ))
        })
    }

    /// Load weights `name`, checked against the catalog's checksum.
    pub fn load_weights(&self, name: &str) -> Result<(WeightsInfo, WeightStore)> {
        let info = self.weights_info(name)?;
        let path: PathBuf = self.inner.dir.join(&info.file);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let (store, _, _) = WeightStore::from_bytes(&bytes, &path)?;
        if store.checksum() != info.checksum {
            return Err(Error::Corrupt {
                path,
                message: format!(
                    "weights checksum {} differs from the catalog's {}",
                    store.checksum(),
                    info.checksum
                ),
            });
        }
        Ok((info, store))
    }

    /// The graph encoder with stored weights `name`.
    pub fn graph_encoder(&self, name: &str) -> Result<GraphEncoder> {
        let (info, store) = self.load_weights(name)?;
        let mut provenance = BTreeMap::from([
            ("weights_objective".to_string(), info.objective.clone()),
            ("weights_structure_version".to_string(), info.structure_version.to_string()),
            ("weights_epochs".to_string(), info.epochs.to_string()),
            ("weights_checksum".to_string(), info.checksum.clone()),
        ]);
        if let Some(t) = &info.target {
            provenance.insert("weights_target".to_string(), t.clone());
        }
        Ok(GraphEncoder::with_weights(info.config, name, store).with_provenance(provenance))
    }

    /// Build encoder `name` from string parameters, with access to this database: like
    /// [`crate::encode::build_encoder`], and for `graph` with `weights=NAME` the stored weights
    /// (architecture parameters given next to `weights` must match the stored ones).
    pub fn encoder(&self, name: &str, params: &BTreeMap<String, String>) -> Result<Box<dyn Encoder>> {
        if name != super::NAME {
            return crate::encode::build_encoder(name, params);
        }
        let (given, weights) = GraphConfig::from_params(params)?;
        if weights == RANDOM_WEIGHTS {
            return Ok(Box::new(GraphEncoder::random(given)));
        }
        let enc = self.graph_encoder(&weights)?;
        // Parameters given explicitly must agree with the weights' architecture.
        let mut merged = enc.config().to_params(&weights);
        for (k, v) in params {
            merged.insert(k.clone(), v.clone());
        }
        let (asked, _) = GraphConfig::from_params(&merged)?;
        if asked != *enc.config() {
            enc.config().check_same_architecture(&asked, &format!("weights {weights}"))?;
            return Err(Error::invalid(format!(
                "weights {weights} were trained with seed {}; leave seed out or give that value",
                enc.config().seed
            )));
        }
        Ok(Box::new(enc))
    }
}

fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().expect("file in a directory");
    let tmp = dir.join(format!(".tmp-{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("weights")));
    let mut f = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    f.write_all(bytes).map_err(|e| Error::io(&tmp, e))?;
    f.sync_all().map_err(|e| Error::io(&tmp, e))?;
    drop(f);
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
    crate::shard::sync_dir(dir)
}

/// Write `bytes` to `path` atomically (for checkpoints).
pub fn write_file_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes)
}

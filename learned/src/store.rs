//! Trained weights in the database: `weights/<name>.cdbw` plus a catalog entry, through the
//! core's [`Weights`](crystaldb::Weights) handle.
//!
//! The catalog entry is a [`WeightsInfo`] as JSON; the core writes the file atomically before it
//! commits the entry, so the catalog never names a missing file. Loading checks the file against
//! the checksum recorded in the catalog. [`LearnedDatabase`] adds the learned verbs (save, list,
//! load weights; train) to [`Database`].

use super::config::{GraphConfig, RANDOM_WEIGHTS};
use super::encoder::GraphEncoder;
use super::train::{TrainOptions, TrainProgress, TrainReport};
use super::weights::WeightStore;
use crystaldb::encode::Encoder;
use crystaldb::{Database, Error, Result, Weights};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crystaldb::WEIGHTS_DIR;

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

/// The learned verbs of a [`Database`]: stored weights and training. `use
/// crystaldb_learned::LearnedDatabase;` brings them into scope.
pub trait LearnedDatabase {
    /// Store trained encoder weights under `info.name` (file, then catalog entry). `info.file`,
    /// `info.checksum`, `info.num_params` and `info.created_at` are filled in here. An error
    /// when the name is taken.
    fn save_weights(&self, info: WeightsInfo, store: &WeightStore) -> Result<WeightsInfo>;
    /// Every stored weights entry, by name.
    fn weights_list(&self) -> Result<Vec<WeightsInfo>>;
    /// The catalog entry of weights `name`.
    fn weights_info(&self, name: &str) -> Result<WeightsInfo>;
    /// Load weights `name`, checked against the catalog's checksum.
    fn load_weights(&self, name: &str) -> Result<(WeightsInfo, WeightStore)>;
    /// The graph encoder with stored weights `name`.
    fn graph_encoder(&self, name: &str) -> Result<GraphEncoder>;
    /// Train on the newest structure version and store the weights as `name` (see
    /// [`train`](crate::train())); the entry records objective, target, data version, epochs and
    /// losses.
    fn train(
        &self,
        name: &str,
        options: &TrainOptions,
        progress: Option<&TrainProgress>,
    ) -> Result<TrainReport>;
}

impl LearnedDatabase for Database {
    fn save_weights(&self, mut info: WeightsInfo, store: &WeightStore) -> Result<WeightsInfo> {
        validate_weights_name(&info.name)?;
        info.checksum = store.checksum();
        info.num_params = store.num_params();
        info.file = Weights::file_of(&info.name);
        info.created_at = now();
        let extra = serde_json::json!({"name": info.name, "objective": info.objective});
        let entry =
            serde_json::to_string(&info).map_err(|e| Error::invalid(format!("weights entry: {e}")))?;
        self.weights().save(&info.name, &store.to_bytes(&info.config, extra), &entry)?;
        Ok(info)
    }

    fn weights_list(&self) -> Result<Vec<WeightsInfo>> {
        self.weights()
            .entries()?
            .into_iter()
            .map(|(name, json)| {
                serde_json::from_str(&json).map_err(|e| Error::Catalog(format!("weights entry {name}: {e}")))
            })
            .collect()
    }

    fn weights_info(&self, name: &str) -> Result<WeightsInfo> {
        let all = self.weights_list()?;
        let known: Vec<String> = all.iter().map(|w| w.name.clone()).collect();
        all.into_iter().find(|w| w.name == name).ok_or_else(|| {
            Error::Missing(format!(
                "weights {name:?} in {} (stored weights: {}; weights=random needs none)",
                self.weights().database_dir().display(),
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            ))
        })
    }

    fn load_weights(&self, name: &str) -> Result<(WeightsInfo, WeightStore)> {
        let info = self.weights_info(name)?;
        let (path, bytes) = self.weights().read_file(&info.file)?;
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

    fn graph_encoder(&self, name: &str) -> Result<GraphEncoder> {
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

    fn train(
        &self,
        name: &str,
        options: &TrainOptions,
        progress: Option<&TrainProgress>,
    ) -> Result<TrainReport> {
        super::train::train_in(self, name, options, progress)
    }
}

/// Build the graph encoder from string parameters (the registry's factory): `weights=random`
/// needs no database; `weights=NAME` loads the stored weights from `db` (architecture
/// parameters given next to `weights` must match the stored ones).
pub(crate) fn build_graph_encoder(
    params: &BTreeMap<String, String>,
    db: Option<&Database>,
) -> Result<Box<dyn Encoder>> {
    let (given, weights) = GraphConfig::from_params(params)?;
    if weights == RANDOM_WEIGHTS {
        return Ok(Box::new(GraphEncoder::random(given)));
    }
    let Some(db) = db else {
        return Err(Error::invalid(format!(
            "graph: weights={weights} are stored in a database; build the encoder with Database::encoder \
             (weights=random needs none)"
        )));
    };
    let enc = db.graph_encoder(&weights)?;
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

fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

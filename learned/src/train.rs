//! The training loop: "fit these weights to this objective on these crystals".
//!
//! [`train`] works on structures in memory; [`Database::train`] reads the newest structure
//! version (and the target column), trains and stores the weights ([`Database::save_weights`]).
//!
//! A seeded shuffle holds out `val_fraction` of the crystals for validation. Each epoch visits
//! the training crystals in a seeded order in batches of `batch_size`, one Adam step per batch;
//! then the validation metric is computed (supervised: MAE in the target's units; otherwise the
//! objective's loss with a fixed seed, so epochs are comparable). The weights of the best epoch
//! are kept; training stops after `patience` epochs without improvement (0: never). With a
//! `checkpoint` path, the state after every epoch is written there (atomically); `resume`
//! continues from it (the optimiser's moment estimates restart, so a resumed run is close to,
//! not bit-identical with, an uninterrupted one). Everything random comes from `config.seed`:
//! the same data, options and seed give the same weights checksum (within one machine and
//! thread count; `learned::tests` checks it).

use super::config::GraphConfig;
use super::graph::CrystalGraph;
use super::objective::{
    batch_loss, random_head, supervised_predictions, Example, Objective, ObjectiveOptions, Trainable,
};
use super::rng::SeededRng;
use super::store::{LearnedDatabase, WeightsInfo};
use super::weights::{values, WeightStore};
use super::{inference_device, training_device, NAME};
use burn::optim::{AdamConfig, GradientsParams};
use crystaldb::structure::compare::{same_crystal, MatchTolerance};
use crystaldb::structure::Structure;
use crystaldb::write_file_atomic;
use crystaldb::Database;
use crystaldb::Properties;
use crystaldb::{Error, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

/// Settings of a training run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainOptions {
    /// Objective.
    pub objective: Objective,
    /// Target column (`supervised`): `formation_energy_per_atom`, `band_gap`,
    /// `energy_above_hull`, `total_energy_per_atom`, `volume`, `density`, `volume_per_atom`.
    pub target: Option<String>,
    /// Architecture and seed.
    pub config: GraphConfig,
    /// Objective settings.
    pub objective_options: ObjectiveOptions,
    /// Largest number of epochs (default 30).
    pub epochs: usize,
    /// Crystals per batch (default 32).
    pub batch_size: usize,
    /// Adam learning rate (default 1e-3).
    pub learning_rate: f64,
    /// Fraction held out for validation (default 0.1).
    pub val_fraction: f64,
    /// Epochs without improvement before stopping; 0 never stops early (default 5).
    pub patience: usize,
    /// Use at most this many crystals (a seeded sample), all by default.
    pub limit: Option<usize>,
    /// [`Database::train`] only: train on the rows with these ids (e.g. the training side of a
    /// held-out-chemistry split, so that no test chemistry is seen), every row by default.
    /// [`train`] itself ignores it: it trains on the structures it is given.
    #[serde(skip)]
    pub ids: Option<Arc<BTreeSet<String>>>,
    /// Count and SHA-256 of `ids` (`"N:hex"`), set by [`Database::train`]: recorded with the
    /// weights and compared when a run resumes.
    #[serde(default)]
    pub ids_digest: Option<String>,
    /// Leave out crystals with more sites than this (default 200).
    pub max_sites: usize,
    /// Checkpoint file written after every epoch.
    pub checkpoint: Option<PathBuf>,
    /// Continue from `checkpoint`.
    pub resume: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            objective: Objective::Supervised,
            target: None,
            config: GraphConfig::default(),
            objective_options: ObjectiveOptions::default(),
            epochs: 30,
            batch_size: 32,
            learning_rate: 1e-3,
            val_fraction: 0.1,
            patience: 5,
            limit: None,
            ids: None,
            ids_digest: None,
            max_sites: 200,
            checkpoint: None,
            resume: false,
        }
    }
}

/// Progress of a run.
#[derive(Debug, Clone, PartialEq)]
pub enum TrainEvent {
    /// A batch finished (`batch` of `batches`, 1-based) in epoch `epoch` (1-based).
    Batch {
        /// Epoch.
        epoch: usize,
        /// Batch.
        batch: usize,
        /// Batches per epoch.
        batches: usize,
    },
    /// An epoch finished.
    Epoch {
        /// Epoch (1-based).
        epoch: usize,
        /// Mean training loss.
        train_loss: f64,
        /// Validation metric.
        val_metric: f64,
    },
}

/// Progress callback.
pub type TrainProgress = Arc<dyn Fn(&TrainEvent) + Send + Sync>;

/// What a run produced.
#[derive(Debug, Clone)]
pub struct TrainOutcome {
    /// Encoder weights of the best epoch.
    pub encoder: WeightStore,
    /// Head weights of the best epoch.
    pub head: WeightStore,
    /// Epochs run in total (resumed ones included).
    pub epochs: usize,
    /// Best epoch (1-based).
    pub best_epoch: usize,
    /// Mean training loss per epoch.
    pub train_losses: Vec<f64>,
    /// Validation metric per epoch.
    pub val_metrics: Vec<f64>,
    /// `mae` (supervised, target units) or `loss`.
    pub val_metric_name: String,
    /// Training crystals.
    pub train_count: usize,
    /// Validation crystals.
    pub val_count: usize,
    /// Target mean and standard deviation (supervised).
    pub target_scale: Option<(f64, f64)>,
    /// Epoch the run resumed after, if it resumed.
    pub resumed_after: Option<usize>,
    /// Whether early stopping ended the run.
    pub stopped_early: bool,
}

#[derive(Serialize, Deserialize)]
struct CheckpointState {
    options: TrainOptions,
    epoch: usize,
    train_losses: Vec<f64>,
    val_metrics: Vec<f64>,
    best_epoch: usize,
    best_val: f64,
}

/// Target of a row by column name.
fn target_of(row: &crystaldb::StructureRow, column: &str) -> Result<Option<f64>> {
    let p = &row.properties;
    Ok(match column {
        "volume" => Some(row.volume),
        "density" => Some(row.density),
        "volume_per_atom" => Some(row.volume / row.structure.num_atoms().max(1e-12)),
        other => match Properties::NAMES.iter().position(|n| *n == other) {
            Some(k) => p.values()[k],
            None => {
                return Err(Error::invalid(format!(
                    "unknown target column {other:?}; numeric columns: {}, volume, density, volume_per_atom",
                    Properties::NAMES.join(", ")
                )))
            }
        },
    })
}

/// Hard negative of each structure: another structure with the same reduced formula that is not
/// the same crystal (first found in a seeded order; at most 8 candidates compared).
pub fn mine_hard_negatives(structures: &[Structure], seed: u64) -> Vec<Option<usize>> {
    let mut by_formula: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in structures.iter().enumerate() {
        by_formula.entry(s.composition().reduced_formula()).or_default().push(i);
    }
    let tol = MatchTolerance::default();
    (0..structures.len())
        .into_par_iter()
        .map(|i| {
            let group = &by_formula[&structures[i].composition().reduced_formula()];
            let mut candidates: Vec<usize> = group.iter().copied().filter(|&j| j != i).collect();
            SeededRng::derived(seed, 5000 + i as u64).shuffle(&mut candidates);
            candidates.into_iter().take(8).find(|&j| !same_crystal(&structures[i], &structures[j], &tol))
        })
        .collect()
}

/// The distinct elements (atomic numbers, ascending) of each structure.
pub fn element_sets(structures: &[Structure]) -> Vec<Vec<u8>> {
    structures
        .iter()
        .map(|s| {
            let mut z = s.species();
            z.sort_unstable();
            z.dedup();
            z
        })
        .collect()
}

/// One epoch's order with chemistry batches (`elements` from [`element_sets`]): `order` (already shuffled) stably sorted by each
/// crystal's elements ranked under a random element priority (so crystals sharing the
/// first-ranked elements sit together), cut into batches of `batch_size`, batches shuffled.
pub fn chemistry_order(
    elements: &[Vec<u8>],
    mut order: Vec<usize>,
    batch_size: usize,
    rng: &mut SeededRng,
) -> Vec<usize> {
    let mut priority: Vec<u16> = (0..256).collect();
    rng.shuffle(&mut priority);
    let key = |i: usize| {
        let mut k: Vec<u16> = elements[i].iter().map(|&z| priority[usize::from(z)]).collect();
        k.sort_unstable();
        k
    };
    order.sort_by_cached_key(|&i| key(i));
    let mut batches: Vec<&[usize]> = order.chunks(batch_size.max(1)).collect();
    rng.shuffle(&mut batches);
    batches.concat()
}

/// Train on `structures` (with `targets` for `supervised`, one per structure).
pub fn train(
    structures: &[Structure],
    targets: Option<&[f64]>,
    options: &TrainOptions,
    progress: Option<&TrainProgress>,
) -> Result<TrainOutcome> {
    let config = &options.config;
    let objective = options.objective;
    if options.epochs == 0 || options.batch_size == 0 {
        return Err(Error::invalid("epochs and batch size must be at least 1"));
    }
    options.objective_options.validate()?;
    if !(options.learning_rate.is_finite() && options.learning_rate > 0.0) {
        return Err(Error::invalid(format!(
            "the learning rate must be a positive number, got {}",
            options.learning_rate
        )));
    }
    if !(0.0..1.0).contains(&options.val_fraction) {
        return Err(Error::invalid(format!(
            "the validation fraction must be in [0, 1), got {}",
            options.val_fraction
        )));
    }
    if objective.contrastive() && options.batch_size < 2 {
        return Err(Error::invalid("contrastive objectives need a batch size of at least 2"));
    }
    if objective == Objective::Supervised && targets.is_none() {
        return Err(Error::invalid("the supervised objective needs a target column"));
    }
    let n = structures.len();
    if n < 2 {
        return Err(Error::invalid(format!("training needs at least 2 structures, got {n}")));
    }
    let graphs: Vec<CrystalGraph> = structures
        .par_iter()
        .map(|s| CrystalGraph::new(s, config.cutoff, config.max_neighbors))
        .collect::<Result<_>>()?;
    let target_scale = targets.map(|t| {
        let mean = t.iter().sum::<f64>() / t.len() as f64;
        let sd = (t.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / t.len() as f64).sqrt().max(1e-6);
        (mean, sd)
    });
    let hard = if objective.contrastive() && options.objective_options.hard_negatives {
        mine_hard_negatives(structures, config.seed)
    } else {
        vec![None; n]
    };
    let examples: Vec<Example> = structures
        .iter()
        .zip(graphs)
        .enumerate()
        .map(|(i, (s, graph))| Example {
            structure: s.clone(),
            graph,
            target: targets.zip(target_scale).map(|(t, (m, sd))| ((t[i] - m) / sd) as f32),
            hard_negative: hard[i],
        })
        .collect();

    let elements = element_sets(structures);

    // Seeded split.
    let mut order: Vec<usize> = (0..n).collect();
    SeededRng::derived(config.seed, 3).shuffle(&mut order);
    let n_val = if options.val_fraction > 0.0 {
        ((n as f64 * options.val_fraction).round() as usize).clamp(1, n - 1)
    } else {
        0
    };
    let (val_idx, train_idx) = order.split_at(n_val);
    let (mut val_idx, train_idx) = (val_idx.to_vec(), train_idx.to_vec());
    val_idx.sort_unstable();
    if objective.contrastive() && train_idx.len() < 2 {
        return Err(Error::invalid("contrastive objectives need at least 2 training structures"));
    }

    let device = training_device();
    let mut net_store = WeightStore::random_graph(config);
    let mut head_store = random_head(objective, &options.objective_options, config);
    let mut state = CheckpointState {
        options: options.clone(),
        epoch: 0,
        train_losses: vec![],
        val_metrics: vec![],
        best_epoch: 0,
        best_val: f64::INFINITY,
    };
    let mut best = (net_store.clone(), head_store.clone());
    let mut resumed_after = None;
    if options.resume {
        let path =
            options.checkpoint.as_ref().ok_or_else(|| Error::invalid("--resume needs a checkpoint path"))?;
        if path.exists() {
            let (loaded, best_loaded, s) = read_checkpoint(path)?;
            let mut mine = options.clone();
            mine.epochs = s.options.epochs;
            mine.resume = s.options.resume;
            mine.patience = s.options.patience;
            mine.ids = None;
            if mine != s.options {
                return Err(Error::invalid(format!(
                    "checkpoint {} was written with other options; resume with the same ones",
                    path.display()
                )));
            }
            net_store = loaded.with_prefix_removed("net.");
            head_store = loaded.with_prefix_removed("head.");
            best = (best_loaded.with_prefix_removed("net."), best_loaded.with_prefix_removed("head."));
            resumed_after = Some(s.epoch);
            state = CheckpointState { options: options.clone(), ..s };
        }
    }

    let mut model = Trainable::from_stores(config, &net_store, &head_store, &device)?;
    let mut optim = AdamConfig::new().init();
    let batches = train_idx.len().div_ceil(options.batch_size);
    let mut bad_epochs = state.val_metrics.len().saturating_sub(state.best_epoch);
    let mut stopped_early = options.patience > 0 && bad_epochs >= options.patience;
    while state.epoch < options.epochs && !stopped_early {
        let epoch = state.epoch + 1;
        let mut epoch_order = train_idx.clone();
        SeededRng::derived(config.seed, 1000 + epoch as u64).shuffle(&mut epoch_order);
        if objective.contrastive() && options.objective_options.chemistry_batches {
            let mut rng = SeededRng::derived(config.seed, 4000 + epoch as u64);
            epoch_order = chemistry_order(&elements, epoch_order, options.batch_size, &mut rng);
        }
        let mut rng = SeededRng::derived(config.seed, 2000 + epoch as u64);
        let mut loss_sum = 0.0;
        let mut count = 0usize;
        for (k, chunk) in epoch_order.chunks(options.batch_size).enumerate() {
            if objective.contrastive() && chunk.len() < 2 {
                continue;
            }
            crystaldb::interrupt::check()?;
            let loss = batch_loss(
                &model,
                objective,
                &options.objective_options,
                config,
                &examples,
                chunk,
                &mut rng,
                &device,
            )?;
            let lv = f64::from(values(loss.clone())[0]);
            if !lv.is_finite() {
                return Err(Error::invalid(format!("{NAME} training diverged: loss {lv} in epoch {epoch}")));
            }
            let grads = GradientsParams::from_grads(loss.backward(), &model);
            model = optim.step(options.learning_rate, model, grads);
            loss_sum += lv * chunk.len() as f64;
            count += chunk.len();
            if let Some(p) = progress {
                p(&TrainEvent::Batch { epoch, batch: k + 1, batches });
            }
        }
        let train_loss = loss_sum / count.max(1) as f64;
        let (net_now, head_now) = model.to_stores();
        let val_metric =
            validate(objective, options, &examples, &val_idx, &net_now, &head_now, target_scale)?;
        state.epoch = epoch;
        state.train_losses.push(train_loss);
        state.val_metrics.push(val_metric);
        if val_metric < state.best_val || state.best_epoch == 0 {
            state.best_val = val_metric;
            state.best_epoch = epoch;
            best = (net_now.clone(), head_now.clone());
            bad_epochs = 0;
        } else {
            bad_epochs += 1;
        }
        stopped_early = options.patience > 0 && bad_epochs >= options.patience && epoch < options.epochs;
        if let Some(path) = &options.checkpoint {
            write_checkpoint(path, config, &net_now, &head_now, &best, &state)?;
        }
        if let Some(p) = progress {
            p(&TrainEvent::Epoch { epoch, train_loss, val_metric });
        }
    }
    Ok(TrainOutcome {
        encoder: best.0,
        head: best.1,
        epochs: state.epoch,
        best_epoch: state.best_epoch,
        train_losses: state.train_losses,
        val_metrics: state.val_metrics,
        val_metric_name: if objective == Objective::Supervised { "mae" } else { "loss" }.to_string(),
        train_count: train_idx.len(),
        val_count: val_idx.len(),
        target_scale,
        resumed_after,
        stopped_early,
    })
}

/// The validation metric (see the module documentation); 0 when nothing is held out.
fn validate(
    objective: Objective,
    options: &TrainOptions,
    examples: &[Example],
    val_idx: &[usize],
    net: &WeightStore,
    head: &WeightStore,
    target_scale: Option<(f64, f64)>,
) -> Result<f64> {
    if val_idx.is_empty() {
        return Ok(0.0);
    }
    let config = &options.config;
    let device = inference_device();
    let model = Trainable::from_stores(config, net, head, &device)?;
    let bs = options.batch_size.max(2);
    if objective == Objective::Supervised {
        let sd = target_scale.map_or(1.0, |s| s.1);
        let mut err = 0.0;
        for chunk in val_idx.chunks(bs) {
            let graphs: Vec<&CrystalGraph> = chunk.iter().map(|&i| &examples[i].graph).collect();
            let pred = supervised_predictions(&model, config, &graphs, &device);
            for (p, &i) in pred.iter().zip(chunk) {
                let t = f64::from(examples[i].target.unwrap_or(0.0));
                err += (f64::from(*p) - t).abs() * sd;
            }
        }
        return Ok(err / val_idx.len() as f64);
    }
    let mut rng = SeededRng::derived(config.seed, 4);
    let mut sum = 0.0;
    let mut count = 0usize;
    for chunk in val_idx.chunks(bs) {
        if objective.contrastive() && chunk.len() < 2 {
            continue;
        }
        let loss = batch_loss(
            &model,
            objective,
            &options.objective_options,
            config,
            examples,
            chunk,
            &mut rng,
            &device,
        )?;
        sum += f64::from(values(loss)[0]) * chunk.len() as f64;
        count += chunk.len();
    }
    Ok(if count == 0 { 0.0 } else { sum / count as f64 })
}

fn write_checkpoint(
    path: &std::path::Path,
    config: &GraphConfig,
    net: &WeightStore,
    head: &WeightStore,
    best: &(WeightStore, WeightStore),
    state: &CheckpointState,
) -> Result<()> {
    let mut store = WeightStore::default();
    store.extend_prefixed("net.", net);
    store.extend_prefixed("head.", head);
    store.extend_prefixed("best.net.", &best.0);
    store.extend_prefixed("best.head.", &best.1);
    let extra = serde_json::to_value(state).map_err(|e| Error::invalid(e.to_string()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crystaldb::create_dir_durable(dir)?;
    }
    write_file_atomic(path, &store.to_bytes(config, extra))
}

fn read_checkpoint(path: &std::path::Path) -> Result<(WeightStore, WeightStore, CheckpointState)> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let (store, _, extra) = WeightStore::from_bytes(&bytes, path)?;
    let state: CheckpointState = serde_json::from_value(extra).map_err(|e| Error::Corrupt {
        path: path.to_path_buf(),
        message: format!("bad checkpoint state: {e}"),
    })?;
    let current = WeightStore {
        tensors: store
            .tensors
            .iter()
            .filter(|(k, _)| !k.starts_with("best."))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    };
    Ok((current, store.with_prefix_removed("best."), state))
}

/// `"N:sha256"` of a set of ids (in their sorted order, each followed by a newline).
fn ids_digest(ids: &BTreeSet<String>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for id in ids {
        h.update(id.as_bytes());
        h.update(b"\n");
    }
    format!("{}:{}", ids.len(), crystaldb::encode::hex(&h.finalize()))
}

/// What [`Database::train`] stored.
#[derive(Debug, Clone)]
pub struct TrainReport {
    /// The stored weights' catalog entry.
    pub info: WeightsInfo,
    /// The run.
    pub outcome: TrainOutcome,
    /// Crystals left out (no target value, or more than `max_sites` sites).
    pub skipped: usize,
}

/// [`LearnedDatabase::train`](crate::LearnedDatabase::train).
pub(crate) fn train_in(
    db: &Database,
    name: &str,
    options: &TrainOptions,
    progress: Option<&TrainProgress>,
) -> Result<TrainReport> {
    super::store::validate_weights_name(name)?;
    if db.weights_list()?.iter().any(|w| w.name == name) {
        return Err(Error::invalid(format!("weights {name} already exist; choose another name")));
    }
    let mut options = options.clone();
    options.ids_digest = options.ids.as_deref().map(ids_digest);
    let options = &options;
    let snapshot = db.snapshot()?;
    let mut structures = Vec::new();
    let mut targets = Vec::new();
    let mut skipped = 0;
    let mut seen = BTreeSet::new();
    for row in snapshot.rows()? {
        let row = row?;
        if let Some(ids) = &options.ids {
            if !ids.contains(&row.id) {
                continue;
            }
            seen.insert(row.id.clone());
        }
        let t = match (&options.target, options.objective) {
            (Some(col), Objective::Supervised) => match target_of(&row, col)? {
                Some(v) if v.is_finite() => Some(v),
                _ => {
                    skipped += 1;
                    continue;
                }
            },
            (None, Objective::Supervised) => {
                return Err(Error::invalid("the supervised objective needs --target COLUMN"))
            }
            _ => None,
        };
        if row.structure.nsites() > options.max_sites {
            skipped += 1;
            continue;
        }
        structures.push(row.structure);
        targets.extend(t);
    }
    if let Some(ids) = &options.ids {
        if seen.len() < ids.len() {
            let missing: Vec<&String> = ids.difference(&seen).take(3).collect();
            return Err(Error::invalid(format!(
                "{} of the {} training ids are not in version {} (e.g. {})",
                ids.len() - seen.len(),
                ids.len(),
                snapshot.version(),
                missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            )));
        }
    }
    if let Some(limit) = options.limit.filter(|l| *l < structures.len()) {
        let mut idx: Vec<usize> = (0..structures.len()).collect();
        SeededRng::derived(options.config.seed, 6).shuffle(&mut idx);
        idx.truncate(limit);
        idx.sort_unstable();
        structures = idx.iter().map(|&i| structures[i].clone()).collect();
        if !targets.is_empty() {
            targets = idx.iter().map(|&i| targets[i]).collect();
        }
    }
    let targets = (options.objective == Objective::Supervised).then_some(targets.as_slice());
    let outcome = train(&structures, targets, options, progress)?;
    let info = WeightsInfo {
        name: name.to_string(),
        encoder: NAME.to_string(),
        checksum: String::new(),
        file: String::new(),
        config: options.config.clone(),
        objective: options.objective.as_str().to_string(),
        target: options.target.clone().filter(|_| options.objective == Objective::Supervised),
        structure_version: snapshot.version(),
        epochs: outcome.epochs,
        best_epoch: outcome.best_epoch,
        train_losses: outcome.train_losses.clone(),
        val_metrics: outcome.val_metrics.clone(),
        val_metric_name: outcome.val_metric_name.clone(),
        train_count: outcome.train_count,
        val_count: outcome.val_count,
        num_params: 0,
        options: serde_json::to_value(options).unwrap_or_default(),
        created_at: 0,
    };
    let info = db.save_weights(info, &outcome.encoder)?;
    Ok(TrainReport { info, outcome, skipped })
}

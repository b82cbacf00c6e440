//! `crystaldb train`: train a learned encoder on a database and store its weights there.

use super::embed::parse_pairs;
use super::Output;
use anyhow::{bail, Context, Result};
use crystaldb::learned::{GraphConfig, Objective, TrainEvent, TrainOptions, TrainProgress};
use crystaldb::Database;
use serde_json::json;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Arguments of `crystaldb train`.
#[derive(Debug, Clone)]
pub struct TrainArgs {
    /// Encoder (only `graph`).
    pub encoder: String,
    /// Objective name.
    pub objective: String,
    /// Target column (supervised).
    pub target: Option<String>,
    /// Epochs.
    pub epochs: usize,
    /// Batch size.
    pub batch_size: usize,
    /// Seed.
    pub seed: u64,
    /// Weights name.
    pub name: Option<String>,
    /// Architecture KEY=VALUE.
    pub sets: Vec<String>,
    /// Learning rate.
    pub learning_rate: f64,
    /// Validation fraction.
    pub val_fraction: f64,
    /// Early-stopping patience (0 = off).
    pub patience: usize,
    /// Sample size.
    pub limit: Option<usize>,
    /// Split file (`id,side`): train on the `train` side only.
    pub split: Option<PathBuf>,
    /// Id file (one per line): train on these only.
    pub ids: Option<PathBuf>,
    /// Largest structure (sites).
    pub max_sites: usize,
    /// Checkpoint file.
    pub checkpoint: Option<PathBuf>,
    /// Resume from the checkpoint.
    pub resume: bool,
    /// InfoNCE temperature.
    pub temperature: f64,
    /// Triplet margin.
    pub margin: f64,
    /// View jitter (Å).
    pub jitter: f64,
    /// Mine hard negatives.
    pub hard_negatives: bool,
    /// Weight of infonce's per-atom term.
    pub local_weight: f64,
    /// Contrastive batches of crystals that share elements.
    pub chemistry_batches: bool,
    /// InfoNCE false-negative cancellation: nearest in-batch negatives left out per anchor.
    pub cancel_nearest: usize,
    /// Contrastive views: isotropic strain amplitude (fraction).
    pub strain: f64,
    /// Masked-atom fraction.
    pub mask_fraction: f64,
    /// Edge-mask fraction.
    pub edge_mask_fraction: f64,
    /// Denoising σ (Å).
    pub noise: f64,
}

/// The ids `--split FILE` (its `train` side) or `--ids FILE` names, if either is given.
fn training_ids(args: &TrainArgs) -> Result<Option<BTreeSet<String>>> {
    let (path, split) = match (&args.split, &args.ids) {
        (Some(p), _) => (p, true),
        (None, Some(p)) => (p, false),
        (None, None) => return Ok(None),
    };
    let flag = if split { "--split" } else { "--ids" };
    let text = std::fs::read_to_string(path).with_context(|| format!("{flag} {}", path.display()))?;
    let mut ids = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || (split && i == 0 && line == "id,side") {
            continue;
        }
        if !split {
            ids.insert(line.to_string());
            continue;
        }
        match line.rsplit_once(',') {
            Some((id, "train")) => {
                ids.insert(id.to_string());
            }
            Some((_, "test")) => {}
            _ => bail!(
                "{flag} {}: line {}: expected `id,train` or `id,test`, got {line:?}",
                path.display(),
                i + 1
            ),
        }
    }
    if ids.is_empty() {
        bail!("{flag} {}: no training ids in the file", path.display());
    }
    Ok(Some(ids))
}

/// `crystaldb train --db DIR --encoder graph --objective OBJ ...`.
pub fn run(out: &Output, db: &Path, args: &TrainArgs) -> Result<()> {
    if args.encoder != crystaldb::learned::NAME {
        bail!("--encoder {}: only the graph encoder is trained (--encoder graph)", args.encoder);
    }
    let objective = Objective::parse(&args.objective)?;
    let mut params = parse_pairs(&args.sets, "--set")?;
    if params.contains_key("seed") || params.contains_key("weights") {
        bail!("give the seed with --seed and the weights' name with --name, not with --set");
    }
    params.insert("seed".into(), args.seed.to_string());
    let (config, _) = GraphConfig::from_params(&params)?;
    let name = args.name.clone().unwrap_or_else(|| format!("{}-seed{}", objective.as_str(), args.seed));
    let database = Database::open(db)?;
    let checkpoint = args
        .checkpoint
        .clone()
        .unwrap_or_else(|| db.join(crystaldb::learned::WEIGHTS_DIR).join(format!(".{name}.checkpoint")));
    let mut options = TrainOptions {
        objective,
        target: args.target.clone(),
        config,
        epochs: args.epochs,
        batch_size: args.batch_size,
        learning_rate: args.learning_rate,
        val_fraction: args.val_fraction,
        patience: args.patience,
        limit: args.limit,
        ids: training_ids(args)?.map(Arc::new),
        max_sites: args.max_sites,
        checkpoint: Some(checkpoint.clone()),
        resume: args.resume,
        ..TrainOptions::default()
    };
    let o = &mut options.objective_options;
    o.temperature = args.temperature;
    o.margin = args.margin;
    o.jitter = args.jitter;
    o.hard_negatives = args.hard_negatives;
    o.local_weight = args.local_weight;
    o.chemistry_batches = args.chemistry_batches;
    o.cancel_nearest = args.cancel_nearest;
    o.strain = args.strain;
    o.mask_fraction = args.mask_fraction;
    o.edge_mask_fraction = args.edge_mask_fraction;
    o.noise = args.noise;

    let bar = out.progress(0, "training");
    let epochs = args.epochs;
    let json = out.json;
    let last_loss = Arc::new(Mutex::new(String::new()));
    let (pb, last) = (bar.clone(), last_loss.clone());
    let progress: TrainProgress = Arc::new(move |e: &TrainEvent| match e {
        TrainEvent::Batch { epoch, batch, batches } => {
            pb.set_length((epochs * batches) as u64);
            pb.set_position(((epoch - 1) * batches + batch) as u64);
            let l = last.lock().map(|s| s.clone()).unwrap_or_default();
            pb.set_message(format!("epoch {epoch}/{epochs}{l}"));
        }
        TrainEvent::Epoch { epoch, train_loss, val_metric } => {
            if let Ok(mut s) = last.lock() {
                *s = format!(" loss {train_loss:.4}");
            }
            if !json {
                pb.println(format!(
                    "epoch {epoch:>3}: train loss {train_loss:.5}, validation {val_metric:.5}"
                ));
            }
        }
    });
    let start = std::time::Instant::now();
    let report = database.train(&name, &options, Some(&progress))?;
    bar.finish_and_clear();
    let seconds = start.elapsed().as_secs_f64();
    // The weights are stored: the checkpoint is no longer needed.
    let _ = std::fs::remove_file(&checkpoint);
    let info = &report.info;
    let o = &report.outcome;
    if out.json {
        out.document(&json!({
            "weights": info.name,
            "encoder": info.encoder,
            "objective": info.objective,
            "target": info.target,
            "epochs": info.epochs,
            "best_epoch": info.best_epoch,
            "train_loss": info.train_losses.last(),
            "val_metric": info.val_metrics.get(info.best_epoch.saturating_sub(1)),
            "val_metric_name": info.val_metric_name,
            "train_losses": info.train_losses,
            "val_metrics": info.val_metrics,
            "checksum": info.checksum,
            "structure_version": info.structure_version,
            "train_count": info.train_count,
            "val_count": info.val_count,
            "num_params": info.num_params,
            "params": info.config.to_params(&info.name),
            "stopped_early": o.stopped_early,
            "resumed_after": o.resumed_after,
            "skipped": report.skipped,
            "options": info.options,
            "seconds": seconds,
        }));
    } else {
        println!(
            "weights {}: {} on structure version {}, {} epochs (best {}), train loss {:.5}, validation {} {:.5}, {} parameters, {:.1} s",
            info.name,
            info.objective,
            info.structure_version,
            info.epochs,
            info.best_epoch,
            info.train_losses.last().copied().unwrap_or(f64::NAN),
            info.val_metric_name,
            info.val_metrics.get(info.best_epoch.saturating_sub(1)).copied().unwrap_or(f64::NAN),
            info.num_params,
            seconds
        );
        println!(
            "use them with: crystaldb embed --db {} --encoder graph --set weights={}",
            db.display(),
            info.name
        );
    }
    Ok(())
}

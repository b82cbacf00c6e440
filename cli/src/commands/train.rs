//! `crystaldb train`: train a learned encoder on a database and store its weights there.

use super::embed::parse_pairs;
use super::Output;
use anyhow::{bail, Context, Result};
use crystaldb::Database;
use crystaldb_learned::{
    GraphConfig, LearnedDatabase, Objective, ObjectiveOptions, TrainEvent, TrainOptions, TrainProgress,
};
use serde_json::json;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Arguments of `crystaldb train` (after `--db`): the command line's flags, one field each; the
/// defaults are the library's ([`TrainOptions::default`], [`ObjectiveOptions::default`]).
#[derive(Debug, Clone, clap::Args)]
pub struct TrainArgs {
    /// Encoder to train (graph).
    #[arg(long, default_value = "graph")]
    pub encoder: String,
    /// supervised, infonce, triplet, masked-atom, edge-mask or denoise.
    #[arg(long)]
    pub objective: String,
    /// Target column of the supervised objective, e.g. formation_energy_per_atom, band_gap.
    #[arg(long)]
    pub target: Option<String>,
    /// Largest number of epochs.
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    pub epochs: usize,
    /// Crystals per batch.
    #[arg(long, default_value_t = TrainOptions::default().batch_size)]
    pub batch_size: usize,
    /// Seed of the initialisation, split, batches and augmentations.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Weights name (default: <objective>-seed<seed>); embed with --set weights=NAME.
    #[arg(long)]
    pub name: Option<String>,
    /// Architecture parameter KEY=VALUE (repeatable): hidden, layers, cutoff, max_neighbors,
    /// gaussians, element_init, pool, readout.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub sets: Vec<String>,
    /// Adam learning rate.
    #[arg(long = "lr", value_name = "LR", default_value_t = TrainOptions::default().learning_rate)]
    pub learning_rate: f64,
    /// Fraction held out (seeded) for the validation metric.
    #[arg(long, default_value_t = TrainOptions::default().val_fraction)]
    pub val_fraction: f64,
    /// Stop after this many epochs without a better validation metric (0: never).
    #[arg(long, default_value_t = TrainOptions::default().patience)]
    pub patience: usize,
    /// Train on a seeded sample of at most this many crystals.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Train only on the `train` side of a split file (`id,side` lines, as written by
    /// `crystaldb diagnose --split-out`), so the test chemistries stay unseen.
    #[arg(long, conflicts_with = "ids")]
    pub split: Option<PathBuf>,
    /// Train only on the records listed in this file (one id per line).
    #[arg(long)]
    pub ids: Option<PathBuf>,
    /// Leave out crystals with more sites than this.
    #[arg(long, default_value_t = TrainOptions::default().max_sites)]
    pub max_sites: usize,
    /// Checkpoint file (default: DIR/weights/.NAME.checkpoint, removed after success).
    #[arg(long)]
    pub checkpoint: Option<PathBuf>,
    /// Continue an interrupted run from its checkpoint.
    #[arg(long)]
    pub resume: bool,
    /// InfoNCE temperature.
    #[arg(long, default_value_t = ObjectiveOptions::default().temperature)]
    pub temperature: f64,
    /// Triplet margin (cosine distance).
    #[arg(long, default_value_t = ObjectiveOptions::default().margin)]
    pub margin: f64,
    /// Thermal jitter of contrastive views, Å (standard deviation per component).
    #[arg(long, default_value_t = ObjectiveOptions::default().jitter)]
    pub jitter: f64,
    /// Mine hard negatives (same reduced formula, other crystal) for infonce/triplet.
    #[arg(long)]
    pub hard_negatives: bool,
    /// Weight of infonce's per-atom term (same-element atoms of other crystals as negatives;
    /// 0: none).
    #[arg(long, default_value_t = ObjectiveOptions::default().local_weight)]
    pub local_weight: f64,
    /// Contrastive batches of crystals that share elements (harder in-batch negatives).
    #[arg(long)]
    pub chemistry_batches: bool,
    /// InfoNCE: leave each anchor's K most similar in-batch negatives out of its denominator
    /// (false-negative cancellation; 0: none).
    #[arg(long, default_value_t = ObjectiveOptions::default().cancel_nearest)]
    pub cancel_nearest: usize,
    /// Contrastive views: isotropic strain amplitude (fraction; each view's cell scaled by a
    /// factor in [1 - e, 1 + e]; 0: none). Not one of the four default views.
    #[arg(long, default_value_t = ObjectiveOptions::default().strain)]
    pub strain: f64,
    /// Contrastive views: fraction of each view's sites whose element is hidden behind the mask
    /// token (drawn per view; the crystal itself is unchanged; 0: none). Not one of the four
    /// default views; with 0.5, InfoNCE beats the untrained network on MP-20 space-group
    /// retrieval, without it it does not (docs/LEARNED.md).
    #[arg(long, default_value_t = ObjectiveOptions::default().view_mask)]
    pub view_mask: f64,
    /// Fraction of sites masked (masked-atom).
    #[arg(long, default_value_t = ObjectiveOptions::default().mask_fraction)]
    pub mask_fraction: f64,
    /// Fraction of bonded pairs hidden (edge-mask).
    #[arg(long, default_value_t = ObjectiveOptions::default().edge_mask_fraction)]
    pub edge_mask_fraction: f64,
    /// Displacement σ for denoise, Å.
    #[arg(long, default_value_t = ObjectiveOptions::default().noise)]
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

/// The weights' name and the training options of `args` (what `train` and the Python package's
/// `db.train(..)` run), the checkpoint path included.
pub fn options_of(db: &Path, args: &TrainArgs) -> Result<(String, TrainOptions)> {
    if args.encoder != crystaldb_learned::NAME {
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
    let checkpoint = args
        .checkpoint
        .clone()
        .unwrap_or_else(|| db.join(crystaldb_learned::WEIGHTS_DIR).join(format!(".{name}.checkpoint")));
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
        checkpoint: Some(checkpoint),
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
    o.view_mask = args.view_mask;
    o.mask_fraction = args.mask_fraction;
    o.edge_mask_fraction = args.edge_mask_fraction;
    o.noise = args.noise;
    Ok((name, options))
}

/// Train with `options` and store the weights as `name`; the `train --json` document. The
/// checkpoint is removed once the weights are stored.
pub fn train_document(
    database: &Database,
    name: &str,
    options: &TrainOptions,
    progress: Option<&TrainProgress>,
) -> Result<serde_json::Value> {
    let start = std::time::Instant::now();
    let report = database.train(name, options, progress)?;
    let seconds = start.elapsed().as_secs_f64();
    // The weights are stored: the checkpoint is no longer needed.
    if let Some(checkpoint) = &options.checkpoint {
        let _ = std::fs::remove_file(checkpoint);
    }
    let info = &report.info;
    let o = &report.outcome;
    Ok(json!({
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
    }))
}

/// `crystaldb train --db DIR --objective O ...`.
pub fn run(out: &Output, db: &Path, args: &TrainArgs) -> Result<()> {
    let (name, options) = options_of(db, args)?;
    let database = Database::open(db)?;
    let bar = out.progress(0, "training");
    let epochs = options.epochs;
    let json = out.json;
    let last_loss = Arc::new(Mutex::new(String::new()));
    let (pb, last) = (bar.clone(), last_loss.clone());
    // Without a terminal (piped, --json to a file, a notebook) the bar is hidden: lines instead.
    let lines = out.lines("training", std::time::Duration::from_secs(10));
    let progress: TrainProgress = Arc::new(move |e: &TrainEvent| match e {
        TrainEvent::Batch { epoch, batch, batches } => {
            // Saturating: `--epochs` may be huge with `--patience` meant to stop the run.
            pb.set_length(epochs.saturating_mul(*batches) as u64);
            pb.set_position((epoch - 1).saturating_mul(*batches).saturating_add(*batch) as u64);
            let l = last.lock().map(|s| s.clone()).unwrap_or_default();
            pb.set_message(format!("epoch {epoch}/{epochs}{l}"));
            lines.update(&format!("epoch {epoch}/{epochs}: batch {batch}/{batches}{l}"));
        }
        TrainEvent::Epoch { epoch, train_loss, val_metric } => {
            if let Ok(mut s) = last.lock() {
                *s = format!(" loss {train_loss:.4}");
            }
            let text = format!("epoch {epoch:>3}: train loss {train_loss:.5}, validation {val_metric:.5}");
            if !json {
                pb.println(&text);
            }
            lines.line(&text);
        }
    });
    let doc = train_document(&database, &name, &options, Some(&progress))?;
    bar.finish_and_clear();
    if out.json {
        out.document(&doc);
        return Ok(());
    }
    let num = |key: &str| doc[key].as_f64().unwrap_or(f64::NAN);
    println!(
        "weights {}: {} on structure version {}, {} epochs (best {}), train loss {:.5}, validation {} {:.5}, {} parameters, {:.1} s",
        name,
        doc["objective"].as_str().unwrap_or("-"),
        doc["structure_version"],
        doc["epochs"],
        doc["best_epoch"],
        num("train_loss"),
        doc["val_metric_name"].as_str().unwrap_or("-"),
        num("val_metric"),
        doc["num_params"],
        num("seconds")
    );
    println!("use them with: crystaldb embed --db {} --encoder graph --set weights={name}", db.display());
    Ok(())
}

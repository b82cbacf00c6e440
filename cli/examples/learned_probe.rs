//! The MP-20 experiment: do label-free pretrained graph encoders beat random-init and Magpie
//! under a linear probe, on chemistries they have never seen?
//!
//! ```text
//! cargo run -p crystaldb-cli --example learned_probe -- \
//!     [--db DIR] [--epochs 4] [--hidden 64] [--layers 3] [--attention] [--concat] [--limit N] [--batch-size 64] [--seed 0]
//!     [--objectives infonce,masked-atom,edge-mask,supervised] [--hard-negatives] [--jitter Å]
//!     [--temperature T] [--local-weight W] [--chemistry-batches] [--cancel-nearest K] [--strain ε] [--view-mask F] [--queries 2000] [--report DIR]
//!     [--pretrained]
//! ```
//!
//! 1. Ingests MP-20's binary/ternary subset (`mp/mp20_biternary_{val,test}.csv.gz` from the shared
//!    data, 14,258 crystals) into DIR (default `target/learned_probe_db`) unless it is there.
//! 2. Makes the held-out-chemistry split of `crystaldb diagnose --split chemsys` (whole chemical
//!    systems on the test side, 20 %, seeded) with the library's `split_rows`, so no test crystal
//!    shares its element set with a training crystal.
//! 3. Trains one graph encoder per objective on the training side only (`Database::train` with
//!    `TrainOptions::ids`; `supervised` on formation energy; `--limit` trains on a seeded sample
//!    of that side; `--hard-negatives` mines same-formula polymorphs as extra negatives for the
//!    contrastive objectives), times each run, stores the weights in DIR and embeds every crystal.
//! 4. Runs `Snapshot::diagnose` on those sets with the same split: ridge probes (α by inner
//!    cross-validation) at N = 100, 1,000 and all training labels for formation energy and band
//!    gap, side by side with the random-init network of the same architecture, Magpie, the ACSF
//!    structural fingerprint and the mean predictor; precision@k against space group and crystal
//!    system. For contrastive objectives, also the margin on held-out views: two views of 500
//!    test-side crystals, the trained encoder against the random-init one. Prints Markdown tables, writes `learned_probe.json` into DIR and, with `--report`,
//!    the HTML report.
//! 5. With `--pretrained`, the published foundation models join the table: CHGNet 0.3.0 (`chgnet`,
//!    the mean normalised atom feature) and CGCNN's formation-energy model (`cgcnn`), from the
//!    weights in the shared data's `models/`, each beside its random-init twin. Both were trained
//!    on Materials Project energies (CHGNet on MPtrj, CGCNN on MP formation energies), so their
//!    formation-energy column is not a label-free result.
//!
//! Every number printed is measured in the run; nothing is assumed about which encoder wins.

use anyhow::{bail, Context, Result};
use crystaldb::embedding::EmbedOptions;
use crystaldb::Database;
use crystaldb_diagnose::{split_rows, Diagnose, DiagnoseOptions, Diagnosis, SplitRule};
use crystaldb_learned::augment::ViewOptions;
use crystaldb_learned::rng::SeededRng;
use crystaldb_learned::{
    view_margin, GraphConfig, GraphEncoder, LearnedDatabase, Objective, Pool, Readout, TrainEvent,
    TrainOptions, TrainProgress,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

struct Args {
    db: PathBuf,
    epochs: usize,
    hidden: usize,
    layers: Option<usize>,
    attention: bool,
    concat: bool,
    batch_size: usize,
    limit: Option<usize>,
    seed: u64,
    queries: usize,
    objectives: Vec<Objective>,
    hard_negatives: bool,
    jitter: Option<f64>,
    temperature: Option<f64>,
    local_weight: Option<f64>,
    chemistry_batches: bool,
    cancel_nearest: Option<usize>,
    strain: Option<f64>,
    view_mask: Option<f64>,
    report: Option<PathBuf>,
    pretrained: bool,
}

fn args() -> Result<Args> {
    let mut a = Args {
        db: PathBuf::from("target/learned_probe_db"),
        epochs: 4,
        hidden: 64,
        layers: None,
        attention: false,
        concat: false,
        batch_size: 64,
        limit: None,
        seed: 0,
        queries: 2000,
        objectives: vec![
            Objective::Infonce,
            Objective::MaskedAtom,
            Objective::EdgeMask,
            Objective::Supervised,
        ],
        hard_negatives: false,
        jitter: None,
        temperature: None,
        local_weight: None,
        chemistry_batches: false,
        cancel_nearest: None,
        strain: None,
        view_mask: None,
        report: None,
        pretrained: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--db" => a.db = PathBuf::from(value()?),
            "--epochs" => a.epochs = value()?.parse()?,
            "--hidden" => a.hidden = value()?.parse()?,
            "--layers" => a.layers = Some(value()?.parse()?),
            "--attention" => a.attention = true,
            "--concat" => a.concat = true,
            "--batch-size" => a.batch_size = value()?.parse()?,
            "--limit" => a.limit = Some(value()?.parse()?),
            "--seed" => a.seed = value()?.parse()?,
            "--queries" => a.queries = value()?.parse()?,
            "--hard-negatives" => a.hard_negatives = true,
            "--jitter" => a.jitter = Some(value()?.parse()?),
            "--temperature" => a.temperature = Some(value()?.parse()?),
            "--local-weight" => a.local_weight = Some(value()?.parse()?),
            "--chemistry-batches" => a.chemistry_batches = true,
            "--cancel-nearest" => a.cancel_nearest = Some(value()?.parse()?),
            "--strain" => a.strain = Some(value()?.parse()?),
            "--view-mask" => a.view_mask = Some(value()?.parse()?),
            "--report" => a.report = Some(PathBuf::from(value()?)),
            "--pretrained" => a.pretrained = true,
            "--objectives" => {
                a.objectives = value()?.split(',').map(Objective::parse).collect::<crystaldb::Result<_>>()?
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown flag {other}\n{USAGE}"),
        }
    }
    Ok(a)
}

/// The flags, as the module documentation lists them.
const USAGE: &str =
    "usage: learned_probe [--db DIR] [--epochs 4] [--hidden 64] [--layers 3] [--attention] [--concat]
    [--limit N] [--batch-size 64] [--seed 0] [--objectives infonce,masked-atom,edge-mask,supervised]
    [--hard-negatives] [--jitter Å] [--temperature T] [--local-weight W] [--chemistry-batches]
    [--cancel-nearest K] [--strain ε] [--view-mask F] [--queries 2000] [--report DIR] [--pretrained]";

/// Held-out crystals for the contrastive margin.
const MARGIN_CRYSTALS: usize = 500;

/// MAE of one representation at one label budget, formatted for the table.
fn mae_cell(d: &Diagnosis, property: &str, representation: &str, train_size: Option<usize>) -> String {
    d.probes
        .iter()
        .find(|t| t.property == property)
        .and_then(|t| {
            t.rows.iter().find(|r| r.representation == representation && r.train_size == train_size)
        })
        .map_or("—".into(), |r| format!("{:.3}", r.probe.test.mae))
}

fn main() -> Result<()> {
    crystaldb_learned::register();
    let args = args()?;
    let Some(data) = crystaldb::testdata::find() else {
        bail!("shared data not found (set CRYSTALDB_DATA)");
    };
    let db = Database::builder().create_if_missing(true).open(&args.db)?;
    if db.latest_version()? == 0 {
        let files = ["val", "test"].map(|s| data.join(format!("mp/mp20_biternary_{s}.csv.gz")));
        let t = Instant::now();
        let summary = crystaldb_readers::job::ingest(
            &db,
            &files,
            &crystaldb_readers::job::IngestOptions::default(),
            &|_| {},
        )?;
        eprintln!("ingested {} crystals in {:.0} s", summary.added, t.elapsed().as_secs_f64());
    }

    // The held-out-chemistry split that `diagnose --split chemsys --seed S` makes.
    let (test_fraction, split_rule) = (0.2, SplitRule::ChemicalSystem);
    let rows: Vec<(String, String, Vec<String>, crystaldb::Structure)> = db
        .snapshot()?
        .rows()?
        .map(|r| r.map(|r| (r.id, r.chemsys, r.elements, r.structure)))
        .collect::<crystaldb::Result<_>>()?;
    let chemsys: Vec<String> = rows.iter().map(|r| r.1.clone()).collect();
    let elements: Vec<Vec<String>> = rows.iter().map(|r| r.2.clone()).collect();
    let split = split_rows(&split_rule, &chemsys, &elements, test_fraction, args.seed)?;
    let train_ids: Arc<BTreeSet<String>> = Arc::new(split.train.iter().map(|&i| rows[i].0.clone()).collect());
    eprintln!(
        "{} crystals: {} training, {} test (held-out chemical systems)",
        rows.len(),
        split.train.len(),
        split.test.len()
    );

    let mut config = GraphConfig { hidden: args.hidden, seed: args.seed, ..GraphConfig::default() };
    config.layers = args.layers.unwrap_or(config.layers);
    if args.attention {
        config.pool = Pool::Attention;
    }
    if args.concat {
        config.readout = Readout::Concat;
    }
    let mut sets = Vec::new();
    let mut runs = serde_json::Map::new();
    let mut margins = serde_json::Map::new();
    // Held-out crystals for the contrastive margin: a seeded sample of the test side.
    let held_out: Vec<crystaldb::Structure> = {
        let mut test: Vec<usize> = split.test.clone();
        SeededRng::new(args.seed).shuffle(&mut test);
        test.truncate(MARGIN_CRYSTALS);
        test.sort_unstable(); // in scan order
        test.iter().map(|&i| rows[i].3.clone()).collect()
    };
    for &objective in &args.objectives {
        let limit = args.limit.map_or(String::new(), |n| format!("-n{n}"));
        let hard = args.hard_negatives && objective.contrastive();
        let mut hn = if hard { "-hn".to_string() } else { String::new() };
        if objective.contrastive() {
            hn += &args.jitter.map_or(String::new(), |j| format!("-j{j}"));
            hn += &args.temperature.map_or(String::new(), |t| format!("-t{t}"));
            hn += &args.strain.map_or(String::new(), |e| format!("-strain{e}"));
            hn += &args.view_mask.map_or(String::new(), |f| format!("-vm{f}"));
            if args.chemistry_batches {
                hn += "-cb";
            }
        }
        if objective == Objective::Infonce {
            hn += &args.local_weight.map_or(String::new(), |w| format!("-local{w}"));
            hn += &args.cancel_nearest.map_or(String::new(), |k| format!("-fn{k}"));
        }
        let mut layers = args.layers.map_or(String::new(), |l| format!("-l{l}"));
        if args.attention {
            layers += "-att";
        }
        if args.concat {
            layers += "-jk";
        }
        let name = format!(
            "mp20-{}{hn}-h{}{layers}-e{}{limit}-s{}",
            objective.as_str(),
            args.hidden,
            args.epochs,
            args.seed
        );
        if db.weights_list()?.iter().all(|w| w.name != name) {
            let mut options = TrainOptions {
                objective,
                target: (objective == Objective::Supervised).then(|| "formation_energy_per_atom".to_string()),
                config: config.clone(),
                epochs: args.epochs,
                batch_size: args.batch_size,
                patience: 3,
                limit: args.limit,
                ids: Some(train_ids.clone()),
                ..TrainOptions::default()
            };
            let o = &mut options.objective_options;
            o.hard_negatives = hard;
            o.jitter = args.jitter.unwrap_or(o.jitter);
            o.temperature = args.temperature.unwrap_or(o.temperature);
            o.local_weight = args.local_weight.unwrap_or(o.local_weight);
            o.chemistry_batches = args.chemistry_batches;
            o.cancel_nearest = args.cancel_nearest.unwrap_or(o.cancel_nearest);
            o.strain = args.strain.unwrap_or(o.strain);
            o.view_mask = args.view_mask.unwrap_or(o.view_mask);
            let progress: TrainProgress = Arc::new(|e| {
                if let TrainEvent::Epoch { epoch, train_loss, val_metric } = e {
                    eprintln!("  epoch {epoch}: train loss {train_loss:.4}, validation {val_metric:.4}");
                }
            });
            eprintln!("training {name} ...");
            let t = Instant::now();
            let report = db.train(&name, &options, Some(&progress))?;
            let secs = t.elapsed().as_secs_f64();
            let o = &report.outcome;
            eprintln!(
                "  {name}: {} crystals ({} validation), {} epochs in {secs:.0} s ({:.0} s/epoch)",
                o.train_count,
                o.val_count,
                o.epochs,
                secs / o.epochs as f64
            );
            runs.insert(
                name.clone(),
                serde_json::json!({"seconds": secs, "epochs": o.epochs, "best_epoch": o.best_epoch,
                    "train_count": o.train_count, "val_count": o.val_count,
                    "train_losses": o.train_losses, "val_metrics": o.val_metrics,
                    "val_metric_name": o.val_metric_name}),
            );
        }
        if objective.contrastive() {
            let views = ViewOptions {
                jitter: args.jitter.unwrap_or(ViewOptions::default().jitter),
                strain: args.strain.unwrap_or(0.0),
                ..Default::default()
            };
            let trained = view_margin(&db.graph_encoder(&name)?, &held_out, &views, 99)?;
            let random = view_margin(&GraphEncoder::random(config.clone()), &held_out, &views, 99)?;
            eprintln!(
                "  held-out views ({} test crystals): {name}: {trained}; random-init: {random}",
                held_out.len()
            );
            margins.insert(name.clone(), serde_json::json!({"trained": trained, "random_init": random}));
        }
        let params = BTreeMap::from([("weights".to_string(), name.clone())]);
        let t = Instant::now();
        let e = db.embeddings().embed(
            db.encoder("graph", &params)?.as_ref(),
            &EmbedOptions { name: Some(name.clone()), ..Default::default() },
        )?;
        if e.created {
            eprintln!("  embedded {} crystals with {name} in {:.0} s", e.count, t.elapsed().as_secs_f64());
        }
        sets.push(format!("{}@{}", e.name, e.version));
    }
    // Published foundation models from their weight files (their random-init twins are scored
    // beside them by the diagnosis).
    if args.pretrained {
        let models = data.join("models");
        for (enc, file) in [
            ("chgnet", models.join("chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar")),
            ("cgcnn", models.join("cgcnn/formation-energy-per-atom.pth.tar")),
        ] {
            let params = BTreeMap::from([("weights_file".to_string(), file.display().to_string())]);
            let t = Instant::now();
            let e = db.embeddings().embed(
                db.encoder(enc, &params)?.as_ref(),
                &EmbedOptions { name: Some(format!("{enc}-published")), ..Default::default() },
            )?;
            if e.created {
                eprintln!("  embedded {} crystals with {enc} in {:.0} s", e.count, t.elapsed().as_secs_f64());
            }
            runs.insert(
                format!("{enc}-published"),
                serde_json::json!({"embed_seconds": t.elapsed().as_secs_f64()}),
            );
            sets.push(format!("{}@{}", e.name, e.version));
        }
    }
    // The baselines as stored sets, so a rerun does not encode them again.
    for enc in ["magpie", "acsf"] {
        db.embeddings().embed(db.encoder(enc, &BTreeMap::new())?.as_ref(), &EmbedOptions::default())?;
    }

    let t = Instant::now();
    let options = DiagnoseOptions {
        embeddings: sets.clone(),
        labels: vec!["spacegroup".into(), "crystal_system".into()],
        queries: Some(args.queries),
        properties: vec!["formation_energy_per_atom".into(), "band_gap".into()],
        split: split_rule,
        test_fraction,
        train_sizes: vec![Some(100), Some(1000), None],
        cluster_sample: 1500,
        seed: args.seed,
        ..DiagnoseOptions::default()
    };
    let d = db.snapshot()?.diagnose(&options)?;
    eprintln!("diagnosed {} rows in {:.0} s", d.rows, t.elapsed().as_secs_f64());
    // The probes must have seen exactly the chemistries the encoders were trained on.
    let leaked = d.split.iter().filter(|(id, side)| *side == "test" && train_ids.contains(id)).count();
    if leaked > 0 {
        bail!("{leaked} test-side rows of the diagnosis were training rows of the encoders");
    }

    println!("Linear-probe MAE on held-out chemical systems ({} test crystals):\n", split.test.len());
    println!("| representation | role | FE N=100 | FE N=1000 | FE all | gap N=100 | gap N=1000 | gap all |");
    println!("|---|---|---|---|---|---|---|---|");
    let role = |r: &crystaldb_diagnose::Representation| {
        serde_json::to_value(r.role).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
    };
    let mut names: Vec<(String, String)> =
        d.representations.iter().map(|r| (r.name.clone(), role(r))).collect();
    names.push(("mean".into(), "mean predictor".into()));
    for (rep, role) in &names {
        let mut cells = Vec::new();
        for p in ["formation_energy_per_atom", "band_gap"] {
            for n in [Some(100), Some(1000), None] {
                cells.push(mae_cell(&d, p, rep, n));
            }
        }
        println!("| {rep} | {role} | {} |", cells.join(" | "));
    }
    println!(
        "\nPrecision@k of exact neighbours ({} sampled queries, duplicates by material key excluded):\n",
        args.queries
    );
    for table in &d.retrieval {
        println!("| {} | P@1 | P@10 | MRR | base rate |\n|---|---|---|---|---|", table.label);
        for r in &table.rows {
            let s = &r.scores;
            let at = |k: usize| s.ks.iter().position(|&x| x == k).map_or(f64::NAN, |i| s.precision[i]);
            println!(
                "| {} | {:.3} | {:.3} | {:.3} | {:.3} |",
                r.representation,
                at(1),
                at(10),
                s.mrr,
                s.base_rate
            );
        }
        println!();
    }
    for note in d.notes.iter().chain(&d.random_init_missing) {
        println!("note: {note}");
    }
    let doc = serde_json::json!({"training": runs, "margins": margins, "diagnosis": d, "train": split.train.len(), "test": split.test.len(),
        "epochs": args.epochs, "hidden": args.hidden, "layers": config.layers, "pool": config.pool, "readout": config.readout, "limit": args.limit, "seed": args.seed});
    std::fs::write(args.db.join("learned_probe.json"), serde_json::to_string_pretty(&doc)?)?;
    if let Some(dir) = &args.report {
        d.write_report(dir)?;
        eprintln!("report written to {}", dir.join("index.html").display());
    }
    Ok(())
}

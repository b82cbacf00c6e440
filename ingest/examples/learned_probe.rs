//! The seed's experiment: do label-free pretrained graph encoders beat random-init and Magpie
//! under a linear probe, on chemistries they have never seen?
//!
//! ```text
//! cargo run --release -p crystaldb-ingest --example learned_probe -- \
//!     [--db DIR] [--epochs 8] [--hidden 64] [--limit N] [--objectives infonce,masked-atom,edge-mask,supervised]
//! ```
//!
//! 1. Ingests MP-20's binary/ternary subset (`mp/mp20_biternary_{val,test}.csv.gz` from the shared
//!    data, 14,258 crystals) into DIR (default `target/learned_probe_db`) unless it is there.
//! 2. Held-out chemistry split: every chemical system (`chemsys`) goes to the test side when the
//!    FNV-1a hash of its name is 0 modulo 5 (about 20 %), so no test crystal shares its element
//!    set with a training crystal.
//! 3. Trains one graph encoder per objective on the training side only (`supervised` on
//!    formation energy), times each run, stores the weights in DIR and embeds every crystal;
//!    adds the random-init encoder of the same architecture, `magpie` and `acsf` (structural
//!    fingerprint) sets.
//! 4. Linear probes (ridge on standardised features, λ chosen on a fifth of the training rows)
//!    on N = 100, 1,000 and all training labels; MAE on the test side for formation energy and
//!    band gap. Prints a Markdown table and writes `probe.json` into DIR.

use anyhow::{bail, Context, Result};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::Encoder;
use crystaldb::learned::rng::SeededRng;
use crystaldb::learned::{train, GraphConfig, Objective, TrainOptions, WeightsInfo};
use crystaldb::{Database, StructureRow};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::Instant;

/// Reads one target column of a row.
type Getter = fn(&StructureRow) -> Option<f64>;

struct Args {
    db: PathBuf,
    epochs: usize,
    hidden: usize,
    limit: Option<usize>,
    objectives: Vec<Objective>,
}

fn args() -> Result<Args> {
    let mut a = Args {
        db: PathBuf::from("target/learned_probe_db"),
        epochs: 8,
        hidden: 64,
        limit: None,
        objectives: vec![
            Objective::Infonce,
            Objective::MaskedAtom,
            Objective::EdgeMask,
            Objective::Supervised,
        ],
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--db" => a.db = PathBuf::from(value()?),
            "--epochs" => a.epochs = value()?.parse()?,
            "--hidden" => a.hidden = value()?.parse()?,
            "--limit" => a.limit = Some(value()?.parse()?),
            "--objectives" => {
                a.objectives = value()?.split(',').map(Objective::parse).collect::<crystaldb::Result<_>>()?
            }
            other => bail!("unknown flag {other}"),
        }
    }
    Ok(a)
}

/// FNV-1a of the chemical system, so the split does not depend on the crystal order.
fn held_out(chemsys: &str) -> bool {
    let h = chemsys
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    h % 5 == 0
}

/// Ridge regression on standardised features; returns test predictions. λ from a grid, chosen
/// on the last fifth of the (shuffled) training rows, then refit on all of them.
fn ridge_predict(x_train: &[Vec<f32>], y_train: &[f64], x_test: &[Vec<f32>]) -> Vec<f64> {
    let d = x_train[0].len();
    let n = x_train.len();
    let mean: Vec<f64> =
        (0..d).map(|j| x_train.iter().map(|r| f64::from(r[j])).sum::<f64>() / n as f64).collect();
    let sd: Vec<f64> = (0..d)
        .map(|j| {
            let v = x_train.iter().map(|r| (f64::from(r[j]) - mean[j]).powi(2)).sum::<f64>() / n as f64;
            if v > 1e-12 {
                v.sqrt()
            } else {
                1.0
            }
        })
        .collect();
    let z = |r: &[f32]| -> Vec<f64> { (0..d).map(|j| (f64::from(r[j]) - mean[j]) / sd[j]).collect() };
    let zt: Vec<Vec<f64>> = x_train.iter().map(|r| z(r)).collect();
    let fit = |rows: &[usize], lambda: f64| -> (Vec<f64>, f64) {
        let ym = rows.iter().map(|&i| y_train[i]).sum::<f64>() / rows.len() as f64;
        let mut a = vec![0.0; d * d];
        let mut b = vec![0.0; d];
        for &i in rows {
            let r = &zt[i];
            for p in 0..d {
                b[p] += r[p] * (y_train[i] - ym);
                for q in 0..=p {
                    a[p * d + q] += r[p] * r[q];
                }
            }
        }
        for p in 0..d {
            a[p * d + p] += lambda * rows.len() as f64;
        }
        (cholesky_solve(&mut a, &mut b, d), ym)
    };
    let predict = |w: &(Vec<f64>, f64), r: &[f64]| w.1 + r.iter().zip(&w.0).map(|(x, c)| x * c).sum::<f64>();
    let mut idx: Vec<usize> = (0..n).collect();
    SeededRng::new(11).shuffle(&mut idx);
    let cut = (n * 4 / 5).max(1).min(n - 1);
    let (fit_rows, val_rows) = idx.split_at(cut);
    let lambda = [1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0]
        .into_iter()
        .map(|l| {
            let w = fit(fit_rows, l);
            let mae = val_rows.iter().map(|&i| (predict(&w, &zt[i]) - y_train[i]).abs()).sum::<f64>();
            (mae, l)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|x| x.1)
        .unwrap_or(1.0);
    let w = fit(&idx, lambda);
    x_test.iter().map(|r| predict(&w, &z(r))).collect()
}

/// Solve the symmetric positive definite system (lower triangle of `a` filled) in place.
fn cholesky_solve(a: &mut [f64], b: &mut [f64], d: usize) -> Vec<f64> {
    for j in 0..d {
        let mut s = a[j * d + j];
        for k in 0..j {
            s -= a[j * d + k] * a[j * d + k];
        }
        let l = s.max(1e-12).sqrt();
        a[j * d + j] = l;
        for i in j + 1..d {
            let mut s = a[i * d + j];
            for k in 0..j {
                s -= a[i * d + k] * a[j * d + k];
            }
            a[i * d + j] = s / l;
        }
    }
    for i in 0..d {
        let mut s = b[i];
        for k in 0..i {
            s -= a[i * d + k] * b[k];
        }
        b[i] = s / a[i * d + i];
    }
    for i in (0..d).rev() {
        let mut s = b[i];
        for k in i + 1..d {
            s -= a[k * d + i] * b[k];
        }
        b[i] = s / a[i * d + i];
    }
    b.to_vec()
}

fn main() -> Result<()> {
    let args = args()?;
    let Some(data) = crystaldb::testdata::find() else {
        bail!("shared data not found (set CRYSTALDB_DATA)");
    };
    let db = Database::builder().create_if_missing(true).open(&args.db)?;
    if db.latest_version()? == 0 {
        let files = ["val", "test"].map(|s| data.join(format!("mp/mp20_biternary_{s}.csv.gz")));
        let t = Instant::now();
        let summary = crystaldb_ingest::job::ingest(
            &db,
            &files,
            &crystaldb_ingest::job::IngestOptions::default(),
            &|_| {},
        )?;
        eprintln!("ingested {} crystals in {:.0} s", summary.added, t.elapsed().as_secs_f64());
    }
    let mut rows: Vec<StructureRow> = db.snapshot()?.rows()?.collect::<crystaldb::Result<_>>()?;
    rows.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(limit) = args.limit {
        let mut idx: Vec<usize> = (0..rows.len()).collect();
        SeededRng::new(5).shuffle(&mut idx);
        idx.truncate(limit);
        idx.sort_unstable();
        rows = idx.into_iter().map(|i| rows[i].clone()).collect();
    }
    let (test, train_rows): (Vec<&StructureRow>, Vec<&StructureRow>) =
        rows.iter().partition(|r| held_out(&r.chemsys));
    eprintln!(
        "{} crystals: {} training, {} test (held-out chemical systems)",
        rows.len(),
        train_rows.len(),
        test.len()
    );

    let config = GraphConfig { hidden: args.hidden, ..GraphConfig::default() };
    let mut sets: Vec<(String, String)> = Vec::new(); // (row label, set name)
    let mut timings: BTreeMap<String, f64> = BTreeMap::new();
    let train_structures: Vec<_> = train_rows.iter().map(|r| r.structure.clone()).collect();
    let fe: Vec<f64> =
        train_rows.iter().map(|r| r.properties.formation_energy_per_atom.unwrap_or(f64::NAN)).collect();
    for &objective in &args.objectives {
        let name = format!("probe-{}-h{}-e{}", objective.as_str(), args.hidden, args.epochs);
        if db.weights_list()?.iter().all(|w| w.name != name) {
            let options = TrainOptions {
                objective,
                target: (objective == Objective::Supervised).then(|| "formation_energy_per_atom".to_string()),
                config: config.clone(),
                epochs: args.epochs,
                batch_size: 64,
                patience: 3,
                ..TrainOptions::default()
            };
            let t = Instant::now();
            let progress: crystaldb::learned::TrainProgress = std::sync::Arc::new(|e| {
                if let crystaldb::learned::TrainEvent::Epoch { epoch, train_loss, val_metric } = e {
                    eprintln!("  epoch {epoch}: train loss {train_loss:.4}, validation {val_metric:.4}");
                }
            });
            eprintln!("training {name} on {} crystals ...", train_structures.len());
            let targets = (objective == Objective::Supervised).then_some(fe.as_slice());
            let out = train(&train_structures, targets, &options, Some(&progress))?;
            let secs = t.elapsed().as_secs_f64();
            eprintln!(
                "  {name}: {} epochs in {secs:.0} s ({:.1} s/epoch)",
                out.epochs,
                secs / out.epochs as f64
            );
            timings.insert(name.clone(), secs);
            let info = WeightsInfo {
                name: name.clone(),
                encoder: "graph".into(),
                checksum: String::new(),
                file: String::new(),
                config: config.clone(),
                objective: objective.as_str().into(),
                target: options.target.clone(),
                structure_version: db.latest_version()?,
                epochs: out.epochs,
                best_epoch: out.best_epoch,
                train_losses: out.train_losses.clone(),
                val_metrics: out.val_metrics.clone(),
                val_metric_name: out.val_metric_name.clone(),
                train_count: out.train_count,
                val_count: out.val_count,
                num_params: 0,
                options: serde_json::json!({"example": "learned_probe", "split": "train side of the held-out chemistry split"}),
                created_at: 0,
            };
            db.save_weights(info, &out.encoder)?;
        }
        sets.push((format!("{} (graph, {} epochs)", objective.as_str(), args.epochs), name));
    }
    // Baselines: random init of the same architecture, Magpie, structural fingerprint.
    let mut p: BTreeMap<String, String> = config.to_params("random");
    p.insert("weights".into(), "random".into());
    let baselines = [
        ("random-init (graph)", "graph", p),
        ("Magpie", "magpie", BTreeMap::new()),
        ("ACSF fingerprint", "acsf", BTreeMap::new()),
    ];
    let mut encoders: Vec<(String, Box<dyn Encoder>, String)> = Vec::new();
    for (label, set) in &sets {
        let mut wp = config.to_params(set);
        wp.insert("weights".into(), set.clone());
        encoders.push((label.clone(), db.encoder("graph", &wp)?, set.clone()));
    }
    for (label, enc, params) in baselines {
        encoders.push((
            label.to_string(),
            db.encoder(enc, &params)?,
            format!("probe-{enc}-{}", if enc == "graph" { "random" } else { "default" }),
        ));
    }
    let mut results = serde_json::Map::new();
    let targets: [(&str, Getter); 2] = [
        ("formation_energy_per_atom", |r| r.properties.formation_energy_per_atom),
        ("band_gap", |r| r.properties.band_gap),
    ];
    println!("| encoder | FE MAE N=100 | FE N=1000 | FE all | gap MAE N=100 | gap N=1000 | gap all |");
    println!("|---|---|---|---|---|---|---|");
    for (label, enc, set) in &encoders {
        let t = Instant::now();
        let report =
            db.embed(enc.as_ref(), &EmbedOptions { name: Some(set.clone()), ..Default::default() })?;
        let es = db.embedding(&format!("{}@{}", report.name, report.version))?;
        timings.insert(format!("embed {set}"), t.elapsed().as_secs_f64());
        let vec_of: HashMap<&str, &[f32]> =
            es.ids().iter().map(|id| (id.as_str(), es.get(id).expect("row"))).collect();
        let mut cells = Vec::new();
        let mut entry = serde_json::Map::new();
        for (tname, get) in targets {
            let tr: Vec<(&[f32], f64)> =
                train_rows.iter().filter_map(|r| Some((*vec_of.get(r.id.as_str())?, get(r)?))).collect();
            let te: Vec<(&[f32], f64)> =
                test.iter().filter_map(|r| Some((*vec_of.get(r.id.as_str())?, get(r)?))).collect();
            let mut order: Vec<usize> = (0..tr.len()).collect();
            SeededRng::new(17).shuffle(&mut order);
            for n in [100, 1000, tr.len()] {
                let n = n.min(tr.len());
                let xs: Vec<Vec<f32>> = order[..n].iter().map(|&i| tr[i].0.to_vec()).collect();
                let ys: Vec<f64> = order[..n].iter().map(|&i| tr[i].1).collect();
                let xt: Vec<Vec<f32>> = te.iter().map(|x| x.0.to_vec()).collect();
                let pred = ridge_predict(&xs, &ys, &xt);
                let mae = pred.iter().zip(&te).map(|(p, t)| (p - t.1).abs()).sum::<f64>() / te.len() as f64;
                cells.push(format!("{mae:.3}"));
                entry.insert(
                    format!("{tname}_n{}", if n == tr.len() { "all".to_string() } else { n.to_string() }),
                    mae.into(),
                );
            }
        }
        println!("| {label} | {} |", cells.join(" | "));
        results.insert(label.clone(), entry.into());
    }
    let doc = serde_json::json!({"results": results, "timings_s": timings, "train": train_rows.len(), "test": test.len(),
        "epochs": args.epochs, "hidden": args.hidden});
    std::fs::write(args.db.join("probe.json"), serde_json::to_string_pretty(&doc)?)?;
    eprintln!("timings (s): {timings:?}");
    Ok(())
}

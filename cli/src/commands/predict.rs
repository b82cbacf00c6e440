//! `crystaldb predict`: a published model's prediction for every structure of a version.
//!
//! `--model cgcnn --set weights_file=formation-energy-per-atom.pth.tar` gives CGCNN's
//! de-normalised prediction (the property the checkpoint was trained on) per row;
//! `--model chgnet --set weights_file=chgnet_0.3.0_e29f68s314m37.pth.tar` (or the `chgnet`
//! package directory) gives CHGNet's energy (eV/atom, composition model included). Streamed in
//! batches (memory bounded by the batch, not the version), written as CSV (`id,prediction`) to
//! `--out` or stdout. A structure the model cannot take (partial occupancy, an element it has no
//! features for) is reported by id and left out; the rest are predicted.
//!
//! `--store` keeps the predictions in the database as a *prediction set* (an embedding set of
//! kind `predicted`, one value per record, versioned and keyed like the embedding sets: model,
//! parameters, weights checksum). Its name (`chgnet_energy_per_atom`,
//! `cgcnn_formation_energy_per_atom` for `formation-energy-per-atom.pth.tar`, or `--name`) is
//! what filters write after our prefix: `_crystaldb_chgnet_energy_per_atom < -5`. Storing again
//! after an ingest predicts only new or changed records.

use super::embed::parse_pairs;
use super::{open_read, snapshot, Output};
use anyhow::{bail, Context, Result};
use crystaldb::encode::Encoder;
use crystaldb::schema::StructureRow;
use crystaldb::{ScanOptions, Snapshot};
use crystaldb_learned::pretrained::{CgcnnEncoder, ChgnetEncoder, CGCNN, CHGNET};
use rayon::prelude::*;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `crystaldb predict` does.
#[derive(Debug, Clone)]
pub struct PredictArgs {
    /// Model name (`cgcnn`, `chgnet`).
    pub model: String,
    /// Model parameters `KEY=VALUE` (`weights_file=PATH`).
    pub set: Vec<String>,
    /// Output CSV file (`None` = stdout).
    pub out: Option<PathBuf>,
    /// Version to read (`None` = newest).
    pub version: Option<u64>,
    /// Structures per batch.
    pub batch_size: usize,
    /// Store the predictions as a prediction set.
    pub store: bool,
    /// Prediction set name (`None`: [`Predictor::default_set_name`]).
    pub name: Option<String>,
}

/// A model with predictions.
enum Model {
    Cgcnn(Box<CgcnnEncoder>),
    Chgnet(Box<ChgnetEncoder>),
}

impl Model {
    /// The prediction of each structure, or why there is none.
    fn predict(&self, structures: &[&crystaldb::structure::Structure]) -> Vec<crystaldb::Result<f64>> {
        match self {
            Model::Cgcnn(m) => structures.par_iter().map(|s| m.forward(s).map(|o| o.prediction)).collect(),
            Model::Chgnet(m) => {
                let owned: Vec<_> = structures.iter().map(|s| (*s).clone()).collect();
                m.outputs(&owned).into_iter().map(|r| r.map(|o| o.energy_per_atom)).collect()
            }
        }
    }

    fn spec(&self) -> crystaldb::encode::EncoderSpec {
        match self {
            Model::Cgcnn(m) => m.spec(),
            Model::Chgnet(m) => m.spec(),
        }
    }
}

/// A published model with trained weights, ready to predict: what `crystaldb predict` and the
/// Python package's `Database.predict` run.
pub struct Predictor {
    name: String,
    model: Model,
}

impl Predictor {
    /// `name` (`cgcnn`, `chgnet`) with `params` (`weights_file=PATH`).
    pub fn new(name: &str, params: &std::collections::BTreeMap<String, String>) -> Result<Self> {
        if name != CGCNN && name != CHGNET {
            bail!("--model {name}: the models with predictions are: {CGCNN}, {CHGNET}");
        }
        if params.get("weights").is_some_and(|w| w == "random") {
            bail!("--model {name}: predictions need trained weights (--set weights_file=PATH), not weights=random");
        }
        let file = params.get("weights_file").with_context(|| {
            if name == CGCNN {
                format!("--model {CGCNN}: give --set weights_file=PATH (a CGCNN .pth.tar checkpoint)")
            } else {
                format!("--model {CHGNET}: give --set weights_file=PATH (chgnet_0.3.0_e29f68s314m37.pth.tar or the `chgnet` package directory)")
            }
        })?;
        let model = if name == CGCNN {
            Model::Cgcnn(Box::new(CgcnnEncoder::from_file(file)?))
        } else {
            Model::Chgnet(Box::new(ChgnetEncoder::from_file(file)?))
        };
        Ok(Predictor { name: name.to_string(), model })
    }

    /// The model's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The model's key (parameters and weights checksum).
    pub fn spec(&self) -> crystaldb::encode::EncoderSpec {
        self.model.spec()
    }

    /// What a prediction set of this model is called unless named: `chgnet_energy_per_atom`;
    /// for CGCNN, `cgcnn_` + the checkpoint's file stem (`formation-energy-per-atom.pth.tar` ->
    /// `cgcnn_formation_energy_per_atom`).
    pub fn default_set_name(&self) -> String {
        match &self.model {
            Model::Chgnet(_) => format!("{CHGNET}_energy_per_atom"),
            Model::Cgcnn(m) => {
                let file = m.spec().params.get("weights_file").and_then(|v| v.as_str().map(str::to_string));
                let stem = file
                    .as_deref()
                    .and_then(|f| Path::new(f).file_name())
                    .and_then(|f| f.to_str())
                    .map(|f| f.trim_end_matches(".tar").trim_end_matches(".pth").to_ascii_lowercase())
                    .map(|f| {
                        f.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect::<String>()
                    })
                    .unwrap_or_default();
                let name = format!("{CGCNN}_{}", stem.trim_matches('_'));
                if stem.is_empty() || !crystaldb::filter::fields::is_prediction_name(&name) {
                    format!("{CGCNN}_prediction")
                } else {
                    name
                }
            }
        }
    }

    /// The model as an encoder of one value per structure (its prediction), for a prediction
    /// set: the model's key with `output` added and `features` removed.
    pub fn as_encoder(&self) -> PredictionEncoder<'_> {
        let model = self.model.spec();
        let mut params = model.params.clone();
        params.remove("features");
        let output = match self.model {
            Model::Chgnet(_) => "energy_per_atom",
            Model::Cgcnn(_) => "prediction",
        };
        params.insert("output".to_string(), json!(output));
        let spec = crystaldb::encode::EncoderSpec::new(
            &model.name,
            model.code_version,
            params,
            model.weights_checksum.clone(),
            1,
            crystaldb::encode::Metric::L2,
        );
        PredictionEncoder { predictor: self, spec }
    }

    /// Predict every structure of `snap`, `batch_size` rows at a time: `each(id, prediction)` for
    /// each predicted row in scan order, `progress(rows)` after each batch. Returns the rows left
    /// out, each `{"id", "error"}`.
    pub fn run(
        &self,
        snap: &Snapshot,
        batch_size: usize,
        mut each: impl FnMut(&str, f64) -> Result<()>,
        progress: impl Fn(u64),
    ) -> Result<Vec<serde_json::Value>> {
        let options = ScanOptions {
            batch_size: batch_size.max(1),
            ..ScanOptions::columns(["id", "lattice", "species_at_sites", "frac_coords", "occupancy"])
        };
        let mut skipped = Vec::new();
        for batch in snap.scan(&options)? {
            let rows = StructureRow::ids_and_structures(&batch?)?;
            let structures: Vec<_> = rows.iter().map(|(_, s)| s).collect();
            for ((id, _), r) in rows.iter().zip(self.model.predict(&structures)) {
                match r {
                    Ok(p) => each(id, p)?,
                    Err(e) => skipped.push(json!({"id": id, "error": e.to_string()})),
                }
            }
            progress(rows.len() as u64);
        }
        Ok(skipped)
    }
}

/// A [`Predictor`] seen as an [`Encoder`] of one value per structure (what a prediction set
/// stores).
pub struct PredictionEncoder<'a> {
    predictor: &'a Predictor,
    spec: crystaldb::encode::EncoderSpec,
}

impl Encoder for PredictionEncoder<'_> {
    fn spec(&self) -> crystaldb::encode::EncoderSpec {
        self.spec.clone()
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[crystaldb::structure::Structure]) -> crystaldb::Result<Vec<Vec<f32>>> {
        let refs: Vec<_> = batch.iter().collect();
        self.predictor
            .model
            .predict(&refs)
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                r.map(|p| vec![p as f32]).map_err(|e| {
                    crystaldb::Error::invalid(format!(
                        "{}: structure {i} of the batch: {e}",
                        self.predictor.name
                    ))
                })
            })
            .collect()
    }

    fn provenance(&self) -> std::collections::BTreeMap<String, String> {
        let mut meta = match &self.predictor.model {
            Model::Cgcnn(m) => m.provenance(),
            Model::Chgnet(m) => m.provenance(),
        };
        meta.insert("model".into(), self.predictor.name.clone());
        let unit = match self.predictor.model {
            Model::Chgnet(_) => "eV/atom",
            Model::Cgcnn(_) => "the checkpoint's property",
        };
        meta.insert("unit".into(), unit.into());
        meta
    }
}

/// Store `model`'s predictions for the newest version as a prediction set; the
/// `predict --store --json` document.
pub fn store_document(
    database: &crystaldb::Database,
    model: &Predictor,
    name: Option<String>,
    batch_size: usize,
    progress: Option<crystaldb::embedding::Progress>,
) -> Result<serde_json::Value> {
    let name = name.unwrap_or_else(|| model.default_set_name());
    let options = crystaldb::embedding::EmbedOptions {
        name: Some(name),
        batch_size: Some(batch_size.max(1)),
        progress,
        prediction: true,
        ..Default::default()
    };
    let encoder = model.as_encoder();
    let report = database.embeddings().embed(&encoder, &options)?;
    let info = database.embeddings().info(&format!("{}@{}", report.name, report.version))?;
    let mut doc = super::embed::report_json(&report, &info);
    doc["model"] = json!(model.name());
    doc["filter_field"] = json!(format!("_{}_{}", crystaldb::filter::PROVIDER_PREFIX, report.name));
    Ok(doc)
}

/// `crystaldb predict --db DIR --model cgcnn|chgnet --set weights_file=PATH [--out FILE]
/// [--store [--name NAME]]`.
pub fn run(out: &Output, db: &Path, args: &PredictArgs) -> Result<()> {
    let name = args.model.as_str();
    let params = parse_pairs(&args.set, "--set")?;
    let model = Predictor::new(name, &params)?;
    if args.store {
        return run_store(out, db, args, &model);
    }
    if args.name.is_some() {
        bail!("--name names the prediction set --store writes; add --store");
    }
    let database = open_read(db)?;
    let snap = snapshot(&database, args.version)?;
    let mut sink: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None if out.json => bail!("--json prints a summary; give --out FILE for the predictions"),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    writeln!(sink, "id,prediction")?;
    let pb = out.progress(snap.len(), "predict");
    let mut predicted = 0usize;
    let skipped = model.run(
        &snap,
        args.batch_size,
        |id, p| {
            writeln!(sink, "{id},{p}")?;
            predicted += 1;
            Ok(())
        },
        |n| pb.inc(n),
    )?;
    sink.flush()?;
    pb.finish_and_clear();
    let spec = model.spec();
    if out.json {
        out.document(&json!({
            "model": name,
            "version": snap.version(),
            "predicted": predicted,
            "skipped": skipped,
            "weights_file": spec.params.get("weights_file"),
            "weights_checksum": spec.weights_checksum,
            "out": args.out.as_ref().map(|p| p.display().to_string()),
        }));
    } else {
        for s in &skipped {
            eprintln!("skipped {}: {}", s["id"].as_str().unwrap_or(""), s["error"].as_str().unwrap_or(""));
        }
        if let Some(p) = &args.out {
            println!(
                "predicted {predicted} structures of version {} to {} ({} skipped)",
                snap.version(),
                p.display(),
                skipped.len()
            );
        }
    }
    Ok(())
}

/// `predict --store`: predict the newest version's new or changed records into the prediction
/// set, then (with `--out`) write the set's values as CSV.
fn run_store(out: &Output, db: &Path, args: &PredictArgs, model: &Predictor) -> Result<()> {
    let database = crystaldb::Database::open(db)?;
    if let Some(v) = args.version {
        let newest = database.snapshot()?.version();
        if v != newest {
            bail!("--store predicts the newest version ({newest}); --version {v} is another");
        }
    }
    let bar = out.progress(0, "predict");
    let progress_bar = bar.clone();
    let lines = out.lines("predict", std::time::Duration::from_secs(10));
    let progress: crystaldb::embedding::Progress = std::sync::Arc::new(move |done: u64, total: u64| {
        progress_bar.set_length(total);
        progress_bar.set_position(done);
        lines.update(&format!("{done}/{total} structures"));
    });
    let mut doc = store_document(&database, model, args.name.clone(), args.batch_size, Some(progress))?;
    bar.finish_and_clear();
    let label = doc["label"].as_str().unwrap_or("-").to_string();
    if let Some(p) = &args.out {
        let set = database.embeddings().load(&label)?;
        let mut sink = std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        );
        writeln!(sink, "id,prediction")?;
        for (i, id) in set.ids().iter().enumerate() {
            writeln!(sink, "{id},{}", set.vector(i)[0])?;
        }
        sink.flush()?;
        doc["out"] = json!(p.display().to_string());
    }
    if out.json {
        out.document(&doc);
        return Ok(());
    }
    let skipped = doc["skipped"].as_array().cloned().unwrap_or_default();
    for s in skipped.iter().take(20) {
        eprintln!("skipped {}: {}", s["id"].as_str().unwrap_or("?"), s["message"].as_str().unwrap_or("?"));
    }
    if skipped.len() > 20 {
        eprintln!("... and {} more skipped", skipped.len() - 20);
    }
    let field = doc["filter_field"].as_str().unwrap_or("-");
    if doc["created"].as_bool().unwrap_or(false) {
        println!(
            "{label}: {} predictions ({} new, {} reused) for structure version {}; filter on them as {field}",
            doc["count"], doc["encoded"], doc["reused"], doc["structure_version"]
        );
    } else {
        println!(
            "{label} already covers structure version {}; filter on it as {field}",
            doc["structure_version"]
        );
    }
    Ok(())
}

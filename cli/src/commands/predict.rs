//! `crystaldb predict`: a published model's prediction for every structure of a version.
//!
//! `--model cgcnn --set weights_file=formation-energy-per-atom.pth.tar` gives CGCNN's
//! de-normalised prediction (the property the checkpoint was trained on) per row;
//! `--model chgnet --set weights_file=chgnet_0.3.0_e29f68s314m37.pth.tar` (or the `chgnet`
//! package directory) gives CHGNet's energy (eV/atom, composition model included). Streamed in
//! batches (memory bounded by the batch, not the version), written as CSV (`id,prediction`) to
//! `--out` or stdout. A structure the model cannot take (partial occupancy, an element it has no
//! features for) is reported by id and left out; the rest are predicted.

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

/// `crystaldb predict --db DIR --model cgcnn|chgnet --set weights_file=PATH [--out FILE]`.
pub fn run(out: &Output, db: &Path, args: &PredictArgs) -> Result<()> {
    let name = args.model.as_str();
    let params = parse_pairs(&args.set, "--set")?;
    let model = Predictor::new(name, &params)?;
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

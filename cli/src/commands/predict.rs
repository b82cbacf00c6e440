//! `crystaldb predict`: a published model's prediction for every structure of a version.
//!
//! `--model cgcnn --set weights_file=formation-energy-per-atom.pth.tar` gives CGCNN's
//! de-normalised prediction (the property the checkpoint was trained on) per row, streamed in
//! batches (memory bounded by the batch, not the version), written as CSV (`id,prediction`) to
//! `--out` or stdout. A structure the model cannot take (partial occupancy, an element it has no
//! features for) is reported by id and left out; the rest are predicted.

use super::embed::parse_pairs;
use super::{open_read, snapshot, Output};
use anyhow::{bail, Context, Result};
use crystaldb::encode::Encoder;
use crystaldb::schema::StructureRow;
use crystaldb::ScanOptions;
use crystaldb_learned::pretrained::{CgcnnEncoder, CGCNN};
use rayon::prelude::*;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `crystaldb predict` does.
#[derive(Debug, Clone)]
pub struct PredictArgs {
    /// Model name (`cgcnn`).
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

/// `crystaldb predict --db DIR --model cgcnn --set weights_file=PATH [--out FILE]`.
pub fn run(out: &Output, db: &Path, args: &PredictArgs) -> Result<()> {
    if args.model != CGCNN {
        bail!("--model {}: the models with predictions are: {CGCNN}", args.model);
    }
    let params = parse_pairs(&args.set, "--set")?;
    if params.get("weights").is_some_and(|w| w == "random") {
        bail!(
            "--model {CGCNN}: predictions need trained weights (--set weights_file=PATH), not weights=random"
        );
    }
    let file = params.get("weights_file").with_context(|| {
        format!("--model {CGCNN}: give --set weights_file=PATH (a CGCNN .pth.tar checkpoint)")
    })?;
    let model = CgcnnEncoder::from_file(file)?;
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
    let options = ScanOptions {
        batch_size: args.batch_size.max(1),
        ..ScanOptions::columns(["id", "lattice", "species_at_sites", "frac_coords", "occupancy"])
    };
    let (mut predicted, mut skipped) = (0usize, Vec::new());
    for batch in snap.scan(&options)? {
        let rows = StructureRow::ids_and_structures(&batch?)?;
        let results: Vec<_> = rows.par_iter().map(|(_, s)| model.forward(s)).collect();
        for ((id, _), r) in rows.iter().zip(results) {
            match r {
                Ok(o) => {
                    writeln!(sink, "{id},{}", o.prediction)?;
                    predicted += 1;
                }
                Err(e) => skipped.push(json!({"id": id, "error": e.to_string()})),
            }
        }
        pb.inc(rows.len() as u64);
    }
    sink.flush()?;
    pb.finish_and_clear();
    let spec = model.spec();
    if out.json {
        out.document(&json!({
            "model": CGCNN,
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

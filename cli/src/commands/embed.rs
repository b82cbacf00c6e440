//! `crystaldb embed`, `crystaldb import-embeddings` and `crystaldb embeddings list|pin|unpin|drop`.

use super::Output;
use anyhow::{anyhow, bail, Context, Result};
use crystaldb::embedding::{EmbedOptions, EmbedReport, EmbeddingSetInfo, ImportOptions, ImportedVectors};
use crystaldb::encode::Metric;
use crystaldb::Database;
use crystaldb_readers::vectors::{read_ids, read_vectors, Columns};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Parse `KEY=VALUE` pairs (later pairs win).
pub fn parse_pairs(pairs: &[String], flag: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for p in pairs {
        let (k, v) = p.split_once('=').ok_or_else(|| anyhow!("{flag} {p:?}: expected KEY=VALUE"))?;
        if k.trim().is_empty() {
            bail!("{flag} {p:?}: the key is empty");
        }
        out.insert(k.trim().to_string(), v.to_string());
    }
    Ok(out)
}

/// The trained weights a set was encoded with (`--set weights=NAME`, with their objective),
/// `random` for an untrained learned encoder, `-` for encoders without weights.
pub fn weights_text(s: &EmbeddingSetInfo) -> String {
    match s.encoder.params.get("weights").and_then(|w| w.as_str()) {
        Some(w) => match s.meta.get("weights_objective") {
            Some(o) => format!("{w} ({o})"),
            None => w.to_string(),
        },
        None if s.encoder.name == "graph" => "random".into(),
        // A published checkpoint read in place (`cgcnn`, `chgnet`): its file name.
        None => match s.encoder.params.get("weights_file").and_then(|w| w.as_str()) {
            Some(file) => {
                Path::new(file).file_name().map_or(file.into(), |n| n.to_string_lossy().into_owned())
            }
            None => "-".into(),
        },
    }
}

/// The JSON entry of one set version (`info --json` and `embeddings list --json`).
pub fn set_json(s: &EmbeddingSetInfo) -> serde_json::Value {
    json!({
        "weights": weights_text(s),
        "normalization": s.normalization().as_str(),
        "name": s.name,
        "version": s.version,
        "label": s.label(),
        "kind": s.kind,
        "encoder": s.encoder.name,
        "code_version": s.encoder.code_version,
        "dim": s.dim,
        "count": s.count,
        "metric": s.metric,
        "params": s.encoder.params,
        "params_hash": s.encoder.params_hash,
        "weights_checksum": s.encoder.weights_checksum,
        "structure_version": s.structure_version,
        "pinned": s.pinned,
        "created_at": s.created_at,
        "files": s.shards.len(),
        "meta": s.meta,
    })
}

pub(crate) fn report_json(r: &EmbedReport, info: &EmbeddingSetInfo) -> serde_json::Value {
    let mut doc = json!({
        "name": r.name,
        "version": r.version,
        "label": format!("{}@{}", r.name, r.version),
        "created": r.created,
        "encoded": r.encoded,
        "reused": r.reused,
        "count": r.count,
        "dim": r.dim,
        "structure_version": r.structure_version,
        "skipped": r.skipped,
    });
    doc["set"] = set_json(info);
    doc
}

fn print_report(out: &Output, doc: &serde_json::Value) {
    if out.json {
        out.document(doc);
        return;
    }
    let set = &doc["set"];
    let label = doc["label"].as_str().unwrap_or("-");
    if doc["created"].as_bool().unwrap_or(false) {
        println!(
            "{label}: {} vectors of dimension {} ({} new, {} reused) for structure version {}; weights {}, \
             searched {}",
            doc["count"],
            doc["dim"],
            doc["encoded"],
            doc["reused"],
            doc["structure_version"],
            set["weights"].as_str().unwrap_or("-"),
            if set["normalization"] == "zscore" { "as z-scores" } else { "raw" }
        );
    } else {
        println!("{label} already covers structure version {}: nothing to do", doc["structure_version"]);
    }
    let skipped = doc["skipped"].as_array().map(Vec::as_slice).unwrap_or_default();
    for s in skipped.iter().take(20) {
        eprintln!("skipped {}: {}", s["id"].as_str().unwrap_or("?"), s["message"].as_str().unwrap_or("?"));
    }
    if skipped.len() > 20 {
        eprintln!("... and {} more skipped", skipped.len() - 20);
    }
}

/// Encode the newest version with `encoder` (a registered name; `params` as `--set` gives
/// them) into a set version; the `embed --json` document.
pub fn embed_document(
    database: &Database,
    encoder: &str,
    params: &BTreeMap<String, String>,
    options: &EmbedOptions,
) -> Result<serde_json::Value> {
    // Database-aware: `--encoder graph --set weights=NAME` loads weights stored in the database.
    let encoder = database.encoder(encoder, params)?;
    let report = database.embeddings().embed(encoder.as_ref(), options)?;
    let info = database.embeddings().info(&format!("{}@{}", report.name, report.version))?;
    Ok(report_json(&report, &info))
}

/// Import `vectors` as a new version of set `name`; the `import-embeddings --json` document.
pub fn import_document(
    database: &Database,
    name: &str,
    vectors: &ImportedVectors,
    options: &ImportOptions,
) -> Result<serde_json::Value> {
    let report = database.embeddings().import(name, vectors, options)?;
    let info = database.embeddings().info(&format!("{}@{}", report.name, report.version))?;
    Ok(report_json(&report, &info))
}

/// `crystaldb embed --db DIR --encoder NAME [--set K=V ...] [--name N]`.
pub fn run_embed(
    out: &Output,
    db: &Path,
    encoder: &str,
    sets: &[String],
    name: Option<String>,
    batch_size: Option<usize>,
    normalize: Option<&str>,
) -> Result<()> {
    let normalize = normalize.map(crystaldb::embedding::Normalization::parse).transpose()?;
    let params = parse_pairs(sets, "--set")?;
    let database = Database::open(db)?;
    let bar = out.progress(0, "encoding");
    let progress_bar = bar.clone();
    let lines = out.lines("encoding", std::time::Duration::from_secs(10));
    let progress = Arc::new(move |done: u64, total: u64| {
        progress_bar.set_length(total);
        progress_bar.set_position(done);
        lines.update(&format!("{done}/{total} structures"));
    });
    let options = EmbedOptions {
        name,
        batch_size,
        shard_rows: None,
        progress: Some(progress),
        normalize,
        prediction: false,
    };
    let doc = embed_document(&database, encoder, &params, &options)?;
    bar.finish_and_clear();
    print_report(out, &doc);
    Ok(())
}

/// Arguments of `crystaldb import-embeddings`.
#[derive(Debug, Clone)]
pub struct ImportArgs {
    /// Set name.
    pub name: String,
    /// Vector file.
    pub file: PathBuf,
    /// Ids for a `.npy` file, one per line.
    pub ids: Option<PathBuf>,
    /// `KEY=VALUE` provenance.
    pub meta: Vec<String>,
    /// `cosine` or `l2`.
    pub metric: String,
    /// Id column (Parquet, CSV).
    pub id_column: Option<String>,
    /// Vector column (Parquet).
    pub vector_column: Option<String>,
    /// Prefix added to every id (e.g. `mp:` when the file says `mp-149`).
    pub id_prefix: Option<String>,
}

/// `crystaldb import-embeddings --db DIR --name NAME FILE`.
pub fn run_import(out: &Output, db: &Path, args: &ImportArgs) -> Result<()> {
    let meta = parse_pairs(&args.meta, "--meta")?;
    let metric = Metric::parse(&args.metric)?;
    let columns = Columns { id: args.id_column.clone(), vector: args.vector_column.clone() };
    let file = read_vectors(&args.file, &columns)?;
    let mut ids = match (&file.ids, &args.ids) {
        (_, Some(ids_file)) => read_ids(ids_file)?,
        (Some(ids), None) => ids.clone(),
        (None, None) => {
            bail!("{}: a .npy file carries no ids; give them with --ids FILE", args.file.display())
        }
    };
    if ids.len() != file.rows() {
        bail!("{} ids for {} vectors in {}", ids.len(), file.rows(), args.file.display());
    }
    if let Some(prefix) = &args.id_prefix {
        ids.iter_mut().for_each(|id| *id = format!("{prefix}{id}"));
    }
    let vectors = ImportedVectors { ids, dim: file.dim, values: file.values };
    let source = args.file.file_name().map(|n| n.to_string_lossy().to_string());
    let database = Database::open(db)?;
    let doc = import_document(&database, &args.name, &vectors, &ImportOptions { meta, metric, source })
        .with_context(|| format!("importing {}", args.file.display()))?;
    print_report(out, &doc);
    Ok(())
}

/// `crystaldb embeddings list --db DIR`.
pub fn list(out: &Output, db: &Path) -> Result<()> {
    let sets = Database::open_read_only(db)?.embeddings().list()?;
    if out.json {
        out.document(&json!({ "embeddings": sets.iter().map(set_json).collect::<Vec<_>>() }));
        return Ok(());
    }
    print_table(&sets);
    Ok(())
}

/// The human table of set versions.
pub fn print_table(sets: &[EmbeddingSetInfo]) {
    if sets.is_empty() {
        println!("no embedding sets");
        return;
    }
    println!(
        "{:<24} {:<10} {:>5} {:>9} {:>7} {:<7} {:<7} {:<17} {:<24} pinned",
        "set", "encoder", "dim", "count", "covers", "metric", "norm", "params", "weights"
    );
    for s in sets {
        println!(
            "{:<24} {:<10} {:>5} {:>9} {:>7} {:<7} {:<7} {:<17} {:<24} {}",
            s.label(),
            s.encoder.name,
            s.dim,
            s.count,
            format!("v{}", s.structure_version),
            s.metric.as_str(),
            s.normalization().as_str(),
            s.encoder.params_hash,
            weights_text(s),
            if s.pinned { "yes" } else { "" }
        );
    }
}

/// `crystaldb embeddings pin|unpin --db DIR NAME@V`.
pub fn pin(out: &Output, db: &Path, set: &str, pinned: bool) -> Result<()> {
    let database = Database::open(db)?;
    let sets = database.embeddings();
    let info = if pinned { sets.pin(set)? } else { sets.unpin(set)? };
    if out.json {
        out.document(&set_json(&info));
    } else {
        println!("{} {}", info.label(), if pinned { "pinned" } else { "unpinned" });
    }
    Ok(())
}

/// `crystaldb embeddings drop --db DIR NAME[@V]`.
pub fn drop_set(out: &Output, db: &Path, set: &str) -> Result<()> {
    let report = Database::open(db)?.embeddings().drop(set)?;
    if out.json {
        out.document(&serde_json::to_value(&report)?);
        return Ok(());
    }
    println!(
        "dropped {}",
        if report.dropped.is_empty() { "nothing".into() } else { report.dropped.join(", ") }
    );
    if !report.kept_pinned.is_empty() {
        println!("kept (pinned) {}", report.kept_pinned.join(", "));
    }
    println!("files deleted {}", report.files_deleted);
    Ok(())
}

//! `crystaldb demo`: build the demo database from the generated corpus, then run the main job on
//! it — embed with Magpie and ACSF, answer one filtered nearest-neighbour query, diagnose both
//! sets (precision@10 against the structure labels) — and say which command to try next.
//! `--ingest-only` stops after the ingest.

use super::Output;
use crystaldb::arrow::array::{Array, RecordBatch, StringArray};
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::{Database, ScanOptions};
use crystaldb_diagnose::{Diagnose, DiagnoseOptions, Diagnosis};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// The encoders the demo embeds with.
const ENCODERS: [&str; 2] = ["magpie", "acsf"];
/// The filter of the demo's nearest-neighbour query.
const FILTER: &str = r#"elements HAS "O" AND nelements <= 3"#;
/// Query rows of the demo's retrieval diagnosis.
const DIAGNOSE_QUERIES: usize = 500;

/// `crystaldb demo [--db DIR] [--ingest-only]`.
pub fn run(out: &Output, db: &Path, count: usize, seed: u64, ingest_only: bool) -> anyhow::Result<()> {
    let t0 = Instant::now();
    let records = demo_records(&DemoOptions { count, seed });
    let generated = records.len();
    let example_id = records.first().map(|r| r.id()).unwrap_or_default();
    let database = Database::builder().create_if_missing(true).open(db)?;
    let pb = out.progress(generated as u64, "ingest");
    let report = database.insert_with_message(pb.wrap_iter(records.into_iter()), "crystaldb demo")?;
    pb.finish_and_clear();
    let seconds = t0.elapsed().as_secs_f64();
    let snap = database.snapshot()?;

    // A few queries over what was just stored.
    let mut by_system: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_prototype: BTreeMap<String, u64> = BTreeMap::new();
    for batch in snap.scan(&ScanOptions::columns(["crystal_system", "prototype"]))? {
        let batch = batch?;
        let cs = string_column(&batch, 0);
        let pr = string_column(&batch, 1);
        for (c, p) in cs.into_iter().zip(pr) {
            *by_system.entry(c.unwrap_or_else(|| "unknown".into())).or_default() += 1;
            *by_prototype.entry(p.unwrap_or_else(|| "none".into())).or_default() += 1;
        }
    }
    let example = snap.get(&example_id)?;
    let job =
        if ingest_only || snap.is_empty() { None } else { Some(main_job(out, &database, &example_id)?) };

    if out.json {
        let mut doc = json!({
            "db": db.display().to_string(),
            "generated": generated,
            "version": report.version,
            "committed": report.committed,
            "added": report.added,
            "updated": report.updated,
            "duplicates": report.duplicates,
            "rejected": report.rejected,
            "seconds": seconds,
            "structures": snap.len(),
            "crystal_systems": by_system,
            "prototypes": by_prototype,
            "example": example.map(|r| r.to_json()),
        });
        if let Some(job) = &job {
            doc["embeddings"] = job.embeddings.clone();
            doc["query"] = job.query.clone();
            doc["diagnosis"] = job.diagnosis.clone();
        }
        out.document(&doc);
        return Ok(());
    }
    println!("demo database {}", db.display());
    println!(
        "generated {generated} crystals (seed {seed}); added {}, updated {}, unchanged {}, rejected {} in {seconds:.1} s",
        report.added,
        report.updated,
        report.duplicates,
        report.rejected.len()
    );
    for r in report.rejected.iter().take(5) {
        println!("  rejected {}: {}", r.id, r.message);
    }
    println!(
        "version {} holds {} structures in {} shard(s)",
        snap.version(),
        snap.len(),
        snap.shards().len()
    );
    println!("\nstructures per crystal system:");
    for (k, v) in &by_system {
        println!("  {k:<14} {v}");
    }
    println!("\nstructures per prototype:");
    for (k, v) in &by_prototype {
        println!("  {k:<14} {v}");
    }
    if let Some(r) = example {
        let sg = r.spacegroup.as_ref().map(|s| format!("{} ({})", s.symbol, s.number)).unwrap_or_default();
        println!(
            "\nget {}: {} {} {}, {} sites, {:.3} g/cm³",
            r.id,
            r.formula_reduced,
            r.prototype.as_deref().unwrap_or(""),
            sg,
            r.structure.nsites(),
            r.density
        );
    }
    let d = db.display();
    let Some(job) = job else {
        println!("\nnext: crystaldb info --db {d} | crystaldb get --db {d} {example_id}");
        return Ok(());
    };
    println!("\nembeddings:");
    for e in job.embeddings.as_array().into_iter().flatten() {
        println!(
            "  {:<8} {} vectors of {} ({}, {} s)",
            e["name"].as_str().unwrap_or(""),
            e["count"],
            e["dim"],
            if e["created"].as_bool() == Some(true) { "new" } else { "unchanged" },
            e["seconds"]
        );
    }
    println!("\nnearest to {example_id} in acsf where {FILTER}:");
    for h in job.query["hits"].as_array().into_iter().flatten() {
        println!(
            "  {:<18} {:<10} {:<12} distance {}",
            h["id"].as_str().unwrap_or(""),
            h["formula"].as_str().unwrap_or(""),
            h["prototype"].as_str().unwrap_or("-"),
            h["distance"]
        );
    }
    println!(
        "\ndiagnosis ({} query crystals, duplicates of the query excluded): precision@10",
        job.diagnosis["queries"]
    );
    if let Some(rows) = job.diagnosis["precision_at_10"].as_object() {
        let labels: Vec<&String> =
            rows.values().next().and_then(|v| v.as_object()).map(|o| o.keys().collect()).unwrap_or_default();
        print!("  {:<22}", "");
        for l in &labels {
            print!(" {l:>16}");
        }
        println!();
        for (rep, by_label) in rows {
            print!("  {rep:<22}");
            for l in &labels {
                print!(" {:>16.3}", by_label[l.as_str()].as_f64().unwrap_or(f64::NAN));
            }
            println!();
        }
    }
    println!("  (chance level is each label's base rate; docs/DIAGNOSE.md defines every number)");
    println!("\nnext:");
    println!(
        "  crystaldb query --db {d} --embedding magpie --near {example_id} --filter 'band_gap > 0' --explain"
    );
    println!("  crystaldb diagnose --db {d} --embedding magpie --embedding acsf --report report/");
    println!("  crystaldb train --db {d} --encoder graph --objective masked-atom --epochs 2");
    println!("  crystaldb get --db {d} {example_id}");
    Ok(())
}

/// What the main job of the demo found.
struct Job {
    embeddings: Value,
    query: Value,
    diagnosis: Value,
}

/// Embed with every demo encoder (unchanged sets are reused), query near `example_id` and
/// diagnose the sets.
fn main_job(out: &Output, database: &Database, example_id: &str) -> anyhow::Result<Job> {
    let mut embeddings = Vec::new();
    for name in ENCODERS {
        let t = Instant::now();
        let encoder = database.encoder(name, &BTreeMap::new())?;
        let r = database.embeddings().embed(encoder.as_ref(), &EmbedOptions::default())?;
        embeddings.push(json!({
            "name": r.name,
            "version": r.version,
            "created": r.created,
            "count": r.count,
            "dim": r.dim,
            "seconds": (t.elapsed().as_secs_f64() * 10.0).round() / 10.0,
        }));
    }
    let snap = database.snapshot()?;
    let result = snap.search("acsf").filter(FILTER)?.near_id(example_id).k(5).run()?;
    let hits: Vec<Value> = result
        .hits
        .iter()
        .map(|h| {
            json!({
                "id": h.id,
                "formula": h.row.formula_reduced,
                "prototype": h.row.prototype,
                "distance": h.distance.map(|d| format!("{:.6}", d)),
            })
        })
        .collect();
    let query = json!({"embedding": "acsf", "near": example_id, "filter": FILTER, "k": 5, "hits": hits});
    let pb = out.progress(1, "diagnose");
    let options = DiagnoseOptions {
        embeddings: ENCODERS.iter().map(|s| s.to_string()).collect(),
        labels: vec!["prototype".into(), "spacegroup".into(), "crystal_system".into()],
        ks: vec![10],
        queries: Some(DIAGNOSE_QUERIES),
        properties: vec![],
        baselines: false,
        cluster_sample: 300,
        cluster_k: (2, 6),
        restarts: 1,
        components: 2,
        ..DiagnoseOptions::default()
    };
    let d = snap.diagnose(&options)?;
    pb.finish_and_clear();
    Ok(Job { embeddings: Value::Array(embeddings), query, diagnosis: summary(&d) })
}

/// Precision@10 per representation and label, with the number of query rows.
fn summary(d: &Diagnosis) -> Value {
    let mut by_rep: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    let mut queries = 0;
    for table in &d.retrieval {
        for row in &table.rows {
            queries = queries.max(row.scores.queries);
            if let Some(p) = row.scores.precision.first() {
                by_rep
                    .entry(row.representation.clone())
                    .or_default()
                    .insert(table.label.clone(), (p * 1000.0).round() / 1000.0);
            }
        }
    }
    json!({"queries": queries, "k": 10, "precision_at_10": by_rep})
}

fn string_column(batch: &RecordBatch, i: usize) -> Vec<Option<String>> {
    match batch.column(i).as_any().downcast_ref::<StringArray>() {
        Some(a) => (0..a.len()).map(|k| (!a.is_null(k)).then(|| a.value(k).to_string())).collect(),
        None => vec![None; batch.num_rows()],
    }
}

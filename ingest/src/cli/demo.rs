//! `crystaldb demo`: build the demo database from the generated corpus, then show what it holds.

use super::Output;
use crystaldb::arrow::array::{Array, RecordBatch, StringArray};
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::{Database, ScanOptions};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// `crystaldb demo [--db DIR]`.
pub fn run(out: &Output, db: &Path, count: usize, seed: u64) -> anyhow::Result<()> {
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

    if out.json {
        out.document(&json!({
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
        }));
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
    println!("\nnext: crystaldb info --db {0} | crystaldb get --db {0} {example_id}", db.display());
    Ok(())
}

fn string_column(batch: &RecordBatch, i: usize) -> Vec<Option<String>> {
    match batch.column(i).as_any().downcast_ref::<StringArray>() {
        Some(a) => (0..a.len()).map(|k| (!a.is_null(k)).then(|| a.value(k).to_string())).collect(),
        None => vec![None; batch.num_rows()],
    }
}

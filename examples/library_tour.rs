//! A tour of the library API on the generated demo corpus:
//! `cargo run --example library_tour -- [DIR]`.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::{Database, ScanOptions};

fn main() -> crystaldb::Result<()> {
    let arg = std::env::args().nth(1);
    match arg.as_deref() {
        Some("-h" | "--help") => {
            println!("usage: library_tour [DIR]");
            return Ok(());
        }
        // Not a directory to create.
        Some(flag) if flag.starts_with('-') => {
            return Err(crystaldb::Error::invalid(format!("unknown flag {flag}; usage: library_tour [DIR]")))
        }
        _ => {}
    }
    let dir = arg
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("crystaldb-tour-{}", std::process::id())));
    let db = Database::builder().create_if_missing(true).open(&dir)?;

    // Version 1: the first 500 demo crystals; version 2: 500 more.
    let records = demo_records(&DemoOptions { count: 1000, seed: 42 });
    let v1 = db.insert(records[..500].to_vec())?;
    let v2 = db.insert(records[500..].to_vec())?;
    println!("committed version {} (+{}) and {} (+{})", v1.version, v1.added, v2.version, v2.added);

    // Snapshots pin a version; the old one still reads exactly what it held.
    println!("version 1 holds {} rows, newest holds {}", db.at(1)?.len(), db.snapshot()?.len());

    // Column projection: count cubic crystals reading two columns only.
    let snap = db.snapshot()?;
    let mut cubic = 0;
    for batch in snap.scan(&ScanOptions::columns(["id", "crystal_system"]))? {
        let batch = batch?;
        let cs =
            batch.column(1).as_any().downcast_ref::<crystaldb::arrow::array::StringArray>().expect("utf8");
        cubic += cs.iter().filter(|c| *c == Some("cubic")).count();
    }
    println!("{cubic} cubic crystals");

    // One record by id, every column.
    let id = records[0].id();
    if let Some(row) = snap.get(&id)? {
        println!("{id}: {} ({}), {:.3} g/cm³", row.formula_reduced, row.chemsys, row.density);
    }
    Ok(())
}

//! Nearest-neighbour materials search: "crystals like this one, with an oxide filter", in the
//! Magpie composition space and the ACSF structure space side by side.
//!
//! `cargo run --release --example nearest_neighbours -- [DB_DIR [ID]]`
//!
//! Without arguments it builds a demo database, embeds it with both encoders and searches near
//! the first demo crystal. With a database (e.g. one made by `crystaldb ingest` + `crystaldb
//! embed --encoder magpie` + `--encoder acsf`) and an id, it searches there.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::build_encoder;
use crystaldb::Database;
use std::collections::BTreeMap;

fn main() -> crystaldb::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: nearest_neighbours [DB_DIR [ID]]");
        return Ok(());
    }
    let (db, query) = match args.as_slice() {
        [dir, id] => (Database::open(dir)?, id.clone()),
        [dir] => {
            let db = Database::open(dir)?;
            let first = db.snapshot()?.rows()?.next().transpose()?.map(|r| r.id).unwrap_or_default();
            (db, first)
        }
        _ => {
            let dir = std::env::temp_dir().join(format!("crystaldb-nn-{}", std::process::id()));
            let db = Database::builder().create_if_missing(true).open(&dir)?;
            db.insert(demo_records(&DemoOptions { count: 2000, seed: 42 }))?;
            for encoder in ["magpie", "acsf"] {
                let report = db
                    .embeddings()
                    .embed(build_encoder(encoder, &BTreeMap::new())?.as_ref(), &EmbedOptions::default())?;
                println!(
                    "embedded {}@{}: {} vectors of dimension {}",
                    report.name, report.version, report.count, report.dim
                );
            }
            (db, "demo:demo-000000".to_string())
        }
    };
    let snapshot = db.snapshot()?;
    let me = snapshot.get(&query)?.ok_or_else(|| crystaldb::Error::Missing(query.clone()))?;
    println!(
        "\nquery {query}: {} ({})",
        me.formula_reduced,
        me.spacegroup.map(|s| s.symbol).unwrap_or_default()
    );
    let filter = r#"elements HAS "O" AND nelements <= 4"#;
    for set in ["magpie", "acsf"] {
        let result = snapshot.search(set).filter(filter)?.near_id(&query).k(8).run()?;
        println!("\n{} — {}", result.plan.set.as_deref().unwrap_or(set), result.plan.reason);
        println!("{:<20} {:>9}  {:<14} {:<10} prototype", "id", "distance", "formula", "space group");
        for hit in &result.hits {
            let sg = hit
                .row
                .spacegroup
                .as_ref()
                .map(|s| format!("{} ({})", s.symbol, s.number))
                .unwrap_or_default();
            println!(
                "{:<20} {:>9.5}  {:<14} {:<10} {}",
                hit.id,
                hit.distance.unwrap_or(f32::NAN),
                hit.row.formula_reduced,
                sg,
                hit.row.prototype.as_deref().unwrap_or("-")
            );
        }
    }
    Ok(())
}

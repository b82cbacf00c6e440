//! `crystaldb export`: every visible row to Parquet or CSV.

use super::{open_read, snapshot, Output};
use crystaldb::schema::{structures_schema, COLUMNS};
use crystaldb::shard;
use crystaldb::ScanOptions;
use serde_json::json;
use std::path::Path;

/// `crystaldb export --db DIR --out FILE`.
pub fn run(out: &Output, db: &Path, file: &Path, version: Option<u64>) -> anyhow::Result<()> {
    let database = open_read(db)?;
    let snap = snapshot(&database, version)?;
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let pb = out.progress(snap.len(), "export");
    let rows = match ext.as_str() {
        "parquet" => {
            let batches: Vec<_> = snap.scan(&ScanOptions::default())?.collect::<Result<_, _>>()?;
            let n: usize = batches.iter().map(|b| b.num_rows()).sum();
            let dir = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let name =
                file.file_name().ok_or_else(|| anyhow::anyhow!("{} has no file name", file.display()))?;
            shard::write_atomic(
                dir,
                &name.to_string_lossy(),
                structures_schema(),
                &batches,
                shard::writer_properties().build(),
            )?;
            pb.inc(n as u64);
            n
        }
        "csv" => {
            let mut w = csv::Writer::from_path(file)?;
            w.write_record(COLUMNS)?;
            let mut n = 0;
            for row in snap.rows()? {
                let v = row?.to_json();
                let fields: Vec<String> = COLUMNS
                    .iter()
                    .map(|c| match &v[*c] {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                w.write_record(&fields)?;
                n += 1;
                pb.inc(1);
            }
            w.flush()?;
            n
        }
        _ => anyhow::bail!("{}: export writes .parquet or .csv", file.display()),
    };
    pb.finish_and_clear();
    if out.json {
        out.document(&json!({"version": snap.version(), "rows": rows, "out": file.display().to_string()}));
    } else {
        println!("exported {rows} rows of version {} to {}", snap.version(), file.display());
    }
    Ok(())
}

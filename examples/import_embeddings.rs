//! Vectors computed elsewhere, imported as a versioned embedding set and read back.
//!
//! `cargo run --example import_embeddings -- [DB_DIR VECTORS.parquet]`
//!
//! With no arguments it builds a demo database and writes `vectors.parquet` itself, exactly as
//! `examples/write_embeddings.py` does in Python (id + `FixedSizeList<float32>` of element
//! fractions). With arguments it imports the given file (written by the Python script from
//! `crystaldb export`) into the given database. Either way it checks the round trip vector by
//! vector and prints the nearest neighbours of one crystal in the imported space.

use crystaldb::arrow::array::{Array, AsArray, FixedSizeListArray, Float32Array, RecordBatch, StringArray};
use crystaldb::arrow::datatypes::{DataType, Field, Float32Type, Schema};
use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::{ImportOptions, ImportedVectors};
use crystaldb::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use crystaldb::parquet::arrow::ArrowWriter;
use crystaldb::{Database, Structure};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const DIM: usize = 100;

/// The stand-in "model" of the Python script: occupancy-weighted element fractions, Z = 1..100.
fn element_fractions(s: &Structure) -> Vec<f32> {
    let mut v = vec![0f32; DIM];
    for site in &s.sites {
        if (1..=DIM as u8).contains(&site.z) {
            v[site.z as usize - 1] += site.occupancy as f32;
        }
    }
    let total: f32 = v.iter().sum();
    v.iter_mut().for_each(|x| *x /= total.max(f32::MIN_POSITIVE));
    v
}

fn write_parquet(path: &Path, ids: &[String], vectors: &[f32]) -> Result<(), Box<dyn std::error::Error>> {
    let item = Arc::new(Field::new("item", DataType::Float32, false));
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("embedding", DataType::FixedSizeList(item.clone(), DIM as i32), false),
    ]));
    let list =
        FixedSizeListArray::try_new(item, DIM as i32, Arc::new(Float32Array::from(vectors.to_vec())), None)?;
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![Arc::new(StringArray::from_iter_values(ids)), Arc::new(list)],
    )?;
    let mut w = ArrowWriter::try_new(std::fs::File::create(path)?, schema, None)?;
    w.write(&batch)?;
    w.close()?;
    Ok(())
}

/// Read `id` + `embedding` (a list of float32) from a Parquet file.
fn read_parquet(path: &Path) -> Result<ImportedVectors, Box<dyn std::error::Error>> {
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(path)?)?.build()?;
    let mut out = ImportedVectors { ids: vec![], dim: 0, values: vec![] };
    for batch in reader {
        let batch = batch?;
        let ids = batch.column_by_name("id").ok_or("no id column")?.as_string::<i32>();
        let list = batch.column_by_name("embedding").ok_or("no embedding column")?.as_fixed_size_list();
        out.dim = list.value_length() as usize;
        out.ids.extend(ids.iter().map(|s| s.unwrap_or_default().to_string()));
        let values = list.values().as_primitive::<Float32Type>();
        let start = list.offset() * out.dim;
        out.values.extend_from_slice(&values.values()[start..start + list.len() * out.dim]);
    }
    Ok(out)
}

fn cosine_distance(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f32 = a.iter().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.iter().map(|x| x * x).sum::<f32>().sqrt();
    1.0 - dot / (na * nb).max(f32::MIN_POSITIVE)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: import_embeddings [DB_DIR VECTORS.parquet]");
        return Ok(());
    }
    let (dir, file) = match args.as_slice() {
        [db, file] => (PathBuf::from(db), PathBuf::from(file)),
        [] => {
            let dir = std::env::temp_dir().join(format!("crystaldb-import-{}", std::process::id()));
            let db = Database::builder().create_if_missing(true).open(&dir)?;
            let records = demo_records(&DemoOptions { count: 500, seed: 42 });
            db.insert(records.clone())?;
            let ids: Vec<String> = records.iter().map(|r| r.id()).collect();
            let vectors: Vec<f32> = records.iter().flat_map(|r| element_fractions(&r.structure)).collect();
            let file = dir.join("vectors.parquet");
            write_parquet(&file, &ids, &vectors)?;
            (dir, file)
        }
        _ => return Err("usage: import_embeddings [DB_DIR VECTORS.parquet]".into()),
    };

    let vectors = read_parquet(&file)?;
    let db = Database::open(&dir)?;
    let options = ImportOptions {
        meta: [("model".to_string(), "element-fractions".to_string())].into(),
        source: Some(file.display().to_string()),
        ..Default::default()
    };
    let report = db.embeddings().import("elfrac", &vectors, &options)?;
    println!(
        "elfrac@{}: {} vectors of dimension {} ({})",
        report.version,
        report.count,
        report.dim,
        if report.created { "new version" } else { "already imported" }
    );

    // Round trip: every vector reads back bit for bit, with its provenance.
    let set = db.embeddings().load("elfrac")?;
    for (row, id) in vectors.ids.iter().enumerate() {
        let back = set.get(id).ok_or_else(|| format!("{id} missing after import"))?;
        assert_eq!(back, &vectors.values[row * vectors.dim..(row + 1) * vectors.dim], "{id}");
    }
    println!("round trip exact for {} vectors; provenance: {:?}", set.len(), set.info().meta);

    // Nearest neighbours of the first crystal in the imported space (brute force).
    let snap = db.snapshot()?;
    let query = &vectors.ids[0];
    let q = set.get(query).ok_or("query missing")?;
    let mut hits: Vec<(f32, &String)> =
        set.ids().iter().enumerate().map(|(r, id)| (cosine_distance(q, set.vector(r)), id)).collect();
    hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
    let formula = |id: &str| snap.get(id).ok().flatten().map(|r| r.formula_reduced).unwrap_or_default();
    println!("nearest to {query} ({}):", formula(query));
    for (d, id) in hits.iter().skip(1).take(5) {
        println!("  {d:.4}  {id}  {}", formula(id));
    }
    Ok(())
}

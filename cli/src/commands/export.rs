//! `crystaldb export`: the rows of a version (all, or those a filter matches; all columns or
//! some) to Parquet or CSV, or an embedding set's ids and vectors to Parquet or `.npy`.
//!
//! Exported Parquet carries each column's unit and description in its Arrow field metadata
//! (`unit`, `description`), from the schema document.

use super::{open_read, snapshot, Output};
use anyhow::{bail, Context, Result};
use crystaldb::arrow::array::{ArrayRef, FixedSizeListArray, Float32Array, RecordBatch, StringArray};
use crystaldb::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use crystaldb::filter::Filter;
use crystaldb::schema::{documented_schema, StructureRow, COLUMNS};
use crystaldb::{shard_writer_properties, write_shard_atomic, ScanOptions, Snapshot};
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// What `crystaldb export` writes.
#[derive(Debug, Clone, Default)]
pub struct ExportArgs {
    /// Version to read (`None` = newest).
    pub version: Option<u64>,
    /// OPTIMADE filter: only the rows it matches.
    pub filter: Option<String>,
    /// Comma-separated schema columns (default: all).
    pub columns: Option<String>,
    /// Export this embedding set's ids and vectors instead of the structure rows.
    pub embedding: Option<String>,
}

/// `crystaldb export --db DIR --out FILE [--filter F] [--columns A,B] [--embedding SET]`.
pub fn run(out: &Output, db: &Path, file: &Path, args: &ExportArgs) -> Result<()> {
    let database = open_read(db)?;
    let snap = snapshot(&database, args.version)?;
    let filter = match &args.filter {
        Some(f) => {
            out.filter_warnings(f);
            Some(Filter::parse(f)?)
        }
        None => None,
    };
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let rows = match &args.embedding {
        Some(set) => {
            if args.columns.is_some() {
                bail!("--columns applies to structure rows; an embedding export writes ids and vectors");
            }
            export_embedding(&snap, set, filter.as_ref(), file, &ext)?
        }
        None => export_rows(out, &snap, filter.as_ref(), &columns(args.columns.as_deref())?, file, &ext)?,
    };
    if out.json {
        out.document(&json!({"version": snap.version(), "rows": rows, "out": file.display().to_string()}));
    } else {
        println!("exported {rows} rows of version {} to {}", snap.version(), file.display());
    }
    Ok(())
}

/// The schema columns to write: all, or the listed ones in the order given.
fn columns(list: Option<&str>) -> Result<Vec<&'static str>> {
    let Some(list) = list else { return Ok(COLUMNS.to_vec()) };
    let mut out = Vec::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) => out.push(*c),
            None => {
                return Err(crystaldb::Error::Unknown {
                    what: "column",
                    name: name.to_string(),
                    known: COLUMNS.iter().map(|c| c.to_string()).collect(),
                }
                .into())
            }
        }
    }
    if out.is_empty() {
        bail!("--columns lists no column");
    }
    Ok(out)
}

/// Every batch of the version, filtered, projected onto `columns` with the documented schema.
fn batches(
    snap: &Snapshot,
    filter: Option<&Filter>,
    columns: &[&str],
) -> Result<(SchemaRef, Vec<RecordBatch>)> {
    let full = documented_schema();
    let indices: Vec<usize> = columns.iter().map(|c| full.index_of(c)).collect::<Result<_, _>>()?;
    let schema = Arc::new(full.project(&indices)?);
    let filter = filter.map(|f| snap.bind(f)).transpose()?;
    let mut out = Vec::new();
    for batch in snap.scan(&ScanOptions::default())? {
        let batch = batch?;
        let batch = match &filter {
            Some(f) => crystaldb::arrow::compute::filter_record_batch(&batch, &f.evaluate(&batch)?)?,
            None => batch,
        };
        if batch.num_rows() > 0 {
            out.push(RecordBatch::try_new(schema.clone(), batch.project(&indices)?.columns().to_vec())?);
        }
    }
    Ok((schema, out))
}

fn export_rows(
    out: &Output,
    snap: &Snapshot,
    filter: Option<&Filter>,
    columns: &[&str],
    file: &Path,
    ext: &str,
) -> Result<usize> {
    let pb = out.progress(snap.len(), "export");
    let rows = match ext {
        "parquet" => {
            let (schema, batches) = batches(snap, filter, columns)?;
            let n: usize = batches.iter().map(|b| b.num_rows()).sum();
            write_parquet(file, schema, &batches)?;
            pb.inc(n as u64);
            n
        }
        "csv" => {
            // Whole rows are decoded for their JSON form: read every column, write the chosen.
            let (_, batches) = batches(snap, filter, &COLUMNS)?;
            let mut w =
                csv::Writer::from_path(file).with_context(|| format!("creating {}", file.display()))?;
            w.write_record(columns)?;
            let mut n = 0;
            for batch in &batches {
                for row in StructureRow::from_batch(batch)? {
                    let v = row.to_json();
                    let fields: Vec<String> = columns
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
            }
            w.flush()?;
            n
        }
        _ => bail!("{}: export writes .parquet or .csv", file.display()),
    };
    pb.finish_and_clear();
    Ok(rows)
}

fn write_parquet(file: &Path, schema: SchemaRef, batches: &[RecordBatch]) -> Result<()> {
    let dir = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = file.file_name().ok_or_else(|| anyhow::anyhow!("{} has no file name", file.display()))?;
    write_shard_atomic(dir, &name.to_string_lossy(), schema, batches, shard_writer_properties().build())?;
    Ok(())
}

/// An embedding set's ids and stored vectors (of the rows the filter matches): Parquet with columns
/// `id` and `embedding` (the layout `embed import` reads back), or a `float32` `.npy` matrix
/// with the ids beside it in `<file>.ids.txt`, one per line.
fn export_embedding(
    snap: &Snapshot,
    spec: &str,
    filter: Option<&Filter>,
    file: &Path,
    ext: &str,
) -> Result<usize> {
    let set = snap.embedding(spec)?;
    let keep: Option<HashSet<String>> = match filter {
        Some(f) => {
            let (_, batches) = batches(snap, Some(f), &["id"])?;
            let mut ids = HashSet::new();
            for b in &batches {
                let col = b.column(0).as_any().downcast_ref::<StringArray>().expect("id is utf8");
                ids.extend(col.iter().flatten().map(str::to_string));
            }
            Some(ids)
        }
        None => None,
    };
    let rows: Vec<usize> =
        (0..set.len()).filter(|&r| keep.as_ref().is_none_or(|k| k.contains(&set.ids()[r]))).collect();
    let dim = set.dim();
    // The stored vectors (a standardised set is searched as z-scores, but stores the encoder's).
    let raw = set.raw_vectors()?;
    let values: Vec<f32> = rows.iter().flat_map(|&r| raw[r * dim..(r + 1) * dim].iter().copied()).collect();
    let ids: Vec<&str> = rows.iter().map(|&r| set.ids()[r].as_str()).collect();
    let info = set.info();
    match ext {
        "parquet" => {
            let meta: HashMap<String, String> = [
                ("crystaldb.embedding_set".to_string(), info.label()),
                ("crystaldb.encoder".to_string(), info.encoder.name.clone()),
                ("crystaldb.metric".to_string(), info.metric.as_str().to_string()),
                ("crystaldb.normalization".to_string(), info.normalization().as_str().to_string()),
            ]
            .into_iter()
            .collect();
            let item = Arc::new(Field::new("item", DataType::Float32, false));
            let schema = Arc::new(Schema::new_with_metadata(
                vec![
                    Field::new("id", DataType::Utf8, false),
                    Field::new("embedding", DataType::FixedSizeList(item.clone(), dim as i32), false),
                ],
                meta,
            ));
            let vectors =
                FixedSizeListArray::try_new(item, dim as i32, Arc::new(Float32Array::from(values)), None)?;
            let columns: Vec<ArrayRef> = vec![Arc::new(StringArray::from(ids)), Arc::new(vectors)];
            write_parquet(file, schema.clone(), &[RecordBatch::try_new(schema, columns)?])?;
        }
        "npy" => {
            use npyz::WriterBuilder;
            let f = std::fs::File::create(file).with_context(|| format!("creating {}", file.display()))?;
            let shape = [rows.len() as u64, dim as u64];
            let mut w = npyz::WriteOptions::new()
                .default_dtype()
                .shape(&shape)
                .writer(std::io::BufWriter::new(f))
                .begin_nd()?;
            w.extend(values.iter().copied())?;
            w.finish()?;
            let ids_path = ids_path(file);
            let mut text = ids.join("\n");
            text.push('\n');
            std::fs::write(&ids_path, text).with_context(|| format!("writing {}", ids_path.display()))?;
        }
        _ => bail!("{}: an embedding set exports to .parquet or .npy", file.display()),
    }
    Ok(rows.len())
}

/// `vectors.npy` -> `vectors.npy.ids.txt`.
pub fn ids_path(npy: &Path) -> std::path::PathBuf {
    let mut name = npy.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".ids.txt");
    npy.with_file_name(name)
}

//! Shards: "write these rows as an immutable Parquet file; read back these rows and columns".
//!
//! A shard is written under a temporary name, fsynced, renamed into place and its directory
//! fsynced; only then may the catalog reference it. Shards are never rewritten.

use crate::error::{Error, Result};
use arrow::array::RecordBatch;
use arrow::datatypes::SchemaRef;
use parquet::arrow::arrow_reader::{
    ArrowReaderOptions, ParquetRecordBatchReaderBuilder, RowSelection, RowSelectionPolicy, RowSelector,
};
use parquet::arrow::{ArrowWriter, ProjectionMask};
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::PageIndexPolicy;
use parquet::file::properties::{EnabledStatistics, WriterProperties, WriterPropertiesBuilder};
use std::fs::File;
use std::path::Path;

/// Rows per Parquet row group: large enough for fast scans, small enough that a point lookup
/// decodes little.
pub const ROW_GROUP_ROWS: usize = 16 * 1024;

/// Prefix of files that are being written and are not yet part of any version.
pub const TMP_PREFIX: &str = ".tmp-";

/// Rows per data page (a list column is cut between write batches of this many values, a few rows
/// later): a point lookup decompresses and decodes one page per column,
/// found through the offset index, instead of every page before its row in the row group.
pub const PAGE_ROWS: usize = 256;

/// Writer settings shared by every shard kind: zstd level 3, page statistics, pages of about
/// [`PAGE_ROWS`] rows (the offset index that locates them is written by default).
pub fn writer_properties() -> WriterPropertiesBuilder {
    WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::try_new(3).expect("valid zstd level")))
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .set_data_page_row_count_limit(PAGE_ROWS)
        .set_write_batch_size(PAGE_ROWS)
        .set_statistics_enabled(EnabledStatistics::Page)
        .set_created_by(format!("crystaldb {}", env!("CARGO_PKG_VERSION")))
}

/// Write `batches` to `dir/name` atomically (temporary name, fsync, rename, fsync dir).
/// Returns the file size in bytes.
pub fn write_atomic(
    dir: &Path,
    name: &str,
    schema: SchemaRef,
    batches: &[RecordBatch],
    props: WriterProperties,
) -> Result<u64> {
    let tmp = dir.join(format!("{TMP_PREFIX}{name}"));
    let dst = dir.join(name);
    let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    let mut w = ArrowWriter::try_new(file, schema, Some(props)).map_err(|e| Error::shard(&tmp, e))?;
    for b in batches {
        w.write(b).map_err(|e| Error::shard(&tmp, e))?;
    }
    let file = w.into_inner().map_err(|e| Error::shard(&tmp, e))?;
    file.sync_all().map_err(|e| Error::io(&tmp, e))?;
    let bytes = file.metadata().map_err(|e| Error::io(&tmp, e))?.len();
    drop(file);
    std::fs::rename(&tmp, &dst).map_err(|e| Error::io(&dst, e))?;
    sync_dir(dir)?;
    Ok(bytes)
}

/// fsync a directory so that a rename in it is durable.
pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| Error::io(dir, e))
}

/// `create_dir_all`, durably: every directory it creates has its parent fsynced, so that a file
/// fsynced inside a new directory (a shard of a new embedding set, a weights file) is not lost
/// with its directory entry after a crash. Another process creating the same directory
/// meanwhile is not an error.
pub fn create_dir_durable(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(parent) = parent {
        create_dir_durable(parent)?;
    }
    match std::fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir() => return Ok(()),
        Err(e) => return Err(Error::io(dir, e)),
    }
    sync_dir(parent.unwrap_or(Path::new(".")))
}

/// Read a shard: optionally only some columns (by name) and only some rows (sorted indices).
pub fn read(
    path: &Path,
    columns: Option<&[String]>,
    rows: Option<&[u32]>,
    batch_size: usize,
) -> Result<Vec<RecordBatch>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    // A row selection reads the offset index (when the shard has one: a few bytes per page of
    // each read column) so that the pages holding none of its rows are skipped unread instead
    // of decompressed and decoded.
    let policy = if rows.is_some() { PageIndexPolicy::Optional } else { PageIndexPolicy::Skip };
    let options = ArrowReaderOptions::new().with_offset_index_policy(policy);
    let mut b = ParquetRecordBatchReaderBuilder::try_new_with_options(file, options)
        .map_err(|e| Error::shard(path, e))?;
    // Columns a later format added, asked for from a shard of an earlier one: read as null.
    let mut added = Vec::new();
    if let Some(cols) = columns {
        let schema = b.schema().clone();
        let mut idx = Vec::with_capacity(cols.len());
        for c in cols {
            match schema.index_of(c) {
                Ok(i) => idx.push(i),
                Err(_) if crate::schema::ADDED_COLUMNS.iter().any(|(a, _)| a == c) => added.push(c.as_str()),
                Err(_) => return Err(Error::shard(path, format!("no column {c}"))),
            }
        }
        let mask = ProjectionMask::roots(b.parquet_schema(), idx);
        b = b.with_projection(mask);
    }
    if let Some(rows) = rows {
        let total = b.metadata().file_metadata().num_rows() as usize;
        b = b.with_row_selection(selection(rows, total));
        // A sparse selection (rows by id, a query's candidates) skips the rows between its
        // picks without materialising them; a dense one (a scan of the visible rows) is left
        // to the reader's choice between a mask and skips.
        if rows.len().saturating_mul(8) < total {
            b = b.with_row_selection_policy(RowSelectionPolicy::Selectors);
        }
    }
    let reader = b.with_batch_size(batch_size.max(1)).build().map_err(|e| Error::shard(path, e))?;
    let batches = reader.map(|r| r.map_err(|e| Error::shard(path, e)));
    if added.is_empty() {
        return batches.collect();
    }
    batches.map(|batch| with_null_columns(&batch?, &added).map_err(|e| Error::shard(path, e))).collect()
}

/// `batch` with a null column of each name in `names` appended (typed as the structures schema
/// types it).
fn with_null_columns(batch: &RecordBatch, names: &[&str]) -> std::result::Result<RecordBatch, String> {
    let schema = crate::schema::structures_schema();
    let mut fields: Vec<_> = batch.schema().fields().iter().cloned().collect();
    let mut arrays = batch.columns().to_vec();
    for name in names {
        let field = schema.field_with_name(name).map_err(|e| e.to_string())?;
        arrays.push(arrow::array::new_null_array(field.data_type(), batch.num_rows()));
        fields.push(std::sync::Arc::new(field.clone()));
    }
    let schema = arrow::datatypes::Schema::new_with_metadata(fields, batch.schema().metadata().clone());
    RecordBatch::try_new(std::sync::Arc::new(schema), arrays).map_err(|e| e.to_string())
}

/// Row selection picking the sorted, de-duplicated `rows` out of `total`.
fn selection(rows: &[u32], total: usize) -> RowSelection {
    let mut sel = Vec::new();
    let mut pos = 0usize;
    for &r in rows {
        let r = r as usize;
        if r < pos || r >= total {
            continue;
        }
        if r > pos {
            sel.push(RowSelector::skip(r - pos));
        }
        sel.push(RowSelector::select(1));
        pos = r + 1;
    }
    if pos < total {
        sel.push(RowSelector::skip(total - pos));
    }
    RowSelection::from(sel)
}

#[cfg(test)]
mod tests {
    use super::create_dir_durable;

    #[test]
    fn durable_directories_are_created_nested_idempotently_and_concurrently() {
        let root = tempfile::tempdir().unwrap();
        let deep = root.path().join("a/b/c");
        create_dir_durable(&deep).unwrap();
        assert!(deep.is_dir());
        create_dir_durable(&deep).unwrap();
        // Four threads creating the same new tree: none fails.
        let tree = root.path().join("x/y/z");
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| create_dir_durable(&tree).unwrap());
            }
        });
        assert!(tree.is_dir());
        // A file where a directory should be is an error naming the path.
        let file = root.path().join("f");
        std::fs::write(&file, b"").unwrap();
        let e = create_dir_durable(&file.join("sub")).unwrap_err().to_string();
        assert!(e.contains(&file.display().to_string()), "{e}");
    }

    #[test]
    fn a_format_1_shard_reads_the_provenance_column_as_null() {
        use crate::schema::{structures_schema, StructureRow, ValueOrigin};
        use arrow::array::{Array, RecordBatch};
        let options = crate::schema::row::DeriveOptions::default();
        let mut rows: Vec<StructureRow> = crate::demo::demo_records(&crate::demo::DemoOptions::default())
            .into_iter()
            .take(3)
            .map(|r| StructureRow::from_record(r, &options).unwrap())
            .collect();
        rows[0]
            .provenance
            .insert("structure".into(), ValueOrigin { version: 4, file: Some("a.cif".into()), record: None });
        let batch = StructureRow::to_batch(&rows).unwrap();
        // The same rows as format 1 wrote them: no provenance column.
        let n = batch.num_columns() - 1;
        assert_eq!(batch.schema().field(n).name(), "provenance");
        let old = RecordBatch::try_new(
            std::sync::Arc::new(structures_schema().project(&(0..n).collect::<Vec<_>>()).unwrap()),
            batch.columns()[..n].to_vec(),
        )
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        for (name, b) in [("new.parquet", &batch), ("old.parquet", &old)] {
            super::write_atomic(
                dir.path(),
                name,
                b.schema(),
                std::slice::from_ref(b),
                super::writer_properties().build(),
            )
            .unwrap();
        }
        let all: Vec<String> = crate::schema::COLUMNS.iter().map(|c| c.to_string()).collect();
        let read = |name: &str, cols: Option<&[String]>| {
            super::read(&dir.path().join(name), cols, None, 10).unwrap()
        };
        // Whole rows: the new shard round-trips, the old one has empty provenance.
        let back = StructureRow::from_batch(&read("new.parquet", None)[0]).unwrap();
        assert_eq!(back, rows);
        let back = StructureRow::from_batch(&read("old.parquet", None)[0]).unwrap();
        assert!(back.iter().all(|r| r.provenance.is_empty()));
        assert_eq!(back[1], rows[1]);
        // Every column asked for by name: the old shard answers null provenance, typed as the
        // schema says, and the rest as stored.
        let old_all = &read("old.parquet", Some(&all))[0];
        let p = old_all.column_by_name("provenance").unwrap();
        assert_eq!((p.null_count(), p.data_type()), (3, &arrow::datatypes::DataType::Utf8));
        assert_eq!(StructureRow::from_batch(old_all).unwrap()[2], rows[2]);
        // A column no format has is still an error naming it.
        let e =
            super::read(&dir.path().join("old.parquet"), Some(&["nope".to_string()]), None, 10).unwrap_err();
        assert!(e.to_string().contains("no column nope"), "{e}");
    }
}

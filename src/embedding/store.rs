//! Embedding shards: Parquet files of `id`, `structure_version` and a `FixedSizeList<Float32>`
//! vector column, zstd-compressed, the floats stored with BYTE_STREAM_SPLIT and no dictionary.

use crate::catalog::embeddings::EmbeddingShard;
use crate::error::{Error, Result};
use crate::shard;
use arrow::array::{
    Array, ArrayRef, FixedSizeListArray, Float32Array, RecordBatch, StringArray, UInt64Array,
};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Encoding;
use parquet::schema::types::ColumnPath;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// Format version of embedding shards (`crystaldb.embedding_format_version` in the Parquet
/// key-value metadata).
pub const EMBEDDING_FORMAT_VERSION: u32 = 1;
/// Oldest embedding shard format this build reads.
pub const OLDEST_EMBEDDING_FORMAT_VERSION: u32 = 1;

/// Column names of an embedding shard.
pub const ID: &str = "id";
/// The structure version whose row of `id` the vector encodes.
pub const STRUCTURE_VERSION: &str = "structure_version";
/// The vector column.
pub const EMBEDDING: &str = "embedding";

/// The Arrow schema of an embedding shard of dimension `dim`.
pub fn embedding_schema(dim: usize, set: &str, spec_json: &str) -> SchemaRef {
    let item = Arc::new(Field::new("item", DataType::Float32, false));
    let fields = vec![
        Field::new(ID, DataType::Utf8, false),
        Field::new(STRUCTURE_VERSION, DataType::UInt64, false),
        Field::new(EMBEDDING, DataType::FixedSizeList(item, dim as i32), false),
    ];
    let meta: HashMap<String, String> = [
        ("crystaldb.embedding_format_version".to_string(), EMBEDDING_FORMAT_VERSION.to_string()),
        ("crystaldb.embedding_set".to_string(), set.to_string()),
        ("crystaldb.encoder".to_string(), spec_json.to_string()),
    ]
    .into_iter()
    .collect();
    Arc::new(Schema::new_with_metadata(fields, meta))
}

/// Rows of one embedding shard in memory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmbeddingRows {
    /// Record ids.
    pub ids: Vec<String>,
    /// Structure version each vector encodes.
    pub structure_versions: Vec<u64>,
    /// Row-major vectors, `ids.len() * dim` values.
    pub vectors: Vec<f32>,
}

impl EmbeddingRows {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// Write rows as `dir/name` atomically; returns the catalog entry (file relative to the
/// database directory is `rel_dir/name`).
pub(crate) fn write(
    dir: &Path,
    rel_dir: &str,
    name: &str,
    dim: usize,
    schema: SchemaRef,
    rows: &EmbeddingRows,
) -> Result<EmbeddingShard> {
    let n = rows.len();
    if rows.vectors.len() != n * dim || rows.structure_versions.len() != n {
        return Err(Error::invalid(format!(
            "embedding shard {name}: {n} ids, {} structure versions and {} values for dimension {dim}",
            rows.structure_versions.len(),
            rows.vectors.len()
        )));
    }
    let item = Arc::new(Field::new("item", DataType::Float32, false));
    let values = Arc::new(Float32Array::from(rows.vectors.clone()));
    let list = FixedSizeListArray::try_new(item, dim as i32, values, None)
        .map_err(|e| Error::shard(dir.join(name), e))?;
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from_iter_values(rows.ids.iter())),
        Arc::new(UInt64Array::from(rows.structure_versions.clone())),
        Arc::new(list),
    ];
    let batch = RecordBatch::try_new(schema.clone(), columns).map_err(|e| Error::shard(dir.join(name), e))?;
    let floats = ColumnPath::from(vec![EMBEDDING.to_string(), "list".to_string(), "item".to_string()]);
    let props = shard::writer_properties()
        .set_column_dictionary_enabled(floats.clone(), false)
        .set_column_encoding(floats, Encoding::BYTE_STREAM_SPLIT)
        .build();
    let bytes = shard::write_atomic(dir, name, schema, &[batch], props)?;
    Ok(EmbeddingShard { file: format!("{rel_dir}/{name}"), rows: n as u64, bytes, hidden: vec![] })
}

/// Read a whole embedding shard; `with_vectors = false` reads only ids and structure versions.
pub(crate) fn read(path: &Path, dim: usize, with_vectors: bool) -> Result<EmbeddingRows> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| Error::shard(path, e))?;
    check_format(path, builder.schema())?;
    let builder = if with_vectors {
        builder
    } else {
        let mask = parquet::arrow::ProjectionMask::roots(builder.parquet_schema(), [0, 1]);
        builder.with_projection(mask)
    };
    let reader = builder.with_batch_size(16 * 1024).build().map_err(|e| Error::shard(path, e))?;
    let mut out = EmbeddingRows::default();
    for batch in reader {
        let batch = batch.map_err(|e| Error::shard(path, e))?;
        let bad = |what: &str| Error::Corrupt { path: path.to_path_buf(), message: format!("column {what}") };
        let ids = batch.column(0).as_any().downcast_ref::<StringArray>().ok_or_else(|| bad(ID))?;
        let svs =
            batch.column(1).as_any().downcast_ref::<UInt64Array>().ok_or_else(|| bad(STRUCTURE_VERSION))?;
        out.ids.extend(ids.iter().map(|s| s.unwrap_or_default().to_string()));
        out.structure_versions.extend(svs.values().iter().copied());
        if with_vectors {
            let list = batch
                .column(2)
                .as_any()
                .downcast_ref::<FixedSizeListArray>()
                .ok_or_else(|| bad(EMBEDDING))?;
            if list.value_length() as usize != dim {
                return Err(Error::Corrupt {
                    path: path.to_path_buf(),
                    message: format!(
                        "vectors of length {} where the catalog says {dim}",
                        list.value_length()
                    ),
                });
            }
            let values =
                list.values().as_any().downcast_ref::<Float32Array>().ok_or_else(|| bad(EMBEDDING))?;
            let start = list.offset() * dim;
            out.vectors.extend_from_slice(&values.values()[start..start + list.len() * dim]);
        }
    }
    Ok(out)
}

fn check_format(path: &Path, schema: &SchemaRef) -> Result<()> {
    let found: u32 =
        schema.metadata().get("crystaldb.embedding_format_version").and_then(|v| v.parse().ok()).ok_or_else(
            || Error::Corrupt {
                path: path.to_path_buf(),
                message: "no crystaldb.embedding_format_version in the Parquet metadata".into(),
            },
        )?;
    if !(OLDEST_EMBEDDING_FORMAT_VERSION..=EMBEDDING_FORMAT_VERSION).contains(&found) {
        return Err(Error::UnsupportedFormat {
            path: path.to_path_buf(),
            found,
            oldest: OLDEST_EMBEDDING_FORMAT_VERSION,
            current: EMBEDDING_FORMAT_VERSION,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_round_trip_with_and_without_vectors() {
        let dir = tempfile::tempdir().unwrap();
        let rows = EmbeddingRows {
            ids: vec!["a:1".into(), "b:2".into(), "c:3".into()],
            structure_versions: vec![1, 1, 2],
            vectors: (0..12).map(|i| i as f32 * 0.5 - 1.0).collect(),
        };
        let schema = embedding_schema(4, "t", "{}");
        let e = write(dir.path(), "embeddings/t", "x.parquet", 4, schema.clone(), &rows).unwrap();
        assert_eq!(e.rows, 3);
        assert_eq!(e.file, "embeddings/t/x.parquet");
        let back = read(&dir.path().join("x.parquet"), 4, true).unwrap();
        assert_eq!(back, rows);
        let ids = read(&dir.path().join("x.parquet"), 4, false).unwrap();
        assert_eq!(ids.ids, rows.ids);
        assert!(ids.vectors.is_empty());
        assert!(read(&dir.path().join("x.parquet"), 5, true).is_err());
        assert!(write(dir.path(), "e", "y.parquet", 5, embedding_schema(5, "t", "{}"), &rows).is_err());
    }

    #[test]
    fn floats_are_written_without_dictionary_and_with_byte_stream_split() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let dir = tempfile::tempdir().unwrap();
        let rows = EmbeddingRows {
            ids: (0..100).map(|i| format!("x:{i}")).collect(),
            structure_versions: vec![1; 100],
            vectors: (0..800).map(|i| (i as f32).sin()).collect(),
        };
        write(dir.path(), "e", "z.parquet", 8, embedding_schema(8, "t", "{}"), &rows).unwrap();
        let r =
            SerializedFileReader::new(std::fs::File::open(dir.path().join("z.parquet")).unwrap()).unwrap();
        let col = r.metadata().row_group(0).column(2);
        let encodings = format!("{:?}", col.encodings().collect::<Vec<_>>());
        assert!(encodings.contains("BYTE_STREAM_SPLIT"), "{encodings}");
        assert!(!encodings.contains("DICTIONARY"), "{encodings}");
    }
}

//! Vector files made elsewhere: "here are ids and vectors in Parquet, CSV or NumPy `.npy`".
//!
//! * Parquet: an id column (`--id-column`, else `id`, else the first string column) and either a
//!   list column of floats (`--vector-column`, else `embedding`/`vector`, else the first list
//!   column; `FixedSizeList` or `List` of `Float32`/`Float64`) or, when there is no list column,
//!   every other numeric column as one dimension each, in schema order.
//! * CSV with a header row: the id column as above (else the first column), every other column a
//!   dimension.
//! * `.npy`: a C-order 2-D `float32` or `float64` array (rows are vectors); ids come from a text
//!   file with one id per line (`--ids`).
//!
//! Errors name the file and, where it applies, the row.

use anyhow::{anyhow, bail, Context, Result};
use crystaldb::arrow::array::{Array, AsArray, RecordBatch, RecordBatchReader};
use crystaldb::arrow::compute::cast;
use crystaldb::arrow::datatypes::{DataType, Float32Type};
use crystaldb::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::Path;

/// Ids (when the file has them) and row-major vectors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VectorFile {
    /// One id per row, when the format carries ids.
    pub ids: Option<Vec<String>>,
    /// Vector length.
    pub dim: usize,
    /// Row-major values.
    pub values: Vec<f32>,
}

impl VectorFile {
    /// Number of vectors.
    pub fn rows(&self) -> usize {
        self.values.len().checked_div(self.dim).unwrap_or(0)
    }
}

/// Which columns hold ids and vectors (Parquet and CSV).
#[derive(Debug, Clone, Default)]
pub struct Columns {
    /// Id column name.
    pub id: Option<String>,
    /// Vector (list) column name (Parquet).
    pub vector: Option<String>,
}

/// Read a vector file, choosing the format by extension (`.parquet`/`.pq`, `.csv`, `.npy`).
pub fn read_vectors(path: &Path, columns: &Columns) -> Result<VectorFile> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let out = match ext.as_str() {
        "parquet" | "pq" => read_parquet(path, columns),
        "csv" => read_csv(path, columns),
        "npy" => read_npy(path),
        _ => bail!("{}: unknown vector file type (expected .parquet, .csv or .npy)", path.display()),
    }
    .with_context(|| format!("reading vectors from {}", path.display()))?;
    let no_rows = match &out.ids {
        Some(ids) => ids.is_empty(),
        None => out.dim > 0 && out.values.is_empty(),
    };
    if no_rows {
        bail!("{}: no vectors (the file has no rows)", path.display());
    }
    if out.dim == 0 {
        bail!("{}: no vector columns found", path.display());
    }
    Ok(out)
}

/// Read one id per non-empty line (trimmed).
pub fn read_ids(path: &Path) -> Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading ids from {}", path.display()))?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect())
}

/// Check what npyz would trust in a `.npy` header against the file's size: the header length
/// (npyz allocates it) and the shape (npyz multiplies it out, which overflows — a panic in a
/// build with overflow checks — for a shape like `(2**32, 2**32)` in a 100-byte file).
fn check_npy_header(path: &Path) -> Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = std::fs::File::open(path)?;
    let size = f.metadata()?.len();
    let mut fixed = Vec::new();
    (&mut f).take(12).read_to_end(&mut fixed)?;
    if !fixed.starts_with(b"\x93NUMPY") {
        bail!("not a .npy file (no \\x93NUMPY magic)");
    }
    // Version 1 has a u16 header length at byte 8, versions 2 and 3 a u32.
    let (start, len) = match (fixed.get(6), fixed.len()) {
        (Some(1), 10..) => (10u64, u64::from(u16::from_le_bytes([fixed[8], fixed[9]]))),
        (Some(_), 12) => (12, u64::from(u32::from_le_bytes([fixed[8], fixed[9], fixed[10], fixed[11]]))),
        _ => bail!("the .npy header is cut short"),
    };
    if start + len > size {
        bail!("the .npy header claims {len} bytes; the file has {size}");
    }
    let mut header = vec![0u8; len as usize];
    f.seek(SeekFrom::Start(start))?;
    f.read_exact(&mut header)?;
    let header = String::from_utf8_lossy(&header);
    let shape = header
        .split_once("'shape'")
        .and_then(|(_, rest)| rest.split_once('(')?.1.split_once(')'))
        .map(|(tuple, _)| tuple)
        .ok_or_else(|| anyhow!("the .npy header has no shape tuple"))?;
    let mut values = 1u64;
    for dim in shape.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        let dim: u64 = dim.trim_end_matches('L').parse().map_err(|_| anyhow!("bad .npy shape ({shape})"))?;
        values = values.checked_mul(dim).filter(|&v| v <= size).ok_or_else(|| {
            anyhow!("the .npy shape ({shape}) needs more values than the {size}-byte file can hold")
        })?;
    }
    Ok(())
}

fn read_npy(path: &Path) -> Result<VectorFile> {
    check_npy_header(path)?;
    let open = || -> Result<npyz::NpyFile<std::io::BufReader<std::fs::File>>> {
        let f = std::fs::File::open(path)?;
        Ok(npyz::NpyFile::new(std::io::BufReader::new(f))?)
    };
    let npy = open()?;
    let shape = npy.shape().to_vec();
    if npy.order() != npyz::Order::C {
        bail!("Fortran-order arrays are not supported; save with np.ascontiguousarray");
    }
    let (rows, dim) = match shape.as_slice() {
        [r, d] => (*r as usize, *d as usize),
        [d] => (1, *d as usize),
        other => bail!("expected a 2-D array (rows x dimension), found shape {other:?}"),
    };
    let descr = npy.dtype().descr();
    let values: Vec<f32> = match descr.trim_matches('\'').trim_start_matches(['<', '|', '=']) {
        "f4" => npy.into_vec::<f32>()?,
        "f8" => npy.into_vec::<f64>()?.into_iter().map(|x| x as f32).collect(),
        _ => bail!("dtype {descr} is not supported (use float32 or float64)"),
    };
    if values.len() != rows * dim {
        bail!("holds {} values for shape {shape:?}", values.len());
    }
    Ok(VectorFile { ids: None, dim, values })
}

fn read_csv(path: &Path, columns: &Columns) -> Result<VectorFile> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_path(path)?;
    let headers = reader.headers()?.clone();
    let id_col = match &columns.id {
        Some(name) => headers.iter().position(|h| h == name).ok_or_else(|| anyhow!("no column {name:?}"))?,
        None => headers.iter().position(|h| h == "id").unwrap_or(0),
    };
    let dim = headers.len().saturating_sub(1);
    let mut ids = Vec::new();
    let mut values = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i + 2;
        let rec = rec.with_context(|| format!("line {line}"))?;
        if rec.len() != headers.len() {
            bail!("line {line}: {} fields, the header has {}", rec.len(), headers.len());
        }
        for (c, field) in rec.iter().enumerate() {
            if c == id_col {
                ids.push(field.trim().to_string());
            } else {
                let v: f32 = field.trim().parse().map_err(|_| {
                    anyhow!("line {line}, column {:?}: {field:?} is not a number", &headers[c])
                })?;
                values.push(v);
            }
        }
    }
    Ok(VectorFile { ids: Some(ids), dim, values })
}

/// [`read_parquet_file`], with a panic of the `parquet` crate as an error: it answers some
/// damaged metadata (a column chunk at a negative offset) with a panic instead of an error.
fn read_parquet(path: &Path, columns: &Columns) -> Result<VectorFile> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_parquet_file(path, columns)))
        .unwrap_or_else(|panic| {
            let why = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unreadable");
            bail!("damaged Parquet file: {why}")
        })
}

fn read_parquet_file(path: &Path, columns: &Columns) -> Result<VectorFile> {
    let file = std::fs::File::open(path)?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)?;
    // The crate asserts (panics) on a column chunk at a negative offset or of negative size.
    for (g, group) in builder.metadata().row_groups().iter().enumerate() {
        for (c, chunk) in group.columns().iter().enumerate() {
            let start = chunk.dictionary_page_offset().unwrap_or(chunk.data_page_offset());
            if start < 0 || chunk.data_page_offset() < 0 || chunk.compressed_size() < 0 {
                bail!(
                    "damaged Parquet file: row group {g}, column {c} starts at {start} with {} bytes",
                    chunk.compressed_size()
                );
            }
        }
    }
    let reader = builder.with_batch_size(8192).build()?;
    let schema = reader.schema();
    let fields = schema.fields();
    let id_col = match &columns.id {
        Some(name) => schema.index_of(name).map_err(|_| anyhow!("no column {name:?}"))?,
        None => schema
            .index_of("id")
            .ok()
            .or_else(|| {
                fields.iter().position(|f| matches!(f.data_type(), DataType::Utf8 | DataType::LargeUtf8))
            })
            .ok_or_else(|| anyhow!("no id column (give --id-column)"))?,
    };
    let is_list =
        |t: &DataType| matches!(t, DataType::FixedSizeList(..) | DataType::List(_) | DataType::LargeList(_));
    let vector_col = match &columns.vector {
        Some(name) => Some(schema.index_of(name).map_err(|_| anyhow!("no column {name:?}"))?),
        None => ["embedding", "vector"]
            .iter()
            .find_map(|n| schema.index_of(n).ok())
            .or_else(|| fields.iter().position(|f| is_list(f.data_type()))),
    };
    let wide: Vec<usize> = match vector_col {
        Some(_) => vec![],
        None => (0..fields.len()).filter(|&i| i != id_col && fields[i].data_type().is_numeric()).collect(),
    };
    let mut out = VectorFile { ids: Some(vec![]), dim: 0, values: vec![] };
    let mut row0 = 0usize;
    for batch in reader {
        let batch = batch?;
        let ids = cast(batch.column(id_col), &DataType::Utf8)?;
        let ids = ids.as_string::<i32>();
        for i in 0..ids.len() {
            if ids.is_null(i) {
                bail!("row {}: the id is null", row0 + i);
            }
            out.ids.as_mut().expect("ids").push(ids.value(i).to_string());
        }
        match vector_col {
            Some(c) => append_list(&batch, c, row0, &mut out)?,
            None => append_wide(&batch, &wide, row0, &mut out)?,
        }
        row0 += batch.num_rows();
    }
    Ok(out)
}

fn append_list(batch: &RecordBatch, col: usize, row0: usize, out: &mut VectorFile) -> Result<()> {
    let array = batch.column(col);
    let rows: Vec<Option<std::sync::Arc<dyn Array>>> = match array.data_type() {
        DataType::FixedSizeList(..) => array.as_fixed_size_list().iter().collect(),
        DataType::List(_) => array.as_list::<i32>().iter().collect(),
        DataType::LargeList(_) => array.as_list::<i64>().iter().collect(),
        other => bail!("column {} is {other}, not a list of floats", batch.schema().field(col).name()),
    };
    for (i, row) in rows.into_iter().enumerate() {
        let row = row.ok_or_else(|| anyhow!("row {}: the vector is null", row0 + i))?;
        let floats = cast(&row, &DataType::Float32)?;
        let floats = floats.as_primitive::<Float32Type>();
        if floats.null_count() > 0 {
            bail!("row {}: the vector has null values", row0 + i);
        }
        if floats.is_empty() {
            // An empty first vector would leave the width unset and shift every later row.
            bail!("row {}: the vector is empty", row0 + i);
        }
        if out.dim == 0 {
            out.dim = floats.len();
        } else if floats.len() != out.dim {
            bail!("row {}: vector of length {}, earlier rows have {}", row0 + i, floats.len(), out.dim);
        }
        out.values.extend_from_slice(floats.values());
    }
    Ok(())
}

fn append_wide(batch: &RecordBatch, cols: &[usize], row0: usize, out: &mut VectorFile) -> Result<()> {
    out.dim = cols.len();
    let casted =
        cols.iter().map(|&c| cast(batch.column(c), &DataType::Float32)).collect::<Result<Vec<_>, _>>()?;
    let prims: Vec<_> = casted.iter().map(|a| a.as_primitive::<Float32Type>()).collect();
    for i in 0..batch.num_rows() {
        for p in &prims {
            if p.is_null(i) {
                bail!("row {}: a value is null", row0 + i);
            }
            out.values.push(p.value(i));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Write a Parquet file with an `id` column and an `embedding` list column, one row per
    /// entry of `rows`.
    fn write_list_parquet(path: &std::path::Path, rows: &[&[f32]]) {
        use crystaldb::arrow::array::{Float32Builder, ListBuilder, StringArray};
        use crystaldb::arrow::datatypes::{Field, Schema};
        use std::sync::Arc;
        let mut lists = ListBuilder::new(Float32Builder::new());
        for r in rows {
            lists.values().append_slice(r);
            lists.append(true);
        }
        let lists = lists.finish();
        let schema = Arc::new(Schema::new(vec![
            Field::new("id", DataType::Utf8, false),
            Field::new("embedding", lists.data_type().clone(), true),
        ]));
        let ids: Vec<String> = (0..rows.len()).map(|i| format!("r{i}")).collect();
        let batch =
            RecordBatch::try_new(schema.clone(), vec![Arc::new(StringArray::from(ids)), Arc::new(lists)])
                .unwrap();
        let file = std::fs::File::create(path).unwrap();
        let mut w = crystaldb::parquet::arrow::ArrowWriter::try_new(file, schema, None).unwrap();
        w.write(&batch).unwrap();
        w.close().unwrap();
    }

    /// An empty first list left the width unset: the ids and the vectors then disagreed and
    /// every later row was read as the one before it.
    #[test]
    fn parquet_empty_vectors_are_located_errors() {
        let dir = tempfile::tempdir().unwrap();
        for (empty_row, rows) in
            [(0, [&[][..], &[1.0, 2.0], &[3.0, 4.0]]), (2, [&[1.0, 2.0], &[3.0, 4.0], &[]])]
        {
            let p = dir.path().join(format!("v{empty_row}.parquet"));
            write_list_parquet(&p, &rows);
            let e = format!("{:#}", read_vectors(&p, &Columns::default()).unwrap_err());
            assert!(e.contains(&format!("row {empty_row}: the vector is empty")), "{e}");
        }
    }

    /// A file with a header and no rows says so (it was "no vector columns found" for a Parquet
    /// list column, whose width comes from the first row).
    #[test]
    fn files_without_rows_say_so() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("v.csv");
        std::fs::write(&csv, "id,x0,x1\n").unwrap();
        let pq = dir.path().join("v.parquet");
        write_list_parquet(&pq, &[]);
        for p in [csv, pq] {
            let e = format!("{:#}", read_vectors(&p, &Columns::default()).unwrap_err());
            assert!(e.contains("no vectors (the file has no rows)"), "{e}");
        }
    }

    /// Headers npyz would trust: a shape whose product overflows (npyz panicked in a build with
    /// overflow checks) and a version-2 header length of 4 GiB (npyz allocated it).
    #[test]
    fn npy_headers_larger_than_the_file_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let npy = |version: u8, header: &str| {
            let mut b = b"\x93NUMPY".to_vec();
            b.extend([version, 0]);
            let h = format!("{header:<117}\n");
            if version == 1 {
                b.extend((h.len() as u16).to_le_bytes());
            } else {
                b.extend((h.len() as u32).to_le_bytes());
            }
            b.extend(h.as_bytes());
            b.extend([0u8; 16]);
            b
        };
        let header =
            |shape: &str| format!("{{'descr': '<f4', 'fortran_order': False, 'shape': ({shape}), }}");
        let cases: [(Vec<u8>, &str); 4] = [
            (npy(1, &header("4294967296, 4294967296")), "needs more values than"),
            (npy(3, &header("18446744073709551615, 2")), "needs more values than"),
            ([&b"\x93NUMPY\x02\x00"[..], &[0xf0, 0xff, 0xff, 0xff], &[b' '; 8]].concat(), "header claims"),
            (b"\x93NUMPY\x01\x00".to_vec(), "cut short"),
        ];
        for (k, (bytes, want)) in cases.into_iter().enumerate() {
            let p = dir.path().join(format!("v{k}.npy"));
            std::fs::write(&p, bytes).unwrap();
            let e = format!("{:#}", read_vectors(&p, &Columns::default()).unwrap_err());
            assert!(e.contains(want), "case {k}: {e}");
        }
        // A well-formed header still reads (2 rows of 2 float32 values).
        let mut ok = npy(1, &header("2, 2"));
        ok.truncate(ok.len() - 16);
        ok.extend([1.0f32, 2.0, 3.0, 4.0].iter().flat_map(|x| x.to_le_bytes()));
        let p = dir.path().join("ok.npy");
        std::fs::write(&p, ok).unwrap();
        assert_eq!(read_vectors(&p, &Columns::default()).unwrap().values, [1.0, 2.0, 3.0, 4.0]);
    }

    #[test]
    fn csv_vectors_with_located_errors() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v.csv");
        std::fs::write(&p, "id,a,b\nx:1,1.0,2\nx:2,3,4.5\n").unwrap();
        let v = read_vectors(&p, &Columns::default()).unwrap();
        assert_eq!(v.ids.as_deref().unwrap(), ["x:1", "x:2"]);
        assert_eq!((v.dim, v.values.clone()), (2, vec![1.0, 2.0, 3.0, 4.5]));
        std::fs::write(&p, "id,a,b\nx:1,1.0,2\nx:2,oops,4.5\n").unwrap();
        let e = format!("{:#}", read_vectors(&p, &Columns::default()).unwrap_err());
        assert!(e.contains("v.csv") && e.contains("line 3") && e.contains("oops"), "{e}");
    }

    #[test]
    fn npy_float32_and_float64() {
        let dir = tempfile::tempdir().unwrap();
        for (descr, bytes) in [("<f4", 4usize), ("<f8", 8)] {
            let header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': (2, 3), }}");
            let mut h = header.into_bytes();
            while (10 + h.len() + 1) % 64 != 0 {
                h.push(b' ');
            }
            h.push(b'\n');
            let mut data = b"\x93NUMPY\x01\x00".to_vec();
            data.extend_from_slice(&(h.len() as u16).to_le_bytes());
            data.extend_from_slice(&h);
            for i in 0..6 {
                if bytes == 4 {
                    data.extend_from_slice(&(i as f32 * 0.5).to_le_bytes());
                } else {
                    data.extend_from_slice(&(i as f64 * 0.5).to_le_bytes());
                }
            }
            let p = dir.path().join(format!("v{bytes}.npy"));
            std::fs::write(&p, &data).unwrap();
            let v = read_vectors(&p, &Columns::default()).unwrap();
            assert_eq!((v.rows(), v.dim, v.ids.is_none()), (2, 3, true));
            assert_eq!(v.values, vec![0.0, 0.5, 1.0, 1.5, 2.0, 2.5]);
        }
        let bad = dir.path().join("bad.npy");
        std::fs::write(&bad, b"not numpy").unwrap();
        assert!(read_vectors(&bad, &Columns::default()).is_err());
    }

    /// Valid vector files of each format, damaged every way `testdata::corrupted` knows: each
    /// read is vectors or an error naming the file, never a panic.
    #[test]
    fn corrupted_vector_files_are_errors_never_panics() {
        use crystaldb::testdata::{corrupted, no_panic};
        let dir = tempfile::tempdir().unwrap();
        let rows: Vec<Vec<f32>> =
            (0..40).map(|i| (0..8).map(|j| (i * 8 + j) as f32 * 0.25).collect()).collect();
        let refs: Vec<&[f32]> = rows.iter().map(Vec::as_slice).collect();
        let pq = dir.path().join("valid.parquet");
        write_list_parquet(&pq, &refs);
        let mut csv = String::from("id,x0,x1,x2,x3,x4,x5,x6,x7\n");
        for (i, r) in rows.iter().enumerate() {
            csv.push_str(&format!("r{i},{}\n", r.iter().map(f32::to_string).collect::<Vec<_>>().join(",")));
        }
        let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (40, 8), }";
        let mut h = header.as_bytes().to_vec();
        while !(10 + h.len() + 1).is_multiple_of(64) {
            h.push(b' ');
        }
        h.push(b'\n');
        let mut npy = b"\x93NUMPY\x01\x00".to_vec();
        npy.extend_from_slice(&(h.len() as u16).to_le_bytes());
        npy.extend_from_slice(&h);
        rows.iter().flatten().for_each(|v| npy.extend_from_slice(&v.to_le_bytes()));

        for (ext, bytes) in
            [("parquet", std::fs::read(&pq).unwrap()), ("csv", csv.into_bytes()), ("npy", npy)]
        {
            let valid = dir.path().join(format!("ok.{ext}"));
            std::fs::write(&valid, &bytes).unwrap();
            assert_eq!(read_vectors(&valid, &Columns::default()).unwrap().rows(), 40, "{ext}");
            let p = dir.path().join(format!("damaged.{ext}"));
            let (mut read, mut rejected) = (0, 0);
            for (what, b) in corrupted(&bytes, 150) {
                std::fs::write(&p, &b).unwrap();
                match no_panic(|| read_vectors(&p, &Columns::default())) {
                    Err(panic) => panic!("{ext}, {what}: panicked: {panic}"),
                    Ok(Ok(v)) => {
                        read += 1;
                        assert!(v.rows() <= 40 && v.values.len() == v.rows() * v.dim, "{ext}, {what}");
                    }
                    Ok(Err(e)) => {
                        rejected += 1;
                        assert!(format!("{e:#}").contains("damaged."), "{ext}, {what}: {e:#}");
                    }
                }
            }
            assert!(rejected > 0 && read + rejected > 300, "{ext}: {read} read, {rejected} rejected");
        }
    }
}

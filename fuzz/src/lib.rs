//! Shared driver of the fuzz targets: run one reader over arbitrary bytes and check the reader
//! contract (results are records or located errors, never a panic, never an endless stream).

use crystaldb::structure::ValidationOptions;
use crystaldb_readers::{ReadContext, StructureReader};
use std::io::Cursor;

/// Run `reader` over `data` as the ingest job does (validating each record), with `file_name`
/// as the input's name. Panics (so that libFuzzer reports a crash) only when the contract is
/// broken: more results than the input has bytes means the reader loops without consuming.
pub fn drain(reader: &dyn StructureReader, file_name: &str, data: &[u8]) {
    let ctx = ReadContext::for_path(std::path::Path::new(file_name));
    let limit = data.len() + 2;
    let validation = ValidationOptions::default();
    let mut n = 0usize;
    for result in reader.read(Box::new(Cursor::new(data)), &ctx).take(limit + 1) {
        n += 1;
        match result {
            Ok(record) => {
                let _ = record.validate(&validation);
            }
            Err(e) => assert!(!e.to_string().is_empty(), "an error without a message"),
        }
    }
    assert!(n <= limit, "{} yielded {n} results for {} bytes", reader.name(), data.len());
}

/// A scratch file for one fuzz input (libFuzzer runs one input at a time per process).
fn scratch(name: &str, data: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("crystaldb-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    let path = dir.join(name);
    std::fs::write(&path, data).expect("scratch file");
    path
}

/// Read `data` as a vector file of the format the first byte picks (`.npy`, CSV, Parquet), as
/// `crystaldb embeddings import` does: vectors consistent with their ids, or an error naming
/// the file.
pub fn read_vector_file(data: &[u8]) {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let ext = ["npy", "csv", "parquet"][usize::from(kind) % 3];
    let path = scratch(&format!("vectors.{ext}"), bytes);
    match crystaldb_readers::vectors::read_vectors(&path, &Default::default()) {
        Ok(v) => {
            assert_eq!(v.values.len(), v.rows() * v.dim, "values are rows x dim");
            if let Some(ids) = &v.ids {
                assert_eq!(ids.len(), v.rows(), "one id per vector");
            }
        }
        Err(e) => assert!(format!("{e:#}").contains("vectors."), "an error that does not name the file: {e:#}"),
    }
}

/// Load a saved HNSW index whose `index.json` is `data` (the graph files are a real index's):
/// the index, or an error naming it.
pub fn load_index_meta(data: &[u8]) {
    use crystaldb::index::{synthetic::uniform, HnswIndex, HnswParams};
    use crystaldb::encode::Metric;
    use std::sync::OnceLock;
    static SAVED: OnceLock<(std::path::PathBuf, crystaldb::index::Vectors)> = OnceLock::new();
    let (dir, vectors) = SAVED.get_or_init(|| {
        let v = uniform(200, 8, 1);
        let params = HnswParams { max_connections: 8, ef_construction: 32, ..Default::default() };
        let dir = scratch("placeholder", b"").with_file_name("index");
        let _ = std::fs::remove_dir_all(&dir);
        HnswIndex::build(v.clone(), Metric::L2, params, None).expect("build").save(&dir).expect("save");
        (dir, v)
    });
    std::fs::write(dir.join("index.json"), data).expect("index.json");
    if let Err(e) = HnswIndex::load(dir, vectors.clone()) {
        assert!(e.to_string().contains("index"), "an error that does not name the index: {e}");
    }
}

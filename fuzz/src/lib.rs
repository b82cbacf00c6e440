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

//! Test helpers: run a reader over a file or a string and split records from errors.

use crate::reader::{ReadContext, StructureReader};
use crystaldb::Record;
use std::path::Path;

/// Records and error messages of `reader` over the file at `path`.
pub(crate) fn read_path(reader: &dyn StructureReader, path: &Path) -> (Vec<Record>, Vec<String>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let ctx = ReadContext::for_path(path);
    split(reader, bytes, &ctx)
}

/// Records and error messages of `reader` over `text`, as if read from `name`.
pub(crate) fn read_str(reader: &dyn StructureReader, text: &str, name: &str) -> (Vec<Record>, Vec<String>) {
    read_all(reader, text.as_bytes(), name)
}

/// Records and error messages of `reader` over `bytes`, as if read from `name`.
pub(crate) fn read_all(reader: &dyn StructureReader, bytes: &[u8], name: &str) -> (Vec<Record>, Vec<String>) {
    let ctx = ReadContext::for_path(Path::new(name));
    split(reader, bytes.to_vec(), &ctx)
}

fn split(reader: &dyn StructureReader, bytes: Vec<u8>, ctx: &ReadContext) -> (Vec<Record>, Vec<String>) {
    let mut ok = Vec::new();
    let mut errs = Vec::new();
    for r in reader.read(Box::new(std::io::Cursor::new(bytes)), ctx) {
        match r {
            Ok(r) => ok.push(r),
            Err(e) => errs.push(e.to_string()),
        }
    }
    (ok, errs)
}

/// Whether `a` is within `tol` of `b`, relative to `|b|` when that exceeds 1.
pub(crate) fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

/// The first bytes of a file, as a caller would hand them to `sniff`.
pub(crate) fn head(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    bytes[..bytes.len().min(8192)].to_vec()
}

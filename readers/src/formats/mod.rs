//! One module per input format, and the registry that picks a reader for a file.

pub mod aflow;
pub mod cif;
pub mod extxyz;
pub mod json;
mod json_fields;
pub mod json_stream;
pub mod mp20_csv;
pub mod mp_json;
pub mod nomad;
pub mod optimade;
pub mod oqmd;
pub mod poscar;
#[cfg(test)]
mod test_support;
pub(crate) mod text;

pub use cif::CifReader;
pub use extxyz::ExtXyzReader;
pub use json::{detect_json, JsonReader};
pub use mp20_csv::Mp20CsvReader;
pub use poscar::PoscarReader;

use crate::reader::StructureReader;

/// Every reader, in detection order: the JSON readers (which decide among themselves with
/// [`detect_json`] over [`json::JSON_FORMATS`], so at most one claims a file), then CSV with a CIF column, CIF, POSCAR and
/// extended XYZ.
pub fn all_readers() -> Vec<Box<dyn StructureReader>> {
    let mut v: Vec<Box<dyn StructureReader>> = json::json_readers();
    v.push(Box::new(Mp20CsvReader));
    v.push(Box::new(CifReader));
    v.push(Box::new(PoscarReader));
    v.push(Box::new(ExtXyzReader));
    v
}

/// The reader named `name` (as `--format` takes it).
pub fn reader_by_name(name: &str) -> Option<Box<dyn StructureReader>> {
    all_readers().into_iter().find(|r| r.name() == name)
}

/// The first reader whose `sniff` accepts the (decompressed) file name and head.
pub fn detect(file_name: &str, head: &[u8]) -> Option<Box<dyn StructureReader>> {
    all_readers().into_iter().find(|r| r.sniff(file_name, head))
}

/// Names of every format.
pub fn format_names() -> Vec<&'static str> {
    all_readers().iter().map(|r| r.name()).collect()
}

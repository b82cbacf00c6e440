//! One module per input format.

pub mod cif;
pub mod extxyz;
pub mod mp20_csv;
pub mod poscar;
pub(crate) mod text;

pub use cif::CifReader;
pub use extxyz::ExtXyzReader;
pub use mp20_csv::Mp20CsvReader;
pub use poscar::PoscarReader;

//! One module per input format.

pub mod cif;
pub mod poscar;
pub(crate) mod text;

pub use cif::CifReader;
pub use poscar::PoscarReader;

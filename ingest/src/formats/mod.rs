//! One module per input format.

pub mod cif;
pub mod extxyz;
pub mod poscar;
pub(crate) mod text;

pub use cif::CifReader;
pub use extxyz::ExtXyzReader;
pub use poscar::PoscarReader;

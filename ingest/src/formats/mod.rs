//! One module per input format.

pub mod cif;
pub(crate) mod text;

pub use cif::CifReader;

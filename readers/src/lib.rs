//! Readers for crystal-structure dumps and files ([`formats`], behind the [`StructureReader`]
//! seam), opening of plain and compressed inputs ([`input`]), the ingest job that feeds a
//! database ([`job`]) and readers of vector files for imported embeddings ([`vectors`]).
#![deny(missing_docs)]

pub mod formats;
pub mod input;
pub mod job;
pub mod reader;
pub mod vectors;

pub use reader::{ReadContext, RecordResult, StructureReader};

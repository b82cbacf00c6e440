//! Readers for crystal-structure dumps and files, and the offline ingestion jobs of the
//! `crystaldb` command line.
#![deny(missing_docs)]

pub mod cli;
pub mod formats;
pub mod input;
pub mod job;
pub mod reader;
pub mod vectors;

pub use reader::{ReadContext, RecordResult, StructureReader};

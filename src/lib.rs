//! crystaldb: an embedded database for crystal structures and their learned embeddings.
#![deny(missing_docs)]

pub mod catalog;
pub mod db;
pub mod demo;
pub mod encode;
pub mod error;
pub mod record;
pub mod schema;
pub mod shard;
pub mod structure;
pub mod testdata;

pub use arrow;
pub use db::{Database, DatabaseBuilder, InsertReport, ScanOptions, Snapshot};
pub use error::{Error, Result};
pub use parquet;
pub use record::{Properties, Record};
pub use schema::StructureRow;
pub use structure::{Lattice, Site, Structure};

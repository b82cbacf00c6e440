//! crystaldb: an embedded database for crystal structures and their learned embeddings.
#![deny(missing_docs)]

pub mod demo;
pub mod error;
pub mod record;
pub mod structure;
pub mod testdata;

pub use error::{Error, Result};
pub use record::{Properties, Record};
pub use structure::{Lattice, Site, Structure};

//! crystaldb: an embedded database for crystal structures and their learned embeddings.
//!
//! ```
//! use crystaldb::{Database, Lattice, Record, Structure};
//! # fn main() -> crystaldb::Result<()> {
//! # let dir = tempfile::tempdir().unwrap();
//! let db = Database::create(dir.path())?;
//! let a = 4.12; // CsCl, Å
//! let lattice = Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
//! let cscl = Structure::new(lattice, &[55, 17], &[[0.0; 3], [0.5; 3]])?;
//! let version = db.insert([Record::new("file", "CsCl", cscl)])?.version;
//! let row = db.at(version)?.get("file:CsCl")?.expect("just inserted");
//! assert_eq!(row.spacegroup.map(|s| s.number), Some(221));
//! # Ok(())
//! # }
//! ```
//!
//! Architecture in a paragraph: readers (crate `crystaldb-readers`) turn files into [`Record`]s;
//! [`Database::insert`] validates them, derives the canonical columns ([`schema`]: formulas,
//! space group from spglib, fingerprint), links records of the same crystal to one material key,
//! writes immutable Parquet shards (module `shard`) and commits a new version in one redb
//! transaction (module `catalog`); a [`Snapshot`] pins a version for reads and
//! [`Snapshot::select`]s the rows that match an OPTIMADE [`filter`]; [`encode`] turns
//! structures into vectors (engineered encoders here; the open [`encode::registry`] takes the
//! learned ones of crate `crystaldb-learned`), [`embedding`] stores them as versioned sets,
//! [`index`] finds the nearest ones (exact or HNSW) and [`Searcher`] plans filtered
//! nearest-neighbour searches. Crate `crystaldb-diagnose` measures what an embedding knows. See
//! `ARCHITECTURE.md` and `docs/ON_DISK.md`.
#![deny(missing_docs)]

// Concepts a user works with: their own modules.
pub mod demo;
pub mod embedding;
pub mod encode;
pub mod filter;
pub mod index;
pub mod interrupt;
pub mod schema;
pub mod structure;
pub mod testdata;

// The machinery behind the facade: private, its public types in the flat list below.
mod catalog;
mod db;
mod error;
mod query;
mod record;
mod shard;
#[cfg(test)]
mod test_alloc;

pub use arrow;
pub use catalog::embeddings::{parse_set_ref, validate_set_name, EmbeddingShard, SetKey, SetKind};
pub use catalog::manifest::{
    manifest_file_name, FileEntry, Manifest, ManifestColumn, SetFiles, TableFiles, LATEST_MANIFEST,
    MANIFESTS_DIR, MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION,
};
pub use catalog::{IdEntry, ShardInfo, VersionInfo, CATALOG_FORMAT_VERSION, OLDEST_CATALOG_FORMAT_VERSION};
pub use db::{
    first_equal, first_equal_prepared, prepare_all, write_file_atomic, BoundFilter, Database,
    DatabaseBuilder, InsertOptions, InsertReport, KnownMatch, Link, OnUpdate, Origin, RejectedRecord,
    ScanOptions, Selection, Snapshot, Weights, CATALOG_FILE, LOCK_FILE, STRUCTURES_DIR, WEIGHTS_DIR,
};
pub use embedding::{EmbeddingSet, EmbeddingSetInfo, Embeddings};
pub use error::{Error, Result};
pub use filter::Filter;
pub use parquet;
pub use query::{
    index_dir, IndexReport, Plan, Search, SearchHit, SearchOptions, SearchResult, Searcher, Strategy, Target,
    INDEXES_DIR,
};
pub use record::{Properties, Record};
pub use schema::StructureRow;
pub use shard::{
    create_dir_durable, sync_dir, write_atomic as write_shard_atomic,
    writer_properties as shard_writer_properties, ROW_GROUP_ROWS, TMP_PREFIX,
};
pub use structure::{Lattice, Site, Structure};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(doctest)]
#[doc = include_str!("../docs/FILTER.md")]
struct FilterDocDoctests;

//! Queries: "crystals near mp-1234 in the Magpie space, with band gap above 1.5 eV, containing
//! Li and O, at most four elements".
//!
//! Three stages: a parsed [`Filter`] -> a [`Plan`] bound to one snapshot and one embedding-set
//! version -> execution. The plan evaluates the filter to the set of matching rows (shards ruled
//! out by their statistics are not read) and picks the search:
//!
//! * **exact** (faer matrix products over the allowed rows) when asked for, when the set is small
//!   (at most [`SearchOptions::exact_max_rows`] rows, where a scan is as fast as a graph walk), or
//!   when the filter keeps at most [`HnswParams::exact_below`] rows;
//! * **hnsw** otherwise: the set version's persisted HNSW index (built on first use), searched
//!   with the matching rows as an allow-list, widening `ef` and finally falling back to an exact
//!   scan of the allowed rows, so that a search returns `k` hits whenever `k` rows match.
//!
//! The query itself (and optionally every record linked to the same material) is removed from
//! the allow-list before searching, never filtered out afterwards.
//!
//! Hits are sorted by distance, then by record id: rows at equal distance come back in id
//! order, whatever order the set stores them in. Exact search ranks every tied row, so the
//! `k`-th place goes to the smallest id among the rows at the `k`-th distance; HNSW is
//! approximate, so at the `k`-th distance it returns the tied rows its graph walk found, in id
//! order.
//!
//! ```
//! # fn main() -> crystaldb::Result<()> {
//! use crystaldb::demo::{demo_records, DemoOptions};
//! use crystaldb::embedding::EmbedOptions;
//! use crystaldb::encode::build_encoder;
//! let dir = tempfile::tempdir().unwrap();
//! let db = crystaldb::Database::create(dir.path())?;
//! db.insert(demo_records(&DemoOptions { count: 200, seed: 1 }))?;
//! db.embeddings().embed(build_encoder("magpie", &Default::default())?.as_ref(), &EmbedOptions::default())?;
//! let snapshot = db.snapshot()?;
//! let result = snapshot
//!     .search("magpie")
//!     .filter(r#"elements HAS "O" AND nelements <= 4"#)?
//!     .near_id("demo:demo-000000")
//!     .k(5)
//!     .run()?;
//! assert_eq!(result.hits.len(), 5);
//! assert!(result.hits.iter().all(|h| h.row.elements.iter().any(|e| e == "O")));
//! # Ok(())
//! # }
//! ```

mod fetch;
mod indexes;
mod plan;

pub use indexes::{index_dir, IndexReport, INDEXES_DIR};
pub use plan::{Plan, Searcher, Strategy};

use crate::db::Snapshot;
use crate::embedding::EmbeddingSet;
use crate::error::{Error, Result};
use crate::filter::Filter;
use crate::index::HnswParams;
use crate::schema::StructureRow;
use crate::structure::Structure;

/// What to search near.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// The stored vector of a record.
    Id(String),
    /// A structure, encoded on the fly with the set's encoder and parameters.
    Structure(Box<Structure>),
    /// A raw vector of the set's dimension.
    Vector(Vec<f32>),
}

/// Settings of the planner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SearchOptions {
    /// Always search exactly.
    pub exact: bool,
    /// Sets of at most this many rows are always searched exactly (default 20,000; see
    /// `benches/index.rs`).
    pub exact_max_rows: usize,
    /// HNSW build and search parameters.
    pub hnsw: HnswParams,
    /// Remove the query record from the candidates (default true for [`Target::Id`]).
    pub exclude_query: bool,
    /// Also remove every record linked to the query's material (its duplicates from other
    /// sources).
    pub exclude_duplicates: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        Self {
            exact: false,
            exact_max_rows: 20_000,
            hnsw: HnswParams::default(),
            exclude_query: true,
            exclude_duplicates: false,
        }
    }
}

/// One hit: the record, its distance to the query (none for filter-only queries) and its row.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Record id.
    pub id: String,
    /// Distance in the set's metric (cosine distance or Euclidean).
    pub distance: Option<f32>,
    /// The record's stored row.
    pub row: StructureRow,
}

/// Hits and the plan that produced them.
#[derive(Debug, Clone)]
pub struct SearchResult {
    /// How the query was answered, and why.
    pub plan: Plan,
    /// Hits, nearest first, equal distances in id order (filter-only: scan order).
    pub hits: Vec<SearchHit>,
}

/// A search being described; [`Search::run`] executes it. Built by [`Snapshot::search`] or
/// [`Snapshot::query`].
#[derive(Debug, Clone)]
pub struct Search<'a> {
    snapshot: &'a Snapshot,
    set: Option<String>,
    loaded: Option<EmbeddingSet>,
    filter: Option<Filter>,
    target: Option<Target>,
    k: usize,
    limit: usize,
    options: SearchOptions,
}

impl Snapshot {
    /// A nearest-neighbour search in the embedding set `NAME` or `NAME@V`.
    pub fn search(&self, set: &str) -> Search<'_> {
        Search::new(self, Some(set.to_string()))
    }

    /// A filter-only query (no embedding set): `.filter(...)`, `.limit(n)`, `.run()`.
    pub fn query(&self) -> Search<'_> {
        Search::new(self, None)
    }

    /// A nearest-neighbour search in a set version already loaded (one a server keeps across
    /// requests: set versions are immutable, so it never goes stale). The set must cover at
    /// most this snapshot's structure version.
    pub fn search_loaded(&self, set: EmbeddingSet) -> Search<'_> {
        let mut s = Search::new(self, Some(set.info().label()));
        s.loaded = Some(set);
        s
    }
}

impl<'a> Search<'a> {
    fn new(snapshot: &'a Snapshot, set: Option<String>) -> Self {
        Self {
            snapshot,
            set,
            loaded: None,
            filter: None,
            target: None,
            k: 10,
            limit: 0,
            options: SearchOptions::default(),
        }
    }

    /// Keep only rows matching an OPTIMADE filter.
    pub fn filter(mut self, expr: &str) -> Result<Self> {
        self.filter = Some(Filter::parse(expr)?);
        Ok(self)
    }

    /// Keep only rows matching a parsed filter.
    pub fn with_filter(mut self, filter: Filter) -> Self {
        self.filter = Some(filter);
        self
    }

    /// Search near the stored vector of record `id`.
    pub fn near_id(mut self, id: impl Into<String>) -> Self {
        self.target = Some(Target::Id(id.into()));
        self
    }

    /// Search near a structure, encoded with the set's encoder.
    pub fn near_structure(mut self, s: Structure) -> Self {
        self.target = Some(Target::Structure(Box::new(s)));
        self
    }

    /// Search near a vector in the set's stored space (what its encoder outputs and what
    /// `export --embedding` writes); a standardised set maps it to z-scores like its rows.
    pub fn near_vector(mut self, v: Vec<f32>) -> Self {
        self.target = Some(Target::Vector(v));
        self
    }

    /// Search near a [`Target`].
    pub fn near(mut self, t: Target) -> Self {
        self.target = Some(t);
        self
    }

    /// Number of neighbours (default 10).
    pub fn k(mut self, k: usize) -> Self {
        self.k = k;
        self
    }

    /// Largest number of rows of a filter-only query (0 = all, the default).
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = n;
        self
    }

    /// Force exact search.
    pub fn exact(mut self, yes: bool) -> Self {
        self.options.exact = yes;
        self
    }

    /// Planner settings.
    pub fn options(mut self, options: SearchOptions) -> Self {
        self.options = options;
        self
    }

    /// Also exclude records linked to the query's material.
    pub fn exclude_duplicates(mut self, yes: bool) -> Self {
        self.options.exclude_duplicates = yes;
        self
    }

    /// Keep (false) or remove (true, the default) the query record itself.
    pub fn exclude_query(mut self, yes: bool) -> Self {
        self.options.exclude_query = yes;
        self
    }

    /// The plan, without running the search (the filter is evaluated and the set loaded).
    pub fn explain(&self) -> Result<Plan> {
        Ok(self.prepare()?.plan)
    }

    /// Bind the search to the snapshot: evaluate the filter, load the set and choose the plan.
    /// Look at [`Searcher::plan`], load the index with progress ([`Searcher::load_index`]),
    /// then [`Searcher::execute`] — without evaluating anything twice.
    pub fn prepare(&self) -> Result<Searcher> {
        self.prepare_checked()
    }

    /// Run the search.
    pub fn run(&self) -> Result<SearchResult> {
        self.prepare()?.execute(self.snapshot)
    }

    /// A reusable searcher for many query vectors or ids (batch mode): the filter is evaluated,
    /// the set loaded and the plan chosen once. A target is not needed.
    pub fn searcher(&self) -> Result<Searcher> {
        self.check_k()?;
        let set = match self.set_to_search()? {
            Some(set) => set,
            None => return Err(Error::invalid("a searcher needs an embedding set")),
        };
        Searcher::new(self.snapshot, Some(set), self.filter.clone(), None, self.k, self.limit, self.options)
    }

    /// The loaded set, else the named one loaded now, else none.
    fn set_to_search(&self) -> Result<Option<EmbeddingSet>> {
        match (&self.loaded, &self.set) {
            (Some(set), _) => {
                if set.database_dir() != self.snapshot.inner().dir {
                    return Err(Error::invalid(format!(
                        "embedding set {} belongs to the database in {}, not to this one",
                        set.info().label(),
                        set.database_dir().display()
                    )));
                }
                if set.info().structure_version > self.snapshot.version() {
                    return Err(Error::invalid(format!(
                        "embedding set {} covers structure version {}, newer than the snapshot's {}",
                        set.info().label(),
                        set.info().structure_version,
                        self.snapshot.version()
                    )));
                }
                Ok(Some(set.clone()))
            }
            (None, Some(spec)) => Ok(Some(self.snapshot.embedding(spec)?)),
            (None, None) => Ok(None),
        }
    }

    /// k = 0 asks for nothing: refused rather than answered with "no hits".
    fn check_k(&self) -> Result<()> {
        if self.set.is_some() && self.k == 0 {
            return Err(Error::invalid("k = 0 neighbours: ask for at least 1 (--k)"));
        }
        Ok(())
    }

    fn prepare_checked(&self) -> Result<Searcher> {
        self.check_k()?;
        let set = self.set_to_search()?;
        if set.is_none() && self.target.is_some() {
            return Err(Error::invalid("a nearest-neighbour search needs an embedding set"));
        }
        if set.is_some() && self.target.is_none() {
            return Err(Error::invalid("give a query: near an id, a structure or a vector"));
        }
        Searcher::new(
            self.snapshot,
            set,
            self.filter.clone(),
            self.target.clone(),
            self.k,
            self.limit,
            self.options,
        )
    }
}

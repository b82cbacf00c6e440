//! The hnsw_rs graph, built in memory or reloaded from its dump with mmap.
//!
//! A reloaded `Hnsw<'b, ..>` borrows the `HnswIo` that loaded it (its points may be slices of
//! the loader's memory map). [`MappedGraph`] keeps both in one value with `ouroboros`: the loader
//! is boxed, the graph borrows it, and the graph is dropped before the loader, so nothing is
//! leaked and nothing dangles. hnsw_rs panics (and in places calls `process::exit`) on files it
//! cannot parse, so callers verify the files' checksums before [`HnswGraph::load`]; panics that
//! remain possible are caught and turned into errors.

use super::params::{HnswParams, LAYERS};
use crate::error::{Error, Result};
use hnsw_rs::prelude::{AnnT, DistL2, FilterT, Hnsw, HnswIo, ReloadOptions};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// hnsw_rs' graph over `f32` points with the Euclidean distance (cosine indexes store
/// normalised points, see `super::point`).
type Graph<'b> = Hnsw<'b, f32, DistL2>;

#[ouroboros::self_referencing]
pub(super) struct MappedGraph {
    io: HnswIo,
    #[borrows(mut io)]
    #[not_covariant]
    graph: Graph<'this>,
}

/// An HNSW graph whose node ids are rows.
pub(super) enum HnswGraph {
    /// Built (or extended) in memory: points own their values.
    Built(Graph<'static>),
    /// Reloaded from a dump: points are slices of the data file's memory map, except points
    /// inserted since (which own their values).
    Mapped(MappedGraph),
}

impl HnswGraph {
    /// An empty graph; `params` must have been validated (hnsw_rs exits the process on some
    /// bad values).
    pub(super) fn new(params: &HnswParams, capacity: usize) -> Self {
        debug_assert!(params.validate().is_ok());
        let g = Hnsw::new(params.max_connections, capacity, LAYERS, params.ef_construction, DistL2);
        HnswGraph::Built(g)
    }

    /// Run `f` on the graph, whatever its lifetime.
    fn with<R>(&self, f: impl for<'b> FnOnce(&Graph<'b>) -> R) -> R {
        match self {
            HnswGraph::Built(g) => f(g),
            HnswGraph::Mapped(m) => m.with_graph(f),
        }
    }

    /// Number of nodes.
    pub(super) fn len(&self) -> usize {
        self.with(|g| g.get_nb_point())
    }

    /// Insert `(point, row)` pairs in parallel (rayon). Points must all have the graph's length.
    pub(super) fn insert(&self, points: &Vec<(&[f32], usize)>) {
        self.with(|g| g.parallel_insert_slice(points))
    }

    /// Rows of up to `k` nearest nodes with candidate list `ef`, restricted to rows passing
    /// `filter`. `k` and `ef` must be at most the number of nodes (hnsw_rs preallocates them).
    pub(super) fn search(
        &self,
        point: &[f32],
        k: usize,
        ef: usize,
        filter: Option<&dyn FilterT>,
    ) -> Vec<usize> {
        self.with(|g| g.search_filter(point, k, ef, filter).into_iter().map(|n| n.d_id).collect())
    }

    /// Dump into `dir` as `<basename>.hnsw.graph` and `<basename>.hnsw.data`; returns the
    /// basename hnsw_rs actually used.
    pub(super) fn dump(&self, dir: &Path, basename: &str) -> Result<String> {
        let dumped = catch_unwind(AssertUnwindSafe(|| self.with(|g| g.file_dump(dir, basename))));
        match dumped {
            Ok(Ok(name)) => Ok(name),
            Ok(Err(e)) => {
                Err(Error::Corrupt { path: dir.to_path_buf(), message: format!("HNSW dump failed: {e}") })
            }
            Err(_) => Err(Error::Corrupt { path: dir.to_path_buf(), message: "HNSW dump panicked".into() }),
        }
    }

    /// Reload a dump, with the data file memory-mapped. The files must be known good (checked
    /// against their checksums): hnsw_rs asserts, and exits the process, on malformed files.
    pub(super) fn load(dir: &Path, basename: &str) -> Result<Self> {
        let corrupt = |message: String| Error::Corrupt { path: dir.to_path_buf(), message };
        let io = HnswIo::new_with_options(dir, basename, ReloadOptions::default().set_mmap(true));
        let loaded =
            catch_unwind(AssertUnwindSafe(|| MappedGraph::try_new(io, |io| io.load_hnsw::<f32, DistL2>())));
        match loaded {
            Ok(Ok(m)) => Ok(HnswGraph::Mapped(m)),
            Ok(Err(e)) => Err(corrupt(format!("HNSW reload failed: {e}"))),
            Err(_) => Err(corrupt("HNSW reload panicked".into())),
        }
    }
}

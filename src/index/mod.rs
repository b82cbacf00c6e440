//! Vector indexes: "here is a query vector: which stored rows are nearest to it?"
//!
//! A [`VectorIndex`] answers k-nearest-neighbour queries over one [`Vectors`] matrix (rows
//! `0..n`, one per stored embedding, row-major) under a [`Metric`]:
//!
//! * [`ExactIndex`]: every row is scored, by blocks of queries times blocks of rows with faer
//!   matrix products, in parallel with rayon; the reference answer.
//! * [`HnswIndex`]: a hierarchical navigable small-world graph (USearch), approximate and
//!   much faster on large sets; persisted in a directory of its own and reloaded with mmap.
//!
//! Both report distances in the metric's own terms, computed by the same function
//! ([`distance`]), so the same row has the same distance whichever index found it:
//!
//! * cosine: `1 - a·b / (|a| |b|)`, in `[0, 2]`; a zero vector has cosine similarity 0 with
//!   everything (itself included), so its distance to anything is exactly 1;
//! * L2: the Euclidean distance (not squared).
//!
//! Hits are sorted by distance, then by the index's [`TieOrder`]: by row unless an order is
//! given ([`ExactIndex::with_ties`], [`HnswIndex::with_ties`]; the query planner ranks rows by
//! record id). Exact search ranks every tied row, so the `k`-th place goes to the smallest rank
//! among the rows at that distance; HNSW is approximate, so which tied rows make the cut at the
//! `k`-th distance is whichever the graph found, sorted by rank. An [`AllowList`] restricts a
//! search to some rows (a pre-filter): a search always returns `min(k, allowed rows)` hits.
//!
//! Lifecycle: build an index from vectors ([`ExactIndex::new`], [`HnswIndex::build`]), query it
//! from any number of threads, and for HNSW save it ([`HnswIndex::save`]), reload it with the
//! same vectors ([`HnswIndex::load`], which refuses vectors it was not built from with
//! [`Error::StaleIndex`](crate::Error::StaleIndex)) and extend it when rows are appended
//! ([`HnswIndex::extend`]).
//!
//! ```
//! use crystaldb::encode::Metric;
//! use crystaldb::index::{AllowList, ExactIndex, VectorIndex, Vectors};
//! # fn main() -> crystaldb::Result<()> {
//! let vectors = Vectors::new(vec![0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 3.0, 4.0], 2)?;
//! let index = ExactIndex::new(vectors, Metric::L2);
//! let hits = index.search(&[0.9, 0.1], 2, None)?;
//! assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>(), vec![1, 0]);
//! let only = AllowList::from_rows([2, 3]);
//! assert_eq!(index.search(&[0.9, 0.1], 5, Some(&only))?.len(), 2);
//! # Ok(())
//! # }
//! ```

mod allow;
mod exact;
pub mod hnsw;
pub mod synthetic;
mod tie;
mod topk;
mod vectors;

#[cfg(test)]
mod conformance;

pub use allow::AllowList;
pub use exact::ExactIndex;
pub use hnsw::{HnswIndex, HnswParams, Quantization};
pub use tie::TieOrder;
pub use vectors::{distance, Vectors};

use crate::encode::Metric;
use crate::error::{Error, Result};
use rayon::prelude::*;

/// One search result: a row of the indexed vectors and its distance to the query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Row of the indexed [`Vectors`] (`0..len`).
    pub row: usize,
    /// Distance to the query in the index's metric (see the [module docs](self)).
    pub distance: f32,
}

impl Hit {
    /// Order by distance, then by row: the order of the result lists of an index without a
    /// [`TieOrder`] ([`TieOrder::compare`] in general).
    pub fn order(a: &Hit, b: &Hit) -> std::cmp::Ordering {
        a.distance.total_cmp(&b.distance).then(a.row.cmp(&b.row))
    }
}

/// A k-nearest-neighbour index over the rows of one [`Vectors`] matrix.
///
/// Implementations are immutable once built and safe to query from many threads. Every
/// implementation passes the same conformance suite (`src/index/conformance.rs`): results
/// agree with a naive exact scan, allow-lists are honoured and always yield
/// `min(k, allowed)` hits, and bad input is an error, never a panic.
pub trait VectorIndex: Send + Sync {
    /// A short name of the implementation: `"exact"` or `"hnsw"`.
    fn kind(&self) -> &'static str;

    /// Number of indexed rows.
    fn len(&self) -> usize;

    /// Whether the index holds no rows.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Dimension of every vector.
    fn dim(&self) -> usize;

    /// The metric distances are measured with.
    fn metric(&self) -> Metric;

    /// The `min(k, candidates)` nearest rows to `query`, sorted by distance then by the index's
    /// [`TieOrder`] (row by default), where the candidates are every row, or the rows of `allow`.
    ///
    /// Errors when `query` does not have [`dim`](Self::dim) finite values or `allow` names a
    /// row `>= len()`. `k = 0` gives no hits.
    fn search(&self, query: &[f32], k: usize, allow: Option<&AllowList>) -> Result<Vec<Hit>>;

    /// [`search`](Self::search) for every query of a row-major block (`queries.len()` a multiple
    /// of `dim`), in parallel; one result list per query, in order.
    fn search_many(&self, queries: &[f32], k: usize, allow: Option<&AllowList>) -> Result<Vec<Vec<Hit>>> {
        let dim = self.dim();
        check_queries(queries, dim)?;
        queries.par_chunks(dim).map(|q| self.search(q, k, allow)).collect()
    }
}

/// Check that `query` is one finite vector of dimension `dim`.
pub(crate) fn check_query(query: &[f32], dim: usize) -> Result<()> {
    if query.len() != dim {
        return Err(Error::DimensionMismatch {
            what: "query".into(),
            found: query.len(),
            expected_by: "the index".into(),
            expected: dim,
        });
    }
    if let Some(i) = query.iter().position(|x| !x.is_finite()) {
        return Err(Error::invalid(format!("query component {i} is not finite ({})", query[i])));
    }
    Ok(())
}

/// Check that `queries` is a row-major block of finite vectors of dimension `dim`.
pub(crate) fn check_queries(queries: &[f32], dim: usize) -> Result<()> {
    if dim == 0 || !queries.len().is_multiple_of(dim) {
        return Err(Error::invalid(format!(
            "{} query values are not a whole number of vectors of dimension {dim}",
            queries.len()
        )));
    }
    if let Some(i) = queries.iter().position(|x| !x.is_finite()) {
        return Err(Error::invalid(format!(
            "query {} component {} is not finite ({})",
            i / dim,
            i % dim,
            queries[i]
        )));
    }
    Ok(())
}

/// Check that every row of `allow` exists in an index of `len` rows.
pub(crate) fn check_allow(allow: Option<&AllowList>, len: usize) -> Result<()> {
    match allow.and_then(AllowList::last) {
        Some(last) if last >= len => {
            Err(Error::invalid(format!("allow-list names row {last}, but the index has {len} rows")))
        }
        _ => Ok(()),
    }
}

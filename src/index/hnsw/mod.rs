//! Approximate search with a hierarchical navigable small-world graph (USearch).
//!
//! The graph stores one point per row under the squared Euclidean distance: the row itself for
//! [`Metric::L2`]; for [`Metric::Cosine`], the row divided by its norm with one extra coordinate
//! 0, and for a zero row the point `(0, …, 0, 1)`. Between unit points the squared Euclidean
//! distance is twice the cosine distance, and the zero point is at `√2` (cosine distance 1) from
//! every unit point, so graph order is cosine order, zero rows included (a cosine kernel would
//! give zero vectors distance 0 or NaN to everything). Points are stored as
//! [`HnswParams::quantization`] says (half precision by default); candidates found in the graph
//! are re-scored with [`distance`](crate::index::distance) from the full-precision rows, so hits
//! carry exactly the numbers [`ExactIndex`] reports.
//!
//! A search always returns `min(k, allowed rows)` hits: allow-lists of at most
//! [`HnswParams::exact_below`] rows are scanned exactly; otherwise the graph is searched with
//! `ef_search`, widened 4× up to three times while it finds fewer hits than wanted (a selective
//! filter leaves few allowed nodes on the graph's paths), and finally the allowed rows are
//! scanned exactly. A zero cosine query (equally far from everything) is answered exactly too.
//!
//! Hits are sorted by distance, then by the index's [`TieOrder`] ([`HnswIndex::with_ties`]).
//! The graph is approximate: when rows tie at the `k`-th distance, the ones returned are those
//! the graph walk found (exact search ranks the whole tie group).

mod graph;
mod params;
mod persist;
#[cfg(test)]
mod tests;

#[allow(deprecated)]
pub use params::LAYERS;
pub use params::{HnswParams, Quantization, MAX_CONNECTIONS, MAX_EF};
pub(crate) use persist::copy_index;
pub use persist::{remove_leftovers, INDEX_FORMAT_VERSION, META_FILE, OLDEST_READABLE_INDEX_FORMAT};

use super::{check_allow, check_query, distance, AllowList, ExactIndex, Hit, TieOrder, VectorIndex, Vectors};
use crate::encode::Metric;
use crate::error::{Error, Result};
use graph::HnswGraph;
use persist::{GraphFiles, IndexMeta, Platform};
use std::path::Path;

/// Rows inserted per parallel batch (progress is reported after each).
const INSERT_CHUNK: usize = 2048;
/// Relative margin in the graph's (squared, quantized) distance within which candidates past
/// the `k`-th are re-scored: `f16` keeps 11 significant bits, so its squared distances are
/// within ~0.2 % of the true ones; 2 % leaves room for `bf16` (8 bits) too.
const RESCORE_MARGIN: f32 = 0.02;
/// How many times a search widens `ef` (4× each) before scanning the allowed rows exactly.
const WIDENINGS: usize = 3;

/// A progress callback: `(rows done, rows to do)`.
pub type Progress<'a> = &'a dyn Fn(usize, usize);

/// How [`HnswIndex::open_or_build`] brought an index up to date with its vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Update {
    /// The saved index matched the vectors.
    Unchanged,
    /// The saved index covered a prefix of the rows: the new rows were inserted.
    Extended {
        /// Rows inserted.
        added: usize,
    },
    /// The index was built from scratch (none saved, stale, unreadable or other parameters).
    Rebuilt,
}

/// An HNSW index over the rows of a [`Vectors`] matrix.
pub struct HnswIndex {
    /// The rows (for re-scoring and exact fallbacks).
    exact: ExactIndex,
    params: HnswParams,
    /// How the graph stores its points: `params.quantization` with `auto` resolved.
    storage: Quantization,
    /// `None` while there are no rows.
    graph: Option<HnswGraph>,
    /// Checksum of the rows the graph holds.
    checksum: String,
}

impl std::fmt::Debug for HnswIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HnswIndex")
            .field("len", &self.len())
            .field("dim", &self.dim())
            .field("metric", &self.metric())
            .field("params", &self.params)
            .field("storage", &self.storage)
            .finish()
    }
}

/// Append the graph point of a row or query to `out` (see the module docs).
fn point(metric: Metric, v: &[f32], out: &mut Vec<f32>) {
    match metric {
        Metric::L2 => out.extend_from_slice(v),
        Metric::Cosine => {
            let norm = v.iter().map(|&x| (x as f64) * (x as f64)).sum::<f64>().sqrt();
            if norm == 0.0 {
                out.extend(std::iter::repeat_n(0.0, v.len()));
                out.push(1.0);
            } else {
                out.extend(v.iter().map(|&x| (x as f64 / norm) as f32));
                out.push(0.0);
            }
        }
    }
}

/// Largest coordinate magnitude `f16` represents.
const F16_MAX: f32 = 65504.0;

/// The storage `wanted` means for the rows `from..` of `vectors` under `metric`: `auto`
/// resolved (see [`Quantization::Auto`]); `i8` under L2 is an error.
fn resolve_storage(
    wanted: Quantization,
    metric: Metric,
    vectors: &Vectors,
    from: usize,
) -> Result<Quantization> {
    let fits_f16 = || vectors.as_slice()[from * vectors.dim()..].iter().all(|x| x.abs() <= F16_MAX);
    match (wanted, metric) {
        (Quantization::I8, Metric::L2) => Err(Error::invalid(
            "HNSW quantization i8 needs unit points: use it with the cosine metric (or f16, bf16, f32)",
        )),
        (Quantization::Auto, Metric::Cosine) => Ok(Quantization::F16),
        (Quantization::Auto, Metric::L2) if fits_f16() => Ok(Quantization::F16),
        (Quantization::Auto, Metric::L2) => Ok(Quantization::F32),
        (q, _) => Ok(q),
    }
}

impl HnswIndex {
    /// Build an index of every row of `vectors`, inserting in parallel (rayon) and calling
    /// `progress(done, total)` after each block of rows. `params` are validated first. An
    /// [interrupt request](crate::interrupt) stops the build between blocks with
    /// [`Error::Interrupted`]; nothing was saved, so the next build starts again.
    pub fn build(
        vectors: Vectors,
        metric: Metric,
        params: HnswParams,
        progress: Option<Progress>,
    ) -> Result<Self> {
        params.validate()?;
        let storage = resolve_storage(params.quantization, metric, &vectors, 0)?;
        let checksum = vectors.checksum();
        let exact = ExactIndex::new(vectors, metric);
        let mut index = Self { exact, params, storage, graph: None, checksum };
        index.insert_rows(0, progress)?;
        Ok(index)
    }

    /// How the graph stores its points (`auto` resolved).
    pub fn storage(&self) -> Quantization {
        self.storage
    }

    /// The indexed vectors.
    pub fn vectors(&self) -> &Vectors {
        self.exact.vectors()
    }

    /// Break ties between equal distances by `ties` instead of by row (see the module docs).
    /// Errors when `ties` does not rank exactly [`len`](VectorIndex::len) rows; set it again
    /// after [`extend`](Self::extend), which goes back to ties by row.
    pub fn with_ties(mut self, ties: TieOrder) -> Result<Self> {
        self.exact = self.exact.with_ties(ties)?;
        Ok(self)
    }

    /// The parameters.
    pub fn params(&self) -> &HnswParams {
        &self.params
    }

    /// [`Vectors::checksum`] of the indexed rows.
    pub fn checksum(&self) -> &str {
        &self.checksum
    }

    /// Set the search candidate list size (validated like [`HnswParams::ef_search`]).
    pub fn set_ef_search(&mut self, ef_search: usize) -> Result<()> {
        let params = HnswParams { ef_search, ..self.params };
        params.validate()?;
        self.params = params;
        if let Some(graph) = &mut self.graph {
            graph.set_ef_search(ef_search);
        }
        Ok(())
    }

    /// Set [`HnswParams::exact_below`].
    pub fn set_exact_below(&mut self, rows: usize) {
        self.params.exact_below = rows;
    }

    /// Insert rows `from..len()` into the graph.
    fn insert_rows(&mut self, from: usize, progress: Option<Progress>) -> Result<()> {
        let (n, metric) = (self.len(), self.metric());
        let total = n - from;
        if total == 0 {
            return Ok(());
        }
        let pdim = self.exact.vectors().dim() + usize::from(metric == Metric::Cosine);
        let graph = match &mut self.graph {
            Some(graph) => graph,
            None => self.graph.insert(HnswGraph::new(&self.params, pdim, self.storage)?),
        };
        let mut buf = Vec::with_capacity(INSERT_CHUNK * pdim);
        for start in (from..n).step_by(INSERT_CHUNK) {
            crate::interrupt::check()?;
            let end = (start + INSERT_CHUNK).min(n);
            buf.clear();
            for row in start..end {
                point(metric, self.exact.vectors().row(row), &mut buf);
            }
            let items: Vec<(&[f32], usize)> = buf.chunks_exact(pdim).zip(start..end).collect();
            graph.insert(&items)?;
            if let Some(p) = progress {
                p(end - from, total);
            }
        }
        Ok(())
    }

    /// Append rows: `vectors` must start with exactly the rows indexed now (checked by
    /// checksum) and have the same dimension; rows `len()..vectors.len()` are inserted.
    /// Returns the number of rows added. Works on a reloaded (memory-mapped) graph too: it is
    /// copied into memory first, and the next [`save`](Self::save) writes it all. When the
    /// graph stores `f16` because of [`Quantization::Auto`] and a new row does not fit it, the
    /// graph is rebuilt in `f32`.
    pub fn extend(&mut self, vectors: Vectors, progress: Option<Progress>) -> Result<usize> {
        let n = self.len();
        if vectors.dim() != self.dim() {
            return Err(Error::DimensionMismatch {
                what: "the vectors to extend an index with".into(),
                found: vectors.dim(),
                expected_by: "the index".into(),
                expected: self.dim(),
            });
        }
        if vectors.len() < n || vectors.checksum_prefix(n) != self.checksum {
            return Err(Error::invalid(format!(
                "cannot extend: the first {n} rows of the {} new vectors are not the indexed rows",
                vectors.len()
            )));
        }
        let added = vectors.len() - n;
        if added == 0 {
            return Ok(0);
        }
        let storage = resolve_storage(self.params.quantization, self.metric(), &vectors, n)?;
        self.exact = ExactIndex::new(vectors, self.metric());
        if self.params.quantization == Quantization::Auto && storage != self.storage {
            self.storage = Quantization::F32;
            self.graph = None;
            self.insert_rows(0, progress)?;
        } else {
            self.insert_rows(n, progress)?;
        }
        self.checksum = self.vectors().checksum();
        Ok(added)
    }

    /// Save into the directory `dir` (created; replaced atomically if it exists): the USearch
    /// file and `index.json` (see `docs/ON_DISK.md`).
    pub fn save(&self, dir: impl AsRef<Path>) -> Result<()> {
        persist::write_dir(dir.as_ref(), |tmp| {
            let graph = match &self.graph {
                Some(g) => {
                    g.save(&tmp.join(persist::GRAPH_FILE))?;
                    Some(GraphFiles::seal(tmp)?)
                }
                None => None,
            };
            Ok(IndexMeta {
                format_version: INDEX_FORMAT_VERSION,
                kind: "hnsw".into(),
                metric: self.metric(),
                dim: self.dim(),
                count: self.len(),
                params: self.params,
                storage: self.storage,
                vectors_checksum: self.checksum.clone(),
                platform: Platform::this(),
                graph,
            })
        })
    }

    /// Reload an index saved in `dir` over `vectors`, which must be the rows it was built
    /// from: another dimension, row count or checksum is [`Error::StaleIndex`]. The graph file
    /// is checked against its SHA-256 (a mismatch is [`Error::Corrupt`]) and memory-mapped.
    pub fn load(dir: impl AsRef<Path>, vectors: Vectors) -> Result<Self> {
        let dir = dir.as_ref();
        let meta = persist::read_meta(dir)?;
        let stale = |message: String| Error::StaleIndex { path: dir.to_path_buf(), message };
        if meta.dim != vectors.dim() || meta.count != vectors.len() {
            return Err(stale(format!(
                "built over {} vectors of dimension {}, opened with {} of dimension {}",
                meta.count,
                meta.dim,
                vectors.len(),
                vectors.dim()
            )));
        }
        let checksum = vectors.checksum();
        if checksum != meta.vectors_checksum {
            return Err(stale(format!(
                "built from vectors with checksum {}, opened with {checksum}",
                meta.vectors_checksum
            )));
        }
        Self::load_graph(dir, &meta, vectors, checksum)
    }

    /// Load the graph files described by `meta` over `vectors` (already checked).
    fn load_graph(dir: &Path, meta: &IndexMeta, vectors: Vectors, checksum: String) -> Result<Self> {
        let graph = match (&meta.graph, meta.count) {
            (None, 0) => None,
            (Some(files), _) => {
                files.verify(dir)?;
                let g = HnswGraph::load(&dir.join(persist::GRAPH_FILE), &meta.params)?;
                if g.len() != meta.count {
                    return Err(Error::Corrupt {
                        path: dir.to_path_buf(),
                        message: format!("graph holds {} points, index.json says {}", g.len(), meta.count),
                    });
                }
                Some(g)
            }
            (None, n) => {
                return Err(Error::Corrupt {
                    path: dir.join(META_FILE),
                    message: format!("no graph files for {n} rows"),
                })
            }
        };
        let exact = ExactIndex::new(vectors, meta.metric);
        Ok(Self { exact, params: meta.params, storage: meta.storage, graph, checksum })
    }

    /// The index saved in `dir`, brought up to date with `vectors` and saved again if it
    /// changed: reloaded as is when it matches; extended when it was built with the same
    /// metric and build parameters over a prefix of the rows (a set that gained a version);
    /// otherwise (missing, stale, corrupt, other format or parameters) built from scratch.
    /// Search parameters (`ef_search`, `exact_below`) are taken from `params`. I/O errors
    /// other than a missing directory are returned, not papered over by a rebuild.
    pub fn open_or_build(
        dir: impl AsRef<Path>,
        vectors: Vectors,
        metric: Metric,
        params: HnswParams,
        progress: Option<Progress>,
    ) -> Result<(Self, Update)> {
        let dir = dir.as_ref();
        params.validate()?;
        match Self::reuse(dir, &vectors, metric, &params) {
            Ok(Some(mut index)) => {
                index.set_ef_search(params.ef_search)?;
                index.params = params;
                let added = index.extend(vectors, progress)?;
                if added == 0 {
                    return Ok((index, Update::Unchanged));
                }
                index.save(dir)?;
                Ok((index, Update::Extended { added }))
            }
            Ok(None) => {
                let index = Self::build(vectors, metric, params, progress)?;
                index.save(dir)?;
                Ok((index, Update::Rebuilt))
            }
            Err(e) => Err(e),
        }
    }

    /// The saved index in `dir` loaded over the prefix of `vectors` it covers, when it can be
    /// reused with `metric` and `params`; `None` when it must be rebuilt.
    fn reuse(dir: &Path, vectors: &Vectors, metric: Metric, params: &HnswParams) -> Result<Option<Self>> {
        let meta = match persist::read_meta(dir) {
            Ok(meta) => meta,
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                return Ok(None)
            }
            Err(Error::Io { path, source }) => return Err(Error::Io { path, source }),
            Err(_) => return Ok(None),
        };
        let same_build = meta.metric == metric
            && meta.dim == vectors.dim()
            && meta.params.max_connections == params.max_connections
            && meta.params.ef_construction == params.ef_construction
            && meta.params.quantization == params.quantization;
        if !same_build
            || meta.count > vectors.len()
            || vectors.checksum_prefix(meta.count) != meta.vectors_checksum
        {
            return Ok(None);
        }
        let checksum = meta.vectors_checksum.clone();
        match Self::load_graph(dir, &meta, vectors.prefix(meta.count), checksum) {
            Ok(index) => Ok(Some(index)),
            Err(Error::Io { path, source }) if source.kind() != std::io::ErrorKind::NotFound => {
                Err(Error::Io { path, source })
            }
            Err(_) => Ok(None),
        }
    }

    /// Re-score graph candidates exactly; the best `k`.
    fn rescore(&self, query: &[f32], rows: Vec<usize>, k: usize) -> Vec<Hit> {
        let mut hits: Vec<Hit> = rows
            .into_iter()
            .map(|row| Hit { row, distance: distance(self.metric(), query, self.vectors().row(row)) })
            .collect();
        let ties = self.exact.ties();
        hits.sort_unstable_by(|a, b| ties.compare(a, b));
        hits.dedup_by_key(|h| h.row);
        hits.truncate(k);
        hits
    }
}

impl VectorIndex for HnswIndex {
    fn kind(&self) -> &'static str {
        "hnsw"
    }

    fn len(&self) -> usize {
        self.exact.len()
    }

    fn dim(&self) -> usize {
        self.exact.dim()
    }

    fn metric(&self) -> Metric {
        self.exact.metric()
    }

    fn search(&self, query: &[f32], k: usize, allow: Option<&AllowList>) -> Result<Vec<Hit>> {
        check_query(query, self.dim())?;
        check_allow(allow, self.len())?;
        let n = self.len();
        let want = k.min(allow.map_or(n, AllowList::len));
        let Some(graph) = self.graph.as_ref().filter(|_| want > 0) else {
            return Ok(Vec::new());
        };
        let zero_cosine = self.metric() == Metric::Cosine && query.iter().all(|&x| x == 0.0);
        if zero_cosine || allow.is_some_and(|a| a.len() <= self.params.exact_below) {
            return self.exact.search(query, want, allow);
        }
        let mut q = Vec::with_capacity(self.dim() + 1);
        point(self.metric(), query, &mut q);
        let filter = allow.map(|a| move |row: usize| a.contains(row));
        let filter = filter.as_ref().map(|f| f as &dyn Fn(usize) -> bool);
        // The graph's candidate list is max(ef_search, count): widening asks for more rows.
        // Up to `2k + 8` of its candidates come back (as in exact search); those past the
        // `k`-th that the graph's own distance puts within `RESCORE_MARGIN` of it are re-scored
        // too, so rows that rounding in the stored points ranked just behind are not lost.
        let mut ef = self.params.ef_search.max(want).min(n);
        for round in 0..=WIDENINGS {
            let count = ExactIndex::candidates(want).min(ef).max(if round == 0 { 0 } else { ef });
            let found = graph.search(&q, count, filter)?;
            if found.len() >= want {
                let kth = found[want - 1].1;
                let near = |&&(_, d): &&(usize, f32)| d <= kth * (1.0 + RESCORE_MARGIN) + f32::EPSILON;
                let rows =
                    found.iter().enumerate().take_while(|(i, c)| *i < want || near(c)).map(|(_, c)| c.0);
                return Ok(self.rescore(query, rows.collect(), want));
            }
            if ef == n || round == WIDENINGS {
                break;
            }
            ef = ef.saturating_mul(4).min(n);
        }
        self.exact.search(query, want, allow)
    }
}

//! The plan: a filter and a query bound to one snapshot and one set version, and its execution.

use super::indexes::{ensure_index, ties_of, vectors_of};
use super::{SearchHit, SearchOptions, SearchResult, Target};
use crate::db::{ScanOptions, Snapshot};
use crate::embedding::{EmbeddingSet, OPENED_HNSW};
use crate::error::{Error, Result};
use crate::filter::Filter;
use crate::index::hnsw::Update;
use crate::index::{AllowList, ExactIndex, Hit, HnswIndex, VectorIndex};
use arrow::array::{Array, StringArray};
use serde::Serialize;
use std::sync::{Arc, OnceLock};

/// How a search is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// No embedding set: the filter's matching rows.
    FilterOnly,
    /// Exact scan of the allowed rows.
    Exact,
    /// HNSW graph with the allowed rows as an allow-list.
    Hnsw,
}

/// How a query is answered, and why: printed by `--explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// Structure version read.
    pub structure_version: u64,
    /// `name@version` of the embedding set, if any.
    pub set: Option<String>,
    /// Metric of the set.
    pub metric: Option<String>,
    /// Vectors in the set version.
    pub set_rows: u64,
    /// The filter, in canonical form.
    pub filter: Option<String>,
    /// Structures matching the filter (all when there is none).
    pub matched: u64,
    /// Matching structures that have a vector in the set (the candidates).
    pub candidates: u64,
    /// `candidates / set_rows`.
    pub selectivity: f64,
    /// Shards read / skipped by their statistics while evaluating the filter.
    pub shards_scanned: usize,
    /// Shards skipped.
    pub shards_skipped: usize,
    /// The query: `id:<id>`, `structure`, `vector` or none.
    pub query: Option<String>,
    /// Records removed from the candidates because they are the query or its duplicates.
    pub excluded: Vec<String>,
    /// Neighbours asked for.
    pub k: usize,
    /// The search chosen.
    pub strategy: Strategy,
    /// Why.
    pub reason: String,
    /// HNSW parameters, when the graph is used.
    pub hnsw: Option<crate::index::HnswParams>,
    /// What happened to the persisted index: `unchanged`, `extended` or `built` (after running).
    pub index: Option<String>,
}

/// A plan with everything needed to run it: reusable for many query vectors (batch mode).
pub struct Searcher {
    pub(crate) plan: Plan,
    set: Option<EmbeddingSet>,
    filter_ids: Option<Vec<String>>,
    allow: Option<AllowList>,
    query: Option<Vec<f32>>,
    excluded_rows: Vec<usize>,
    limit: usize,
    options: SearchOptions,
    index: OnceLock<(Arc<dyn VectorIndex>, Option<Update>)>,
    db_dir: std::path::PathBuf,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher").field("plan", &self.plan).finish()
    }
}

impl Searcher {
    pub(crate) fn new(
        snapshot: &Snapshot,
        set: Option<EmbeddingSet>,
        filter: Option<Filter>,
        target: Option<Target>,
        k: usize,
        limit: usize,
        options: SearchOptions,
    ) -> Result<Self> {
        let selection = filter.as_ref().map(|f| snapshot.select(f)).transpose()?;
        let matched = selection.as_ref().map(|s| s.ids.len() as u64).unwrap_or(snapshot.len());
        let set_rows = set.as_ref().map(|s| s.len() as u64).unwrap_or(0);
        let allow = match (&set, &selection) {
            (Some(set), Some(sel)) => {
                Some(AllowList::from_rows(sel.ids.iter().filter_map(|id| set.row_of(id))))
            }
            _ => None,
        };
        let candidates = match (&allow, &set) {
            (Some(a), _) => a.len() as u64,
            (None, Some(_)) => set_rows,
            (None, None) => matched,
        };
        let (query, query_label, excluded) = match (&set, &target) {
            (Some(set), Some(t)) => query_vector(snapshot, set, t, &options)?,
            _ => (None, None, vec![]),
        };
        let excluded_rows: Vec<usize> = match &set {
            Some(set) => excluded.iter().filter_map(|id| set.row_of(id)).collect(),
            None => vec![],
        };
        let selectivity = if set_rows > 0 { candidates as f64 / set_rows as f64 } else { 1.0 };
        let (strategy, reason) = choose(&set, filter.is_some(), candidates, selectivity, &options);
        let plan = Plan {
            structure_version: snapshot.version(),
            set: set.as_ref().map(|s| s.info().label()),
            metric: set.as_ref().map(|s| s.info().metric.to_string()),
            set_rows,
            filter: filter.as_ref().map(|f| f.to_string()),
            matched,
            candidates,
            selectivity,
            shards_scanned: selection.as_ref().map(|s| s.shards_scanned).unwrap_or(0),
            shards_skipped: selection.as_ref().map(|s| s.shards_skipped).unwrap_or(0),
            query: query_label,
            excluded,
            k,
            hnsw: (strategy == Strategy::Hnsw).then_some(options.hnsw),
            strategy,
            reason,
            index: None,
        };
        Ok(Self {
            plan,
            db_dir: snapshot.database().dir().to_path_buf(),
            set,
            filter_ids: selection.map(|s| s.ids),
            allow,
            query,
            excluded_rows,
            limit,
            options,
            index: OnceLock::new(),
        })
    }

    /// The plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The loaded embedding set, if any.
    pub fn set(&self) -> Option<&EmbeddingSet> {
        self.set.as_ref()
    }

    /// The index the plan chose: the one already opened over the set version (by an earlier
    /// search of this process on a clone of the set), else loaded (or built) now and kept with
    /// the set.
    fn index(&self, progress: Option<&dyn Fn(usize, usize)>) -> Result<&dyn VectorIndex> {
        let set = self.set.as_ref().ok_or_else(|| Error::invalid("no embedding set"))?;
        if self.index.get().is_none() {
            let built: (Arc<dyn VectorIndex>, Option<Update>) = match self.plan.strategy {
                Strategy::Hnsw => {
                    let params = self.options.hnsw;
                    let opened =
                        set.opened_indexes().hnsw.iter().find(|(p, _)| *p == params).map(|(_, i)| i.clone());
                    match opened {
                        Some(index) => (index, Some(Update::Unchanged)),
                        None => {
                            let (index, update): (HnswIndex, Update) =
                                ensure_index(&self.db_dir, set, params, progress)?;
                            let index: Arc<dyn VectorIndex> = Arc::new(index.with_ties(ties_of(set))?);
                            let mut opened = set.opened_indexes();
                            // A concurrent search may have opened the same index meanwhile.
                            if !opened.hnsw.iter().any(|(p, _)| *p == params) {
                                if opened.hnsw.len() >= OPENED_HNSW {
                                    opened.hnsw.remove(0);
                                }
                                opened.hnsw.push((params, index.clone()));
                            }
                            (index, Some(update))
                        }
                    }
                }
                _ => {
                    let opened = set.opened_indexes().exact.clone();
                    let index = match opened {
                        Some(index) => index,
                        None => {
                            let index = ExactIndex::new(vectors_of(set)?, set.info().metric);
                            let index: Arc<dyn VectorIndex> = Arc::new(index.with_ties(ties_of(set))?);
                            set.opened_indexes().exact = Some(index.clone());
                            index
                        }
                    };
                    (index, None)
                }
            };
            let _ = self.index.set(built);
        }
        Ok(self.index.get().expect("set above").0.as_ref())
    }

    /// What happened to the persisted index, once it is loaded.
    pub fn index_update(&self) -> Option<&'static str> {
        self.index.get().and_then(|(_, u)| *u).map(|u| match u {
            Update::Unchanged => "unchanged",
            Update::Extended { .. } => "extended",
            Update::Rebuilt => "built",
        })
    }

    /// Load (or build) the index now, reporting build progress.
    pub fn load_index(&self, progress: Option<&dyn Fn(usize, usize)>) -> Result<()> {
        if self.set.is_some() {
            self.index(progress)?;
        }
        Ok(())
    }

    /// The `k` nearest allowed rows to `query` (in the set's search space: map a stored-space
    /// vector with [`EmbeddingSet::to_search_space`] first), without the rows in `exclude`.
    /// Returns `min(k, candidates - excluded)` hits.
    pub fn search_vector(&self, query: &[f32], k: usize, exclude: &[usize]) -> Result<Vec<Hit>> {
        let index = self.index(None)?;
        // Saturating: `-k` is the user's number (usize::MAX must not wrap to a small k).
        let mut hits = index.search(query, k.saturating_add(exclude.len()), self.allow.as_ref())?;
        hits.retain(|h| !exclude.contains(&h.row));
        hits.truncate(k);
        Ok(hits)
    }

    /// Search near record `id` of the set (itself excluded).
    pub fn search_id(&self, id: &str, k: usize) -> Result<Vec<Hit>> {
        let set = self.set.as_ref().ok_or_else(|| Error::invalid("no embedding set"))?;
        let row = set
            .row_of(id)
            .ok_or_else(|| Error::Missing(format!("{id} in embedding set {}", set.info().label())))?;
        let exclude: Vec<usize> = if self.options.exclude_query { vec![row] } else { vec![] };
        self.search_vector(set.vector(row), k, &exclude)
    }

    /// Run the planned query on the snapshot it was planned for.
    pub fn execute(self, snapshot: &Snapshot) -> Result<SearchResult> {
        let (ids, distances): (Vec<String>, Vec<Option<f32>>) = match (&self.set, &self.query) {
            (Some(set), Some(q)) => {
                let hits = self.search_vector(q, self.plan.k, &self.excluded_rows)?;
                hits.iter().map(|h| (set.ids()[h.row].clone(), Some(h.distance))).unzip()
            }
            _ => {
                let ids = match &self.filter_ids {
                    Some(ids) => ids.clone(),
                    None => all_ids(snapshot)?,
                };
                let n = if self.limit == 0 { ids.len() } else { self.limit.min(ids.len()) };
                ids.into_iter().take(n).map(|id| (id, None)).unzip()
            }
        };
        let rows = snapshot.get_many(&ids)?;
        let mut hits = Vec::with_capacity(ids.len());
        for ((id, distance), row) in ids.into_iter().zip(distances).zip(rows) {
            let row = row.ok_or_else(|| {
                Error::Missing(format!(
                    "{id} (in the embedding set) at structure version {}",
                    snapshot.version()
                ))
            })?;
            hits.push(SearchHit { id, distance, row });
        }
        let mut plan = self.plan.clone();
        plan.index = self.index_update().map(str::to_string);
        Ok(SearchResult { plan, hits })
    }
}

fn all_ids(snapshot: &Snapshot) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(snapshot.len() as usize);
    for b in snapshot.scan(&ScanOptions::columns(["id"]))? {
        let b = b?;
        let col =
            b.column(0).as_any().downcast_ref::<StringArray>().ok_or_else(|| Error::invalid("id column"))?;
        out.extend(col.iter().flatten().map(str::to_string));
    }
    Ok(out)
}

/// The query vector, its label for the plan, and the ids to exclude.
type QueryParts = (Option<Vec<f32>>, Option<String>, Vec<String>);

/// The query vector, its label, and the ids to exclude.
fn query_vector(
    snapshot: &Snapshot,
    set: &EmbeddingSet,
    target: &Target,
    options: &SearchOptions,
) -> Result<QueryParts> {
    let label = set.info().label();
    match target {
        Target::Id(id) => {
            let v = set.get(id).ok_or_else(|| match snapshot.get(id) {
                Ok(Some(_)) => Error::Missing(format!("a vector for {id} in embedding set {label}")),
                _ => Error::Missing(format!("record {id} at structure version {}", snapshot.version())),
            })?;
            let mut excluded = vec![];
            if options.exclude_query {
                excluded.push(id.clone());
            }
            if options.exclude_duplicates {
                excluded.extend(same_material(snapshot, id)?.into_iter().filter(|d| d != id));
            }
            Ok((Some(v.to_vec()), Some(format!("id:{id}")), excluded))
        }
        Target::Structure(s) => {
            let encoder =
                crate::Database { inner: snapshot.inner().clone() }.embeddings().encoder_for(set.info())?;
            let v = encoder.encode(std::slice::from_ref(s.as_ref()))?.remove(0);
            Ok((Some(set.to_search_space(&v)), Some("structure".into()), vec![]))
        }
        Target::Vector(v) => {
            if v.len() != set.dim() {
                return Err(Error::DimensionMismatch {
                    what: "query vector".into(),
                    found: v.len(),
                    expected_by: format!("embedding set {label}"),
                    expected: set.dim(),
                });
            }
            if let Some(i) = v.iter().position(|x| !x.is_finite()) {
                return Err(Error::invalid(format!("query vector component {i} is not finite")));
            }
            // A vector in the stored space (an encoder's output), mapped like the set's rows.
            Ok((Some(set.to_search_space(v)), Some("vector".into()), vec![]))
        }
    }
}

/// Ids linked to the same material key as `id` (including `id`).
fn same_material(snapshot: &Snapshot, id: &str) -> Result<Vec<String>> {
    let Some(row) = snapshot.get(id)? else { return Ok(vec![]) };
    let Some(key) = row.material_key else { return Ok(vec![id.to_string()]) };
    let mut out = Vec::new();
    for b in snapshot.scan(&ScanOptions::columns(["id", "material_key"]))? {
        let b = b?;
        let ids = b.column(0).as_any().downcast_ref::<StringArray>().ok_or_else(|| Error::invalid("id"))?;
        let keys = b.column(1).as_any().downcast_ref::<StringArray>().ok_or_else(|| Error::invalid("key"))?;
        for i in 0..b.num_rows() {
            if !keys.is_null(i) && keys.value(i) == key {
                out.push(ids.value(i).to_string());
            }
        }
    }
    Ok(out)
}

fn choose(
    set: &Option<EmbeddingSet>,
    filtered: bool,
    candidates: u64,
    selectivity: f64,
    options: &SearchOptions,
) -> (Strategy, String) {
    let Some(set) = set else {
        return (Strategy::FilterOnly, "no embedding set: the rows matching the filter".into());
    };
    let rows = set.len();
    if options.exact {
        return (Strategy::Exact, "exact search was asked for".into());
    }
    if rows <= options.exact_max_rows {
        return (
            Strategy::Exact,
            format!(
                "the set has {rows} vectors (<= {}): an exact scan is as fast as a graph walk",
                options.exact_max_rows
            ),
        );
    }
    if filtered && candidates as usize <= options.hnsw.exact_below {
        return (
            Strategy::Exact,
            format!(
                "the filter keeps {candidates} of {rows} vectors ({:.2}%, <= {}): exact scan of those rows",
                selectivity * 100.0,
                options.hnsw.exact_below
            ),
        );
    }
    let why = if filtered {
        format!(
            "the filter keeps {candidates} of {rows} vectors ({:.2}%): HNSW with the matching rows as allow-list, \
             widening ef and falling back to an exact scan until k hits are found",
            selectivity * 100.0
        )
    } else {
        format!("{rows} vectors, no filter: HNSW")
    };
    (Strategy::Hnsw, why)
}

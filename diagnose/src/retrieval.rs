//! Retrieval quality: "do a structure's nearest neighbours share its label?"
//!
//! For every query row, the candidates are the other rows that have a label, minus the rows of
//! the query's duplicate group when one is given (see [`RetrievalOptions::groups`]). Candidates
//! are ranked by distance, ties broken by row (the order of [`crystaldb::index::Hit::order`]).
//! precision@k of a query is the fraction of its first `min(k, candidates)` neighbours with
//! the query's label; the reciprocal rank is `1 / rank` of the first candidate with the query's
//! label (0 when no candidate has it); the base rate is the fraction of candidates with the
//! query's label, i.e. the expected precision of a random ranking. Each is averaged over the
//! queries (all labelled rows, or a sample).
//!
//! Distances are computed in `f64` from the `f32` vectors: cosine `1 - â·b̂` (a zero vector is at
//! distance 1 from everything), L2 `sqrt(|a|² + |b|² - 2 a·b)`, with faer products over blocks
//! of queries.

use super::math::{dots, sq_norms, BLOCK};
use crystaldb::encode::Metric;
use crystaldb::{Error, Result};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// What to measure.
#[derive(Debug, Clone)]
pub struct RetrievalOptions {
    /// Cut-offs k (default 1, 5, 10, 20).
    pub ks: Vec<usize>,
    /// Query rows; `None` = every labelled row.
    pub queries: Option<Vec<usize>>,
    /// Duplicate groups, one per row: candidates in the query's group are skipped like the query
    /// itself. `None` counts duplicates like any other row.
    pub groups: Option<Vec<u64>>,
}

impl Default for RetrievalOptions {
    fn default() -> Self {
        Self { ks: vec![1, 5, 10, 20], queries: None, groups: None }
    }
}

/// Retrieval scores of one embedding against one label.
#[derive(Debug, Clone, Serialize)]
pub struct Retrieval {
    /// The cut-offs, ascending.
    pub ks: Vec<usize>,
    /// Mean precision@k, one per k.
    pub precision: Vec<f64>,
    /// Mean reciprocal rank of the first same-label candidate.
    pub mrr: f64,
    /// Mean fraction of candidates with the query's label (a random ranking's precision).
    pub base_rate: f64,
    /// Number of queries averaged over.
    pub queries: usize,
    /// Per label code: (queries, mean precision per k, mean base rate).
    #[serde(skip)]
    pub per_label: BTreeMap<u32, LabelScore>,
    /// The query rows, in order.
    #[serde(skip)]
    pub query_rows: Vec<usize>,
    /// The `max(ks)` nearest candidates of each query (rows, nearest first), in query order
    /// (empty in a [`crate::Diagnosis`], whose overlap table is computed from them).
    #[serde(skip)]
    pub neighbours: Vec<Vec<(usize, f64)>>,
}

/// Retrieval scores of the queries of one label value.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LabelScore {
    /// Queries with this label.
    pub queries: usize,
    /// Mean precision@k, one per k.
    pub precision: Vec<f64>,
    /// Mean reciprocal rank.
    pub mrr: f64,
    /// Mean base rate.
    pub base_rate: f64,
}

/// Mean precision@k of one cut-off, every labelled row a query, duplicates counted.
pub fn precision_at_k(
    vectors: &[f32],
    dim: usize,
    metric: Metric,
    labels: &[Option<u32>],
    k: usize,
) -> Result<f64> {
    let options = RetrievalOptions { ks: vec![k], ..Default::default() };
    Ok(retrieval(vectors, dim, metric, labels, &options)?.precision[0])
}

/// Prepared `f64` points: unit rows for cosine, raw rows for L2, with squared norms.
pub(crate) struct Points {
    pub(crate) data: Vec<f64>,
    pub(crate) sq: Vec<f64>,
    pub(crate) dim: usize,
    pub(crate) metric: Metric,
}

impl Points {
    pub(crate) fn new(vectors: &[f32], dim: usize, metric: Metric) -> Result<Self> {
        if dim == 0 || !vectors.len().is_multiple_of(dim) {
            return Err(Error::invalid(format!(
                "{} values are not vectors of dimension {dim}",
                vectors.len()
            )));
        }
        if let Some(i) = vectors.iter().position(|v| !v.is_finite()) {
            return Err(Error::invalid(format!("vector {} component {} is not finite", i / dim, i % dim)));
        }
        let mut data: Vec<f64> = vectors.iter().map(|&v| f64::from(v)).collect();
        if metric == Metric::Cosine {
            for row in data.chunks_exact_mut(dim) {
                let norm = row.iter().map(|v| v * v).sum::<f64>().sqrt();
                if norm > 0.0 {
                    row.iter_mut().for_each(|v| *v /= norm);
                }
            }
        }
        let sq = sq_norms(&data, dim);
        Ok(Self { data, sq, dim, metric })
    }

    pub(crate) fn len(&self) -> usize {
        self.sq.len()
    }

    /// Distances from each of `queries` to every row (`queries.len() x len()`, row-major).
    pub(crate) fn distances(&self, queries: &[usize]) -> Vec<f64> {
        let q = super::math::gather(&self.data, self.dim, queries);
        let mut d = dots(&q, &self.data, self.dim);
        let n = self.len();
        for (i, row) in d.chunks_exact_mut(n.max(1)).enumerate().take(queries.len()) {
            let qi = queries[i];
            for (j, v) in row.iter_mut().enumerate() {
                *v = match self.metric {
                    Metric::Cosine => 1.0 - *v,
                    Metric::L2 => (self.sq[qi] + self.sq[j] - 2.0 * *v).max(0.0).sqrt(),
                };
            }
        }
        d
    }
}

/// Per-query outcome.
struct QueryOutcome {
    precision: Vec<f64>,
    rr: f64,
    base: f64,
    neighbours: Vec<(usize, f64)>,
}

/// precision@k, MRR and base rate of `vectors` (row-major, `dim` wide) against `labels` (one per
/// row; `None` rows are neither queries nor candidates). See the [module docs](self).
pub fn retrieval(
    vectors: &[f32],
    dim: usize,
    metric: Metric,
    labels: &[Option<u32>],
    options: &RetrievalOptions,
) -> Result<Retrieval> {
    let points = Points::new(vectors, dim, metric)?;
    retrieval_on(&points, labels, options)
}

pub(crate) fn retrieval_on(
    points: &Points,
    labels: &[Option<u32>],
    options: &RetrievalOptions,
) -> Result<Retrieval> {
    Ok(retrieval_many(points, &[labels], options)?.remove(0))
}

/// [`retrieval`] of one set of points against several labels at once: the distances of each
/// block of queries are computed once and scored against every label (a query of a label is a
/// row with a value of it). Memory: one block of distances per thread and `max(ks)` neighbours
/// per query and label — never a full distance matrix.
pub(crate) fn retrieval_many(
    points: &Points,
    labels: &[&[Option<u32>]],
    options: &RetrievalOptions,
) -> Result<Vec<Retrieval>> {
    let n = points.len();
    if let Some(l) = labels.iter().find(|l| l.len() != n) {
        return Err(Error::invalid(format!("{} labels for {n} vectors", l.len())));
    }
    if let Some(g) = &options.groups {
        if g.len() != n {
            return Err(Error::invalid(format!("{} duplicate groups for {n} vectors", g.len())));
        }
    }
    let mut ks = options.ks.clone();
    ks.sort_unstable();
    ks.dedup();
    if ks.is_empty() || ks[0] == 0 {
        return Err(Error::invalid("precision@k needs at least one k >= 1"));
    }
    let kmax = *ks.last().expect("not empty");
    let labelled = |r: usize| labels.iter().any(|l| l[r].is_some());
    let query_rows: Vec<usize> = match &options.queries {
        Some(q) => {
            if let Some(&bad) = q.iter().find(|&&r| r >= n) {
                return Err(Error::invalid(format!("query row {bad} out of range (0..{n})")));
            }
            q.iter().copied().filter(|&r| labelled(r)).collect()
        }
        None => (0..n).filter(|&r| labelled(r)).collect(),
    };
    // (label index, query row, outcome), in query order within each label.
    let outcomes: Vec<(usize, usize, QueryOutcome)> = query_rows
        .par_chunks(BLOCK)
        .flat_map_iter(|block| {
            let d = points.distances(block);
            let mut out = Vec::new();
            for (i, &q) in block.iter().enumerate() {
                for (li, l) in labels.iter().enumerate().filter(|(_, l)| l[q].is_some()) {
                    let o = score_query(q, &d[i * n..(i + 1) * n], l, options.groups.as_deref(), &ks, kmax);
                    out.push((li, q, o));
                }
            }
            out
        })
        .collect();
    let mut per: Vec<(Vec<usize>, Vec<QueryOutcome>)> = labels.iter().map(|_| (vec![], vec![])).collect();
    for (li, q, o) in outcomes {
        per[li].0.push(q);
        per[li].1.push(o);
    }
    Ok(per.into_iter().zip(labels).map(|((rows, outs), l)| summarize(&ks, l, rows, outs)).collect())
}

/// Average the per-query outcomes of one label.
fn summarize(
    ks: &[usize],
    labels: &[Option<u32>],
    query_rows: Vec<usize>,
    outcomes: Vec<QueryOutcome>,
) -> Retrieval {
    let nq = outcomes.len();
    let mut precision = vec![0.0; ks.len()];
    let (mut mrr, mut base) = (0.0, 0.0);
    let mut per_label: BTreeMap<u32, LabelScore> = BTreeMap::new();
    for (o, &q) in outcomes.iter().zip(&query_rows) {
        let entry = per_label
            .entry(labels[q].expect("labelled"))
            .or_insert_with(|| LabelScore { precision: vec![0.0; ks.len()], ..Default::default() });
        entry.queries += 1;
        for (j, p) in o.precision.iter().enumerate() {
            precision[j] += p;
            entry.precision[j] += p;
        }
        mrr += o.rr;
        base += o.base;
        entry.mrr += o.rr;
        entry.base_rate += o.base;
    }
    let div = |x: f64, c: usize| if c == 0 { 0.0 } else { x / c as f64 };
    for s in per_label.values_mut() {
        s.precision.iter_mut().for_each(|p| *p = div(*p, s.queries));
        s.mrr = div(s.mrr, s.queries);
        s.base_rate = div(s.base_rate, s.queries);
    }
    Retrieval {
        ks: ks.to_vec(),
        precision: precision.into_iter().map(|p| div(p, nq)).collect(),
        mrr: div(mrr, nq),
        base_rate: div(base, nq),
        queries: nq,
        per_label,
        query_rows,
        neighbours: outcomes.into_iter().map(|o| o.neighbours).collect(),
    }
}

/// A candidate ordered by (distance, row): the ranking order of the module docs.
#[derive(Clone, Copy, PartialEq)]
struct Candidate(f64, usize);

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

/// Score one query from its distances to every row: one pass keeps the `kmax` nearest
/// candidates in a bounded max-heap and the nearest same-label candidate; the reciprocal rank
/// needs a second pass only when that candidate is not among the `kmax` kept.
fn score_query(
    q: usize,
    dist: &[f64],
    labels: &[Option<u32>],
    groups: Option<&[u64]>,
    ks: &[usize],
    kmax: usize,
) -> QueryOutcome {
    let label = labels[q];
    let group = groups.map(|g| g[q]);
    let candidate =
        |r: usize| r != q && labels[r].is_some() && (group.is_none() || groups.map(|g| g[r]) != group);
    let mut heap: std::collections::BinaryHeap<Candidate> =
        std::collections::BinaryHeap::with_capacity(kmax.min(dist.len()) + 1);
    let (mut total, mut same) = (0usize, 0usize);
    let mut best_same: Option<Candidate> = None;
    for (r, &d) in dist.iter().enumerate() {
        if !candidate(r) {
            continue;
        }
        total += 1;
        let c = Candidate(d, r);
        if labels[r] == label {
            same += 1;
            if best_same.is_none_or(|b| c < b) {
                best_same = Some(c);
            }
        }
        if heap.len() < kmax {
            heap.push(c);
        } else if heap.peek().is_some_and(|worst| c < *worst) {
            heap.pop();
            heap.push(c);
        }
    }
    // Nearest first; exactly min(kmax, total) entries.
    let cands: Vec<Candidate> = heap.into_sorted_vec();
    let rr = match best_same {
        None => 0.0,
        Some(b) => {
            let rank = match cands.iter().position(|c| *c == b) {
                Some(i) => i,
                None => {
                    dist.iter().enumerate().filter(|&(r, &d)| candidate(r) && Candidate(d, r) < b).count()
                }
            };
            1.0 / (1 + rank) as f64
        }
    };
    let precision = ks
        .iter()
        .map(|&k| {
            let kk = k.min(total);
            if kk == 0 {
                return 0.0;
            }
            cands[..kk].iter().filter(|c| labels[c.1] == label).count() as f64 / kk as f64
        })
        .collect();
    let base = if total == 0 { 0.0 } else { same as f64 / total as f64 };
    let neighbours: Vec<(usize, f64)> = cands.iter().map(|c| (c.1, c.0)).collect();
    QueryOutcome { precision, rr, base, neighbours }
}

/// Mean overlap@k of two neighbour lists over the same queries: `|A_k ∩ B_k| / k`.
pub fn overlap_at_k(a: &[Vec<(usize, f64)>], b: &[Vec<(usize, f64)>], k: usize) -> f64 {
    let n = a.len().min(b.len());
    if n == 0 || k == 0 {
        return 0.0;
    }
    let total: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| {
            let kk = k.min(x.len()).min(y.len());
            if kk == 0 {
                return 0.0;
            }
            let xs: std::collections::HashSet<usize> = x[..kk].iter().map(|p| p.0).collect();
            y[..kk].iter().filter(|p| xs.contains(&p.0)).count() as f64 / kk as f64
        })
        .sum();
    total / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// precision@k (per k), reciprocal rank and base rate of one query by sorting every
    /// candidate: the definition of the module docs, written out.
    fn by_sorting(
        pts: &Points,
        labels: &[Option<u32>],
        groups: &[u64],
        q: usize,
        ks: &[usize],
    ) -> (Vec<f64>, f64, f64) {
        let d = pts.distances(&[q]);
        let mut c: Vec<(f64, usize)> = (0..labels.len())
            .filter(|&r| r != q && labels[r].is_some() && groups[r] != groups[q])
            .map(|r| (d[r], r))
            .collect();
        c.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let hit = |r: usize| labels[r] == labels[q];
        let p = ks
            .iter()
            .map(|&k| {
                let kk = k.min(c.len());
                if kk == 0 {
                    0.0
                } else {
                    c[..kk].iter().filter(|x| hit(x.1)).count() as f64 / kk as f64
                }
            })
            .collect();
        let rr = c.iter().position(|x| hit(x.1)).map_or(0.0, |i| 1.0 / (i + 1) as f64);
        let base =
            if c.is_empty() { 0.0 } else { c.iter().filter(|x| hit(x.1)).count() as f64 / c.len() as f64 };
        (p, rr, base)
    }

    #[test]
    fn several_labels_at_once_score_as_sorting_every_candidate_does() {
        let (n, dim) = (400, 3);
        // Coarse values: many rows at equal distances, so ties decide ranks.
        let v: Vec<f32> = (0..n * dim).map(|i| ((i * 7919) % 13) as f32).collect();
        let a: Vec<Option<u32>> = (0..n).map(|r| Some((r % 5) as u32)).collect();
        let b: Vec<Option<u32>> = (0..n).map(|r| (r % 7 != 0).then_some((r % 3) as u32)).collect();
        let groups: Vec<u64> = (0..n).map(|r| (r / 2) as u64).collect();
        let pts = Points::new(&v, dim, Metric::L2).unwrap();
        let ks = vec![1, 5, 30];
        let opts = RetrievalOptions {
            ks: ks.clone(),
            queries: Some((0..n).step_by(3).collect()),
            groups: Some(groups.clone()),
        };
        let many = retrieval_many(&pts, &[&a, &b], &opts).unwrap();
        for (labels, r) in [&a, &b].into_iter().zip(&many) {
            let queries: Vec<usize> = (0..n).step_by(3).filter(|&q| labels[q].is_some()).collect();
            assert_eq!(r.query_rows, queries);
            let mut want = (vec![0.0; ks.len()], 0.0, 0.0);
            for &q in &queries {
                let (p, rr, base) = by_sorting(&pts, labels, &groups, q, &ks);
                p.iter().enumerate().for_each(|(j, x)| want.0[j] += x / queries.len() as f64);
                want.1 += rr / queries.len() as f64;
                want.2 += base / queries.len() as f64;
            }
            for (got, w) in r.precision.iter().zip(&want.0) {
                assert!((got - w).abs() < 1e-12, "{:?} vs {:?}", r.precision, want.0);
            }
            assert!((r.mrr - want.1).abs() < 1e-12 && (r.base_rate - want.2).abs() < 1e-12);
        }
    }

    #[test]
    fn a_query_keeps_memory_for_its_neighbours_only() {
        let n = 10_000;
        let dist: Vec<f64> = (0..n).map(|r| ((r * 7919) % n) as f64).collect();
        let labels: Vec<Option<u32>> = (0..n).map(|r| Some((r % 3) as u32)).collect();
        let out = score_query(0, &dist, &labels, None, &[1, 10], 20);
        assert_eq!(out.neighbours.len(), 20);
        assert!(out.neighbours.capacity() <= 20, "capacity {}", out.neighbours.capacity());
        // Nearest first, the query itself excluded.
        assert!(out.neighbours.windows(2).all(|w| w[0].1 <= w[1].1));
        assert!(out.neighbours.iter().all(|&(r, _)| r != 0));
    }
}

//! Exact search: every candidate row is scored with faer matrix products.

use super::topk::TopK;
use super::{check_allow, check_queries, distance, AllowList, Hit, TieOrder, VectorIndex, Vectors};
use crate::encode::Metric;
use crate::error::Result;
use faer::linalg::matmul::matmul;
use faer::{Accum, MatMut, MatRef, Par};
use rayon::prelude::*;

/// Queries per matrix product.
const QUERY_BLOCK: usize = 64;
/// Rows per matrix product (and per rayon task).
const ROW_BLOCK: usize = 2048;

/// Buffers a scanning task reuses from one row block to the next.
#[derive(Default)]
struct Scratch {
    /// The products of a block of queries with a block of rows.
    dots: Vec<f32>,
    /// The allowed rows of a block, gathered contiguously.
    gathered: Vec<f32>,
}

/// Brute-force k-nearest-neighbour search over every row (or every allowed row).
///
/// Queries are scored by blocks of [`QUERY_BLOCK`] queries times blocks of [`ROW_BLOCK`] rows:
/// one `f32` faer matrix product `Q Xᵀ` gives the dot products, turned into a ranking score with
/// norms precomputed at construction (L2: `|x|² - 2 q·x`; cosine: `-q·x / |x|`, 0 for a zero
/// row). Blocks of queries run in parallel with rayon, each through every row block, keeping
/// its best candidates per query by partial selection (a single block of queries splits the
/// row blocks among the threads instead). The `2k + 8` best candidates by score are then re-scored with [`distance`] (in
/// `f64`), so reported distances are exact and rounding in the products can only matter between
/// rows whose distances differ by a few ulps.
///
/// Ties: candidates are selected by (score, [`TieOrder`] rank) and hits sorted by (distance,
/// rank), so among rows at equal distance the smallest ranks win, the `k`-th place included.
/// When the worst candidate is still at the `k`-th distance (a tie group larger than the
/// candidate list, e.g. many duplicated vectors), every candidate row is re-scored exactly, so
/// the group is ranked whole and rounding in the products cannot pick its members.
#[derive(Debug, Clone)]
pub struct ExactIndex {
    vectors: Vectors,
    metric: Metric,
    /// L2: `|x|²`; cosine: `1 / |x|`, or 0 for a zero row.
    row_terms: Vec<f32>,
    /// The order of rows at equal distance.
    ties: TieOrder,
}

impl ExactIndex {
    /// Index `vectors` under `metric` (computes one norm per row).
    pub fn new(vectors: Vectors, metric: Metric) -> Self {
        let row_terms = (0..vectors.len())
            .into_par_iter()
            .map(|i| {
                let sq: f64 = vectors.row(i).iter().map(|&x| (x as f64) * (x as f64)).sum();
                match metric {
                    Metric::L2 => sq as f32,
                    Metric::Cosine if sq == 0.0 => 0.0,
                    Metric::Cosine => (1.0 / sq.sqrt()) as f32,
                }
            })
            .collect();
        Self { vectors, metric, row_terms, ties: TieOrder::by_row() }
    }

    /// Break ties between equal distances by `ties` instead of by row. Errors when `ties` does
    /// not rank exactly [`len`](VectorIndex::len) rows.
    pub fn with_ties(mut self, ties: TieOrder) -> Result<Self> {
        ties.check_len(self.vectors.len())?;
        self.ties = ties;
        Ok(self)
    }

    /// The order of rows at equal distance.
    pub fn ties(&self) -> &TieOrder {
        &self.ties
    }

    /// The indexed vectors.
    pub fn vectors(&self) -> &Vectors {
        &self.vectors
    }

    /// Candidates kept per query before exact re-scoring.
    pub(super) fn candidates(k: usize) -> usize {
        k.saturating_mul(2).saturating_add(8)
    }

    /// The best `candidates(k)` (score, rank) pairs of each query, by score then tie rank.
    ///
    /// With at least as many blocks of queries as rayon has threads, each task takes one block
    /// of queries through every block of rows, so each query's selection keeps its threshold
    /// from one row block to the next and the product buffer is reused. Fewer queries (one
    /// `search`) split the rows among the threads instead and merge the selections.
    fn scan(&self, queries: &[f32], k: usize, allowed: Option<&[usize]>) -> Vec<TopK> {
        let dim = self.vectors.dim();
        let n_cand = allowed.map_or(self.vectors.len(), <[usize]>::len);
        let c = Self::candidates(k).min(n_cand);
        let n_blocks = n_cand.div_ceil(ROW_BLOCK);
        let query_blocks = (queries.len() / dim).div_ceil(QUERY_BLOCK);
        if query_blocks >= rayon::current_num_threads() {
            return queries
                .par_chunks(QUERY_BLOCK * dim)
                .flat_map_iter(|qblock| {
                    let mut scratch = Scratch::default();
                    let mut tops = vec![TopK::new(c); qblock.len() / dim];
                    for b in 0..n_blocks {
                        self.score_block(qblock, b, allowed, &mut scratch, &mut tops);
                    }
                    tops
                })
                .collect();
        }
        queries
            .par_chunks(QUERY_BLOCK * dim)
            .flat_map_iter(|qblock| {
                let nq = qblock.len() / dim;
                (0..n_blocks)
                    .into_par_iter()
                    .map(|b| {
                        let mut tops = vec![TopK::new(c); nq];
                        self.score_block(qblock, b, allowed, &mut Scratch::default(), &mut tops);
                        tops
                    })
                    .reduce(
                        || vec![TopK::new(c); nq],
                        |mut acc, other| {
                            acc.iter_mut().zip(other).for_each(|(a, o)| a.merge(o));
                            acc
                        },
                    )
            })
            .collect()
    }

    /// Score row block `b` against one block of queries, offering every score to the query's
    /// selection in `tops`.
    fn score_block(
        &self,
        qblock: &[f32],
        b: usize,
        allowed: Option<&[usize]>,
        scratch: &mut Scratch,
        tops: &mut [TopK],
    ) {
        let dim = self.vectors.dim();
        let nq = qblock.len() / dim;
        let n_cand = allowed.map_or(self.vectors.len(), <[usize]>::len);
        let (start, end) = (b * ROW_BLOCK, ((b + 1) * ROW_BLOCK).min(n_cand));
        let r = end - start;
        let (xs, rows): (&[f32], Option<&[usize]>) = match allowed {
            None => (&self.vectors.as_slice()[start * dim..end * dim], None),
            Some(all) => {
                let rows = &all[start..end];
                scratch.gathered.clear();
                scratch.gathered.extend(rows.iter().flat_map(|&i| self.vectors.row(i)));
                (&scratch.gathered, Some(rows))
            }
        };
        scratch.dots.resize(nq * r, 0.0);
        let dots = &mut scratch.dots[..nq * r];
        matmul(
            MatMut::from_row_major_slice_mut(dots, nq, r),
            Accum::Replace,
            MatRef::from_row_major_slice(qblock, nq, dim),
            MatRef::from_row_major_slice(xs, r, dim).transpose(),
            1.0f32,
            Par::Seq,
        );
        let ranks = self.ties.ranks();
        let row_of = |j: usize| rows.map_or(start + j, |rows| rows[j]);
        for (top, qdots) in tops.iter_mut().zip(dots.chunks_exact(r.max(1))) {
            for (j, &dot) in qdots.iter().enumerate() {
                let row = row_of(j);
                let term = self.row_terms[row];
                let score = match self.metric {
                    Metric::L2 => term - 2.0 * dot,
                    Metric::Cosine => -dot * term,
                };
                if top.rejects(score) {
                    continue;
                }
                top.push(score, ranks.map_or(row, |ranks| ranks[row]));
            }
        }
    }

    /// Re-score candidates exactly and keep the `k` best; `n_cand` rows were candidates.
    fn finish(
        &self,
        query: &[f32],
        top: TopK,
        k: usize,
        allowed: Option<&[usize]>,
        n_cand: usize,
    ) -> Vec<Hit> {
        let mut hits: Vec<Hit> = top
            .into_sorted()
            .into_iter()
            .map(|(_, rank)| {
                let row = self.ties.row(rank);
                Hit { row, distance: distance(self.metric, query, self.vectors.row(row)) }
            })
            .collect();
        hits.sort_unstable_by(|a, b| self.ties.compare(a, b));
        let tie_may_continue = match (hits.get(k - 1), hits.last()) {
            (Some(kth), Some(last)) => hits.len() < n_cand && last.distance <= kth.distance,
            _ => false,
        };
        if tie_may_continue {
            return self.rank_all(query, k, allowed);
        }
        hits.truncate(k);
        hits
    }

    /// The `k` best of every candidate row, each re-scored exactly.
    fn rank_all(&self, query: &[f32], k: usize, allowed: Option<&[usize]>) -> Vec<Hit> {
        let mut top = TopK::new(k);
        let mut offer = |row: usize| {
            top.push(distance(self.metric, query, self.vectors.row(row)), self.ties.rank(row));
        };
        match allowed {
            Some(rows) => rows.iter().copied().for_each(&mut offer),
            None => (0..self.vectors.len()).for_each(&mut offer),
        }
        top.into_sorted()
            .into_iter()
            .map(|(distance, rank)| Hit { row: self.ties.row(rank), distance })
            .collect()
    }
}

impl VectorIndex for ExactIndex {
    fn kind(&self) -> &'static str {
        "exact"
    }

    fn len(&self) -> usize {
        self.vectors.len()
    }

    fn dim(&self) -> usize {
        self.vectors.dim()
    }

    fn metric(&self) -> Metric {
        self.metric
    }

    fn search(&self, query: &[f32], k: usize, allow: Option<&AllowList>) -> Result<Vec<Hit>> {
        super::check_query(query, self.dim())?;
        Ok(self.search_many(query, k, allow)?.pop().unwrap_or_default())
    }

    fn search_many(&self, queries: &[f32], k: usize, allow: Option<&AllowList>) -> Result<Vec<Vec<Hit>>> {
        let dim = self.dim();
        check_queries(queries, dim)?;
        check_allow(allow, self.len())?;
        let nq = queries.len() / dim;
        let allowed: Option<Vec<usize>> = allow.map(|a| a.iter().collect());
        let n_cand = allowed.as_ref().map_or(self.len(), Vec::len);
        if k == 0 || n_cand == 0 {
            return Ok(vec![Vec::new(); nq]);
        }
        let tops = self.scan(queries, k, allowed.as_deref());
        Ok(tops
            .into_par_iter()
            .zip(queries.par_chunks(dim))
            .map(|(top, q)| self.finish(q, top, k, allowed.as_deref(), n_cand))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_queries_and_rows_cover_everything() {
        // More rows than one row block and more queries than one query block.
        let v = super::super::synthetic::uniform(ROW_BLOCK * 2 + 17, 5, 11);
        let index = ExactIndex::new(v.clone(), Metric::L2);
        let queries: Vec<f32> = (0..QUERY_BLOCK + 3).flat_map(|i| v.row(i * 61).to_vec()).collect();
        let allow = AllowList::from_rows((0..v.len()).filter(|r| r % 3 != 1));
        // One thread: every block of queries runs through every block of rows in one task;
        // eight threads (more than the two query blocks): the rows are split among tasks.
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            pool.install(|| {
                (
                    index.search_many(&queries, 3, None).unwrap(),
                    index.search_many(&queries, 3, Some(&allow)).unwrap(),
                )
            })
        };
        let (results, filtered) = run(1);
        assert_eq!(results.len(), QUERY_BLOCK + 3);
        for (i, hits) in results.iter().enumerate() {
            assert_eq!(hits[0], Hit { row: i * 61, distance: 0.0 }, "query {i}");
            assert_eq!(hits.len(), 3);
            assert!(filtered[i].iter().all(|h| h.row % 3 != 1), "query {i}");
            assert_eq!(
                filtered[i],
                naive(&v, Metric::L2, &queries[i * 5..i * 5 + 5], 3, &allow),
                "query {i}"
            );
        }
        assert_eq!(run(8), (results, filtered));
    }

    /// The `k` nearest allowed rows by sorting every distance.
    fn naive(v: &Vectors, metric: Metric, q: &[f32], k: usize, allow: &AllowList) -> Vec<Hit> {
        let mut all: Vec<Hit> =
            allow.iter().map(|row| Hit { row, distance: distance(metric, q, v.row(row)) }).collect();
        all.sort_by(Hit::order);
        all.truncate(k);
        all
    }

    #[test]
    fn zero_rows_and_queries_under_cosine() {
        let v = Vectors::new(vec![0.0, 0.0, 1.0, 0.0, 0.0, 1.0], 2).unwrap();
        let index = ExactIndex::new(v, Metric::Cosine);
        let hits = index.search(&[1.0, 0.1], 3, None).unwrap();
        assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>(), vec![1, 2, 0]);
        assert_eq!(hits[2].distance, 1.0);
        // A zero query is equally far (1) from everything: ties broken by row (no tie order).
        let hits = index.search(&[0.0, 0.0], 2, None).unwrap();
        assert_eq!(hits, vec![Hit { row: 0, distance: 1.0 }, Hit { row: 1, distance: 1.0 }]);
    }
}

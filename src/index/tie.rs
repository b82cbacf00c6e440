//! The order of rows at equal distance.

use super::Hit;
use crate::error::{Error, Result};
use rayon::prelude::*;
use std::cmp::Ordering;
use std::sync::Arc;

/// The order of hits at equal distance: by row (the default), or by a rank per row.
///
/// Every index sorts its hits by `(distance, rank(row))`. Ranks are a permutation of the rows,
/// so the order is total. The query planner ranks rows by record id ([`TieOrder::by_key`] over
/// the set's ids), so that equal distances come back in id order whatever order the vectors
/// were stored in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TieOrder {
    /// `None`: the rank of a row is the row.
    ranks: Option<Ranks>,
}

/// A permutation of the rows and its inverse.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Ranks {
    /// The rank of each row.
    rank_of: Arc<[usize]>,
    /// The row of each rank.
    row_of: Arc<[usize]>,
}

impl TieOrder {
    /// Ties broken by row.
    pub fn by_row() -> Self {
        Self::default()
    }

    /// Ties broken by `keys[row]` (then by row, for equal keys): row `r` gets the rank of its
    /// key in sorted order.
    pub fn by_key<K: Ord + Sync>(keys: &[K]) -> Self {
        let mut row_of: Vec<usize> = (0..keys.len()).collect();
        row_of.par_sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]).then(a.cmp(&b)));
        let mut rank_of = vec![0; keys.len()];
        for (rank, &row) in row_of.iter().enumerate() {
            rank_of[row] = rank;
        }
        Self { ranks: Some(Ranks { rank_of: rank_of.into(), row_of: row_of.into() }) }
    }

    /// Whether ties are broken by row.
    pub fn is_by_row(&self) -> bool {
        self.ranks.is_none()
    }

    /// The rank of `row` (`row` itself when ties are broken by row).
    #[inline]
    pub fn rank(&self, row: usize) -> usize {
        self.ranks.as_ref().map_or(row, |r| r.rank_of[row])
    }

    /// The row of rank `rank` (the inverse of [`rank`](Self::rank)).
    #[inline]
    pub fn row(&self, rank: usize) -> usize {
        self.ranks.as_ref().map_or(rank, |r| r.row_of[rank])
    }

    /// The rank of every row, or `None` when ties are broken by row.
    pub(crate) fn ranks(&self) -> Option<&[usize]> {
        self.ranks.as_ref().map(|r| &r.rank_of[..])
    }

    /// Order by distance, then by rank: the order of every result list of an index using it.
    pub fn compare(&self, a: &Hit, b: &Hit) -> Ordering {
        a.distance.total_cmp(&b.distance).then_with(|| self.rank(a.row).cmp(&self.rank(b.row)))
    }

    /// Check that the order covers exactly `rows` rows (always true when by row).
    pub(crate) fn check_len(&self, rows: usize) -> Result<()> {
        match &self.ranks {
            Some(r) if r.rank_of.len() != rows => Err(Error::invalid(format!(
                "the tie order ranks {} rows, the index has {rows}",
                r.rank_of.len()
            ))),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::Metric;
    use crate::index::{AllowList, ExactIndex, HnswIndex, HnswParams, VectorIndex, Vectors};

    #[test]
    fn ranks_follow_the_keys_and_invert() {
        let ties = TieOrder::by_key(&["c", "a", "b", "a"]);
        assert_eq!((0..4).map(|r| ties.rank(r)).collect::<Vec<_>>(), vec![3, 0, 2, 1]);
        assert!((0..4).all(|r| ties.row(ties.rank(r)) == r));
        let by_row = TieOrder::by_row();
        assert!(by_row.is_by_row() && by_row.rank(7) == 7 && by_row.row(7) == 7);
        assert!(ties.check_len(4).is_ok() && ties.check_len(5).is_err());
    }

    /// `n` rows of dimension 2: row `r` is `(1 + r % groups, 0)`, so rows with the same
    /// `r % groups` are exact duplicates; keys are in reverse row order.
    fn duplicated(n: usize, groups: usize) -> (Vectors, TieOrder) {
        let data: Vec<f32> = (0..n).flat_map(|r| [1.0 + (r % groups) as f32, 0.0]).collect();
        let keys: Vec<usize> = (0..n).map(|r| n - r).collect();
        (Vectors::new(data, 2).unwrap(), TieOrder::by_key(&keys))
    }

    #[test]
    fn exact_search_breaks_ties_by_rank_inside_the_ranking() {
        // More duplicates than candidates (2k + 8), across several row blocks: the k best go to
        // the highest rows (smallest keys), not to the first rows scanned.
        let (v, ties) = duplicated(5000, 3);
        let index = ExactIndex::new(v, Metric::L2).with_ties(ties.clone()).unwrap();
        let hits = index.search(&[1.0, 0.0], 4, None).unwrap();
        assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>(), vec![4998, 4995, 4992, 4989]);
        assert!(hits.iter().all(|h| h.distance == 0.0));
        // Restricted to an allow-list, and with the next distance reached.
        let allow = AllowList::from_rows((0..5000).filter(|r| r % 3 != 0 || *r < 9));
        let hits = index.search(&[1.0, 0.0], 4, Some(&allow)).unwrap();
        assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>(), vec![6, 3, 0, 4999]);
        // Cosine, zero query: every row is at distance 1, so the ranks alone decide.
        let index = ExactIndex::new(index.vectors().clone(), Metric::Cosine).with_ties(ties).unwrap();
        let hits = index.search(&[0.0, 0.0], 3, None).unwrap();
        assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>(), vec![4999, 4998, 4997]);
        // Without a tie order, the rows decide.
        let plain = ExactIndex::new(index.vectors().clone(), Metric::L2);
        let hits = plain.search(&[1.0, 0.0], 3, None).unwrap();
        assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>(), vec![0, 3, 6]);
        assert!(plain.with_ties(TieOrder::by_key(&[1, 2])).is_err());
    }

    #[test]
    fn hnsw_sorts_its_hits_by_distance_then_rank() {
        let (v, ties) = duplicated(300, 50);
        let params = HnswParams {
            max_connections: 12,
            ef_construction: 64,
            ef_search: 300,
            exact_below: 0,
            ..Default::default()
        };
        let index = HnswIndex::build(v, Metric::L2, params, None).unwrap().with_ties(ties.clone()).unwrap();
        let hits = index.search(&[3.2, 0.0], 12, None).unwrap();
        assert_eq!(hits.len(), 12);
        assert!(hits.windows(2).all(|w| ties.compare(&w[0], &w[1]).is_lt()), "{hits:?}");
        // ef covers every row: the graph finds the whole tie group, the ranks pick within it.
        assert_eq!(hits.iter().map(|h| h.row).collect::<Vec<_>>()[..6], [252, 202, 152, 102, 52, 2]);
    }
}

//! Keeping the `k` smallest (score, row) pairs of a stream, by partial selection.

use std::cmp::Ordering;

/// Order by score, then row.
fn order(a: &(f32, usize), b: &(f32, usize)) -> Ordering {
    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
}

/// The `k` smallest (score, row) pairs seen so far.
///
/// Pairs are appended to a buffer of up to `2k`; when it fills, `select_nth_unstable` keeps the
/// `k` smallest and the `k`-th becomes a threshold that rejects most later pairs with one
/// comparison. Amortised `O(1)` per pair.
#[derive(Debug, Clone)]
pub(crate) struct TopK {
    k: usize,
    items: Vec<(f32, usize)>,
    /// The `k`-th smallest pair once `k` pairs were kept: nothing at or above it can enter.
    bound: Option<(f32, usize)>,
}

impl TopK {
    /// An empty selection of the `k` smallest.
    pub(crate) fn new(k: usize) -> Self {
        Self { k, items: Vec::with_capacity(2 * k.min(1 << 16)), bound: None }
    }

    /// Whether a pair with this score cannot enter whatever its row (above the bound): one
    /// float comparison, for callers that would otherwise compute the row first.
    #[inline]
    pub(crate) fn rejects(&self, score: f32) -> bool {
        self.bound.is_some_and(|(b, _)| score > b)
    }

    /// Offer a pair.
    #[inline]
    pub(crate) fn push(&mut self, score: f32, row: usize) {
        if self.k == 0 {
            return;
        }
        if let Some(b) = self.bound {
            if order(&(score, row), &b) != Ordering::Less {
                return;
            }
        }
        self.items.push((score, row));
        if self.items.len() >= 2 * self.k {
            self.compact();
        }
    }

    /// Keep only the `k` smallest and tighten the bound.
    fn compact(&mut self) {
        if self.items.len() > self.k {
            self.items.select_nth_unstable_by(self.k - 1, order);
            self.items.truncate(self.k);
        }
        if self.items.len() == self.k {
            self.bound = self.items.iter().copied().max_by(order);
        }
    }

    /// Offer every pair of another selection.
    pub(crate) fn merge(&mut self, other: TopK) {
        for (s, r) in other.items {
            self.push(s, r);
        }
    }

    /// The kept pairs, smallest first.
    pub(crate) fn into_sorted(mut self) -> Vec<(f32, usize)> {
        self.compact();
        self.items.sort_unstable_by(order);
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn equals_sort_and_truncate(scores in proptest::collection::vec(-5i32..5, 0..300), k in 0usize..40) {
            let mut top = TopK::new(k);
            let mut guarded = TopK::new(k);
            let mut halves = (TopK::new(k), TopK::new(k));
            for (row, &s) in scores.iter().enumerate() {
                top.push(s as f32, row);
                if !guarded.rejects(s as f32) {
                    guarded.push(s as f32, row);
                }
                if row % 2 == 0 { halves.0.push(s as f32, row) } else { halves.1.push(s as f32, row) }
            }
            let mut expected: Vec<(f32, usize)> = scores.iter().enumerate().map(|(r, &s)| (s as f32, r)).collect();
            expected.sort_by(order);
            expected.truncate(k);
            prop_assert_eq!(&top.into_sorted(), &expected);
            prop_assert_eq!(&guarded.into_sorted(), &expected);
            halves.0.merge(halves.1);
            prop_assert_eq!(&halves.0.into_sorted(), &expected);
        }
    }
}

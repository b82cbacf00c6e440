//! The set of rows a filtered search may return.

/// A set of rows (a bitset: one bit per row up to the largest, constant-time membership).
///
/// Built from the rows a filter kept; a search restricted to it returns only these rows, and
/// always `min(k, len())` of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowList {
    words: Vec<u64>,
    count: usize,
}

impl AllowList {
    /// An empty list (a search restricted to it returns nothing).
    pub fn new() -> Self {
        Self::default()
    }

    /// The rows of an iterator, in any order, repeats ignored.
    pub fn from_rows(rows: impl IntoIterator<Item = usize>) -> Self {
        let mut list = Self::new();
        for row in rows {
            list.insert(row);
        }
        list
    }

    /// The rows `i` where `mask[i]` is true.
    pub fn from_mask(mask: &[bool]) -> Self {
        Self::from_rows(mask.iter().enumerate().filter(|(_, &m)| m).map(|(i, _)| i))
    }

    /// Add a row; returns whether it was new.
    pub fn insert(&mut self, row: usize) -> bool {
        let (w, b) = (row / 64, row % 64);
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        let new = self.words[w] & (1 << b) == 0;
        self.words[w] |= 1 << b;
        self.count += new as usize;
        new
    }

    /// Whether `row` is allowed.
    pub fn contains(&self, row: usize) -> bool {
        self.words.get(row / 64).is_some_and(|w| w & (1 << (row % 64)) != 0)
    }

    /// Number of allowed rows.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no row is allowed.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The largest allowed row, if any.
    pub fn last(&self) -> Option<usize> {
        let (i, w) = self.words.iter().enumerate().rev().find(|(_, &w)| w != 0)?;
        Some(i * 64 + 63 - w.leading_zeros() as usize)
    }

    /// The allowed rows in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros() as usize;
                    w &= w - 1;
                    i * 64 + b
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn empty_and_basic() {
        let a = AllowList::new();
        assert!(a.is_empty());
        assert_eq!(a.last(), None);
        assert!(!a.contains(0));
        let a = AllowList::from_mask(&[false, true, false, true]);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(a.last(), Some(3));
        assert!(!a.contains(1000));
    }

    proptest! {
        #[test]
        fn behaves_like_a_sorted_set(rows in proptest::collection::vec(0usize..500, 0..80)) {
            let list = AllowList::from_rows(rows.iter().copied());
            let set: std::collections::BTreeSet<usize> = rows.iter().copied().collect();
            prop_assert_eq!(list.len(), set.len());
            prop_assert_eq!(list.iter().collect::<Vec<_>>(), set.iter().copied().collect::<Vec<_>>());
            prop_assert_eq!(list.last(), set.iter().next_back().copied());
            for r in 0..520 {
                prop_assert_eq!(list.contains(r), set.contains(&r));
            }
        }
    }
}

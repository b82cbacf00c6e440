//! Agreement of two labellings: "do the clusters follow the label?"
//!
//! Both scores are computed from the contingency table and equal scikit-learn's
//! `adjusted_rand_score` and `normalized_mutual_info_score(average_method="arithmetic")`,
//! including their limit cases (identical one-cluster labellings score 1).

use std::collections::HashMap;

/// The contingency table of two labellings of the same items: `(table, rows, cols)` with
/// `table[i][j]` the items with the i-th distinct value of `a` and the j-th of `b` (values in
/// ascending order).
pub fn contingency<A: Ord + Clone + std::hash::Hash, B: Ord + Clone + std::hash::Hash>(
    a: &[A],
    b: &[B],
) -> (Vec<Vec<u64>>, Vec<A>, Vec<B>) {
    let mut ra: Vec<A> = a.to_vec();
    ra.sort();
    ra.dedup();
    let mut rb: Vec<B> = b.to_vec();
    rb.sort();
    rb.dedup();
    let ia: HashMap<&A, usize> = ra.iter().enumerate().map(|(i, v)| (v, i)).collect();
    let ib: HashMap<&B, usize> = rb.iter().enumerate().map(|(i, v)| (v, i)).collect();
    let mut t = vec![vec![0u64; rb.len()]; ra.len()];
    for (x, y) in a.iter().zip(b) {
        t[ia[x]][ib[y]] += 1;
    }
    (t, ra, rb)
}

fn comb2(n: u64) -> f64 {
    let n = n as f64;
    n * (n - 1.0) / 2.0
}

/// Adjusted Rand index of two labellings (1 for identical partitions, about 0 for independent).
pub fn adjusted_rand_index(a: &[usize], b: &[usize]) -> f64 {
    let (t, _, _) = contingency(a, b);
    let n = a.len().min(b.len()) as u64;
    let index: f64 = t.iter().flatten().map(|&v| comb2(v)).sum();
    let rows: f64 = t.iter().map(|r| comb2(r.iter().sum())).sum();
    let cols: f64 = (0..t.first().map_or(0, Vec::len)).map(|j| comb2(t.iter().map(|r| r[j]).sum())).sum();
    let expected = rows * cols / comb2(n).max(f64::MIN_POSITIVE);
    let max = (rows + cols) / 2.0;
    if max == expected {
        1.0
    } else {
        (index - expected) / (max - expected)
    }
}

fn entropy(counts: impl Iterator<Item = u64>, n: f64) -> f64 {
    counts.filter(|&c| c > 0).map(|c| c as f64 / n).map(|p| -p * p.ln()).sum()
}

/// Normalised mutual information of two labellings, arithmetic mean of the entropies.
pub fn normalized_mutual_info(a: &[usize], b: &[usize]) -> f64 {
    let (t, ra, rb) = contingency(a, b);
    if (ra.len() == 1 && rb.len() == 1) || (ra.is_empty() && rb.is_empty()) {
        return 1.0;
    }
    let n = a.len().min(b.len()) as f64;
    let row: Vec<u64> = t.iter().map(|r| r.iter().sum()).collect();
    let col: Vec<u64> = (0..rb.len()).map(|j| t.iter().map(|r| r[j]).sum()).collect();
    let mut mi = 0.0;
    for (i, r) in t.iter().enumerate() {
        for (j, &v) in r.iter().enumerate() {
            if v > 0 {
                let v = v as f64;
                mi += v / n * ((v * n) / (row[i] as f64 * col[j] as f64)).ln();
            }
        }
    }
    if mi.abs() < 1e-15 {
        return 0.0;
    }
    let h = (entropy(row.into_iter(), n) + entropy(col.into_iter(), n)) / 2.0;
    mi / h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_cases() {
        let a = [0, 0, 1, 1, 2, 2];
        let relabelled = [5, 5, 3, 3, 4, 4];
        assert!((adjusted_rand_index(&a, &relabelled) - 1.0).abs() < 1e-12);
        assert!((normalized_mutual_info(&a, &relabelled) - 1.0).abs() < 1e-12);
        assert_eq!(adjusted_rand_index(&[1, 1, 1], &[0, 0, 0]), 1.0);
        assert_eq!(normalized_mutual_info(&[1, 1, 1], &[0, 0, 0]), 1.0);
        assert_eq!(normalized_mutual_info(&[0, 0, 1, 1], &[0, 1, 0, 1]), 0.0);
        let (t, rows, cols) = contingency(&[0, 0, 1], &["a", "b", "b"]);
        assert_eq!((t, rows, cols), (vec![vec![1, 1], vec![0, 1]], vec![0, 1], vec!["a", "b"]));
    }
}

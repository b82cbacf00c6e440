//! The conformance suite every [`VectorIndex`] passes (run against [`ExactIndex`] and
//! [`HnswIndex`] below), in the spirit of tantivy's directory tests: one set of checks, one
//! builder per implementation.

use super::synthetic::{clustered, uniform};
use super::*;
use crate::encode::Metric;

/// Builds an implementation over vectors.
type Builder = fn(Vectors, Metric) -> Box<dyn VectorIndex>;

fn exact(v: Vectors, m: Metric) -> Box<dyn VectorIndex> {
    Box::new(ExactIndex::new(v, m))
}

/// HNSW with small, fast build parameters, graph search forced for every allow-list.
fn hnsw(v: Vectors, m: Metric) -> Box<dyn VectorIndex> {
    let params = HnswParams {
        max_connections: 12,
        ef_construction: 64,
        ef_search: 48,
        exact_below: 0,
        ..Default::default()
    };
    Box::new(HnswIndex::build(v, m, params, None).unwrap())
}

const IMPLEMENTATIONS: [(&str, Builder); 2] = [("exact", exact), ("hnsw", hnsw)];
const METRICS: [Metric; 2] = [Metric::Cosine, Metric::L2];

/// The naive answer: every allowed row, distance by a plain loop, sorted, truncated.
pub(crate) fn naive(v: &Vectors, m: Metric, q: &[f32], k: usize, allow: Option<&AllowList>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = (0..v.len())
        .filter(|&r| allow.is_none_or(|a| a.contains(r)))
        .map(|row| {
            let x = v.row(row);
            let d = match m {
                Metric::L2 => q.iter().zip(x).map(|(a, b)| ((a - b) as f64).powi(2)).sum::<f64>().sqrt(),
                Metric::Cosine => {
                    let dot: f64 = q.iter().zip(x).map(|(a, b)| (a * b) as f64).sum();
                    let (nq, nx) = (
                        q.iter().map(|a| (a * a) as f64).sum::<f64>().sqrt(),
                        x.iter().map(|a| (a * a) as f64).sum::<f64>().sqrt(),
                    );
                    if nq == 0.0 || nx == 0.0 {
                        1.0
                    } else {
                        1.0 - dot / (nq * nx)
                    }
                }
            };
            Hit { row, distance: d as f32 }
        })
        .collect();
    hits.sort_by(Hit::order);
    hits.truncate(k);
    hits
}

/// Fraction of the true top-k rows found.
fn recall(found: &[Hit], truth: &[Hit]) -> f64 {
    let hit = truth.iter().filter(|t| found.iter().any(|f| f.row == t.row)).count();
    if truth.is_empty() {
        return 1.0;
    }
    hit as f64 / truth.len() as f64
}

/// Sorted by distance then row.
fn assert_sorted(hits: &[Hit], what: &str) {
    assert!(hits.windows(2).all(|w| Hit::order(&w[0], &w[1]).is_lt()), "{what}: not sorted: {hits:?}");
}

#[test]
fn exact_agrees_with_the_naive_loop() {
    let v = uniform(1500, 24, 1);
    let queries = uniform(20, 24, 2);
    for m in METRICS {
        let index = ExactIndex::new(v.clone(), m);
        let all = index.search_many(queries.as_slice(), 10, None).unwrap();
        for (i, hits) in all.iter().enumerate() {
            let truth = naive(&v, m, queries.row(i), 10, None);
            assert_eq!(hits.len(), 10);
            assert_sorted(hits, "exact");
            for (h, t) in hits.iter().zip(&truth) {
                // Same rows, except where two distances tie within rounding.
                assert!((h.distance - t.distance).abs() <= 1e-5, "{m} query {i}: {h:?} vs {t:?}");
                assert_eq!(h.distance, distance(m, queries.row(i), v.row(h.row)));
            }
            assert_eq!(
                hits.iter().map(|h| h.row).collect::<Vec<_>>(),
                truth.iter().map(|t| t.row).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn every_index_finds_each_stored_row_first() {
    let v = uniform(400, 8, 3);
    for (name, build) in IMPLEMENTATIONS {
        for m in METRICS {
            let index = build(v.clone(), m);
            assert_eq!((index.kind(), index.len(), index.dim(), index.metric()), (name, 400, 8, m));
            for row in (0..400).step_by(37) {
                let hits = index.search(v.row(row), 1, None).unwrap();
                assert_eq!(hits[0].row, row, "{name} {m}");
                assert!(hits[0].distance.abs() < 1e-6, "{name} {m}: {hits:?}");
            }
        }
    }
}

#[test]
fn hnsw_recall_at_10_on_uniform_and_clustered_data() {
    // 50 queries drawn with the data (held out): the realistic case.
    for (all, label) in [(uniform(5050, 32, 4), "uniform"), (clustered(5050, 32, 40, 0.08, 5), "clustered")] {
        let data = Vectors::new(&all.as_slice()[..5000 * 32], 32).unwrap();
        let queries = Vectors::new(&all.as_slice()[5000 * 32..], 32).unwrap();
        for m in METRICS {
            let truth = ExactIndex::new(data.clone(), m).search_many(queries.as_slice(), 10, None).unwrap();
            let index = HnswIndex::build(data.clone(), m, HnswParams::default(), None).unwrap();
            let found = index.search_many(queries.as_slice(), 10, None).unwrap();
            let r: f64 =
                found.iter().zip(&truth).map(|(f, t)| recall(f, t)).sum::<f64>() / truth.len() as f64;
            assert!(r >= 0.95, "{label} {m}: recall@10 = {r}");
            // A hit that both found carries the same distance.
            for (f, t) in found.iter().zip(&truth) {
                for h in f {
                    if let Some(e) = t.iter().find(|e| e.row == h.row) {
                        assert_eq!(h.distance, e.distance);
                    }
                }
            }
        }
    }
}

#[test]
fn allow_lists_always_give_min_k_allowed_hits() {
    let v = clustered(3000, 16, 20, 0.1, 7);
    // Two queries far from the data (uniform in the cube) and six near stored rows: HNSW's
    // graph is built in parallel, so it differs from run to run, and a far query's recall
    // varies with it. Recall is therefore judged over all queries of a case (exact: every
    // query exact), while the count, the allow-list and the order are judged per query.
    let mut q = uniform(2, 16, 8).as_slice().to_vec();
    let jitter = uniform(6, 16, 9);
    for (i, row) in [3, 700, 1234, 1990, 2500, 2998].into_iter().enumerate() {
        q.extend(v.row(row).iter().zip(jitter.row(i)).map(|(x, j)| x + 0.05 * j));
    }
    let lists: Vec<AllowList> = vec![
        AllowList::new(),
        AllowList::from_rows([2999]),
        AllowList::from_rows([5, 1700, 2400, 11, 98]),
        AllowList::from_rows((0..10).map(|i| i * 271 + 3)),
        AllowList::from_rows((0..3000).filter(|r| r % 97 == 0)),
        AllowList::from_rows((0..3000).filter(|r| r % 3 != 0)),
    ];
    for (name, build) in IMPLEMENTATIONS {
        for m in METRICS {
            let index = build(v.clone(), m);
            for allow in &lists {
                let case = format!("{name} {m} {} allowed", allow.len());
                let mut recalls = Vec::new();
                for (qi, query) in q.chunks(16).enumerate() {
                    let hits = index.search(query, 10, Some(allow)).unwrap();
                    let what = format!("{case}, query {qi}");
                    assert_eq!(hits.len(), 10.min(allow.len()), "{what}");
                    assert!(hits.iter().all(|h| allow.contains(h.row)), "{what}");
                    assert_sorted(&hits, &what);
                    let truth = naive(&v, m, query, 10, Some(allow));
                    if allow.len() <= 10 {
                        // Every allowed row is returned, so the answer is exact.
                        assert_eq!(
                            hits.iter().map(|h| h.row).collect::<Vec<_>>(),
                            truth.iter().map(|t| t.row).collect::<Vec<_>>(),
                            "{what}"
                        );
                    }
                    recalls.push(recall(&hits, &truth));
                }
                let mean = recalls.iter().sum::<f64>() / recalls.len() as f64;
                let floor = if name == "exact" { 1.0 } else { 0.75 };
                assert!(mean >= floor, "{case}: mean recall@10 {mean:.3} < {floor} ({recalls:?})");
            }
        }
    }
}

#[test]
fn edge_cases_are_answers_or_errors_never_panics() {
    let v = uniform(50, 4, 9);
    for (name, build) in IMPLEMENTATIONS {
        for m in METRICS {
            let index = build(v.clone(), m);
            assert!(index.search(&[0.1; 4], 0, None).unwrap().is_empty(), "{name} k = 0");
            assert_eq!(index.search(&[0.1; 4], 1000, None).unwrap().len(), 50, "{name} k > n");
            assert_eq!(index.search(&[0.0; 4], 3, None).unwrap().len(), 3, "{name} zero query");
            assert!(index.search(&[0.1; 3], 1, None).is_err(), "{name} dim mismatch");
            assert!(index.search(&[0.1, f32::NAN, 0.0, 0.0], 1, None).is_err(), "{name} NaN query");
            assert!(
                index.search(&[0.1; 4], 1, Some(&AllowList::from_rows([50]))).is_err(),
                "{name} row out of range"
            );
            assert!(index.search_many(&[0.1; 6], 1, None).is_err(), "{name} ragged batch");
            assert!(index.search_many(&[], 1, None).unwrap().is_empty(), "{name} no queries");
            let empty = build(Vectors::new(Vec::<f32>::new(), 4).unwrap(), m);
            assert!(empty.is_empty());
            assert!(empty.search(&[0.1; 4], 5, None).unwrap().is_empty(), "{name} empty index");
            assert!(empty.search(&[0.1; 2], 5, None).is_err(), "{name} empty index, dim mismatch");
        }
    }
}

#[test]
fn batch_search_equals_single_searches() {
    let v = uniform(700, 12, 10);
    let q = uniform(9, 12, 11);
    for (name, build) in IMPLEMENTATIONS {
        for m in METRICS {
            let index = build(v.clone(), m);
            let batch = index.search_many(q.as_slice(), 7, None).unwrap();
            for (i, hits) in batch.iter().enumerate() {
                assert_eq!(hits, &index.search(q.row(i), 7, None).unwrap(), "{name} {m} query {i}");
            }
        }
    }
}

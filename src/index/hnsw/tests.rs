use super::*;
use crate::index::synthetic::{clustered, uniform};
use std::cell::Cell;

fn small() -> HnswParams {
    HnswParams { max_connections: 12, ef_construction: 64, ef_search: 48, ..Default::default() }
}

fn rows(hits: &[Hit]) -> Vec<usize> {
    hits.iter().map(|h| h.row).collect()
}

#[test]
fn invalid_params_are_rejected_before_building() {
    let v = uniform(10, 4, 1);
    for bad in [
        HnswParams { max_connections: 257, ..small() },
        HnswParams { max_connections: 256, ..small() },
        HnswParams { max_connections: 0, ..small() },
        HnswParams { ef_construction: 0, ..small() },
    ] {
        assert!(matches!(HnswIndex::build(v.clone(), Metric::L2, bad, None), Err(Error::Invalid(_))));
    }
    let mut index = HnswIndex::build(v, Metric::L2, small(), None).unwrap();
    assert!(index.set_ef_search(0).is_err());
    assert_eq!(index.params().ef_search, 48);
}

#[test]
fn progress_reaches_the_total() {
    let v = uniform(INSERT_CHUNK + 100, 4, 2);
    let calls = Cell::new(Vec::new());
    let record = |done: usize, total: usize| {
        let mut c = calls.take();
        c.push((done, total));
        calls.set(c);
    };
    HnswIndex::build(v, Metric::L2, small(), Some(&record)).unwrap();
    assert_eq!(
        calls.take(),
        vec![(INSERT_CHUNK, INSERT_CHUNK + 100), (INSERT_CHUNK + 100, INSERT_CHUNK + 100)]
    );
}

#[test]
fn zero_rows_under_cosine_are_at_distance_one() {
    let mut data = uniform(300, 6, 3).as_slice().to_vec();
    data[6 * 7..6 * 8].fill(0.0);
    let v = Vectors::new(data, 6).unwrap();
    let index = HnswIndex::build(v.clone(), Metric::Cosine, small(), None).unwrap();
    let exact = ExactIndex::new(v, Metric::Cosine);
    let q = [0.3, -0.2, 0.5, 0.1, 0.0, 0.9];
    assert_eq!(index.search(&q, 300, None).unwrap(), exact.search(&q, 300, None).unwrap());
    let hits = index.search(&q, 300, None).unwrap();
    assert_eq!(hits.iter().find(|h| h.row == 7).unwrap().distance, 1.0);
}

#[test]
fn selective_filters_widen_then_fall_back_to_exact() {
    let v = clustered(4000, 16, 30, 0.05, 4);
    let mut index = HnswIndex::build(v.clone(), Metric::L2, small(), None).unwrap();
    let exact = ExactIndex::new(v.clone(), Metric::L2);
    let q = v.row(17).to_vec();
    for exact_below in [0, 2048] {
        index.set_exact_below(exact_below);
        for allow in [
            AllowList::from_rows([3999]),
            AllowList::from_rows((0..4000).step_by(800)),
            AllowList::from_rows((0..4000).step_by(400)),
            AllowList::from_rows((0..4000).step_by(7)),
        ] {
            let hits = index.search(&q, 10, Some(&allow)).unwrap();
            let truth = exact.search(&q, 10, Some(&allow)).unwrap();
            assert_eq!(hits.len(), truth.len(), "exact_below {exact_below}, {} allowed", allow.len());
            if allow.len() <= 10 || exact_below > 0 {
                assert_eq!(hits, truth, "exact_below {exact_below}, {} allowed", allow.len());
            }
        }
    }
}

#[test]
fn save_and_load_give_identical_results() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("indexes").join("magpie@1");
    let v = clustered(2500, 16, 12, 0.1, 5);
    let q = uniform(20, 16, 6);
    for m in [Metric::Cosine, Metric::L2] {
        let index = HnswIndex::build(v.clone(), m, small(), None).unwrap();
        index.save(&path).unwrap();
        let loaded = HnswIndex::load(&path, v.clone()).unwrap();
        assert_eq!((loaded.len(), loaded.metric(), *loaded.params()), (2500, m, small()));
        let allow = AllowList::from_rows((0..2500).filter(|r| r % 5 == 0));
        assert_eq!(
            loaded.search_many(q.as_slice(), 10, None).unwrap(),
            index.search_many(q.as_slice(), 10, None).unwrap()
        );
        assert_eq!(
            loaded.search_many(q.as_slice(), 10, Some(&allow)).unwrap(),
            index.search_many(q.as_slice(), 10, Some(&allow)).unwrap()
        );
        // Saving over an existing index replaces it.
        loaded.save(&path).unwrap();
        assert_eq!(
            HnswIndex::load(&path, v.clone()).unwrap().search(q.row(0), 5, None).unwrap(),
            index.search(q.row(0), 5, None).unwrap()
        );
    }
    let names: Vec<_> =
        std::fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("magpie@1")], "no temporary directory left");
}

#[test]
fn save_never_replaces_a_directory_that_is_not_an_index() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("precious.txt"), "data").unwrap();
    let index = HnswIndex::build(uniform(20, 3, 1), Metric::L2, small(), None).unwrap();
    assert!(matches!(index.save(dir.path()), Err(Error::Invalid(_))));
    assert!(dir.path().join("precious.txt").is_file());
    // An empty directory may be used.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    index.save(&empty).unwrap();
    assert_eq!(HnswIndex::load(&empty, uniform(20, 3, 1)).unwrap().len(), 20);
}

#[test]
fn empty_index_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let v = Vectors::new(Vec::<f32>::new(), 3).unwrap();
    HnswIndex::build(v.clone(), Metric::L2, small(), None).unwrap().save(dir.path().join("e")).unwrap();
    let loaded = HnswIndex::load(dir.path().join("e"), v).unwrap();
    assert!(loaded.search(&[1.0, 2.0, 3.0], 4, None).unwrap().is_empty());
}

#[test]
fn stale_and_corrupt_indexes_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("set@1");
    let v = uniform(500, 8, 7);
    HnswIndex::build(v.clone(), Metric::L2, small(), None).unwrap().save(&path).unwrap();

    let mut changed = v.as_slice().to_vec();
    changed[123] += 0.5;
    let changed = Vectors::new(changed, 8).unwrap();
    assert!(matches!(HnswIndex::load(&path, changed), Err(Error::StaleIndex { .. })));
    let fewer = Vectors::new(&v.as_slice()[..8 * 499], 8).unwrap();
    assert!(matches!(HnswIndex::load(&path, fewer), Err(Error::StaleIndex { .. })));
    let other_dim = Vectors::new(v.as_slice().to_vec(), 4).unwrap();
    assert!(matches!(HnswIndex::load(&path, other_dim), Err(Error::StaleIndex { .. })));

    // A flipped byte in the graph file is caught before USearch reads it.
    let graph = path.join(persist::GRAPH_FILE);
    let mut bytes = std::fs::read(&graph).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    std::fs::write(&graph, &bytes).unwrap();
    assert!(matches!(HnswIndex::load(&path, v.clone()), Err(Error::Corrupt { .. })));
    std::fs::write(&graph, b"").unwrap();
    assert!(matches!(HnswIndex::load(&path, v.clone()), Err(Error::Corrupt { .. })));

    // A newer format is refused as such; garbage JSON is corrupt; no directory is an I/O error.
    let meta = path.join(META_FILE);
    let text = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(&meta, text.replacen("\"format_version\": 2", "\"format_version\": 99", 1)).unwrap();
    assert!(matches!(HnswIndex::load(&path, v.clone()), Err(Error::UnsupportedFormat { found: 99, .. })));
    std::fs::write(&meta, "{not json").unwrap();
    assert!(matches!(HnswIndex::load(&path, v.clone()), Err(Error::Corrupt { .. })));
    assert!(matches!(HnswIndex::load(dir.path().join("none"), v), Err(Error::Io { .. })));
}

#[test]
fn extend_appends_rows_in_memory_and_after_reload() {
    let dir = tempfile::tempdir().unwrap();
    let data = clustered(3030, 16, 15, 0.1, 8);
    let all = Vectors::new(&data.as_slice()[..3000 * 16], 16).unwrap();
    let first = Vectors::new(&data.as_slice()[..2000 * 16], 16).unwrap();
    let q = Vectors::new(&data.as_slice()[3000 * 16..], 16).unwrap();
    let exact = ExactIndex::new(all.clone(), Metric::Cosine);
    let truth = exact.search_many(q.as_slice(), 10, None).unwrap();
    {
        let mut index = HnswIndex::build(first.clone(), Metric::Cosine, small(), None).unwrap();
        let path = dir.path().join("s");
        index.save(&path).unwrap();
        let mut reloaded = HnswIndex::load(&path, first.clone()).unwrap();
        for idx in [&mut index, &mut reloaded] {
            assert_eq!(idx.extend(all.clone(), None).unwrap(), 1000);
            assert_eq!((idx.len(), idx.checksum()), (3000, all.checksum().as_str()));
            let found = idx.search_many(q.as_slice(), 10, None).unwrap();
            let hit: usize = found
                .iter()
                .zip(&truth)
                .map(|(f, t)| t.iter().filter(|x| rows(f).contains(&x.row)).count())
                .sum();
            assert!(hit as f64 / 300.0 >= 0.9, "recall {}", hit as f64 / 300.0);
            // New rows are found.
            assert_eq!(idx.search(all.row(2999), 1, None).unwrap()[0].row, 2999);
        }
        reloaded.save(&path).unwrap();
        assert_eq!(HnswIndex::load(&path, all.clone()).unwrap().len(), 3000);
    }
    // Rows that are not a continuation are refused.
    let mut index = HnswIndex::build(first, Metric::Cosine, small(), None).unwrap();
    let shuffled = Vectors::new(&all.as_slice()[16..], 16).unwrap();
    assert!(index.extend(shuffled, None).is_err());
}

#[test]
fn open_or_build_reuses_extends_or_rebuilds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acsf@2");
    let all = uniform(1200, 8, 10);
    let first = Vectors::new(&all.as_slice()[..800 * 8], 8).unwrap();
    let open = |v: &Vectors, p: HnswParams| {
        HnswIndex::open_or_build(&path, v.clone(), Metric::L2, p, None).unwrap().1
    };
    assert_eq!(open(&first, small()), Update::Rebuilt);
    assert_eq!(open(&first, small()), Update::Unchanged);
    assert_eq!(open(&all, small()), Update::Extended { added: 400 });
    assert_eq!(open(&all, HnswParams { ef_search: 10, ..small() }), Update::Unchanged);
    assert_eq!(open(&all, HnswParams { max_connections: 8, ..small() }), Update::Rebuilt);
    let mut changed = all.as_slice().to_vec();
    changed[0] = 9.0;
    assert_eq!(
        open(&Vectors::new(changed, 8).unwrap(), HnswParams { max_connections: 8, ..small() }),
        Update::Rebuilt
    );
    std::fs::write(path.join(META_FILE), "garbage").unwrap();
    assert_eq!(open(&all, small()), Update::Rebuilt);
    assert_eq!(HnswIndex::load(&path, all).unwrap().len(), 1200);
}

/// Readers save indexes without a lock: saves of the same directory at the same time all
/// succeed, one of them is what stays, and nothing is left behind.
#[test]
fn concurrent_saves_of_the_same_index_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("set@1");
    let vectors = uniform(300, 8, 1);
    let index = HnswIndex::build(vectors.clone(), Metric::L2, small(), None).unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..15 {
                    index.save(&path).unwrap();
                }
            });
        }
    });
    assert_eq!(HnswIndex::load(&path, vectors).unwrap().len(), 300);
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["set@1"]);
}

/// A directory with other files and no `index.json` is never replaced (a mistyped path must not
/// delete data); an empty one is.
#[test]
fn a_save_never_replaces_a_directory_that_is_not_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let index = HnswIndex::build(uniform(50, 4, 2), Metric::L2, small(), None).unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("thesis.tex"), "keep me").unwrap();
    let e = index.save(&data).unwrap_err().to_string();
    assert!(e.contains("is not an index directory"), "{e}");
    assert_eq!(std::fs::read_to_string(data.join("thesis.tex")).unwrap(), "keep me");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    index.save(&empty).unwrap();
    assert!(empty.join(META_FILE).is_file());
}

#[test]
fn leftovers_of_interrupted_saves_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    // No process has this id (Linux's pid_max is at most 2^22).
    std::fs::create_dir(dir.path().join(".tmp-set@1-4294967295-2")).unwrap();
    std::fs::create_dir(dir.path().join(".old-set@1-4294967295-2")).unwrap();
    std::fs::create_dir(dir.path().join(".tmp-no-stamp")).unwrap();
    std::fs::create_dir(dir.path().join("set@1")).unwrap();
    // A save in progress in a running process (this one) is left alone.
    let running = dir.path().join(format!(".tmp-set@2-{}", persist::stamp()));
    std::fs::create_dir(&running).unwrap();
    assert_eq!(remove_leftovers(dir.path()).unwrap(), 3);
    assert!(dir.path().join("set@1").is_dir());
    assert!(running.is_dir());
    assert_eq!(remove_leftovers(dir.path().join("missing")).unwrap(), 0);
}

/// Every file of a saved index damaged every way `testdata::corrupted` knows: a load is an
/// error naming the directory or file (or, for a damaged `index.json` that still parses to
/// the same files, the index), never a panic and never a graph read from unchecked bytes.
#[test]
fn corrupted_index_files_are_errors_never_panics() {
    use crate::testdata::{corrupted, no_panic};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("set@1");
    let v = uniform(300, 8, 3);
    let index = HnswIndex::build(v.clone(), Metric::L2, small(), None).unwrap();
    index.save(&path).unwrap();
    let names: Vec<String> = std::fs::read_dir(&path)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let query = v.row(17).to_vec();
    let expected = index.search(&query, 5, None).unwrap();
    for name in &names {
        let file = path.join(name);
        let original = std::fs::read(&file).unwrap();
        let (mut loaded, mut rejected) = (0, 0);
        for (what, bytes) in corrupted(&original, 60) {
            std::fs::write(&file, &bytes).unwrap();
            match no_panic(|| HnswIndex::load(&path, v.clone())) {
                Err(panic) => panic!("{name}, {what}: panicked: {panic}"),
                Ok(Ok(i)) => {
                    // Only index.json can be damaged and still describe the same, checked files.
                    assert_eq!(name, META_FILE, "{what}: a damaged {name} loaded");
                    assert_eq!(i.search(&query, 5, None).unwrap(), expected, "{name}, {what}");
                    loaded += 1;
                }
                Ok(Err(e)) => {
                    rejected += 1;
                    assert!(e.to_string().contains("set@1"), "{name}, {what}: {e}");
                }
            }
        }
        std::fs::write(&file, &original).unwrap();
        assert!(rejected > loaded, "{name}: {loaded} loaded, {rejected} rejected");
    }
    assert_eq!(HnswIndex::load(&path, v).unwrap().search(&query, 5, None).unwrap(), expected);
}

/// Recall@10 of `index` against exact search for `queries`.
fn recall(index: &HnswIndex, exact: &ExactIndex, queries: &Vectors) -> f64 {
    let truth = exact.search_many(queries.as_slice(), 10, None).unwrap();
    let found = index.search_many(queries.as_slice(), 10, None).unwrap();
    let hit: usize =
        found.iter().zip(&truth).map(|(f, t)| t.iter().filter(|x| rows(f).contains(&x.row)).count()).sum();
    hit as f64 / (10 * queries.len()) as f64
}

#[test]
fn every_quantization_finds_the_neighbours_and_reports_exact_distances() {
    let data = clustered(3050, 24, 20, 0.1, 11);
    let v = Vectors::new(&data.as_slice()[..3000 * 24], 24).unwrap();
    let q = Vectors::new(&data.as_slice()[3000 * 24..], 24).unwrap();
    for metric in [Metric::Cosine, Metric::L2] {
        let exact = ExactIndex::new(v.clone(), metric);
        for quantization in
            [Quantization::Auto, Quantization::F32, Quantization::F16, Quantization::Bf16, Quantization::I8]
        {
            let params = HnswParams { quantization, ..small() };
            if metric == Metric::L2 && quantization == Quantization::I8 {
                let e = HnswIndex::build(v.clone(), metric, params, None).unwrap_err().to_string();
                assert!(e.contains("i8") && e.contains("cosine"), "{e}");
                continue;
            }
            let index = HnswIndex::build(v.clone(), metric, params, None).unwrap();
            let expected = if quantization == Quantization::Auto { Quantization::F16 } else { quantization };
            assert_eq!(index.storage(), expected);
            // i8 keeps about two significant digits of each coordinate: its recall is lower.
            let floor = if quantization == Quantization::I8 { 0.8 } else { 0.95 };
            let r = recall(&index, &exact, &q);
            assert!(r >= floor, "{metric:?} {quantization:?}: recall {r}");
            // Distances are re-scored from the full-precision rows.
            for (hnsw, exact) in index
                .search(q.row(3), 10, None)
                .unwrap()
                .iter()
                .zip(exact.search(q.row(3), 10, None).unwrap())
            {
                if hnsw.row == exact.row {
                    assert_eq!(hnsw.distance, exact.distance);
                }
            }
        }
    }
}

#[test]
fn auto_quantization_keeps_f32_for_values_beyond_half_precision() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = uniform(600, 4, 12).as_slice().to_vec();
    let small_rows = Vectors::new(&data[..500 * 4], 4).unwrap();
    data[550 * 4] = 1.0e6;
    let big = Vectors::new(data.clone(), 4).unwrap();
    assert_eq!(
        HnswIndex::build(big.clone(), Metric::L2, small(), None).unwrap().storage(),
        Quantization::F32
    );
    assert_eq!(
        HnswIndex::build(big.clone(), Metric::Cosine, small(), None).unwrap().storage(),
        Quantization::F16
    );
    // Extending an f16 graph with a row f16 cannot hold rebuilds it in f32, saved and reloaded.
    let path = dir.path().join("s");
    let (_, update) = HnswIndex::open_or_build(&path, small_rows, Metric::L2, small(), None).unwrap();
    assert_eq!(update, Update::Rebuilt);
    assert_eq!(
        HnswIndex::load(&path, Vectors::new(&data[..500 * 4], 4).unwrap()).unwrap().storage(),
        Quantization::F16
    );
    let (index, update) = HnswIndex::open_or_build(&path, big.clone(), Metric::L2, small(), None).unwrap();
    assert_eq!((update, index.storage()), (Update::Extended { added: 100 }, Quantization::F32));
    assert_eq!(index.search(big.row(550), 1, None).unwrap()[0].row, 550);
    let reloaded = HnswIndex::load(&path, big.clone()).unwrap();
    assert_eq!(reloaded.storage(), Quantization::F32);
    assert_eq!(reloaded.search(big.row(550), 1, None).unwrap()[0].row, 550);
    // Another quantization is another build.
    let params = HnswParams { quantization: Quantization::F32, ..small() };
    assert_eq!(HnswIndex::open_or_build(&path, big, Metric::L2, params, None).unwrap().1, Update::Rebuilt);
}

/// More threads than the graph has search contexts wait for one instead of failing, on a
/// built and on a memory-mapped graph.
#[test]
fn many_threads_search_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let v = clustered(2000, 8, 10, 0.1, 13);
    let built = HnswIndex::build(v.clone(), Metric::L2, small(), None).unwrap();
    built.save(dir.path().join("s")).unwrap();
    let mapped = HnswIndex::load(dir.path().join("s"), v.clone()).unwrap();
    let expected: Vec<Vec<Hit>> = (0..40).map(|r| built.search(v.row(r), 5, None).unwrap()).collect();
    for index in [&built, &mapped] {
        std::thread::scope(|s| {
            for t in 0..24 {
                let (v, expected) = (&v, &expected);
                s.spawn(move || {
                    for r in (t % 4..40).step_by(4) {
                        assert_eq!(index.search(v.row(r), 5, None).unwrap(), expected[r]);
                    }
                });
            }
        });
    }
}

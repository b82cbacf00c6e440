//! The query planner: filters + nearest neighbours give the exact answer (checked by brute
//! force), always k hits when k rows match, persisted HNSW indexes, and every kind of query.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::embedding::{ImportOptions, ImportedVectors};
use crystaldb::encode::{build_encoder, Metric};
use crystaldb::filter::Filter;
use crystaldb::index::{distance, HnswParams};
use crystaldb::{Database, Record};
use crystaldb::{SearchOptions, Strategy};
use std::collections::{BTreeMap, HashSet};

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| *x as f64 * *y as f64).sum();
    let na: f64 = a.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
    (1.0 - dot / (na * nb)) as f32
}

fn setup(n: usize) -> (tempfile::TempDir, Database, Vec<Record>) {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let recs = demo_records(&DemoOptions { count: n, seed: 11 });
    db.insert(recs.clone()).unwrap();
    db.embeddings()
        .embed(build_encoder("acsf", &BTreeMap::new()).unwrap().as_ref(), &EmbedOptions::default())
        .unwrap();
    (dir, db, recs)
}

/// The k nearest ids by brute force among rows matching `filter`, without `exclude`: every
/// distance computed with [`distance`] in the set's metric, sorted by (distance, id).
fn brute_force(
    db: &Database,
    set: &str,
    filter: Option<&str>,
    query: &[f32],
    k: usize,
    exclude: &str,
) -> Vec<(String, f32)> {
    let snap = db.snapshot().unwrap();
    let set = snap.embedding(set).unwrap();
    let allowed: Option<HashSet<String>> =
        filter.map(|f| snap.select(&Filter::parse(f).unwrap()).unwrap().ids.into_iter().collect());
    let mut all: Vec<(String, f32)> = set
        .ids()
        .iter()
        .enumerate()
        .filter(|(_, id)| *id != exclude && allowed.as_ref().is_none_or(|a| a.contains(*id)))
        .map(|(r, id)| (id.clone(), distance(set.info().metric, query, set.vector(r))))
        .collect();
    all.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    all.truncate(k);
    all
}

#[test]
fn filtered_exact_search_equals_brute_force() {
    let (_dir, db, recs) = setup(400);
    let snap = db.snapshot().unwrap();
    let filter = r#"elements HAS "O" AND nelements <= 3"#;
    for q in recs.iter().step_by(37).map(Record::id) {
        let result = snap.search("acsf").filter(filter).unwrap().near_id(&q).k(8).run().unwrap();
        assert_eq!(result.plan.strategy, Strategy::Exact, "{}", result.plan.reason);
        let v = snap.embedding("acsf").unwrap().get(&q).unwrap().to_vec();
        let expected = brute_force(&db, "acsf", Some(filter), &v, 8, &q);
        // Same rows, same distances, same order, equal distances in id order.
        let got: Vec<(String, f32)> =
            result.hits.iter().map(|h| (h.id.clone(), h.distance.unwrap())).collect();
        assert_eq!(got, expected, "{q}");
        // The distances agree with an independent f64 cosine to a couple of ulps.
        let set = snap.embedding("acsf").unwrap();
        for (id, d) in &got {
            let reference = cosine(&v, set.get(id).unwrap());
            assert!((d - reference).abs() <= 4.0 * f32::EPSILON, "{q} -> {id}: {d} vs {reference}");
        }
        assert!(result.hits.iter().all(|h| h.id != q), "the query is excluded");
        assert!(result
            .hits
            .iter()
            .all(|h| h.row.elements.contains(&"O".to_string()) && h.row.elements.len() <= 3));
    }
}

#[test]
fn hnsw_path_returns_k_hits_even_for_selective_filters_and_persists_its_index() {
    let (dir, db, recs) = setup(600);
    let snap = db.snapshot().unwrap();
    // Force the graph: no "small set" shortcut, no exact scan for small allow-lists.
    let options = SearchOptions {
        exact_max_rows: 0,
        hnsw: HnswParams { exact_below: 0, ..Default::default() },
        ..Default::default()
    };
    let q = recs[5].id();
    let unfiltered = snap.search("acsf").near_id(&q).k(10).options(options).run().unwrap();
    assert_eq!(unfiltered.plan.strategy, Strategy::Hnsw);
    assert_eq!(unfiltered.hits.len(), 10);
    assert_eq!(unfiltered.plan.index.as_deref(), Some("built"));
    let exact = snap.search("acsf").near_id(&q).k(10).exact(true).run().unwrap();
    let a: HashSet<&str> = unfiltered.hits.iter().map(|h| h.id.as_str()).collect();
    let overlap = exact.hits.iter().filter(|h| a.contains(h.id.as_str())).count();
    assert!(overlap >= 8, "HNSW recall@10 {overlap}/10 against exact");
    assert!(dir.path().join("indexes/acsf@1/index.json").is_file());

    // A very selective filter: exactly the matching rows (minus the query) come back.
    let matching = snap.select(&Filter::parse(r#"chemsys = "Cl-Na""#).unwrap()).unwrap().ids;
    assert!(!matching.is_empty());
    let r = snap
        .search("acsf")
        .filter(r#"chemsys = "Cl-Na""#)
        .unwrap()
        .near_id(&q)
        .k(10)
        .options(options)
        .run()
        .unwrap();
    let expected = matching.iter().filter(|id| **id != q).count().min(10);
    assert_eq!(r.hits.len(), expected, "{:?}", r.plan);
    assert_eq!(r.plan.index.as_deref(), Some("unchanged"), "the persisted index is reused");

    // A new set version extends the index of the previous one.
    let more = demo_records(&DemoOptions { count: 700, seed: 11 });
    db.insert(more[600..].to_vec()).unwrap();
    db.embeddings()
        .embed(build_encoder("acsf", &BTreeMap::new()).unwrap().as_ref(), &EmbedOptions::default())
        .unwrap();
    let report = db.embeddings().build_index("acsf", HnswParams::default()).unwrap();
    assert_eq!((report.set.as_str(), report.rows, report.update), ("acsf@2", 700, "extended"));
    assert_eq!(report.inserted, 100);
    // The seed copy went through a temporary directory that is gone.
    let mut indexes: Vec<_> =
        std::fs::read_dir(dir.path().join("indexes")).unwrap().map(|e| e.unwrap().file_name()).collect();
    indexes.sort();
    assert_eq!(indexes, ["acsf@1", "acsf@2"]);
    let again = db.embeddings().build_index("acsf", HnswParams::default()).unwrap();
    assert_eq!(again.update, "unchanged");
    // Dropping the set removes its indexes when a writer next opens.
    db.embeddings().drop("acsf").unwrap();
    drop(snap);
    drop(db);
    let _db = Database::open(dir.path()).unwrap();
    assert!(!dir.path().join("indexes/acsf@1").exists());
    assert!(!dir.path().join("indexes/acsf@2").exists());
}

#[test]
fn queries_by_structure_vector_and_filter_only() {
    let (_dir, db, recs) = setup(200);
    let snap = db.snapshot().unwrap();
    // By structure: the record itself comes first at distance ~0.
    let r = snap.search("acsf").near_structure(recs[3].structure.clone()).k(3).run().unwrap();
    assert_eq!(r.hits[0].distance.map(|d| d < 1e-6), Some(true));
    assert_eq!(r.plan.query.as_deref(), Some("structure"));
    let by_id = snap.search("acsf").near_id(recs[3].id()).k(2).run().unwrap();
    // Excluding itself, the id query's nearest neighbour is the structure query's second hit.
    assert!((by_id.hits[0].distance.unwrap() - r.hits[1].distance.unwrap()).abs() < 1e-5);
    // By vector: a wrong dimension is a clear error.
    let dim = snap.embedding("acsf").unwrap().dim();
    let err = snap.search("acsf").near_vector(vec![0.5; dim + 1]).run().unwrap_err();
    assert!(
        matches!(&err, crystaldb::Error::DimensionMismatch { found, expected, .. } if *found == dim + 1 && *expected == dim),
        "{err}"
    );
    assert!(err.to_string().starts_with("query vector: dimension"), "{err}");
    let v = snap.embedding("acsf").unwrap().get(&recs[7].id()).unwrap().to_vec();
    let r = snap.search("acsf").near_vector(v).k(1).run().unwrap();
    assert_eq!(r.hits[0].id, recs[7].id());
    // Unknown ids and sets.
    assert!(snap.search("acsf").near_id("demo:nope").run().is_err());
    assert!(snap.search("nope").near_id(recs[0].id()).run().is_err());
    // Filter only, with a limit.
    let all = snap.query().filter("nsites >= 5").unwrap().run().unwrap();
    assert!(
        !all.hits.is_empty()
            && all.hits.iter().all(|h| h.row.structure.sites.len() >= 5 && h.distance.is_none())
    );
    let few = snap.query().filter("nsites >= 5").unwrap().limit(3).run().unwrap();
    assert_eq!(few.hits.len(), 3.min(all.hits.len()));
    assert_eq!(few.plan.strategy, Strategy::FilterOnly);
    // An imported set cannot encode a structure.
    let ids: Vec<String> = recs.iter().map(Record::id).collect();
    let vectors = crystaldb::embedding::ImportedVectors { dim: 2, values: vec![1.0; ids.len() * 2], ids };
    db.embeddings().import("ext", &vectors, &Default::default()).unwrap();
    let snap = db.snapshot().unwrap();
    let err = snap.search("ext").near_structure(recs[0].structure.clone()).run().unwrap_err().to_string();
    assert!(err.contains("imported"), "{err}");
}

#[test]
fn duplicates_of_the_query_can_be_excluded() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let recs = demo_records(&DemoOptions { count: 120, seed: 3 });
    db.insert(recs.clone()).unwrap();
    // The same crystal from another source links to the same material.
    let mut twin = recs[0].clone();
    twin.source = "other".into();
    db.insert(vec![twin.clone()]).unwrap();
    db.embeddings()
        .embed(build_encoder("acsf", &BTreeMap::new()).unwrap().as_ref(), &EmbedOptions::default())
        .unwrap();
    let snap = db.snapshot().unwrap();
    let r = snap.search("acsf").near_id(recs[0].id()).k(3).run().unwrap();
    assert_eq!(r.hits[0].id, twin.id(), "the twin is the nearest neighbour");
    let r = snap.search("acsf").near_id(recs[0].id()).k(3).exclude_duplicates(true).run().unwrap();
    assert!(r.hits.iter().all(|h| h.id != twin.id()));
    assert_eq!(r.hits.len(), 3);
    assert!(r.plan.excluded.contains(&twin.id()));
}

/// A set whose rows are groups of exactly duplicated vectors, stored in an order that is not the
/// id order: row `i` holds the `(17 i + 5) % 40`-th id and the vector `(1 + i % 4, 0.5, 0)`.
fn tied_set() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let recs = demo_records(&DemoOptions { count: 40, seed: 5 });
    db.insert(recs.clone()).unwrap();
    let mut sorted: Vec<String> = recs.iter().map(Record::id).collect();
    sorted.sort();
    let ids: Vec<String> = (0..40).map(|i| sorted[(17 * i + 5) % 40].clone()).collect();
    let values: Vec<f32> = (0..40).flat_map(|i| [1.0 + (i % 4) as f32, 0.5, 0.0]).collect();
    let options = ImportOptions { metric: Metric::L2, ..Default::default() };
    db.embeddings().import("dups", &ImportedVectors { dim: 3, values, ids }, &options).unwrap();
    (dir, db)
}

#[test]
fn equal_distances_come_back_in_id_order_and_the_kth_place_goes_to_the_smallest_id() {
    let (_dir, db) = tied_set();
    let snap = db.snapshot().unwrap();
    let set = snap.embedding("dups").unwrap();
    assert!(!set.ids().is_sorted(), "the rows are not stored in id order");
    let query = vec![1.0, 0.5, 0.0];
    // k = 13: the 10 rows at distance 0, then 3 of the 10 rows at distance 1.
    for filter in [None, Some("nsites >= 2")] {
        let mut search = snap.search("dups").near_vector(query.clone()).k(13);
        if let Some(f) = filter {
            search = search.filter(f).unwrap();
        }
        let result = search.run().unwrap();
        assert_eq!(result.plan.strategy, Strategy::Exact);
        let got: Vec<(String, f32)> =
            result.hits.iter().map(|h| (h.id.clone(), h.distance.unwrap())).collect();
        let expected = brute_force(&db, "dups", filter, &query, 13, "");
        assert_eq!(got, expected, "filter {filter:?}");
        // The rule bites: ties by row would give other ids.
        let by_row: Vec<&String> = (0..40)
            .filter(|i| i % 4 == 0)
            .chain((0..40).filter(|i| i % 4 == 1))
            .map(|i| &set.ids()[i])
            .collect();
        let ids: Vec<&String> = got.iter().map(|(id, _)| id).collect();
        if filter.is_none() {
            assert_eq!(got.iter().filter(|(_, d)| *d == 0.0).count(), 10);
            assert_eq!(got[12].1, 1.0);
            assert_ne!(ids, by_row[..13].to_vec());
        }
        assert!(got.windows(2).all(|w| (w[0].1, &w[0].0) < (w[1].1, &w[1].0)));
    }

    // HNSW (forced) sorts the hits it found the same way.
    let options = SearchOptions {
        exact_max_rows: 0,
        hnsw: HnswParams { exact_below: 0, ..Default::default() },
        ..Default::default()
    };
    let result = snap.search("dups").near_vector(query.clone()).k(13).options(options).run().unwrap();
    assert_eq!(result.plan.strategy, Strategy::Hnsw);
    assert_eq!(result.hits.len(), 13);
    let got: Vec<(f32, &str)> = result.hits.iter().map(|h| (h.distance.unwrap(), h.id.as_str())).collect();
    assert!(got.windows(2).all(|w| w[0] < w[1]), "{got:?}");
}

#[test]
fn a_loaded_set_keeps_the_index_it_opened_for_later_searches() {
    let (dir, db, recs) = setup(600);
    let snap = db.snapshot().unwrap();
    let set = snap.embedding("acsf").unwrap();
    let options = SearchOptions {
        exact_max_rows: 0,
        hnsw: HnswParams { exact_below: 0, ..Default::default() },
        ..Default::default()
    };
    let q = recs[5].id();
    let first = snap.search_loaded(set.clone()).near_id(&q).k(10).options(options).run().unwrap();
    assert_eq!(first.plan.strategy, Strategy::Hnsw);
    assert_eq!(first.plan.index.as_deref(), Some("built"));
    // The persisted index goes; a clone of the loaded set (a server's next request) still
    // searches the graph it opened, without reading or rebuilding anything.
    std::fs::remove_dir_all(dir.path().join("indexes")).unwrap();
    let again = snap.search_loaded(set.clone()).near_id(&q).k(10).options(options).run().unwrap();
    assert_eq!(again.plan.index.as_deref(), Some("unchanged"));
    let hits =
        |r: &crystaldb::SearchResult| r.hits.iter().map(|h| (h.id.clone(), h.distance)).collect::<Vec<_>>();
    assert_eq!(hits(&first), hits(&again));
    assert!(!dir.path().join("indexes").exists(), "nothing was rebuilt");
    // Other parameters open (here: build) their own index; a freshly loaded set opens again.
    let other = SearchOptions { hnsw: HnswParams { ef_construction: 100, ..options.hnsw }, ..options };
    let r = snap.search_loaded(set.clone()).near_id(&q).k(10).options(other).run().unwrap();
    assert_eq!(r.plan.index.as_deref(), Some("built"));
    let fresh = snap.embedding("acsf").unwrap();
    let r = snap.search_loaded(fresh).near_id(&q).k(10).options(options).run().unwrap();
    assert_eq!(r.plan.index.as_deref(), Some("built"));
    // Exact searches share the set's exact index the same way, with the same answers.
    let a = snap.search_loaded(set.clone()).near_id(&q).k(10).exact(true).run().unwrap();
    let b = snap.search_loaded(set).near_id(&q).k(10).exact(true).run().unwrap();
    assert_eq!(hits(&a), hits(&b));
}

#[test]
fn a_loaded_set_searches_like_its_name_and_only_in_its_own_database() {
    let (_dir, db, recs) = setup(120);
    let snap = db.snapshot().unwrap();
    let info = snap.embedding_info("acsf").unwrap();
    let set = snap.embedding(&info.label()).unwrap();
    let query = recs[3].id();
    let by_name = snap.search("acsf").filter("nelements >= 2").unwrap().near_id(&query).k(7).run().unwrap();
    let loaded =
        snap.search_loaded(set.clone()).filter("nelements >= 2").unwrap().near_id(&query).k(7).run().unwrap();
    let ids =
        |r: &crystaldb::SearchResult| r.hits.iter().map(|h| (h.id.clone(), h.distance)).collect::<Vec<_>>();
    assert_eq!(ids(&by_name), ids(&loaded));
    assert_eq!(loaded.plan.set.as_deref(), Some(info.label().as_str()));

    // Another database's set is refused, not searched with ids this database does not hold.
    let (_other_dir, other, _) = setup(30);
    let other_set = other.snapshot().unwrap().embedding("acsf").unwrap();
    let e = snap.search_loaded(other_set).near_id(&query).run().unwrap_err();
    assert!(e.to_string().contains("belongs to the database in"), "{e}");

    // A set version covering a newer structure version is refused by an older snapshot.
    db.insert(demo_records(&DemoOptions { count: 130, seed: 12 })).unwrap();
    db.embeddings()
        .embed(build_encoder("acsf", &BTreeMap::new()).unwrap().as_ref(), &EmbedOptions::default())
        .unwrap();
    let newer = db.snapshot().unwrap().embedding("acsf").unwrap();
    assert!(newer.info().structure_version > snap.version());
    let e = snap.search_loaded(newer).near_id(&query).run().unwrap_err();
    assert!(e.to_string().contains("newer than the snapshot"), "{e}");
}

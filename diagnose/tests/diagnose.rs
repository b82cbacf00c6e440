//! Diagnose: the numbers against numpy / scikit-learn on committed fixtures
//! (`scripts/dev/diagnose_expected.py`), invariants as property tests, and one end-to-end
//! diagnosis of a small demo database.

use crystaldb::encode::Metric;
use crystaldb_diagnose::Diagnose;
use crystaldb_diagnose::*;
use proptest::prelude::*;
use serde_json::Value;

fn expected() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expected/diagnose_sklearn.json"))
            .expect("tests/expected/diagnose_sklearn.json");
    serde_json::from_str(&text).unwrap()
}

fn f64s(v: &Value) -> Vec<f64> {
    v.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect()
}

fn usizes(v: &Value) -> Vec<usize> {
    v.as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as usize).collect()
}

fn close(a: f64, b: f64, tol: f64, what: &str) {
    assert!((a - b).abs() <= tol, "{what}: {a} vs {b} (tolerance {tol})");
}

#[test]
fn retrieval_matches_numpy() {
    let e = expected();
    let r = &e["retrieval"];
    let dim = r["dim"].as_u64().unwrap() as usize;
    let vectors: Vec<f32> = f64s(&r["vectors"]).into_iter().map(|v| v as f32).collect();
    let labels: Vec<Option<u32>> =
        r["labels"].as_array().unwrap().iter().map(|v| v.as_u64().map(|x| x as u32)).collect();
    let groups: Vec<u64> = usizes(&r["groups"]).into_iter().map(|g| g as u64).collect();
    let sample = usizes(&r["sample"]);
    for case in r["cases"].as_array().unwrap() {
        let metric = Metric::parse(case["metric"].as_str().unwrap()).unwrap();
        let options = RetrievalOptions {
            ks: usizes(&r["ks"]),
            queries: (case["query_set"] == "sample").then(|| sample.clone()),
            groups: (case["duplicates"] == "groups").then(|| groups.clone()),
        };
        let got = retrieval(&vectors, dim, metric, &labels, &options).unwrap();
        let what = format!("{} {} {}", case["metric"], case["duplicates"], case["query_set"]);
        assert_eq!(got.queries as u64, case["queries"].as_u64().unwrap(), "{what}");
        for (g, x) in got.precision.iter().zip(f64s(&case["precision"])) {
            close(*g, x, 1e-9, &format!("{what} precision"));
        }
        close(got.mrr, case["mrr"].as_f64().unwrap(), 1e-9, &format!("{what} mrr"));
        close(got.base_rate, case["base_rate"].as_f64().unwrap(), 1e-9, &format!("{what} base rate"));
    }
}

#[test]
fn ridge_matches_scikit_learn() {
    let e = expected();
    let r = &e["ridge"];
    let dim = r["dim"].as_u64().unwrap() as usize;
    let (x, y) = (f64s(&r["x"]), f64s(&r["y"]));
    let (train, test) = (usizes(&r["train"]), usizes(&r["test"]));
    let rows = |idx: &[usize]| -> Vec<f64> {
        idx.iter().flat_map(|&i| x[i * dim..(i + 1) * dim].to_vec()).collect()
    };
    let yt: Vec<f64> = train.iter().map(|&i| y[i]).collect();
    let ys: Vec<f64> = test.iter().map(|&i| y[i]).collect();
    let model = ridge_fit(&rows(&train), dim, &yt, r["alpha"].as_f64().unwrap()).unwrap();
    for (a, b) in model.coef.iter().zip(f64s(&r["coef"])) {
        close(*a, b, 1e-6, "coefficient");
    }
    close(model.intercept, r["intercept"].as_f64().unwrap(), 1e-6, "intercept");
    let pred = model.predict(&rows(&test));
    for (a, b) in pred.iter().zip(f64s(&r["predictions"])) {
        close(*a, b, 1e-6, "prediction");
    }
    let s = regression_scores(&ys, &pred);
    close(s.r2, r["r2"].as_f64().unwrap(), 1e-6, "R²");
    close(s.mae, r["mae"].as_f64().unwrap(), 1e-6, "MAE");
    close(s.rmse, r["rmse"].as_f64().unwrap(), 1e-6, "RMSE");
}

/// The cross-validation path (one eigendecomposition for every α) gives the validation error of
/// a separate `ridge_fit` per α, with more rows than features (primal side) and fewer (dual).
#[test]
fn ridge_path_equals_one_fit_per_alpha() {
    use crystaldb_diagnose::ridge_path_mse;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    };
    let alphas = [1e-3, 0.1, 1.0, 10.0, 1e3, 0.0, f64::NAN];
    for (n, dim, m) in [(60, 8, 20), (15, 40, 9), (30, 30, 5)] {
        let xf: Vec<f64> = (0..n * dim).map(|_| next()).collect();
        let yf: Vec<f64> = (0..n).map(|i| xf[i * dim] * 3.0 - xf[i * dim + 1] + 0.1 * next()).collect();
        let xv: Vec<f64> = (0..m * dim).map(|_| next()).collect();
        let yv: Vec<f64> = (0..m).map(|i| xv[i * dim] * 3.0 - xv[i * dim + 1]).collect();
        let path = ridge_path_mse(&xf, dim, &yf, &xv, &yv, &alphas);
        for (&alpha, &got) in alphas.iter().zip(&path) {
            match ridge_fit(&xf, dim, &yf, alpha) {
                Ok(model) => {
                    let p = model.predict(&xv);
                    let want = p.iter().zip(&yv).map(|(p, t)| (p - t) * (p - t)).sum::<f64>() / m as f64;
                    assert!(
                        (got - want).abs() <= 1e-9 * want.max(1e-12),
                        "n {n} d {dim} α {alpha}: {got} vs {want}"
                    );
                }
                Err(_) => assert!(got.is_infinite(), "n {n} d {dim} α {alpha}: {got}"),
            }
        }
    }
}

#[test]
fn silhouette_ari_nmi_match_scikit_learn() {
    let e = expected();
    let c = &e["clusters"];
    let dim = c["dim"].as_u64().unwrap() as usize;
    let x = f64s(&c["x"]);
    let (truth, assignment, other) = (usizes(&c["truth"]), usizes(&c["assignment"]), usizes(&c["other"]));
    close(silhouette(&x, dim, &assignment).unwrap(), c["silhouette"].as_f64().unwrap(), 1e-6, "silhouette");
    close(silhouette(&x, dim, &truth).unwrap(), c["silhouette_truth"].as_f64().unwrap(), 1e-6, "silhouette");
    close(adjusted_rand_index(&truth, &assignment), c["ari"].as_f64().unwrap(), 1e-6, "ARI");
    close(normalized_mutual_info(&truth, &assignment), c["nmi"].as_f64().unwrap(), 1e-6, "NMI");
    close(adjusted_rand_index(&truth, &other), c["ari_other"].as_f64().unwrap(), 1e-6, "ARI");
    close(normalized_mutual_info(&truth, &other), c["nmi_other"].as_f64().unwrap(), 1e-6, "NMI");
    // k-means finds the four separated blobs.
    let km = kmeans(&x, dim, &KMeansOptions { seed: 3, ..KMeansOptions::new(4) }).unwrap();
    assert!(adjusted_rand_index(&truth, &km.labels) > 0.95, "{km:?}");
}

/// Vectors whose row i is the one-hot of `labels[i]`, plus a random `noise` term.
fn embedding_of(labels: &[u32], classes: usize, noise: f32, seed: u64) -> Vec<f32> {
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as f32 / (1u64 << 31) as f32) - 0.5
    };
    labels
        .iter()
        .flat_map(|&l| (0..classes).map(move |c| if c as u32 == l { 1.0 } else { 0.0 }).collect::<Vec<f32>>())
        .map(|v| v + noise * next())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn precision_and_silhouette_stay_in_range(
        labels in prop::collection::vec(0u32..4, 8..60),
        values in prop::collection::vec(-5.0f32..5.0, 60 * 3),
    ) {
        let n = labels.len();
        let v = &values[..n * 3];
        let l: Vec<Option<u32>> = labels.iter().map(|&x| Some(x)).collect();
        for metric in [Metric::Cosine, Metric::L2] {
            let r = retrieval(v, 3, metric, &l, &RetrievalOptions::default()).unwrap();
            for p in r.precision.iter().chain([&r.mrr, &r.base_rate]) {
                prop_assert!((0.0..=1.0).contains(p), "{p}");
            }
        }
        let x: Vec<f64> = v.iter().map(|&a| f64::from(a)).collect();
        let assign: Vec<usize> = labels.iter().map(|&a| a as usize).collect();
        if let Ok(s) = silhouette(&x, 3, &assign) {
            prop_assert!((-1.0..=1.0).contains(&s), "{s}");
        }
    }
}

#[test]
fn one_hot_embedding_is_perfect_and_random_is_at_the_base_rate() {
    let labels: Vec<u32> = (0..600u32).map(|i| (i * 7 + i / 5) % 6).collect();
    let l: Vec<Option<u32>> = labels.iter().map(|&x| Some(x)).collect();
    let perfect = embedding_of(&labels, 6, 0.0, 1);
    let r = retrieval(&perfect, 6, Metric::Cosine, &l, &RetrievalOptions::default()).unwrap();
    assert_eq!(r.precision, vec![1.0; 4]);
    assert_eq!(r.mrr, 1.0);
    // Noise that ignores the label: precision about the base rate (~1/6).
    let noise = embedding_of(&vec![0; labels.len()], 6, 1.0, 2);
    let r = retrieval(&noise, 6, Metric::L2, &l, &RetrievalOptions::default()).unwrap();
    for p in &r.precision[1..] {
        assert!((p - r.base_rate).abs() < 0.04, "precision {p} vs base rate {}", r.base_rate);
    }
}

#[test]
fn demo_database_diagnosis() {
    use crystaldb::demo::{demo_records, DemoOptions};
    use crystaldb::embedding::EmbedOptions;
    use crystaldb::encode::build_encoder;
    let dir = tempfile::tempdir().unwrap();
    let db = crystaldb::Database::create(dir.path()).unwrap();
    db.insert(demo_records(&DemoOptions { count: 240, seed: 7 })).unwrap();
    let magpie = build_encoder("magpie", &Default::default()).unwrap();
    db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    let options = DiagnoseOptions {
        embeddings: vec!["magpie".into()],
        labels: vec!["prototype".into(), "spacegroup".into()],
        properties: vec!["volume_per_atom".into()],
        split: SplitRule::ChemicalSystem,
        train_sizes: vec![Some(50), None],
        cluster_sample: 120,
        cluster_k: (2, 5),
        restarts: 2,
        report_queries: 5,
        ..DiagnoseOptions::default()
    };
    // A cluster label no row has (a typo) is an error, not a perfect ARI/NMI of 1 over nothing.
    let typo = DiagnoseOptions { cluster_label: "crystal_sytem".into(), ..options.clone() };
    let e = db.snapshot().unwrap().diagnose(&typo).unwrap_err().to_string();
    assert!(e.contains("\"crystal_sytem\": none of the 120 clustered rows has a value"), "{e}");
    // A label or property no row has is said in the notes, not silently left out.
    let typos = DiagnoseOptions {
        labels: vec!["prototyp".into()],
        properties: vec!["volume_per_atm".into()],
        ..options.clone()
    };
    let d = db.snapshot().unwrap().diagnose(&typos).unwrap();
    assert!(d.retrieval.is_empty() && d.probes.is_empty());
    assert!(
        d.notes.iter().any(|n| n.contains("no retrieval table for label \"prototyp\": 0 rows")),
        "{:?}",
        d.notes
    );
    assert!(
        d.notes.iter().any(|n| n.contains("no probe table for property \"volume_per_atm\"")),
        "{:?}",
        d.notes
    );
    let d = db.snapshot().unwrap().diagnose(&options).unwrap();
    assert_eq!(d.rows, 240);
    // The tested set (also the magpie baseline), then acsf encoded on the fly; no random-init row.
    let names: Vec<&str> = d.representations.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["magpie@1", "acsf (baseline)"], "{names:?}");
    assert_eq!(d.notes, ["the magpie baseline is the tested set magpie@1"]);
    assert!(d.random_init_missing[0].contains("no random-init row"), "{:?}", d.random_init_missing);
    // The fingerprint retrieves prototypes better than chance.
    let proto = &d.retrieval[0];
    assert_eq!(proto.label, "prototype");
    for row in &proto.rows {
        assert!(row.scores.precision.iter().all(|p| (0.0..=1.0).contains(p)));
    }
    let acsf = &proto.rows[1].scores;
    assert!(acsf.precision[0] > acsf.base_rate + 0.2, "{acsf:?}");
    assert!(d.overlap[0].overlap.iter().all(|o| (0.0..=1.0).contains(&o.1)));
    // Probe table: 2 representations + mean per budget.
    let t = &d.probes[0];
    assert_eq!(t.rows.len(), 2 * 3);
    assert_eq!(t.rows[0].probe.train, 50);
    let test: std::collections::HashSet<&str> =
        d.split.iter().filter(|s| s.1 == "test").map(|s| s.0.as_str()).collect();
    assert!(!test.is_empty() && test.len() < 240);
    let c = &d.clusters[0];
    assert!(c.silhouette.iter().all(|(_, s)| (-1.0..=1.0).contains(s)));
    assert_eq!(c.clusters.iter().map(|r| r.size).sum::<usize>(), 120);
    assert_eq!(c.crosstab.len(), c.k);
    // HDBSCAN of the same rows, and both clusterings against every structural label the demo
    // rows have (prototype included).
    let density = c.density.as_ref().unwrap();
    let members: usize = density.clusters.iter().map(|r| r.size).sum();
    assert_eq!(members as f64, ((1.0 - density.hdbscan.noise_fraction) * 120.0).round());
    for label in ["spacegroup", "crystal_system", "prototype"] {
        for clustering in ["kmeans", "gmm", "hdbscan"] {
            let a = c.agreement.iter().find(|a| a.label == label && a.clustering == clustering);
            let a = a.unwrap_or_else(|| panic!("{clustering} vs {label}: {:?}", c.agreement));
            assert!((-1.0..=1.0).contains(&a.ari) && (0.0..=1.0).contains(&a.nmi), "{a:?}");
        }
    }
    // k by BIC over 1..=5 (the candidate k of k-means, and one Gaussian).
    let m = c.mixture.as_ref().unwrap();
    assert_eq!(m.bic.iter().map(|b| b.0).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    let lowest = m.bic.iter().min_by(|a, b| a.1.total_cmp(&b.1)).unwrap().0;
    assert_eq!((m.k, m.mixture.labels.len()), (lowest, 120));
    assert_eq!(d.neighbours[0].queries.len(), 5);
    assert_eq!(d.neighbours[0].queries[0].neighbours.len(), 10);
    serde_json::to_string(&d).unwrap();
    let out = dir.path().join("report");
    d.write_report(&out).unwrap();
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(html.contains("exploration only") && html.matches("<svg").count() >= 6);
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("diagnosis.json")).unwrap()).unwrap();
    assert!(json["retrieval"][0]["rows"][0]["precision"].is_array());
}

/// The projection failure-mode detector on constructed embeddings: a vector whose leading
/// dimensions encode only cell volume (four volume families) is pretty and dead for a property
/// that does not follow volume; a smooth property manifold in isotropic noise is a hairball that
/// a linear probe reads almost perfectly.
#[test]
fn projection_failure_modes_on_constructed_embeddings() {
    use crystaldb_diagnose::{linear_probe, projection_check, tsne, ProbeOptions, TsneOptions};
    let n = 400usize;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut normal = move || {
        let mut u = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            ((state >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        };
        let (a, b) = (u(), u());
        (-2.0 * a.ln()).sqrt() * (2.0 * std::f64::consts::PI * b).cos()
    };
    let train: Vec<usize> = (0..300).collect();
    let test: Vec<usize> = (300..n).collect();
    let check = |x: &[f64], dim: usize, y: &[f64], volume: &[f64]| {
        let p = linear_probe(x, dim, y, &train, &test, &ProbeOptions::default()).unwrap();
        let xy = tsne(x, dim, &TsneOptions::default()).unwrap();
        let nsites: Vec<f64> = (0..n).map(|i| (i % 7) as f64).collect();
        let descriptors = [("volume".to_string(), volume.to_vec()), ("nsites".to_string(), nsites)];
        projection_check("tsne", &xy, Some(("target".into(), p.test.r2)), &descriptors, &[], 0).unwrap()
    };

    // Pretty and dead: 4 volume families (20, 40, 60, 80 Å³ ± 1); dims 0-1 encode volume, 6 more
    // are faint noise; the target is independent noise.
    let volume: Vec<f64> = (0..n).map(|i| 20.0 * (1 + i % 4) as f64 + normal()).collect();
    let dim = 8;
    let x: Vec<f64> = (0..n)
        .flat_map(|i| {
            let v = volume[i] / 10.0;
            let mut row = vec![v, v * v / 10.0];
            row.extend((0..6).map(|_| 0.05 * normal()));
            row
        })
        .collect();
    let y: Vec<f64> = (0..n).map(|_| normal()).collect();
    let c = check(&x, dim, &y, &volume);
    eprintln!("volume-only: {c:?}");
    assert_eq!(c.verdict, "pretty projection, dead downstream", "{}", c.message);
    assert_eq!(c.tracks[0].descriptor, "volume", "{:?}", c.tracks);
    assert!(c.message.contains("layout follows volume"), "{}", c.message);

    // Hairball and alive: 10-dim isotropic noise, target a smooth (linear) function of it.
    let dim = 10;
    let x: Vec<f64> = (0..n * dim).map(|_| normal()).collect();
    let y: Vec<f64> = (0..n).map(|i| x[i * dim] + 0.5 * x[i * dim + 1] + 0.05 * normal()).collect();
    let c = check(&x, dim, &y, &volume);
    eprintln!("smooth manifold: {c:?}");
    assert_eq!(c.verdict, "hairball, alive downstream", "{}", c.message);
    assert!(c.best_probe.as_ref().unwrap().1 > 0.9);
}

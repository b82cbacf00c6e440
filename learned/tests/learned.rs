//! Learned graph encoder: training goes somewhere (overfit), is reproducible (same seed, same
//! checksum), stays invariant after training, contrastive training pulls views together, and
//! weights stored in a database make an encoder that `embed` and `encoder_for` use.
//!
//! Tiny settings throughout (hidden 16, 2 layers, a few dozen demo crystals, a few epochs):
//! seconds each in debug builds.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::EmbedOptions;
use crystaldb::encode::invariance::{prototypes, rel_diff};
use crystaldb::encode::{build_encoder, check_invariances, Encoder};
use crystaldb::{Database, Structure};
use crystaldb_diagnose::Diagnose;
use crystaldb_learned::augment::ViewOptions;
use crystaldb_learned::rng::SeededRng;
use crystaldb_learned::train::{chemistry_order, element_sets};
use crystaldb_learned::LearnedDatabase;
use crystaldb_learned::{
    train, view_margin, GraphConfig, GraphEncoder, Objective, Pool, Readout, TrainOptions, TrainOutcome,
};
use std::collections::BTreeMap;

fn tiny_config(seed: u64) -> GraphConfig {
    GraphConfig {
        hidden: 16,
        layers: 2,
        cutoff: 5.0,
        max_neighbors: 8,
        gaussians: 12,
        seed,
        ..GraphConfig::default()
    }
}

fn tiny_options(objective: Objective, epochs: usize, seed: u64) -> TrainOptions {
    TrainOptions {
        objective,
        config: tiny_config(seed),
        epochs,
        batch_size: 8,
        learning_rate: 5e-3,
        val_fraction: 0.2,
        patience: 0,
        ..TrainOptions::default()
    }
}

/// Small demo crystals (at most 10 sites).
fn demo(n: usize, seed: u64) -> Vec<Structure> {
    demo_records(&DemoOptions { count: 4 * n, seed })
        .into_iter()
        .map(|r| r.structure)
        .filter(|s| s.nsites() <= 10)
        .take(n)
        .collect()
}

fn volume_per_atom(s: &[Structure]) -> Vec<f64> {
    s.iter().map(|x| x.volume() / x.num_atoms()).collect()
}

/// A learning rate that is not a positive number trained uphill (negative) or stored NaN
/// weights (NaN with one batch); a validation fraction of 1 or more or NaN was quietly clamped.
#[test]
fn bad_learning_rates_and_validation_fractions_are_refused() {
    let s = demo(12, 1);
    let t = volume_per_atom(&s);
    for lr in [0.0, -1e-3, f64::NAN, f64::INFINITY] {
        let o = TrainOptions { learning_rate: lr, ..tiny_options(Objective::Supervised, 1, 0) };
        let e = train(&s, Some(&t), &o, None).unwrap_err().to_string();
        assert!(e.contains("learning rate"), "{lr}: {e}");
    }
    for f in [1.0, 1.5, -0.1, f64::NAN] {
        let o = TrainOptions { val_fraction: f, ..tiny_options(Objective::Supervised, 1, 0) };
        let e = train(&s, Some(&t), &o, None).unwrap_err().to_string();
        assert!(e.contains("validation fraction"), "{f}: {e}");
    }
}

#[test]
fn supervised_training_overfits_a_tiny_set() {
    let s = demo(12, 1);
    let mut o = tiny_options(Objective::Supervised, 40, 0);
    o.val_fraction = 0.0;
    let out = train(&s, Some(&volume_per_atom(&s)), &o, None).unwrap();
    let (first, last) = (out.train_losses[0], *out.train_losses.last().unwrap());
    eprintln!("supervised overfit: loss {first:.4} -> {last:.4} over {} epochs", out.epochs);
    assert!(last < 0.25 * first, "loss went from {first} to {last}");
}

#[test]
fn same_seed_gives_the_same_weights_checksum() {
    let s = demo(12, 2);
    for objective in [Objective::Supervised, Objective::Infonce, Objective::MaskedAtom] {
        let o = tiny_options(objective, 2, 7);
        let t = volume_per_atom(&s);
        let a = train(&s, Some(&t), &o, None).unwrap();
        let b = train(&s, Some(&t), &o, None).unwrap();
        assert_eq!(a.encoder.checksum(), b.encoder.checksum(), "{objective:?}");
        assert_eq!(a.train_losses, b.train_losses, "{objective:?}");
        let c = train(&s, Some(&t), &tiny_options(objective, 2, 8), None).unwrap();
        assert_ne!(a.encoder.checksum(), c.encoder.checksum(), "{objective:?}: another seed");
    }
}

#[test]
fn every_objective_trains_and_reports_finite_losses() {
    let s = demo(10, 3);
    let t = volume_per_atom(&s);
    for objective in Objective::ALL {
        let mut o = tiny_options(objective, 2, 1);
        o.objective_options.hard_negatives = true;
        let out = train(&s, Some(&t), &o, None).unwrap();
        assert_eq!(out.epochs, 2);
        assert!(
            out.train_losses.iter().chain(&out.val_metrics).all(|v| v.is_finite()),
            "{objective:?}: {out:?}"
        );
    }
}

/// Train InfoNCE on demo crystals with `option` set and unset: with it, training must be
/// deterministic with finite losses and give other weights than without it. Returns both runs.
fn infonce_with_and_without(option: impl Fn(&mut TrainOptions, bool)) -> (TrainOutcome, TrainOutcome) {
    let s = demo(16, 6);
    let mut o = tiny_options(Objective::Infonce, 3, 2);
    option(&mut o, true);
    let a = train(&s, None, &o, None).unwrap();
    let b = train(&s, None, &o, None).unwrap();
    assert!(a.train_losses.iter().chain(&a.val_metrics).all(|v| v.is_finite()), "{a:?}");
    assert_eq!(a.encoder.checksum(), b.encoder.checksum());
    option(&mut o, false);
    let p = train(&s, None, &o, None).unwrap();
    assert_ne!(a.encoder.checksum(), p.encoder.checksum());
    (a, p)
}

#[test]
fn infonce_with_false_negative_cancellation_trains_and_is_deterministic() {
    let (a, p) =
        infonce_with_and_without(|o, on| o.objective_options.cancel_nearest = if on { 2 } else { 0 });
    // Fewer negatives in every denominator: a lower first-epoch loss.
    assert!(a.train_losses[0] < p.train_losses[0], "{:?} vs {:?}", a.train_losses, p.train_losses);
}

/// The invariance suite (rotation, translation, permutation, supercell) on the prototypes.
fn assert_invariant(enc: &GraphEncoder) {
    let structures: Vec<Structure> = prototypes().into_iter().map(|p| p.1).collect();
    let report = check_invariances(enc, &structures, 1e-4).unwrap();
    eprintln!("{report}");
    assert!(report.passed(), "{report}");
}

#[test]
fn infonce_with_strained_views_trains_and_is_deterministic() {
    let (a, _) = infonce_with_and_without(|o, on| o.objective_options.strain = if on { 0.05 } else { 0.0 });
    // Strain is a valid view: the trained encoder is still invariant to the others.
    assert_invariant(&GraphEncoder::with_weights(tiny_config(2), "strain", a.encoder));
}

#[test]
fn infonce_with_masked_views_trains_and_is_deterministic() {
    let (a, p) = infonce_with_and_without(|o, on| o.objective_options.view_mask = if on { 0.3 } else { 0.0 });
    // With masked views the two views of a crystal hide different elements: harder to match.
    assert!(a.train_losses[0] > p.train_losses[0], "{:?} vs {:?}", a.train_losses, p.train_losses);
    // The trained encoder still passes the invariance suite.
    assert_invariant(&GraphEncoder::with_weights(tiny_config(2), "view-mask", a.encoder));
}

#[test]
fn infonce_with_the_per_atom_term_trains_and_is_deterministic() {
    let (a, p) =
        infonce_with_and_without(|o, on| o.objective_options.local_weight = if on { 1.0 } else { 0.0 });
    // The term adds a non-negative term to the loss.
    assert!(a.train_losses[0] > p.train_losses[0], "{:?} vs {:?}", a.train_losses, p.train_losses);
    // A trained encoder with the term still passes the invariance suite.
    assert_invariant(&GraphEncoder::with_weights(tiny_config(2), "local", a.encoder));
}

#[test]
fn chemistry_batches_group_crystals_that_share_elements() {
    let s = demo(80, 8);
    let elements = element_sets(&s);
    // Mean number of elements two crystals of one batch have in common.
    let shared = |order: &[usize]| {
        let (mut sum, mut pairs) = (0usize, 0usize);
        for batch in order.chunks(8) {
            for (a, &i) in batch.iter().enumerate() {
                for &j in &batch[a + 1..] {
                    sum += elements[i].iter().filter(|z| elements[j].contains(z)).count();
                    pairs += 1;
                }
            }
        }
        sum as f64 / pairs as f64
    };
    let mut shuffled: Vec<usize> = (0..s.len()).collect();
    SeededRng::new(4).shuffle(&mut shuffled);
    for seed in 0..3 {
        let out = chemistry_order(&elements, shuffled.clone(), 8, &mut SeededRng::new(seed));
        let mut sorted = out.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..s.len()).collect::<Vec<_>>(), "not a permutation");
        let (grouped, random) = (shared(&out), shared(&shuffled));
        eprintln!("seed {seed}: shared elements per in-batch pair {grouped:.3} vs {random:.3} shuffled");
        assert!(grouped > 2.0 * random, "{grouped} vs {random}");
    }
    // Training with them is deterministic and finite.
    let mut o = tiny_options(Objective::Infonce, 2, 5);
    o.objective_options.chemistry_batches = true;
    let a = train(&s[..24], None, &o, None).unwrap();
    let b = train(&s[..24], None, &o, None).unwrap();
    assert_eq!(a.encoder.checksum(), b.encoder.checksum());
    assert!(a.train_losses.iter().all(|v| v.is_finite()));
}

#[test]
fn trained_encoders_pass_the_invariance_suite() {
    let s = demo(12, 4);
    for (objective, pool, readout) in [
        (Objective::Supervised, Pool::Mean, Readout::Last),
        (Objective::Infonce, Pool::Attention, Readout::Last),
        (Objective::Infonce, Pool::Mean, Readout::Concat),
    ] {
        let mut o = tiny_options(objective, 3, 0);
        o.config.pool = pool;
        o.config.readout = readout;
        let out = train(&s, Some(&volume_per_atom(&s)), &o, None).unwrap();
        eprintln!("{objective:?} {pool:?} {readout:?}");
        assert_invariant(&GraphEncoder::with_weights(o.config.clone(), "trained", out.encoder));
        // And the random initialisation of the same architecture.
        assert_invariant(&GraphEncoder::random(o.config.clone()));
    }
}

#[test]
fn contrastive_training_brings_views_closer_than_other_crystals() {
    let all = demo(40, 5);
    let (train_set, held_out) = all.split_at(30);
    let mut o = tiny_options(Objective::Infonce, 8, 3);
    o.val_fraction = 0.0;
    let out = train(train_set, None, &o, None).unwrap();
    let enc = GraphEncoder::with_weights(o.config.clone(), "infonce", out.encoder);
    // Two views of each held-out crystal (never seen in training).
    let m = view_margin(&enc, held_out, &ViewOptions::default(), 99).unwrap();
    eprintln!("held-out contrastive: {m}");
    let (pos, neg) = (m.positive, m.negative);
    assert!(pos < neg, "positives {pos} not closer than negatives {neg}");
    assert!(m.positive_nearer > 0.9, "positive closer in only {:.3} of {} pairs", m.positive_nearer, m.pairs);
}

#[test]
fn stored_weights_make_an_encoder_for_embed_and_queries() {
    crystaldb_learned::register();
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(demo_records(&DemoOptions { count: 24, seed: 6 })).unwrap();
    let mut o = tiny_options(Objective::Supervised, 2, 0);
    o.target = Some("volume_per_atom".into());
    o.max_sites = 10;
    let report = db.train("vpa", &o, None).unwrap();
    let info = &report.info;
    assert_eq!(info.objective, "supervised");
    assert_eq!(info.target.as_deref(), Some("volume_per_atom"));
    assert_eq!(info.structure_version, db.latest_version().unwrap());
    assert_eq!(info.epochs, 2);
    assert!(dir.path().join(&info.file).is_file());
    // A second run under the same name is refused; unknown weights are a clear error.
    let err = db.train("vpa", &o, None).unwrap_err().to_string();
    assert!(err.contains("already exist"), "{err}");
    let params = |w: &str| BTreeMap::from([("weights".to_string(), w.to_string())]);
    let err = db.encoder("graph", &params("nope")).err().unwrap().to_string();
    assert!(err.contains("nope") && err.contains("vpa"), "{err}");
    // Mismatching architecture next to the weights' name.
    let mut p = params("vpa");
    p.insert("hidden".into(), "32".into());
    assert!(db.encoder("graph", &p).is_err());

    let enc = db.encoder("graph", &params("vpa")).unwrap();
    let spec = enc.spec();
    assert_eq!(spec.weights_checksum.as_deref(), Some(info.checksum.as_str()));
    assert_eq!(spec.params["weights"], "vpa");
    let r = db
        .embeddings()
        .embed(enc.as_ref(), &EmbedOptions { name: Some("vpa".into()), ..Default::default() })
        .unwrap();
    let set = db.embeddings().info(&format!("vpa@{}", r.version)).unwrap();
    assert_eq!(set.meta["weights"], "vpa");
    assert_eq!(set.meta["weights_objective"], "supervised");
    assert_eq!(set.meta["weights_structure_version"], info.structure_version.to_string());
    assert_eq!(set.encoder.weights_checksum.as_deref(), Some(info.checksum.as_str()));
    // The set's encoder is rebuilt from the database (query --near-file), not without it.
    let again = db.embeddings().encoder_for(&set).unwrap();
    assert_eq!(again.spec(), spec);
    assert!(crystaldb::embedding::encoder_for(&set).is_err());
    // The random-init comparison: same params with weights=random, no database.
    let mut rp: BTreeMap<String, String> = info.config.to_params("random");
    rp.insert("weights".into(), "random".into());
    let random = build_encoder("graph", &rp).unwrap();
    assert_eq!(random.spec().dim, spec.dim);
    assert_ne!(random.spec().weights_checksum, spec.weights_checksum);
    // Reopened, the weights are still there and checked.
    drop(db);
    let db = Database::open(dir.path()).unwrap();
    assert_eq!(db.weights_list().unwrap().len(), 1);
    let v = db.graph_encoder("vpa").unwrap().encode(&[prototypes()[0].1.clone()]).unwrap();
    assert_eq!(v[0], enc.encode(&[prototypes()[0].1.clone()]).unwrap()[0]);
    let a = &v[0];
    assert!(rel_diff(a, a) == 0.0);
}

#[test]
fn training_resumes_from_its_checkpoint() {
    let s = demo(10, 7);
    let t = volume_per_atom(&s);
    let dir = tempfile::tempdir().unwrap();
    let mut o = tiny_options(Objective::Supervised, 2, 0);
    o.checkpoint = Some(dir.path().join("run.checkpoint"));
    let first = train(&s, Some(&t), &o, None).unwrap();
    assert_eq!(first.epochs, 2);
    o.epochs = 4;
    o.resume = true;
    let resumed = train(&s, Some(&t), &o, None).unwrap();
    assert_eq!(resumed.resumed_after, Some(2));
    assert_eq!(resumed.epochs, 4);
    assert_eq!(resumed.train_losses[..2], first.train_losses[..]);
    // Other options than the checkpoint's are refused.
    o.learning_rate = 0.1;
    let err = train(&s, Some(&t), &o, None).unwrap_err().to_string();
    assert!(err.contains("other options"), "{err}");
}

/// Two objectives trained from one initialisation (same architecture and seed) are compared
/// against one random-init row, encoded once; the diagnosis says so.
#[test]
fn diagnose_shares_one_random_init_row_between_sets_of_one_architecture() {
    crystaldb_learned::register();
    use crystaldb_diagnose::{DiagnoseOptions, Role};
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(
        demo_records(&DemoOptions { count: 40, seed: 3 }).into_iter().filter(|r| r.structure.nsites() <= 10),
    )
    .unwrap();
    let mut sets = Vec::new();
    for (name, objective) in [("ma", Objective::MaskedAtom), ("em", Objective::EdgeMask)] {
        db.train(name, &tiny_options(objective, 1, 4), None).unwrap();
        let params = BTreeMap::from([("weights".to_string(), name.to_string())]);
        let r = db
            .embeddings()
            .embed(db.encoder("graph", &params).unwrap().as_ref(), &EmbedOptions::default())
            .unwrap();
        sets.push(format!("{}@{}", r.name, r.version));
    }
    let options = DiagnoseOptions {
        embeddings: sets.clone(),
        labels: vec!["spacegroup".into()],
        properties: vec!["volume_per_atom".into()],
        cluster_sample: 20,
        cluster_k: (2, 3),
        report_queries: 2,
        ..DiagnoseOptions::default()
    };
    let d = db.snapshot().unwrap().diagnose(&options).unwrap();
    let random: Vec<&str> =
        d.representations.iter().filter(|r| r.role == Role::RandomInit).map(|r| r.name.as_str()).collect();
    assert_eq!(random, [format!("{} random-init", sets[0])], "{:?}", d.representations);
    assert!(d.random_init_missing.is_empty(), "{:?}", d.random_init_missing);
    assert!(d.notes.iter().any(|n| n.contains(&sets[1]) && n.contains("random-init")), "{:?}", d.notes);
}

//! Prediction sets: one stored value per record (kind `predicted`), versioned like embedding
//! sets and read by filters as `_crystaldb_<set name>`.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::embedding::{EmbedOptions, SetKind};
use crystaldb::encode::{Encoder, EncoderSpec, Metric};
use crystaldb::filter::Filter;
use crystaldb::structure::Structure;
use crystaldb::{Database, Error, Record};
use std::collections::BTreeSet;

/// Volume per site (Å³), standing in for a model's prediction; refuses structures of more than
/// `max_sites` sites, as a model refuses what it cannot take.
struct VolumePerSite {
    max_sites: usize,
}

impl Encoder for VolumePerSite {
    fn spec(&self) -> EncoderSpec {
        let mut params = serde_json::Map::new();
        params.insert("max_sites".into(), self.max_sites.into());
        EncoderSpec::new("volume-model", 1, params, None, 1, Metric::L2)
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[Structure]) -> crystaldb::Result<Vec<Vec<f32>>> {
        batch
            .iter()
            .map(|s| {
                if s.nsites() > self.max_sites {
                    return Err(Error::invalid(format!("{} sites", s.nsites())));
                }
                Ok(vec![(s.volume() / s.nsites() as f64) as f32])
            })
            .collect()
    }
}

fn records(n: usize) -> Vec<Record> {
    demo_records(&DemoOptions { count: n, seed: 11 })
}

fn predicted() -> EmbedOptions {
    EmbedOptions { name: Some("volume_model".into()), prediction: true, ..EmbedOptions::default() }
}

/// The ids a filter selects at the newest version, as a set.
fn select(db: &Database, filter: &str) -> crystaldb::Result<BTreeSet<String>> {
    Ok(db.snapshot()?.select(&Filter::parse(filter)?)?.ids.into_iter().collect())
}

#[test]
fn filters_read_prediction_sets_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    let all = records(120);
    db.insert(all[..80].to_vec()).unwrap();
    let model = VolumePerSite { max_sites: 6 };
    let report = db.embeddings().embed(&model, &predicted()).unwrap();
    assert_eq!((report.name.as_str(), report.version, report.dim), ("volume_model", 1, 1));
    assert!(!report.skipped.is_empty(), "the demo corpus has structures of more than 6 sites");
    let info = db.embeddings().info("volume_model").unwrap();
    assert_eq!((info.kind, info.count as usize), (SetKind::Predicted, 80 - report.skipped.len()));

    // The expected answer, computed from the stored structures directly.
    let snap = db.snapshot().unwrap();
    let rows: Vec<_> = snap.rows().unwrap().map(Result::unwrap).collect();
    let value = |s: &Structure| (s.volume() / s.nsites() as f64) as f32 as f64;
    let threshold = {
        let mut v: Vec<f64> =
            rows.iter().filter(|r| r.structure.nsites() <= 6).map(|r| value(&r.structure)).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let expected: BTreeSet<String> = rows
        .iter()
        .filter(|r| r.structure.nsites() <= 6 && value(&r.structure) < threshold)
        .map(|r| r.id.clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(select(&db, &format!("_crystaldb_volume_model < {threshold}")).unwrap(), expected);

    // Records the set does not hold are unknown: no comparison matches them, IS UNKNOWN does.
    let skipped: BTreeSet<String> = report.skipped.iter().map(|s| s.id.clone()).collect();
    assert_eq!(select(&db, "_crystaldb_volume_model IS UNKNOWN").unwrap(), skipped);
    let negated = select(&db, &format!("NOT _crystaldb_volume_model < {threshold}")).unwrap();
    assert!(negated.is_disjoint(&skipped) && negated.is_disjoint(&expected));
    assert_eq!(negated.len() + expected.len() + skipped.len(), 80);

    // Combined with structure fields, and in a query plan.
    let both = select(&db, &format!("_crystaldb_volume_model < {threshold} AND nsites <= 2")).unwrap();
    let by_hand: BTreeSet<String> = rows
        .iter()
        .filter(|r| r.structure.nsites() <= 2 && expected.contains(&r.id))
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(both, by_hand);
    let hits = snap.query().filter(&format!("_crystaldb_volume_model < {threshold}")).unwrap().run().unwrap();
    let from_query: BTreeSet<String> = hits.hits.iter().map(|h| h.id.clone()).collect();
    assert_eq!(from_query, expected);

    // Versioned with the structures: after an ingest the old set version covers the old rows
    // only (new records are unknown) until the predictions are stored again, incrementally.
    db.insert(all[80..].to_vec()).unwrap();
    let unknown_now = select(&db, "_crystaldb_volume_model IS UNKNOWN").unwrap();
    assert_eq!(unknown_now.len(), skipped.len() + 40);
    let r2 = db.embeddings().embed(&model, &predicted()).unwrap();
    // The new records, and the ones the model refused before (tried again), are predicted.
    let tried = r2.encoded as usize + r2.skipped.len();
    assert_eq!((r2.version, tried, r2.reused), (2, 40 + skipped.len(), info.count));
    let unknown_after: BTreeSet<String> = select(&db, "_crystaldb_volume_model IS UNKNOWN").unwrap();
    assert_eq!(unknown_after, r2.skipped.iter().map(|s| s.id.clone()).collect());
    // A record updated after the set version: its stored value belongs to the old structure,
    // so it is unknown until the predictions are stored again.
    let predicted_id = rows.iter().find(|r| !skipped.contains(&r.id)).unwrap().id.clone();
    let mut changed = all.iter().find(|r| r.id() == predicted_id).unwrap().clone();
    for v in &mut changed.structure.lattice.matrix {
        v.iter_mut().for_each(|x| *x *= 1.1);
    }
    db.insert(vec![changed.clone()]).unwrap();
    assert!(select(&db, "_crystaldb_volume_model IS UNKNOWN").unwrap().contains(&predicted_id));
    let r3 = db.embeddings().embed(&model, &predicted()).unwrap();
    assert_eq!((r3.version, r3.encoded), (3, 1));
    let fresh = f64::from(db.embeddings().load("volume_model").unwrap().get(&predicted_id).unwrap()[0]);
    assert_eq!(fresh, value(&changed.structure));
    assert!(select(&db, &format!("_crystaldb_volume_model = {fresh}")).unwrap().contains(&predicted_id));
    // The older snapshot still reads the set version that covered it.
    let old = db.at(1).unwrap();
    let f = Filter::parse(&format!("_crystaldb_volume_model < {threshold}")).unwrap();
    assert_eq!(old.bind(&f).unwrap().prediction_sets(), ["volume_model@1"]);
    let labels = |snap: &crystaldb::Snapshot| -> Vec<String> {
        snap.prediction_sets().unwrap().iter().map(|s| s.label()).collect()
    };
    assert_eq!(labels(&old), ["volume_model@1"]);
    assert_eq!(labels(&db.snapshot().unwrap()), ["volume_model@3"]);
    assert_eq!(old.select(&f).unwrap().ids.into_iter().collect::<BTreeSet<_>>(), expected);
    assert_eq!(db.snapshot().unwrap().bind(&f).unwrap().prediction_sets(), ["volume_model@3"]);
}

#[test]
fn unknown_prediction_sets_are_filter_errors_with_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(records(20)).unwrap();
    // No prediction set at all: the message says how to make one, and points at the name.
    let e = select(&db, "nsites > 1 AND _crystaldb_chgnet_energy_per_atom < -5").unwrap_err();
    let Error::Filter { span, message, .. } = &e else { panic!("{e}") };
    assert_eq!(*span, 15..48, "{message}");
    assert!(message.contains("no prediction sets") && message.contains("predict --store"), "{message}");
    // A typo of a structure field suggests the field.
    let e = select(&db, "_crystaldb_bandgap > 1").unwrap_err().to_string();
    assert!(e.contains("did you mean `band_gap`"), "{e}");
    // With a set: a close name suggests it, and the message lists what exists.
    db.embeddings().embed(&VolumePerSite { max_sites: 100 }, &predicted()).unwrap();
    let e = select(&db, "_crystaldb_volume_modl > 1").unwrap_err().to_string();
    assert!(e.contains("did you mean `_crystaldb_volume_model`"), "{e}");
    // An embedding set is not a prediction set.
    let magpie = crystaldb::encode::build_encoder("magpie", &Default::default()).unwrap();
    db.embeddings().embed(magpie.as_ref(), &EmbedOptions::default()).unwrap();
    let e = select(&db, "_crystaldb_magpie > 1").unwrap_err().to_string();
    assert!(e.contains("unknown field `_crystaldb_magpie`"), "{e}");
    // Other providers' names stay unknown, not errors.
    assert!(select(&db, "_mp_energy < 1").unwrap().is_empty());
}

#[test]
fn prediction_sets_hold_one_raw_value_under_a_filter_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path()).unwrap();
    db.insert(records(10)).unwrap();
    let model = VolumePerSite { max_sites: 100 };
    let named =
        |name: &str| EmbedOptions { name: Some(name.into()), prediction: true, ..EmbedOptions::default() };
    for bad in ["Volume", "volume-model", "1volume"] {
        let e = db.embeddings().embed(&model, &named(bad)).unwrap_err().to_string();
        assert!(e.contains("_crystaldb_<name>"), "{bad}: {e}");
    }
    let magpie = crystaldb::encode::build_encoder("magpie", &Default::default()).unwrap();
    let e = db.embeddings().embed(magpie.as_ref(), &named("magpie_values")).unwrap_err().to_string();
    assert!(e.contains("one value per structure"), "{e}");
    let zscored = EmbedOptions { normalize: Some(crystaldb::embedding::Normalization::Zscore), ..named("v") };
    assert!(db.embeddings().embed(&model, &zscored).is_err());
    // A name held by an embedding set of another kind is refused, and the other way round.
    db.embeddings()
        .embed(&model, &EmbedOptions { name: Some("plain".into()), ..Default::default() })
        .unwrap();
    let e = db.embeddings().embed(&model, &named("plain")).unwrap_err().to_string();
    assert!(e.contains("choose another name"), "{e}");
    db.embeddings().embed(&model, &named("volume_model")).unwrap();
    let e = db
        .embeddings()
        .embed(&model, &EmbedOptions { name: Some("volume_model".into()), ..Default::default() })
        .unwrap_err()
        .to_string();
    assert!(e.contains("choose another name"), "{e}");
    // A prediction set has no encoder to search by structure.
    let info = db.embeddings().info("volume_model").unwrap();
    let e = crystaldb::embedding::encoder_for(&info).err().unwrap().to_string();
    assert!(e.contains("prediction set"), "{e}");
}

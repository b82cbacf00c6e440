//! `Snapshot::select` on the demo corpus against the same predicates written in plain Rust
//! over `Snapshot::rows`, and shard skipping from the catalog's statistics.

use crystaldb::demo::{demo_records, DemoOptions};
use crystaldb::{Database, Filter, Record, StructureRow};
use std::collections::HashSet;

/// Deterministic properties, so that property filters have something to find (the demo
/// corpus carries none); every fifth record has no band gap.
fn with_properties(mut records: Vec<Record>) -> Vec<Record> {
    for (i, r) in records.iter_mut().enumerate() {
        r.properties.band_gap = (i % 5 != 0).then_some((i % 37) as f64 * 0.15);
        r.properties.formation_energy_per_atom = Some(-((i % 11) as f64) * 0.3);
        r.properties.energy_above_hull = (i % 3 == 0).then_some((i % 7) as f64 * 0.02);
    }
    records
}

fn has(r: &StructureRow, e: &str) -> bool {
    r.elements.iter().any(|x| x == e)
}

type Predicate = fn(&StructureRow) -> bool;

/// (filter, the same predicate in Rust)
const QUERIES: &[(&str, Predicate)] = &[
    (r#"band_gap > 1.5 AND elements HAS ALL "Li","O" AND nelements <= 4"#, |r| {
        r.properties.band_gap.is_some_and(|g| g > 1.5) && has(r, "Li") && has(r, "O") && r.elements.len() <= 4
    }),
    (r#"elements HAS "O" AND nelements = 2"#, |r| has(r, "O") && r.elements.len() == 2),
    ("NOT band_gap > 1.5", |r| r.properties.band_gap.is_some_and(|g| g <= 1.5)),
    ("band_gap IS UNKNOWN OR band_gap < 0.3", |r| r.properties.band_gap.is_none_or(|g| g < 0.3)),
    (r#"chemical_formula_anonymous = "AB""#, |r| r.formula_anonymous == "AB"),
    ("space_group_it_number = 225", |r| r.spacegroup.as_ref().is_some_and(|s| s.number == 225)),
    (r#"prototype STARTS WITH "rock" OR prototype ENDS "Heusler""#, |r| {
        r.prototype.as_deref().is_some_and(|p| p.starts_with("rock") || p.ends_with("Heusler"))
    }),
    (r#"elements HAS ONLY "Na","Cl","K","Br","Li","F","O","Mg","Ca""#, |r| {
        r.elements.iter().all(|e| ["Na", "Cl", "K", "Br", "Li", "F", "O", "Mg", "Ca"].contains(&e.as_str()))
    }),
    ("LENGTH elements >= 3 AND volume_per_atom < 15", |r| {
        r.elements.len() >= 3 && r.volume / (r.structure.sites.len() as f64) < 15.0
    }),
    (r#"species_at_sites HAS "Ti" OR elements HAS "Zr""#, |r| {
        r.structure.sites.iter().any(|s| s.z == 22) || has(r, "Zr")
    }),
    (r#"1.0 <= density AND density < 5 AND NOT crystal_system = "cubic""#, |r| {
        (1.0..5.0).contains(&r.density) && r.spacegroup.as_ref().is_some_and(|s| s.crystal_system != "cubic")
    }),
    ("id ENDS WITH \"7\" AND nsites > 4", |r| r.id.ends_with('7') && r.structure.sites.len() > 4),
    (r#"NOT structure_features HAS "disorder" AND formation_energy_per_atom < -1.5"#, |r| {
        r.structure.is_ordered() && r.properties.formation_energy_per_atom.is_some_and(|e| e < -1.5)
    }),
    (r#"chemsys CONTAINS "O" AND energy_above_hull IS KNOWN AND _mp_band_gap IS UNKNOWN"#, |r| {
        r.chemsys.contains('O') && r.properties.energy_above_hull.is_some()
    }),
    ("_mp_band_gap < 2 OR nsites < 0", |_| false),
];

#[test]
fn select_agrees_with_plain_rust_on_the_demo_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(128).open(dir.path()).unwrap();
    db.insert(with_properties(demo_records(&DemoOptions { count: 600, seed: 7 }))).unwrap();
    let snap = db.snapshot().unwrap();
    assert!(snap.shards().len() >= 4, "several shards: {}", snap.shards().len());
    let rows: Vec<StructureRow> = snap.rows().unwrap().map(Result::unwrap).collect();
    let mut nontrivial = 0;
    for (query, predicate) in QUERIES {
        let filter = Filter::parse(query).unwrap_or_else(|e| panic!("{e}"));
        let got = snap.select(&filter).unwrap();
        let expected: Vec<String> = rows.iter().filter(|r| predicate(r)).map(|r| r.id.clone()).collect();
        assert_eq!(got.ids, expected, "{query}");
        assert_eq!(got.shards_scanned + got.shards_skipped, snap.shards().len());
        let scanned_all = got.rows_scanned == rows.len() as u64;
        assert!(scanned_all || got.shards_skipped > 0, "{query}: rows are missing without a skipped shard");
        if !expected.is_empty() && expected.len() < rows.len() {
            nontrivial += 1;
        }
    }
    assert!(nontrivial >= 12, "only {nontrivial} queries select a proper, non-empty subset");
}

#[test]
fn shards_whose_statistics_rule_out_a_match_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(50).open(dir.path()).unwrap();
    let mut records = demo_records(&DemoOptions { count: 300, seed: 3 });
    for (i, r) in records.iter_mut().enumerate() {
        // The first insert gets gaps in [0, 1), the second in [3, 4).
        let base = if i < 150 { 0.0 } else { 3.0 };
        r.properties.band_gap = Some(base + (i % 50) as f64 / 50.0);
    }
    let second = records.split_off(150);
    db.insert(records).unwrap();
    db.insert(second).unwrap();
    let snap = db.snapshot().unwrap();
    assert_eq!(snap.shards().len(), 6);

    let f = Filter::parse("band_gap > 2 AND nelements >= 1").unwrap();
    let got = snap.select(&f).unwrap();
    assert_eq!((got.shards_skipped, got.shards_scanned, got.rows_scanned), (3, 3, 150));
    let expected: Vec<String> = snap
        .rows()
        .unwrap()
        .map(Result::unwrap)
        .filter(|r| r.properties.band_gap.is_some_and(|g| g > 2.0))
        .map(|r| r.id)
        .collect();
    assert_eq!(got.ids, expected);
    assert_eq!(got.ids.len(), 150);

    // Nothing can match: every shard is skipped and nothing is read.
    let none = snap.select(&Filter::parse("band_gap > 10 OR nelements > 99").unwrap()).unwrap();
    assert_eq!((none.ids.len(), none.shards_skipped, none.rows_scanned), (0, 6, 0));
    // NOT of a comparison is pruned too: every gap is below 4.
    let not = snap.select(&Filter::parse("NOT band_gap < 4").unwrap()).unwrap();
    assert_eq!((not.ids.len(), not.shards_skipped), (0, 6));
}

#[test]
fn select_sees_its_snapshot_version_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::builder().create_if_missing(true).shard_rows(40).open(dir.path()).unwrap();
    let records = with_properties(demo_records(&DemoOptions { count: 120, seed: 11 }));
    db.insert(records.clone()).unwrap();
    // Version 2 raises ten band gaps above 100 eV.
    let mut changed: Vec<Record> = records[..10].to_vec();
    for r in &mut changed {
        r.properties.band_gap = Some(123.0);
    }
    db.insert(changed.clone()).unwrap();
    let f = Filter::parse("band_gap > 100").unwrap();
    let old = db.at(1).unwrap().select(&f).unwrap();
    assert!(old.ids.is_empty());
    assert_eq!(old.shards_skipped, db.at(1).unwrap().shards().len(), "v1's statistics rule out 100 eV");
    let new = db.snapshot().unwrap().select(&f).unwrap();
    let ids: HashSet<String> = changed.iter().map(Record::id).collect();
    assert_eq!(new.ids.iter().cloned().collect::<HashSet<_>>(), ids);
    assert_eq!(new.ids.len(), 10, "superseded rows are not selected");
    let all = db.snapshot().unwrap().select(&Filter::parse("nsites >= 1").unwrap()).unwrap();
    assert_eq!(all.ids.len(), 120);
    assert_eq!(all.rows_scanned, 120, "superseded rows are not even scanned");
}

//! Evaluation on a hand-built batch with unknown values, and shard pruning.

use super::{batch, matching, stats, Row};
use crate::filter::Filter;
use crate::Error;
use arrow::array::{Array, RecordBatch};

/// A row with full occupancy and no space group, band gap or prototype.
fn row(id: &str, formula: &str, elements: &[&str], species: &[u8], volume: f64) -> Row {
    Row {
        id: id.into(),
        formula_reduced: formula.into(),
        elements: elements.iter().map(|s| s.to_string()).collect(),
        nelements: elements.len() as i32,
        nsites: species.len() as i32,
        species_at_sites: species.to_vec(),
        occupancy: vec![1.0; species.len()],
        volume,
        spacegroup_number: None,
        band_gap: None,
        prototype: None,
    }
}

pub(super) fn rows() -> Vec<Row> {
    let known = |sg: i32, gap: f64, prototype: Option<&str>, r: Row| Row {
        spacegroup_number: Some(sg),
        band_gap: Some(gap),
        prototype: prototype.map(str::to_string),
        ..r
    };
    let mut spinel = row("c", "LiMn2O4", &["Li", "Mn", "O"], &[3, 25, 25, 8, 8, 8, 8], 70.0);
    spinel.occupancy = vec![1.0, 0.5, 0.5, 1.0, 1.0, 1.0, 1.0];
    vec![
        known(225, 2.0, Some("antifluorite"), row("a", "Li2O", &["Li", "O"], &[3, 3, 8], 30.0)),
        row("b", "Fe2O3", &["Fe", "O"], &[26, 26, 8, 8, 8], 50.0),
        known(227, 1.0, Some("spinel"), spinel),
        known(225, 5.0, Some("rocksalt"), row("d", "ClNa", &["Cl", "Na"], &[11, 17], 40.0)),
        known(225, -0.0, None, row("e", "Cu", &["Cu"], &[29], 12.0)),
    ]
}

/// (filter, ids of the matching rows)
const CASES: &[(&str, &str)] = &[
    ("band_gap > 1.5", "a d"),
    ("1.5 < band_gap", "a d"),
    ("NOT band_gap > 1.5", "c e"),
    ("band_gap IS UNKNOWN", "b"),
    ("NOT band_gap IS KNOWN", "b"),
    ("band_gap IS UNKNOWN OR NOT band_gap > 1.5", "b c e"),
    ("band_gap = 0", "e"),
    ("band_gap != 2", "c d e"),
    ("band_gap > 1.5 OR band_gap < 1.5", "a c d e"),
    (r#"elements HAS "Li""#, "a c"),
    (r#"elements HAS = "Li""#, "a c"),
    (r#"elements HAS ALL "Li","O""#, "a c"),
    (r#"elements HAS ALL "Li","Na""#, ""),
    (r#"elements HAS ANY "Na","Cu""#, "d e"),
    (r#"elements HAS ONLY "Li","O","Mn""#, "a c"),
    (r#"elements HAS ONLY "Cu""#, "e"),
    (r#"NOT elements HAS "O""#, "d e"),
    (r#"elements HAS ANY STARTS "L", ENDS "u""#, "a c e"),
    (r#"elements HAS > "M""#, "a b c d"),
    ("elements LENGTH >= 3", "c"),
    ("LENGTH elements >= 3", "c"),
    ("elements LENGTH 2", "a b d"),
    ("nelements <= 2 AND band_gap > 1.5", "a d"),
    ("nelements = 2.0", "a b d"),
    ("nelements < 1.5", "e"),
    (r#"formula_reduced CONTAINS "O""#, "a b c"),
    (r#"chemical_formula_reduced STARTS WITH "Li""#, "a c"),
    (r#"chemical_formula_reduced ENDS "O4""#, "c"),
    (r#"formula_reduced > "Fe""#, "a b c"),
    (r#""Fe" < formula_reduced"#, "a b c"),
    ("spacegroup_number = 225", "a d e"),
    ("space_group_it_number != 225", "c"),
    ("prototype IS KNOWN", "a c d"),
    (r#"prototype != "spinel""#, "a d"),
    (r#"species_at_sites HAS "Mn""#, "c"),
    ("species_at_sites HAS 26", "b"),
    ("species_at_sites HAS < 4", "a c"),
    (r#"species_at_sites HAS ONLY "Li", "O""#, "a"),
    ("species_at_sites LENGTH > 4", "b c"),
    ("occupancy HAS < 1", "c"),
    (r#"structure_features HAS "disorder""#, "c"),
    ("structure_features LENGTH 0", "a b d e"),
    ("volume_per_atom < 11", "a b c"),
    ("volume_per_atom = 20", "d"),
    ("_mp_x > 1", ""),
    ("NOT _mp_x > 1", ""),
    ("_mp_x IS UNKNOWN", "a b c d e"),
    ("_mp_flag OR nsites = 1", "e"),
    ("last_modified IS KNOWN", ""),
    (r#"last_modified < "2030-01-01T00:00:00Z""#, ""),
    ("nsites > nelements", "a b c"),
    ("nsites > nelements AND NOT band_gap < nelements", "a"),
    ("5 < 7", "a b c d e"),
    ("7 < 5", ""),
    (r#"NOT (elements HAS "O" OR band_gap > 4)"#, "e"),
    (r#"id = "c" OR id = "d""#, "c d"),
    (r#"id CONTAINS formula_reduced"#, ""),
];

#[test]
fn filters_select_the_expected_rows() {
    let rows = rows();
    let b = batch(&rows);
    for (query, expected) in CASES {
        let f = Filter::parse(query).unwrap_or_else(|e| panic!("{query}: {e}"));
        let mask = f.evaluate(&b).unwrap_or_else(|e| panic!("{query}: {e}"));
        assert_eq!(mask.null_count(), 0);
        assert_eq!(matching(&rows, &mask).join(" "), *expected, "{query}");
    }
}

#[test]
fn kleene_mask_keeps_unknown_apart_from_false() {
    let rows = rows();
    let b = batch(&rows);
    let f = Filter::parse("band_gap > 1.5 OR spacegroup_number = 227").unwrap();
    let m = f.evaluate_kleene(&b).unwrap();
    // b: unknown OR unknown; c: false OR true.
    let got: Vec<Option<bool>> = (0..m.len()).map(|i| m.is_valid(i).then(|| m.value(i))).collect();
    assert_eq!(got, [Some(true), None, Some(true), Some(true), Some(false)]);
    let f = Filter::parse("band_gap > 1.5 AND spacegroup_number = 227").unwrap();
    let m = f.evaluate_kleene(&b).unwrap();
    let got: Vec<Option<bool>> = (0..m.len()).map(|i| m.is_valid(i).then(|| m.value(i))).collect();
    assert_eq!(got, [Some(false), None, Some(false), Some(false), Some(false)]);
}

#[test]
fn a_batch_without_a_needed_column_is_an_error_naming_it() {
    let b = batch(&rows());
    let only_id = RecordBatch::try_from_iter([("id", b.column_by_name("id").unwrap().clone())]).unwrap();
    let e = Filter::parse("band_gap > 1").unwrap().evaluate(&only_id).unwrap_err();
    assert!(matches!(&e, Error::Invalid(m) if m.contains("`band_gap`")), "{e}");
    // A filter that reads no column still gives one entry per row.
    let m = Filter::parse("_mp_x IS UNKNOWN").unwrap().evaluate(&only_id).unwrap();
    assert_eq!((m.len(), m.true_count()), (5, 5));
    // A column of the wrong type is reported, not misread.
    let wrong = RecordBatch::try_from_iter([("band_gap", b.column_by_name("id").unwrap().clone())]).unwrap();
    assert!(Filter::parse("band_gap > 1").unwrap().evaluate(&wrong).is_err());
}

#[test]
fn nan_is_unknown() {
    let mut rs = rows();
    rs[0].band_gap = Some(f64::NAN);
    let b = batch(&rs);
    for (q, expected) in
        [("band_gap > 1.5", "d"), ("NOT band_gap > 1.5", "c e"), ("band_gap IS UNKNOWN", "a b")]
    {
        let m = Filter::parse(q).unwrap().evaluate(&b).unwrap();
        assert_eq!(matching(&rs, &m).join(" "), expected, "{q}");
    }
}

#[test]
fn pruning_skips_only_shards_that_cannot_match() {
    let rows = rows();
    let s = stats(&rows); // band_gap in [-0, 5], nelements in [1, 3], nsites in [1, 7]
    let may = |q: &str| Filter::parse(q).unwrap().may_match(&s);
    for q in [
        "band_gap > 4.5",
        "band_gap >= 5",
        "band_gap = 0",
        "1.5 < band_gap",
        "NOT band_gap <= 1",
        "band_gap > 9 OR nelements = 3",
        "elements LENGTH 3",
        "_mp_x IS UNKNOWN",
        "NOT _mp_x IS KNOWN",
        "density > 100",
        "nsites > nelements",
        r#"elements HAS "Xe""#,
    ] {
        assert!(may(q), "{q} may match");
    }
    for q in [
        "band_gap > 5",
        "band_gap < -1",
        "9 < band_gap",
        "NOT band_gap <= 5",
        "band_gap > 9 AND nelements = 3",
        "elements LENGTH > 3",
        "species_at_sites LENGTH 8",
        "space_group_it_number > 230",
        "_mp_x > 1",
        "NOT _mp_x > 1",
        "_mp_x IS KNOWN",
        "nsites > 7 OR nsites < 1",
    ] {
        assert!(!may(q), "{q} cannot match");
        let m = Filter::parse(q).unwrap().evaluate(&batch(&rows)).unwrap();
        assert_eq!(m.true_count(), 0, "{q} was pruned but matches");
    }
    // Constant columns: `!=` their value cannot match, `=` it can.
    let one = stats(&rows[..1]);
    assert!(!Filter::parse("nelements != 2").unwrap().may_match(&one));
    assert!(Filter::parse("NOT nelements != 2").unwrap().may_match(&one));
    // No statistics: anything may match.
    assert!(Filter::parse("band_gap > 99").unwrap().may_match(&Default::default()));
}

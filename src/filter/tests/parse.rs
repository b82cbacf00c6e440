//! Table-driven parser and type-checker tests: valid filters and their canonical text,
//! invalid ones and their spans and messages.

use crate::filter::{ExprKind, Filter, MAX_DEPTH};
use crate::Error;

/// (filter, canonical text)
const VALID: &[(&str, &str)] = &[
    (
        r#"band_gap > 1.5 AND elements HAS ALL "Li","O" AND nelements <= 4"#,
        r#"band_gap > 1.5 AND elements HAS ALL "Li", "O" AND nelements <= 4"#,
    ),
    ("1.5 < band_gap", "1.5 < band_gap"),
    ("nelements>3", "nelements > 3"),
    ("  nsites = +12  ", "nsites = 12"),
    ("volume <= -.2E+7", "volume <= -2000000.0"),
    ("volume < 1.e-12", "volume < 1e-12"),
    (
        r#"NOT ( chemical_formula_hill = "Al" AND chemical_formula_anonymous = "A" OR chemical_formula_anonymous = "H2O" AND NOT chemical_formula_hill = "Ti" )"#,
        r#"NOT (chemical_formula_hill = "Al" AND chemical_formula_anonymous = "A" OR chemical_formula_anonymous = "H2O" AND NOT chemical_formula_hill = "Ti")"#,
    ),
    ("NOT nsites > 2 OR nelements = 1 AND band_gap = 0", "NOT nsites > 2 OR nelements = 1 AND band_gap = 0"),
    ("(nsites = 1 OR nsites = 2) AND nelements = 1", "(nsites = 1 OR nsites = 2) AND nelements = 1"),
    ("((nsites = 1))", "nsites = 1"),
    ("(nsites = 1 OR nsites = 2) OR nsites = 3", "(nsites = 1 OR nsites = 2) OR nsites = 3"),
    (r#"chemical_formula_anonymous STARTS "A2""#, r#"chemical_formula_anonymous STARTS WITH "A2""#),
    (r#"formula_reduced ENDS WITH "O3""#, r#"formula_reduced ENDS WITH "O3""#),
    (r#"chemsys CONTAINS "Li""#, r#"chemsys CONTAINS "Li""#),
    ("elements LENGTH 3", "elements LENGTH = 3"),
    ("LENGTH elements >= 3", "elements LENGTH >= 3"),
    (
        r#"elements has "Li" and nelements = 2 or not nsites is known"#,
        r#"elements HAS "Li" AND nelements = 2 OR NOT nsites IS KNOWN"#,
    ),
    (r#"elements HAS ANY > "X", STARTS "L", = "O""#, r#"elements HAS ANY > "X", STARTS WITH "L", "O""#),
    (r#"elements HAS ONLY "Li", "O""#, r#"elements HAS ONLY "Li", "O""#),
    (
        r#"species_at_sites HAS "Fe" AND species_at_sites HAS < 10"#,
        r#"species_at_sites HAS "Fe" AND species_at_sites HAS < 10"#,
    ),
    ("occupancy HAS < 1", "occupancy HAS < 1"),
    (r#"structure_features HAS "disorder""#, r#"structure_features HAS "disorder""#),
    (r#"last_modified > "2024-01-01T00:00:00Z""#, r#"last_modified > "2024-01-01T00:00:00Z""#),
    (r#"id = "mp:mp-149" OR _crystaldb_band_gap >= 0"#, r#"id = "mp:mp-149" OR _crystaldb_band_gap >= 0"#),
    ("space_group_it_number = 225", "space_group_it_number = 225"),
    ("5 < 7", "5 < 7"),
    ("nsites > nelements", "nsites > nelements"),
    (r#"prototype = "a \"quoted\" \\ name""#, r#"prototype = "a \"quoted\" \\ name""#),
    ("_mp_band_gap < 2.0 OR band_gap < 2.5", "_mp_band_gap < 2.0 OR band_gap < 2.5"),
    ("_mp_is_magnetic AND NOT _mp_x = TRUE", "_mp_is_magnetic AND NOT _mp_x = TRUE"),
    ("volume_per_atom > 10", "volume_per_atom > 10"),
    ("nsites\t=\n1", "nsites = 1"),
    // Beyond f64's range: ±infinity, written back as a literal that still is (found by the
    // `filter` fuzz target: `1e888888888889888<888`, whose canonical text `inf < 888` did not
    // parse).
    ("1e888888888889888<888", "1e999 < 888"),
    ("band_gap > -1e400", "band_gap > -1e999"),
];

#[test]
fn valid_filters_parse_to_their_canonical_text_and_back() {
    for (query, canonical) in VALID {
        let f = Filter::parse(query).unwrap_or_else(|e| panic!("{query}: {e}"));
        assert_eq!(f.to_string(), *canonical, "{query}");
        let again = Filter::parse(canonical).unwrap_or_else(|e| panic!("{canonical}: {e}"));
        assert_eq!(again.expr().without_spans(), f.expr().without_spans(), "{query}");
        assert_eq!(again.to_string(), *canonical);
    }
}

#[test]
fn precedence_is_not_over_and_over_or() {
    // "NOT a > b OR c = 100 AND f = ..." is "(NOT (a > b)) OR ((c = 100) AND (f = ...))".
    let f = Filter::parse("NOT nsites > 2 OR nelements = 1 AND band_gap = 0").unwrap();
    let ExprKind::Or(items) = &f.expr().kind else { panic!("{:?}", f.expr()) };
    assert!(matches!(items[0].kind, ExprKind::Not(_)));
    assert!(matches!(&items[1].kind, ExprKind::And(v) if v.len() == 2));
    // Long chains are flat.
    let chain = vec!["nsites = 1"; 5000].join(" OR ");
    let f = Filter::parse(&chain).unwrap();
    assert!(matches!(&f.expr().kind, ExprKind::Or(v) if v.len() == 5000));
}

#[test]
fn spans_locate_each_node() {
    let q = r#"nelements > 2 AND (elements HAS "Li" OR NOT band_gap IS KNOWN)"#;
    let f = Filter::parse(q).unwrap();
    let mut spans = Vec::new();
    f.expr().visit(&mut |e| spans.push(&q[e.span.clone()]));
    assert_eq!(
        spans,
        [
            q,
            "nelements > 2",
            r#"(elements HAS "Li" OR NOT band_gap IS KNOWN)"#,
            r#"elements HAS "Li""#,
            "NOT band_gap IS KNOWN",
            "band_gap IS KNOWN"
        ]
    );
}

#[test]
fn other_providers_names_warn_and_ours_do_not() {
    let f = Filter::parse("_mp_band_gap < 2 OR _mp_band_gap < 3 OR _crystaldb_band_gap < 2").unwrap();
    assert_eq!(f.warnings().len(), 1, "{:?}", f.warnings());
    assert!(f.warnings()[0].contains("`_mp_band_gap`"));
    assert!(Filter::parse("band_gap < 2").unwrap().warnings().is_empty());
}

#[test]
fn a_formula_written_in_another_order_warns_with_the_stored_form() {
    let f = Filter::parse(r#"chemical_formula_reduced = "LiCoO2""#).unwrap();
    assert_eq!(f.warnings().len(), 1, "{:?}", f.warnings());
    assert!(f.warnings()[0].contains(r#""LiCoO2" is stored as "CoLiO2""#), "{}", f.warnings()[0]);
    let f = Filter::parse(r#""Fe4O6" = chemical_formula_reduced"#).unwrap();
    assert!(f.warnings()[0].contains(r#""Fe2O3""#), "{:?}", f.warnings());
    for ok in [r#"chemical_formula_reduced = "CoLiO2""#, r#"chemical_formula_reduced = "not a formula""#] {
        assert!(Filter::parse(ok).unwrap().warnings().is_empty(), "{ok}");
    }
}

#[test]
fn columns_are_the_stored_columns_read_in_schema_order() {
    let cols = |q: &str| Filter::parse(q).unwrap().columns();
    assert_eq!(
        cols(r#"band_gap > 1 AND elements HAS "O" AND nelements < 3"#),
        ["elements", "nelements", "band_gap"]
    );
    assert_eq!(cols(r#"chemical_formula_reduced = "NaCl""#), ["formula_reduced"]);
    assert_eq!(cols("volume_per_atom > 10"), ["nsites", "volume"]);
    assert_eq!(cols(r#"structure_features HAS "disorder""#), ["occupancy"]);
    assert!(cols("last_modified IS UNKNOWN OR _mp_x > 1").is_empty());
    assert_eq!(cols("nsites > nelements"), ["nelements", "nsites"]);
    // A prediction set is joined by id.
    assert_eq!(cols("_crystaldb_chgnet_energy_per_atom < -5 AND nsites > 2"), ["id", "nsites"]);
    let f = Filter::parse("_crystaldb_a < 1 OR _crystaldb_b_2 > 0 OR _crystaldb_a > 3").unwrap();
    assert_eq!(f.prediction_sets(), [("a".to_string(), 0..12), ("b_2".to_string(), 20..34)]);
}

/// (filter, span, part of the message)
const INVALID: &[(&str, std::ops::Range<usize>, &str)] = &[
    ("bandgap > 1.5", 0..7, "unknown field `bandgap`; did you mean `band_gap`?"),
    ("a.b = 1", 0..3, "unknown field `a.b` (no field here has nested names)"),
    (r#"band_gap > "x""#, 11..14, "`band_gap` is a number: expected a number, found a string"),
    ("formula_reduced = 3", 18..19, "expected a string in double quotes, found a number"),
    (r#"elements = "Li""#, 0..8, "test its items with HAS"),
    ("nelements HAS 3", 0..9, "HAS applies to lists, but `nelements` is an integer"),
    (r#"formula_reduced HAS ALL "O""#, 0..15, "(for substrings use CONTAINS)"),
    ("band_gap >", 10..10, "expected a value after `>`"),
    ("band_gap > 1 AND", 16..16, "expected a comparison"),
    ("(band_gap > 1", 13..13, "expected AND, OR or `)` to close the `(` at byte 0"),
    ("band_gap > 1)", 12..13, "unmatched `)`"),
    ("", 0..0, "the filter is empty"),
    ("   ", 3..3, "the filter is empty"),
    ("NOT NOT nsites = 1", 4..7, "double negation"),
    (
        "band_gap 1.5",
        9..12,
        "a comparison operator (= != < <= > >=), CONTAINS, STARTS, ENDS, HAS, LENGTH or IS after `band_gap`",
    ),
    (r#"species_at_sites HAS "Xx""#, 21..25, "\"Xx\" is not an element symbol"),
    (r#"species_at_sites HAS STARTS "F""#, 21..31, "STARTS WITH applies to strings"),
    (r#""a" = "b""#, 0..9, "two string constants"),
    (r#"3 = "b""#, 4..7, "comparing a number with a string is not supported"),
    ("band_gap", 0..8, "a field alone tests a boolean, but `band_gap` is a number"),
    ("nsites = TRUE", 9..13, "not a boolean"),
    (r#"elements:nsites HAS "Li":2"#, 8..9, "correlated list comparisons"),
    ("formula_reduced CONTAINS 3", 25..26, "expected a string in double quotes after CONTAINS"),
    (r#"nelements CONTAINS "3""#, 0..9, "CONTAINS applies to strings"),
    (r#"elements LENGTH "3""#, 16..19, "expected a number after LENGTH"),
    ("formula_reduced LENGTH 3", 0..15, "LENGTH applies to lists"),
    ("lattice = 1", 0..7, "nested arrays"),
    (
        "band_gap > 1 nelements = 2",
        13..22,
        "expected AND, OR or the end of the filter, found the field name `nelements`",
    ),
    (r#"elements HAS ALL "Li","#, 22..22, "expected a value in the HAS list"),
    ("nsites IS", 9..9, "KNOWN or UNKNOWN after IS"),
    ("nsites = 1 AND", 14..14, "found the end of the filter"),
    (
        "band_gap > formula_reduced",
        0..26,
        "cannot compare `band_gap` (a number) with `formula_reduced` (a string)",
    ),
    (r#"elements HAS band_gap"#, 13..21, "field names in HAS lists"),
    ("_x > 1", 0..2, "`_<provider>_<name>`"),
    ("nsites = 1 And nelements = 2", 11..14, "keywords are written in upper case (AND)"),
];

#[test]
fn invalid_filters_fail_with_spans_and_what_was_expected() {
    for (query, span, message) in INVALID {
        match Filter::parse(query) {
            Err(Error::Filter { query: q, span: s, message: m }) => {
                assert_eq!(q, *query);
                assert_eq!((&s, m.contains(message)), (span, true), "{query}: got {s:?} {m:?}");
            }
            other => panic!("{query}: expected a filter error, got {other:?}"),
        }
    }
}

#[test]
fn nesting_is_limited() {
    let ok = format!("{}nsites = 1{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
    assert!(Filter::parse(&ok).is_ok());
    let deep = format!("{}nsites = 1{}", "(".repeat(MAX_DEPTH + 1), ")".repeat(MAX_DEPTH + 1));
    assert!(Filter::parse(&deep).unwrap_err().to_string().contains("levels deep"));
    let nots = "NOT (".repeat(100_000);
    assert!(Filter::parse(&nots).unwrap_err().to_string().contains("levels deep"));
}

#[test]
fn errors_display_the_query_with_a_caret_line() {
    let e = Filter::parse("nelements > 2 AND bandgap > 1.5").unwrap_err();
    assert_eq!(
        e.to_string(),
        "filter error at bytes 18..25: unknown field `bandgap`; did you mean `band_gap`?\n  \
         nelements > 2 AND bandgap > 1.5\n  \
         \x20                 ^^^^^^^"
    );
    // Multi-byte text before the span and a second line: carets count characters.
    let e = Filter::parse("prototype = \"é\" AND\n\tnsites > \"x\"").unwrap_err();
    assert!(e.to_string().ends_with("\n  \tnsites > \"x\"\n  \t         ^^^"), "{e}");
    // At the end of the input the caret sits after the text.
    let e = Filter::parse("nsites >").unwrap_err();
    assert!(e.to_string().ends_with("\n  nsites >\n          ^"), "{e}");
}

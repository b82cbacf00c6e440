//! Property tests: the parser never panics; canonical text parses back to the same tree;
//! the vectorised evaluator agrees with the reference one; pruning never skips a match;
//! `columns()` names every column evaluation reads.

use super::reference::eval_row;
use super::{batch, stats, Row};
use crate::filter::Filter;
use arrow::array::{Array, RecordBatch, RecordBatchOptions};
use arrow::datatypes::Schema;
use proptest::prelude::*;
use proptest::sample::select;
use std::sync::Arc;

/// If `text` parses, its canonical text parses to the same tree and prints identically.
fn round_trips(text: &str) -> Result<(), TestCaseError> {
    let Ok(f) = Filter::parse(text) else { return Ok(()) };
    let canonical = f.to_string();
    let g = Filter::parse(&canonical).map_err(|e| TestCaseError::fail(format!("{canonical}: {e}")))?;
    prop_assert_eq!(g.expr().without_spans(), f.expr().without_spans(), "{} -> {}", text, canonical);
    prop_assert_eq!(g.to_string(), canonical);
    Ok(())
}

const VOCABULARY: &[&str] = &[
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    "HAS",
    "ALL",
    "ANY",
    "ONLY",
    "LENGTH",
    "IS",
    "KNOWN",
    "UNKNOWN",
    "CONTAINS",
    "STARTS",
    "ENDS",
    "WITH",
    "TRUE",
    "FALSE",
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    ",",
    ":",
    ".",
    "elements",
    "nelements",
    "band_gap",
    "formula_reduced",
    "species_at_sites",
    "structure_features",
    "_mp_x",
    "nsites",
    "last_modified",
    "\"Li\"",
    "\"O\"",
    "\"Xx\"",
    "1",
    "2.5",
    "-3",
    "1e3",
    ".5",
    "\"\"",
    "and",
    "has",
    "not",
    "x",
    "Li",
    "\"open",
    "\\",
    "é",
    "\t",
    "+",
    "-",
    "1.e",
    "==",
    "!",
];

fn token_soup() -> impl Strategy<Value = String> {
    (prop::collection::vec(select(VOCABULARY), 0..24), prop::collection::vec(any::<bool>(), 24)).prop_map(
        |(toks, glue)| {
            let mut s = String::new();
            for (t, tight) in toks.iter().zip(glue) {
                s.push_str(t);
                if !tight {
                    s.push(' ');
                }
            }
            s
        },
    )
}

const ELEMENTS: [&str; 7] = ["Cl", "Cu", "Fe", "Li", "Mn", "Na", "O"];
const Z: [u8; 7] = [17, 29, 26, 3, 25, 11, 8];

fn rows() -> impl Strategy<Value = Vec<Row>> {
    let row = (
        prop::sample::subsequence(ELEMENTS.to_vec(), 1..4),
        prop::collection::vec((0..7usize, select(vec![1.0, 1.0, 0.5, 0.25])), 1..8),
        select(vec![5.0, 10.0, 12.5, 40.0, 99.0]),
        select(vec![None, Some(1), Some(225), Some(227)]),
        select(vec![None, Some(-0.0), Some(0.0), Some(0.5), Some(1.5), Some(2.0), Some(3.7), Some(f64::NAN)]),
        select(vec!["Li2O", "Fe2O3", "ClNa", "Cu", "LiMn2O4", ""]),
        select(vec![None, Some("spinel"), Some("rocksalt"), Some("")]),
    );
    prop::collection::vec(row, 0..9).prop_map(|rs| {
        rs.into_iter()
            .enumerate()
            .map(|(i, (elements, sites, volume, sg, gap, formula, proto))| Row {
                id: format!("r{i}"),
                formula_reduced: formula.to_string(),
                nelements: elements.len() as i32,
                elements: elements.iter().map(|s| s.to_string()).collect(),
                nsites: sites.len() as i32,
                species_at_sites: sites.iter().map(|(k, _)| Z[*k]).collect(),
                occupancy: sites.iter().map(|(_, o)| *o).collect(),
                volume,
                spacegroup_number: sg,
                band_gap: gap,
                prototype: proto.map(str::to_string),
            })
            .collect()
    })
}

fn op() -> impl Strategy<Value = &'static str> {
    select(vec!["=", "!=", "<", "<=", ">", ">="])
}

fn leaf() -> impl Strategy<Value = String> {
    let num_field = select(vec![
        "nelements",
        "nsites",
        "volume",
        "spacegroup_number",
        "space_group_it_number",
        "band_gap",
        "_crystaldb_band_gap",
        "volume_per_atom",
    ]);
    let number = select(vec!["-1", "0", "-0.0", "0.5", "1", "1.5", "2", "3", "10", "225", "1e3", "99.0"]);
    let str_field = select(vec!["id", "formula_reduced", "chemical_formula_reduced", "prototype"]);
    let string =
        select(vec!["\"\"", "\"Li\"", "\"Li2O\"", "\"ClNa\"", "\"spinel\"", "\"r1\"", "\"O\"", "\"Z\""]);
    let element = select(ELEMENTS.iter().map(|e| format!("\"{e}\"")).collect::<Vec<_>>());
    let item_op = select(vec!["", "= ", "!= ", "< ", "> ", "STARTS ", "ENDS WITH ", "CONTAINS "]);
    let mode = select(vec!["", "ALL ", "ANY ", "ONLY "]);
    let items = prop::collection::vec((item_op, element.clone()), 1..4)
        .prop_map(|v| v.iter().map(|(o, e)| format!("{o}{e}")).collect::<Vec<_>>());
    // Plain HAS takes one entry; ALL, ANY and ONLY a list.
    let has = |m: &str, items: &[String]| {
        if m.is_empty() {
            format!("HAS {}", items[0])
        } else {
            format!("HAS {m}{}", items.join(", "))
        }
    };
    let any_field =
        select(vec!["band_gap", "prototype", "spacegroup_number", "elements", "_mp_x", "last_modified"]);
    prop_oneof![
        (num_field.clone(), op(), number.clone()).prop_map(|(f, o, n)| format!("{f} {o} {n}")),
        (number.clone(), op(), num_field.clone()).prop_map(|(n, o, f)| format!("{n} {o} {f}")),
        (num_field.clone(), op(), num_field).prop_map(|(a, o, b)| format!("{a} {o} {b}")),
        (str_field.clone(), op(), string.clone()).prop_map(|(f, o, s)| format!("{f} {o} {s}")),
        (str_field, select(vec!["CONTAINS", "STARTS", "STARTS WITH", "ENDS", "ENDS WITH"]), string)
            .prop_map(|(f, o, s)| format!("{f} {o} {s}")),
        (any_field, any::<bool>())
            .prop_map(|(f, k)| format!("{f} IS {}", if k { "KNOWN" } else { "UNKNOWN" })),
        (mode.clone(), items).prop_map(move |(m, i)| format!("elements {}", has(m, &i))),
        (mode.clone(), prop::collection::vec(element, 1..3), select(vec!["", "< ", ">= "]), 1..30u8)
            .prop_map(move |(m, mut e, o, z)| {
                e.push(format!("{o}{z}"));
                e.rotate_right(usize::from(z % 2));
                format!("species_at_sites {}", has(m, &e))
            }),
        (mode, select(vec!["< 1", "= 1", "> 0.3", "0.5"])).prop_map(|(m, t)| format!("occupancy HAS {m}{t}")),
        select(vec![
            "structure_features HAS \"disorder\"".to_string(),
            "structure_features LENGTH 0".into(),
            "_mp_x > 1".into(),
            "_mp_flag".into(),
            "1 < 2".into(),
            "2 <= 1".into(),
            "last_modified > \"2020-01-01T00:00:00Z\"".into(),
        ]),
        (select(vec!["elements", "species_at_sites", "occupancy"]), op(), 0..9u8, any::<bool>()).prop_map(
            |(f, o, n, prefix)| if prefix {
                format!("LENGTH {f} {o} {n}")
            } else {
                format!("{f} LENGTH {o} {n}")
            }
        ),
    ]
}

fn filter_text() -> impl Strategy<Value = String> {
    leaf().prop_recursive(4, 24, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} AND {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} or {b}")),
            inner.clone().prop_map(|a| format!("NOT ({a})")),
            inner.prop_map(|a| format!("({a})")),
        ]
    })
}

/// The batch with only `columns` (and its row count).
fn project(b: &RecordBatch, columns: &[&str]) -> RecordBatch {
    let idx: Vec<usize> = columns.iter().map(|c| b.schema().index_of(c).unwrap()).collect();
    if idx.is_empty() {
        let opts = RecordBatchOptions::new().with_row_count(Some(b.num_rows()));
        return RecordBatch::try_new_with_options(Arc::new(Schema::empty()), vec![], &opts).unwrap();
    }
    b.project(&idx).unwrap()
}

proptest! {
    // 512 cases unless PROPTEST_CASES says otherwise (longer runs: PROPTEST_CASES=100000).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = Filter::parse(&text);
    }

    #[test]
    fn token_soup_never_panics_and_round_trips(text in token_soup()) {
        round_trips(&text)?;
    }

    #[test]
    fn generated_filters_round_trip_and_agree_with_the_reference(text in filter_text(), rows in rows()) {
        let f = Filter::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        round_trips(&text)?;
        let b = batch(&rows);
        let kleene = f.evaluate_kleene(&b).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        for (i, r) in rows.iter().enumerate() {
            let got = kleene.is_valid(i).then(|| kleene.value(i));
            prop_assert_eq!(got, eval_row(f.expr(), r), "{} on {:?}", text, r);
        }
        let mask = f.evaluate(&b).unwrap();
        prop_assert_eq!(mask.null_count(), 0);
        let narrow = f.evaluate(&project(&b, &f.columns())).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(&narrow, &mask, "{} reads a column that columns() omits", text);
        if !f.may_match(&stats(&rows)) {
            prop_assert_eq!(mask.true_count(), 0, "{} was pruned but matches", text);
        }
    }
}

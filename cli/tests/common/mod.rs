//! Helpers shared by the integration tests on real datasets.
#![allow(dead_code)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

/// The ids a case of `tests/expected/filters_mp20.json` expects: its `ids`, or every id of
/// `all` but its `ids_not`.
pub fn expected_ids(case: &Value, all: &BTreeSet<String>) -> BTreeSet<String> {
    match (case["ids"].as_str(), case["ids_not"].as_str()) {
        (Some(ids), _) => ids.split_whitespace().map(str::to_string).collect(),
        (None, Some(not)) => {
            let not: BTreeSet<&str> = not.split_whitespace().collect();
            all.iter().filter(|id| !not.contains(id.as_str())).cloned().collect()
        }
        _ => panic!("{}: no ids in the table", case["filter"]),
    }
}

/// Run the `crystaldb` binary.
pub fn crystaldb(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crystaldb")).args(args).output().expect("run crystaldb")
}

/// Run the `crystaldb` binary, which must succeed and print one JSON document.
pub fn json(args: &[&str]) -> Value {
    let out = crystaldb(args);
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: not one JSON document: {e}"))
}

/// Run the `crystaldb` binary, which must fail with `needle` in its stderr.
pub fn fails(args: &[&str], needle: &str) {
    let out = crystaldb(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(err.contains(needle), "{args:?}: stderr lacks {needle:?}: {err}");
}

/// Write `values` (row-major, `dim` per row) as a `float32` `.npy` file with npyz (the crate
/// the reader uses; `readers/src/vectors.rs` checks the reader against hand-made headers).
pub fn write_npy(path: &std::path::Path, dim: usize, values: &[f32]) {
    use npyz::WriterBuilder;
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let shape = [(values.len() / dim) as u64, dim as u64];
    let mut w = npyz::WriteOptions::new().default_dtype().shape(&shape).writer(file).begin_nd().unwrap();
    w.extend(values.iter().copied()).unwrap();
    w.finish().unwrap();
}

/// Element amounts of a formula, in any element order, with or without spaces, with
/// parenthesised groups: "NaCl", "Nd4 Sc4 O12", "Y(GaCo)6". `None` when it is not a formula.
pub fn parse_formula(f: &str) -> Option<BTreeMap<String, f64>> {
    let mut out = BTreeMap::new();
    let mut pos = 0;
    group(f.as_bytes(), &mut pos, 1.0, &mut out)?;
    (pos == f.len() && !out.is_empty()).then_some(out)
}

/// Parse elements and groups from `pos` up to an unmatched `)` or the end, each amount times
/// `times`.
fn group(b: &[u8], pos: &mut usize, times: f64, out: &mut BTreeMap<String, f64>) -> Option<()> {
    while *pos < b.len() {
        match b[*pos] {
            b' ' => *pos += 1,
            b')' => return Some(()),
            b'(' => {
                *pos += 1;
                let mut inner = BTreeMap::new();
                group(b, pos, 1.0, &mut inner)?;
                if b.get(*pos) != Some(&b')') {
                    return None;
                }
                *pos += 1;
                let n = number(b, pos)?;
                for (el, a) in inner {
                    *out.entry(el).or_insert(0.0) += a * n * times;
                }
            }
            c if c.is_ascii_uppercase() => {
                let start = *pos;
                *pos += 1;
                while *pos < b.len() && b[*pos].is_ascii_lowercase() {
                    *pos += 1;
                }
                let el = std::str::from_utf8(&b[start..*pos]).ok()?.to_string();
                let n = number(b, pos)?;
                *out.entry(el).or_insert(0.0) += n * times;
            }
            _ => return None,
        }
    }
    Some(())
}

/// The amount at `pos` (1 when there is none).
fn number(b: &[u8], pos: &mut usize) -> Option<f64> {
    let start = *pos;
    while *pos < b.len() && (b[*pos].is_ascii_digit() || b[*pos] == b'.') {
        *pos += 1;
    }
    if start == *pos {
        return Some(1.0);
    }
    std::str::from_utf8(&b[start..*pos]).ok()?.parse().ok()
}

/// The amounts divided by the smallest one (so that cell and reduced formulas compare).
pub fn normalised(c: &BTreeMap<String, f64>) -> BTreeMap<String, f64> {
    let min = c.values().cloned().fold(f64::INFINITY, f64::min);
    c.iter().map(|(k, v)| (k.clone(), v / min)).collect()
}

/// Whether two formulas have the same elements in the same proportions (to 1e-6).
pub fn same_proportions(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) -> bool {
    let (a, b) = (normalised(a), normalised(b));
    a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| (v - w).abs() < 1e-6))
}

/// The ids in the table of `docs/SYMMETRY.md`'s "Remaining disagreements" section: the rows
/// whose stored space group differs from Materials Project's (first cell of each table row).
pub fn documented_spacegroup_disagreements() -> BTreeSet<String> {
    let doc = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/SYMMETRY.md");
    let text = std::fs::read_to_string(&doc).unwrap_or_else(|e| panic!("{}: {e}", doc.display()));
    let section = text.split("\n## Remaining disagreements").nth(1).expect("the section in docs/SYMMETRY.md");
    let section = section.split("\n## ").next().unwrap_or_default();
    section
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|rest| rest.split('|').next())
        .map(|id| id.trim().to_string())
        .filter(|id| id != "id" && !id.starts_with("---"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_parse_in_any_order() {
        let a = parse_formula("Nd4 Sc4 O12").unwrap();
        assert_eq!(a["O"], 12.0);
        assert!(same_proportions(&a, &parse_formula("NdScO3").unwrap()));
        assert!(same_proportions(&parse_formula("NaCl").unwrap(), &parse_formula("ClNa").unwrap()));
        assert!(!same_proportions(&parse_formula("Fe2O3").unwrap(), &parse_formula("FeO").unwrap()));
        assert!(!same_proportions(&parse_formula("Fe2O3").unwrap(), &parse_formula("Fe2O3Li").unwrap()));
        let g = parse_formula("Y(GaCo)6").unwrap();
        assert_eq!((g["Y"], g["Ga"], g["Co"]), (1.0, 6.0, 6.0));
        assert_eq!(parse_formula("Li3(NiO2)4"), parse_formula("Li3Ni4O8"));
        assert_eq!(parse_formula("Ca(Zn(Si2)3)2").unwrap()["Si"], 12.0);
        assert!(parse_formula("(NH4").is_none());
        assert!(parse_formula("NH4)").is_none());
        assert!(parse_formula("nacl").is_none());
        assert!(parse_formula("").is_none());
    }
}

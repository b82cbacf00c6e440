//! Train/test splits: "which structures may the probe learn from?"
//!
//! * `random`: a seeded shuffle; the first `round(test_fraction * n)` rows are the test side.
//! * `element:X`: every structure containing element X is on the test side (held-out chemistry:
//!   the probe never sees X); the fraction is whatever X's share is.
//! * `chemsys`: whole chemical systems go to the test side, in the order of a seeded hash of
//!   their name, until at least `test_fraction` of the rows are there; no chemical system is on
//!   both sides.

use super::math::{rng, sample, shuffle, stable_hash};
use crystaldb::{Error, Result};
use serde::Serialize;
use std::collections::BTreeMap;

/// How rows are split.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub enum SplitRule {
    /// Seeded random split.
    Random,
    /// Every structure containing this element is a test row.
    Element(String),
    /// Whole chemical systems are test rows, by seeded hash, up to the test fraction.
    ChemicalSystem,
}

impl SplitRule {
    /// Parse `random`, `element:X` or `chemsys`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "random" => Ok(Self::Random),
            "chemsys" => Ok(Self::ChemicalSystem),
            _ => match s.strip_prefix("element:") {
                Some(el) if crystaldb::structure::element::atomic_number(el).is_some() => Ok(Self::Element(el.to_string())),
                _ => Err(Error::invalid(format!(
                    "unknown split {s:?} (expected \"random\", \"chemsys\" or \"element:X\" with X an element symbol)"
                ))),
            },
        }
    }
}

impl std::fmt::Display for SplitRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Random => f.write_str("random"),
            Self::Element(e) => write!(f, "element:{e}"),
            Self::ChemicalSystem => f.write_str("chemsys"),
        }
    }
}

impl From<SplitRule> for String {
    fn from(r: SplitRule) -> String {
        r.to_string()
    }
}

/// Row indices of each side, ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    /// Training rows.
    pub train: Vec<usize>,
    /// Test rows.
    pub test: Vec<usize>,
}

/// Split rows `0..chemsys.len()`: `chemsys[i]` is row i's chemical system (`"Li-O"`),
/// `elements[i]` its element symbols.
pub fn split_rows(
    rule: &SplitRule,
    chemsys: &[String],
    elements: &[Vec<String>],
    test_fraction: f64,
    seed: u64,
) -> Result<Split> {
    if !(0.0..1.0).contains(&test_fraction) || test_fraction == 0.0 {
        return Err(Error::invalid(format!("the test fraction must be in (0, 1), got {test_fraction}")));
    }
    let n = chemsys.len();
    let mut is_test = vec![false; n];
    let target = (test_fraction * n as f64).round() as usize;
    match rule {
        SplitRule::Random => {
            let mut order: Vec<usize> = (0..n).collect();
            shuffle(&mut rng(seed), &mut order);
            order.iter().take(target).for_each(|&r| is_test[r] = true);
        }
        SplitRule::Element(el) => {
            for (r, els) in elements.iter().enumerate() {
                is_test[r] = els.iter().any(|e| e == el);
            }
        }
        SplitRule::ChemicalSystem => {
            let mut systems: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for (r, c) in chemsys.iter().enumerate() {
                systems.entry(c).or_default().push(r);
            }
            let mut order: Vec<(&str, Vec<usize>)> = systems.into_iter().collect();
            order.sort_by_key(|(c, _)| (stable_hash(seed, c), c.to_string()));
            let mut taken = 0;
            for (_, rows) in order {
                if taken >= target {
                    break;
                }
                taken += rows.len();
                rows.into_iter().for_each(|r| is_test[r] = true);
            }
        }
    }
    let (test, train): (Vec<usize>, Vec<usize>) = (0..n).partition(|&r| is_test[r]);
    Ok(Split { train, test })
}

/// At most `budget` training rows, a seeded sample (the label budget of the small-data regime).
pub fn with_budget(split: &Split, budget: Option<usize>, seed: u64) -> Split {
    match budget {
        Some(b) if b < split.train.len() => Split {
            train: sample(split.train.len(), b, seed).into_iter().map(|i| split.train[i]).collect(),
            test: split.test.clone(),
        },
        _ => split.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> (Vec<String>, Vec<Vec<String>>) {
        let systems = ["Li-O", "Fe-O", "Na-Cl", "Li-Fe-O", "Si", "Ga-As", "Cu-Zn", "Al-N"];
        let chemsys: Vec<String> =
            (0..200).map(|i| systems[(i * 7 + i / 3) % systems.len()].to_string()).collect();
        let elements = chemsys.iter().map(|c| c.split('-').map(String::from).collect()).collect();
        (chemsys, elements)
    }

    #[test]
    fn rules_put_the_right_rows_on_the_test_side() {
        let (chemsys, elements) = corpus();
        let r = split_rows(&SplitRule::Random, &chemsys, &elements, 0.25, 1).unwrap();
        assert_eq!((r.train.len(), r.test.len()), (150, 50));
        assert_eq!(r, split_rows(&SplitRule::Random, &chemsys, &elements, 0.25, 1).unwrap(), "seeded");
        let li = split_rows(&SplitRule::parse("element:Li").unwrap(), &chemsys, &elements, 0.2, 1).unwrap();
        assert!(li.test.iter().all(|&i| elements[i].contains(&"Li".to_string())));
        assert!(li.train.iter().all(|&i| !elements[i].contains(&"Li".to_string())));
        let cs = split_rows(&SplitRule::ChemicalSystem, &chemsys, &elements, 0.3, 5).unwrap();
        assert!(cs.test.len() >= 60);
        let test_systems: std::collections::HashSet<&str> =
            cs.test.iter().map(|&i| chemsys[i].as_str()).collect();
        assert!(
            cs.train.iter().all(|&i| !test_systems.contains(chemsys[i].as_str())),
            "no system on both sides"
        );
        let b = with_budget(&cs, Some(10), 3);
        assert_eq!(b.train.len(), 10);
        assert!(b.train.iter().all(|r| cs.train.contains(r)));
        assert_eq!(b.test, cs.test);
        assert!(SplitRule::parse("element:Qq").is_err() && SplitRule::parse("time").is_err());
        assert!(split_rows(&SplitRule::Random, &chemsys, &elements, 1.0, 0).is_err());
    }
}

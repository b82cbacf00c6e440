//! Composition and formulas (OPTIMADE conventions).

use super::element;
use super::Site;
use std::collections::BTreeMap;

/// Amount of each element (by Z) in a cell, occupancy-weighted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Composition {
    amounts: BTreeMap<u8, f64>,
}

const INT_TOL: f64 = 1e-3;

impl Composition {
    /// Composition of a list of site rows.
    pub fn from_sites(sites: &[Site]) -> Self {
        let mut amounts = BTreeMap::new();
        for s in sites {
            *amounts.entry(s.z).or_insert(0.0) += s.occupancy;
        }
        Self { amounts }
    }

    /// Composition from (Z, amount) pairs.
    pub fn from_amounts(pairs: impl IntoIterator<Item = (u8, f64)>) -> Self {
        let mut amounts = BTreeMap::new();
        for (z, a) in pairs {
            *amounts.entry(z).or_insert(0.0) += a;
        }
        Self { amounts }
    }

    /// Composition of a written formula without brackets ("LiCoO2", "Fe2O3", "Li0.5CoO2"): element
    /// symbols each followed by an optional amount (1 when absent). `None` for anything else.
    pub fn parse_formula(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let mut pairs = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_uppercase() {
                return None;
            }
            let start = i;
            i += 1;
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            let z = element::atomic_number(&text[start..i])?;
            let num = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            let amount = if num == i { 1.0 } else { text[num..i].parse::<f64>().ok()? };
            if !(amount > 0.0 && amount.is_finite()) {
                return None;
            }
            pairs.push((z, amount));
        }
        (!pairs.is_empty()).then(|| Self::from_amounts(pairs))
    }

    /// (Z, amount) in increasing Z.
    pub fn amounts(&self) -> impl Iterator<Item = (u8, f64)> + '_ {
        self.amounts.iter().map(|(&z, &a)| (z, a))
    }

    /// Amount of element `z`.
    pub fn amount(&self, z: u8) -> f64 {
        self.amounts.get(&z).copied().unwrap_or(0.0)
    }

    /// Total amount (number of atoms in the cell).
    pub fn total(&self) -> f64 {
        self.amounts.values().sum()
    }

    /// Element symbols in alphabetical order (OPTIMADE `elements`).
    pub fn elements(&self) -> Vec<String> {
        let mut v: Vec<String> = self.amounts.keys().map(|&z| sym(z).to_string()).collect();
        v.sort();
        v
    }

    /// Number of distinct elements.
    pub fn nelements(&self) -> usize {
        self.amounts.len()
    }

    /// Chemical system: alphabetical symbols joined by "-" ("Li-O").
    pub fn chemsys(&self) -> String {
        self.elements().join("-")
    }

    /// Amounts divided by their greatest common divisor when all are integers
    /// (within 1e-3); otherwise the amounts as they are.
    pub fn reduced_amounts(&self) -> Vec<(u8, f64)> {
        let ints: Option<Vec<u64>> = self
            .amounts
            .values()
            .map(|&a| {
                let r = a.round();
                ((a - r).abs() < INT_TOL && r >= 1.0).then_some(r as u64)
            })
            .collect();
        match ints {
            Some(ints) => {
                let g = ints.iter().copied().fold(0, gcd).max(1);
                self.amounts.keys().zip(ints).map(|(&z, n)| (z, (n / g) as f64)).collect()
            }
            None => self.amounts.iter().map(|(&z, &a)| (z, a)).collect(),
        }
    }

    /// Reduced formula, elements in alphabetical order, amounts of 1 omitted
    /// (OPTIMADE `chemical_formula_reduced`): "Fe2O3", "ClNa".
    pub fn reduced_formula(&self) -> String {
        let mut pairs: Vec<(&'static str, f64)> =
            self.reduced_amounts().into_iter().map(|(z, a)| (sym(z), a)).collect();
        pairs.sort_by(|a, b| a.0.cmp(b.0));
        write_formula(pairs)
    }

    /// Anonymous formula (OPTIMADE `chemical_formula_anonymous`): reduced amounts in
    /// decreasing order labelled A, B, C, ..., Z, Aa, Ba, ...: "A2B3".
    pub fn anonymous_formula(&self) -> String {
        let mut amounts: Vec<f64> = self.reduced_amounts().into_iter().map(|(_, a)| a).collect();
        amounts.sort_by(|a, b| b.total_cmp(a));
        let labels: Vec<String> = (0..amounts.len()).map(anonymous_label).collect();
        let mut s = String::new();
        for (label, a) in labels.iter().zip(amounts) {
            s.push_str(label);
            push_amount(&mut s, a);
        }
        s
    }

    /// Hill formula of the cell (C first, then H, then alphabetical; without C all alphabetical),
    /// not reduced.
    pub fn hill_formula(&self) -> String {
        let mut pairs: Vec<(&'static str, f64)> = self.amounts.iter().map(|(&z, &a)| (sym(z), a)).collect();
        let has_c = self.amounts.contains_key(&6);
        pairs.sort_by(|a, b| {
            let key = |s: &str| -> (u8, String) {
                match (has_c, s) {
                    (true, "C") => (0, String::new()),
                    (true, "H") => (1, String::new()),
                    _ => (2, s.to_string()),
                }
            };
            key(a.0).cmp(&key(b.0))
        });
        write_formula(pairs)
    }
}

fn sym(z: u8) -> &'static str {
    element::symbol(z).unwrap_or("X")
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn anonymous_label(i: usize) -> String {
    let first = (b'A' + (i % 26) as u8) as char;
    if i < 26 {
        first.to_string()
    } else {
        let second = (b'a' + ((i / 26 - 1) % 26) as u8) as char;
        format!("{first}{second}")
    }
}

fn write_formula(pairs: Vec<(&str, f64)>) -> String {
    let mut s = String::new();
    for (e, a) in pairs {
        s.push_str(e);
        push_amount(&mut s, a);
    }
    s
}

fn push_amount(s: &mut String, a: f64) {
    let r = a.round();
    if (a - r).abs() < INT_TOL {
        if r as i64 != 1 {
            s.push_str(&format!("{}", r as i64));
        }
    } else {
        let t = format!("{a:.4}");
        s.push_str(t.trim_end_matches('0').trim_end_matches('.'));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comp(p: &[(&str, f64)]) -> Composition {
        Composition::from_amounts(p.iter().map(|(e, a)| (element::atomic_number(e).unwrap(), *a)))
    }

    #[test]
    fn written_formulas_parse_to_their_composition() {
        let parsed = |t: &str| Composition::parse_formula(t).map(|c| c.reduced_formula());
        assert_eq!(parsed("LiCoO2").as_deref(), Some("CoLiO2"));
        assert_eq!(parsed("Fe4O6").as_deref(), Some("Fe2O3"));
        assert_eq!(
            Composition::parse_formula("Li0.5CoO2"),
            Some(comp(&[("Li", 0.5), ("Co", 1.0), ("O", 2.0)]))
        );
        for bad in ["", "licoo2", "Xx2", "Fe(OH)2", "Fe 2", "O0", "Fe2O3-"] {
            assert_eq!(Composition::parse_formula(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn formulas() {
        let c = comp(&[("Fe", 4.0), ("O", 6.0)]);
        assert_eq!(c.reduced_formula(), "Fe2O3");
        assert_eq!(c.anonymous_formula(), "A3B2");
        assert_eq!(c.hill_formula(), "Fe4O6");
        assert_eq!(c.chemsys(), "Fe-O");
        let c = comp(&[("Na", 4.0), ("Cl", 4.0)]);
        assert_eq!(c.reduced_formula(), "ClNa");
        assert_eq!(c.anonymous_formula(), "AB");
        let c = comp(&[("O", 2.0), ("C", 1.0), ("H", 4.0), ("N", 1.0)]);
        assert_eq!(c.hill_formula(), "CH4NO2");
        let c = comp(&[("Li", 1.0), ("Ba", 2.0), ("C", 3.0)]);
        assert_eq!(c.elements(), vec!["Ba", "C", "Li"]);
        assert_eq!(c.hill_formula(), "C3Ba2Li");
    }

    #[test]
    fn partial_occupancy_formula() {
        let c = comp(&[("Fe", 0.5), ("Ni", 0.5)]);
        assert_eq!(c.reduced_formula(), "Fe0.5Ni0.5");
        assert_eq!(c.anonymous_formula(), "A0.5B0.5");
    }

    #[test]
    fn anonymous_labels_beyond_z() {
        assert_eq!(anonymous_label(0), "A");
        assert_eq!(anonymous_label(25), "Z");
        assert_eq!(anonymous_label(26), "Aa");
        assert_eq!(anonymous_label(27), "Ba");
        assert_eq!(anonymous_label(52), "Ab");
    }
}

//! Magpie composition statistics (encoder `magpie`), as matminer's
//! `ElementProperty.from_preset("magpie")`.
//!
//! For each of 22 element properties ([`PROPERTIES`], matminer's order) and each of 6 statistics
//! ([`STATS`]) over the elements of the composition, weighted by their fractions, property-major:
//! feature `6 p + s` is statistic `s` of property `p` (matminer's label
//! `"MagpieData {stat} {property}"`). With Magpie's own tables (`element_table=DIR`) this is
//! matminer's 132-long vector feature for feature; the built-in table (the default) has only the
//! properties that well-kept Rust crates provide, see [`ElementTable::builtin`].
//!
//! Statistics (matminer's `PropertyStats`, with `x` the element values and `w` the fractions):
//! `minimum`, `maximum`, `range = max - min`, `mean = Σ w x`, `avg_dev = Σ w |x - mean|` and
//! `mode`: the smallest value among the elements whose fraction is within
//! `1e-8 + 1e-5 · max(w)` of the largest (numpy's `isclose`). matminer weighs by the element
//! amounts of the composition and normalises; we use the fractions, which is the same except that
//! `mode`'s absolute `1e-8` tolerance then does not scale with the cell size (so a supercell can
//! never change the mode).
//!
//! Missing element values (`Missing`, an empty line, no line) are replaced, as matminer does by
//! default (`impute_nan=True`), by the mean of the property over the elements Z = 1..=118 that
//! have a value. Partially occupied sites count with their occupancy.

use super::params::Params;
use super::{encode_parallel, hex, Encoder, EncoderSpec, Metric};
use crate::error::{Error, Result};
use crate::structure::element::MAX_Z;
use crate::structure::{Composition, Structure};
use elements_rs::{CovalentRadius, Electronegativity};
use mendeleev::{Element as MElement, SubshellLabel};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Registry name.
pub const NAME: &str = "magpie";
/// Parameters accepted by [`MagpieEncoder::from_params`].
pub const PARAMETERS: &[&str] = &["element_table"];

/// Registry entry (registered by the core itself).
pub const FACTORY: super::EncoderFactory = super::EncoderFactory {
    name: NAME,
    parameters: PARAMETERS,
    build: |params, _| Ok(Box::new(MagpieEncoder::from_params(params)?)),
    random_init: None,
};

/// Version of this encoder's code (bumped when the output changes for the same parameters).
pub const CODE_VERSION: u32 = 1;

/// The 22 properties of matminer's magpie preset, in its order.
pub const PROPERTIES: [&str; 22] = [
    "Number",
    "MendeleevNumber",
    "AtomicWeight",
    "MeltingT",
    "Column",
    "Row",
    "CovalentRadius",
    "Electronegativity",
    "NsValence",
    "NpValence",
    "NdValence",
    "NfValence",
    "NValence",
    "NsUnfilled",
    "NpUnfilled",
    "NdUnfilled",
    "NfUnfilled",
    "NUnfilled",
    "GSvolume_pa",
    "GSbandgap",
    "GSmagmom",
    "SpaceGroupNumber",
];

/// The 6 statistics of matminer's magpie preset, in its order.
pub const STATS: [&str; 6] = ["minimum", "maximum", "range", "mean", "avg_dev", "mode"];

/// The properties of [`PROPERTIES`] that the built-in table has (17 of 22, in the same order):
/// all but `MendeleevNumber` (Pettifor's scale) and the four OQMD DFT ground-state properties
/// (`GSvolume_pa`, `GSbandgap`, `GSmagmom`, `SpaceGroupNumber`), which no Rust crate provides.
pub const BUILTIN_PROPERTIES: [&str; 17] = [
    "Number",
    "AtomicWeight",
    "MeltingT",
    "Column",
    "Row",
    "CovalentRadius",
    "Electronegativity",
    "NsValence",
    "NpValence",
    "NdValence",
    "NfValence",
    "NValence",
    "NsUnfilled",
    "NpUnfilled",
    "NdUnfilled",
    "NfUnfilled",
    "NUnfilled",
];

/// Element values for a list of properties, for Z = 1..=118, missing values imputed.
#[derive(Debug, Clone, PartialEq)]
pub struct ElementTable {
    properties: Vec<&'static str>,
    /// `values[p][z - 1]`.
    values: Vec<Vec<f64>>,
    source: String,
}

impl ElementTable {
    /// The table compiled into the crate ([`BUILTIN_PROPERTIES`], 17 properties, 102 features).
    ///
    /// Sources, and how they differ from Magpie's tables:
    /// * `Number`, `Row` (period): the `mendeleev` crate; identical.
    /// * `AtomicWeight`: `mendeleev` (CIAAW standard weights; mass number of the most stable
    ///   isotope where there is none): within 0.1 % for Z ≤ 94, larger for some heavy elements.
    /// * `MeltingT` (K): `mendeleev`; some values differ (e.g. it has none for C, As, He, which are
    ///   imputed).
    /// * `Column`: `mendeleev`'s group; lanthanides and actinides, which it gives no group, are 3
    ///   as in Magpie.
    /// * `CovalentRadius` (pm, Cordero 2008) and `Electronegativity` (Pauling): the `elements_rs`
    ///   crate, the same sources as Magpie.
    /// * `N{s,p,d,f}Valence`, `NValence`: electrons in the subshells outside the noble-gas core of
    ///   `mendeleev`'s ground-state configuration (so Ga has 10 d and Pb 14 f electrons, as in
    ///   Magpie); `N{s,p,d,f}Unfilled` = empty places in a partly or fully occupied subshell
    ///   (2 − Ns if Ns > 0, 6 − Np, 10 − Nd, 14 − Nf likewise), `NUnfilled` their sum.
    ///
    /// A test (`builtin_table_against_magpie`) lists every element where a built-in value differs
    /// from Magpie's table.
    pub fn builtin() -> Self {
        let props: Vec<&'static str> = BUILTIN_PROPERTIES.to_vec();
        let mut values = vec![vec![f64::NAN; MAX_Z as usize]; props.len()];
        for (zi, e) in MElement::list().iter().enumerate().take(MAX_Z as usize) {
            let z = zi as u8 + 1;
            let ex = elements_rs::Element::try_from(z).ok();
            let mut n = [0.0f64; 4];
            for sub in e.electronic_configuration().valence_subshells {
                let k = match sub.subshell_label {
                    SubshellLabel::S => 0,
                    SubshellLabel::P => 1,
                    SubshellLabel::D => 2,
                    SubshellLabel::F => 3,
                    SubshellLabel::G => continue,
                };
                n[k] += f64::from(sub.number_of_electrons);
            }
            let capacity = [2.0, 6.0, 10.0, 14.0];
            let unfilled: Vec<f64> =
                (0..4).map(|k| if n[k] > 0.0 { capacity[k] - n[k] } else { 0.0 }).collect();
            for (p, name) in props.iter().enumerate() {
                let v = match *name {
                    "Number" => Some(f64::from(z)),
                    "AtomicWeight" => Some(f64::from(e.atomic_weight())),
                    "MeltingT" => e.melting_point().map(|k| k.0),
                    "Column" => Some(e.group().map_or(3.0, |g| f64::from(g.group_number()))),
                    "Row" => Some(f64::from(e.period())),
                    "CovalentRadius" => {
                        ex.and_then(|x| x.cordero_covalent_radius()).map(|a| (a * 100.0).round())
                    }
                    "Electronegativity" => ex.and_then(|x| x.pauling_electronegativity()),
                    "NsValence" => Some(n[0]),
                    "NpValence" => Some(n[1]),
                    "NdValence" => Some(n[2]),
                    "NfValence" => Some(n[3]),
                    "NValence" => Some(n.iter().sum()),
                    "NsUnfilled" => Some(unfilled[0]),
                    "NpUnfilled" => Some(unfilled[1]),
                    "NdUnfilled" => Some(unfilled[2]),
                    "NfUnfilled" => Some(unfilled[3]),
                    "NUnfilled" => Some(unfilled.iter().sum()),
                    _ => None,
                };
                values[p][zi] = v.unwrap_or(f64::NAN);
            }
        }
        for column in &mut values {
            impute_mean(column);
        }
        Self { properties: props, values, source: "builtin".to_string() }
    }

    /// The 22 [`PROPERTIES`] from Magpie's `.table` files in `dir` (`Number.table`, ...), read as
    /// matminer's `MagpieData` reads them: line `i` (from 1) is element Z = i; a value that does
    /// not parse as a number (`Missing`, an empty line) or a missing line is missing; missing
    /// values are replaced by the mean of the property over Z = 1..=118.
    pub fn from_magpie_dir(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::invalid(format!(
                "magpie element table directory {} does not exist",
                dir.display()
            )));
        }
        let mut values = Vec::with_capacity(PROPERTIES.len());
        for name in PROPERTIES {
            let path = dir.join(format!("{name}.table"));
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            let mut column = parse_magpie_table(&text);
            // `inf` and `1e309` parse; imputed into the mean they would make every vector
            // non-finite far from this file, so they are refused here, with the line.
            if let Some(i) = column.iter().position(|v| v.is_infinite()) {
                return Err(Error::invalid(format!(
                    "{}: line {} (Z = {}): the value is not finite",
                    path.display(),
                    i + 1,
                    i + 1
                )));
            }
            impute_mean(&mut column);
            if column.iter().any(|v| v.is_nan()) {
                return Err(Error::invalid(format!("{}: no element has a value", path.display())));
            }
            values.push(column);
        }
        Ok(Self { properties: PROPERTIES.to_vec(), values, source: "magpie_files".to_string() })
    }

    /// The properties, in feature order.
    pub fn properties(&self) -> &[&'static str] {
        &self.properties
    }

    /// Where the values came from: `"builtin"` or `"magpie_files"`.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Value of property number `p` (index into [`Self::properties`]) for element `z`
    /// (1..=118), after imputation.
    pub fn value(&self, p: usize, z: u8) -> f64 {
        self.values[p][z as usize - 1]
    }

    /// SHA-256 (hex) of the table as used: each property name, then its 118 values as
    /// little-endian `f64`.
    pub fn checksum(&self) -> String {
        let mut h = Sha256::new();
        for (name, column) in self.properties.iter().zip(&self.values) {
            h.update(name.as_bytes());
            h.update([0u8]);
            for v in column {
                h.update(v.to_le_bytes());
            }
        }
        hex(&h.finalize())
    }
}

/// One Magpie `.table` file: 118 values (Z = 1..=118), NaN where the line is missing or does
/// not parse as a number after trimming whitespace.
pub fn parse_magpie_table(text: &str) -> Vec<f64> {
    let mut lines = text.lines();
    (0..MAX_Z).map(|_| lines.next().and_then(|l| l.trim().parse::<f64>().ok()).unwrap_or(f64::NAN)).collect()
}

/// Replace NaNs by the mean of the other values (numpy's `nanmean`); all-NaN stays NaN.
fn impute_mean(column: &mut [f64]) {
    let known: Vec<f64> = column.iter().copied().filter(|v| !v.is_nan()).collect();
    if known.is_empty() {
        return;
    }
    let mean = known.iter().sum::<f64>() / known.len() as f64;
    for v in column.iter_mut().filter(|v| v.is_nan()) {
        *v = mean;
    }
}

/// The `magpie` encoder. Composition only: polymorphs have equal vectors.
///
/// Parameters: `element_table` = `builtin` (default) or a directory holding Magpie's `.table`
/// files (e.g. matminer's `utils/data_files/magpie_elementdata`).
#[derive(Debug, Clone)]
pub struct MagpieEncoder {
    table: Arc<ElementTable>,
    checksum: String,
}

impl MagpieEncoder {
    /// An encoder over `table`.
    pub fn new(table: ElementTable) -> Self {
        let checksum = table.checksum();
        Self { table: Arc::new(table), checksum }
    }

    /// The encoder with the built-in table.
    pub fn builtin() -> Self {
        Self::new(ElementTable::builtin())
    }

    /// Build from string parameters (see the type's documentation).
    pub fn from_params(params: &BTreeMap<String, String>) -> Result<Self> {
        let p = Params::new(NAME, params, PARAMETERS)?;
        match p.raw("element_table") {
            None | Some("builtin") => Ok(Self::builtin()),
            Some("") => Err(p.bad("element_table", "", "\"builtin\" or a directory of Magpie .table files")),
            Some(dir) => {
                let dir = PathBuf::from(dir);
                Ok(Self::new(ElementTable::from_magpie_dir(&dir).map_err(|e| {
                    Error::invalid(format!("encoder {NAME}: parameter element_table={}: {e}", dir.display()))
                })?))
            }
        }
    }

    /// The element table in use.
    pub fn table(&self) -> &ElementTable {
        &self.table
    }

    /// Vector length: 6 per property.
    pub fn dim(&self) -> usize {
        self.table.properties().len() * STATS.len()
    }

    /// matminer's feature labels, `"MagpieData {stat} {property}"`, in feature order.
    pub fn feature_labels(&self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.dim());
        for p in self.table.properties() {
            for s in STATS {
                out.push(format!("MagpieData {s} {p}"));
            }
        }
        out
    }

    /// The features of a composition, in `f64`.
    pub fn featurize_composition(&self, comp: &Composition) -> Result<Vec<f64>> {
        if let Some((z, a)) = comp.amounts().find(|&(_, a)| !(a.is_finite() && a >= 0.0)) {
            return Err(Error::invalid(format!("amount {a} of Z={z} is not a finite number >= 0")));
        }
        let pairs: Vec<(u8, f64)> = comp.amounts().filter(|&(_, a)| a > 0.0).collect();
        if let Some(&(z, _)) = pairs.iter().find(|&&(z, _)| z == 0 || z > MAX_Z) {
            return Err(Error::invalid(format!("unknown element Z={z}")));
        }
        let total: f64 = pairs.iter().map(|&(_, a)| a).sum();
        if pairs.is_empty() || total <= 0.0 {
            return Err(Error::invalid("empty composition"));
        }
        let w: Vec<f64> = pairs.iter().map(|&(_, a)| a / total).collect();
        let wmax = w.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mode_tol = 1e-8 + 1e-5 * wmax.abs();
        let mut out = Vec::with_capacity(self.dim());
        let mut x = Vec::with_capacity(pairs.len());
        for p in 0..self.table.properties().len() {
            x.clear();
            x.extend(pairs.iter().map(|&(z, _)| self.table.value(p, z)));
            let min = x.iter().copied().fold(f64::INFINITY, f64::min);
            let max = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mean: f64 = x.iter().zip(&w).map(|(x, w)| x * w).sum();
            let avg_dev: f64 = x.iter().zip(&w).map(|(x, w)| (x - mean).abs() * w).sum();
            let mode = x
                .iter()
                .zip(&w)
                .filter(|(_, &w)| (w - wmax).abs() <= mode_tol)
                .map(|(&x, _)| x)
                .fold(f64::INFINITY, f64::min);
            out.extend_from_slice(&[min, max, max - min, mean, avg_dev, mode]);
        }
        Ok(out)
    }
}

impl Encoder for MagpieEncoder {
    fn spec(&self) -> EncoderSpec {
        let mut params = serde_json::Map::new();
        params.insert("element_table".into(), json!(self.table.source()));
        params.insert("properties".into(), json!(self.table.properties()));
        params.insert("stats".into(), json!(STATS));
        EncoderSpec::new(NAME, CODE_VERSION, params, Some(self.checksum.clone()), self.dim(), Metric::L2)
    }

    fn structure_aware(&self) -> bool {
        false
    }

    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
        encode_parallel(NAME, batch, |s| {
            Ok(self.featurize_composition(&s.composition())?.into_iter().map(|v| v as f32).collect())
        })
    }

    /// The 132 features range from tenths (electronegativity deviations) to hundreds of
    /// kelvin (melting temperatures): raw, a few features decide every distance.
    fn default_normalization(&self) -> crate::embedding::Normalization {
        crate::embedding::Normalization::Zscore
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::element;

    fn comp(p: &[(&str, f64)]) -> Composition {
        Composition::from_amounts(p.iter().map(|(e, a)| (element::atomic_number(e).unwrap(), *a)))
    }

    #[test]
    fn builtin_table_shape_and_values() {
        let t = ElementTable::builtin();
        assert_eq!(t.properties().len(), 17);
        let idx = |name: &str| t.properties().iter().position(|p| *p == name).unwrap();
        // Fe: [Ar] 3d6 4s2.
        assert_eq!(t.value(idx("Number"), 26), 26.0);
        assert_eq!(t.value(idx("NdValence"), 26), 6.0);
        assert_eq!(t.value(idx("NdUnfilled"), 26), 4.0);
        assert_eq!(t.value(idx("NsUnfilled"), 26), 0.0);
        assert_eq!(t.value(idx("NValence"), 26), 8.0);
        assert_eq!(t.value(idx("Column"), 26), 8.0);
        assert_eq!(t.value(idx("Row"), 26), 4.0);
        assert_eq!(t.value(idx("CovalentRadius"), 26), 132.0);
        assert_eq!(t.value(idx("Electronegativity"), 26), 1.83);
        // Ga keeps its full 3d shell as valence, as in Magpie; Ce is in column 3.
        assert_eq!(t.value(idx("NdValence"), 31), 10.0);
        assert_eq!(t.value(idx("NValence"), 31), 13.0);
        assert_eq!(t.value(idx("Column"), 58), 3.0);
        // He has no Pauling electronegativity: imputed with the mean, as matminer does.
        let en = idx("Electronegativity");
        let known: Vec<f64> = (1..=MAX_Z)
            .filter_map(|z| elements_rs::Element::try_from(z).ok()?.pauling_electronegativity())
            .collect();
        let mean = known.iter().sum::<f64>() / known.len() as f64;
        assert!((t.value(en, 2) - mean).abs() < 1e-12);
        for p in 0..t.properties().len() {
            for z in 1..=MAX_Z {
                assert!(t.value(p, z).is_finite(), "{} of Z={z}", t.properties()[p]);
            }
        }
    }

    #[test]
    fn statistics_follow_matminer() {
        let enc = MagpieEncoder::builtin();
        // Fe2O3: fractions 0.4, 0.6.
        let f = enc.featurize_composition(&comp(&[("Fe", 4.0), ("O", 6.0)])).unwrap();
        let number = &f[0..6];
        let mean = 0.4 * 26.0 + 0.6 * 8.0;
        let avg_dev = 0.4 * (26.0 - mean) + 0.6 * (mean - 8.0);
        let want = [8.0, 26.0, 18.0, mean, avg_dev, 8.0];
        for (a, b) in number.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{number:?} vs {want:?}");
        }
        // A tie in the largest fraction: mode is the smaller value.
        let f = enc.featurize_composition(&comp(&[("Na", 1.0), ("Cl", 1.0)])).unwrap();
        assert_eq!(f[5], 11.0);
        // One element: min = max = mean = mode, range = avg_dev = 0.
        let f = enc.featurize_composition(&comp(&[("Si", 8.0)])).unwrap();
        assert_eq!(&f[0..6], &[14.0, 14.0, 0.0, 14.0, 0.0, 14.0]);
        assert_eq!(enc.feature_labels()[3], "MagpieData mean Number");
        assert_eq!(enc.feature_labels().len(), enc.dim());
        assert_eq!(enc.dim(), 102);
    }

    #[test]
    fn partial_occupancy_uses_occupancy_weighted_fractions() {
        let enc = MagpieEncoder::builtin();
        let a = enc.featurize_composition(&comp(&[("Fe", 0.5), ("Ni", 0.5), ("O", 1.0)])).unwrap();
        let b = enc.featurize_composition(&comp(&[("Fe", 1.0), ("Ni", 1.0), ("O", 2.0)])).unwrap();
        assert_eq!(a, b);
        assert!(enc.featurize_composition(&Composition::default()).is_err());
        assert!(enc.featurize_composition(&Composition::from_amounts([(26, f64::NAN)])).is_err());
        assert!(enc.featurize_composition(&Composition::from_amounts([(0, 1.0)])).is_err());
    }

    #[test]
    fn infinite_table_values_are_errors_naming_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Number.table"), "1\n2\n1e309\n4\n").unwrap();
        let e = ElementTable::from_magpie_dir(dir.path()).unwrap_err().to_string();
        assert!(e.contains("Number.table: line 3 (Z = 3): the value is not finite"), "{e}");
    }

    #[test]
    fn table_file_parsing_matches_matminer() {
        let v = parse_magpie_table(" 1.5 \nMissing\n\n2.25333333333E-05\n");
        assert_eq!(v.len(), 118);
        assert_eq!(v[0], 1.5);
        assert!(v[1].is_nan() && v[2].is_nan());
        assert_eq!(v[3], 2.25333333333e-5);
        assert!(v[4..].iter().all(|x| x.is_nan()));
        let mut v = v;
        impute_mean(&mut v);
        assert!((v[1] - (1.5 + 2.25333333333e-5) / 2.0).abs() < 1e-15);
    }

    /// Lists where the built-in table differs from Magpie's own, and checks the properties that
    /// must be identical: Number, Column, Row, CovalentRadius and the ten electron counts for
    /// Z = 1..=112; Electronegativity except where `elements_rs` has no value.
    #[test]
    fn builtin_table_against_magpie() {
        let Some(data) = crate::testdata::require("builtin_table_against_magpie") else {
            return;
        };
        let magpie = ElementTable::from_magpie_dir(&data.join("elements/magpie_elementdata")).unwrap();
        let builtin = ElementTable::builtin();
        for (p, name) in builtin.properties().iter().enumerate() {
            let q = PROPERTIES.iter().position(|x| x == name).unwrap();
            let diffs: Vec<String> = (1..=112u8)
                .filter(|&z| {
                    let (a, b) = (builtin.value(p, z), magpie.value(q, z));
                    (a - b).abs() > 1e-6 * b.abs().max(1.0)
                })
                .map(|z| {
                    format!("{}:{}/{}", element::symbol(z).unwrap(), builtin.value(p, z), magpie.value(q, z))
                })
                .collect();
            eprintln!("{name}: {} of 112 differ (builtin/magpie): {}", diffs.len(), diffs.join(" "));
            match *name {
                "AtomicWeight" | "MeltingT" => {}
                "Electronegativity" => {
                    let missing = ["He", "Ne", "Ar", "Pm", "Eu", "Tb", "Yb", "Rn", "Lr"];
                    for d in &diffs {
                        let sym = d.split(':').next().unwrap();
                        let z = element::atomic_number(sym).unwrap();
                        assert!(missing.contains(&sym) || z >= 104, "{name}: {d}");
                    }
                }
                _ => assert!(diffs.is_empty(), "{name}: {diffs:?}"),
            }
        }
    }
}

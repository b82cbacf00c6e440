//! Element-weighted atom-centred symmetry functions (encoder `acsf`).
//!
//! Behler–Parrinello symmetry functions with a compact species basis: instead of one channel
//! per element (or element pair), each neighbour contributes with a few element weights
//! (weighted ACSF, Gastegger et al., J. Chem. Phys. 148, 241709 (2018)), so the dimension is the
//! same across the periodic table. For a site i with neighbours j, k within the cutoff `r_c`
//! (periodic images included), `f_c(r) = ½ (cos(π r / r_c) + 1)` and channel weights `w_c(Z)`:
//!
//! * `G1_c = Σ_j w_c(j) f_c(r_ij)`
//! * `G2_{c,m} = Σ_j w_c(j) exp(-η_m (r_ij - R_m)²) f_c(r_ij)`, with `R_m = r_c (m + 1) / (n + 1)`
//!   (m = 0..n) and `η_m = 1 / (2 Δ²)`, `Δ = r_c / (n + 1)`
//! * `G4_{ab,ζ,λ} = Σ_{j<k} ½ (w_a(j) w_b(k) + w_b(j) w_a(k)) · 2^(1-ζ) (1 + λ cos θ_jik)^ζ
//!   · exp(-η (r_ij² + r_ik² + r_jk²)) f_c(r_ij) f_c(r_ik) f_c(r_jk)` for channel pairs a ≤ b,
//!   ζ = 1, 2, 4, ... (`n_angular` of them), λ = +1, −1; pairs with r_jk > r_c are left out.
//!
//! These are dscribe's G1, G2 and G4 (its G4 also sums over unordered pairs j < k): with the
//! single weight `one`, `G1`, `G2` and `G4` are dscribe's values summed over its species
//! channels. Each neighbour also counts with its occupancy; rows of one disordered site (pairs
//! closer than 10⁻³ Å, the validator's same-site tolerance) are not neighbours of each other. The structure's vector is the mean of
//! the site vectors weighted by occupancy (`pool=mean`), optionally followed by their
//! (population) standard deviation (`pool=mean_std`); both are unchanged by supercells.
//!
//! Per-site layout: for each channel c, `[G1_c, G2_{c,0..n}]`; then for each channel pair
//! (a, b), a ≤ b in order (0,0), (0,1), ..., (1,1), ...: for each ζ: `[G4(λ=+1), G4(λ=−1)]`.

use super::magpie::ElementTable;
use super::params::Params;
use super::{encode_parallel, Encoder, EncoderSpec, Metric};
use crate::error::{Error, Result};
use crate::structure::element::MAX_Z;
use crate::structure::{neighbor_list, Structure};
use serde_json::json;
use std::collections::BTreeMap;

/// Registry name.
pub const NAME: &str = "acsf";
/// Parameters accepted by [`AcsfEncoder::from_params`].
pub const PARAMETERS: &[&str] = &["cutoff", "n_radial", "n_angular", "angular_eta", "species", "pool"];

/// Registry entry (registered by the core itself).
pub const FACTORY: super::EncoderFactory = super::EncoderFactory {
    name: NAME,
    parameters: PARAMETERS,
    build: |params, _| Ok(Box::new(AcsfEncoder::from_params(params)?)),
    random_init: None,
};

/// Version of this encoder's code (bumped when the output changes for the same parameters).
pub const CODE_VERSION: u32 = 1;

/// Neighbours closer than this (Å) are rows of the same disordered site, not neighbours.
const SAME_SITE: f64 = 1e-3;

/// The species weights a channel can use, with what each is.
pub const SPECIES_WEIGHTS: [(&str, &str); 7] = [
    ("one", "1 for every element"),
    ("en", "Pauling electronegativity / its maximum (3.98)"),
    ("radius", "Cordero covalent radius / its maximum"),
    ("group", "periodic-table column (f-block: 3) / 18"),
    ("period", "row / 7"),
    ("valence", "valence electrons (Magpie NValence) / its maximum"),
    ("z", "atomic number / 118"),
];

/// Options of the `acsf` encoder; see the module documentation for the definitions.
#[derive(Debug, Clone, PartialEq)]
pub struct AcsfOptions {
    /// Cutoff radius r_c (Å), default 6.
    pub cutoff: f64,
    /// Number n of radial G2 functions, default 8.
    pub n_radial: usize,
    /// Number of angular exponents ζ = 1, 2, 4, ..., default 3 (0: no angular terms).
    pub n_angular: usize,
    /// η of the angular G4 functions (Å⁻²), default 0.005.
    pub angular_eta: f64,
    /// Species weights, one channel each (names from [`SPECIES_WEIGHTS`]), default
    /// `one, en, radius`.
    pub species: Vec<String>,
    /// Append the per-site standard deviation to the mean, default false.
    pub with_std: bool,
}

impl Default for AcsfOptions {
    fn default() -> Self {
        Self {
            cutoff: 6.0,
            n_radial: 8,
            n_angular: 3,
            angular_eta: 0.005,
            species: vec!["one".into(), "en".into(), "radius".into()],
            with_std: false,
        }
    }
}

/// The `acsf` encoder. Structure-aware.
///
/// Parameters (all optional): `cutoff` (Å, in (0, 20], default 6), `n_radial` (1..=64, default
/// 8), `n_angular` (0..=8, default 3), `angular_eta` (≥ 0, default 0.005), `species`
/// (comma-separated names from [`SPECIES_WEIGHTS`], 1 to 6 distinct, default `one,en,radius`),
/// `pool` (`mean`, the default, or `mean_std`).
#[derive(Debug, Clone)]
pub struct AcsfEncoder {
    options: AcsfOptions,
    /// `weights[z - 1][c]`.
    weights: Vec<Vec<f64>>,
    /// (η, R) of each G2.
    radial: Vec<(f64, f64)>,
    zetas: Vec<i32>,
    /// Channel pairs (a, b), a ≤ b.
    pairs: Vec<(usize, usize)>,
}

impl AcsfEncoder {
    /// An encoder with `options`, checked.
    pub fn new(options: AcsfOptions) -> Result<Self> {
        let bad = |m: String| Error::invalid(format!("encoder {NAME}: {m}"));
        if !(options.cutoff.is_finite() && options.cutoff > 0.0 && options.cutoff <= 20.0) {
            return Err(bad(format!("cutoff {} must be in (0, 20] Å", options.cutoff)));
        }
        if !(1..=64).contains(&options.n_radial) {
            return Err(bad(format!("n_radial {} must be in 1..=64", options.n_radial)));
        }
        if options.n_angular > 8 {
            return Err(bad(format!("n_angular {} must be in 0..=8", options.n_angular)));
        }
        if !(options.angular_eta.is_finite() && options.angular_eta >= 0.0) {
            return Err(bad(format!("angular_eta {} must be a number >= 0", options.angular_eta)));
        }
        if options.species.is_empty() || options.species.len() > 6 {
            return Err(bad(format!("species must name 1 to 6 weights, got {}", options.species.len())));
        }
        for (i, s) in options.species.iter().enumerate() {
            if !SPECIES_WEIGHTS.iter().any(|(n, _)| n == s) {
                return Err(bad(format!(
                    "unknown species weight {s:?}; known: {}",
                    SPECIES_WEIGHTS.map(|(n, _)| n).join(", ")
                )));
            }
            if options.species[..i].contains(s) {
                return Err(bad(format!("species weight {s:?} given twice")));
            }
        }
        let weights = species_weights(&options.species);
        let n = options.n_radial;
        let delta = options.cutoff / (n + 1) as f64;
        let radial = (0..n).map(|m| (1.0 / (2.0 * delta * delta), delta * (m + 1) as f64)).collect();
        let zetas = (0..options.n_angular).map(|k| 1 << k).collect();
        let c = options.species.len();
        let pairs = (0..c).flat_map(|a| (a..c).map(move |b| (a, b))).collect();
        Ok(Self { options, weights, radial, zetas, pairs })
    }

    /// Build from string parameters (see the type's documentation).
    pub fn from_params(params: &BTreeMap<String, String>) -> Result<Self> {
        let p = Params::new(NAME, params, PARAMETERS)?;
        let d = AcsfOptions::default();
        let cutoff = p.get(
            "cutoff",
            d.cutoff,
            |x: f64| x.is_finite() && x > 0.0 && x <= 20.0,
            "a cutoff in (0, 20] Å",
        )?;
        let n_radial = p.get("n_radial", d.n_radial, |n| (1..=64).contains(&n), "an integer in 1..=64")?;
        let n_angular = p.get("n_angular", d.n_angular, |n| n <= 8, "an integer in 0..=8")?;
        let angular_eta =
            p.get("angular_eta", d.angular_eta, |x: f64| x.is_finite() && x >= 0.0, "a number >= 0 (Å⁻²)")?;
        let species = match p.raw("species") {
            None => d.species,
            Some(s) => s.split(',').map(|x| x.trim().to_string()).collect(),
        };
        let with_std = match p.raw("pool") {
            None | Some("mean") => false,
            Some("mean_std") => true,
            Some(other) => return Err(p.bad("pool", other, "\"mean\" or \"mean_std\"")),
        };
        Self::new(AcsfOptions { cutoff, n_radial, n_angular, angular_eta, species, with_std })
    }

    /// The options in use.
    pub fn options(&self) -> &AcsfOptions {
        &self.options
    }

    /// Length of one site's vector.
    pub fn site_dim(&self) -> usize {
        let c = self.options.species.len();
        c * (1 + self.radial.len()) + self.pairs.len() * self.zetas.len() * 2
    }

    /// Vector length: [`Self::site_dim`], twice with `pool=mean_std`.
    pub fn dim(&self) -> usize {
        self.site_dim() * if self.options.with_std { 2 } else { 1 }
    }

    /// The (η, R_s) of each radial G2 function, in order.
    pub fn radial_params(&self) -> &[(f64, f64)] {
        &self.radial
    }

    /// The channel weights of element `z` (1..=118), one per entry of `species`.
    pub fn species_weights(&self, z: u8) -> &[f64] {
        &self.weights[z as usize - 1]
    }

    /// The ζ of the angular functions, in order.
    pub fn zetas(&self) -> &[i32] {
        &self.zetas
    }

    /// One row of [`Self::site_dim`] symmetry functions per site row, in `f64`.
    pub fn site_features(&self, s: &Structure) -> Result<Vec<Vec<f64>>> {
        if s.sites.is_empty() {
            return Err(Error::invalid("structure has no sites"));
        }
        if let Some(site) = s.sites.iter().find(|x| x.z == 0 || x.z > MAX_Z) {
            return Err(Error::invalid(format!("unknown element Z={}", site.z)));
        }
        let rc = self.options.cutoff;
        let c = self.options.species.len();
        let n2 = self.radial.len();
        let na = self.zetas.len() * 2;
        let g4_offset = c * (1 + n2);
        let pairs = neighbor_list(&s.lattice, &s.frac_coords(), rc)?;
        let mut out = vec![vec![0.0f64; self.site_dim()]; s.sites.len()];

        struct Nb {
            r: f64,
            v: [f64; 3],
            fc: f64,
            w: [f64; 6],
        }
        let mut nbs: Vec<Nb> = Vec::new();
        let mut g4 = vec![0.0f64; self.zetas.len() * 2];
        let mut start = 0;
        while start < pairs.len() {
            let i = pairs[start].i;
            let mut end = start;
            while end < pairs.len() && pairs[end].i == i {
                end += 1;
            }
            nbs.clear();
            for p in &pairs[start..end] {
                if p.distance < SAME_SITE {
                    continue;
                }
                let site = &s.sites[p.j];
                let ws = &self.weights[site.z as usize - 1];
                let mut w = [0.0; 6];
                for (a, x) in w.iter_mut().zip(ws) {
                    *a = x * site.occupancy;
                }
                nbs.push(Nb { r: p.distance, v: p.vector, fc: cutoff_fn(p.distance, rc), w });
            }
            let row = &mut out[i];
            for nb in &nbs {
                for ch in 0..c {
                    let base = ch * (1 + n2);
                    row[base] += nb.w[ch] * nb.fc;
                    for (m, &(eta, rs)) in self.radial.iter().enumerate() {
                        let d = nb.r - rs;
                        row[base + 1 + m] += nb.w[ch] * (-eta * d * d).exp() * nb.fc;
                    }
                }
            }
            if na > 0 {
                let eta = self.options.angular_eta;
                for (jn, nj) in nbs.iter().enumerate() {
                    for nk in &nbs[..jn] {
                        let d = [nk.v[0] - nj.v[0], nk.v[1] - nj.v[1], nk.v[2] - nj.v[2]];
                        let rjk2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
                        let rjk = rjk2.sqrt();
                        if rjk > rc || rjk < SAME_SITE {
                            continue;
                        }
                        let cos = ((nj.v[0] * nk.v[0] + nj.v[1] * nk.v[1] + nj.v[2] * nk.v[2])
                            / (nj.r * nk.r))
                            .clamp(-1.0, 1.0);
                        let radial = (-eta * (nj.r * nj.r + nk.r * nk.r + rjk2)).exp()
                            * nj.fc
                            * nk.fc
                            * cutoff_fn(rjk, rc);
                        if radial == 0.0 {
                            continue;
                        }
                        // (1 ± cos)^ζ / 2^(ζ-1) = 2 ((1 ± cos) / 2)^ζ, by repeated squaring over ζ = 1, 2, 4...
                        let (mut p, mut m) = ((1.0 + cos) / 2.0, (1.0 - cos) / 2.0);
                        for (t, slot) in g4.chunks_exact_mut(2).enumerate() {
                            if t > 0 {
                                p *= p;
                                m *= m;
                            }
                            slot[0] = 2.0 * p * radial;
                            slot[1] = 2.0 * m * radial;
                        }
                        for (q, &(a, b)) in self.pairs.iter().enumerate() {
                            let w = 0.5 * (nj.w[a] * nk.w[b] + nj.w[b] * nk.w[a]);
                            let dst = &mut row[g4_offset + q * na..g4_offset + (q + 1) * na];
                            for (x, g) in dst.iter_mut().zip(&g4) {
                                *x += w * g;
                            }
                        }
                    }
                }
            }
            start = end;
        }
        Ok(out)
    }

    /// The structure's vector in `f64`: occupancy-weighted mean of the site vectors (then their
    /// standard deviation with `pool=mean_std`).
    pub fn featurize(&self, s: &Structure) -> Result<Vec<f64>> {
        let rows = self.site_features(s)?;
        let occ: Vec<f64> = s.sites.iter().map(|x| x.occupancy).collect();
        let total: f64 = occ.iter().sum();
        if !(total > 0.0 && total.is_finite()) {
            return Err(Error::invalid(format!("total occupancy {total} is not positive")));
        }
        let d = self.site_dim();
        let mut mean = vec![0.0; d];
        for (row, o) in rows.iter().zip(&occ) {
            for (m, x) in mean.iter_mut().zip(row) {
                *m += o * x;
            }
        }
        mean.iter_mut().for_each(|m| *m /= total);
        if self.options.with_std {
            let mut var = vec![0.0; d];
            for (row, o) in rows.iter().zip(&occ) {
                for ((v, x), m) in var.iter_mut().zip(row).zip(&mean) {
                    *v += o * (x - m) * (x - m);
                }
            }
            mean.extend(var.into_iter().map(|v| (v / total).max(0.0).sqrt()));
        }
        Ok(mean)
    }
}

impl Encoder for AcsfEncoder {
    fn spec(&self) -> EncoderSpec {
        let o = &self.options;
        let mut params = serde_json::Map::new();
        params.insert("cutoff".into(), json!(o.cutoff));
        params.insert("n_radial".into(), json!(o.n_radial));
        params.insert("n_angular".into(), json!(o.n_angular));
        params.insert("angular_eta".into(), json!(o.angular_eta));
        params.insert("species".into(), json!(o.species));
        params.insert("pool".into(), json!(if o.with_std { "mean_std" } else { "mean" }));
        EncoderSpec::new(NAME, CODE_VERSION, params, None, self.dim(), Metric::Cosine)
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
        encode_parallel(NAME, batch, |s| Ok(self.featurize(s)?.into_iter().map(|v| v as f32).collect()))
    }
}

/// The smooth cutoff ½ (cos(π r / r_c) + 1), 0 beyond r_c.
fn cutoff_fn(r: f64, rc: f64) -> f64 {
    if r >= rc {
        0.0
    } else {
        0.5 * ((std::f64::consts::PI * r / rc).cos() + 1.0)
    }
}

/// `weights[z - 1][c]` for the named species weights.
pub(crate) fn species_weights(names: &[String]) -> Vec<Vec<f64>> {
    let table = ElementTable::builtin();
    let column = |prop: &str| -> Vec<f64> {
        let p = table.properties().iter().position(|x| *x == prop).expect("built-in property");
        (1..=MAX_Z).map(|z| table.value(p, z)).collect()
    };
    let scaled = |v: Vec<f64>, by: Option<f64>| -> Vec<f64> {
        let s = by.unwrap_or_else(|| v.iter().copied().fold(0.0, f64::max));
        v.into_iter().map(|x| x / s).collect()
    };
    let cols: Vec<Vec<f64>> = names
        .iter()
        .map(|n| match n.as_str() {
            "one" => vec![1.0; MAX_Z as usize],
            "en" => scaled(column("Electronegativity"), None),
            "radius" => scaled(column("CovalentRadius"), None),
            "group" => scaled(column("Column"), Some(18.0)),
            "period" => scaled(column("Row"), Some(7.0)),
            "valence" => scaled(column("NValence"), None),
            _ => scaled(column("Number"), Some(f64::from(MAX_Z))),
        })
        .collect();
    (0..MAX_Z as usize).map(|z| cols.iter().map(|c| c[z]).collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lattice;

    fn fcc(z: u8, a: f64) -> Structure {
        let h = a / 2.0;
        Structure::new(Lattice::new([[0.0, h, h], [h, 0.0, h], [h, h, 0.0]]), &[z], &[[0.0; 3]]).unwrap()
    }

    fn one() -> AcsfEncoder {
        AcsfEncoder::new(AcsfOptions { species: vec!["one".into()], ..AcsfOptions::default() }).unwrap()
    }

    #[test]
    fn dimensions() {
        let e = AcsfEncoder::new(AcsfOptions::default()).unwrap();
        // 3 channels x (1 + 8) + 6 pairs x 3 zetas x 2 lambdas.
        assert_eq!(e.site_dim(), 27 + 36);
        assert_eq!(e.dim(), 63);
        let e =
            AcsfEncoder::new(AcsfOptions { with_std: true, n_angular: 0, ..AcsfOptions::default() }).unwrap();
        assert_eq!(e.dim(), 54);
    }

    #[test]
    fn g1_and_g2_by_hand_for_fcc() {
        // fcc with a = 4 Å, cutoff 3 Å: 12 nearest neighbours at a / √2 only.
        let e = AcsfEncoder::new(AcsfOptions {
            cutoff: 3.0,
            n_radial: 2,
            n_angular: 1,
            species: vec!["one".into()],
            ..AcsfOptions::default()
        })
        .unwrap();
        let v = e.featurize(&fcc(29, 4.0)).unwrap();
        let r = 4.0 / 2f64.sqrt();
        let fc = cutoff_fn(r, 3.0);
        assert!((v[0] - 12.0 * fc).abs() < 1e-12);
        for (m, &(eta, rs)) in e.radial_params().iter().enumerate() {
            let want = 12.0 * (-eta * (r - rs) * (r - rs)).exp() * fc;
            assert!((v[1 + m] - want).abs() < 1e-12, "{} vs {want}", v[1 + m]);
        }
        // G4 (ζ = 1, λ = ±1): sum over the 66 unordered pairs of the 12 neighbours.
        let h = 2.0;
        let nb: Vec<[f64; 3]> = [
            [0.0, h, h],
            [0.0, -h, h],
            [0.0, h, -h],
            [0.0, -h, -h],
            [h, 0.0, h],
            [-h, 0.0, h],
            [h, 0.0, -h],
            [-h, 0.0, -h],
            [h, h, 0.0],
            [-h, h, 0.0],
            [h, -h, 0.0],
            [-h, -h, 0.0],
        ]
        .to_vec();
        let (mut gp, mut gm) = (0.0, 0.0);
        let eta = 0.005;
        for j in 0..12 {
            for k in 0..j {
                let d: Vec<f64> = (0..3).map(|x| nb[j][x] - nb[k][x]).collect();
                let rjk = d.iter().map(|x| x * x).sum::<f64>().sqrt();
                if rjk > 3.0 {
                    continue;
                }
                let cos = (0..3).map(|x| nb[j][x] * nb[k][x]).sum::<f64>() / (r * r);
                let g = (-eta * (2.0 * r * r + rjk * rjk)).exp() * fc * fc * cutoff_fn(rjk, 3.0);
                gp += (1.0 + cos) * g;
                gm += (1.0 - cos) * g;
            }
        }
        assert!((v[3] - gp).abs() < 1e-12 && (v[4] - gm).abs() < 1e-12, "{v:?} {gp} {gm}");
    }

    #[test]
    fn weights_scale_channels() {
        // For a one-element crystal, channel c of G1/G2 is w_c(Z) times the `one` channel.
        let e = AcsfEncoder::new(AcsfOptions::default()).unwrap();
        let v = e.featurize(&fcc(29, 3.6)).unwrap();
        let w = &e.weights[28];
        for m in 0..9 {
            assert!((v[9 + m] - w[1] * v[m]).abs() < 1e-12);
            assert!((v[18 + m] - w[2] * v[m]).abs() < 1e-12);
        }
        assert!(w.iter().all(|&x| x > 0.0 && x <= 1.0));
    }

    #[test]
    fn isolated_atom_is_zero_and_disordered_rows_are_not_neighbours() {
        let big = Lattice::new([[20.0, 0.0, 0.0], [0.0, 20.0, 0.0], [0.0, 0.0, 20.0]]);
        let s = Structure::new(big, &[26], &[[0.0; 3]]).unwrap();
        assert!(one().featurize(&s).unwrap().iter().all(|&x| x == 0.0));
        // Fe0.5Ni0.5 on one fcc site == the ordered fcc crystal weighted by 0.5 + 0.5.
        let mut d = fcc(26, 3.6);
        d.sites[0].occupancy = 0.5;
        let mut ni = d.sites[0];
        ni.z = 28;
        d.sites.push(ni);
        let a = one().featurize(&d).unwrap();
        let b = one().featurize(&fcc(26, 3.6)).unwrap();
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() < 1e-9 * y.abs().max(1.0));
        }
    }

    #[test]
    fn bad_params_are_rejected() {
        let mk = |k: &str, v: &str| {
            let mut m = BTreeMap::new();
            m.insert(k.to_string(), v.to_string());
            AcsfEncoder::from_params(&m)
        };
        assert!(mk("cutoff", "0").is_err());
        assert!(mk("cutoff", "nan").is_err());
        assert!(mk("n_radial", "0").is_err());
        assert!(mk("n_radial", "2.5").is_err());
        assert!(mk("n_angular", "9").is_err());
        assert!(mk("species", "one,bogus").is_err());
        assert!(mk("species", "one,one").is_err());
        assert!(mk("pool", "max").is_err());
        let e = mk("species", "one, group ,period").unwrap();
        assert_eq!(e.options().species, vec!["one", "group", "period"]);
        assert_eq!(mk("pool", "mean_std").unwrap().dim(), 2 * mk("pool", "mean").unwrap().dim());
    }
}

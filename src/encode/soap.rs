//! Smooth overlap of atomic positions (encoder `soap`).
//!
//! The SOAP power spectrum as dscribe 2.1 computes it with its GTO radial basis (Bartók, Kondor
//! and Csányi, Phys. Rev. B 87, 184115 (2013); dscribe: Himanen et al., Comput. Phys. Commun.
//! 247, 106949 (2020)). Around each site the neighbour density of channel c is a sum of Gaussians
//! of width `sigma` on every atom within `r_cut + sigma·√(−2 ln 10⁻³)` (the site itself
//! included, periodic images included), each with weight `w_c(Z) · occupancy`. It is expanded in
//! real spherical harmonics `Y_lm` (l ≤ `l_max`) and `n_max` radial functions
//! `g_nl(r) = Σ_k β_nk,l r^l exp(−α_k,l r²)`: the GTOs decay to 10⁻³ at distances evenly spaced
//! from 1 Å to `r_cut` and are Löwdin-orthonormalised (`β = S^−1/2` of their overlap matrix). The
//! expansion is analytic (a Gaussian times a Gaussian-type orbital), so
//!
//! `c_c,nlm = Σ_k β'_nk,l Σ_j w_c(j) exp(−α_k,l η / (α_k,l + η) r_j²) r_j^l Y_lm(r̂_j)`,
//! `β'_nk,l = π^{3/2} η^{−3/2} β_nk,l (η / (α_k,l + η))^{l + 3/2}`, `η = 1 / (2 sigma²)`,
//!
//! and the power spectrum is `p_ab,l,nn' = π √(8 / (2l + 1)) Σ_m c_a,nlm c_b,n'lm`, which is
//! unchanged by rotations (the sum over m), translations and permutations.
//!
//! Two species bases:
//!
//! * `species=Fe,O,...`: one channel per element (`w_c(Z) = 1` for its element), dscribe's
//!   `species`; a structure with an element outside the list is an error. The dimension grows
//!   as (S·n_max)², which rules it out for the whole periodic table.
//! * `channels=one,en,radius` (the default): element-weighted channels, the weights of the `acsf`
//!   encoder ([`SPECIES_WEIGHTS`](super::acsf::SPECIES_WEIGHTS): `one`, `en`, `radius`, `group`,
//!   `period`, `valence`, `z`), so the dimension is the same for every structure in MP; `one`
//!   alone is dscribe's species-blind `compression={"mode": "mu2"}`. Because the coefficients
//!   are linear in the weights, channel a·b of this basis is dscribe's per-element spectrum
//!   contracted with `w_a(Z) w_b(Z')`.
//!
//! Layout (dscribe's): for each channel pair (a, b), a ≤ b; for each l = 0..=l_max; the radial
//! pairs n ≤ n' when a = b and every (n, n') otherwise. Dimension
//! `(C·n_max)(C·n_max + 1)/2 · (l_max + 1)` for C channels: 2,100 with the defaults.
//!
//! A crystal gets one vector: `average=outer` (the default) is the occupancy-weighted mean of the
//! site spectra, `average=inner` the spectrum of the occupancy-weighted mean coefficients;
//! with unit occupancies these are dscribe's `average="outer"` and `"inner"`. Both are
//! unchanged by supercells.

use super::acsf::{species_weights, SPECIES_WEIGHTS};
use super::params::Params;
use super::{encode_parallel, Encoder, EncoderSpec, Metric};
use crate::error::{Error, Result};
use crate::structure::element::{self, MAX_Z};
use crate::structure::{neighbor_list, Structure};
use serde_json::json;
use std::collections::BTreeMap;
use std::f64::consts::PI;

/// Registry name.
pub const NAME: &str = "soap";
/// Parameters accepted by [`SoapEncoder::from_params`].
pub const PARAMETERS: &[&str] = &["r_cut", "n_max", "l_max", "sigma", "species", "channels", "average"];

/// Registry entry (registered by the core itself).
pub const FACTORY: super::EncoderFactory = super::EncoderFactory {
    name: NAME,
    parameters: PARAMETERS,
    build: |params, _| Ok(Box::new(SoapEncoder::from_params(params)?)),
    random_init: None,
};

/// Version of this encoder's code (bumped when the output changes for the same parameters).
pub const CODE_VERSION: u32 = 1;

/// dscribe's decay threshold: each GTO falls to it at its reach, and the neighbour cutoff
/// extends `r_cut` until an atom's Gaussian has fallen to it.
const THRESHOLD: f64 = 1e-3;
/// The largest `n_max`: the GTO overlap matrix's condition number passes 10¹¹ at 12.
pub const MAX_N: usize = 12;
/// The largest `l_max` (dscribe's).
pub const MAX_L: usize = 20;

/// What the density channels are.
#[derive(Debug, Clone, PartialEq)]
pub enum SpeciesBasis {
    /// One channel per element, in atomic-number order (dscribe's `species`).
    Elements(Vec<u8>),
    /// Element-weighted channels, names from [`SPECIES_WEIGHTS`].
    Channels(Vec<String>),
}

/// How the site spectra become one crystal vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Average {
    /// The spectrum of the mean coefficients.
    Inner,
    /// The mean of the site spectra.
    Outer,
}

impl Average {
    /// `"inner"` or `"outer"`.
    pub fn name(self) -> &'static str {
        match self {
            Average::Inner => "inner",
            Average::Outer => "outer",
        }
    }
}

/// Options of the `soap` encoder; see the module documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct SoapOptions {
    /// Radial cutoff (Å), > 1 (the GTOs reach from 1 Å to it), default 6.
    pub r_cut: f64,
    /// Radial basis size, 1..=[`MAX_N`], default 8.
    pub n_max: usize,
    /// Largest spherical-harmonic degree, 0..=[`MAX_L`], default 6.
    pub l_max: usize,
    /// Width of the atomic Gaussians (Å), default 1.
    pub sigma: f64,
    /// The density channels, default the channels `one, en, radius`.
    pub basis: SpeciesBasis,
    /// Default [`Average::Outer`].
    pub average: Average,
}

impl Default for SoapOptions {
    fn default() -> Self {
        Self {
            r_cut: 6.0,
            n_max: 8,
            l_max: 6,
            sigma: 1.0,
            basis: SpeciesBasis::Channels(vec!["one".into(), "en".into(), "radius".into()]),
            average: Average::Outer,
        }
    }
}

/// The `soap` encoder. Structure-aware.
///
/// Parameters (all optional): `r_cut` (Å, in (1, 20], default 6), `n_max` (1..=12, default 8),
/// `l_max` (0..=20, default 6), `sigma` (Å, in (0, 5], default 1), `average` (`outer`, the
/// default, or `inner`), and either `species` (comma-separated element symbols: one channel per
/// element) or `channels` (comma-separated names from [`SPECIES_WEIGHTS`], 1 to 6 distinct,
/// default `one,en,radius`).
#[derive(Debug, Clone)]
pub struct SoapEncoder {
    options: SoapOptions,
    /// `weights[z - 1]`: element z's weight in each channel; `None` for an element the
    /// `species` list leaves out.
    weights: Vec<Option<Vec<f64>>>,
    channels: usize,
    /// `−α η / (α + η)` per (l, k), at `l * n_max + k`.
    exponent: Vec<f64>,
    /// `β'_nk,l` at `(l * n_max + n) * n_max + k`.
    radial: Vec<f64>,
    harmonics: SolidHarmonics,
}

impl SoapEncoder {
    /// An encoder with `options`, checked.
    pub fn new(options: SoapOptions) -> Result<Self> {
        let bad = |m: String| Error::invalid(format!("encoder {NAME}: {m}"));
        if !(options.r_cut.is_finite() && options.r_cut > 1.0 && options.r_cut <= 20.0) {
            return Err(bad(format!("r_cut {} must be in (1, 20] Å", options.r_cut)));
        }
        if !(1..=MAX_N).contains(&options.n_max) {
            return Err(bad(format!("n_max {} must be in 1..={MAX_N}", options.n_max)));
        }
        if options.l_max > MAX_L {
            return Err(bad(format!("l_max {} must be in 0..={MAX_L}", options.l_max)));
        }
        if !(options.sigma.is_finite() && options.sigma > 0.0 && options.sigma <= 5.0) {
            return Err(bad(format!("sigma {} must be in (0, 5] Å", options.sigma)));
        }
        let (weights, channels) = match &options.basis {
            SpeciesBasis::Elements(zs) => {
                if zs.is_empty() {
                    return Err(bad("species must name at least one element".into()));
                }
                if zs.windows(2).any(|w| w[0] >= w[1]) || zs.iter().any(|&z| z == 0 || z > MAX_Z) {
                    return Err(bad("species must be distinct elements in atomic-number order".into()));
                }
                let mut w = vec![None; MAX_Z as usize];
                for (c, &z) in zs.iter().enumerate() {
                    let mut one_hot = vec![0.0; zs.len()];
                    one_hot[c] = 1.0;
                    w[z as usize - 1] = Some(one_hot);
                }
                (w, zs.len())
            }
            SpeciesBasis::Channels(names) => {
                if names.is_empty() || names.len() > 6 {
                    return Err(bad(format!("channels must name 1 to 6 weights, got {}", names.len())));
                }
                for (i, s) in names.iter().enumerate() {
                    if !SPECIES_WEIGHTS.iter().any(|(n, _)| n == s) {
                        return Err(bad(format!(
                            "unknown channel weight {s:?}; known: {}",
                            SPECIES_WEIGHTS.map(|(n, _)| n).join(", ")
                        )));
                    }
                    if names[..i].contains(s) {
                        return Err(bad(format!("channel weight {s:?} given twice")));
                    }
                }
                (species_weights(names).into_iter().map(Some).collect(), names.len())
            }
        };
        let (exponent, radial) = gto_basis(options.r_cut, options.n_max, options.l_max, options.sigma)
            .map_err(|m| bad(m.to_string()))?;
        let harmonics = SolidHarmonics::new(options.l_max);
        Ok(Self { options, weights, channels, exponent, radial, harmonics })
    }

    /// Build from string parameters (see the type's documentation).
    pub fn from_params(params: &BTreeMap<String, String>) -> Result<Self> {
        let p = Params::new(NAME, params, PARAMETERS)?;
        let d = SoapOptions::default();
        let r_cut =
            p.get("r_cut", d.r_cut, |x: f64| x.is_finite() && x > 1.0 && x <= 20.0, "a cutoff in (1, 20] Å")?;
        let n_max = p.get("n_max", d.n_max, |n| (1..=MAX_N).contains(&n), "an integer in 1..=12")?;
        let l_max = p.get("l_max", d.l_max, |n| n <= MAX_L, "an integer in 0..=20")?;
        let sigma =
            p.get("sigma", d.sigma, |x: f64| x.is_finite() && x > 0.0 && x <= 5.0, "a width in (0, 5] Å")?;
        let average = match p.raw("average") {
            None | Some("outer") => Average::Outer,
            Some("inner") => Average::Inner,
            Some(other) => return Err(p.bad("average", other, "\"outer\" or \"inner\"")),
        };
        let basis = match (p.raw("species"), p.raw("channels")) {
            (Some(_), Some(_)) => {
                return Err(Error::invalid(format!(
                    "encoder {NAME}: give either species (one channel per element) or channels \
                     (element-weighted channels), not both"
                )))
            }
            (Some(list), None) => {
                let mut zs = Vec::new();
                for sym in list.split(',').map(str::trim) {
                    let z = element::atomic_number(sym)
                        .ok_or_else(|| p.bad("species", list, "comma-separated element symbols"))?;
                    if zs.contains(&z) {
                        return Err(p.bad("species", list, "distinct element symbols"));
                    }
                    zs.push(z);
                }
                zs.sort_unstable();
                SpeciesBasis::Elements(zs)
            }
            (None, Some(list)) => {
                SpeciesBasis::Channels(list.split(',').map(|x| x.trim().to_string()).collect())
            }
            (None, None) => d.basis,
        };
        Self::new(SoapOptions { r_cut, n_max, l_max, sigma, basis, average })
    }

    /// The options in use.
    pub fn options(&self) -> &SoapOptions {
        &self.options
    }

    /// Number of density channels (elements or weights).
    pub fn channels(&self) -> usize {
        self.channels
    }

    /// Vector length `(C·n_max)(C·n_max + 1)/2 · (l_max + 1)`.
    pub fn dim(&self) -> usize {
        let cn = self.channels * self.options.n_max;
        cn * (cn + 1) / 2 * (self.options.l_max + 1)
    }

    /// Distance within which atoms contribute: `r_cut + sigma·√(−2 ln 10⁻³)`.
    pub fn neighbour_cutoff(&self) -> f64 {
        self.options.r_cut + self.options.sigma * (-2.0 * THRESHOLD.ln()).sqrt()
    }

    /// The structure's vector in `f64`.
    pub fn featurize(&self, s: &Structure) -> Result<Vec<f64>> {
        if s.sites.is_empty() {
            return Err(Error::invalid("structure has no sites"));
        }
        let mut slot_weights: Vec<&[f64]> = Vec::new();
        let mut slot_z: Vec<u8> = Vec::new();
        let mut slot_of = Vec::with_capacity(s.sites.len());
        for site in &s.sites {
            if site.z == 0 || site.z > MAX_Z {
                return Err(Error::invalid(format!("unknown element Z={}", site.z)));
            }
            let slot = match slot_z.iter().position(|&z| z == site.z) {
                Some(k) => k,
                None => {
                    let w = self.weights[site.z as usize - 1].as_deref().ok_or_else(|| {
                        Error::invalid(format!(
                            "encoder {NAME}: element {} is not in its species list ({})",
                            element::symbol(site.z).unwrap_or("?"),
                            self.species_symbols().join(", ")
                        ))
                    })?;
                    slot_z.push(site.z);
                    slot_weights.push(w);
                    slot_z.len() - 1
                }
            };
            slot_of.push(slot);
        }
        let occ: Vec<f64> = s.sites.iter().map(|x| x.occupancy).collect();
        let total: f64 = occ.iter().sum();
        if !(total > 0.0 && total.is_finite()) {
            return Err(Error::invalid(format!("total occupancy {total} is not positive")));
        }

        let n = self.options.n_max;
        let lm = (self.options.l_max + 1) * (self.options.l_max + 1);
        let block = n * lm;
        let pairs = neighbor_list(&s.lattice, &s.frac_coords(), self.neighbour_cutoff())?;
        let mut density = vec![0.0; slot_z.len() * block];
        let mut site_coeffs = vec![0.0; block];
        let mut coeffs = vec![0.0; self.channels * block];
        let mut mean_coeffs = vec![0.0; self.channels * block];
        let mut out = vec![0.0; self.dim()];
        let mut scratch = Scratch { ylm: vec![0.0; lm], exps: vec![0.0; n] };

        let mut start = 0;
        for (i, &occ_i) in occ.iter().enumerate() {
            let mut end = start;
            while end < pairs.len() && pairs[end].i == i {
                end += 1;
            }
            density.fill(0.0);
            // The site's own Gaussian (r = 0: only l = 0 sees it).
            self.add_neighbour(
                &mut density[slot_of[i] * block..][..block],
                [0.0; 3],
                0.0,
                occ_i,
                &mut scratch,
            );
            for p in &pairs[start..end] {
                let r2 = p.distance * p.distance;
                let slot = slot_of[p.j];
                self.add_neighbour(
                    &mut density[slot * block..][..block],
                    p.vector,
                    r2,
                    occ[p.j],
                    &mut scratch,
                );
            }
            start = end;

            coeffs.fill(0.0);
            for (slot, w) in slot_weights.iter().enumerate() {
                self.contract(&density[slot * block..][..block], &mut site_coeffs);
                for (c, &wc) in w.iter().enumerate() {
                    if wc != 0.0 {
                        for (dst, x) in coeffs[c * block..][..block].iter_mut().zip(&site_coeffs) {
                            *dst += wc * x;
                        }
                    }
                }
            }
            match self.options.average {
                Average::Inner => {
                    for (m, x) in mean_coeffs.iter_mut().zip(&coeffs) {
                        *m += occ_i * x;
                    }
                }
                Average::Outer => self.power_spectrum(&coeffs, occ_i / total, &mut out),
            }
        }
        if self.options.average == Average::Inner {
            mean_coeffs.iter_mut().for_each(|m| *m /= total);
            self.power_spectrum(&mean_coeffs, 1.0, &mut out);
        }
        Ok(out)
    }

    /// Element symbols of the `species` list (empty for channels).
    fn species_symbols(&self) -> Vec<&'static str> {
        match &self.options.basis {
            SpeciesBasis::Elements(zs) => zs.iter().map(|&z| element::symbol(z).unwrap_or("?")).collect(),
            SpeciesBasis::Channels(_) => Vec::new(),
        }
    }

    /// Add one Gaussian of weight `w` at `v` (`r2 = |v|²`) to a slot's radial-angular moments
    /// `density[l block: n l² + k (2l + 1) + m] += w exp(exponent_lk r²) r^l Y_lm(v̂)`.
    fn add_neighbour(&self, density: &mut [f64], v: [f64; 3], r2: f64, w: f64, scratch: &mut Scratch) {
        let n = self.options.n_max;
        self.harmonics.eval(v, r2, &mut scratch.ylm);
        for l in 0..=self.options.l_max {
            let width = 2 * l + 1;
            let ylm = &scratch.ylm[l * l..][..width];
            for (e, &a) in scratch.exps.iter_mut().zip(&self.exponent[l * n..][..n]) {
                *e = w * (a * r2).exp();
            }
            let dst = &mut density[n * l * l..][..n * width];
            for (row, &e) in dst.chunks_exact_mut(width).zip(&scratch.exps) {
                for (x, y) in row.iter_mut().zip(ylm) {
                    *x += e * y;
                }
            }
        }
    }

    /// Coefficients `c[n][l² + m] = Σ_k β'_nk,l density[l block][k][m]`.
    fn contract(&self, density: &[f64], coeffs: &mut [f64]) {
        let n = self.options.n_max;
        let lm = (self.options.l_max + 1) * (self.options.l_max + 1);
        coeffs.fill(0.0);
        for l in 0..=self.options.l_max {
            let width = 2 * l + 1;
            let moments = &density[n * l * l..][..n * width];
            for q in 0..n {
                let beta = &self.radial[(l * n + q) * n..][..n];
                let dst = &mut coeffs[q * lm + l * l..][..width];
                for (row, &b) in moments.chunks_exact(width).zip(beta) {
                    for (x, y) in dst.iter_mut().zip(row) {
                        *x += b * y;
                    }
                }
            }
        }
    }

    /// `out += scale · p` for the channel coefficients `coeffs[c][n][l² + m]`, in dscribe's layout.
    fn power_spectrum(&self, coeffs: &[f64], scale: f64, out: &mut [f64]) {
        let n = self.options.n_max;
        let lm = (self.options.l_max + 1) * (self.options.l_max + 1);
        let mut pos = 0;
        for a in 0..self.channels {
            for b in a..self.channels {
                for l in 0..=self.options.l_max {
                    let pre = scale * PI * (8.0 / (2 * l + 1) as f64).sqrt();
                    let range = l * l..(l + 1) * (l + 1);
                    for n1 in 0..n {
                        let x = &coeffs[(a * n + n1) * lm..][range.clone()];
                        for n2 in if a == b { n1 } else { 0 }..n {
                            let y = &coeffs[(b * n + n2) * lm..][range.clone()];
                            let dot: f64 = x.iter().zip(y).map(|(p, q)| p * q).sum();
                            out[pos] += pre * dot;
                            pos += 1;
                        }
                    }
                }
            }
        }
        debug_assert_eq!(pos, out.len());
    }
}

struct Scratch {
    ylm: Vec<f64>,
    exps: Vec<f64>,
}

impl Encoder for SoapEncoder {
    fn spec(&self) -> EncoderSpec {
        let o = &self.options;
        let mut params = serde_json::Map::new();
        params.insert("r_cut".into(), json!(o.r_cut));
        params.insert("n_max".into(), json!(o.n_max));
        params.insert("l_max".into(), json!(o.l_max));
        params.insert("sigma".into(), json!(o.sigma));
        params.insert("average".into(), json!(o.average.name()));
        match &o.basis {
            SpeciesBasis::Elements(_) => params.insert("species".into(), json!(self.species_symbols())),
            SpeciesBasis::Channels(names) => params.insert("channels".into(), json!(names)),
        };
        EncoderSpec::new(NAME, CODE_VERSION, params, None, self.dim(), Metric::Cosine)
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
        encode_parallel(NAME, batch, |s| Ok(self.featurize(s)?.into_iter().map(|v| v as f32).collect()))
    }
}

/// dscribe's GTO radial basis for `η = 1 / (2 sigma²)`: the exponents `−α η / (α + η)` per
/// (l, k) and the folded coefficients `β'_nk,l` per (l, n, k).
fn gto_basis(
    r_cut: f64,
    n: usize,
    l_max: usize,
    sigma: f64,
) -> std::result::Result<(Vec<f64>, Vec<f64>), String> {
    let eta = 1.0 / (2.0 * sigma * sigma);
    // numpy.linspace(1, r_cut, n): start + k·step, the last point exactly r_cut.
    let reach: Vec<f64> = if n == 1 {
        vec![1.0]
    } else {
        let step = (r_cut - 1.0) / (n - 1) as f64;
        (0..n).map(|k| if k == n - 1 { r_cut } else { 1.0 + k as f64 * step }).collect()
    };
    let mut exponent = Vec::with_capacity((l_max + 1) * n);
    let mut radial = Vec::with_capacity((l_max + 1) * n * n);
    let mut gamma = PI.sqrt() / 2.0; // Γ(l + 3/2) at l = 0
    for l in 0..=l_max {
        if l > 0 {
            gamma *= l as f64 + 0.5;
        }
        let alpha: Vec<f64> = reach.iter().map(|&a| -(THRESHOLD / a.powi(l as i32)).ln() / (a * a)).collect();
        let p = l as f64 + 1.5;
        let overlap = nalgebra::DMatrix::from_fn(n, n, |i, j| 0.5 * gamma * (alpha[i] + alpha[j]).powf(-p));
        let eig = overlap.symmetric_eigen();
        if eig.eigenvalues.iter().any(|&e| e.is_nan() || e <= 0.0) {
            return Err(format!(
                "the GTO radial basis for l = {l} cannot be orthonormalised (its overlap matrix is not \
                 positive definite); lower n_max or raise r_cut"
            ));
        }
        let inv_sqrt = nalgebra::DVector::from_iterator(n, eig.eigenvalues.iter().map(|&e| e.powf(-0.5)));
        let beta =
            &eig.eigenvectors * nalgebra::DMatrix::from_diagonal(&inv_sqrt) * eig.eigenvectors.transpose();
        let front = PI.powf(1.5) * eta.powf(-1.5);
        for &a in &alpha {
            exponent.push(-a * eta / (a + eta));
        }
        for q in 0..n {
            for (k, &a) in alpha.iter().enumerate() {
                radial.push(front * beta[(q, k)] * (eta / (a + eta)).powf(p));
            }
        }
    }
    Ok((exponent, radial))
}

/// Real solid harmonics `r^l Y_lm(r̂)` (orthonormal real spherical harmonics times `r^l`) for
/// l ≤ l_max, from the associated-Legendre recurrence in Cartesian form: with
/// `(x + iy)^m = C_m + i S_m` and `F_l^m` a polynomial in z and r²,
/// `F_m^m = (2m − 1)!!`, `F_{m+1}^m = (2m + 1) z F_m^m`,
/// `F_l^m = ((2l − 1) z F_{l−1}^m − (l + m − 1) r² F_{l−2}^m) / (l − m)`,
/// `r^l Y_l0 = N_l0 F_l^0`, `r^l Y_l,±m = √2 N_lm F_l^m (C_m, S_m)`,
/// `N_lm = √((2l + 1) / 4π · (l − m)! / (l + m)!)`. Output index `l² + l ± m`; the sign
/// convention does not matter to the power spectrum, which sums over m.
#[derive(Debug, Clone)]
struct SolidHarmonics {
    l_max: usize,
    /// `(2m − 1)!!` per m.
    start: Vec<f64>,
    /// The normalisation per (l, m ≥ 0) at `l (l + 1) / 2 + m`, √2 included for m > 0.
    norm: Vec<f64>,
}

impl SolidHarmonics {
    fn new(l_max: usize) -> Self {
        let mut start = vec![1.0; l_max + 1];
        for m in 1..=l_max {
            start[m] = start[m - 1] * (2 * m - 1) as f64;
        }
        let mut norm = Vec::with_capacity((l_max + 1) * (l_max + 2) / 2);
        for l in 0..=l_max {
            for m in 0..=l {
                // (l − m)! / (l + m)! as the product of 1 / (l − m + 1) ... (l + m).
                let ratio: f64 = (l - m + 1..=l + m).map(|k| 1.0 / k as f64).product();
                let nlm = ((2 * l + 1) as f64 / (4.0 * PI) * ratio).sqrt();
                norm.push(if m == 0 { nlm } else { std::f64::consts::SQRT_2 * nlm });
            }
        }
        Self { l_max, start, norm }
    }

    fn eval(&self, v: [f64; 3], r2: f64, out: &mut [f64]) {
        let [x, y, z] = v;
        let (mut cm, mut sm) = (1.0, 0.0);
        for m in 0..=self.l_max {
            let (mut f2, mut f1) = (0.0, 0.0);
            for l in m..=self.l_max {
                let f = if l == m {
                    self.start[m]
                } else if l == m + 1 {
                    (2 * m + 1) as f64 * z * f1
                } else {
                    ((2 * l - 1) as f64 * z * f1 - (l + m - 1) as f64 * r2 * f2) / (l - m) as f64
                };
                let k = self.norm[l * (l + 1) / 2 + m] * f;
                let centre = l * l + l;
                if m == 0 {
                    out[centre] = k;
                } else {
                    out[centre + m] = k * cm;
                    out[centre - m] = k * sm;
                }
                f2 = f1;
                f1 = f;
            }
            (cm, sm) = (cm * x - sm * y, sm * x + cm * y);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lattice;

    /// Gauss-Legendre nodes and weights on [−1, 1] (Newton on the Legendre recurrence).
    fn gauss_legendre(n: usize) -> Vec<(f64, f64)> {
        (0..n)
            .map(|i| {
                let mut x = (PI * (i as f64 + 0.75) / (n as f64 + 0.5)).cos();
                let mut dp = 0.0;
                for _ in 0..50 {
                    let (mut p0, mut p1) = (1.0, x);
                    for k in 2..=n {
                        (p0, p1) = (p1, ((2 * k - 1) as f64 * x * p1 - (k - 1) as f64 * p0) / k as f64);
                    }
                    dp = n as f64 * (x * p1 - p0) / (x * x - 1.0);
                    x -= p1 / dp;
                }
                (x, 2.0 / ((1.0 - x * x) * dp * dp))
            })
            .collect()
    }

    /// Orthonormality of the real spherical harmonics, by a quadrature exact for them: Gauss-
    /// Legendre in cos θ (degree ≤ 2 l_max polynomials) and the trapezoidal rule in φ.
    #[test]
    fn harmonics_are_orthonormal_on_the_sphere() {
        let l_max = 8;
        let h = SolidHarmonics::new(l_max);
        let lm = (l_max + 1) * (l_max + 1);
        let np = 40;
        let mut gram = vec![0.0; lm * lm];
        let mut y = vec![0.0; lm];
        for (t, wt) in gauss_legendre(l_max + 2) {
            let st = (1.0 - t * t).sqrt();
            for ip in 0..np {
                let phi = ip as f64 * 2.0 * PI / np as f64;
                h.eval([st * phi.cos(), st * phi.sin(), t], 1.0, &mut y);
                let w = wt * 2.0 * PI / np as f64;
                for a in 0..lm {
                    for b in 0..lm {
                        gram[a * lm + b] += w * y[a] * y[b];
                    }
                }
            }
        }
        for a in 0..lm {
            for b in 0..lm {
                let want = if a == b { 1.0 } else { 0.0 };
                assert!((gram[a * lm + b] - want).abs() < 1e-12, "{a} {b}: {}", gram[a * lm + b]);
            }
        }
    }

    #[test]
    fn harmonics_are_solid_harmonics() {
        // r^l Y_lm scales as r^l.
        let h = SolidHarmonics::new(6);
        let (mut a, mut b) = (vec![0.0; 49], vec![0.0; 49]);
        let v = [0.3, -0.7, 0.4];
        let r2 = v.iter().map(|x| x * x).sum::<f64>();
        h.eval(v, r2, &mut a);
        h.eval([2.0 * v[0], 2.0 * v[1], 2.0 * v[2]], 4.0 * r2, &mut b);
        for l in 0..=6usize {
            for k in l * l..(l + 1) * (l + 1) {
                assert!((b[k] - 2f64.powi(l as i32) * a[k]).abs() < 1e-12 * b[k].abs().max(1.0));
            }
        }
        // Y_00 and the l = 1 set at a unit vector.
        h.eval([0.0, 0.0, 1.0], 1.0, &mut a);
        assert!((a[0] - 0.5 / PI.sqrt()).abs() < 1e-15);
        assert!((a[2] - (3.0 / (4.0 * PI)).sqrt()).abs() < 1e-15);
    }

    #[test]
    fn dimensions_and_parameters() {
        let e = SoapEncoder::new(SoapOptions::default()).unwrap();
        assert_eq!(e.dim(), 24 * 25 / 2 * 7);
        let mk = |pairs: &[(&str, &str)]| {
            let m: BTreeMap<String, String> =
                pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            SoapEncoder::from_params(&m)
        };
        assert_eq!(mk(&[("channels", "one")]).unwrap().dim(), 36 * 7);
        let e = mk(&[("species", "O, Fe"), ("n_max", "4"), ("l_max", "3")]).unwrap();
        assert_eq!(e.options().basis, SpeciesBasis::Elements(vec![8, 26]));
        assert_eq!(e.dim(), 8 * 9 / 2 * 4);
        for bad in [
            &[("r_cut", "1")][..],
            &[("n_max", "0")],
            &[("n_max", "13")],
            &[("l_max", "21")],
            &[("sigma", "0")],
            &[("average", "off")],
            &[("species", "Fe,Xx")],
            &[("species", "Fe,Fe")],
            &[("channels", "one,bogus")],
            &[("species", "Fe"), ("channels", "one")],
        ] {
            assert!(mk(bad).is_err(), "{bad:?}");
        }
        let cu = Structure::new(
            Lattice::new([[3.6, 0.0, 0.0], [0.0, 3.6, 0.0], [0.0, 0.0, 3.6]]),
            &[29],
            &[[0.0; 3]],
        )
        .unwrap();
        let err = mk(&[("species", "Fe")]).unwrap().featurize(&cu).unwrap_err().to_string();
        assert!(err.contains("Cu") && err.contains("Fe"), "{err}");
    }

    #[test]
    fn isolated_atom_sees_only_itself() {
        // One atom in a box larger than the neighbour cutoff: only the l = 0 terms are non-zero.
        let s = Structure::new(
            Lattice::new([[25.0, 0.0, 0.0], [0.0, 25.0, 0.0], [0.0, 0.0, 25.0]]),
            &[26],
            &[[0.0; 3]],
        )
        .unwrap();
        let e = SoapEncoder::new(SoapOptions {
            basis: SpeciesBasis::Channels(vec!["one".into()]),
            ..Default::default()
        })
        .unwrap();
        let v = e.featurize(&s).unwrap();
        let per_l = 8 * 9 / 2;
        assert!(v[..per_l].iter().any(|&x| x != 0.0));
        assert!(v[per_l..].iter().all(|&x| x == 0.0));
    }
}

//! A deterministic, self-made demo corpus of plausible crystals.
//!
//! [`demo_records`] builds structures from a fixed set of textbook [`prototypes`] (rock salt,
//! perovskite, spinel, ...). Each prototype has chemically sensible element pools per species
//! slot; the lattice constant comes from the empirical atomic radii
//! ([`element::atomic_radius`]) through the prototype's nearest-neighbour geometry (rock salt:
//! a = 2(r_A + r_X)), times a small random factor (±3%) so the corpus is not a grid.
//! Non-cubic prototypes also draw their free parameters (c/a, internal coordinates) from
//! narrow ranges; none of them can raise the symmetry, so every structure has its
//! prototype's space group.
//!
//! The corpus is the project's own data: nothing is copied from a database, and no property
//! is invented (records carry structures only). The same [`DemoOptions`] give bit-identical
//! records on every platform (ChaCha8 seeded from `seed`, no platform-dependent sampling), and
//! a shorter corpus is a prefix of a longer one with the same seed.

mod prototypes;

pub use prototypes::Prototype;

use crate::structure::{element, wrap01, Lattice, Site, Structure, Vec3};
use crate::Record;
use prototypes::{CellKind, PROTOTYPES};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashSet;

/// Source name of demo records.
pub const SOURCE: &str = "demo";

/// Relative spread of the random lattice-constant factor.
const JITTER: f64 = 0.03;
/// A bond may be at most this much (relative) longer or shorter than the sum of radii.
const BOND_TOLERANCE: f64 = 0.12;
/// No two atoms closer than this fraction of the sum of their radii.
const MIN_CONTACT: f64 = 0.7;
/// Densities (g/cm³) the random factor must keep the structure within. The radii make a few
/// 5d metals (Os, Ir) denser than they are; the factor's range is cut where they would pass
/// 24 g/cm³ (osmium, the densest element, has 22.6).
const DENSITY_RANGE: (f64, f64) = (0.5, 24.0);

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// Number of records (default 3000).
    pub count: usize,
    /// Random seed (default 42).
    pub seed: u64,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self { count: 3000, seed: 42 }
    }
}

/// The prototypes of the demo corpus, in a fixed order.
pub fn prototypes() -> &'static [Prototype] {
    &PROTOTYPES
}

/// The demo corpus: `options.count` records with source `"demo"`, source ids
/// `"demo-000000"`, `"demo-000001"`, ..., the prototype name as `prototype`, no properties,
/// no space group (the database computes it) and `{"generator": "crystaldb demo", "seed": ..}`
/// in `extra`.
///
/// Records cycle through every (prototype, composition) pair, in a seeded order, before any
/// composition repeats (with other lattice parameters); the first `prototypes().len()`
/// records hold one structure of each prototype.
pub fn demo_records(options: &DemoOptions) -> Vec<Record> {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    let mut pools: Vec<Vec<Vec<u8>>> = PROTOTYPES.iter().map(compositions).collect();
    for pool in &mut pools {
        shuffle(pool, &mut rng);
    }
    let schedule = interleave(&pools, &mut rng);
    if schedule.is_empty() {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    // Reserve no more than a typical corpus: `count` is the user's number.
    let mut out = Vec::with_capacity(options.count.min(1 << 16));
    let mut next = 0usize;
    // Consecutive schedule entries that gave no record; a whole pass of them ends the corpus
    // early (it cannot happen with the built-in tables, but must not loop forever).
    let mut misses = 0usize;
    while out.len() < options.count && misses < schedule.len() {
        let before = out.len();
        let (p, c) = schedule[next % schedule.len()];
        next += 1;
        let proto = &PROTOTYPES[p];
        let species = &pools[p][c];
        // A repeat of (prototype, elements, lattice) would need two identical f64 draws; redraw
        // anyway rather than emit a duplicate.
        for _ in 0..16 {
            let params: Vec<f64> =
                proto.spec.params.iter().map(|&(lo, hi)| uniform(&mut rng, lo, hi)).collect();
            let u = uniform(&mut rng, 0.0, 1.0);
            let Some(structure) = build(proto, species, &params, u) else { break };
            let key = (p, species.clone(), structure.lattice.matrix.map(|row| row.map(f64::to_bits)));
            if seen.insert(key) {
                let mut record = Record::new(SOURCE, format!("demo-{:06}", out.len()), structure);
                record.prototype = Some(proto.name.to_string());
                record.extra.insert("generator".into(), "crystaldb demo".into());
                record.extra.insert("seed".into(), options.seed.into());
                out.push(record);
                misses = 0;
                break;
            }
        }
        if out.len() == before {
            misses += 1;
        }
    }
    out
}

/// Uniform in [lo, hi) from the top 53 bits of one draw: the same on every platform.
fn uniform(rng: &mut ChaCha8Rng, lo: f64, hi: f64) -> f64 {
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    lo + (hi - lo) * u
}

/// Cube root of a positive number by Newton's method in plain IEEE arithmetic: `f64::cbrt`
/// comes from the platform's libm, whose last bit may differ between platforms.
fn cbrt(x: f64) -> f64 {
    if !(x > 0.0 && x.is_finite()) {
        return x;
    }
    let mut y = 1.0;
    for _ in 0..200 {
        let next = (2.0 * y + x / (y * y)) / 3.0;
        if next == y {
            break;
        }
        y = next;
    }
    y
}

/// An index in 0..n (n > 0); the modulo bias is below 2⁻⁵⁰ for the sizes used here.
fn index(rng: &mut ChaCha8Rng, n: usize) -> usize {
    (rng.next_u64() % n as u64) as usize
}

fn shuffle<T>(v: &mut [T], rng: &mut ChaCha8Rng) {
    for i in (1..v.len()).rev() {
        v.swap(i, index(rng, i + 1));
    }
}

/// (prototype, composition index) pairs: round k holds the k-th composition of every
/// prototype that has one, prototypes in a fresh random order each round.
fn interleave(pools: &[Vec<Vec<u8>>], rng: &mut ChaCha8Rng) -> Vec<(usize, usize)> {
    let rounds = pools.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for k in 0..rounds {
        let mut round: Vec<usize> = (0..pools.len()).filter(|&p| k < pools[p].len()).collect();
        shuffle(&mut round, rng);
        out.extend(round.into_iter().map(|p| (p, k)));
    }
    out
}

/// Midpoints of the free-parameter ranges.
fn nominal_params(p: &Prototype) -> Vec<f64> {
    p.spec.params.iter().map(|&(lo, hi)| 0.5 * (lo + hi)).collect()
}

/// Every distinct composition (one element per slot, all different) of a prototype's families
/// whose geometry is plausible at the nominal parameters, in definition order.
fn compositions(p: &Prototype) -> Vec<Vec<u8>> {
    let nominal = nominal_params(p);
    let dist = UnitCell::new(p, &nominal).slot_distances(p.species_slots);
    let mut out: Vec<Vec<u8>> = Vec::new();
    for family in p.spec.families {
        let mut combos: Vec<Vec<u8>> = vec![Vec::new()];
        for pool in family.iter() {
            let zs: Vec<u8> = pool.iter().filter_map(|s| element::atomic_number(s)).collect();
            combos = combos
                .iter()
                .flat_map(|c| {
                    zs.iter().filter(|&z| !c.contains(z)).map(move |&z| [c.as_slice(), &[z]].concat())
                })
                .collect();
        }
        for c in combos {
            if c.len() == p.species_slots && !out.contains(&c) && plausible(p, &c, &nominal, &dist) {
                out.push(c);
            }
        }
    }
    out
}

fn radii(species: &[u8]) -> Option<Vec<f64>> {
    species.iter().map(|&z| element::atomic_radius(z)).collect()
}

/// Lattice constant (Å) at which the prototype's bonds are, on average, as long as the sums
/// of the atomic radii: the mean of `(r_i + r_j) / d_ij` over the bonds, where `d_ij` is the
/// bond length in the unit cell (a = 1).
fn lattice_constant(p: &Prototype, radii: &[f64], dist: &[Vec<f64>]) -> f64 {
    let bonds = p.spec.bonds;
    bonds.iter().map(|&(i, j)| (radii[i] + radii[j]) / dist[i][j]).sum::<f64>() / bonds.len() as f64
}

/// Whether every bond is within [`BOND_TOLERANCE`] of the sum of radii and no two atoms are
/// closer than [`MIN_CONTACT`] times theirs, at the lattice constant the radii give, and the
/// random factor can bring the density into [`DENSITY_RANGE`].
fn plausible(p: &Prototype, species: &[u8], params: &[f64], dist: &[Vec<f64>]) -> bool {
    let Some(r) = radii(species) else { return false };
    let a = lattice_constant(p, &r, dist);
    let bonds_ok = p.spec.bonds.iter().all(|&(i, j)| {
        let ratio = a * dist[i][j] / (r[i] + r[j]);
        (ratio - 1.0).abs() <= BOND_TOLERANCE
    });
    let contacts_ok =
        (0..r.len()).all(|i| (0..r.len()).all(|j| a * dist[i][j] >= MIN_CONTACT * (r[i] + r[j])));
    bonds_ok
        && contacts_ok
        && build_scaled(p, species, params, 1.0).is_some_and(|s| factor_range(&s).is_some())
}

/// The range of the random factor on the lattice constant: 1 ± [`JITTER`], cut so that the
/// density of `s` (built at factor 1) stays within [`DENSITY_RANGE`]; `None` if nothing is left.
fn factor_range(s: &Structure) -> Option<(f64, f64)> {
    let rho = s.density();
    let lo = (1.0 - JITTER).max(cbrt(rho / DENSITY_RANGE.1));
    let hi = (1.0 + JITTER).min(cbrt(rho / DENSITY_RANGE.0));
    (lo <= hi).then_some((lo, hi))
}

/// A prototype's stored cell at a = 1: lattice rows, slot and fractional position per site.
struct UnitCell {
    matrix: [Vec3; 3],
    slots: Vec<usize>,
    frac: Vec<Vec3>,
}

impl UnitCell {
    fn new(p: &Prototype, params: &[f64]) -> Self {
        // Centred cells are stored primitive: rows of `matrix` in units of the cubic a, and
        // `to_primitive` maps conventional fractional coordinates onto them (its inverse).
        let (matrix, to_primitive) = match p.spec.cell {
            CellKind::CubicP => ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], None),
            CellKind::CubicF => (
                [[0.0, 0.5, 0.5], [0.5, 0.0, 0.5], [0.5, 0.5, 0.0]],
                Some([[-1.0, 1.0, 1.0], [1.0, -1.0, 1.0], [1.0, 1.0, -1.0]]),
            ),
            CellKind::CubicI => (
                [[-0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0.5, 0.5, -0.5]],
                Some([[0.0, 1.0, 1.0], [1.0, 0.0, 1.0], [1.0, 1.0, 0.0]]),
            ),
            CellKind::Tetragonal => ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, params[0]]], None),
            CellKind::Hexagonal => {
                ([[1.0, 0.0, 0.0], [-0.5, 0.75f64.sqrt(), 0.0], [0.0, 0.0, params[0]]], None)
            }
        };
        let mut slots = Vec::new();
        let mut frac = Vec::new();
        for (slot, f) in (p.spec.sites)(params) {
            let g = match to_primitive {
                Some(q) => std::array::from_fn(|k| f[0] * q[0][k] + f[1] * q[1][k] + f[2] * q[2][k]),
                None => f,
            };
            slots.push(slot);
            frac.push(g.map(wrap01));
        }
        Self { matrix, slots, frac }
    }

    /// Shortest distance between a site of slot i and a site (or periodic image) of slot j,
    /// for every slot pair; infinite where a slot has no partner.
    fn slot_distances(&self, nslots: usize) -> Vec<Vec<f64>> {
        let lattice = Lattice::new(self.matrix);
        let cart: Vec<Vec3> = self.frac.iter().map(|f| lattice.to_cartesian(*f)).collect();
        let mut d = vec![vec![f64::INFINITY; nslots]; nslots];
        for (s, cs) in cart.iter().enumerate() {
            for (t, ct) in cart.iter().enumerate() {
                for n in 0..125 {
                    let image = [n / 25, n / 5 % 5, n % 5].map(|k| k as f64 - 2.0);
                    if s == t && image == [0.0; 3] {
                        continue;
                    }
                    let shift = lattice.to_cartesian(image);
                    let v: Vec3 = std::array::from_fn(|k| ct[k] + shift[k] - cs[k]);
                    let r = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
                    let (i, j) = (self.slots[s], self.slots[t]);
                    if r < d[i][j] {
                        d[i][j] = r;
                    }
                }
            }
        }
        d
    }
}

/// The structure of `species` (one element per slot) in prototype `p` with free parameters
/// `params`, its lattice constant from the radii times a factor in [`factor_range`] picked by
/// `u` in [0, 1). Where the range is empty (possible only away from the nominal parameters),
/// the factor is the one that puts the density at the edge of [`DENSITY_RANGE`].
fn build(p: &Prototype, species: &[u8], params: &[f64], u: f64) -> Option<Structure> {
    let mut s = build_scaled(p, species, params, 1.0)?;
    let rho = s.density();
    let factor = match factor_range(&s) {
        Some((lo, hi)) => lo + (hi - lo) * u,
        None if rho > DENSITY_RANGE.1 => cbrt(rho / DENSITY_RANGE.1),
        None => cbrt(rho / DENSITY_RANGE.0),
    };
    s.lattice = Lattice::new(s.lattice.matrix.map(|row| row.map(|x| x * factor)));
    Some(s)
}

/// [`build`] with a given factor on the lattice constant.
fn build_scaled(p: &Prototype, species: &[u8], params: &[f64], factor: f64) -> Option<Structure> {
    let unit = UnitCell::new(p, params);
    let dist = unit.slot_distances(p.species_slots);
    let a = lattice_constant(p, &radii(species)?, &dist) * factor;
    let lattice = Lattice::new(unit.matrix.map(|row| row.map(|x| x * a)));
    let sites = unit
        .slots
        .iter()
        .zip(&unit.frac)
        .map(|(&slot, &frac)| Site { z: species[slot], frac, occupancy: 1.0 })
        .collect();
    Some(Structure { lattice, sites })
}

#[cfg(test)]
mod tests;

//! Views of a crystal for contrastive training: "give me the same crystal, described differently".
//!
//! Every [`Augmentation`] maps a crystal to the *same* crystal (or to it with thermal motion):
//!
//! * [`Augmentation::Rotation`]: a random proper rotation of the lattice vectors (Cartesian frame
//!   change; fractional coordinates unchanged);
//! * [`Augmentation::Supercell`]: the 1x1x1 cell or a 2x2x2 or mixed (1x1x2, 1x2x2, ...)
//!   supercell, as long as it stays within `max_atoms` sites: the same infinite crystal;
//! * [`Augmentation::OriginShift`]: every fractional coordinate shifted by one random vector and
//!   wrapped: another choice of origin;
//! * [`Augmentation::Permutation`]: the site rows in a random order;
//! * [`Augmentation::Jitter`]: independent Gaussian displacements of every atom (after the
//!   supercell, so images move independently) with standard deviation `jitter` Å per Cartesian
//!   component: thermal motion, a few hundredths of an Å at room temperature.
//!
//! Opt-in, off by default ([`ViewOptions::strain`] = 0): an isotropic [`strain`] of the cell by a
//! uniform factor in [1 - ε, 1 + ε], the same polymorph under a little hydrostatic pressure or
//! thermal expansion. Every symmetry element survives it (space group, prototype and Wyckoff
//! positions are unchanged); only the length scale moves, which a network reading absolute
//! distances would otherwise use to tell crystals of one structure type apart.
//!
//! Nothing here changes the species of a site, removes or adds an atom or changes the structure
//! type: element substitution, atom removal and polymorph changes make a *different* material
//! and are never offered as positives (`augmentations_never_change_the_crystal` enforces it).

use super::rng::SeededRng;
use crystaldb::structure::{wrap01, Lattice, Site, Structure};

/// One kind of physically valid view change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Augmentation {
    /// Random proper rotation.
    Rotation,
    /// 1x1x1, 2x2x2 or mixed supercell.
    Supercell,
    /// Random origin shift.
    OriginShift,
    /// Random site order.
    Permutation,
    /// Thermal jitter of positions (Å).
    Jitter,
}

/// Every augmentation offered for positive pairs.
pub const AUGMENTATIONS: &[Augmentation] = &[
    Augmentation::Rotation,
    Augmentation::Supercell,
    Augmentation::OriginShift,
    Augmentation::Permutation,
    Augmentation::Jitter,
];

/// Supercells a view may use (1x1x1 half of the time).
const SUPERCELLS: [[usize; 3]; 7] =
    [[2, 2, 2], [1, 1, 2], [1, 2, 1], [2, 1, 1], [1, 2, 2], [2, 1, 2], [2, 2, 1]];

/// Settings of [`view`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewOptions {
    /// Standard deviation of the thermal jitter per Cartesian component (Å).
    pub jitter: f64,
    /// Largest number of sites of a supercell view.
    pub max_atoms: usize,
    /// Isotropic strain amplitude ε (fraction, 0: none): each view's cell is scaled by a uniform
    /// factor in [1 - ε, 1 + ε] after the other augmentations.
    pub strain: f64,
}

impl Default for ViewOptions {
    fn default() -> Self {
        Self { jitter: 0.03, max_atoms: 96, strain: 0.0 }
    }
}

/// Apply one augmentation.
pub fn apply(s: &Structure, a: Augmentation, options: &ViewOptions, rng: &mut SeededRng) -> Structure {
    match a {
        Augmentation::Rotation => rotate(s, &random_rotation(rng)),
        Augmentation::Supercell => {
            if rng.unit() < 0.5 {
                return s.clone();
            }
            let fits: Vec<[usize; 3]> = SUPERCELLS
                .iter()
                .copied()
                .filter(|n| s.nsites() * n[0] * n[1] * n[2] <= options.max_atoms)
                .collect();
            if fits.is_empty() {
                s.clone()
            } else {
                s.supercell(fits[rng.index(fits.len())])
            }
        }
        Augmentation::OriginShift => {
            let t = [rng.unit(), rng.unit(), rng.unit()];
            let mut out = s.clone();
            for site in &mut out.sites {
                for (x, dt) in site.frac.iter_mut().zip(t) {
                    *x = wrap01(*x + dt);
                }
            }
            out
        }
        Augmentation::Permutation => {
            let mut out = s.clone();
            rng.shuffle(&mut out.sites);
            out
        }
        Augmentation::Jitter => jitter(s, options.jitter, rng).0,
    }
}

/// A random view: every augmentation of [`AUGMENTATIONS`] in order.
pub fn view(s: &Structure, options: &ViewOptions, rng: &mut SeededRng) -> Structure {
    view_mapped(s, options, rng).0
}

/// A random view (the one [`view`] draws from the same `rng` state) and, for each of its site
/// rows, the row of `s` it is a copy or periodic image of — what a per-atom contrastive loss
/// needs to pair an atom of one view with the same atom of the other.
pub fn view_mapped(s: &Structure, options: &ViewOptions, rng: &mut SeededRng) -> (Structure, Vec<usize>) {
    let mut out = s.clone();
    let mut origin: Vec<usize> = (0..s.nsites()).collect();
    for &a in AUGMENTATIONS {
        if a == Augmentation::Permutation {
            // The same draws as `apply` (Fisher-Yates depends on the length only), carrying the map.
            let mut rows: Vec<(Site, usize)> = out.sites.drain(..).zip(origin).collect();
            rng.shuffle(&mut rows);
            (out.sites, origin) = rows.into_iter().unzip();
            continue;
        }
        let before = out.nsites();
        out = apply(&out, a, options, rng);
        if out.nsites() != before {
            // `Structure::supercell` writes the images of the site rows in row order, image by image.
            origin = (0..out.nsites()).map(|r| origin[r % before]).collect();
        }
    }
    if options.strain > 0.0 {
        // Drawn only when asked for, so views without strain are the ones they always were.
        out = strain(&out, 1.0 + options.strain * (2.0 * rng.unit() - 1.0));
    }
    (out, origin)
}

/// The crystal with its cell scaled by `factor` (fractional coordinates unchanged): an isotropic
/// strain, which keeps every symmetry element and multiplies every interatomic distance by
/// `factor`.
pub fn strain(s: &Structure, factor: f64) -> Structure {
    Structure { lattice: s.lattice.uniformly_scaled(factor), sites: s.sites.clone() }
}

/// Gaussian displacements (σ = `sigma` Å per Cartesian component), with their mean over the
/// cell removed (no net translation). Returns the displaced structure and the displacements (Å).
pub fn jitter(s: &Structure, sigma: f64, rng: &mut SeededRng) -> (Structure, Vec<[f64; 3]>) {
    let n = s.nsites();
    let mut d: Vec<[f64; 3]> =
        (0..n).map(|_| [rng.normal() * sigma, rng.normal() * sigma, rng.normal() * sigma]).collect();
    let mean: [f64; 3] = std::array::from_fn(|k| d.iter().map(|v| v[k]).sum::<f64>() / n.max(1) as f64);
    for v in &mut d {
        for (x, m) in v.iter_mut().zip(mean) {
            *x -= m;
        }
    }
    let Some(inv) = s.lattice.inverse() else {
        return (s.clone(), vec![[0.0; 3]; n]);
    };
    let mut out = s.clone();
    for (site, v) in out.sites.iter_mut().zip(&d) {
        for (k, x) in site.frac.iter_mut().enumerate() {
            *x += v[0] * inv[0][k] + v[1] * inv[1][k] + v[2] * inv[2][k];
        }
    }
    (out, d)
}

/// A uniformly random proper rotation (from a random unit quaternion).
pub fn random_rotation(rng: &mut SeededRng) -> [[f64; 3]; 3] {
    let (u1, u2, u3) = (rng.unit(), rng.unit(), rng.unit());
    let tau = 2.0 * std::f64::consts::PI;
    let (a, b) = ((1.0 - u1).sqrt(), u1.sqrt());
    let (w, x, y, z) =
        (a * (tau * u2).sin(), a * (tau * u2).cos(), b * (tau * u3).sin(), b * (tau * u3).cos());
    [
        [1.0 - 2.0 * (y * y + z * z), 2.0 * (x * y - z * w), 2.0 * (x * z + y * w)],
        [2.0 * (x * y + z * w), 1.0 - 2.0 * (x * x + z * z), 2.0 * (y * z - x * w)],
        [2.0 * (x * z - y * w), 2.0 * (y * z + x * w), 1.0 - 2.0 * (x * x + y * y)],
    ]
}

fn rotate(s: &Structure, r: &[[f64; 3]; 3]) -> Structure {
    let m = s.lattice.matrix;
    let rows: [[f64; 3]; 3] =
        std::array::from_fn(|i| std::array::from_fn(|k| (0..3).map(|j| r[k][j] * m[i][j]).sum()));
    let sites: Vec<Site> = s.sites.clone();
    Structure { lattice: Lattice::new(rows), sites }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::encode::invariance::prototypes;
    use crystaldb::structure::neighbor_list;

    /// Per-atom environments: (Z, sorted (neighbour Z, distance) of the nearest 6), sorted.
    fn environments(s: &Structure) -> Vec<(u8, Vec<(u8, f64)>)> {
        let pairs = neighbor_list(&s.lattice, &s.frac_coords(), 4.5).unwrap();
        let mut env: Vec<(u8, Vec<(u8, f64)>)> = s.sites.iter().map(|x| (x.z, vec![])).collect();
        for p in pairs {
            env[p.i].1.push((s.sites[p.j].z, p.distance));
        }
        for e in &mut env {
            e.1.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            e.1.truncate(6);
        }
        env.sort_by(|a, b| a.0.cmp(&b.0).then(a.1[0].1.total_cmp(&b.1[0].1)));
        env
    }

    /// Every environment of `a` has one in `b` within `tol` Å and the other way round.
    fn same_environments(a: &Structure, b: &Structure, tol: f64) -> bool {
        let (ea, eb) = (environments(a), environments(b));
        let close = |x: &(u8, Vec<(u8, f64)>), y: &(u8, Vec<(u8, f64)>)| {
            x.0 == y.0
                && x.1.len() == y.1.len()
                && x.1.iter().zip(&y.1).all(|(p, q)| (p.1 - q.1).abs() <= tol)
        };
        ea.iter().all(|x| eb.iter().any(|y| close(x, y))) && eb.iter().all(|y| ea.iter().any(|x| close(x, y)))
    }

    fn atoms_per_formula_unit(s: &Structure) -> f64 {
        let c = s.composition();
        let reduced: f64 = c.reduced_amounts().iter().map(|(_, a)| a).sum();
        reduced
    }

    #[test]
    fn augmentations_never_change_the_crystal() {
        let options = ViewOptions { jitter: 0.02, max_atoms: 64, strain: 0.0 };
        for (name, s) in prototypes() {
            for seed in 0..6 {
                let mut rng = SeededRng::new(seed);
                for &a in AUGMENTATIONS {
                    let v = apply(&s, a, &options, &mut rng);
                    assert_eq!(
                        v.composition().reduced_formula(),
                        s.composition().reduced_formula(),
                        "{name} {a:?}"
                    );
                    assert_eq!(atoms_per_formula_unit(&v), atoms_per_formula_unit(&s), "{name} {a:?}");
                    assert_eq!(v.nsites() % s.nsites(), 0, "{name} {a:?}: sites added or removed");
                    let tol =
                        if a == Augmentation::Jitter { 8.0 * options.jitter * 2f64.sqrt() } else { 1e-6 };
                    assert!(same_environments(&s, &v, tol), "{name} {a:?} changed the local environments");
                }
                let v = view(&s, &options, &mut rng);
                assert!(
                    same_environments(&s, &v, 8.0 * options.jitter * 2f64.sqrt()),
                    "{name}: composed view"
                );
            }
        }
        // A substitution or an atom removal is detected by the same check: the check has teeth.
        let nacl = prototypes().into_iter().find(|p| p.0 == "NaCl rock salt").unwrap().1;
        let mut kcl = nacl.clone();
        kcl.sites[0].z = 19;
        assert!(!same_environments(&nacl, &kcl, 1e-6));
        let big = nacl.supercell([2, 1, 1]);
        let mut removed = big.clone();
        removed.sites.remove(0);
        assert!(!same_environments(&big, &removed, 1e-6));
    }

    #[test]
    fn view_maps_point_each_row_at_the_site_it_is_a_copy_of() {
        let options = ViewOptions { jitter: 0.0, max_atoms: 64, strain: 0.0 };
        let mut saw_supercell = false;
        for (name, s) in prototypes() {
            for seed in 0..8 {
                let (v, map) = view_mapped(&s, &options, &mut SeededRng::new(seed));
                assert_eq!(v, view(&s, &options, &mut SeededRng::new(seed)), "{name}: the same view");
                assert_eq!(map.len(), v.nsites());
                let copies = v.nsites() / s.nsites();
                saw_supercell |= copies > 1;
                for site in 0..s.nsites() {
                    assert_eq!(map.iter().filter(|&&o| o == site).count(), copies, "{name} seed {seed}");
                }
                // Each row has its site's element, and (without jitter) the same environment:
                // its distances to every other row's site are distances in the original crystal.
                let env = |st: &Structure, i: usize| -> Vec<(u8, i64)> {
                    let pairs = neighbor_list(&st.lattice, &st.frac_coords(), 4.0).unwrap();
                    let mut e: Vec<(u8, i64)> = pairs
                        .iter()
                        .filter(|p| p.i == i)
                        .map(|p| (st.sites[p.j].z, (p.distance * 1e4).round() as i64))
                        .collect();
                    e.sort_unstable();
                    e
                };
                for (r, &o) in map.iter().enumerate() {
                    assert_eq!(v.sites[r].z, s.sites[o].z, "{name} seed {seed} row {r}");
                    assert_eq!(env(&v, r), env(&s, o), "{name} seed {seed} row {r}: environment");
                }
            }
        }
        assert!(saw_supercell, "no supercell view was drawn");
    }

    #[test]
    fn only_physically_valid_augmentations_are_offered() {
        // The list is closed: no substitution, removal or polymorph change exists to be offered.
        assert_eq!(AUGMENTATIONS.len(), 5);
        let names: Vec<String> = AUGMENTATIONS.iter().map(|a| format!("{a:?}").to_lowercase()).collect();
        for banned in ["substitut", "remov", "delet", "vacanc", "polymorph", "swap", "element"] {
            assert!(names.iter().all(|n| !n.contains(banned)), "{banned} offered: {names:?}");
        }
    }

    #[test]
    fn random_rotations_are_proper_and_orthogonal() {
        let mut rng = SeededRng::new(3);
        for _ in 0..20 {
            let r = random_rotation(&mut rng);
            for i in 0..3 {
                for j in 0..3 {
                    let d: f64 = (0..3).map(|k| r[i][k] * r[j][k]).sum();
                    assert!((d - if i == j { 1.0 } else { 0.0 }).abs() < 1e-12);
                }
            }
            let det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
                - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
            assert!((det - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn strain_keeps_the_symmetry_and_scales_every_distance() {
        for (name, s) in prototypes() {
            let sg = s.space_group(1e-4).unwrap().number;
            for factor in [0.95, 1.07] {
                let v = strain(&s, factor);
                assert_eq!(v.space_group(1e-4).unwrap().number, sg, "{name} x{factor}");
                let (e, ev) = (environments(&s), environments(&v));
                assert_eq!(e.len(), ev.len());
                for (x, y) in e.iter().zip(&ev) {
                    assert_eq!(x.0, y.0, "{name}");
                    for (p, q) in x.1.iter().zip(&y.1) {
                        assert_eq!(p.0, q.0, "{name}");
                        assert!((p.1 * factor - q.1).abs() < 1e-9, "{name}: {} x {factor} != {}", p.1, q.1);
                    }
                }
            }
        }
    }

    #[test]
    fn views_strain_only_when_asked_and_within_the_amplitude() {
        let plain = ViewOptions { jitter: 0.0, max_atoms: 64, strain: 0.0 };
        let strained = ViewOptions { strain: 0.05, ..plain };
        for (name, s) in prototypes() {
            let per_atom = |x: &Structure| x.volume() / x.nsites() as f64;
            let mut factors = vec![];
            for seed in 0..8 {
                let a = view(&s, &plain, &mut SeededRng::new(seed));
                assert!((per_atom(&a) / per_atom(&s) - 1.0).abs() < 1e-9, "{name}: strained without asking");
                let b = view(&s, &strained, &mut SeededRng::new(seed));
                assert_eq!(b.composition().reduced_formula(), s.composition().reduced_formula());
                assert_eq!(b.nsites(), a.nsites(), "{name}: the same supercell as the plain view");
                let f = (per_atom(&b) / per_atom(&s)).cbrt();
                assert!((0.95 - 1e-12..=1.05 + 1e-12).contains(&f), "{name}: factor {f}");
                factors.push(f);
            }
            assert!(factors.iter().any(|f| (f - 1.0).abs() > 1e-3), "{name}: never strained {factors:?}");
        }
    }
}

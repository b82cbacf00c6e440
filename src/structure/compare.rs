//! "Are these two structures the same crystal?" — used to link records of one material across
//! sources and formats.
//!
//! Two structures match when (1) their reduced compositions are equal, (2) their volumes per atom
//! agree within `volume_tolerance` (relative), and (3) after scaling both to the same volume per
//! atom, their local environments agree: for every site, the sorted distances to its nearest
//! `shell_size` neighbours of each species, in units of the cube root of the volume per atom.
//! The environments are compared as multisets weighted by the fraction of the cell's sites they
//! describe, so a primitive cell matches its conventional cell or any supercell, in any
//! orientation, origin or site order. Distances must agree within `distance_tolerance`
//! (relative). This is a comparison of complete local geometry, invariant under every
//! Euclidean motion and cell choice; it does not distinguish homometric structures (rare) or
//! enantiomorphs (mirror images), which is acceptable for de-duplication.
//!
//! [`fit`] is the exact comparison that confirms a signature match, in the manner of pymatgen's
//! `StructureMatcher` (primitive cells, volumes scaled to agree, default tolerances the same):
//! both structures are reduced to their primitive cells (`primitive_cell`, not symmetrised) with
//! Niggli-reduced lattices; the second lattice is scaled to the first one's volume; every basis of the second
//! lattice made of vectors with integer coordinates in [-2, 2] whose lengths agree with the
//! first basis within `length_tolerance` (relative) and whose angles agree within
//! `angle_tolerance` (degrees) is tried; for each, every translation that puts a site of the
//! rarest species onto the first structure's first such site is tried, sites are paired by
//! species and nearest periodic image, the mean displacement is removed, and the fit is accepted
//! when every site lies within `site_tolerance` × (V/N)^(1/3) Å of its partner (the same
//! "fraction of the free length per atom" as pymatgen's `stol`).

use super::{lattice, neighbors, Structure, Vec3};
use std::collections::BTreeMap;

/// Tolerances of [`same_crystal`].
#[derive(Debug, Clone, PartialEq)]
pub struct MatchTolerance {
    /// Largest relative difference of the volumes per atom (default 0.1: DFT and experiment
    /// differ by a few percent; `f64::INFINITY`: no limit, as pymatgen's `scale=True`).
    pub volume_tolerance: f64,
    /// Largest relative difference of any normalised neighbour distance (default 0.03).
    pub distance_tolerance: f64,
    /// Neighbours per species in each site's environment (default 6).
    pub shell_size: usize,
    /// [`fit`]: largest relative difference of corresponding lattice-vector lengths of the
    /// primitive cells, after scaling to equal volumes (default 0.2, pymatgen's `ltol`).
    pub length_tolerance: f64,
    /// [`fit`]: largest difference of corresponding lattice angles, degrees (default 5,
    /// pymatgen's `angle_tol`).
    pub angle_tolerance: f64,
    /// [`fit`]: largest distance of a site from its partner, as a fraction of the free length
    /// per atom (V/N)^(1/3) (default 0.3, pymatgen's `stol`).
    pub site_tolerance: f64,
    /// [`fit`]: tolerance (Å) of the translations that make the primitive cells
    /// ([`super::primitive_cell`]; default 0.25, as pymatgen's `get_primitive_structure`).
    pub primitive_tolerance: f64,
}

impl Default for MatchTolerance {
    fn default() -> Self {
        Self {
            volume_tolerance: 0.1,
            distance_tolerance: 0.03,
            shell_size: 6,
            length_tolerance: 0.2,
            angle_tolerance: 5.0,
            site_tolerance: 0.3,
            primitive_tolerance: 0.25,
        }
    }
}

/// Environment of one site: its species and, per neighbour species, sorted normalised distances.
type Environment = (u8, Vec<Vec<f64>>);

/// The distinct environments of a structure with the fraction of sites each describes.
pub struct Signature {
    species: Vec<u8>,
    fractions: BTreeMap<u8, f64>,
    volume_per_atom: f64,
    environments: Vec<(Environment, f64)>,
}

impl Signature {
    /// Signature of an ordered structure; `None` for disordered ones (partial occupancy) or
    /// when the neighbour list fails.
    pub fn of(s: &Structure, tol: &MatchTolerance) -> Option<Self> {
        if !s.is_ordered() || s.sites.is_empty() {
            return None;
        }
        let n = s.sites.len();
        let vpa = s.volume() / n as f64;
        let unit = vpa.cbrt();
        let comp = s.composition();
        let species: Vec<u8> = comp.amounts().map(|(z, _)| z).collect();
        let fractions = comp.amounts().map(|(z, a)| (z, a / n as f64)).collect();
        // Grow the cutoff (2.5, 3.5, 4.9, ... x unit) until every site sees `shell_size`
        // neighbours of every species. Cutoffs of the sequence below the radius a sphere needs
        // to hold that many sites of the rarest species on average are skipped: a complete
        // cutoff gives the same nearest distances whichever it is, and the last cutoff tried
        // (past 12 x unit) is the same.
        let k = tol.shell_size;
        let rarest = comp.amounts().map(|(_, a)| a).fold(f64::INFINITY, f64::min);
        let needed = (3.0 * k as f64 * s.volume() / (4.0 * std::f64::consts::PI * rarest)).cbrt();
        let mut cutoff = 2.5 * unit;
        while cutoff < 0.9 * needed && cutoff <= 12.0 * unit {
            cutoff *= 1.4;
        }
        let slot =
            |z: u8| species.iter().position(|&x| x == z).expect("every site's species is in the composition");
        let site_slot: Vec<usize> = s.sites.iter().map(|site| slot(site.z)).collect();
        let frac = s.frac_coords();
        // Per site and species slot: the distances (in units) seen within the cutoff.
        let envs: Vec<Vec<Vec<f64>>> = loop {
            let pairs = neighbors::neighbor_pairs(&s.lattice, &frac, cutoff).ok()?;
            let mut per_site: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); species.len()]; n];
            for p in &pairs {
                per_site[p.i][site_slot[p.j]].push(p.distance / unit);
            }
            let complete = per_site.iter().all(|m| m.iter().all(|d| d.len() >= k));
            if complete || cutoff > 12.0 * unit {
                break per_site;
            }
            cutoff *= 1.4;
        };
        let mut environments: Vec<(Environment, f64)> = Vec::new();
        for (i, m) in envs.into_iter().enumerate() {
            let env: Vec<Vec<f64>> = m
                .into_iter()
                .map(|mut d| {
                    // The `k` smallest, sorted: the same as sorting all and keeping `k`.
                    if d.len() > k {
                        d.select_nth_unstable_by(k, f64::total_cmp);
                        d.truncate(k);
                    }
                    d.sort_by(f64::total_cmp);
                    d
                })
                .collect();
            let e = (s.sites[i].z, env);
            match environments.iter_mut().find(|(x, _)| env_close(x, &e, tol.distance_tolerance)) {
                Some((_, w)) => *w += 1.0 / n as f64,
                None => environments.push((e, 1.0 / n as f64)),
            }
        }
        Some(Self { species, fractions, volume_per_atom: vpa, environments })
    }

    /// The digest of this signature ([`SignatureDigest::may_match`]).
    pub fn digest(&self) -> SignatureDigest {
        SignatureDigest {
            volume_per_atom: self.volume_per_atom,
            smallest_weight: self.environments.iter().map(|(_, w)| *w).fold(f64::INFINITY, f64::min),
            environments: self.environments.len() as u32,
        }
    }

    /// Whether two signatures describe the same crystal within `tol`.
    pub fn matches(&self, other: &Signature, tol: &MatchTolerance) -> bool {
        if self.species != other.species {
            return false;
        }
        if self.fractions.iter().zip(&other.fractions).any(|((_, a), (_, b))| (a - b).abs() > 1e-6) {
            return false;
        }
        if volumes_differ(self.volume_per_atom, other.volume_per_atom, tol) {
            return false;
        }
        let mut used = vec![false; other.environments.len()];
        for (e, w) in &self.environments {
            let hit = other.environments.iter().enumerate().find(|(k, (f, v))| {
                !used[*k] && (w - v).abs() < 1e-6 && env_close(e, f, tol.distance_tolerance)
            });
            match hit {
                Some((k, _)) => used[k] = true,
                None => return false,
            }
        }
        used.iter().all(|u| *u)
    }
}

/// What [`Signature::matches`] needs to refuse most non-matches, in 24 bytes instead of a whole
/// signature (kilobytes): the volume per atom (Å³), the number of distinct environments and the
/// smallest fraction of sites one environment describes. Kept for every row staged by an insert;
/// the full signature is recomputed only for candidates whose digest passes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SignatureDigest {
    volume_per_atom: f64,
    smallest_weight: f64,
    environments: u32,
}

impl SignatureDigest {
    /// Whether signatures with these digests may match within `tol`: a necessary condition of
    /// [`Signature::matches`] (of either argument order), never stricter. `matches` pairs the
    /// environments one to one with weights within 1e-6, so the counts are equal and the
    /// smallest weights differ by less than 1e-6; the volume test is `matches`' own.
    pub fn may_match(&self, other: &SignatureDigest, tol: &MatchTolerance) -> bool {
        self.environments == other.environments
            && (self.smallest_weight - other.smallest_weight).abs() < 1e-6
            && !volumes_differ(self.volume_per_atom, other.volume_per_atom, tol)
    }
}

/// Whether two volumes per atom differ by more than `tol.volume_tolerance` (relative).
fn volumes_differ(a: f64, b: f64, tol: &MatchTolerance) -> bool {
    (a - b).abs() / a.max(b) > tol.volume_tolerance
}

fn env_close(a: &Environment, b: &Environment, tol: f64) -> bool {
    a.0 == b.0
        && a.1.len() == b.1.len()
        && a.1.iter().zip(&b.1).all(|(x, y)| {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| (p - q).abs() <= tol * p.max(*q))
        })
}

/// Whether `a` and `b` are the same crystal: their signatures match and [`fit`] confirms it
/// (see the module documentation).
pub fn same_crystal(a: &Structure, b: &Structure, tol: &MatchTolerance) -> bool {
    match (Signature::of(a, tol), Signature::of(b, tol)) {
        (Some(x), Some(y)) => x.matches(&y, tol) && fit(a, b, tol).is_some(),
        _ => false,
    }
}

/// How well two structures superimpose ([`fit`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// Root-mean-square site displacement, in units of the free length per atom (V/N)^(1/3).
    pub rms: f64,
    /// Largest site displacement, same units.
    pub max: f64,
    /// Largest relative difference of corresponding lattice-vector lengths.
    pub length_mismatch: f64,
    /// Largest difference of corresponding lattice angles, degrees.
    pub angle_mismatch: f64,
}

/// The best superposition of `b` onto `a` within the tolerances, or `None` when there is none
/// (see the module documentation). Disordered structures never fit.
pub fn fit(a: &Structure, b: &Structure, tol: &MatchTolerance) -> Option<Fit> {
    fit_prepared(&Prepared::new(a, tol)?, &Prepared::new(b, tol)?, tol)
}

/// A structure ready for [`fit_prepared`]: its primitive cell at `tol.primitive_tolerance`
/// (the part of [`fit`] that depends on one structure only), for comparing one structure
/// with many.
#[derive(Debug, Clone)]
pub struct Prepared {
    cell: Structure,
    /// Species of the primitive cell's sites, sorted.
    species: Vec<u8>,
    /// The first site of the species with the fewest sites (the smallest Z among equals): the
    /// translations tried map each site of that species onto it.
    anchor: usize,
    /// The sites of each species, species in ascending Z (the same groups for two structures of
    /// one composition), and each site's group.
    groups: Vec<Vec<usize>>,
    group_of: Vec<usize>,
}

impl Prepared {
    /// `None` for a disordered (partially occupied) or empty structure: those never fit.
    pub fn new(s: &Structure, tol: &MatchTolerance) -> Option<Self> {
        if !s.is_ordered() || s.sites.is_empty() {
            return None;
        }
        let cell = super::primitive_cell(s, tol.primitive_tolerance);
        let mut species = cell.species();
        species.sort_unstable();
        let rarest = species
            .chunk_by(|x, y| x == y)
            .min_by_key(|run| run.len())
            .map(|run| run[0])
            .expect("an ordered structure with sites");
        let anchor = cell.sites.iter().position(|s| s.z == rarest).expect("the species has a site");
        let mut distinct = species.clone();
        distinct.dedup();
        let group_of: Vec<usize> =
            cell.sites.iter().map(|s| distinct.binary_search(&s.z).expect("a listed species")).collect();
        let mut groups = vec![Vec::new(); distinct.len()];
        for (i, &g) in group_of.iter().enumerate() {
            groups[g].push(i);
        }
        Some(Self { cell, species, anchor, groups, group_of })
    }

    /// The primitive cell the comparison uses.
    pub fn cell(&self) -> &Structure {
        &self.cell
    }
}

/// [`fit`] of two prepared structures (prepared with the same `tol`).
pub fn fit_prepared(a: &Prepared, b: &Prepared, tol: &MatchTolerance) -> Option<Fit> {
    let (pa, pb) = (&a.cell, &b.cell);
    let n = pa.sites.len();
    if n != pb.sites.len() || a.species != b.species {
        return None;
    }
    let (va, vb) = (pa.volume(), pb.volume());
    if !(va > 0.0 && vb > 0.0) || (va - vb).abs() / va.max(vb) > tol.volume_tolerance {
        return None;
    }
    let scale = (va / vb).cbrt();
    let lb = pb.lattice.uniformly_scaled(scale);
    let cart_b: Vec<Vec3> = pb.sites.iter().map(|s| lb.to_cartesian(s.frac)).collect();
    let unit = (va / n as f64).cbrt();
    let (len_a, ang_a) = (pa.lattice.lengths(), pa.lattice.angles());

    // Lattice vectors of b whose length fits each of a's three.
    let mut candidates: [Vec<Vec3>; 3] = Default::default();
    for i in -2i32..=2 {
        for j in -2i32..=2 {
            for k in -2i32..=2 {
                if (i, j, k) == (0, 0, 0) {
                    continue;
                }
                let v = lb.to_cartesian([i as f64, j as f64, k as f64]);
                let len = lattice::norm(v);
                for axis in 0..3 {
                    if (len - len_a[axis]).abs() <= tol.length_tolerance * len_a[axis] {
                        candidates[axis].push(v);
                    }
                }
            }
        }
    }
    let angle = |x: Vec3, y: Vec3| {
        (lattice::dot(x, y) / (lattice::norm(x) * lattice::norm(y))).clamp(-1.0, 1.0).acos().to_degrees()
    };
    let mut best: Option<Fit> = None;
    let mut frac_b: Vec<Vec3> = Vec::with_capacity(n);
    let mut scratch = Scratch::default();
    for &v0 in &candidates[0] {
        for &v1 in &candidates[1] {
            let gamma = angle(v0, v1);
            if (gamma - ang_a[2]).abs() > tol.angle_tolerance {
                continue;
            }
            for &v2 in &candidates[2] {
                // A basis of the whole lattice (unimodular), not of a sublattice.
                let det = lattice::dot(v0, lattice::cross(v1, v2));
                if (det.abs() - va).abs() > 1e-6 * va {
                    continue;
                }
                let (alpha, beta) = (angle(v1, v2), angle(v0, v2));
                let angle_mismatch = [alpha - ang_a[0], beta - ang_a[1], gamma - ang_a[2]]
                    .iter()
                    .fold(0.0f64, |m, d| m.max(d.abs()));
                if angle_mismatch > tol.angle_tolerance {
                    continue;
                }
                let Some(inv) = lattice::invert3(&[v0, v1, v2]) else {
                    continue;
                };
                frac_b.clear();
                frac_b.extend(cart_b.iter().map(|c| {
                    std::array::from_fn(|j| c[0] * inv[0][j] + c[1] * inv[1][j] + c[2] * inv[2][j])
                }));
                let Some((rms, max)) = superimpose(a, b, &frac_b, unit, tol.site_tolerance, &mut scratch)
                else {
                    continue;
                };
                let length_mismatch = [v0, v1, v2]
                    .iter()
                    .zip(len_a)
                    .fold(0.0f64, |m, (v, l)| m.max((lattice::norm(*v) - l).abs() / l));
                if best.is_none_or(|b| rms < b.rms) {
                    best = Some(Fit { rms, max, length_mismatch, angle_mismatch });
                }
            }
        }
    }
    best
}

/// Buffers [`superimpose`] reuses across the bases and translations of one fit.
#[derive(Default)]
struct Scratch {
    used: Vec<bool>,
    shifts: Vec<Vec3>,
}

/// `x` minus the nearest integer (halves away from zero, as `f64::round`): the minimum-image
/// offset of a fractional coordinate. Adding and subtracting 1.5 * 2^52 rounds in the FPU's
/// round-to-nearest mode without a libm call (exact for |x| < 2^51); its ties go to even, so
/// an exact half is handed to `round`.
#[inline]
fn wrap(x: f64) -> f64 {
    const MAGIC: f64 = 6_755_399_441_055_744.0;
    const EXACT_BELOW: f64 = 2_251_799_813_685_248.0;
    if x.abs() < EXACT_BELOW {
        let d = x - ((x + MAGIC) - MAGIC);
        if d.abs() != 0.5 {
            return d;
        }
    }
    x - x.round()
}

/// Pair the sites of `a` with those of `b` (fractional coordinates `frac_b` in a basis that
/// corresponds to `a`'s) by every translation that maps a site of the rarest species onto `a`'s
/// first one; the best (rms, max) displacement in units of `unit` when every site is within
/// `site_tol`.
fn superimpose(
    a: &Prepared,
    b: &Prepared,
    frac_b: &[Vec3],
    unit: f64,
    site_tol: f64,
    scratch: &mut Scratch,
) -> Option<(f64, f64)> {
    let anchor = &a.cell.sites[a.anchor];
    let (lattice, n) = (&a.cell.lattice, a.cell.sites.len());
    let limit = site_tol * unit;
    let pick_limit2 = (1.5 * limit) * (1.5 * limit);
    let Scratch { used, shifts } = scratch;
    let mut best: Option<(f64, f64)> = None;
    for &j in &b.groups[a.group_of[a.anchor]] {
        let t: Vec3 = std::array::from_fn(|c| frac_b[j][c] - anchor.frac[c]);
        used.clear();
        used.resize(n, false);
        shifts.clear();
        let mut ok = true;
        for (sa, &g) in a.cell.sites.iter().zip(&a.group_of) {
            // The nearest unused site of the same species (squared distances compared).
            let mut pick: Option<(usize, f64, Vec3)> = None;
            for &k in &b.groups[g] {
                if used[k] {
                    continue;
                }
                let d: Vec3 = std::array::from_fn(|c| wrap(frac_b[k][c] - t[c] - sa.frac[c]));
                let v = lattice.to_cartesian(d);
                let dist2 = lattice::dot(v, v);
                if pick.is_none_or(|p| dist2 < p.1) {
                    pick = Some((k, dist2, d));
                }
            }
            match pick {
                Some((k, dist2, d)) if dist2 <= pick_limit2 => {
                    used[k] = true;
                    shifts.push(d);
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        // Remove the mean displacement (the best translation for this pairing), then measure.
        let mean: Vec3 = std::array::from_fn(|c| shifts.iter().map(|d| d[c]).sum::<f64>() / n as f64);
        let (mut max, mut sum2) = (0.0f64, 0.0f64);
        for d in shifts.iter() {
            let x = lattice::norm(lattice.to_cartesian(std::array::from_fn(|c| d[c] - mean[c])));
            max = max.max(x);
            sum2 += x * x;
        }
        if max > limit {
            continue;
        }
        let (rms, max) = ((sum2 / n as f64).sqrt() / unit, max / unit);
        if best.is_none_or(|b| rms < b.0) {
            best = Some((rms, max));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::{Lattice, Structure};
    use super::*;

    fn rocksalt(a: f64, z: [u8; 2]) -> Structure {
        let l = Lattice::new([[0.0, a / 2.0, a / 2.0], [a / 2.0, 0.0, a / 2.0], [a / 2.0, a / 2.0, 0.0]]);
        Structure::new(l, &z, &[[0.0; 3], [0.5; 3]]).unwrap()
    }

    fn rocksalt_conventional(a: f64, z: [u8; 2]) -> Structure {
        let l = Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
        let mut sp = vec![];
        let mut fr = vec![];
        for t in [[0.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.5]] {
            sp.push(z[0]);
            fr.push(t);
            sp.push(z[1]);
            fr.push([t[0] + 0.5, t[1], t[2]]);
        }
        Structure::new(l, &sp, &fr).unwrap()
    }

    fn cscl(a: f64, z: [u8; 2]) -> Structure {
        let l = Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
        Structure::new(l, &z, &[[0.0; 3], [0.5; 3]]).unwrap()
    }

    #[test]
    fn wrap_is_x_minus_round() {
        for x in [
            0.0,
            -0.0,
            0.25,
            -0.25,
            0.5,
            -0.5,
            1.5,
            -1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            0.7,
            -0.7,
            3.2,
            -3.2,
            1e6 + 0.5,
            1e15 + 1.0,
            2.5e15 + 1.0,
            -2.5e15 - 1.0,
            4e15 + 1.0,
            1e300,
        ] {
            assert_eq!(wrap(x), x - x.round(), "{x}");
        }
        assert!(wrap(f64::NAN).is_nan() && wrap(f64::INFINITY).is_nan());
    }

    #[test]
    fn primitive_conventional_supercell_and_volume_change_match() {
        let t = MatchTolerance::default();
        let p = rocksalt(5.64, [11, 17]);
        assert!(same_crystal(&p, &rocksalt_conventional(5.64, [11, 17]), &t));
        assert!(same_crystal(&p, &p.supercell([2, 1, 3]), &t));
        assert!(same_crystal(&p, &rocksalt(5.75, [11, 17]), &t), "2% larger lattice constant");
        let mut shifted = p.clone();
        for s in &mut shifted.sites {
            s.frac[0] += 0.25;
        }
        assert!(same_crystal(&p, &shifted, &t));
    }

    #[test]
    fn different_crystals_do_not_match() {
        let t = MatchTolerance::default();
        let p = rocksalt(5.64, [11, 17]);
        assert!(!same_crystal(&p, &rocksalt(5.64, [19, 17]), &t), "substitution");
        // Same composition, other polymorph; scale CsCl to the same volume per atom.
        let v = p.volume() / 2.0;
        assert!(!same_crystal(&p, &cscl((2.0 * v).cbrt(), [11, 17]), &t), "polymorph");
        assert!(!same_crystal(&p, &rocksalt(7.0, [11, 17]), &t), "volume far off");
    }

    #[test]
    fn digest_never_refuses_a_match() {
        let t = MatchTolerance::default();
        let sig = |s: &Structure| Signature::of(s, &t).unwrap();
        let p = rocksalt(5.64, [11, 17]);
        let same = [rocksalt_conventional(5.64, [11, 17]), p.supercell([2, 1, 3]), rocksalt(5.75, [11, 17])];
        for other in &same {
            let (a, b) = (sig(&p), sig(other));
            assert!(a.matches(&b, &t));
            assert!(a.digest().may_match(&b.digest(), &t) && b.digest().may_match(&a.digest(), &t));
        }
        assert!(!sig(&p).digest().may_match(&sig(&rocksalt(7.0, [11, 17])).digest(), &t), "volume");
    }

    /// Rotate the Cartesian frame by a proper rotation about (1, 2, 3).
    fn rotated(s: &Structure, angle: f64) -> Structure {
        let k = {
            let n = (14.0f64).sqrt();
            [1.0 / n, 2.0 / n, 3.0 / n]
        };
        let (c, sn) = (angle.cos(), angle.sin());
        let rot = |v: Vec3| -> Vec3 {
            let kv = lattice::cross(k, v);
            let kd = lattice::dot(k, v);
            std::array::from_fn(|i| v[i] * c + kv[i] * sn + k[i] * kd * (1.0 - c))
        };
        let mut out = s.clone();
        out.lattice = Lattice::new(s.lattice.matrix.map(rot));
        out
    }

    #[test]
    fn fit_sees_through_cells_rotations_permutations_and_noise() {
        let t = MatchTolerance::default();
        let p = rocksalt(5.64, [11, 17]);
        let f = fit(&p, &rocksalt_conventional(5.64, [11, 17]), &t).expect("conventional cell");
        assert!(f.rms < 1e-6 && f.length_mismatch < 1e-6 && f.angle_mismatch < 1e-6, "{f:?}");
        let mut other = rotated(&p.supercell([2, 1, 2]), 0.7);
        other.sites.reverse();
        for (i, s) in other.sites.iter_mut().enumerate() {
            s.frac[0] += 0.003 * ((i % 3) as f64 - 1.0) + 0.31;
            s.frac[2] -= 0.17;
        }
        let f = fit(&p, &other, &t).expect("rotated, permuted, shifted, jittered supercell");
        assert!(f.rms > 0.0 && f.max < t.site_tolerance, "{f:?}");
        // 5% strain along one axis: within the length tolerance, seen in length_mismatch.
        let mut strained = p.clone();
        strained.lattice.matrix[0] = strained.lattice.matrix[0].map(|x| x * 1.05);
        let f = fit(&p, &strained, &t).expect("strained");
        assert!(f.length_mismatch > 0.01, "{f:?}");
    }

    #[test]
    fn fit_refuses_other_crystals() {
        let t = MatchTolerance::default();
        let p = rocksalt(5.64, [11, 17]);
        let v = p.volume() / 2.0;
        assert!(fit(&p, &cscl((2.0 * v).cbrt(), [11, 17]), &t).is_none(), "polymorph");
        assert!(fit(&p, &rocksalt(5.64, [19, 17]), &t).is_none(), "substitution");
        // Zinc blende vs rock salt at the same volume per atom: same composition, other sites.
        let a = (8.0 * v).cbrt();
        let l = Lattice::new([[0.0, a / 2.0, a / 2.0], [a / 2.0, 0.0, a / 2.0], [a / 2.0, a / 2.0, 0.0]]);
        let zb = Structure::new(l, &[11, 17], &[[0.0; 3], [0.25; 3]]).unwrap();
        assert!(fit(&p, &zb, &t).is_none(), "zinc blende");
        let mut disordered = p.clone();
        disordered.sites[0].occupancy = 0.5;
        assert!(fit(&p, &disordered, &t).is_none());
    }
}

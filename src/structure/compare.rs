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

use super::{neighbors, Structure};
use std::collections::BTreeMap;

/// Tolerances of [`same_crystal`].
#[derive(Debug, Clone, PartialEq)]
pub struct MatchTolerance {
    /// Largest relative difference of the volumes per atom (default 0.1: DFT and experiment
    /// differ by a few percent).
    pub volume_tolerance: f64,
    /// Largest relative difference of any normalised neighbour distance (default 0.03).
    pub distance_tolerance: f64,
    /// Neighbours per species in each site's environment (default 6).
    pub shell_size: usize,
}

impl Default for MatchTolerance {
    fn default() -> Self {
        Self { volume_tolerance: 0.1, distance_tolerance: 0.03, shell_size: 6 }
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
        // Grow the cutoff until every site sees `shell_size` neighbours of every species.
        let mut cutoff = 2.5 * unit;
        let frac = s.frac_coords();
        let envs = loop {
            let pairs = neighbors::neighbor_list(&s.lattice, &frac, cutoff).ok()?;
            let mut per_site: Vec<BTreeMap<u8, Vec<f64>>> = vec![BTreeMap::new(); n];
            for p in &pairs {
                per_site[p.i].entry(s.sites[p.j].z).or_default().push(p.distance / unit);
            }
            let complete = per_site
                .iter()
                .all(|m| species.iter().all(|z| m.get(z).is_some_and(|d| d.len() >= tol.shell_size)));
            if complete || cutoff > 12.0 * unit {
                break per_site;
            }
            cutoff *= 1.4;
        };
        let mut environments: Vec<(Environment, f64)> = Vec::new();
        for (i, m) in envs.into_iter().enumerate() {
            let env: Vec<Vec<f64>> = species
                .iter()
                .map(|z| {
                    let mut d = m.get(z).cloned().unwrap_or_default();
                    d.sort_by(f64::total_cmp);
                    d.truncate(tol.shell_size);
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

    /// Whether two signatures describe the same crystal within `tol`.
    pub fn matches(&self, other: &Signature, tol: &MatchTolerance) -> bool {
        if self.species != other.species {
            return false;
        }
        if self.fractions.iter().zip(&other.fractions).any(|((_, a), (_, b))| (a - b).abs() > 1e-6) {
            return false;
        }
        let rel = (self.volume_per_atom - other.volume_per_atom).abs()
            / self.volume_per_atom.max(other.volume_per_atom);
        if rel > tol.volume_tolerance {
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

fn env_close(a: &Environment, b: &Environment, tol: f64) -> bool {
    a.0 == b.0
        && a.1.len() == b.1.len()
        && a.1.iter().zip(&b.1).all(|(x, y)| {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| (p - q).abs() <= tol * p.max(*q))
        })
}

/// Whether `a` and `b` are the same crystal (see the module documentation).
pub fn same_crystal(a: &Structure, b: &Structure, tol: &MatchTolerance) -> bool {
    match (Signature::of(a, tol), Signature::of(b, tol)) {
        (Some(x), Some(y)) => x.matches(&y, tol),
        _ => false,
    }
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
}

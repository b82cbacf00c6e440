//! Space-group detection with moyo (the spglib authors' Rust library).

use super::Structure;
use crate::error::{Error, Result};
use moyo::base::{AngleTolerance, Cell, Lattice as MoyoLattice};
use moyo::data::Setting;
use moyo::MoyoDataset;
use nalgebra::{Matrix3, Vector3};

/// Space-group type of a structure.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SpaceGroup {
    /// International number, 1..=230.
    pub number: i32,
    /// Hermann–Mauguin symbol as moyo writes it.
    pub symbol: String,
    /// Crystal system (lower case: "cubic", "hexagonal", ...).
    pub crystal_system: String,
}

/// Tolerances of a space-group search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SymmetryTolerance {
    /// Distance tolerance (Å) between a site and its image under an operation.
    pub symprec: f64,
    /// Angle tolerance (degrees) between lattice vectors and their images; `None` uses the
    /// distance-derived criterion of spglib's default (`sin²Δθ·|u||v| < symprec²`).
    pub angle_degrees: Option<f64>,
}

impl SymmetryTolerance {
    /// A distance tolerance with spglib's default angle criterion.
    pub fn distance(symprec: f64) -> Self {
        Self { symprec, angle_degrees: None }
    }
}

/// A space group with the tolerances moyo settled on (it widens or narrows the requested ones
/// when the operations it finds at them do not form a group).
#[derive(Debug, Clone, PartialEq)]
pub struct SymmetrySearch {
    /// The space-group type.
    pub group: SpaceGroup,
    /// The distance tolerance (Å) the group was found at.
    pub symprec: f64,
    /// The angle tolerance (degrees) the group was found at, `None` for the default criterion.
    pub angle_degrees: Option<f64>,
}

/// Crystal system of a space-group number (1..=230), lower case; `None` outside that range.
pub fn crystal_system(number: i32) -> Option<&'static str> {
    Some(match number {
        1..=2 => "triclinic",
        3..=15 => "monoclinic",
        16..=74 => "orthorhombic",
        75..=142 => "tetragonal",
        143..=167 => "trigonal",
        168..=194 => "hexagonal",
        195..=230 => "cubic",
        _ => return None,
    })
}

/// moyo's dataset of an ordered or disordered structure, with the (Z, occupancy x 1000) kind of
/// each moyo atom type.
fn dataset(s: &Structure, tol: SymmetryTolerance) -> Result<(MoyoDataset, Vec<(u8, i64)>)> {
    if s.sites.is_empty() {
        return Err(Error::invalid("no sites: no space group"));
    }
    let m = &s.lattice.matrix;
    let lattice = MoyoLattice::new(Matrix3::new(
        m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2], m[2][0], m[2][1], m[2][2],
    ));
    // Sites are typed by species and (rounded) occupancy, so that a disordered site is only
    // equivalent to another with the same occupancy.
    let mut kinds: Vec<(u8, i64)> = Vec::new();
    let mut numbers = Vec::with_capacity(s.sites.len());
    for site in &s.sites {
        let key = (site.z, (site.occupancy * 1000.0).round() as i64);
        let id = match kinds.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                kinds.push(key);
                kinds.len() - 1
            }
        };
        numbers.push(id as i32);
    }
    let positions =
        s.sites.iter().map(|site| Vector3::new(site.frac[0], site.frac[1], site.frac[2])).collect();
    let cell = Cell::new(lattice, positions, numbers);
    // moyo is well tested, but a panic inside it must never take an ingest job down.
    let result = std::panic::catch_unwind(|| {
        let angle = match tol.angle_degrees {
            Some(deg) => AngleTolerance::Radian(deg.to_radians()),
            None => AngleTolerance::Default,
        };
        MoyoDataset::new(&cell, tol.symprec, angle, Setting::Spglib, false)
    })
    .map_err(|_| Error::invalid("symmetry search panicked"))?;
    let ds = result.map_err(|e| Error::invalid(format!("symmetry search failed: {e}")))?;
    Ok((ds, kinds))
}

/// The space group at `tol`, with the tolerances moyo settled on.
pub(super) fn search(s: &Structure, tol: SymmetryTolerance) -> Result<SymmetrySearch> {
    let (ds, _) = dataset(s, tol)?;
    let number = ds.number;
    let group = SpaceGroup {
        number,
        symbol: ds.hm_symbol.clone(),
        crystal_system: crystal_system(number).unwrap_or("unknown").to_string(),
    };
    let angle_degrees = match ds.angle_tolerance {
        AngleTolerance::Radian(r) => Some(r.to_degrees()),
        AngleTolerance::Default => None,
    };
    Ok(SymmetrySearch { group, symprec: ds.symprec, angle_degrees })
}

/// The Niggli-reduced basis of a lattice (moyo's reduction; the lattice points are unchanged).
pub(super) fn niggli(l: &super::Lattice) -> Option<super::Lattice> {
    let (reduced, _) = MoyoLattice::from_basis(l.matrix).niggli_reduce().ok()?;
    Some(super::Lattice::new(reduced.basis_as_array()))
}

#[cfg(test)]
mod tests {
    use super::super::{Lattice, Structure};
    use super::*;

    #[test]
    fn rock_salt_is_fm3m() {
        let a = 5.64;
        let l = Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
        let mut species = vec![];
        let mut frac = vec![];
        for t in [[0.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.5]] {
            species.push(11);
            frac.push(t);
            species.push(17);
            frac.push([t[0] + 0.5, t[1], t[2]]);
        }
        let s = Structure::new(l, &species, &frac).unwrap();
        let sg = s.space_group(1e-3).unwrap();
        assert_eq!(sg.number, 225);
        assert_eq!(sg.crystal_system, "cubic");
    }

    #[test]
    fn an_angle_tolerance_is_used_and_reported() {
        let l = Lattice::new([[4.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 4.0]]);
        let s = Structure::new(l, &[55, 17], &[[0.0, 0.0, 0.0], [0.5, 0.5, 0.5]]).unwrap();
        let found = s.symmetry(SymmetryTolerance { symprec: 1e-3, angle_degrees: Some(5.0) }).unwrap();
        assert_eq!(found.group.number, 221);
        assert!((found.angle_degrees.unwrap() - 5.0).abs() < 1e-9 && found.symprec == 1e-3);
        let default = s.symmetry(SymmetryTolerance::distance(1e-3)).unwrap();
        assert_eq!((default.group.number, default.angle_degrees), (221, None));
    }

    #[test]
    fn crystal_systems() {
        assert_eq!(crystal_system(1), Some("triclinic"));
        assert_eq!(crystal_system(194), Some("hexagonal"));
        assert_eq!(crystal_system(0), None);
    }
}

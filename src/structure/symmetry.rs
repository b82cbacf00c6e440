//! Space-group detection: spglib 2.8.0 (bundled, `crystaldb-spglib`) by default, moyo for
//! comparison.

use super::Structure;
use crate::error::{Error, Result};
use moyo::base::{AngleTolerance, Cell, Lattice as MoyoLattice};
use moyo::data::{hall_symbol_entry, Setting};
use moyo::MoyoDataset;
use nalgebra::{Matrix3, Vector3};

/// Space-group type of a structure.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SpaceGroup {
    /// International number, 1..=230.
    pub number: i32,
    /// Short Hermann–Mauguin symbol of spglib's setting, spaced as the International Tables
    /// (and moyo's table) write it: `F m -3 m`, `P 2_1/c`.
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
    /// What pymatgen's `SpacegroupAnalyzer` uses by default, and so what Materials Project's
    /// stated groups were computed with: 0.1 Å and 5°.
    pub const PYMATGEN: SymmetryTolerance = SymmetryTolerance { symprec: 0.1, angle_degrees: Some(5.0) };

    /// A distance tolerance with spglib's default angle criterion.
    pub fn distance(symprec: f64) -> Self {
        Self { symprec, angle_degrees: None }
    }
}

/// The library that searches for the space group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SymmetryEngine {
    /// spglib 2.8.0 (C, bundled): what pymatgen and Materials Project use. Stored groups come
    /// from it.
    #[default]
    Spglib,
    /// moyo 0.22 (Rust, by spglib's authors): several times faster, but its operation test is
    /// looser than spglib's on slightly distorted cells, and its groups differ from Materials
    /// Project's on 0.8 % of MP rows (`docs/SYMMETRY.md`).
    Moyo,
}

impl SymmetryEngine {
    /// The library and its version, as versions record it (`spglib 2.8.0`).
    pub fn label(self) -> String {
        match self {
            SymmetryEngine::Spglib => format!("spglib {}", crystaldb_spglib::SPGLIB_VERSION),
            SymmetryEngine::Moyo => "moyo 0.22".to_string(),
        }
    }
}

/// A space group with the tolerances it was found at (moyo widens or narrows the requested ones
/// when the operations it finds at them do not form a group; spglib reports the requested ones).
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

/// One integer kind per site: sites are typed by species and (rounded) occupancy, so that a
/// disordered site is only equivalent to another with the same occupancy.
fn site_kinds(s: &Structure) -> Result<Vec<i32>> {
    if s.sites.is_empty() {
        return Err(Error::invalid("no sites: no space group"));
    }
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
    Ok(numbers)
}

fn group(number: i32, symbol: String) -> SpaceGroup {
    SpaceGroup { number, symbol, crystal_system: crystal_system(number).unwrap_or("unknown").to_string() }
}

/// The space group at `tol` found by `engine`, with the tolerances it was found at.
pub(super) fn search(
    s: &Structure,
    tol: SymmetryTolerance,
    engine: SymmetryEngine,
) -> Result<SymmetrySearch> {
    let numbers = site_kinds(s)?;
    match engine {
        SymmetryEngine::Spglib => {
            let positions: Vec<[f64; 3]> = s.sites.iter().map(|site| site.frac).collect();
            let found = crystaldb_spglib::international(
                &s.lattice.matrix,
                &positions,
                &numbers,
                tol.symprec,
                tol.angle_degrees,
            )
            .map_err(|e| Error::invalid(format!("symmetry search failed: {e}")))?;
            // The symbol as stored rows have always spelt it: the short symbol of spglib's
            // setting from moyo's table of the 530 settings (`P 2_1/c`; spglib writes `P2_1/c`).
            let symbol = Setting::Spglib
                .hall_number(found.number)
                .and_then(hall_symbol_entry)
                .map_or(found.symbol, |entry| entry.hm_short.to_string());
            Ok(SymmetrySearch {
                group: group(found.number, symbol),
                symprec: tol.symprec,
                angle_degrees: tol.angle_degrees,
            })
        }
        SymmetryEngine::Moyo => moyo_search(s, numbers, tol),
    }
}

fn moyo_search(s: &Structure, numbers: Vec<i32>, tol: SymmetryTolerance) -> Result<SymmetrySearch> {
    let m = &s.lattice.matrix;
    let lattice = MoyoLattice::new(Matrix3::new(
        m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2], m[2][0], m[2][1], m[2][2],
    ));
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
    let angle_degrees = match ds.angle_tolerance {
        AngleTolerance::Radian(r) => Some(r.to_degrees()),
        AngleTolerance::Default => None,
    };
    Ok(SymmetrySearch { group: group(ds.number, ds.hm_symbol.clone()), symprec: ds.symprec, angle_degrees })
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
    fn both_libraries_spell_the_symbol_alike() {
        let l = Lattice::new([[3.0, 0.0, 0.0], [-1.5, 1.5 * 3f64.sqrt(), 0.0], [0.0, 0.0, 5.0]]);
        // Two atoms at (1/3, 2/3, 1/4) and (2/3, 1/3, 3/4): hcp, P6_3/mmc (194).
        let s = Structure::new(l, &[12, 12], &[[1.0 / 3.0, 2.0 / 3.0, 0.25], [2.0 / 3.0, 1.0 / 3.0, 0.75]])
            .unwrap();
        let tol = SymmetryTolerance::PYMATGEN;
        let spglib = s.symmetry_with(SymmetryEngine::Spglib, tol).unwrap();
        let moyo = s.symmetry_with(SymmetryEngine::Moyo, tol).unwrap();
        assert_eq!(spglib.group, moyo.group);
        assert_eq!((spglib.group.number, spglib.group.symbol.as_str()), (194, "P 6_3/m m c"));
        assert_eq!(spglib.group.crystal_system, "hexagonal");
        assert_eq!(SymmetryEngine::Spglib.label(), "spglib 2.8.0");
    }

    #[test]
    fn a_slightly_distorted_cell_keeps_its_lower_group_with_spglib() {
        // CsCl with Cl moved 0.04 Å along z: the mirror z -> -z maps it 0.08 Å from itself,
        // inside 0.1 Å, so both libraries find the cubic parent at 0.1 Å; at 0.05 Å only the
        // tetragonal P4mm (99) remains.
        let l = Lattice::new([[4.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 4.0]]);
        let s = Structure::new(l, &[55, 17], &[[0.0, 0.0, 0.0], [0.5, 0.5, 0.51]]).unwrap();
        assert_eq!(s.space_group(0.1).unwrap().number, 221);
        assert_eq!(s.space_group(0.05).unwrap().number, 99);
    }

    #[test]
    fn crystal_systems() {
        assert_eq!(crystal_system(1), Some("triclinic"));
        assert_eq!(crystal_system(194), Some("hexagonal"));
        assert_eq!(crystal_system(0), None);
    }
}

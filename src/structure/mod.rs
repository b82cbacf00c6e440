//! The crystal model: "here is a periodic, typed point set — what is it?"
//!
//! A [`Structure`] is a [`Lattice`] (rows are lattice vectors, Å) plus sites, each with one
//! species (atomic number Z), fractional coordinates and an occupancy (CIF-style: a disordered
//! site is several rows at the same position, occupancies summing to at most 1).

pub mod compare;
mod composition;
pub mod element;
mod lattice;
pub mod neighbors;
mod primitive;
mod symmetry;
mod validate;

pub use composition::Composition;
pub use lattice::{cross, dot, invert3, norm, Lattice, Vec3};
pub use neighbors::{neighbor_list, Neighbor};
pub use primitive::primitive_cell;
pub use symmetry::{crystal_system, SpaceGroup, SymmetryEngine, SymmetrySearch, SymmetryTolerance};
pub use validate::ValidationOptions;

use crate::error::{Error, Result};

/// One site row: a species at a fractional position with an occupancy in (0, 1].
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Site {
    /// Atomic number.
    pub z: u8,
    /// Fractional coordinates (in units of the lattice vectors).
    pub frac: Vec3,
    /// Occupancy, 1 for an ordered site.
    pub occupancy: f64,
}

/// A periodic crystal structure.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Structure {
    /// The cell.
    pub lattice: Lattice,
    /// Site rows.
    pub sites: Vec<Site>,
}

/// 1 amu/Å³ in g/cm³.
const AMU_PER_A3_TO_G_PER_CM3: f64 = 1.660_539_066_60;

impl Structure {
    /// A structure from a lattice, species and fractional coordinates, all fully occupied.
    pub fn new(lattice: Lattice, species: &[u8], frac: &[Vec3]) -> Result<Self> {
        if species.len() != frac.len() {
            return Err(Error::invalid(format!("{} species for {} positions", species.len(), frac.len())));
        }
        let sites = species.iter().zip(frac).map(|(&z, &f)| Site { z, frac: f, occupancy: 1.0 }).collect();
        Ok(Self { lattice, sites })
    }

    /// A structure from Cartesian positions (Å).
    pub fn from_cartesian(lattice: Lattice, species: &[u8], cart: &[Vec3]) -> Result<Self> {
        let inv = lattice.inverse().ok_or_else(|| Error::invalid("singular lattice"))?;
        let frac: Vec<Vec3> = cart
            .iter()
            .map(|c| {
                [
                    c[0] * inv[0][0] + c[1] * inv[1][0] + c[2] * inv[2][0],
                    c[0] * inv[0][1] + c[1] * inv[1][1] + c[2] * inv[2][1],
                    c[0] * inv[0][2] + c[1] * inv[1][2] + c[2] * inv[2][2],
                ]
            })
            .collect();
        Self::new(lattice, species, &frac)
    }

    /// Number of site rows.
    pub fn nsites(&self) -> usize {
        self.sites.len()
    }

    /// Atomic numbers, one per site row.
    pub fn species(&self) -> Vec<u8> {
        self.sites.iter().map(|s| s.z).collect()
    }

    /// Fractional coordinates, one per site row.
    pub fn frac_coords(&self) -> Vec<Vec3> {
        self.sites.iter().map(|s| s.frac).collect()
    }

    /// Cartesian coordinates (Å), one per site row.
    pub fn cart_coords(&self) -> Vec<Vec3> {
        self.sites.iter().map(|s| self.lattice.to_cartesian(s.frac)).collect()
    }

    /// Occupancies, one per site row.
    pub fn occupancies(&self) -> Vec<f64> {
        self.sites.iter().map(|s| s.occupancy).collect()
    }

    /// Whether any site is partially occupied.
    pub fn is_ordered(&self) -> bool {
        self.sites.iter().all(|s| s.occupancy >= 1.0 - 1e-9)
    }

    /// Cell volume (Å³).
    pub fn volume(&self) -> f64 {
        self.lattice.volume()
    }

    /// Composition of the cell (occupancy-weighted amounts).
    pub fn composition(&self) -> Composition {
        Composition::from_sites(&self.sites)
    }

    /// Mass density (g/cm³), occupancy-weighted.
    pub fn density(&self) -> f64 {
        let mass: f64 =
            self.sites.iter().map(|s| element::atomic_mass(s.z).unwrap_or(0.0) * s.occupancy).sum();
        mass * AMU_PER_A3_TO_G_PER_CM3 / self.volume()
    }

    /// Occupancy-weighted number of atoms in the cell.
    pub fn num_atoms(&self) -> f64 {
        self.sites.iter().map(|s| s.occupancy).sum()
    }

    /// A copy with every fractional coordinate wrapped into [0, 1).
    pub fn wrapped(&self) -> Self {
        let mut s = self.clone();
        for site in &mut s.sites {
            for x in &mut site.frac {
                *x = wrap01(*x);
            }
        }
        s
    }

    /// The `n0 x n1 x n2` supercell (site order: every original site, then its images).
    pub fn supercell(&self, n: [usize; 3]) -> Self {
        let mut sites = Vec::with_capacity(self.sites.len() * n[0] * n[1] * n[2]);
        for a in 0..n[0] {
            for b in 0..n[1] {
                for c in 0..n[2] {
                    for s in &self.sites {
                        sites.push(Site {
                            z: s.z,
                            frac: [
                                (s.frac[0] + a as f64) / n[0] as f64,
                                (s.frac[1] + b as f64) / n[1] as f64,
                                (s.frac[2] + c as f64) / n[2] as f64,
                            ],
                            occupancy: s.occupancy,
                        });
                    }
                }
            }
        }
        Self { lattice: self.lattice.scaled(n), sites }
    }

    /// Space group from spglib at `symprec` (Å) and pymatgen's 5° angle tolerance — how the
    /// database derives the groups it stores. Disordered sites are typed by (species, occupancy).
    pub fn space_group(&self, symprec: f64) -> Result<SpaceGroup> {
        let tolerance = SymmetryTolerance { symprec, ..SymmetryTolerance::PYMATGEN };
        Ok(symmetry::search(self, tolerance, SymmetryEngine::Spglib)?.group)
    }

    /// Space group from spglib at the given tolerances.
    pub fn symmetry(&self, tolerance: SymmetryTolerance) -> Result<SymmetrySearch> {
        symmetry::search(self, tolerance, SymmetryEngine::Spglib)
    }

    /// Space group from the chosen library at the given tolerances, with the tolerances it was
    /// found at (moyo may settle on others than those asked for).
    pub fn symmetry_with(
        &self,
        engine: SymmetryEngine,
        tolerance: SymmetryTolerance,
    ) -> Result<SymmetrySearch> {
        symmetry::search(self, tolerance, engine)
    }

    /// Check that the structure is physically possible; see [`ValidationOptions`].
    pub fn validate(&self, options: &ValidationOptions) -> Result<()> {
        validate::validate(self, options)
    }
}

/// Wrap a fractional coordinate into [0, 1).
pub fn wrap01(x: f64) -> f64 {
    let y = x - x.floor();
    if y >= 1.0 {
        0.0
    } else {
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nacl() -> Structure {
        let l = Lattice::new([[0.0, 2.82, 2.82], [2.82, 0.0, 2.82], [2.82, 2.82, 0.0]]);
        Structure::new(l, &[11, 17], &[[0.0; 3], [0.5; 3]]).unwrap()
    }

    #[test]
    fn density_of_rock_salt() {
        // NaCl: 2.165 g/cm³ at a = 5.64 Å.
        let d = nacl().density();
        assert!((d - 2.165).abs() < 0.01, "{d}");
    }

    #[test]
    fn supercell_keeps_density_and_formula() {
        let s = nacl();
        let sc = s.supercell([2, 1, 3]);
        assert_eq!(sc.nsites(), 12);
        assert!((sc.density() - s.density()).abs() < 1e-12);
        assert_eq!(sc.composition().reduced_formula(), "ClNa");
    }

    #[test]
    fn wrap_is_in_unit_interval() {
        for x in [-1e-17, -0.0, 1.0, 2.5, -3.25, 0.999_999_999_999_999_9] {
            let y = wrap01(x);
            assert!((0.0..1.0).contains(&y), "{x} -> {y}");
        }
    }
}

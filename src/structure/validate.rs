//! Physical validity checks applied to every structure before it is stored.

use super::{element, neighbors, Structure};
use crate::error::{Error, Result};

/// What counts as a physically impossible structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationOptions {
    /// Two sites closer than this (Å) are "on top of each other", unless they are the rows of
    /// one disordered site (same position within `same_site_tolerance`, occupancies summing to
    /// at most 1). pymatgen's `Structure.is_valid` uses 0.5 Å.
    pub min_distance: f64,
    /// Distance (Å) under which two rows are the same (disordered) site.
    pub same_site_tolerance: f64,
    /// Smallest allowed cell volume per site row (Å³).
    pub min_volume_per_site: f64,
    /// Largest number of site rows accepted in one cell.
    pub max_sites: usize,
}

impl Default for ValidationOptions {
    fn default() -> Self {
        Self { min_distance: 0.5, same_site_tolerance: 1e-3, min_volume_per_site: 0.1, max_sites: 100_000 }
    }
}

pub(super) fn validate(s: &Structure, o: &ValidationOptions) -> Result<()> {
    if s.sites.is_empty() {
        return Err(Error::invalid("structure has no sites"));
    }
    if s.sites.len() > o.max_sites {
        return Err(Error::invalid(format!("{} sites exceed the limit of {}", s.sites.len(), o.max_sites)));
    }
    if !s.lattice.is_finite() {
        return Err(Error::invalid("lattice has non-finite entries"));
    }
    if s.lattice.inverse().is_none() {
        return Err(Error::invalid(format!("singular lattice {:?}", s.lattice.matrix)));
    }
    let v = s.volume();
    if v / (s.sites.len() as f64) < o.min_volume_per_site {
        return Err(Error::invalid(format!(
            "cell volume {v:.4} Å³ is too small for {} sites",
            s.sites.len()
        )));
    }
    for (k, site) in s.sites.iter().enumerate() {
        if element::symbol(site.z).is_none() {
            return Err(Error::invalid(format!("site {k}: unknown element Z={}", site.z)));
        }
        if !site.frac.iter().all(|x| x.is_finite()) {
            return Err(Error::invalid(format!("site {k}: non-finite coordinates {:?}", site.frac)));
        }
        if !(site.occupancy > 0.0 && site.occupancy <= 1.0 + 1e-6) {
            return Err(Error::invalid(format!("site {k}: occupancy {} outside (0, 1]", site.occupancy)));
        }
    }
    let frac = s.wrapped().frac_coords();
    let pairs = neighbors::neighbor_list(&s.lattice, &frac, o.min_distance)?;
    // Rows at the same position form one disordered site whose occupancies must sum to <= 1.
    let mut group_occ: Vec<f64> = s.sites.iter().map(|x| x.occupancy).collect();
    for p in pairs.iter().filter(|p| p.i < p.j) {
        if p.distance <= o.same_site_tolerance {
            group_occ[p.i] += s.sites[p.j].occupancy;
            group_occ[p.j] += s.sites[p.i].occupancy;
        } else {
            return Err(Error::invalid(format!(
                "sites {} and {} are {:.3} Å apart (minimum {} Å)",
                p.i, p.j, p.distance, o.min_distance
            )));
        }
    }
    if let Some(p) = pairs.iter().find(|p| p.i == p.j) {
        return Err(Error::invalid(format!(
            "site {} is {:.3} Å from its own periodic image: the cell is too small",
            p.i, p.distance
        )));
    }
    if let Some((k, occ)) = group_occ.iter().enumerate().find(|(_, &o)| o > 1.0 + 1e-3) {
        return Err(Error::invalid(format!("site {k}: occupancies at one position sum to {occ:.4} > 1")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{Lattice, Site, Structure};
    use super::*;

    fn cubic(a: f64) -> Lattice {
        Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]])
    }

    #[test]
    fn rejects_impossible_structures() {
        let o = ValidationOptions::default();
        let ok = Structure::new(cubic(4.0), &[26, 8], &[[0.0; 3], [0.5; 3]]).unwrap();
        ok.validate(&o).unwrap();
        let overlap = Structure::new(cubic(4.0), &[26, 8], &[[0.0; 3], [0.01, 0.0, 0.0]]).unwrap();
        assert!(overlap.validate(&o).unwrap_err().to_string().contains("apart"));
        let image = Structure::new(cubic(4.0), &[26, 8], &[[0.0; 3], [0.999, 0.0, 0.0]]).unwrap();
        assert!(image.validate(&o).is_err());
        let nan = Structure::new(cubic(4.0), &[26], &[[f64::NAN, 0.0, 0.0]]).unwrap();
        assert!(nan.validate(&o).unwrap_err().to_string().contains("non-finite"));
        let flat = Lattice::new([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1.0, 1.0, 0.0]]);
        let singular = Structure::new(flat, &[26], &[[0.0; 3]]).unwrap();
        assert!(singular.validate(&o).unwrap_err().to_string().contains("singular"));
        let unknown = Structure::new(cubic(4.0), &[0], &[[0.0; 3]]).unwrap();
        assert!(unknown.validate(&o).unwrap_err().to_string().contains("unknown element"));
    }

    #[test]
    fn disordered_site_is_allowed() {
        let o = ValidationOptions::default();
        let site = |z, occ| Site { z, frac: [0.0; 3], occupancy: occ };
        let s = Structure { lattice: cubic(3.0), sites: vec![site(26, 0.5), site(28, 0.5)] };
        s.validate(&o).unwrap();
        let over = Structure { lattice: cubic(3.0), sites: vec![site(26, 0.8), site(28, 0.5)] };
        assert!(over.validate(&o).is_err());
    }
}

//! Periodic neighbour lists.

use super::lattice::{Lattice, Vec3};
use crate::error::{Error, Result};

/// One directed neighbour pair: site `j` in the periodic image `image` of the cell is within the
/// cutoff of site `i` in the home cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Neighbor {
    /// Centre site index.
    pub i: usize,
    /// Neighbour site index.
    pub j: usize,
    /// Lattice translation (in units of a, b, c) applied to site `j`.
    pub image: [i32; 3],
    /// Distance (Å).
    pub distance: f64,
    /// Cartesian vector from `i` to the image of `j` (Å).
    pub vector: Vec3,
}

/// All directed pairs (i, j, image) with distance <= cutoff (0 included: two rows of one disordered site), using the positions as given
/// (not wrapped). Includes a site's own periodic images; never (i, i, [0,0,0]).
/// Brute force over every image that can lie within the cutoff: O(N² · images).
pub fn neighbor_list_brute_force(lattice: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<Vec<Neighbor>> {
    check(lattice, cutoff)?;
    let w = lattice.perpendicular_widths();
    let span: Vec<i32> = w.iter().map(|wk| (cutoff / wk).ceil() as i32 + 1).collect();
    let cart: Vec<Vec3> = frac.iter().map(|f| lattice.to_cartesian(*f)).collect();
    let mut out = Vec::new();
    for i in 0..frac.len() {
        for j in 0..frac.len() {
            for a in -span[0]..=span[0] {
                for b in -span[1]..=span[1] {
                    for c in -span[2]..=span[2] {
                        if i == j && a == 0 && b == 0 && c == 0 {
                            continue;
                        }
                        let t = lattice.to_cartesian([a as f64, b as f64, c as f64]);
                        let v = [
                            cart[j][0] + t[0] - cart[i][0],
                            cart[j][1] + t[1] - cart[i][1],
                            cart[j][2] + t[2] - cart[i][2],
                        ];
                        let d = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
                        if d <= cutoff {
                            out.push(Neighbor { i, j, image: [a, b, c], distance: d, vector: v });
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

/// All directed neighbour pairs within `cutoff` (Å); see [`neighbor_list_brute_force`] for
/// the exact contract.
pub fn neighbor_list(lattice: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<Vec<Neighbor>> {
    neighbor_list_brute_force(lattice, frac, cutoff)
}

fn check(lattice: &Lattice, cutoff: f64) -> Result<()> {
    if !(cutoff.is_finite() && cutoff > 0.0) {
        return Err(Error::invalid(format!("neighbour cutoff must be a positive number, got {cutoff}")));
    }
    if !lattice.is_finite() || lattice.inverse().is_none() {
        return Err(Error::invalid("singular or non-finite lattice"));
    }
    Ok(())
}

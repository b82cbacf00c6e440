//! Lattice: three lattice vectors as the rows of a 3x3 matrix, in Å.

use crate::error::{Error, Result};

/// A 3-vector of `f64`.
pub type Vec3 = [f64; 3];

/// Three lattice vectors stored as the **rows** of a 3x3 matrix, in Å.
///
/// Cartesian = fractional · matrix (row vector times matrix), so `cart = f[0]*a + f[1]*b + f[2]*c`.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lattice {
    /// Rows are the lattice vectors a, b, c (Å).
    pub matrix: [Vec3; 3],
}

impl Lattice {
    /// Lattice from its three row vectors (Å).
    pub fn new(matrix: [Vec3; 3]) -> Self {
        Self { matrix }
    }

    /// Lattice from lengths (Å) and angles (degrees), in the standard orientation
    /// (a along x, b in the xy plane), the convention of pymatgen's `Lattice.from_parameters`
    /// with `vesta=False`.
    pub fn from_parameters(a: f64, b: f64, c: f64, alpha: f64, beta: f64, gamma: f64) -> Result<Self> {
        let (al, be, ga) = (alpha.to_radians(), beta.to_radians(), gamma.to_radians());
        let (ca, cb, cg) = (al.cos(), be.cos(), ga.cos());
        let sg = ga.sin();
        if !(a > 0.0 && b > 0.0 && c > 0.0) || sg.abs() < 1e-12 {
            return Err(Error::invalid(format!(
                "lattice parameters a={a} b={b} c={c} alpha={alpha} beta={beta} gamma={gamma} describe no cell"
            )));
        }
        let cx = cb;
        let cy = (ca - cb * cg) / sg;
        let cz2 = 1.0 - cx * cx - cy * cy;
        if cz2.is_nan() || cz2 <= 1e-12 {
            return Err(Error::invalid(format!(
                "lattice angles alpha={alpha} beta={beta} gamma={gamma} are not realisable"
            )));
        }
        let m = [[a, 0.0, 0.0], [b * cg, b * sg, 0.0], [c * cx, c * cy, c * cz2.sqrt()]];
        Ok(Self { matrix: m })
    }

    /// Lengths of a, b, c (Å).
    pub fn lengths(&self) -> Vec3 {
        [norm(self.matrix[0]), norm(self.matrix[1]), norm(self.matrix[2])]
    }

    /// Angles alpha (b^c), beta (a^c), gamma (a^b) in degrees.
    pub fn angles(&self) -> Vec3 {
        let [a, b, c] = self.matrix;
        [angle(b, c), angle(a, c), angle(a, b)]
    }

    /// Signed volume a · (b × c) (Å³); negative for a left-handed basis.
    pub fn signed_volume(&self) -> f64 {
        let [a, b, c] = self.matrix;
        dot(a, cross(b, c))
    }

    /// Cell volume (Å³).
    pub fn volume(&self) -> f64 {
        self.signed_volume().abs()
    }

    /// Inverse of the matrix, so that `frac = cart · inverse`.
    pub fn inverse(&self) -> Option<[Vec3; 3]> {
        invert3(&self.matrix)
    }

    /// Cartesian coordinates (Å) of a fractional position.
    pub fn to_cartesian(&self, f: Vec3) -> Vec3 {
        let m = &self.matrix;
        [
            f[0] * m[0][0] + f[1] * m[1][0] + f[2] * m[2][0],
            f[0] * m[0][1] + f[1] * m[1][1] + f[2] * m[2][1],
            f[0] * m[0][2] + f[1] * m[1][2] + f[2] * m[2][2],
        ]
    }

    /// Fractional coordinates of a Cartesian position (Å); `None` for a singular lattice.
    pub fn to_fractional(&self, c: Vec3) -> Option<Vec3> {
        let inv = self.inverse()?;
        Some([
            c[0] * inv[0][0] + c[1] * inv[1][0] + c[2] * inv[2][0],
            c[0] * inv[0][1] + c[1] * inv[1][1] + c[2] * inv[2][1],
            c[0] * inv[0][2] + c[1] * inv[1][2] + c[2] * inv[2][2],
        ])
    }

    /// Distances (Å) between the pairs of opposite faces of the cell: the cell's "widths",
    /// `V / |b × c|`, `V / |a × c|`, `V / |a × b|`. A sphere of radius r fits inside the cell
    /// iff 2r is at most every width.
    pub fn perpendicular_widths(&self) -> Vec3 {
        let [a, b, c] = self.matrix;
        let v = self.volume();
        [v / norm(cross(b, c)), v / norm(cross(a, c)), v / norm(cross(a, b))]
    }

    /// Metric tensor G = M Mᵀ (Å²).
    pub fn metric(&self) -> [Vec3; 3] {
        let m = &self.matrix;
        let mut g = [[0.0; 3]; 3];
        for i in 0..3 {
            for j in 0..3 {
                g[i][j] = dot(m[i], m[j]);
            }
        }
        g
    }

    /// The lattice with every vector multiplied by `factor`: an isotropic strain (every angle
    /// kept, every length and interatomic distance times `factor`).
    pub fn uniformly_scaled(&self, factor: f64) -> Self {
        Self { matrix: self.matrix.map(|row| row.map(|x| x * factor)) }
    }

    /// The lattice of an `n0 x n1 x n2` supercell.
    pub fn scaled(&self, n: [usize; 3]) -> Self {
        let mut m = self.matrix;
        for (i, row) in m.iter_mut().enumerate() {
            for x in row.iter_mut() {
                *x *= n[i] as f64;
            }
        }
        Self { matrix: m }
    }

    /// Whether every entry is finite.
    pub fn is_finite(&self) -> bool {
        self.matrix.iter().flatten().all(|x| x.is_finite())
    }
}

/// Dot product.
pub fn dot(a: Vec3, b: Vec3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// Cross product.
pub fn cross(a: Vec3, b: Vec3) -> Vec3 {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}

/// Euclidean norm.
pub fn norm(a: Vec3) -> f64 {
    dot(a, a).sqrt()
}

fn angle(a: Vec3, b: Vec3) -> f64 {
    (dot(a, b) / (norm(a) * norm(b))).clamp(-1.0, 1.0).acos().to_degrees()
}

/// Inverse of a 3x3 matrix; `None` when it is singular (|det| below 1e-12 of the scale).
pub fn invert3(m: &[Vec3; 3]) -> Option<[Vec3; 3]> {
    let det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    let scale = m.iter().flatten().fold(0.0f64, |s, x| s.max(x.abs()));
    if !det.is_finite() || scale == 0.0 || det.abs() <= 1e-12 * scale.powi(3) {
        return None;
    }
    let inv_det = 1.0 / det;
    Some([
        [
            (m[1][1] * m[2][2] - m[1][2] * m[2][1]) * inv_det,
            (m[0][2] * m[2][1] - m[0][1] * m[2][2]) * inv_det,
            (m[0][1] * m[1][2] - m[0][2] * m[1][1]) * inv_det,
        ],
        [
            (m[1][2] * m[2][0] - m[1][0] * m[2][2]) * inv_det,
            (m[0][0] * m[2][2] - m[0][2] * m[2][0]) * inv_det,
            (m[0][2] * m[1][0] - m[0][0] * m[1][2]) * inv_det,
        ],
        [
            (m[1][0] * m[2][1] - m[1][1] * m[2][0]) * inv_det,
            (m[0][1] * m[2][0] - m[0][0] * m[2][1]) * inv_det,
            (m[0][0] * m[1][1] - m[0][1] * m[1][0]) * inv_det,
        ],
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_round_trip() {
        let l = Lattice::from_parameters(3.0, 4.0, 5.0, 80.0, 95.0, 110.0).unwrap();
        let [a, b, c] = l.lengths();
        let [al, be, ga] = l.angles();
        for (x, y) in [(a, 3.0), (b, 4.0), (c, 5.0), (al, 80.0), (be, 95.0), (ga, 110.0)] {
            assert!((x - y).abs() < 1e-9, "{x} vs {y}");
        }
    }

    #[test]
    fn fractional_cartesian_round_trip() {
        let l = Lattice::from_parameters(3.0, 4.0, 5.0, 80.0, 95.0, 110.0).unwrap();
        let f = [0.1, 0.7, -0.3];
        let back = l.to_fractional(l.to_cartesian(f)).unwrap();
        for i in 0..3 {
            assert!((back[i] - f[i]).abs() < 1e-12);
        }
    }

    #[test]
    fn singular_lattice_has_no_inverse() {
        let l = Lattice::new([[1.0, 0.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]]);
        assert!(l.inverse().is_none());
        assert!(Lattice::from_parameters(1.0, 1.0, 1.0, 0.0, 90.0, 90.0).is_err());
    }

    #[test]
    fn widths_of_a_cube() {
        let l = Lattice::new([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 4.0]]);
        assert_eq!(l.perpendicular_widths(), [2.0, 3.0, 4.0]);
        assert_eq!(l.volume(), 24.0);
    }
}

//! The conformance suite every encoder must pass: symmetry operations and cell choices that do
//! not change a crystal must not change its vector; a different crystal must change it.
//!
//! [`check_invariances`] encodes each given structure and, for each, a copy under
//!
//! * `rotation`: a random orthogonal matrix (proper or improper) applied to the lattice vectors,
//! * `translation`: a random origin shift of every fractional coordinate, wrapped into [0, 1),
//! * `permutation`: a random order of the sites,
//! * `supercell_2x2x2` and `supercell_1x2x3`,
//!
//! and requires the vectors to agree: `|a − b| ≤ tol · |a|` (Euclidean norms, `a` the original's
//! vector). It also requires a difference (`|a − b| > tol · |a|`) for
//!
//! * `substitution`: every site of the most abundant element (smallest Z among ties) replaced by
//!   another element (Z + 1, or the next free Z, that the structure does not contain), and
//! * `polymorph`, for structure-aware encoders only ([`Encoder::structure_aware`]): the built-in
//!   pairs of [`polymorph_pairs`] (NaCl in rock-salt and CsCl structures, carbon as diamond and as
//!   graphite). Composition-only encoders give polymorphs equal vectors by design, so the check
//!   is skipped for them.
//!
//! Random choices come from a fixed seed per structure, so a report is reproducible.

use super::Encoder;
use crate::error::Result;
use crate::structure::{wrap01, Lattice, Structure};

/// One check of one structure.
#[derive(Debug, Clone, PartialEq)]
pub struct InvarianceCheck {
    /// `rotation`, `translation`, `permutation`, `supercell_2x2x2`, `supercell_1x2x3`,
    /// `substitution` or `polymorph`.
    pub check: String,
    /// What was compared: the input structure's index, or the polymorph pair's name.
    pub subject: String,
    /// Whether the vectors must agree (true) or differ (false).
    pub expect_equal: bool,
    /// `|a − b| / |a|` (0 when both are zero, infinite when only `a` is).
    pub rel_diff: f32,
    /// Whether the check passed.
    pub passed: bool,
}

/// Everything [`check_invariances`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct InvarianceReport {
    /// The encoder's name.
    pub encoder: String,
    /// The tolerance used (relative to the vector norm).
    pub tol: f32,
    /// Every check, in order.
    pub checks: Vec<InvarianceCheck>,
}

impl InvarianceReport {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.passed)
    }

    /// The checks that failed.
    pub fn failures(&self) -> Vec<&InvarianceCheck> {
        self.checks.iter().filter(|c| !c.passed).collect()
    }

    /// Largest `rel_diff` of the checks named `check` (`None` if there is none).
    pub fn max_rel_diff(&self, check: &str) -> Option<f32> {
        self.checks.iter().filter(|c| c.check == check).map(|c| c.rel_diff).reduce(f32::max)
    }

    /// Smallest `rel_diff` of the checks named `check` (`None` if there is none).
    pub fn min_rel_diff(&self, check: &str) -> Option<f32> {
        self.checks.iter().filter(|c| c.check == check).map(|c| c.rel_diff).reduce(f32::min)
    }
}

impl std::fmt::Display for InvarianceReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n_fail = self.failures().len();
        writeln!(
            f,
            "invariance report for {}: {} checks, {} failed (tol {:e} relative)",
            self.encoder,
            self.checks.len(),
            n_fail,
            self.tol
        )?;
        let mut names: Vec<&str> = self.checks.iter().map(|c| c.check.as_str()).collect();
        names.dedup();
        names.sort();
        names.dedup();
        for name in names {
            let (lo, hi) = (self.min_rel_diff(name).unwrap_or(0.0), self.max_rel_diff(name).unwrap_or(0.0));
            let n = self.checks.iter().filter(|c| c.check == name).count();
            writeln!(f, "  {name:<16} {n:>4} checks, rel diff {lo:.3e} .. {hi:.3e}")?;
        }
        for c in self.failures() {
            let want = if c.expect_equal { "equal" } else { "different" };
            writeln!(
                f,
                "  FAILED {} of {}: expected {want}, rel diff {:.3e}",
                c.check, c.subject, c.rel_diff
            )?;
        }
        Ok(())
    }
}

/// Run the suite on `structures` (see the module documentation); `tol` is relative to the
/// original vector's norm. Errors only when the encoder fails on a structure.
pub fn check_invariances(
    encoder: &dyn Encoder,
    structures: &[Structure],
    tol: f32,
) -> Result<InvarianceReport> {
    let mut checks = Vec::new();
    for (i, s) in structures.iter().enumerate() {
        let mut rng = SplitMix64(0x5eed_0000 + i as u64);
        let variants: Vec<(&str, Structure, bool)> = vec![
            ("rotation", rotated(s, &random_orthogonal(&mut rng)), true),
            ("translation", translated(s, [rng.unit(), rng.unit(), rng.unit()]), true),
            ("permutation", permuted(s, &mut rng), true),
            ("supercell_2x2x2", s.supercell([2, 2, 2]), true),
            ("supercell_1x2x3", s.supercell([1, 2, 3]), true),
            ("substitution", substituted(s), false),
        ];
        let mut batch = vec![s.clone()];
        batch.extend(variants.iter().map(|v| v.1.clone()));
        let vecs = encoder.encode(&batch)?;
        for ((name, _, equal), v) in variants.iter().zip(&vecs[1..]) {
            checks.push(check(name, i.to_string(), *equal, &vecs[0], v, tol));
        }
    }
    if encoder.structure_aware() {
        for (name, a, b) in polymorph_pairs() {
            let v = encoder.encode(&[a, b])?;
            checks.push(check("polymorph", name.to_string(), false, &v[0], &v[1], tol));
        }
    }
    Ok(InvarianceReport { encoder: encoder.spec().name, tol, checks })
}

fn check(name: &str, subject: String, expect_equal: bool, a: &[f32], b: &[f32], tol: f32) -> InvarianceCheck {
    let rel_diff = rel_diff(a, b);
    let passed = if expect_equal { rel_diff <= tol } else { rel_diff > tol };
    InvarianceCheck { check: name.to_string(), subject, expect_equal, rel_diff, passed }
}

/// `|a − b| / |a|` in `f64`, as `f32`; 0 when both are zero, infinite when only `a` is (or when
/// the lengths differ).
pub fn rel_diff(a: &[f32], b: &[f32]) -> f32 {
    if a.len() != b.len() {
        return f32::INFINITY;
    }
    let diff: f64 = a.iter().zip(b).map(|(x, y)| (f64::from(*x) - f64::from(*y)).powi(2)).sum::<f64>().sqrt();
    let norm: f64 = a.iter().map(|x| f64::from(*x).powi(2)).sum::<f64>().sqrt();
    if diff == 0.0 {
        0.0
    } else if norm == 0.0 {
        f32::INFINITY
    } else {
        (diff / norm) as f32
    }
}

/// Pairs of different structures of one composition: `("NaCl rock salt / CsCl", ...)`,
/// `("C diamond / graphite", ...)`.
pub fn polymorph_pairs() -> Vec<(&'static str, Structure, Structure)> {
    let proto = |name: &str| prototypes().into_iter().find(|(n, _)| *n == name).expect("prototype").1;
    vec![
        ("NaCl rock salt / CsCl", proto("NaCl rock salt"), proto("NaCl CsCl-type")),
        ("C diamond / graphite", proto("C diamond"), proto("C graphite")),
    ]
}

/// A few hand-built prototype crystals with realistic lattice constants, named.
pub fn prototypes() -> Vec<(&'static str, Structure)> {
    let fcc =
        |a: f64| Lattice::new([[0.0, a / 2.0, a / 2.0], [a / 2.0, 0.0, a / 2.0], [a / 2.0, a / 2.0, 0.0]]);
    let cubic = |a: f64| Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
    let bcc = |a: f64| {
        let h = a / 2.0;
        Lattice::new([[-h, h, h], [h, -h, h], [h, h, -h]])
    };
    let hex = |a: f64, c: f64| Lattice::from_parameters(a, a, c, 90.0, 90.0, 120.0).expect("hexagonal cell");
    let t = 1.0 / 3.0;
    let tt = 2.0 / 3.0;
    let mk = |l: Lattice, z: &[u8], f: &[[f64; 3]]| Structure::new(l, z, f).expect("prototype");
    vec![
        ("NaCl rock salt", mk(fcc(5.64), &[11, 17], &[[0.0; 3], [0.5; 3]])),
        // CsCl-type NaCl with the same volume per atom as rock salt.
        ("NaCl CsCl-type", mk(cubic((5.64f64.powi(3) / 4.0).cbrt()), &[11, 17], &[[0.0; 3], [0.5; 3]])),
        ("C diamond", mk(fcc(3.567), &[6, 6], &[[0.0; 3], [0.25; 3]])),
        (
            "C graphite",
            mk(
                hex(2.46, 6.71),
                &[6, 6, 6, 6],
                &[[0.0, 0.0, 0.25], [0.0, 0.0, 0.75], [t, tt, 0.25], [tt, t, 0.75]],
            ),
        ),
        ("Cu fcc", mk(fcc(3.61), &[29], &[[0.0; 3]])),
        ("Fe bcc", mk(bcc(2.87), &[26], &[[0.0; 3]])),
        (
            "SrTiO3 perovskite",
            mk(
                cubic(3.905),
                &[38, 22, 8, 8, 8],
                &[[0.0; 3], [0.5; 3], [0.5, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.5]],
            ),
        ),
        (
            "ZnO wurtzite",
            mk(
                hex(3.25, 5.21),
                &[30, 30, 8, 8],
                &[[t, tt, 0.0], [tt, t, 0.5], [t, tt, 0.382], [tt, t, 0.882]],
            ),
        ),
    ]
}

/// Apply the orthogonal matrix `q` to every lattice vector (`row' = q · row`).
fn rotated(s: &Structure, q: &[[f64; 3]; 3]) -> Structure {
    let mut out = s.clone();
    for row in &mut out.lattice.matrix {
        let r = *row;
        *row = std::array::from_fn(|k| q[k][0] * r[0] + q[k][1] * r[1] + q[k][2] * r[2]);
    }
    out
}

fn translated(s: &Structure, shift: [f64; 3]) -> Structure {
    let mut out = s.clone();
    for site in &mut out.sites {
        for (x, t) in site.frac.iter_mut().zip(shift) {
            *x = wrap01(*x + t);
        }
    }
    out
}

fn permuted(s: &Structure, rng: &mut SplitMix64) -> Structure {
    let mut out = s.clone();
    for i in (1..out.sites.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        out.sites.swap(i, j);
    }
    out
}

/// Every site of the most abundant element (smallest Z among ties) becomes the first Z after it
/// (wrapping past 118 to 1) that the structure does not contain.
fn substituted(s: &Structure) -> Structure {
    let comp = s.composition();
    let mut out = s.clone();
    let Some((from, _)) = comp.amounts().fold(None, |best: Option<(u8, f64)>, (z, a)| match best {
        Some((_, b)) if b >= a => best,
        _ => Some((z, a)),
    }) else {
        return out;
    };
    let mut to = from;
    loop {
        to = if to >= crate::structure::element::MAX_Z { 1 } else { to + 1 };
        if to == from || comp.amount(to) == 0.0 {
            break;
        }
    }
    for site in &mut out.sites {
        if site.z == from {
            site.z = to;
        }
    }
    out
}

/// A random orthogonal matrix: a uniformly random rotation (from a random unit quaternion),
/// times −1 half of the time.
fn random_orthogonal(rng: &mut SplitMix64) -> [[f64; 3]; 3] {
    let mut q = [0.0f64; 4];
    loop {
        for x in &mut q {
            *x = rng.gaussian();
        }
        let n = q.iter().map(|x| x * x).sum::<f64>().sqrt();
        if n > 1e-6 {
            q.iter_mut().for_each(|x| *x /= n);
            break;
        }
    }
    let [w, x, y, z] = q;
    let sign = if rng.next() & 1 == 1 { -1.0 } else { 1.0 };
    let r = [
        [1.0 - 2.0 * (y * y + z * z), 2.0 * (x * y - w * z), 2.0 * (x * z + w * y)],
        [2.0 * (x * y + w * z), 1.0 - 2.0 * (x * x + z * z), 2.0 * (y * z - w * x)],
        [2.0 * (x * z - w * y), 2.0 * (y * z + w * x), 1.0 - 2.0 * (x * x + y * y)],
    ];
    r.map(|row| row.map(|v| sign * v))
}

/// SplitMix64: a small seeded generator, enough for test transformations.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal (Box–Muller).
    fn gaussian(&mut self) -> f64 {
        let u = 1.0 - self.unit();
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::dot;

    #[test]
    fn random_orthogonal_is_orthogonal() {
        let mut rng = SplitMix64(1);
        let mut improper = 0;
        for _ in 0..50 {
            let q = random_orthogonal(&mut rng);
            for i in 0..3 {
                for j in 0..3 {
                    let d = dot(q[i], q[j]);
                    assert!((d - if i == j { 1.0 } else { 0.0 }).abs() < 1e-12);
                }
            }
            let det = dot(q[0], crate::structure::cross(q[1], q[2]));
            assert!((det.abs() - 1.0).abs() < 1e-12);
            improper += usize::from(det < 0.0);
        }
        assert!(improper > 5 && improper < 45, "{improper}");
    }

    #[test]
    fn rotation_keeps_lengths_and_angles() {
        let s = &prototypes()[3].1;
        let q = random_orthogonal(&mut SplitMix64(7));
        let r = rotated(s, &q);
        for (a, b) in r.lattice.lengths().iter().zip(s.lattice.lengths()) {
            assert!((a - b).abs() < 1e-12);
        }
        for (a, b) in r.lattice.angles().iter().zip(s.lattice.angles()) {
            assert!((a - b).abs() < 1e-9);
        }
        assert_ne!(r.lattice, s.lattice);
    }

    #[test]
    fn substitution_changes_the_most_abundant_element() {
        let s = &prototypes()[6].1; // SrTiO3: O is most abundant; F (9) is free.
        let t = substituted(s);
        assert_eq!(t.composition().reduced_formula(), "F3SrTi");
        let nacl = &prototypes()[0].1; // tie: Na (11) wins, 12 is free.
        assert_eq!(substituted(nacl).composition().reduced_formula(), "ClMg");
    }

    #[test]
    fn prototypes_are_valid() {
        let opts = crate::structure::ValidationOptions::default();
        for (name, s) in prototypes() {
            s.validate(&opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn rel_diff_edge_cases() {
        assert_eq!(rel_diff(&[0.0, 0.0], &[0.0, 0.0]), 0.0);
        assert_eq!(rel_diff(&[0.0], &[1.0]), f32::INFINITY);
        assert_eq!(rel_diff(&[1.0], &[1.0, 2.0]), f32::INFINITY);
        assert!((rel_diff(&[3.0, 4.0], &[3.0, 4.5]) - 0.1).abs() < 1e-7);
    }
}

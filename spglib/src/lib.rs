//! The space-group type of a periodic cell, from spglib 2.8.0 — the library Materials Project
//! (through pymatgen) computes its space groups with.
//!
//! The C sources are bundled unmodified under `vendor/` (BSD-3-Clause, `vendor/COPYING`) and
//! built by `build.rs` with the `cc` crate, so nothing outside Cargo is needed. The only entry
//! point used is `spgat_get_international`: a distance tolerance in Å and an angle tolerance in
//! degrees (negative for spglib's distance-derived default), exactly what
//! `spglib.get_symmetry_dataset(cell, symprec, angle_tolerance)` is given in Python.
//!
//! spglib keeps its error code in thread-local storage and has no other mutable global state,
//! so [`international`] may be called from many threads at once.

use std::ffi::{c_char, c_int, CStr};
use std::fmt;

/// The bundled spglib's version.
pub const SPGLIB_VERSION: &str = "2.8.0";

mod ffi {
    use std::ffi::{c_char, c_int};

    extern "C" {
        /// `lattice[i][j]` is Cartesian component `i` of basis vector `j` (vectors as columns).
        /// Returns the space-group number, 0 on failure (then `spg_get_error_code` says why).
        pub fn spgat_get_international(
            symbol: *mut c_char,
            lattice: *const [f64; 3],
            position: *const [f64; 3],
            types: *const c_int,
            num_atom: c_int,
            symprec: f64,
            angle_tolerance: f64,
        ) -> c_int;
        /// The error of the last call made on this thread (an `int`-sized C enum).
        pub fn spg_get_error_code() -> c_int;
        /// A static, NUL-terminated message for an error code.
        pub fn spg_get_error_message(code: c_int) -> *const c_char;
    }
}

/// A space-group type as spglib names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct International {
    /// International number, 1..=230.
    pub number: i32,
    /// Short Hermann–Mauguin symbol as spglib writes it (`Fm-3m`, `P6_3/mmc`).
    pub symbol: String,
}

/// Why no space group was found.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The input cannot be handed to spglib (the reason names the argument).
    Invalid(String),
    /// spglib ran and found no group; its own message.
    NotFound(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(why) => write!(f, "invalid cell for spglib: {why}"),
            Error::NotFound(why) => write!(f, "spglib found no space group: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// The space-group type of a cell.
///
/// `lattice` holds the basis vectors as rows (Å), `positions` fractional coordinates and `types`
/// one kind per site (sites of one kind may map onto each other). `symprec` is the distance
/// tolerance in Å; `angle_degrees` the tolerance on lattice-vector angles, `None` for spglib's
/// default criterion derived from `symprec`.
pub fn international(
    lattice: &[[f64; 3]; 3],
    positions: &[[f64; 3]],
    types: &[i32],
    symprec: f64,
    angle_degrees: Option<f64>,
) -> Result<International, Error> {
    if positions.is_empty() {
        return Err(Error::Invalid("no sites".into()));
    }
    if positions.len() != types.len() {
        return Err(Error::Invalid(format!("{} positions but {} types", positions.len(), types.len())));
    }
    let num_atom = c_int::try_from(positions.len())
        .map_err(|_| Error::Invalid(format!("{} sites is more than spglib takes", positions.len())))?;
    if !(symprec.is_finite() && symprec > 0.0) {
        return Err(Error::Invalid(format!("symprec {symprec} is not a positive number")));
    }
    let angle = match angle_degrees {
        Some(a) if a.is_finite() && a > 0.0 => a,
        Some(a) => return Err(Error::Invalid(format!("angle tolerance {a} is not a positive number"))),
        None => -1.0,
    };
    if lattice.iter().flatten().any(|x| !x.is_finite()) {
        return Err(Error::Invalid("lattice has a non-finite component".into()));
    }
    if let Some(i) = positions.iter().position(|p| p.iter().any(|x| !x.is_finite())) {
        return Err(Error::Invalid(format!("site {i} has a non-finite coordinate")));
    }
    let mut columns = [[0.0; 3]; 3];
    for (i, row) in columns.iter_mut().enumerate() {
        for (j, x) in row.iter_mut().enumerate() {
            *x = lattice[j][i];
        }
    }
    let mut symbol: [c_char; 11] = [0; 11];
    // SAFETY: `symbol` has the 11 bytes spglib writes at most (NUL included); `columns` is a
    // 3x3 array; `positions` and `types` both hold `num_atom` elements (checked above), and
    // spglib only reads them.
    let number = unsafe {
        ffi::spgat_get_international(
            symbol.as_mut_ptr(),
            columns.as_ptr(),
            positions.as_ptr(),
            types.as_ptr(),
            num_atom,
            symprec,
            angle,
        )
    };
    if number <= 0 {
        // SAFETY: both calls only read spglib's thread-local error code and its static table
        // of messages; the message pointer is NUL-terminated and lives for the whole program.
        let message = unsafe {
            let code = ffi::spg_get_error_code();
            let text = ffi::spg_get_error_message(code);
            if text.is_null() {
                format!("error code {code}")
            } else {
                CStr::from_ptr(text).to_string_lossy().into_owned()
            }
        };
        return Err(Error::NotFound(message));
    }
    symbol[10] = 0;
    // SAFETY: the buffer is NUL-terminated (last byte set just above).
    let symbol = unsafe { CStr::from_ptr(symbol.as_ptr()) }.to_string_lossy().trim().to_string();
    Ok(International { number, symbol })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rock_salt(a: f64) -> ([[f64; 3]; 3], Vec<[f64; 3]>, Vec<i32>) {
        let mut positions = vec![];
        let mut types = vec![];
        for t in [[0.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.5]] {
            positions.push(t);
            types.push(11);
            positions.push([t[0] + 0.5, t[1], t[2]]);
            types.push(17);
        }
        ([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]], positions, types)
    }

    #[test]
    fn rock_salt_is_fm3m() {
        let (l, p, t) = rock_salt(5.64);
        let g = international(&l, &p, &t, 1e-3, None).unwrap();
        assert_eq!((g.number, g.symbol.as_str()), (225, "Fm-3m"));
        let g = international(&l, &p, &t, 0.1, Some(5.0)).unwrap();
        assert_eq!(g.number, 225);
    }

    #[test]
    fn lattice_rows_are_basis_vectors() {
        // A hexagonal cell given as rows: a1 = (a, 0, 0), a2 = (-a/2, a√3/2, 0), a3 = (0, 0, c).
        // Read as columns it would not be hexagonal, and the group would drop.
        let (a, c) = (3.0, 5.0);
        let l = [[a, 0.0, 0.0], [-a / 2.0, a * 3f64.sqrt() / 2.0, 0.0], [0.0, 0.0, c]];
        let g = international(&l, &[[0.0, 0.0, 0.0]], &[6], 1e-3, None).unwrap();
        assert_eq!(g.number, 191);
        assert_eq!(g.symbol, "P6/mmm");
    }

    #[test]
    fn a_distortion_under_the_tolerance_is_accepted_and_one_over_is_not() {
        // CsCl with the body-centre atom moved by 0.01 of a 4 Å cell along z: the mirror
        // z -> -z maps it 0.08 Å from itself, inside 0.1 Å and outside 0.01 Å.
        let l = [[4.0, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 4.0]];
        let p = [[0.0, 0.0, 0.0], [0.5, 0.5, 0.51]];
        assert_eq!(international(&l, &p, &[55, 17], 0.1, Some(5.0)).unwrap().number, 221);
        assert_eq!(international(&l, &p, &[55, 17], 0.01, Some(5.0)).unwrap().number, 99);
    }

    #[test]
    fn bad_input_is_an_error_not_a_crash() {
        let (l, p, t) = rock_salt(5.64);
        assert!(matches!(international(&l, &[], &[], 0.1, None), Err(Error::Invalid(_))));
        assert!(matches!(international(&l, &p, &t[..3], 0.1, None), Err(Error::Invalid(_))));
        assert!(matches!(international(&l, &p, &t, -0.1, None), Err(Error::Invalid(_))));
        assert!(matches!(international(&l, &p, &t, 0.1, Some(f64::NAN)), Err(Error::Invalid(_))));
        let mut q = p.clone();
        q[3][1] = f64::INFINITY;
        let e = international(&l, &q, &t, 0.1, None).unwrap_err();
        assert!(e.to_string().contains("site 3"), "{e}");
        // A singular lattice: spglib refuses it with its own message.
        let flat = [[1.0, 0.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]];
        assert!(matches!(international(&flat, &p, &t, 0.1, None), Err(Error::NotFound(_))));
        // Two atoms on top of each other: an answer or an error, never a crash.
        let _ = international(&l, &[[0.0; 3], [0.0; 3]], &[1, 1], 0.1, None);
    }

    #[test]
    fn many_threads_at_once() {
        let (l, p, t) = rock_salt(5.64);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..10 {
                        assert_eq!(international(&l, &p, &t, 0.1, Some(5.0)).unwrap().number, 225);
                    }
                });
            }
        });
    }
}

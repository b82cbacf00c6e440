//! Symmetry of CIF blocks: parsing operators such as `-x+1/2, y, -z`, resolving Hall and
//! Hermann–Mauguin symbols and space-group numbers to operators with moyo's table of the 530
//! ITA settings, and expanding an asymmetric unit to the full cell.
//!
//! **Duplicate tolerance.** After every operator is applied and the position wrapped into
//! [0, 1), a new position is dropped as a duplicate of a kept one of the same element when
//! (a) their minimum-image distance is below [`MERGE_DISTANCE`] (0.01 Å), or (b) both are
//! images of the same listed site and every fractional difference (minimum image) is below
//! [`MERGE_FRACTION`] (2e-3). Rule (b) absorbs special positions written with 3–4 decimals
//! (0.333 and 0.667 for 1/3 and 2/3: the image `x-y` is then off by up to 1e-3) in large cells,
//! where that error exceeds 0.01 Å, and atoms written a hair off a symmetry element; images of
//! one listed site are otherwise never that close (genuine split positions are ≳ 0.1 Å apart).

use crystaldb::structure::{wrap01, Lattice, Site, Vec3};
use moyo::data::{hall_symbol_entry, operations_from_number, HallSymbolEntry, Setting};
use std::collections::HashMap;

/// Images closer than this (Å, minimum image) are one site.
pub const MERGE_DISTANCE: f64 = 0.01;
/// Images of one listed site whose fractional coordinates all differ by less than this are one
/// site.
pub const MERGE_FRACTION: f64 = 2e-3;
/// Refuse expansions that would generate more candidate positions than this.
const MAX_CANDIDATES: usize = 20_000_000;

/// A symmetry operation on fractional coordinates: `x' = rot · x + trans`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct SymOp {
    pub rot: [[f64; 3]; 3],
    pub trans: Vec3,
}

impl SymOp {
    /// The identity.
    pub(crate) fn identity() -> Self {
        Self { rot: [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], trans: [0.0; 3] }
    }

    /// Image of a fractional position.
    pub(crate) fn apply(&self, f: Vec3) -> Vec3 {
        let r = &self.rot;
        [
            r[0][0] * f[0] + r[0][1] * f[1] + r[0][2] * f[2] + self.trans[0],
            r[1][0] * f[0] + r[1][1] * f[1] + r[1][2] * f[2] + self.trans[1],
            r[2][0] * f[0] + r[2][1] * f[1] + r[2][2] * f[2] + self.trans[2],
        ]
    }
}

/// Parse an operator in xyz notation: `x,y,z`, `-x+1/2, y, -z`, `1/2+x`, `x-y`, `-y+x`,
/// `+x+0.5`, `X,Y,Z`; a fourth component (`+1`/`-1`, time reversal in magnetic CIFs) is
/// ignored. The rotation must be integral with determinant ±1.
pub(crate) fn parse_symop(s: &str) -> Result<SymOp, String> {
    let parts: Vec<&str> = s.split(',').collect();
    let ok_len =
        parts.len() == 3 || (parts.len() == 4 && matches!(parts[3].trim(), "1" | "+1" | "-1" | "1'" | "-1'"));
    if !ok_len {
        return Err(format!("symmetry operator '{s}' does not have three components"));
    }
    let mut op = SymOp { rot: [[0.0; 3]; 3], trans: [0.0; 3] };
    for (i, part) in parts.iter().take(3).enumerate() {
        let (row, t) = parse_component(part).map_err(|e| format!("symmetry operator '{s}': {e}"))?;
        op.rot[i] = row;
        op.trans[i] = t;
    }
    for row in &op.rot {
        for &x in row {
            if (x - x.round()).abs() > 1e-9 || x.abs() > 2.0 {
                return Err(format!("symmetry operator '{s}' has a non-integral rotation"));
            }
        }
    }
    let r = &op.rot;
    let det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
        - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
        + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
    if (det.abs() - 1.0).abs() > 1e-9 {
        return Err(format!("symmetry operator '{s}' is not a rotation (determinant {det})"));
    }
    Ok(op)
}

fn axis(c: char) -> Option<usize> {
    match c {
        'x' | 'X' => Some(0),
        'y' | 'Y' => Some(1),
        'z' | 'Z' => Some(2),
        _ => None,
    }
}

/// One component: a sum of signed terms, each a variable, a number (`1/2`, `0.5`) or a
/// number times a variable (`2x`, `2*x`).
fn parse_component(expr: &str) -> Result<([f64; 3], f64), String> {
    let s: Vec<char> = expr.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Err("empty component".into());
    }
    let (mut row, mut t, mut i, mut nterms) = ([0.0f64; 3], 0.0f64, 0usize, 0usize);
    while i < s.len() {
        let mut sign = 1.0;
        let mut had_sign = false;
        while i < s.len() && (s[i] == '+' || s[i] == '-') {
            if s[i] == '-' {
                sign = -sign;
            }
            had_sign = true;
            i += 1;
        }
        if nterms > 0 && !had_sign {
            return Err(format!("expected + or - at '{}'", s[i..].iter().collect::<String>()));
        }
        if i >= s.len() {
            return Err("dangling sign".into());
        }
        if let Some(a) = axis(s[i]) {
            row[a] += sign;
            i += 1;
        } else if s[i].is_ascii_digit() || s[i] == '.' {
            let (num, next) = number(&s, i)?;
            i = next;
            let mut value = num;
            if i < s.len() && s[i] == '/' {
                let (den, next) = number(&s, i + 1)?;
                if den == 0.0 {
                    return Err("division by zero".into());
                }
                value /= den;
                i = next;
            }
            if i < s.len() && s[i] == '*' {
                i += 1;
            }
            match s.get(i).and_then(|&c| axis(c)) {
                Some(a) => {
                    row[a] += sign * value;
                    i += 1;
                }
                None => t += sign * value,
            }
        } else {
            return Err(format!("unexpected character '{}'", s[i]));
        }
        nterms += 1;
    }
    if !t.is_finite() {
        return Err("translation is not finite".into());
    }
    Ok((row, t))
}

fn number(s: &[char], start: usize) -> Result<(f64, usize), String> {
    let mut i = start;
    while i < s.len() && (s[i].is_ascii_digit() || s[i] == '.') {
        i += 1;
    }
    let text: String = s[start..i].iter().collect();
    text.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .map(|x| (x, i))
        .ok_or_else(|| format!("bad number '{text}'"))
}

fn entries() -> impl Iterator<Item = HallSymbolEntry> {
    (1..=530).filter_map(hall_symbol_entry)
}

fn ops_of_hall_number(hall_number: i32) -> Option<Vec<SymOp>> {
    let ops = operations_from_number(0, Setting::HallNumber(hall_number), false).ok()?;
    Some(
        ops.iter()
            .map(|o| {
                let mut op = SymOp { rot: [[0.0; 3]; 3], trans: [0.0; 3] };
                for i in 0..3 {
                    for j in 0..3 {
                        op.rot[i][j] = f64::from(o.rotation[(i, j)]);
                    }
                    op.trans[i] = o.translation[i];
                }
                op
            })
            .collect(),
    )
}

/// Operators of a space group, and the setting they were resolved to.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub ops: Vec<SymOp>,
    /// Space-group number (checked by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub number: i32,
    pub hall_symbol: &'static str,
}

fn resolved(e: &HallSymbolEntry) -> Option<Resolved> {
    Some(Resolved { ops: ops_of_hall_number(e.hall_number)?, number: e.number, hall_symbol: e.hall_symbol })
}

/// Pick one of several settings: rhombohedral axes when the cell has them, else the standard
/// setting (unique axis b, cell choice 1, origin choice 2, hexagonal axes), else the first.
fn choose(cands: &[HallSymbolEntry], rhombohedral_cell: bool) -> Option<&HallSymbolEntry> {
    if rhombohedral_cell {
        if let Some(e) = cands.iter().find(|e| e.setting == "R") {
            return Some(e);
        }
    }
    cands
        .iter()
        .find(|e| Setting::Standard.hall_number(e.number) == Some(e.hall_number) && e.setting != "R")
        .or_else(|| cands.first())
}

fn norm_hall(s: &str) -> String {
    s.replace('"', "=")
        .replace('\'', "^")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// Operators for a Hall symbol (`-P 2yn`, `R 3 2"`), matched against the table (files' `'` and
/// `"` are moyo's `^` and `=`).
pub(crate) fn from_hall(hall: &str) -> Option<Resolved> {
    let want = norm_hall(hall);
    if want.is_empty() {
        return None;
    }
    entries().find(|e| norm_hall(e.hall_symbol) == want).and_then(|e| resolved(&e))
}

fn norm_hm(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '_').collect()
}

/// Operators for a Hermann–Mauguin symbol in any common spelling (`P 1 21/n 1`, `P21/n`,
/// `Fm-3m`, `F d -3 m :1`, `R 3 2 :H`, `P6_3mc`, `C2:b1`). A `:` suffix names the setting
/// (origin choice, axes, unique axis and cell choice); without it the cell decides between
/// hexagonal and rhombohedral axes and the standard setting is used otherwise.
pub(crate) fn from_hm(hm: &str, rhombohedral_cell: bool) -> Option<Resolved> {
    let (core, setting) = match hm.split_once(':') {
        Some((c, s)) => (c, Some(s.trim())),
        None => (hm, None),
    };
    let want = norm_hm(core);
    if want.is_empty() {
        return None;
    }
    let mut cands: Vec<HallSymbolEntry> = entries().filter(|e| norm_hm(e.hm_full) == want).collect();
    if cands.is_empty() {
        cands = entries().filter(|e| norm_hm(e.hm_short) == want).collect();
    }
    if cands.is_empty() {
        // Symbols written in lower case ("p 21/c") or with an upper-case glide.
        let lower = want.to_ascii_lowercase();
        cands = entries()
            .filter(|e| {
                norm_hm(e.hm_full).to_ascii_lowercase() == lower
                    || norm_hm(e.hm_short).to_ascii_lowercase() == lower
            })
            .collect();
    }
    if let Some(s) = setting.filter(|s| !s.is_empty()) {
        let matching: Vec<HallSymbolEntry> =
            cands.iter().filter(|e| e.setting.eq_ignore_ascii_case(s)).cloned().collect();
        if !matching.is_empty() {
            return resolved(&matching[0]);
        }
    }
    choose(&cands, rhombohedral_cell).and_then(resolved)
}

/// Operators of the standard setting of space group `number` (rhombohedral axes for the R
/// groups when the cell has them).
pub(crate) fn from_number(number: i64, rhombohedral_cell: bool) -> Option<Resolved> {
    if !(1..=230).contains(&number) {
        return None;
    }
    let cands: Vec<HallSymbolEntry> = entries().filter(|e| i64::from(e.number) == number).collect();
    choose(&cands, rhombohedral_cell).and_then(resolved)
}

/// Whether a cell has rhombohedral axes: a = b = c and α = β = γ ≠ 90°.
pub(crate) fn is_rhombohedral_cell(lengths: Vec3, angles: Vec3) -> bool {
    let close = |x: f64, y: f64, tol: f64| (x - y).abs() <= tol;
    close(lengths[0], lengths[1], 1e-3 * lengths[0])
        && close(lengths[0], lengths[2], 1e-3 * lengths[0])
        && close(angles[0], angles[1], 1e-3)
        && close(angles[0], angles[2], 1e-3)
        && !close(angles[0], 90.0, 1e-3)
}

/// One listed (asymmetric-unit) site.
#[derive(Debug, Clone)]
pub(crate) struct AsymSite {
    pub z: u8,
    pub frac: Vec3,
    pub occupancy: f64,
}

/// Every image of every listed site under `ops`, wrapped into [0, 1), duplicates merged (see
/// the module documentation for the tolerance). The first image kept is the one of the first
/// operator, so with the identity first a listed site keeps its own position (wrapped).
pub(crate) fn expand(lattice: &Lattice, sites: &[AsymSite], ops: &[SymOp]) -> Result<Vec<Site>, String> {
    if sites.len().saturating_mul(ops.len()) > MAX_CANDIDATES {
        return Err(format!(
            "{} sites × {} operators is more than this reader expands",
            sites.len(),
            ops.len()
        ));
    }
    // Bins of at least 0.5 Å along each axis (at most 64 per axis) hold the kept sites; two
    // positions within either tolerance lie in the same or adjacent bins.
    let widths = lattice.perpendicular_widths();
    let g: [i64; 3] =
        widths.map(|w| if w.is_finite() { (w / 0.5).floor().clamp(1.0, 64.0) as i64 } else { 1 });
    let bin =
        |p: Vec3| -> [i64; 3] { [0, 1, 2].map(|i| ((p[i] * g[i] as f64).floor() as i64).clamp(0, g[i] - 1)) };
    let mut grid: HashMap<[i64; 3], Vec<usize>> = HashMap::new();
    let mut out: Vec<Site> = Vec::new();
    let mut origin: Vec<usize> = Vec::new();
    for (k, s) in sites.iter().enumerate() {
        for op in ops {
            let p = op.apply(s.frac).map(wrap01);
            let b = bin(p);
            let mut dup = false;
            'search: for dx in -1..=1i64 {
                for dy in -1..=1i64 {
                    for dz in -1..=1i64 {
                        let nb = [
                            (b[0] + dx).rem_euclid(g[0]),
                            (b[1] + dy).rem_euclid(g[1]),
                            (b[2] + dz).rem_euclid(g[2]),
                        ];
                        let Some(list) = grid.get(&nb) else { continue };
                        for &j in list {
                            if out[j].z == s.z && same_site(lattice, out[j].frac, p, origin[j] == k) {
                                dup = true;
                                break 'search;
                            }
                        }
                    }
                }
            }
            if !dup {
                grid.entry(b).or_default().push(out.len());
                out.push(Site { z: s.z, frac: p, occupancy: s.occupancy });
                origin.push(k);
            }
        }
    }
    Ok(out)
}

fn same_site(lattice: &Lattice, a: Vec3, b: Vec3, same_origin: bool) -> bool {
    let d = [0, 1, 2].map(|i| {
        let x = a[i] - b[i];
        x - x.round()
    });
    if same_origin && d.iter().all(|x| x.abs() < MERGE_FRACTION) {
        return true;
    }
    let c = lattice.to_cartesian(d);
    (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]).sqrt() < MERGE_DISTANCE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(s: &str) -> SymOp {
        parse_symop(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn operator_spellings() {
        assert_eq!(op("x,y,z"), SymOp::identity());
        assert_eq!(op("X, Y, Z"), SymOp::identity());
        let o = op("-x+1/2, y, -z");
        assert_eq!(o.apply([0.1, 0.2, 0.3]), [0.4, 0.2, -0.3]);
        let o = op("1/2+x,y-x,+z+0.25");
        assert_eq!(o.rot[1], [-1.0, 1.0, 0.0]);
        assert_eq!(o.trans, [0.5, 0.0, 0.25]);
        assert_eq!(op("-y+x,y,z").rot[0], [1.0, -1.0, 0.0]);
        assert_eq!(op("x-y,x,z").rot[0], [1.0, -1.0, 0.0]);
        assert_eq!(op("2/3+x-y, 1/3+x, 1/3-z").trans[0], 2.0 / 3.0);
        assert_eq!(op("x,y,z,+1"), SymOp::identity());
        assert_eq!(op("-x,-y,-z").rot[2], [0.0, 0.0, -1.0]);
    }

    #[test]
    fn bad_operators() {
        for s in
            ["x,y", "x,y,z,w", "x,y,q", "x,,z", "x+,y,z", "x,y,1/0", "x,x,z", "2x,y,z", "x y,y,z", "0.5x,y,z"]
        {
            assert!(parse_symop(s).is_err(), "{s}");
        }
    }

    #[test]
    fn symbols_resolve_to_operator_counts() {
        assert_eq!(from_hm("F m -3 m", false).unwrap().ops.len(), 192);
        assert_eq!(from_hm("Fm-3m", false).unwrap().number, 225);
        assert_eq!(from_hm("P 1 21/n 1", false).unwrap().ops.len(), 4);
        assert_eq!(from_hm("P21/c", false).unwrap().number, 14);
        assert_eq!(from_hm("P6_3mc", false).unwrap().number, 186);
        assert_eq!(from_hm("P 63 m c", false).unwrap().number, 186);
        assert_eq!(from_hm("R -3 m", false).unwrap().ops.len(), 36);
        assert_eq!(from_hm("R -3 m", true).unwrap().ops.len(), 12);
        assert_eq!(from_hm("R 3 2 :H", true).unwrap().ops.len(), 18);
        assert_eq!(from_hm("R 3 2 :R", false).unwrap().ops.len(), 6);
        let c2 = from_hm("C2:b1", false).unwrap();
        assert_eq!((c2.number, c2.hall_symbol, c2.ops.len()), (5, "C 2y", 4));
        assert_eq!(from_hm("C 1 2/m 1", false).unwrap().ops.len(), 8);
        let o1 = from_hm("F d -3 m :1", false).unwrap();
        let o2 = from_hm("Fd-3m", false).unwrap();
        assert_ne!(o1.hall_symbol, o2.hall_symbol, "default is origin choice 2");
        assert!(from_hm("Xyz", false).is_none());
        assert!(from_hm("", false).is_none());
        assert!(from_hm(":", false).is_none());
    }

    #[test]
    fn hall_symbols_and_numbers() {
        assert_eq!(from_hall("-P 2yn").unwrap().number, 14);
        assert_eq!(from_hall("R 3 2\"").unwrap().number, 155);
        assert_eq!(from_hall("-F 4 2 3").unwrap().ops.len(), 192);
        assert!(from_hall("-").is_none());
        assert!(from_hall("").is_none());
        assert!(from_hall("Q 9").is_none());
        assert_eq!(from_number(229, false).unwrap().ops.len(), 96);
        assert_eq!(from_number(166, true).unwrap().ops.len(), 12);
        assert!(from_number(0, false).is_none());
        assert!(from_number(231, false).is_none());
        assert!(from_number(-5, false).is_none());
    }

    #[test]
    fn expansion_merges_special_positions() {
        let l = Lattice::from_parameters(5.64, 5.64, 5.64, 90.0, 90.0, 90.0).unwrap();
        let ops = from_hm("Fm-3m", false).unwrap().ops;
        let sites = [
            AsymSite { z: 11, frac: [0.0; 3], occupancy: 1.0 },
            AsymSite { z: 17, frac: [0.5; 3], occupancy: 1.0 },
        ];
        let out = expand(&l, &sites, &ops).unwrap();
        assert_eq!(out.len(), 8);
        assert!(out.iter().all(|s| s.frac.iter().all(|x| (0.0..1.0).contains(x))));
        // Coordinates rounded to 3 decimals at 1/3, 2/3 in a large hexagonal cell still merge.
        let l = Lattice::from_parameters(30.0, 30.0, 10.0, 90.0, 90.0, 120.0).unwrap();
        let ops = from_hm("P 63 m c", false).unwrap().ops;
        let out = expand(&l, &[AsymSite { z: 6, frac: [0.333, 0.667, 0.1], occupancy: 1.0 }], &ops).unwrap();
        assert_eq!(out.len(), 2);
    }
}

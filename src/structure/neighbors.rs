//! Periodic neighbour lists.
//!
//! [`neighbor_list`] is a cell list (binning) search, O(N) for a fixed density and cutoff;
//! [`neighbor_list_brute_force`] is the O(N² · images) reference it is tested against. Both
//! return exactly the same pairs, in the same order.

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

/// Largest magnitude of a fractional coordinate accepted (keeps every image in `i32`).
const MAX_ABS_FRAC: f64 = 1e9;

/// Largest cutoff, in units of the smallest cell width, accepted: beyond it the list would hold
/// more than ~10¹⁸ pairs per site.
const MAX_CUTOFF_OVER_WIDTH: f64 = 1e6;

/// Upper bound on the number of bins per site in [`neighbor_list`], so that memory stays O(N)
/// when the cutoff is much smaller than the distance between sites.
const MAX_BINS_PER_SITE: usize = 8;

/// All directed pairs (i, j, image) with distance <= cutoff (0 included: two rows of one disordered site), using the positions as given
/// (not wrapped). Includes a site's own periodic images; never (i, i, [0,0,0]).
///
/// `vector` is `cart(frac[j] + image) - cart(frac[i])` (computed as
/// `cart(frac[j]) + cart(image) - cart(frac[i])`) and `distance` its length. The pairs are
/// sorted by `(i, j, image)` (image compared lexicographically), each pair once.
///
/// Errors (never panics) for a cutoff that is not a positive finite number, a singular or
/// non-finite lattice, a non-finite fractional coordinate or one beyond ±10⁹, and a cutoff
/// more than 10⁶ times the smallest cell width.
///
/// Brute force over every image that can lie within the cutoff of each pair: O(N² · images).
pub fn neighbor_list_brute_force(lattice: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<Vec<Neighbor>> {
    check(lattice, frac, cutoff)?;
    let w = lattice.perpendicular_widths();
    // |frac_j + image - frac_i|_k * w_k <= |vector|, so image_k lies in d_k ± cutoff / w_k.
    let reach = [cutoff / w[0], cutoff / w[1], cutoff / w[2]];
    let cart: Vec<Vec3> = frac.iter().map(|f| lattice.to_cartesian(*f)).collect();
    let mut out = Vec::new();
    for i in 0..frac.len() {
        for j in 0..frac.len() {
            let mut lo = [0i32; 3];
            let mut hi = [0i32; 3];
            for k in 0..3 {
                let d = frac[i][k] - frac[j][k];
                lo[k] = to_i32((d - reach[k]).floor())?;
                hi[k] = to_i32((d + reach[k]).ceil())?;
            }
            for a in lo[0]..=hi[0] {
                for b in lo[1]..=hi[1] {
                    for c in lo[2]..=hi[2] {
                        if i == j && a == 0 && b == 0 && c == 0 {
                            continue;
                        }
                        if let Some(p) = pair(lattice, &cart, i, j, [a, b, c], cutoff) {
                            out.push(p);
                        }
                    }
                }
            }
        }
    }
    sort_pairs(&mut out);
    Ok(out)
}

/// All directed neighbour pairs within `cutoff` (Å), sorted by `(i, j, image)`; see
/// [`neighbor_list_brute_force`] for the exact contract, which this follows pair for pair.
///
/// Cell list: every site is wrapped into the home cell (remembering the integer shift) and
/// binned in fractional space, `max(1, floor(width_k / cutoff))` bins along axis k (fewer when
/// that would make more than a few bins per site). Each site then looks at the bins within
/// `ceil(cutoff / bin_width_k)` bins along each axis, with periodic wrap, so cells smaller than
/// the cutoff (a site neighbouring many of its own images) are handled. O(N) for a fixed density
/// and cutoff, plus the O(P log P) sort of the P pairs.
pub fn neighbor_list(lattice: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<Vec<Neighbor>> {
    let mut out = neighbor_pairs(lattice, frac, cutoff)?;
    sort_pairs(&mut out);
    Ok(out)
}

/// The pairs of [`neighbor_list`] in no particular order (for callers that do not need its
/// order: they skip its O(P log P) sort).
pub fn neighbor_pairs(lattice: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<Vec<Neighbor>> {
    check(lattice, frac, cutoff)?;
    if frac.is_empty() {
        return Ok(Vec::new());
    }
    let cart: Vec<Vec3> = frac.iter().map(|f| lattice.to_cartesian(*f)).collect();
    let w = lattice.perpendicular_widths();
    // Search a hair beyond the cutoff so that rounding can never hide a pair the exact test
    // `distance <= cutoff` (shared with the brute force) would accept.
    let scale = cart.iter().map(|c| super::lattice::norm(*c)).fold(0.0, f64::max)
        + lattice.lengths().iter().sum::<f64>();
    let reach = cutoff + 1e-9 * (cutoff + scale);
    let nbins = bin_counts(w, reach, frac.len());
    // Bin offsets to search along each axis: a pair within `reach` is at most this many bins apart.
    let span: [i64; 3] = std::array::from_fn(|k| ((nbins[k] as f64 * reach / w[k]).ceil() as i64).max(1));

    // Wrap into [0, 1) (frac = u + shift) and bin.
    let mut shift = Vec::with_capacity(frac.len());
    let mut bin = Vec::with_capacity(frac.len());
    for f in frac {
        let mut s = [0i64; 3];
        let mut b = [0usize; 3];
        for k in 0..3 {
            let fl = f[k].floor();
            let mut u = f[k] - fl;
            s[k] = fl as i64;
            if u >= 1.0 {
                // f a hair below an integer: u rounded up to 1.
                u = 0.0;
                s[k] += 1;
            }
            b[k] = ((u * nbins[k] as f64) as usize).min(nbins[k] - 1);
        }
        shift.push(s);
        bin.push(b);
    }
    let flat = |b: [usize; 3]| (b[0] * nbins[1] + b[1]) * nbins[2] + b[2];
    // Sites by bin, compressed: the sites of bin `x` are `members[start[x]..start[x + 1]]`.
    let total = nbins[0] * nbins[1] * nbins[2];
    let mut start = vec![0usize; total + 1];
    for b in &bin {
        start[flat(*b) + 1] += 1;
    }
    for x in 0..total {
        start[x + 1] += start[x];
    }
    let mut next = start.clone();
    let mut members = vec![0usize; frac.len()];
    for (site, b) in bin.iter().enumerate() {
        let x = flat(*b);
        members[next[x]] = site;
        next[x] += 1;
    }

    let mut out = Vec::new();
    for i in 0..frac.len() {
        // Extended bin index B = bin + T * nbins: bin B % nbins, translated by T = B / nbins
        // cells. Distinct offsets give distinct (bin, T), so no pair is visited twice.
        let wrap = |k: usize, o: i64| {
            let e = bin[i][k] as i64 + o;
            let n = nbins[k] as i64;
            (e.rem_euclid(n) as usize, e.div_euclid(n))
        };
        for o0 in -span[0]..=span[0] {
            let (b0, t0) = wrap(0, o0);
            for o1 in -span[1]..=span[1] {
                let (b1, t1) = wrap(1, o1);
                for o2 in -span[2]..=span[2] {
                    let (b2, t2) = wrap(2, o2);
                    let x = flat([b0, b1, b2]);
                    let t = [t0, t1, t2];
                    for &j in &members[start[x]..start[x + 1]] {
                        // wrapped_j + T - wrapped_i = frac_j + image - frac_i
                        let image = [
                            image_i32(t[0] - shift[j][0] + shift[i][0])?,
                            image_i32(t[1] - shift[j][1] + shift[i][1])?,
                            image_i32(t[2] - shift[j][2] + shift[i][2])?,
                        ];
                        if i == j && image == [0, 0, 0] {
                            continue;
                        }
                        if let Some(p) = pair(lattice, &cart, i, j, image, cutoff) {
                            out.push(p);
                        }
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Bins per axis: `max(1, floor(width / reach))`, scaled down (smallest axes first) so that
/// there are at most [`MAX_BINS_PER_SITE`] bins per site. Bins at least `reach` wide are
/// never made narrower, so the search never needs more than one bin each way per axis unless
/// the cell itself is narrower than `reach`.
fn bin_counts(w: Vec3, reach: f64, nsites: usize) -> [usize; 3] {
    let ideal = w.map(|wk| (wk / reach).floor().max(1.0));
    let mut budget = (MAX_BINS_PER_SITE * nsites).max(1) as f64;
    let mut order = [0, 1, 2];
    order.sort_by(|&a, &b| ideal[a].total_cmp(&ideal[b]));
    let mut n = [1usize; 3];
    for (rank, &k) in order.iter().enumerate() {
        let share = budget.powf(1.0 / (3 - rank) as f64) * (1.0 + 1e-9);
        let nk = ideal[k].min(share).floor().max(1.0);
        n[k] = nk as usize;
        budget /= nk;
    }
    n
}

/// The pair (i, j, image) when it is within the cutoff. Both searches use this one test, so they
/// agree on pairs at the cutoff to the last bit.
#[inline]
fn pair(
    lattice: &Lattice,
    cart: &[Vec3],
    i: usize,
    j: usize,
    image: [i32; 3],
    cutoff: f64,
) -> Option<Neighbor> {
    let t = lattice.to_cartesian([image[0] as f64, image[1] as f64, image[2] as f64]);
    let v = [cart[j][0] + t[0] - cart[i][0], cart[j][1] + t[1] - cart[i][1], cart[j][2] + t[2] - cart[i][2]];
    let d = (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt();
    (d <= cutoff).then_some(Neighbor { i, j, image, distance: d, vector: v })
}

fn sort_pairs(pairs: &mut [Neighbor]) {
    pairs.sort_unstable_by_key(|p| (p.i, p.j, p.image));
}

fn to_i32(x: f64) -> Result<i32> {
    if x >= i32::MIN as f64 && x <= i32::MAX as f64 {
        Ok(x as i32)
    } else {
        Err(Error::invalid(format!("periodic image {x} is out of range")))
    }
}

fn image_i32(x: i64) -> Result<i32> {
    i32::try_from(x).map_err(|_| Error::invalid(format!("periodic image {x} is out of range")))
}

fn check(lattice: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<()> {
    if !(cutoff.is_finite() && cutoff > 0.0) {
        return Err(Error::invalid(format!("neighbour cutoff must be a positive number, got {cutoff}")));
    }
    if !lattice.is_finite() || lattice.inverse().is_none() {
        return Err(Error::invalid("singular or non-finite lattice"));
    }
    let min_width = lattice.perpendicular_widths().into_iter().fold(f64::INFINITY, f64::min);
    // Both are positive and finite here, so the ratio is never NaN.
    if cutoff / min_width > MAX_CUTOFF_OVER_WIDTH {
        return Err(Error::invalid(format!(
            "neighbour cutoff {cutoff} Å is too large for a cell {min_width} Å wide"
        )));
    }
    if let Some((k, f)) = frac.iter().enumerate().find(|(_, f)| !f.iter().all(|x| x.abs() <= MAX_ABS_FRAC)) {
        return Err(Error::invalid(format!(
            "site {k}: fractional coordinates {f:?} are not finite numbers within ±{MAX_ABS_FRAC}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::{select, Index};

    type Key = (usize, usize, [i32; 3]);

    fn key(p: &Neighbor) -> Key {
        (p.i, p.j, p.image)
    }

    fn cubic(a: f64) -> Lattice {
        Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]])
    }

    /// Image-box work of the brute force, to keep each proptest case fast in debug builds.
    fn brute_force_work(l: &Lattice, nsites: usize, cutoff: f64) -> f64 {
        let w = l.perpendicular_widths();
        (nsites * nsites) as f64 * w.iter().map(|wk| 2.0 * cutoff / wk + 2.0).product::<f64>()
    }

    const WORK_BUDGET: f64 = 1e6;

    /// `neighbor_list` against the brute force, plus the contract on every pair.
    fn check_against_brute_force(l: &Lattice, frac: &[Vec3], cutoff: f64) -> Result<(), TestCaseError> {
        let fast = neighbor_list(l, frac, cutoff).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let slow =
            neighbor_list_brute_force(l, frac, cutoff).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(fast.len(), slow.len());
        for (f, s) in fast.iter().zip(&slow) {
            prop_assert_eq!(key(f), key(s));
            prop_assert!((f.distance - s.distance).abs() <= 1e-9, "{:?} vs {:?}", f, s);
            for k in 0..3 {
                prop_assert!((f.vector[k] - s.vector[k]).abs() <= 1e-9, "{:?} vs {:?}", f, s);
            }
        }
        prop_assert!(fast.windows(2).all(|w| key(&w[0]) < key(&w[1])), "not sorted by (i, j, image)");
        prop_assert!(slow.windows(2).all(|w| key(&w[0]) < key(&w[1])), "brute force not sorted");
        for p in &fast {
            prop_assert!(p.distance <= cutoff);
            prop_assert!(!(p.i == p.j && p.image == [0, 0, 0]));
            let fj = std::array::from_fn(|k| frac[p.j][k] + p.image[k] as f64);
            let (cj, ci) = (l.to_cartesian(fj), l.to_cartesian(frac[p.i]));
            for k in 0..3 {
                prop_assert!((cj[k] - ci[k] - p.vector[k]).abs() <= 1e-9, "vector of {:?}", p);
            }
            let reverse = (p.j, p.i, p.image.map(|x| -x));
            prop_assert!(fast.binary_search_by_key(&reverse, key).is_ok(), "no reverse of {:?}", p);
        }
        Ok(())
    }

    fn lattices(lengths: std::ops::Range<f64>) -> impl Strategy<Value = Lattice> {
        let angle = || 30.0..150.0f64;
        (lengths.clone(), lengths.clone(), lengths, angle(), angle(), angle())
            .prop_filter_map("unrealisable angles", |(a, b, c, al, be, ga)| {
                Lattice::from_parameters(a, b, c, al, be, ga).ok()
            })
    }

    /// Random fractional coordinates in -1.5..2.5 (some on bin and cell boundaries), plus a few
    /// copies of earlier sites shifted by whole cells (distance 0 to an image).
    fn sites(count: std::ops::Range<usize>) -> impl Strategy<Value = Vec<Vec3>> {
        let coord = prop_oneof![4 => -1.5..2.5f64, 1 => select(vec![-1.0, -0.5, 0.0, 0.25, 0.5, 1.0, 2.0])];
        let copies = prop::collection::vec((any::<Index>(), prop::array::uniform3(-2i32..=2)), 0..3);
        (prop::collection::vec(prop::array::uniform3(coord), count), copies).prop_map(|(mut f, copies)| {
            for (idx, shift) in copies {
                let s = f[idx.index(f.len())];
                f.push(std::array::from_fn(|k| s[k] + shift[k] as f64));
            }
            f
        })
    }

    proptest! {
        #[test]
        fn cell_list_matches_brute_force(
            (l, frac, cutoff) in (lattices(1.5..12.0), sites(1..20), 0.5..8.0f64)
                .prop_filter("too many images for a quick brute force", |(l, f, c)| {
                    brute_force_work(l, f.len(), *c) <= WORK_BUDGET
                })
        ) {
            check_against_brute_force(&l, &frac, cutoff)?;
        }

        #[test]
        fn cell_list_matches_brute_force_when_cutoff_exceeds_the_cell(
            (l, frac, cutoff) in (lattices(1.5..3.0), sites(1..5), 3.0..8.0f64)
                .prop_filter("too many images for a quick brute force", |(l, f, c)| {
                    brute_force_work(l, f.len(), *c) <= WORK_BUDGET
                })
        ) {
            let w = l.perpendicular_widths();
            prop_assert!(w.iter().all(|&wk| cutoff > wk));
            check_against_brute_force(&l, &frac, cutoff)?;
        }
    }

    #[test]
    fn fcc_copper_has_twelve_nearest_neighbours() {
        let h = 3.61 / 2.0;
        let l = Lattice::new([[0.0, h, h], [h, 0.0, h], [h, h, 0.0]]);
        let pairs = neighbor_list(&l, &[[0.0; 3]], 3.0).unwrap();
        assert_eq!(pairs.len(), 12);
        for p in &pairs {
            assert_eq!((p.i, p.j), (0, 0));
            assert!((p.distance - 3.61 / 2f64.sqrt()).abs() < 1e-9, "{p:?}");
            assert!((p.distance - 2.553).abs() < 1e-3);
        }
        assert_eq!(pairs, neighbor_list_brute_force(&l, &[[0.0; 3]], 3.0).unwrap());
    }

    #[test]
    fn large_fcc_supercell_with_unwrapped_positions() {
        // 6x6x6 conventional cells (864 sites), many bins; some positions shifted by whole cells.
        let n = 6;
        let l = cubic(3.61 * n as f64);
        let basis = [[0.0, 0.0, 0.0], [0.0, 0.5, 0.5], [0.5, 0.0, 0.5], [0.5, 0.5, 0.0]];
        let mut frac = Vec::new();
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    for s in basis {
                        let k = frac.len() as f64;
                        let f: Vec3 = [
                            (s[0] + a as f64) / n as f64,
                            (s[1] + b as f64) / n as f64,
                            (s[2] + c as f64) / n as f64,
                        ];
                        frac.push([f[0] + (k % 3.0) - 1.0, f[1] - (k % 2.0), f[2] + 2.0 * (k % 5.0 - 2.0)]);
                    }
                }
            }
        }
        let pairs = neighbor_list(&l, &frac, 3.0).unwrap();
        assert_eq!(pairs.len(), 12 * frac.len());
        let mut count = vec![0; frac.len()];
        for p in &pairs {
            count[p.i] += 1;
            assert!((p.distance - 3.61 / 2f64.sqrt()).abs() < 1e-9, "{p:?}");
        }
        assert!(count.iter().all(|&c| c == 12));
    }

    #[test]
    fn simple_cubic_site_sees_six_of_its_images() {
        let pairs = neighbor_list(&cubic(1.0), &[[0.0; 3]], 1.01).unwrap();
        let images: Vec<[i32; 3]> = pairs.iter().map(|p| p.image).collect();
        assert_eq!(
            images,
            vec![[-1, 0, 0], [0, -1, 0], [0, 0, -1], [0, 0, 1], [0, 1, 0], [1, 0, 0]],
            "sorted by image"
        );
        assert!(pairs.iter().all(|p| p.i == 0 && p.j == 0 && (p.distance - 1.0).abs() < 1e-12));
    }

    #[test]
    fn tiny_cell_lists_every_image_in_the_sphere() {
        // 1 Å cube, cutoff 3.5 Å: the images are the integer points in a ball of radius 3.5.
        let pairs = neighbor_list(&cubic(1.0), &[[0.3, -0.2, 1.7]], 3.5).unwrap();
        let mut expected = 0;
        for a in -4i32..=4 {
            for b in -4i32..=4 {
                for c in -4i32..=4 {
                    let r2 = a * a + b * b + c * c;
                    if r2 > 0 && f64::from(r2) <= 3.5 * 3.5 {
                        expected += 1;
                    }
                }
            }
        }
        assert_eq!(pairs.len(), expected);
    }

    #[test]
    fn positions_far_outside_the_cell() {
        // 3.8 cells apart as given, 0.6 Å apart through the image [4, 0, 0].
        let l = cubic(3.0);
        let frac = [[2.4, 0.0, 0.0], [-1.4, 0.0, 0.0]];
        for pairs in
            [neighbor_list(&l, &frac, 1.0).unwrap(), neighbor_list_brute_force(&l, &frac, 1.0).unwrap()]
        {
            assert_eq!(
                pairs.iter().map(key).collect::<Vec<_>>(),
                vec![(0, 1, [4, 0, 0]), (1, 0, [-4, 0, 0])]
            );
            assert!((pairs[0].distance - 0.6).abs() < 1e-12);
            assert!((pairs[0].vector[0] - 0.6).abs() < 1e-12);
            assert!((pairs[1].vector[0] + 0.6).abs() < 1e-12);
        }
    }

    #[test]
    fn coincident_rows_are_neighbours_at_zero() {
        let l = cubic(4.0);
        let frac = [[0.25; 3], [0.25; 3], [1.25, 0.25, 0.25]];
        let pairs = neighbor_list(&l, &frac, 1.0).unwrap();
        let keys: Vec<Key> = pairs.iter().map(key).collect();
        assert_eq!(
            keys,
            vec![
                (0, 1, [0, 0, 0]),
                (0, 2, [-1, 0, 0]),
                (1, 0, [0, 0, 0]),
                (1, 2, [-1, 0, 0]),
                (2, 0, [1, 0, 0]),
                (2, 1, [1, 0, 0]),
            ]
        );
        assert!(pairs.iter().all(|p| p.distance == 0.0));
    }

    #[test]
    fn bad_input_is_an_error() {
        let l = cubic(3.0);
        let f = [[0.0; 3]];
        for cutoff in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e9] {
            assert!(neighbor_list(&l, &f, cutoff).is_err(), "{cutoff}");
            assert!(neighbor_list_brute_force(&l, &f, cutoff).is_err(), "{cutoff}");
        }
        let singular = Lattice::new([[1.0, 0.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]]);
        assert!(neighbor_list(&singular, &f, 1.0).is_err());
        assert!(neighbor_list_brute_force(&singular, &f, 1.0).is_err());
        let nan = Lattice::new([[f64::NAN, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]);
        assert!(neighbor_list(&nan, &f, 1.0).is_err());
        for bad in [[f64::NAN, 0.0, 0.0], [0.0, f64::INFINITY, 0.0], [0.0, 0.0, 1e12]] {
            assert!(neighbor_list(&l, &[[0.0; 3], bad], 1.0).is_err(), "{bad:?}");
            assert!(neighbor_list_brute_force(&l, &[[0.0; 3], bad], 1.0).is_err(), "{bad:?}");
        }
        assert!(neighbor_list(&l, &[], 1.0).unwrap().is_empty());
    }

    #[test]
    fn bins_are_capped_per_site() {
        assert_eq!(bin_counts([10.0, 10.0, 10.0], 3.0, 100), [3, 3, 3]);
        assert_eq!(bin_counts([2.0, 10.0, 10.0], 3.0, 100), [1, 3, 3]);
        let n = bin_counts([1000.0, 10.0, 1000.0], 1e-3, 2);
        assert!(n.iter().product::<usize>() <= 16, "{n:?}");
        // A tiny cutoff in a huge cell stays cheap.
        let pairs = neighbor_list(&cubic(1000.0), &[[0.0; 3], [0.5; 3]], 1e-3).unwrap();
        assert!(pairs.is_empty());
    }
}

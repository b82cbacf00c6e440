//! The contrastive check on held-out crystals: "are two views of one crystal nearer each other
//! than views of different crystals?"

use super::augment::{view, ViewOptions};
use super::rng::SeededRng;
use crystaldb::encode::{Encoder, Metric};
use crystaldb::index::distance;
use crystaldb::structure::Structure;
use crystaldb::Result;
use serde::Serialize;

/// Cosine distances between two views of the same crystals ([`view_margin`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ViewMargin {
    /// Mean distance between the two views of one crystal.
    pub positive: f64,
    /// Mean distance between views of different crystals (first view of one, second of the other).
    pub negative: f64,
    /// `negative − positive`.
    pub margin: f64,
    /// Share of the ordered (crystal, other crystal) pairs in which the crystal's own second view
    /// is nearer its first view than the other crystal's second view is.
    pub positive_nearer: f64,
    /// Number of those pairs.
    pub pairs: usize,
}

impl std::fmt::Display for ViewMargin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "positive {:.4}, negative {:.4}, margin {:.4}, positive nearer in {:.1} % of {} pairs",
            self.positive,
            self.negative,
            self.margin,
            100.0 * self.positive_nearer,
            self.pairs
        )
    }
}

/// Two random views of each of `crystals` (first views of all, then second views, drawn from
/// one stream seeded with `seed`), encoded by `enc` and compared by cosine distance. Needs at
/// least two crystals.
pub fn view_margin(
    enc: &dyn Encoder,
    crystals: &[Structure],
    options: &ViewOptions,
    seed: u64,
) -> Result<ViewMargin> {
    let n = crystals.len();
    if n < 2 {
        return Err(crystaldb::Error::invalid("a view margin needs at least 2 crystals"));
    }
    let mut rng = SeededRng::new(seed);
    let v1: Vec<Structure> = crystals.iter().map(|s| view(s, options, &mut rng)).collect();
    let v2: Vec<Structure> = crystals.iter().map(|s| view(s, options, &mut rng)).collect();
    let (e1, e2) = (enc.encode(&v1)?, enc.encode(&v2)?);
    let d = |a: &[f32], b: &[f32]| f64::from(distance(Metric::Cosine, a, b));
    let positive: Vec<f64> = (0..n).map(|i| d(&e1[i], &e2[i])).collect();
    let (mut negative, mut nearer) = (0.0, 0usize);
    for i in 0..n {
        for j in (0..n).filter(|&j| j != i) {
            let dn = d(&e1[i], &e2[j]);
            negative += dn;
            nearer += usize::from(positive[i] < dn);
        }
    }
    let pairs = n * (n - 1);
    let (positive, negative) = (positive.iter().sum::<f64>() / n as f64, negative / pairs as f64);
    Ok(ViewMargin {
        positive,
        negative,
        margin: negative - positive,
        positive_nearer: nearer as f64 / pairs as f64,
        pairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::encode::build_encoder;
    use crystaldb::encode::invariance::prototypes;

    #[test]
    fn margins_of_a_composition_encoder_and_of_a_constant_one() {
        let crystals: Vec<Structure> = prototypes().into_iter().map(|p| p.1).collect();
        let n = crystals.len();
        // Magpie sees the composition only: the two views of a crystal are identical, and a
        // pair of crystals is told apart exactly when their compositions differ.
        let magpie = build_encoder("magpie", &Default::default()).unwrap();
        let m = view_margin(magpie.as_ref(), &crystals, &ViewOptions::default(), 1).unwrap();
        let formula: Vec<String> = crystals.iter().map(|s| s.composition().reduced_formula()).collect();
        let differ = (0..n)
            .flat_map(|i| (0..n).map(move |j| (i, j)))
            .filter(|&(i, j)| i != j && formula[i] != formula[j]);
        assert_eq!(m.pairs, n * (n - 1));
        assert!(m.positive.abs() < 1e-6, "{m}");
        assert!((m.positive_nearer - differ.count() as f64 / m.pairs as f64).abs() < 1e-12, "{m}");
        assert!(m.negative > 0.0 && (m.margin - (m.negative - m.positive)).abs() < 1e-15);
        // An encoder that gives every crystal the same vector separates nothing.
        struct Constant;
        impl Encoder for Constant {
            fn spec(&self) -> crystaldb::encode::EncoderSpec {
                unreachable!("not needed")
            }
            fn structure_aware(&self) -> bool {
                false
            }
            fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
                Ok(vec![vec![1.0, 2.0]; batch.len()])
            }
        }
        let c = view_margin(&Constant, &crystals, &ViewOptions::default(), 1).unwrap();
        assert_eq!((c.positive_nearer, c.margin), (0.0, 0.0));
        assert!(view_margin(&Constant, &crystals[..1], &ViewOptions::default(), 1).is_err());
    }
}

//! Training objectives: heads on top of the [`GraphNet`] and their losses on one batch.
//!
//! * `supervised`: MLP on the pooled vector -> the standardised target; squared error.
//! * `infonce` (SimCLR): two [`view`]s per crystal, a projection head, L2-normalised
//!   projections, InfoNCE with temperature τ over the in-batch negatives in both directions;
//!   optional hard negatives (a view of another crystal with the same reduced formula) added to
//!   every anchor's candidates; with `local_weight` > 0 a per-atom InfoNCE term is added (see
//!   [`ObjectiveOptions::local_weight`]); with `cancel_nearest` > 0 each anchor's most similar
//!   in-batch negatives leave its denominator ([`ObjectiveOptions::cancel_nearest`]).
//! * `triplet`: anchor view, positive view, negative = the mined hard negative when there is one,
//!   else the most similar other crystal of the batch; `max(0, d(a,p) − d(a,n) + margin)` with
//!   cosine distance.
//! * `masked-atom`: about `mask_fraction` of the sites (at least one per crystal) get the mask
//!   token (element row 0, no element properties); a linear head predicts their element from the
//!   node vectors; cross-entropy.
//! * `edge-mask`: about `edge_mask_fraction` of the bonded atom pairs lose every edge between them
//!   (both directions, all images); a pair head predicts from the two node vectors that they are
//!   bonded (against the pair with a random atom of another crystal) and their distance / cutoff:
//!   binary cross-entropy + squared error.
//! * `denoise`: positions jittered by σ = `noise` Å (mean displacement removed); the predicted
//!   displacement of atom c is `Σ_n w(h_c, h_n) r_cn / deg_c` (a rotation-equivariant sum of
//!   edge vectors) and the loss the squared error against the true displacement / σ.
//!
//! [`view`]: super::augment::view

mod contrastive;
mod denoise;
mod masking;

use super::config::GraphConfig;
use super::graph::{CrystalGraph, GraphBatch};
use super::model::{floats, BatchTensors, GraphNet, ELEMENT_ROWS};
use super::rng::SeededRng;
use super::weights::WeightStore;
use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::activation::{log_softmax, softplus};
use burn::tensor::{Device, Int, Tensor, TensorData};
use crystaldb::structure::Structure;
use crystaldb::{Error, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// What the network is trained to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Objective {
    /// Regression on a numeric column.
    Supervised,
    /// SimCLR contrastive learning with InfoNCE.
    Infonce,
    /// Triplet loss with a margin.
    Triplet,
    /// Masked-atom prediction.
    MaskedAtom,
    /// Edge masking (presence and length).
    EdgeMask,
    /// Denoising (displacement prediction).
    Denoise,
}

impl Objective {
    /// Every objective, in the order of the documentation.
    pub const ALL: [Objective; 6] = [
        Objective::Supervised,
        Objective::Infonce,
        Objective::Triplet,
        Objective::MaskedAtom,
        Objective::EdgeMask,
        Objective::Denoise,
    ];

    /// The command-line name.
    pub fn as_str(self) -> &'static str {
        match self {
            Objective::Supervised => "supervised",
            Objective::Infonce => "infonce",
            Objective::Triplet => "triplet",
            Objective::MaskedAtom => "masked-atom",
            Objective::EdgeMask => "edge-mask",
            Objective::Denoise => "denoise",
        }
    }

    /// Parse a command-line name.
    pub fn parse(s: &str) -> Result<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == s).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|o| o.as_str()).collect();
            Error::invalid(format!("unknown objective {s:?}; expected one of {}", names.join(", ")))
        })
    }

    /// Whether the objective needs two views per crystal.
    pub fn contrastive(self) -> bool {
        matches!(self, Objective::Infonce | Objective::Triplet)
    }
}

/// Objective settings (see the module documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveOptions {
    /// InfoNCE temperature τ.
    pub temperature: f64,
    /// Triplet margin (cosine distance).
    pub margin: f64,
    /// Views: thermal jitter (Å) and supercell size limit.
    pub jitter: f64,
    /// Largest supercell view (sites).
    pub max_atoms: usize,
    /// Mine hard negatives (same reduced formula, other crystal) for `infonce` / `triplet`.
    pub hard_negatives: bool,
    /// Fraction of sites masked (`masked-atom`).
    pub mask_fraction: f64,
    /// Fraction of bonded pairs hidden (`edge-mask`).
    pub edge_mask_fraction: f64,
    /// Displacement σ (Å) for `denoise`.
    pub noise: f64,
    /// Weight of the per-atom term of `infonce` (0: none). Up to [`LOCAL_SITES`] atoms of each
    /// crystal are followed through both views; an atom's node vector (through its own
    /// projection head) must be nearer the same atom in the other view than any atom *of the
    /// same element* in another crystal of the batch. Atoms of the anchor's own crystal are never
    /// negatives (they may be symmetry-equivalent). Same-element negatives take away the shortcut
    /// of telling crystals apart by composition: the atom's environment has to tell them apart.
    #[serde(default)]
    pub local_weight: f64,
    /// Contrastive objectives: build each epoch's batches from crystals that share elements
    /// (sorted by their elements under a random element priority drawn per epoch, cut into
    /// batches, batches shuffled), so the in-batch negatives share chemistry and composition
    /// alone no longer tells them apart. The positives are unchanged.
    #[serde(default)]
    pub chemistry_batches: bool,
    /// `infonce`: leave each anchor's `cancel_nearest` most similar in-batch negatives (by the
    /// current projections, without gradient) out of its denominator — false-negative
    /// cancellation: a batch of a crystal database holds crystals of the anchor's own structure
    /// type, and pushing exactly those away is what instance discrimination must not do. Mined
    /// hard negatives are never cancelled. 0: none.
    #[serde(default)]
    pub cancel_nearest: usize,
    /// Contrastive views: isotropic strain amplitude ε (fraction in [0, 0.5); 0: none). Each view's
    /// cell is scaled by a uniform factor in [1 - ε, 1 + ε] — the same polymorph at another
    /// pressure or temperature, so the encoder must not tell it apart by its length scale.
    /// Not one of the default views; opt-in.
    #[serde(default)]
    pub strain: f64,
    /// Contrastive views: fraction of the sites of each view (drawn independently per view, so
    /// the two views hide different sites) whose element is hidden behind the mask token of
    /// `masked-atom` (0: none). The crystal is not changed — no element is substituted, no atom
    /// removed, the geometry is untouched — the encoder is only told less about it, so matching
    /// the two views has to lean on the geometry and on the elements it can still see
    /// (GraphCL's attribute masking). Not one of the default views; opt-in.
    #[serde(default)]
    pub view_mask: f64,
}

impl ObjectiveOptions {
    /// Refuse settings that make no sense (a zero temperature, a negative weight, a fraction
    /// outside (0, 1], anything not finite).
    pub fn validate(&self) -> Result<()> {
        let positive = [("temperature", self.temperature), ("noise", self.noise)];
        let non_negative =
            [("margin", self.margin), ("jitter", self.jitter), ("local weight", self.local_weight)];
        let fractions =
            [("mask fraction", self.mask_fraction), ("edge-mask fraction", self.edge_mask_fraction)];
        for (name, v) in positive {
            if !(v.is_finite() && v > 0.0) {
                return Err(Error::invalid(format!("{name} must be a positive number, got {v}")));
            }
        }
        for (name, v) in non_negative {
            if !(v.is_finite() && v >= 0.0) {
                return Err(Error::invalid(format!("{name} must be zero or positive, got {v}")));
            }
        }
        for (name, v) in fractions {
            if !(v.is_finite() && v > 0.0 && v <= 1.0) {
                return Err(Error::invalid(format!("{name} must be in (0, 1], got {v}")));
            }
        }
        if self.max_atoms == 0 {
            return Err(Error::invalid("the largest view must allow at least 1 site"));
        }
        if !(self.strain.is_finite() && (0.0..0.5).contains(&self.strain)) {
            return Err(Error::invalid(format!("strain must be in [0, 0.5), got {}", self.strain)));
        }
        if !(self.view_mask.is_finite() && (0.0..1.0).contains(&self.view_mask)) {
            return Err(Error::invalid(format!("view mask must be in [0, 1), got {}", self.view_mask)));
        }
        Ok(())
    }
}

/// Atoms per crystal followed by the per-atom InfoNCE term.
pub const LOCAL_SITES: usize = 8;

impl Default for ObjectiveOptions {
    fn default() -> Self {
        Self {
            temperature: 0.1,
            margin: 0.5,
            jitter: 0.03,
            max_atoms: 96,
            hard_negatives: false,
            mask_fraction: 0.15,
            edge_mask_fraction: 0.15,
            noise: 0.1,
            local_weight: 0.0,
            chemistry_batches: false,
            cancel_nearest: 0,
            strain: 0.0,
            view_mask: 0.0,
        }
    }
}

/// The objective's head (two or three linear layers; shapes depend on the objective).
#[derive(Module, Debug)]
pub struct Head {
    /// First layer.
    pub l1: Linear,
    /// Output layer.
    pub l2: Linear,
    /// Extra input layer (`denoise`: the neighbour's projection).
    pub l3: Option<Linear>,
    /// Per-atom projection head of `infonce` with `local_weight` > 0 (first layer).
    pub local1: Option<Linear>,
    /// Per-atom projection head (output layer).
    pub local2: Option<Linear>,
}

/// Encoder and head, optimised together.
#[derive(Module, Debug)]
pub struct Trainable {
    /// The encoder.
    pub net: GraphNet,
    /// The objective's head.
    pub head: Head,
}

/// Random head tensors for `objective` (stream 2 of the config's seed).
pub fn random_head(objective: Objective, options: &ObjectiveOptions, config: &GraphConfig) -> WeightStore {
    let mut rng = SeededRng::derived(config.seed, 2);
    let h = config.hidden;
    let d = config.embedding_dim();
    let mut s = WeightStore::default();
    let (i1, o2) = match objective {
        Objective::Supervised => (d, 1),
        Objective::Infonce | Objective::Triplet => (d, h),
        Objective::MaskedAtom => (h, ELEMENT_ROWS),
        Objective::EdgeMask => (2 * h, 2),
        Objective::Denoise => (h, 1),
    };
    s.random_linear(&mut rng, "l1", i1, h, true);
    s.random_linear(&mut rng, "l2", h, o2, true);
    if objective == Objective::Denoise {
        s.random_linear(&mut rng, "l3", h, h, false);
    }
    if objective == Objective::Infonce && options.local_weight > 0.0 {
        s.random_linear(&mut rng, "local1", h, h, true);
        s.random_linear(&mut rng, "local2", h, h, true);
    }
    s
}

impl Trainable {
    /// Build from an encoder store and a head store.
    pub fn from_stores(
        config: &GraphConfig,
        net: &WeightStore,
        head: &WeightStore,
        device: &Device,
    ) -> Result<Self> {
        Ok(Self {
            net: GraphNet::from_store(config, net, device)?,
            head: Head {
                l1: head.linear("l1", device)?,
                l2: head.linear("l2", device)?,
                l3: optional_linear(head, "l3", device)?,
                local1: optional_linear(head, "local1", device)?,
                local2: optional_linear(head, "local2", device)?,
            },
        })
    }

    /// (encoder store, head store).
    pub fn to_stores(&self) -> (WeightStore, WeightStore) {
        let mut net = WeightStore::default();
        self.net.to_store(&mut net);
        let mut head = WeightStore::default();
        head.put_linear("l1", &self.head.l1);
        head.put_linear("l2", &self.head.l2);
        for (name, layer) in
            [("l3", &self.head.l3), ("local1", &self.head.local1), ("local2", &self.head.local2)]
        {
            if let Some(l) = layer {
                head.put_linear(name, l);
            }
        }
        (net, head)
    }
}

fn optional_linear(store: &WeightStore, name: &str, device: &Device) -> Result<Option<Linear>> {
    if store.tensors.contains_key(&format!("{name}.weight")) {
        Ok(Some(store.linear(name, device)?))
    } else {
        Ok(None)
    }
}

/// One training example.
#[derive(Debug, Clone)]
pub struct Example {
    /// The crystal.
    pub structure: Structure,
    /// Its graph (computed once).
    pub graph: CrystalGraph,
    /// Standardised target (`supervised`).
    pub target: Option<f32>,
    /// Index of a hard negative among the examples (same reduced formula, other crystal).
    pub hard_negative: Option<usize>,
}

fn ints(v: Vec<i64>, device: &Device) -> Tensor<1, Int> {
    let n = v.len();
    Tensor::from_data(TensorData::new(v, [n]), device)
}

fn graphs_of(structures: &[Structure], config: &GraphConfig) -> Result<Vec<CrystalGraph>> {
    structures.par_iter().map(|s| CrystalGraph::new(s, config.cutoff, config.max_neighbors)).collect()
}

fn normalize(z: Tensor<2>) -> Tensor<2> {
    let norm = (z.clone() * z.clone()).sum_dim(1).add_scalar(1e-12).sqrt();
    z / norm
}

/// Mean cross-entropy of `logits` [B, C] against the class of each row.
fn cross_entropy(logits: Tensor<2>, classes: &[usize], device: &Device) -> Tensor<1> {
    let [b, c] = logits.dims();
    let mut onehot = vec![0f32; b * c];
    for (i, &k) in classes.iter().enumerate() {
        onehot[i * c + k] = 1.0;
    }
    (log_softmax(logits, 1) * floats(onehot, [b, c], device)).sum().neg().div_scalar(b as f64)
}

/// One training step's batch: the model, the settings and the examples `idx` it is drawn from.
#[derive(Clone, Copy)]
pub(crate) struct Step<'a> {
    pub(crate) net: &'a GraphNet,
    pub(crate) head: &'a Head,
    pub(crate) options: &'a ObjectiveOptions,
    pub(crate) config: &'a GraphConfig,
    pub(crate) examples: &'a [Example],
    pub(crate) idx: &'a [usize],
    pub(crate) device: &'a Device,
}

/// The loss of `objective` on the examples `idx` (a scalar tensor) and the batch size it
/// averages over. `rng` draws views, masks and noise.
#[allow(clippy::too_many_arguments)]
pub fn batch_loss(
    model: &Trainable,
    objective: Objective,
    options: &ObjectiveOptions,
    config: &GraphConfig,
    examples: &[Example],
    idx: &[usize],
    rng: &mut SeededRng,
    device: &Device,
) -> Result<Tensor<1>> {
    let step = Step { net: &model.net, head: &model.head, options, config, examples, idx, device };
    match objective {
        Objective::Supervised => supervised(&step),
        Objective::Infonce => contrastive::infonce(&step, rng),
        Objective::Triplet => contrastive::triplet(&step, rng),
        Objective::MaskedAtom => masking::masked_atom(&step, rng),
        Objective::EdgeMask => masking::edge_mask(&step, rng),
        Objective::Denoise => denoise::denoise(&step, rng),
    }
}

/// `supervised`: squared error of the head's prediction against the standardised target.
fn supervised(s: &Step) -> Result<Tensor<1>> {
    let Step { net, head, config, examples, idx, device, .. } = *s;
    let b = BatchTensors::new(&GraphBatch::new(idx.iter().map(|&i| &examples[i].graph)), device);
    let pred = head.l2.forward(softplus(head.l1.forward(net.embed(config, &b)), 1.0));
    let y: Vec<f32> = idx.iter().map(|&i| examples[i].target.unwrap_or(0.0)).collect();
    let diff = pred - floats(y, [idx.len(), 1], device);
    Ok((diff.clone() * diff).mean())
}

/// Predictions of a supervised head (standardised units), for validation.
pub fn supervised_predictions(
    model: &Trainable,
    config: &GraphConfig,
    graphs: &[&CrystalGraph],
    device: &Device,
) -> Vec<f32> {
    let b = BatchTensors::new(&GraphBatch::new(graphs.iter().copied()), device);
    let pred = model.head.l2.forward(softplus(model.head.l1.forward(model.net.embed(config, &b)), 1.0));
    super::weights::values(pred)
}

#[cfg(test)]
mod tests {
    use super::contrastive::{mask_view_species, nearest_negatives};
    use super::{graphs_of, ObjectiveOptions};
    use crate::graph::GraphBatch;
    use crate::rng::SeededRng;
    use crate::GraphConfig;
    use crystaldb::encode::invariance::prototypes;

    #[test]
    fn view_mask_outside_zero_to_one_is_refused() {
        for bad in [-0.1, 1.0, 1.5, f64::NAN] {
            let e = ObjectiveOptions { view_mask: bad, ..Default::default() }.validate().unwrap_err();
            assert!(e.to_string().contains("view mask"), "{bad}: {e}");
        }
        for ok in [0.0, 0.3, 0.99] {
            ObjectiveOptions { view_mask: ok, ..Default::default() }.validate().unwrap();
        }
    }

    #[test]
    fn masked_views_hide_elements_and_nothing_else() {
        let structures: Vec<_> = prototypes().into_iter().map(|p| p.1.supercell([2, 2, 2])).collect();
        let graphs = graphs_of(&structures, &GraphConfig::default()).unwrap();
        let before = GraphBatch::new(&graphs);
        let mut batch = GraphBatch::new(&graphs);
        mask_view_species(&mut batch, 0.3, &mut SeededRng::new(1));
        let hidden = batch.species.iter().filter(|&&z| z == 0).count();
        let n = batch.species.len();
        assert!(hidden > n / 6 && hidden < n / 2, "{hidden} of {n} hidden");
        for (after, was) in batch.species.iter().zip(&before.species) {
            assert!(*after == 0 || after == was, "an element was replaced: {was} -> {after}");
        }
        // Geometry, edges and occupancies are untouched.
        assert_eq!(batch.center, before.center);
        assert_eq!(batch.neighbor, before.neighbor);
        assert_eq!(batch.distance, before.distance);
        assert_eq!(batch.node_offsets, before.node_offsets);
        // The same seed hides the same sites.
        let mut again = GraphBatch::new(&graphs);
        mask_view_species(&mut again, 0.3, &mut SeededRng::new(1));
        assert_eq!(again.species, batch.species);
    }

    #[test]
    fn strain_outside_zero_to_one_half_is_refused() {
        for bad in [-0.01, 0.5, 2.0, f64::NAN, f64::INFINITY] {
            let o = ObjectiveOptions { strain: bad, ..Default::default() };
            let e = o.validate().unwrap_err().to_string();
            assert!(e.contains("strain"), "{bad}: {e}");
        }
        for ok in [0.0, 0.05, 0.49] {
            ObjectiveOptions { strain: ok, ..Default::default() }.validate().unwrap();
        }
    }

    #[test]
    fn nearest_negatives_mask_the_most_similar_other_columns_only() {
        // Row a is the anchor; column a its positive.
        #[rustfmt::skip]
        let sims = [
            1.0, 0.9, 0.1, 0.5,
            0.2, 1.0, 0.8, 0.3,
            0.7, 0.6, 1.0, 0.0,
            0.4, 0.95, 0.2, 1.0,
        ];
        let rows = nearest_negatives(&sims, 4, 1, false);
        let masked = |m: &[bool]| -> Vec<Vec<usize>> {
            (0..4).map(|a| (0..4).filter(|&b| m[a * 4 + b]).collect()).collect()
        };
        assert_eq!(masked(&rows), vec![vec![1], vec![2], vec![0], vec![1]]);
        // Transposed: anchor a's similarities are column a.
        let cols = nearest_negatives(&sims, 4, 1, true);
        assert_eq!(masked(&cols), vec![vec![2], vec![3], vec![1], vec![0]]);
        let two = nearest_negatives(&sims, 4, 2, false);
        assert_eq!(masked(&two), vec![vec![1, 3], vec![2, 3], vec![0, 1], vec![0, 1]]);
        // At least one negative is always left, the positive never masked.
        let all = nearest_negatives(&sims, 4, 10, false);
        for a in 0..4 {
            assert!(!all[a * 4 + a]);
            assert_eq!(all[a * 4..a * 4 + 4].iter().filter(|&&m| m).count(), 2);
        }
    }
}

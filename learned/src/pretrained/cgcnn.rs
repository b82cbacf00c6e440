//! CGCNN as published: "what does Xie & Grossman's trained network make of this crystal?"
//!
//! The crystal graph convolutional network of Xie & Grossman (PRL 120, 145301, 2018), inference
//! only, computed exactly as their reference code (`cgcnn/data.py`, `cgcnn/model.py`,
//! `predict.py`) does with a checkpoint of theirs:
//!
//! * **graph**: each atom's 12 nearest neighbours within 8 Å over all periodic images (a stable
//!   sort by distance, as the reference sorts pymatgen's neighbour list); an atom with fewer than
//!   12 gets the reference's padding: neighbour index 0 at distance 9 Å (radius + 1). Where
//!   neighbours are tied for the 12th place (46 of the 68 fixture crystals), the reference keeps
//!   whichever pymatgen lists first, which can depend on the cell's setting; [`Ties::Average`]
//!   (the default) weights the tied ones equally instead, which is invariant and gives the
//!   reference's answer whenever the tied neighbours are alike ([`Ties`]);
//! * **features**: 92 binary atom features ([`super::cgcnn_atoms`]), distances expanded on 41
//!   Gaussians centred at 0, 0.2, …, 8 Å with width 0.2 Å;
//! * **network**: a linear embedding (92 → 64), `n_conv` gated convolutions (`fc_full` on
//!   [centre, neighbour, edge], batch normalisation with the running statistics, sigmoid filter ×
//!   softplus core summed over neighbours, batch normalisation, softplus of the residual), mean
//!   pooling, softplus → `conv_to_fc` → softplus (the crystal feature, the penultimate layer),
//!   `n_h - 1` hidden layers and `fc_out`, de-normalised with the checkpoint's `normalizer`.
//!
//! Every crystal is computed on its own (no batch statistics), so a vector never depends on the
//! rest of the batch. Partially occupied sites are refused: the reference reads one species per
//! site.

use super::cgcnn_atoms::{ATOM_FEATURES, ONES};
use super::checkpoint::Checkpoint;
use crate::rng::SeededRng;
use crystaldb::structure::{neighbor_list, Structure};
use crystaldb::{Error, Result};
use std::path::Path;

/// Neighbour search radius (Å).
pub const RADIUS: f64 = 8.0;
/// Neighbours kept per atom.
pub const MAX_NEIGHBORS: usize = 12;
/// Spacing and width of the Gaussian distance expansion (Å).
pub const GAUSSIAN_STEP: f64 = 0.2;
/// Number of Gaussians: centres 0, 0.2, …, 8 Å (`np.arange(0, 8.2, 0.2)`).
pub const GAUSSIANS: usize = 41;
/// Batch-normalisation epsilon (PyTorch's default).
const BN_EPS: f32 = 1e-5;

/// A fully connected layer: `out = W x + b`, `W` row-major `[out, in]`.
#[derive(Debug, Clone)]
struct Linear {
    weight: Vec<f32>,
    bias: Vec<f32>,
    inputs: usize,
    outputs: usize,
}

impl Linear {
    fn load(c: &Checkpoint, name: &str, outputs: usize, inputs: usize) -> Result<Self> {
        Ok(Linear {
            weight: c.tensor(&format!("state_dict.{name}.weight"), &[outputs, inputs])?,
            bias: c.tensor(&format!("state_dict.{name}.bias"), &[outputs])?,
            inputs,
            outputs,
        })
    }

    /// PyTorch's default initialisation: weight and bias uniform in ±1/sqrt(inputs).
    fn random(rng: &mut SeededRng, outputs: usize, inputs: usize) -> Self {
        let bound = 1.0 / (inputs as f64).sqrt();
        let mut draw = |n: usize| (0..n).map(|_| rng.uniform(-bound, bound) as f32).collect::<Vec<f32>>();
        let weight = draw(outputs * inputs);
        let bias = draw(outputs);
        Linear { weight, bias, inputs, outputs }
    }

    fn apply(&self, x: &[f32], out: &mut [f32]) {
        debug_assert_eq!((x.len(), out.len()), (self.inputs, self.outputs));
        for (o, y) in out.iter_mut().enumerate() {
            let row = &self.weight[o * self.inputs..(o + 1) * self.inputs];
            *y = self.bias[o] + dot(row, x);
        }
    }
}

/// Batch normalisation in inference mode, folded: `y = x * scale + shift`.
#[derive(Debug, Clone)]
struct BatchNorm {
    scale: Vec<f32>,
    shift: Vec<f32>,
}

impl BatchNorm {
    fn load(c: &Checkpoint, name: &str, n: usize) -> Result<Self> {
        let t = |p: &str| c.tensor(&format!("state_dict.{name}.{p}"), &[n]);
        let (weight, bias, mean, var) = (t("weight")?, t("bias")?, t("running_mean")?, t("running_var")?);
        if let Some(k) = var.iter().position(|v| *v < 0.0) {
            return Err(Error::invalid(format!(
                "{}: tensor `state_dict.{name}.running_var` is negative at {k}",
                c.path().display()
            )));
        }
        let scale: Vec<f32> = weight.iter().zip(&var).map(|(w, v)| w / (v + BN_EPS).sqrt()).collect();
        let shift = bias.iter().zip(&mean).zip(&scale).map(|((b, m), s)| b - m * s).collect();
        Ok(BatchNorm { scale, shift })
    }

    /// PyTorch's initial state: weight 1, bias 0, running mean 0, running variance 1.
    fn fresh(n: usize) -> Self {
        BatchNorm { scale: vec![1.0 / (1.0 + BN_EPS).sqrt(); n], shift: vec![0.0; n] }
    }

    fn apply(&self, x: &mut [f32]) {
        for ((v, s), t) in x.iter_mut().zip(&self.scale).zip(&self.shift) {
            *v = *v * s + t;
        }
    }
}

#[derive(Debug, Clone)]
struct ConvLayer {
    fc_full: Linear,
    bn1: BatchNorm,
    bn2: BatchNorm,
}

/// The architecture of a CGCNN network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CgcnnShape {
    /// Atom feature length inside the convolutions (64 in the published models).
    pub atom_fea_len: usize,
    /// Number of convolutions (4).
    pub n_conv: usize,
    /// Length of the crystal feature after `conv_to_fc` (32).
    pub h_fea_len: usize,
    /// Number of fully connected layers after pooling, `conv_to_fc` included (1).
    pub n_h: usize,
    /// Whether the network classifies (two log-probabilities) instead of regressing one value.
    pub classification: bool,
}

impl CgcnnShape {
    /// The architecture of the published formation-energy and band-gap models.
    pub const PUBLISHED: CgcnnShape =
        CgcnnShape { atom_fea_len: 64, n_conv: 4, h_fea_len: 32, n_h: 1, classification: false };
}

/// A CGCNN network with its weights.
#[derive(Debug, Clone)]
pub struct Cgcnn {
    shape: CgcnnShape,
    embedding: Linear,
    convs: Vec<ConvLayer>,
    conv_to_fc: Linear,
    fcs: Vec<Linear>,
    fc_out: Linear,
    /// `prediction = output * std + mean` (regression).
    normalizer: (f64, f64),
}

/// Which neighbours fill the 12th place when several are equally far (within [`TIE`] Å).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ties {
    /// Every tied neighbour, each weighted by (places left) / (neighbours tied): the mean over
    /// the reference's possible choices, so a rotation, origin shift, permutation or supercell
    /// gives the same vector. Without a tie at the 12th place it is the reference exactly.
    #[default]
    Average,
    /// The first ones in neighbour-list order, as the reference keeps whichever pymatgen lists
    /// first: exact parity, but the choice (and the vector) can change with the cell's setting.
    Reference,
}

impl Ties {
    /// The parameter value (`average`, `reference`).
    pub fn as_str(self) -> &'static str {
        match self {
            Ties::Average => "average",
            Ties::Reference => "reference",
        }
    }
}

/// Neighbours this close in distance are tied for a place (Å).
pub const TIE: f64 = 1e-6;

/// The graph the network sees: per atom, its neighbours' indices, distances (Å) and weights.
#[derive(Debug, Clone, PartialEq)]
pub struct CgcnnGraph {
    /// Atomic number of each atom.
    pub species: Vec<u8>,
    /// Atom `i`'s edges are `offsets[i]..offsets[i + 1]`, nearest first.
    pub offsets: Vec<usize>,
    /// Each edge's neighbour (index 0 where padded, as the reference pads).
    pub neighbors: Vec<u32>,
    /// Each edge's length (Å; 9 where padded).
    pub distances: Vec<f64>,
    /// Each edge's weight in the neighbour sum: 1, or a fraction for neighbours tied for the
    /// last places ([`Ties::Average`]); an atom's weights sum to 12.
    pub weights: Vec<f32>,
    /// Atoms with fewer than 12 neighbours within 8 Å (padded as the reference pads).
    pub padded_atoms: usize,
    /// Atoms with neighbours tied for the 12th place.
    pub tied_atoms: usize,
}

/// What the network computes for one crystal.
#[derive(Debug, Clone, PartialEq)]
pub struct CgcnnOutput {
    /// The crystal feature: pooled atom features after `conv_to_fc`, its softplus and any
    /// hidden layers (the input of `fc_out`; 32 values in the published models).
    pub crystal: Vec<f32>,
    /// Mean over atoms of the atom features after the embedding and after each convolution.
    pub layer_means: Vec<Vec<f32>>,
    /// The de-normalised prediction (regression), or the probability of class 1
    /// (classification).
    pub prediction: f64,
}

impl Cgcnn {
    /// The network of a CGCNN checkpoint (`formation-energy-per-atom.pth.tar`,
    /// `band-gap.pth.tar`, …): architecture from the tensor shapes, normaliser from the file.
    pub fn from_checkpoint(c: &Checkpoint) -> Result<Self> {
        let file = c.path().display().to_string();
        let shape_of = |name: &str| {
            c.shape(&format!("state_dict.{name}")).map(<[usize]>::to_vec).ok_or_else(|| {
                Error::invalid(format!(
                    "{file}: tensor `state_dict.{name}` missing from the file (not a CGCNN checkpoint?)"
                ))
            })
        };
        let emb = shape_of("embedding.weight")?;
        if emb.len() != 2 || emb[1] != ATOM_FEATURES {
            return Err(Error::invalid(format!(
                "{file}: tensor `state_dict.embedding.weight` has shape {emb:?}, CGCNN's atom features need [_, {ATOM_FEATURES}]"
            )));
        }
        let atom_fea_len = emb[0];
        let n_conv =
            (0..).take_while(|k| c.shape(&format!("state_dict.convs.{k}.fc_full.weight")).is_some()).count();
        let h = shape_of("conv_to_fc.weight")?;
        let n_h = 1 + (0..).take_while(|k| c.shape(&format!("state_dict.fcs.{k}.weight")).is_some()).count();
        let out = shape_of("fc_out.weight")?;
        if n_conv == 0 || h.len() != 2 || out.len() != 2 || !(1..=2).contains(&out[0]) {
            return Err(Error::invalid(format!(
                "{file}: not a CGCNN network ({n_conv} convolutions, conv_to_fc {h:?}, fc_out {out:?})"
            )));
        }
        let shape = CgcnnShape { atom_fea_len, n_conv, h_fea_len: h[0], n_h, classification: out[0] == 2 };
        let edge = 2 * atom_fea_len + GAUSSIANS;
        let convs = (0..n_conv)
            .map(|k| {
                Ok(ConvLayer {
                    fc_full: Linear::load(c, &format!("convs.{k}.fc_full"), 2 * atom_fea_len, edge)?,
                    bn1: BatchNorm::load(c, &format!("convs.{k}.bn1"), 2 * atom_fea_len)?,
                    bn2: BatchNorm::load(c, &format!("convs.{k}.bn2"), atom_fea_len)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let normalizer = if shape.classification {
            (0.0, 1.0)
        } else {
            let (mean, std) = (c.number("normalizer.mean")?, c.number("normalizer.std")?);
            if !(mean.is_finite() && std.is_finite() && std > 0.0) {
                return Err(Error::invalid(format!(
                    "{file}: normalizer mean {mean} / std {std} is not usable"
                )));
            }
            (mean, std)
        };
        Ok(Cgcnn {
            shape,
            embedding: Linear::load(c, "embedding", atom_fea_len, ATOM_FEATURES)?,
            convs,
            conv_to_fc: Linear::load(c, "conv_to_fc", shape.h_fea_len, atom_fea_len)?,
            fcs: (1..n_h)
                .map(|k| Linear::load(c, &format!("fcs.{}", k - 1), shape.h_fea_len, shape.h_fea_len))
                .collect::<Result<_>>()?,
            fc_out: Linear::load(c, "fc_out", out[0], shape.h_fea_len)?,
            normalizer,
        })
    }

    /// The network of the checkpoint at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::from_checkpoint(&Checkpoint::open(path)?)
    }

    /// The same architecture with PyTorch's default initialisation drawn from `seed` (batch
    /// normalisation at its initial state, normaliser mean 0 and std 1): the random-init twin.
    pub fn random(shape: CgcnnShape, seed: u64) -> Self {
        let mut rng = SeededRng::new(seed);
        let a = shape.atom_fea_len;
        let embedding = Linear::random(&mut rng, a, ATOM_FEATURES);
        let convs = (0..shape.n_conv)
            .map(|_| ConvLayer {
                fc_full: Linear::random(&mut rng, 2 * a, 2 * a + GAUSSIANS),
                bn1: BatchNorm::fresh(2 * a),
                bn2: BatchNorm::fresh(a),
            })
            .collect();
        let conv_to_fc = Linear::random(&mut rng, shape.h_fea_len, a);
        let fcs =
            (1..shape.n_h).map(|_| Linear::random(&mut rng, shape.h_fea_len, shape.h_fea_len)).collect();
        let fc_out = Linear::random(&mut rng, if shape.classification { 2 } else { 1 }, shape.h_fea_len);
        Cgcnn { shape, embedding, convs, conv_to_fc, fcs, fc_out, normalizer: (0.0, 1.0) }
    }

    /// The architecture.
    pub fn shape(&self) -> CgcnnShape {
        self.shape
    }

    /// Length of the crystal feature.
    pub fn dim(&self) -> usize {
        self.shape.h_fea_len
    }

    /// The graph of `s` as the reference builds it, with `ties` deciding the neighbours tied for
    /// the 12th place.
    pub fn graph(s: &Structure, ties: Ties) -> Result<CgcnnGraph> {
        if s.sites.is_empty() {
            return Err(Error::invalid("cgcnn: structure has no sites"));
        }
        if !s.is_ordered() {
            return Err(Error::invalid("cgcnn: partially occupied sites (CGCNN reads one species per site)"));
        }
        if let Some(site) = s.sites.iter().find(|x| x.z == 0 || usize::from(x.z) > ONES.len()) {
            return Err(Error::invalid(format!(
                "cgcnn: element Z = {} has no CGCNN atom features (1..=100)",
                site.z
            )));
        }
        let pairs = neighbor_list(&s.lattice, &s.frac_coords(), RADIUS)?;
        let n = s.nsites();
        let mut per_atom: Vec<Vec<(f64, usize)>> = vec![Vec::new(); n];
        for p in &pairs {
            // pymatgen's neighbour list leaves out only the atom itself (distance ~0).
            if p.distance > 1e-8 {
                per_atom[p.i].push((p.distance, p.j));
            }
        }
        let mut g = CgcnnGraph {
            species: s.species(),
            offsets: Vec::with_capacity(n + 1),
            neighbors: Vec::with_capacity(n * MAX_NEIGHBORS),
            distances: Vec::with_capacity(n * MAX_NEIGHBORS),
            weights: Vec::with_capacity(n * MAX_NEIGHBORS),
            padded_atoms: 0,
            tied_atoms: 0,
        };
        g.offsets.push(0);
        for mut list in per_atom {
            // Stable: equal distances keep the neighbour list's (j, image) order.
            list.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut weights = vec![1f32; list.len().min(MAX_NEIGHBORS)];
            if list.len() > MAX_NEIGHBORS && list[MAX_NEIGHBORS].0 - list[MAX_NEIGHBORS - 1].0 <= TIE {
                g.tied_atoms += 1;
                if ties == Ties::Average {
                    let last = list[MAX_NEIGHBORS - 1].0;
                    let first = list.iter().position(|x| x.0 >= last - TIE).unwrap_or(0);
                    let end = list.iter().rposition(|x| x.0 <= last + TIE).map_or(list.len(), |k| k + 1);
                    let share = (MAX_NEIGHBORS - first) as f32 / (end - first) as f32;
                    weights = (0..end).map(|k| if k < first { 1.0 } else { share }).collect();
                }
            }
            list.truncate(weights.len());
            if list.len() < MAX_NEIGHBORS {
                g.padded_atoms += 1;
                list.resize(MAX_NEIGHBORS, (RADIUS + 1.0, 0));
                weights.resize(MAX_NEIGHBORS, 1.0);
            }
            for ((d, j), w) in list.into_iter().zip(weights) {
                g.neighbors.push(j as u32);
                g.distances.push(d);
                g.weights.push(w);
            }
            g.offsets.push(g.neighbors.len());
        }
        Ok(g)
    }

    /// The crystal feature, per-layer means and prediction for `s`.
    pub fn forward(&self, s: &Structure, ties: Ties) -> Result<CgcnnOutput> {
        Ok(self.forward_graph(&Self::graph(s, ties)?))
    }

    /// [`Self::forward`] on a graph built by [`Self::graph`].
    pub fn forward_graph(&self, g: &CgcnnGraph) -> CgcnnOutput {
        let n = g.species.len();
        let a = self.shape.atom_fea_len;
        let gauss: Vec<f32> = g
            .distances
            .iter()
            .flat_map(|d| {
                (0..GAUSSIANS).map(move |k| {
                    let x = d - k as f64 * GAUSSIAN_STEP;
                    (-(x * x) / (GAUSSIAN_STEP * GAUSSIAN_STEP)).exp() as f32
                })
            })
            .collect();
        // The Gaussians of an edge that are not negligible: below 1e-8 (more than 0.86 Å from
        // the distance) a term changes the f32 sum it joins by less than its rounding.
        let reach = GAUSSIAN_STEP * (1e8f64).ln().sqrt();
        let span: Vec<(usize, usize)> = g
            .distances
            .iter()
            .map(|d| {
                let lo = ((d - reach) / GAUSSIAN_STEP).ceil().clamp(0.0, GAUSSIANS as f64) as usize;
                let hi = ((d + reach) / GAUSSIAN_STEP).floor().clamp(-1.0, GAUSSIANS as f64 - 1.0) + 1.0;
                (lo, (hi as usize).max(lo))
            })
            .collect();
        let mut onehot = vec![0f32; ATOM_FEATURES];
        let mut atoms = vec![0f32; n * a];
        for (i, z) in g.species.iter().enumerate() {
            onehot.iter_mut().for_each(|v| *v = 0.0);
            for &k in ONES[usize::from(*z) - 1] {
                onehot[usize::from(k)] = 1.0;
            }
            self.embedding.apply(&onehot, &mut atoms[i * a..(i + 1) * a]);
        }
        let mut layer_means = vec![mean_rows(&atoms, a)];
        // fc_full(centre ‖ neighbour ‖ edge) = W_c·centre + W_n·neighbour + W_e·edge + b: the
        // atom terms once per atom, only the edge term per edge.
        let w = 2 * a;
        let mut centre = vec![0f32; n * w];
        let mut neighbour = vec![0f32; n * w];
        let mut gated = vec![0f32; w];
        let mut next = vec![0f32; n * a];
        let mut summed = vec![0f32; a];
        for conv in &self.convs {
            let fc = &conv.fc_full;
            for i in 0..n {
                let x = &atoms[i * a..(i + 1) * a];
                for o in 0..w {
                    let row = &fc.weight[o * fc.inputs..(o + 1) * fc.inputs];
                    centre[i * w + o] = fc.bias[o] + dot(&row[..a], x);
                    neighbour[i * w + o] = dot(&row[a..2 * a], x);
                }
            }
            for i in 0..n {
                summed.iter_mut().for_each(|v| *v = 0.0);
                for e in g.offsets[i]..g.offsets[i + 1] {
                    let j = g.neighbors[e] as usize;
                    let (lo, hi) = span[e];
                    let edge = &gauss[e * GAUSSIANS + lo..e * GAUSSIANS + hi];
                    for o in 0..w {
                        let start = o * fc.inputs + 2 * a;
                        let row = &fc.weight[start + lo..start + hi];
                        gated[o] = centre[i * w + o] + neighbour[j * w + o] + dot(row, edge);
                    }
                    conv.bn1.apply(&mut gated);
                    let weight = g.weights[e];
                    for c in 0..a {
                        summed[c] += weight * sigmoid(gated[c]) * softplus(gated[a + c]);
                    }
                }
                conv.bn2.apply(&mut summed);
                for c in 0..a {
                    next[i * a + c] = softplus(atoms[i * a + c] + summed[c]);
                }
            }
            std::mem::swap(&mut atoms, &mut next);
            layer_means.push(mean_rows(&atoms, a));
        }
        let pooled: Vec<f32> =
            layer_means.last().expect("the embedding's mean").iter().map(|v| softplus(*v)).collect();
        let mut crystal = vec![0f32; self.shape.h_fea_len];
        self.conv_to_fc.apply(&pooled, &mut crystal);
        crystal.iter_mut().for_each(|v| *v = softplus(*v));
        let mut hidden = vec![0f32; self.shape.h_fea_len];
        for fc in &self.fcs {
            fc.apply(&crystal, &mut hidden);
            for (c, h) in crystal.iter_mut().zip(&hidden) {
                *c = softplus(*h);
            }
        }
        let mut out = vec![0f32; self.fc_out.outputs];
        self.fc_out.apply(&crystal, &mut out);
        let prediction = if self.shape.classification {
            // log_softmax then exp: the probability of class 1.
            let (x0, x1) = (f64::from(out[0]), f64::from(out[1]));
            1.0 / (1.0 + (x0 - x1).exp())
        } else {
            f64::from(out[0]) * self.normalizer.1 + self.normalizer.0
        };
        CgcnnOutput { crystal, layer_means, prediction }
    }
}

/// `a · b` with eight partial sums (vectorised; the order differs from PyTorch's by rounding only).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca.remainder().iter().zip(cb.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    acc.iter().sum::<f32>() + tail
}

fn mean_rows(x: &[f32], width: usize) -> Vec<f32> {
    let rows = x.len() / width;
    let mut m = vec![0f32; width];
    for row in x.chunks_exact(width) {
        for (a, v) in m.iter_mut().zip(row) {
            *a += v;
        }
    }
    m.iter_mut().for_each(|v| *v /= rows as f32);
    m
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// PyTorch's `Softplus()` (beta 1, threshold 20).
fn softplus(x: f32) -> f32 {
    if x > 20.0 {
        x
    } else {
        x.exp().ln_1p()
    }
}

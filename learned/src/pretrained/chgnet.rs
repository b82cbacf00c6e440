//! CHGNet (Deng et al., 2023) as the `chgnet` package 0.4.2 computes it, from the published
//! 0.3.0 weights, in burn on the CPU.
//!
//! The graph ([`ChgnetGraph`]): every directed pair of atoms within 6 Å (a periodic image of an
//! atom itself included), paired with its reverse into one undirected bond; the bond graph's
//! angles: for each directed bond `d` from atom `c` no longer than 3 Å, every other directed
//! bond `e` from `c` shorter than 3 Å (`≤` for the first bond, `<` for the second, as the
//! reference writes it).
//!
//! The network, per crystal:
//! * atoms: `embedding[Z - 1]`; bonds: a learnable-frequency Bessel basis of the length times
//!   the polynomial envelope (cutoff coefficient 8), once with a 6 Å cutoff (`ag`: the bond
//!   features and the atom-graph weights) and once with 3 Å (`bg`: the bond-graph weights);
//!   angles: a learnable-frequency Fourier basis of the angle between the two directed bonds;
//! * 4 interaction blocks: an atom convolution (gated MLP of `[a_c, b, a_n]` per directed
//!   bond, times the bond's `ag` weight, summed per centre, a bias-free linear layer, residual),
//!   then, in the first 3, a bond convolution (gated MLP of `[b_i, b_j, θ, a_c]` per angle,
//!   times the two bonds' `bg` weights, summed per bond, linear, residual) and an angle update
//!   (single-layer gated MLP of the same, residual); gated MLPs use LayerNorm and SiLU;
//! * readout: LayerNorm of the atom features, a 4-layer MLP per atom, the mean over atoms, plus
//!   the composition model (a linear function of the element fractions, `AtomRef`).
//!
//! `crystal_fea` of the reference (`predict_structure(..., return_crystal_feas=True)`) is the
//! *sum* over atoms of the normalised atom features for this model (`mlp_first`), so it grows
//! with a supercell; the embedding's default is the mean, which does not ([`Features`]).

use super::checkpoint::Checkpoint;
use crate::rng::SeededRng;
use crate::weights::values;
use burn::tensor::activation::{sigmoid, silu};
use burn::tensor::{Device, IndexingUpdateOp, Int, Tensor, TensorData};
use crystaldb::structure::{neighbor_list, Structure};
use crystaldb::{Error, Result};
use std::collections::HashMap;
use std::path::Path;

/// Atom-graph cutoff (Å).
pub const ATOM_GRAPH_CUTOFF: f64 = 6.0;
/// Bond-graph cutoff (Å): bonds at most this long take part in angles.
pub const BOND_GRAPH_CUTOFF: f64 = 3.0;
/// Elements the embedding has rows for (Z = 1..=94).
pub const MAX_ELEMENTS: usize = 94;
/// LayerNorm epsilon (PyTorch's default).
const LN_EPS: f64 = 1e-5;
/// Prefix of the network's tensors in a CHGNet checkpoint.
const PREFIX: &str = "model.state_dict.";

/// The architecture of a CHGNet network (the published 0.3.0 one is the only one read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChgnetShape {
    /// Atom, bond and angle feature length (64).
    pub width: usize,
    /// Radial basis size (31).
    pub num_radial: usize,
    /// Angular basis size, odd (31).
    pub num_angular: usize,
    /// Interaction blocks (4).
    pub n_conv: usize,
    /// Hidden widths of the readout MLP (64, 64, 64).
    pub readout_hidden: [usize; 3],
    /// Polynomial envelope exponent (8).
    pub cutoff_coeff: usize,
}

impl ChgnetShape {
    /// CHGNet 0.3.0.
    pub const PUBLISHED: ChgnetShape = ChgnetShape {
        width: 64,
        num_radial: 31,
        num_angular: 31,
        n_conv: 4,
        readout_hidden: [64, 64, 64],
        cutoff_coeff: 8,
    };
}

/// Which vector the `chgnet` encoder gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Features {
    /// Mean over atoms of the normalised final atom features (64): the reference's
    /// `crystal_fea` divided by the number of atoms; unchanged by a supercell.
    #[default]
    Crystal,
    /// The reference's `crystal_fea` exactly: the sum over atoms (grows with a supercell).
    CrystalSum,
    /// Mean over atoms of the atom features after the embedding and after each atom
    /// convolution, concatenated (5 x 64 for the published model).
    Layers,
}

impl Features {
    /// The parameter value.
    pub fn as_str(self) -> &'static str {
        match self {
            Features::Crystal => "crystal",
            Features::CrystalSum => "crystal_sum",
            Features::Layers => "layers",
        }
    }

    /// Parse a parameter value.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "crystal" => Some(Features::Crystal),
            "crystal_sum" => Some(Features::CrystalSum),
            "layers" => Some(Features::Layers),
            _ => None,
        }
    }
}

/// The graph CHGNet sees for one crystal.
#[derive(Debug, Clone, PartialEq)]
pub struct ChgnetGraph {
    /// Atomic number of each atom.
    pub species: Vec<u8>,
    /// Centre atom of each directed bond.
    pub center: Vec<u32>,
    /// Neighbour atom of each directed bond.
    pub neighbor: Vec<u32>,
    /// The undirected bond of each directed bond.
    pub undirected: Vec<u32>,
    /// Length of each undirected bond (Å).
    pub length: Vec<f64>,
    /// Centre atom of each angle.
    pub angle_center: Vec<u32>,
    /// First (undirected) bond of each angle: the one the bond convolution updates.
    pub angle_bond_i: Vec<u32>,
    /// Second (undirected) bond of each angle.
    pub angle_bond_j: Vec<u32>,
    /// Each angle (radians), as the reference computes it: `acos(cos · (1 - 1e-6))`.
    pub angle: Vec<f64>,
    /// Atoms with no neighbour within 6 Å (the reference refuses such a crystal; here their
    /// features are the embedding's passed through the residual connections).
    pub isolated_atoms: usize,
}

impl ChgnetGraph {
    /// Build the graph of `s`.
    pub fn new(s: &Structure) -> Result<Self> {
        if s.sites.is_empty() {
            return Err(Error::invalid("chgnet: structure has no sites"));
        }
        if !s.is_ordered() {
            return Err(Error::invalid(
                "chgnet: partially occupied sites (CHGNet reads one species per site)",
            ));
        }
        if let Some(site) = s.sites.iter().find(|x| x.z == 0 || usize::from(x.z) > MAX_ELEMENTS) {
            return Err(Error::invalid(format!(
                "chgnet: element Z = {} has no CHGNet embedding (1..=94)",
                site.z
            )));
        }
        let n = s.nsites();
        let pairs = neighbor_list(&s.lattice, &s.frac_coords(), ATOM_GRAPH_CUTOFF)?;
        // pymatgen's neighbour list (numerical_tol 1e-8) leaves out only the atom itself.
        let pairs: Vec<_> = pairs.into_iter().filter(|p| p.distance > 1e-8).collect();
        let mut index: HashMap<(usize, usize, [i32; 3]), u32> = HashMap::with_capacity(pairs.len());
        let mut g = ChgnetGraph {
            species: s.species(),
            center: Vec::with_capacity(pairs.len()),
            neighbor: Vec::with_capacity(pairs.len()),
            undirected: Vec::with_capacity(pairs.len()),
            length: Vec::with_capacity(pairs.len() / 2 + 1),
            angle_center: Vec::new(),
            angle_bond_i: Vec::new(),
            angle_bond_j: Vec::new(),
            angle: Vec::new(),
            isolated_atoms: 0,
        };
        for p in &pairs {
            let reverse = (p.j, p.i, [-p.image[0], -p.image[1], -p.image[2]]);
            let u = match index.get(&reverse) {
                Some(&u) => u,
                None => {
                    g.length.push(p.distance);
                    (g.length.len() - 1) as u32
                }
            };
            index.insert((p.i, p.j, p.image), u);
            g.center.push(p.i as u32);
            g.neighbor.push(p.j as u32);
            g.undirected.push(u);
        }
        // The reference pairs every directed bond with its reverse; a pair without one (a
        // distance exactly at the cutoff one way only) cannot arise from a symmetric search.
        let mut per_undirected = vec![0u8; g.length.len()];
        for &u in &g.undirected {
            per_undirected[u as usize] += 1;
        }
        if per_undirected.iter().any(|&c| c != 2) {
            return Err(Error::invalid("chgnet: a bond at the 6 Å cutoff has no reverse bond (rounding)"));
        }
        // Angles: pairs of directed bonds from one centre, within the bond-graph cutoff. The
        // neighbour list is sorted by centre, so each centre's bonds are contiguous.
        let unit: Vec<[f64; 3]> = pairs
            .iter()
            .map(|p| {
                // The reference's bond vector points from the neighbour to the centre.
                let v = p.vector;
                [-v[0] / p.distance, -v[1] / p.distance, -v[2] / p.distance]
            })
            .collect();
        let mut has_neighbor = vec![false; n];
        let mut start = 0;
        while start < pairs.len() {
            let c = pairs[start].i;
            let end = start + pairs[start..].iter().take_while(|p| p.i == c).count();
            has_neighbor[c] = true;
            let short: Vec<usize> =
                (start..end).filter(|&k| g.length[g.undirected[k] as usize] <= BOND_GRAPH_CUTOFF).collect();
            for &d in &short {
                for &e in &short {
                    if e == d || g.length[g.undirected[e] as usize] >= BOND_GRAPH_CUTOFF {
                        continue;
                    }
                    let (a, b) = (unit[d], unit[e]);
                    let cos = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) * (1.0 - 1e-6);
                    g.angle_center.push(c as u32);
                    g.angle_bond_i.push(g.undirected[d]);
                    g.angle_bond_j.push(g.undirected[e]);
                    g.angle.push(cos.clamp(-1.0, 1.0).acos());
                }
            }
            start = end;
        }
        g.isolated_atoms = has_neighbor.iter().filter(|h| !**h).count();
        Ok(g)
    }

    /// Directed bonds within 6 Å (rows of the reference's `atom_graph`).
    pub fn atom_edges(&self) -> usize {
        self.center.len()
    }

    /// Undirected bonds within 6 Å.
    pub fn undirected_bonds(&self) -> usize {
        self.length.len()
    }

    /// Undirected bonds at most 3 Å long (those in the bond graph).
    pub fn bond_graph_bonds(&self) -> usize {
        self.length.iter().filter(|l| **l <= BOND_GRAPH_CUTOFF).count()
    }

    /// Angles (rows of the reference's `bond_graph`).
    pub fn angles(&self) -> usize {
        self.angle.len()
    }
}

/// What the network computes for one crystal.
#[derive(Debug, Clone, PartialEq)]
pub struct ChgnetOutput {
    /// The reference's `crystal_fea`: the sum over atoms of the normalised final atom features.
    pub crystal_sum: Vec<f32>,
    /// Mean over atoms of the atom features after the embedding and after each atom convolution.
    pub layer_means: Vec<Vec<f32>>,
    /// Predicted energy (eV/atom), composition model included.
    pub energy_per_atom: f64,
    /// Number of atoms.
    pub atoms: usize,
}

impl ChgnetOutput {
    /// The vector `features` asks for.
    pub fn vector(&self, features: Features) -> Vec<f32> {
        match features {
            Features::Crystal => self.crystal_sum.iter().map(|v| v / self.atoms as f32).collect(),
            Features::CrystalSum => self.crystal_sum.clone(),
            Features::Layers => self.layer_means.concat(),
        }
    }
}

/// A linear layer as a right-multiplied matrix `[in, out]` and an optional bias `[1, out]`.
#[derive(Debug, Clone)]
struct Dense {
    w: Tensor<2>,
    b: Option<Tensor<2>>,
}

impl Dense {
    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let y = x.matmul(self.w.clone());
        match &self.b {
            Some(b) => y + b.clone(),
            None => y,
        }
    }
}

#[derive(Debug, Clone)]
struct Norm {
    w: Tensor<2>,
    b: Tensor<2>,
}

impl Norm {
    fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let mean = x.clone().mean_dim(1);
        let centred = x - mean;
        let var = (centred.clone() * centred.clone()).mean_dim(1);
        centred / (var + LN_EPS).sqrt() * self.w.clone() + self.b.clone()
    }
}

/// A gated MLP whose input is the concatenation of `parts` blocks of `width` each: the first
/// layer of the core and the gate as one matrix per block (`[width, 2·hidden]`), then (with a
/// hidden layer) a second linear layer each; LayerNorm, SiLU ⊙ sigmoid.
#[derive(Debug, Clone)]
struct Gated {
    first: Vec<Tensor<2>>,
    first_bias: Tensor<2>,
    second: Option<(Dense, Dense)>,
    norm_core: Norm,
    norm_gate: Norm,
}

impl Gated {
    /// `x` is the first layer's pre-activation `[R, 2·hidden]` (parts summed, bias included).
    fn finish(&self, x: Tensor<2>) -> Tensor<2> {
        let [r, w2] = x.dims();
        let h = w2 / 2;
        let core = x.clone().slice([0..r, 0..h]);
        let gate = x.slice([0..r, h..w2]);
        let (core, gate) = match &self.second {
            Some((c, g)) => (c.forward(silu(core)), g.forward(silu(gate))),
            None => (core, gate),
        };
        silu(self.norm_core.forward(core)) * sigmoid(self.norm_gate.forward(gate))
    }
}

#[derive(Debug, Clone)]
struct Block {
    atom: Gated,
    atom_out: Tensor<2>,
    bond: Option<(Gated, Tensor<2>)>,
    angle: Option<Gated>,
}

/// A CHGNet network with its weights.
#[derive(Debug, Clone)]
pub struct Chgnet {
    shape: ChgnetShape,
    embedding: Tensor<2>,
    rbf_ag: Vec<f64>,
    rbf_bg: Vec<f64>,
    fourier: Vec<f64>,
    bond_embedding: Tensor<2>,
    bond_weights_ag: Tensor<2>,
    bond_weights_bg: Tensor<2>,
    angle_embedding: Tensor<2>,
    blocks: Vec<Block>,
    readout_norm: Norm,
    readout: Vec<Dense>,
    composition: Vec<f64>,
    device: Device,
}

/// Where the weights come from.
trait Source {
    /// Row-major `[out, in]` (or any shape) values of tensor `name` (without the prefix).
    fn get(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>>;
}

struct FromCheckpoint<'a>(&'a Checkpoint);

impl Source for FromCheckpoint<'_> {
    fn get(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        self.0.tensor(&format!("{PREFIX}{name}"), shape)
    }
}

/// PyTorch's default initialisation: linear weights and biases uniform in ±1/sqrt(inputs),
/// embeddings standard normal, LayerNorm weight 1 and bias 0, basis frequencies at their
/// initial values (π·k for the Bessel basis, k for the Fourier basis); the composition model
/// is zero (the reference fits it to data, it is not drawn).
struct Random {
    rng: SeededRng,
    /// The fan-in of the last linear weight drawn: its bias, drawn next, shares the bound.
    fan_in: usize,
}

impl Source for Random {
    fn get(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>> {
        let n: usize = shape.iter().product();
        let last = name.rsplit('.').next().unwrap_or("");
        Ok(if name.contains("frequencies") {
            let scale = if name.contains("rbf") { std::f64::consts::PI } else { 1.0 };
            (1..=n).map(|k| (scale * k as f64) as f32).collect()
        } else if name.starts_with("composition_model") {
            vec![0.0; n]
        } else if name.contains("embedding.embedding") {
            (0..n).map(|_| self.rng.normal() as f32).collect()
        } else if name.contains(".bn") || name.starts_with("readout_norm") {
            vec![if last == "weight" { 1.0 } else { 0.0 }; n]
        } else {
            if shape.len() == 2 {
                self.fan_in = shape[1];
            }
            let bound = 1.0 / (self.fan_in as f64).sqrt();
            (0..n).map(|_| self.rng.uniform(-bound, bound) as f32).collect()
        })
    }
}

impl Chgnet {
    /// The network of a CHGNet checkpoint (the 0.3.0 architecture; its `model_args` checked).
    pub fn from_checkpoint(c: &Checkpoint) -> Result<Self> {
        let file = c.path().display().to_string();
        if c.shape(&format!("{PREFIX}atom_embedding.embedding.weight")).is_none() {
            return Err(Error::invalid(format!(
                "{file}: tensor `{PREFIX}atom_embedding.embedding.weight` missing from the file (not a CHGNet checkpoint?)"
            )));
        }
        let s = ChgnetShape::PUBLISHED;
        let args = "model.model_args";
        let expect_num = |key: &str, want: f64| -> Result<()> {
            let got = c.number(&format!("{args}.{key}"))?;
            if got != want {
                return Err(Error::invalid(format!(
                    "{file}: setting `{args}.{key}` is {got}; this reader computes CHGNet 0.3.0's architecture ({key} = {want})"
                )));
            }
            Ok(())
        };
        for (key, want) in [
            ("atom_fea_dim", s.width as f64),
            ("bond_fea_dim", s.width as f64),
            ("angle_fea_dim", s.width as f64),
            ("num_radial", s.num_radial as f64),
            ("num_angular", s.num_angular as f64),
            ("n_conv", s.n_conv as f64),
            ("atom_graph_cutoff", ATOM_GRAPH_CUTOFF),
            ("bond_graph_cutoff", BOND_GRAPH_CUTOFF),
            ("cutoff_coeff", s.cutoff_coeff as f64),
        ] {
            expect_num(key, want)?;
        }
        let expect_str = |key: &str, want: &str| -> Result<()> {
            match c.value(&format!("{args}.{key}")) {
                Some(serde_json::Value::String(v)) if v == want => Ok(()),
                None if key == "conv_norm" => Ok(()),
                other => Err(Error::invalid(format!(
                    "{file}: setting `{args}.{key}` is {}; this reader computes CHGNet 0.3.0's architecture ({key} = {want})",
                    other.map_or("missing".to_string(), ToString::to_string)
                ))),
            }
        };
        expect_str("non_linearity", "silu")?;
        expect_str("gMLP_norm", "layer")?;
        expect_str("readout_norm", "layer")?;
        for key in ["mlp_first", "is_intensive"] {
            if let Some(v) = c.value(&format!("{args}.{key}")) {
                if v != &serde_json::Value::Bool(true) {
                    return Err(Error::invalid(format!(
                        "{file}: setting `{args}.{key}` is {v}; this reader computes CHGNet 0.3.0's architecture ({key} = true)"
                    )));
                }
            }
        }
        if c.value(&format!("{args}.conv_norm")).is_some_and(|v| !v.is_null()) {
            return Err(Error::invalid(format!(
                "{file}: setting `{args}.conv_norm` is set; CHGNet 0.3.0 has none"
            )));
        }
        Self::build(s, &mut FromCheckpoint(c))
    }

    /// The network of the checkpoint at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::from_checkpoint(&Checkpoint::open(path)?)
    }

    /// The same architecture with PyTorch's default initialisation drawn from `seed`: the
    /// random-init twin. Its composition model is zero, so its energy is the network's part.
    pub fn random(shape: ChgnetShape, seed: u64) -> Self {
        Self::build(shape, &mut Random { rng: SeededRng::new(seed), fan_in: 1 })
            .expect("random weights have the right shapes")
    }

    fn build(s: ChgnetShape, src: &mut dyn Source) -> Result<Self> {
        let device = crate::inference_device();
        let w = s.width;
        let t2 = |v: Vec<f32>, shape: [usize; 2]| Tensor::<2>::from_data(TensorData::new(v, shape), &device);
        // PyTorch `[out, in]` -> `[in, out]`, columns `lo..hi` of the input only.
        let right = |v: &[f32], out: usize, inp: usize, lo: usize, hi: usize| -> Tensor<2> {
            let mut m = Vec::with_capacity((hi - lo) * out);
            for i in lo..hi {
                for o in 0..out {
                    m.push(v[o * inp + i]);
                }
            }
            t2(m, [hi - lo, out])
        };
        let row = |v: Vec<f32>| {
            let n = v.len();
            t2(v, [1, n])
        };
        let linear_nb = |src: &mut dyn Source, name: &str, out: usize, inp: usize| -> Result<Tensor<2>> {
            let v = src.get(&format!("{name}.weight"), &[out, inp])?;
            Ok(right(&v, out, inp, 0, inp))
        };
        let dense = |src: &mut dyn Source, name: &str, out: usize, inp: usize| -> Result<Dense> {
            let v = src.get(&format!("{name}.weight"), &[out, inp])?;
            let b = src.get(&format!("{name}.bias"), &[out])?;
            Ok(Dense { w: right(&v, out, inp, 0, inp), b: Some(row(b)) })
        };
        let norm = |src: &mut dyn Source, name: &str| -> Result<Norm> {
            Ok(Norm {
                w: row(src.get(&format!("{name}.weight"), &[w])?),
                b: row(src.get(&format!("{name}.bias"), &[w])?),
            })
        };
        // A gated MLP over `parts` blocks of width `w` (hidden width `w`, or none).
        let gated = |src: &mut dyn Source, name: &str, parts: usize, hidden: bool| -> Result<Gated> {
            let inp = parts * w;
            let first_idx = if hidden { 0 } else { 1 };
            let core_w = src.get(&format!("{name}.mlp_core.layers.{first_idx}.weight"), &[w, inp])?;
            let core_b = src.get(&format!("{name}.mlp_core.layers.{first_idx}.bias"), &[w])?;
            let (core2, gate_w, gate_b, gate2);
            if hidden {
                let cw = src.get(&format!("{name}.mlp_core.layers.3.weight"), &[w, w])?;
                let cb = src.get(&format!("{name}.mlp_core.layers.3.bias"), &[w])?;
                core2 = Some(Dense { w: right(&cw, w, w, 0, w), b: Some(row(cb)) });
                gate_w = src.get(&format!("{name}.mlp_gate.layers.0.weight"), &[w, inp])?;
                gate_b = src.get(&format!("{name}.mlp_gate.layers.0.bias"), &[w])?;
                let gw = src.get(&format!("{name}.mlp_gate.layers.3.weight"), &[w, w])?;
                let gb = src.get(&format!("{name}.mlp_gate.layers.3.bias"), &[w])?;
                gate2 = Some(Dense { w: right(&gw, w, w, 0, w), b: Some(row(gb)) });
            } else {
                core2 = None;
                gate_w = src.get(&format!("{name}.mlp_gate.layers.1.weight"), &[w, inp])?;
                gate_b = src.get(&format!("{name}.mlp_gate.layers.1.bias"), &[w])?;
                gate2 = None;
            }
            let first = (0..parts)
                .map(|p| {
                    let c = right(&core_w, w, inp, p * w, (p + 1) * w);
                    let g = right(&gate_w, w, inp, p * w, (p + 1) * w);
                    Tensor::cat(vec![c, g], 1)
                })
                .collect();
            let first_bias = row(core_b.into_iter().chain(gate_b).collect());
            let bn1 = norm(src, &format!("{name}.bn1"))?;
            let bn2 = norm(src, &format!("{name}.bn2"))?;
            Ok(Gated { first, first_bias, second: core2.zip(gate2), norm_core: bn1, norm_gate: bn2 })
        };
        let embedding =
            t2(src.get("atom_embedding.embedding.weight", &[MAX_ELEMENTS, w])?, [MAX_ELEMENTS, w]);
        let freqs = |src: &mut dyn Source, name: &str, n: usize| -> Result<Vec<f64>> {
            Ok(src.get(name, &[n])?.into_iter().map(f64::from).collect())
        };
        let rbf_ag = freqs(src, "bond_basis_expansion.rbf_expansion_ag.frequencies", s.num_radial)?;
        let rbf_bg = freqs(src, "bond_basis_expansion.rbf_expansion_bg.frequencies", s.num_radial)?;
        let order = (s.num_angular - 1) / 2;
        let fourier = freqs(src, "angle_basis_expansion.fourier_expansion.frequencies", order)?;
        let bond_embedding = linear_nb(src, "bond_embedding", w, s.num_radial)?;
        let bond_weights_ag = linear_nb(src, "bond_weights_ag", w, s.num_radial)?;
        let bond_weights_bg = linear_nb(src, "bond_weights_bg", w, s.num_radial)?;
        let angle_embedding = linear_nb(src, "angle_embedding", w, s.num_angular)?;
        let mut blocks = Vec::with_capacity(s.n_conv);
        for k in 0..s.n_conv {
            let atom = gated(src, &format!("atom_conv_layers.{k}.twoBody_atom"), 3, true)?;
            let atom_out = linear_nb(src, &format!("atom_conv_layers.{k}.mlp_out.layers.1"), w, w)?;
            let (bond, angle) = if k + 1 < s.n_conv {
                let g = gated(src, &format!("bond_conv_layers.{k}.twoBody_bond"), 4, true)?;
                let out = linear_nb(src, &format!("bond_conv_layers.{k}.mlp_out.layers.1"), w, w)?;
                let a = gated(src, &format!("angle_layers.{k}.twoBody_bond"), 4, false)?;
                (Some((g, out)), Some(a))
            } else {
                (None, None)
            };
            blocks.push(Block { atom, atom_out, bond, angle });
        }
        let readout_norm = norm(src, "readout_norm")?;
        let h = s.readout_hidden;
        let readout = vec![
            dense(src, "mlp.layers.0", h[0], w)?,
            dense(src, "mlp.layers.2", h[1], h[0])?,
            dense(src, "mlp.layers.4", h[2], h[1])?,
            dense(src, "mlp.layers.7", 1, h[2])?,
        ];
        let composition =
            src.get("composition_model.fc.weight", &[1, MAX_ELEMENTS])?.into_iter().map(f64::from).collect();
        Ok(Chgnet {
            shape: s,
            embedding,
            rbf_ag,
            rbf_bg,
            fourier,
            bond_embedding,
            bond_weights_ag,
            bond_weights_bg,
            angle_embedding,
            blocks,
            readout_norm,
            readout,
            composition,
            device,
        })
    }

    /// The architecture.
    pub fn shape(&self) -> ChgnetShape {
        self.shape
    }

    /// Length of the vector `features` gives.
    pub fn dim(&self, features: Features) -> usize {
        match features {
            Features::Crystal | Features::CrystalSum => self.shape.width,
            Features::Layers => self.shape.width * (self.shape.n_conv + 1),
        }
    }

    /// The output for each structure, computed as one batch.
    pub fn forward(&self, batch: &[Structure]) -> Result<Vec<ChgnetOutput>> {
        let graphs = batch
            .iter()
            .enumerate()
            .map(|(i, s)| {
                ChgnetGraph::new(s).map_err(|e| Error::invalid(format!("structure {i} of the batch: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(self.forward_graphs(&graphs))
    }

    /// [`Self::forward`] on graphs built by [`ChgnetGraph::new`].
    pub fn forward_graphs(&self, graphs: &[ChgnetGraph]) -> Vec<ChgnetOutput> {
        if graphs.is_empty() {
            return Vec::new();
        }
        let d = &self.device;
        let w = self.shape.width;
        // Concatenate the graphs.
        let (mut species, mut owner) = (Vec::new(), Vec::new());
        let (mut center, mut neighbor, mut undirected) = (Vec::new(), Vec::new(), Vec::new());
        let mut length = Vec::new();
        let (mut a_center, mut a_i, mut a_j, mut angle) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (k, g) in graphs.iter().enumerate() {
            let (na, nu) = (species.len() as i64, length.len() as i64);
            species.extend(g.species.iter().map(|z| i64::from(*z) - 1));
            owner.extend(std::iter::repeat_n(k as i64, g.species.len()));
            center.extend(g.center.iter().map(|c| i64::from(*c) + na));
            neighbor.extend(g.neighbor.iter().map(|c| i64::from(*c) + na));
            undirected.extend(g.undirected.iter().map(|u| i64::from(*u) + nu));
            length.extend_from_slice(&g.length);
            a_center.extend(g.angle_center.iter().map(|c| i64::from(*c) + na));
            a_i.extend(g.angle_bond_i.iter().map(|u| i64::from(*u) + nu));
            a_j.extend(g.angle_bond_j.iter().map(|u| i64::from(*u) + nu));
            angle.extend_from_slice(&g.angle);
        }
        let (n, e, u, a) = (species.len(), center.len(), length.len(), angle.len());
        let ints = |v: Vec<i64>| {
            let len = v.len();
            Tensor::<1, Int>::from_data(TensorData::new(v, [len]), d)
        };
        let floats = |v: Vec<f32>, shape: [usize; 2]| Tensor::<2>::from_data(TensorData::new(v, shape), d);
        let nr = self.shape.num_radial;
        let rbf = |freq: &[f64], cutoff: f64| -> Tensor<2> {
            let p = self.shape.cutoff_coeff as f64;
            let (ca, cb, cc) = (-(p + 1.0) * (p + 2.0) / 2.0, p * (p + 2.0), -p * (p + 1.0) / 2.0);
            let norm = (2.0 / cutoff).sqrt();
            let mut v = Vec::with_capacity(u * nr);
            for &r in &length {
                let x = r / cutoff;
                let env = if x < 1.0 {
                    1.0 + ca * x.powf(p) + cb * x.powf(p + 1.0) + cc * x.powf(p + 2.0)
                } else {
                    0.0
                };
                v.extend(freq.iter().map(|f| (env * norm * (f * x).sin() / r) as f32));
            }
            floats(v, [u, nr])
        };
        let mut atoms = self.embedding.clone().select(0, ints(species));
        let mut layer_sums = vec![atoms.clone()];
        let owner = ints(owner);
        let mut layer_means_t = Vec::new();
        let counts: Vec<f32> = graphs.iter().map(|g| g.species.len() as f32).collect();
        let inv_count = floats(counts.iter().map(|c| 1.0 / c).collect(), [graphs.len(), 1]);
        let pool = |x: Tensor<2>| -> Tensor<2> {
            Tensor::zeros([graphs.len(), w], d).select_assign(0, owner.clone(), x, IndexingUpdateOp::Add)
        };
        if e > 0 {
            let bases_ag = rbf(&self.rbf_ag, ATOM_GRAPH_CUTOFF);
            let bases_bg = rbf(&self.rbf_bg, BOND_GRAPH_CUTOFF);
            let mut bonds = bases_ag.clone().matmul(self.bond_embedding.clone());
            let weights_ag = bases_ag.matmul(self.bond_weights_ag.clone());
            let weights_bg = bases_bg.matmul(self.bond_weights_bg.clone());
            let (center, neighbor, undirected) = (ints(center), ints(neighbor), ints(undirected));
            let edge_weight = weights_ag.select(0, undirected.clone());
            let angles = (a > 0).then(|| {
                let order = self.fourier.len();
                let mut v = Vec::with_capacity(a * (2 * order + 1));
                let s = 1.0 / std::f64::consts::PI.sqrt();
                for &t in &angle {
                    v.push((s / 2f64.sqrt()) as f32);
                    v.extend(self.fourier.iter().map(|f| (s * (t * f).sin()) as f32));
                    v.extend(self.fourier.iter().map(|f| (s * (t * f).cos()) as f32));
                }
                let (ac, ai, aj) = (ints(a_center), ints(a_i), ints(a_j));
                let wi = weights_bg.clone().select(0, ai.clone());
                let wj = weights_bg.clone().select(0, aj.clone());
                (floats(v, [a, 2 * order + 1]).matmul(self.angle_embedding.clone()), ac, ai, aj, wi * wj)
            });
            let mut angle_feas = angles.as_ref().map(|x| x.0.clone());
            for block in &self.blocks {
                // Atom convolution over directed bonds [a_c, b, a_n].
                let g = &block.atom;
                let x = atoms.clone().matmul(g.first[0].clone()).select(0, center.clone())
                    + bonds.clone().matmul(g.first[1].clone()).select(0, undirected.clone())
                    + atoms.clone().matmul(g.first[2].clone()).select(0, neighbor.clone())
                    + g.first_bias.clone();
                let messages = g.finish(x) * edge_weight.clone();
                let summed = Tensor::zeros([n, w], d).select_assign(
                    0,
                    center.clone(),
                    messages,
                    IndexingUpdateOp::Add,
                );
                atoms = summed.matmul(block.atom_out.clone()) + atoms;
                layer_sums.push(atoms.clone());
                if let (Some((bg, bond_out)), Some(ag), Some((_, ac, ai, aj, wij)), Some(theta)) =
                    (&block.bond, &block.angle, &angles, angle_feas.clone())
                {
                    // Bond convolution over angles [b_i, b_j, θ, a_c].
                    let x = bonds.clone().matmul(bg.first[0].clone()).select(0, ai.clone())
                        + bonds.clone().matmul(bg.first[1].clone()).select(0, aj.clone())
                        + theta.clone().matmul(bg.first[2].clone())
                        + atoms.clone().matmul(bg.first[3].clone()).select(0, ac.clone())
                        + bg.first_bias.clone();
                    let update = bg.finish(x) * wij.clone();
                    let summed =
                        Tensor::zeros([u, w], d).select_assign(0, ai.clone(), update, IndexingUpdateOp::Add);
                    bonds = summed.matmul(bond_out.clone()) + bonds;
                    // Angle update with the new bonds.
                    let x = bonds.clone().matmul(ag.first[0].clone()).select(0, ai.clone())
                        + bonds.clone().matmul(ag.first[1].clone()).select(0, aj.clone())
                        + theta.clone().matmul(ag.first[2].clone())
                        + atoms.clone().matmul(ag.first[3].clone()).select(0, ac.clone())
                        + ag.first_bias.clone();
                    angle_feas = Some(ag.finish(x) + theta);
                }
            }
        } else {
            // No bond at all: every message is zero, the residuals pass the embedding on.
            for _ in &self.blocks {
                layer_sums.push(atoms.clone());
            }
        }
        for t in layer_sums {
            layer_means_t.push(values(pool(t) * inv_count.clone()));
        }
        let normed = self.readout_norm.forward(atoms);
        let crystal = values(pool(normed.clone()));
        let mut h = normed;
        for (k, layer) in self.readout.iter().enumerate() {
            h = layer.forward(h);
            if k + 1 < self.readout.len() {
                h = silu(h);
            }
        }
        let site_energy = values(h);
        let mut out = Vec::with_capacity(graphs.len());
        let mut first_atom = 0;
        for (k, g) in graphs.iter().enumerate() {
            let na = g.species.len();
            let net: f64 =
                site_energy[first_atom..first_atom + na].iter().map(|v| f64::from(*v)).sum::<f64>();
            let comp: f64 = g.species.iter().map(|z| self.composition[usize::from(*z) - 1]).sum::<f64>();
            first_atom += na;
            out.push(ChgnetOutput {
                crystal_sum: crystal[k * w..(k + 1) * w].to_vec(),
                layer_means: layer_means_t.iter().map(|m| m[k * w..(k + 1) * w].to_vec()).collect(),
                energy_per_atom: (net + comp) / na as f64,
                atoms: na,
            });
        }
        out
    }
}

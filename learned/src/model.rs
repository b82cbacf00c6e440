//! The CGCNN-style network (burn): element embeddings, Gaussian-expanded distances, gated
//! convolutions and size-invariant pooling, over a whole [`GraphBatch`] at once.
//!
//! For node vectors `h` (N x H) and edges `c <- n` with expanded lengths `g` (E x G), one gated
//! convolution computes `z = h W_s[c] + h W_n[n] + g W_e + b` (E x 2H, the concatenation
//! `[h_c, h_n, g] W` of CGCNN computed per node first), `m = σ(z_f) ⊙ softplus(z_c) · occ_n`,
//! and `h'_c = softplus(h_c + Σ_{n} m / deg_c)`: a scatter-add over the edges divided by the
//! centre's degree. CGCNN's batch normalisation is left out on purpose: it makes a crystal's
//! vector depend on the other crystals of its batch.

use super::config::{ElementInit, GraphConfig, Pool, Readout};
use super::graph::GraphBatch;
use super::weights::WeightStore;
use burn::module::{Module, Param};
use burn::nn::Linear;
use burn::tensor::activation::{sigmoid, softplus};
use burn::tensor::{Device, IndexingUpdateOp, Int, Tensor, TensorData};
use crystaldb::encode::magpie::ElementTable;
use std::sync::OnceLock;

/// Rows of the element table: index 0 is the mask token, 1..=118 the elements.
pub const ELEMENT_ROWS: usize = 119;

/// Element properties per row (the 17 built-in Magpie properties, z-scored over Z = 1–118; the
/// mask token's row is all zero). Row-major `ELEMENT_ROWS x P`.
pub fn element_properties() -> &'static (usize, Vec<f32>) {
    static TABLE: OnceLock<(usize, Vec<f32>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let t = ElementTable::builtin();
        let p = t.properties().len();
        let mut out = vec![0f32; ELEMENT_ROWS * p];
        for k in 0..p {
            let vals: Vec<f64> = (1..=118u8).map(|z| t.value(k, z)).collect();
            let mean = vals.iter().sum::<f64>() / vals.len() as f64;
            let var = vals.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / vals.len() as f64;
            let sd = var.sqrt().max(1e-12);
            for (zi, v) in vals.iter().enumerate() {
                out[(zi + 1) * p + k] = ((v - mean) / sd) as f32;
            }
        }
        (p, out)
    })
}

/// A batch as tensors on one device.
#[derive(Debug, Clone)]
pub struct BatchTensors {
    /// Number of graphs.
    pub num_graphs: usize,
    /// Number of nodes.
    pub num_nodes: usize,
    /// Number of edges.
    pub num_edges: usize,
    /// Element row of each node [N].
    pub species: Tensor<1, Int>,
    /// Element properties of each node [N, P].
    pub properties: Tensor<2>,
    /// Occupancy of each node [N, 1].
    pub occupancy: Tensor<2>,
    /// Graph of each node [N].
    pub graph_of_node: Tensor<1, Int>,
    /// Centre of each edge [E].
    pub center: Tensor<1, Int>,
    /// Neighbour of each edge [E].
    pub neighbor: Tensor<1, Int>,
    /// Edge length, Å [E].
    pub distance: Tensor<1>,
    /// Occupancy of each edge's neighbour [E, 1].
    pub neighbor_occupancy: Tensor<2>,
    /// 1 / max(1, degree) of each node [N, 1].
    pub inv_degree: Tensor<2>,
    /// 1 / (sum of occupancies) of each graph [B, 1].
    pub inv_graph_occupancy: Tensor<2>,
}

fn ints(v: impl Iterator<Item = i64>, device: &Device) -> Tensor<1, Int> {
    let v: Vec<i64> = v.collect();
    let n = v.len();
    Tensor::from_data(TensorData::new(v, [n]), device)
}

/// A float tensor from row-major values.
pub fn floats<const D: usize>(v: Vec<f32>, shape: [usize; D], device: &Device) -> Tensor<D> {
    Tensor::from_data(TensorData::new(v, shape), device)
}

impl BatchTensors {
    /// Move a batch onto `device`.
    pub fn new(b: &GraphBatch, device: &Device) -> Self {
        let (p, props) = element_properties();
        let n = b.num_nodes();
        let e = b.num_edges();
        let mut node_props = Vec::with_capacity(n * p);
        for &z in &b.species {
            let z = z as usize;
            node_props.extend_from_slice(&props[z * p..(z + 1) * p]);
        }
        let mut degree = vec![0f32; n];
        for &c in &b.center {
            degree[c as usize] += 1.0;
        }
        let mut occ_sum = vec![0f32; b.num_graphs];
        for (g, o) in b.graph_of_node.iter().zip(&b.occupancy) {
            occ_sum[*g as usize] += o;
        }
        Self {
            num_graphs: b.num_graphs,
            num_nodes: n,
            num_edges: e,
            species: ints(b.species.iter().map(|&z| i64::from(z)), device),
            properties: floats(node_props, [n, *p], device),
            occupancy: floats(b.occupancy.clone(), [n, 1], device),
            graph_of_node: ints(b.graph_of_node.iter().map(|&g| i64::from(g)), device),
            center: ints(b.center.iter().map(|&c| i64::from(c)), device),
            neighbor: ints(b.neighbor.iter().map(|&c| i64::from(c)), device),
            distance: floats(b.distance.clone(), [e], device),
            neighbor_occupancy: floats(
                b.neighbor.iter().map(|&j| b.occupancy[j as usize]).collect(),
                [e, 1],
                device,
            ),
            inv_degree: floats(degree.iter().map(|d| 1.0 / d.max(1.0)).collect(), [n, 1], device),
            inv_graph_occupancy: floats(
                occ_sum.iter().map(|s| 1.0 / s.max(1e-6)).collect(),
                [b.num_graphs, 1],
                device,
            ),
        }
    }
}

/// Gaussian expansion of edge lengths `d` (Å, [E]) on `g` centres evenly spaced over
/// `[0, cutoff]` with width the spacing, times the cosine envelope `½ (cos(π d / r_c) + 1)`, so
/// each feature goes smoothly to 0 at the cutoff: [E, G].
pub fn gaussian_expansion(d: Tensor<1>, cutoff: f64, g: usize) -> Tensor<2> {
    let device = d.device();
    let e = d.dims()[0];
    let step = cutoff / (g - 1) as f64;
    let mu: Vec<f32> = (0..g).map(|k| (k as f64 * step) as f32).collect();
    let mu = floats(mu, [1, g], &device);
    let d2: Tensor<2> = d.reshape([e, 1]);
    let envelope = (d2.clone().mul_scalar(std::f64::consts::PI / cutoff).cos() + 1.0).mul_scalar(0.5);
    let diff = d2 - mu;
    (diff.clone() * diff).mul_scalar(-0.5 / (step * step)).exp() * envelope
}

/// Sum rows of `values` ([R, H]) into `n` buckets given by `index` ([R]): [n, H].
pub fn scatter_sum(values: Tensor<2>, index: Tensor<1, Int>, n: usize) -> Tensor<2> {
    let [_, h] = values.dims();
    Tensor::zeros([n, h], &values.device()).select_assign(0, index, values, IndexingUpdateOp::Add)
}

/// One CGCNN gated convolution.
#[derive(Module, Debug)]
pub struct GatedConv {
    /// Centre projection H -> 2H (with the bias).
    pub center: Linear,
    /// Neighbour projection H -> 2H.
    pub neighbor: Linear,
    /// Edge projection G -> 2H.
    pub edge: Linear,
}

impl GatedConv {
    /// `h` [N, H], expanded edges `g` [E, G] -> new node vectors [N, H].
    pub fn forward(&self, h: Tensor<2>, g: Tensor<2>, b: &BatchTensors) -> Tensor<2> {
        if b.num_edges == 0 {
            return softplus(h, 1.0);
        }
        let [n, width] = h.dims();
        let e = b.num_edges;
        let z = self.center.forward(h.clone()).select(0, b.center.clone())
            + self.neighbor.forward(h.clone()).select(0, b.neighbor.clone())
            + self.edge.forward(g);
        let filter = z.clone().slice([0..e, 0..width]);
        let core = z.slice([0..e, width..2 * width]);
        let m = sigmoid(filter) * softplus(core, 1.0) * b.neighbor_occupancy.clone();
        let agg = scatter_sum(m, b.center.clone(), n) * b.inv_degree.clone();
        softplus(h + agg, 1.0)
    }
}

/// The encoder network; the architecture is in the [`GraphConfig`] it was built from.
#[derive(Module, Debug)]
pub struct GraphNet {
    /// Learned per-element vectors (the residual when a prior is used) [ELEMENT_ROWS, H].
    pub element: Param<Tensor<2>>,
    /// Projection of the element properties (the prior) P -> H.
    pub prior: Option<Linear>,
    /// Gated convolutions.
    pub convs: Vec<GatedConv>,
    /// Attention score H -> 1 (attention pooling only).
    pub attention: Option<Linear>,
}

impl GraphNet {
    /// Build from stored tensors (see [`WeightStore::random_graph`]).
    pub fn from_store(config: &GraphConfig, store: &WeightStore, device: &Device) -> crystaldb::Result<Self> {
        Ok(Self {
            element: Param::from_tensor(store.tensor2("element", device)?),
            prior: match config.element_init {
                ElementInit::Magpie => Some(store.linear("prior", device)?),
                ElementInit::Learned => None,
            },
            convs: (0..config.layers)
                .map(|l| {
                    Ok(GatedConv {
                        center: store.linear(&format!("conv{l}.center"), device)?,
                        neighbor: store.linear(&format!("conv{l}.neighbor"), device)?,
                        edge: store.linear(&format!("conv{l}.edge"), device)?,
                    })
                })
                .collect::<crystaldb::Result<_>>()?,
            attention: match config.pool {
                Pool::Attention => Some(store.linear("attention", device)?),
                Pool::Mean => None,
            },
        })
    }

    /// Write every tensor into `store`.
    pub fn to_store(&self, store: &mut WeightStore) {
        store.put_tensor2("element", &self.element.val());
        if let Some(p) = &self.prior {
            store.put_linear("prior", p);
        }
        for (l, c) in self.convs.iter().enumerate() {
            store.put_linear(&format!("conv{l}.center"), &c.center);
            store.put_linear(&format!("conv{l}.neighbor"), &c.neighbor);
            store.put_linear(&format!("conv{l}.edge"), &c.edge);
        }
        if let Some(a) = &self.attention {
            store.put_linear("attention", a);
        }
    }

    /// Node vectors before any convolution [N, H].
    pub fn input_nodes(&self, b: &BatchTensors) -> Tensor<2> {
        let h = self.element.val().select(0, b.species.clone());
        match &self.prior {
            Some(p) => h + p.forward(b.properties.clone()),
            None => h,
        }
    }

    /// Node vectors after the convolutions [N, H].
    pub fn nodes(&self, config: &GraphConfig, b: &BatchTensors) -> Tensor<2> {
        self.stages(config, b, false).pop().expect("at least the input stage")
    }

    /// Node vectors [N, H]: with `all`, the input ones and those after every convolution
    /// (`layers + 1` of them); without, only the last.
    fn stages(&self, config: &GraphConfig, b: &BatchTensors, all: bool) -> Vec<Tensor<2>> {
        let mut h = self.input_nodes(b);
        let mut kept = Vec::with_capacity(if all { self.convs.len() + 1 } else { 1 });
        let g = (b.num_edges > 0 && !self.convs.is_empty())
            .then(|| gaussian_expansion(b.distance.clone(), config.cutoff, config.gaussians));
        for conv in &self.convs {
            if all {
                kept.push(h.clone());
            }
            h = match &g {
                Some(g) => conv.forward(h, g.clone(), b),
                // No atom has a neighbour within the cutoff: every convolution reduces to softplus.
                None => softplus(h, 1.0),
            };
        }
        kept.push(h);
        kept
    }

    /// One vector per graph [B, H] from node vectors [N, H].
    pub fn pool(&self, h: Tensor<2>, b: &BatchTensors) -> Tensor<2> {
        self.pool_stages(vec![h], b).pop().expect("one stage in, one out")
    }

    /// Pool each of `stages` ([N, H] each) into [B, H]; attention weights come from the last.
    fn pool_stages(&self, stages: Vec<Tensor<2>>, b: &BatchTensors) -> Vec<Tensor<2>> {
        match &self.attention {
            None => stages
                .into_iter()
                .map(|h| {
                    scatter_sum(h * b.occupancy.clone(), b.graph_of_node.clone(), b.num_graphs)
                        * b.inv_graph_occupancy.clone()
                })
                .collect(),
            Some(att) => {
                let last = stages.last().expect("at least one stage").clone();
                let score = att.forward(last).tanh().mul_scalar(5.0).exp() * b.occupancy.clone();
                let denom = scatter_sum(score.clone(), b.graph_of_node.clone(), b.num_graphs);
                stages
                    .into_iter()
                    .map(|h| {
                        scatter_sum(h * score.clone(), b.graph_of_node.clone(), b.num_graphs) / denom.clone()
                    })
                    .collect()
            }
        }
    }

    /// Crystal vectors [B, D] (D = [`GraphConfig::embedding_dim`]).
    pub fn embed(&self, config: &GraphConfig, b: &BatchTensors) -> Tensor<2> {
        self.embed_with_nodes(config, b).0
    }

    /// Crystal vectors [B, D] and the final node vectors [N, H] they were pooled from.
    pub fn embed_with_nodes(&self, config: &GraphConfig, b: &BatchTensors) -> (Tensor<2>, Tensor<2>) {
        match config.readout {
            Readout::Last => {
                let h = self.nodes(config, b);
                (self.pool(h.clone(), b), h)
            }
            Readout::Concat => {
                let stages = self.stages(config, b, true);
                let last = stages.last().expect("at least the input stage").clone();
                (Tensor::cat(self.pool_stages(stages, b), 1), last)
            }
        }
    }
}

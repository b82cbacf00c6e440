//! The `graph` encoder: inference with random-init or trained weights through the
//! [`Encoder`] trait.

use super::config::{GraphConfig, RANDOM_WEIGHTS};
use super::graph::{CrystalGraph, GraphBatch};
use super::model::{BatchTensors, GraphNet};
use super::weights::{values, WeightStore};
use super::{inference_device, CODE_VERSION, NAME};
use crystaldb::encode::{Encoder, EncoderSpec, Metric};
use crystaldb::structure::Structure;
use crystaldb::{Error, Result};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Structures per forward pass in [`GraphEncoder::encode`].
pub const INFERENCE_BATCH: usize = 64;

/// A graph network with fixed weights, as an [`Encoder`].
///
/// Vectors are the pooled node vectors (dimension [`GraphConfig::embedding_dim`]: `hidden`, or
/// `hidden · (layers + 1)` with `readout=concat`), compared with cosine distance.
/// They do not depend on the batch: a crystal gives bit-identical vectors alone or with others
/// (`learned::tests::vectors_do_not_depend_on_the_batch`).
#[derive(Debug, Clone)]
pub struct GraphEncoder {
    config: GraphConfig,
    weights_name: String,
    store: WeightStore,
    checksum: String,
    provenance: BTreeMap<String, String>,
}

impl GraphEncoder {
    /// The seeded random initialisation of `config` (`weights=random`).
    pub fn random(config: GraphConfig) -> Self {
        let store = WeightStore::random_graph(&config);
        Self::with_weights(config, RANDOM_WEIGHTS, store)
    }

    /// An encoder with the given weights (the encoder tensors of a store), named `weights_name`.
    pub fn with_weights(config: GraphConfig, weights_name: &str, store: WeightStore) -> Self {
        let checksum = store.checksum();
        let provenance = BTreeMap::from([("weights".to_string(), weights_name.to_string())]);
        Self { config, weights_name: weights_name.to_string(), store, checksum, provenance }
    }

    /// The same encoder with more provenance for the embedding sets it makes.
    pub fn with_provenance(mut self, extra: BTreeMap<String, String>) -> Self {
        self.provenance.extend(extra);
        self
    }

    /// From registry parameters: only `weights=random` (the default) is available without a
    /// database; trained weights are built by [`crystaldb::Database::encoder`].
    pub fn from_params(params: &BTreeMap<String, String>) -> Result<Self> {
        let (config, weights) = GraphConfig::from_params(params)?;
        if weights != RANDOM_WEIGHTS {
            return Err(Error::invalid(format!(
                "encoder graph: weights={weights:?} are stored in a database; build the encoder with \
                 Database::encoder (the CLI does this with --db), or use weights=random"
            )));
        }
        Ok(Self::random(config))
    }

    /// The architecture.
    pub fn config(&self) -> &GraphConfig {
        &self.config
    }

    /// The weights' name (`random` or a stored name).
    pub fn weights_name(&self) -> &str {
        &self.weights_name
    }

    /// The weights.
    pub fn store(&self) -> &WeightStore {
        &self.store
    }

    /// The network on the inference device.
    pub fn network(&self) -> Result<GraphNet> {
        GraphNet::from_store(&self.config, &self.store, &inference_device())
    }

    /// Build the graph of every structure (rayon), naming the failing structure.
    pub fn graphs(&self, batch: &[Structure]) -> Result<Vec<CrystalGraph>> {
        batch
            .par_iter()
            .enumerate()
            .map(|(i, s)| {
                CrystalGraph::new(s, self.config.cutoff, self.config.max_neighbors).map_err(|e| {
                    let msg = match e {
                        Error::Invalid(m) => m,
                        other => other.to_string(),
                    };
                    Error::invalid(format!("{NAME}: structure {i} of the batch: {msg}"))
                })
            })
            .collect()
    }

    /// Encode prepared graphs with `net`, [`INFERENCE_BATCH`] at a time.
    pub fn encode_graphs(&self, net: &GraphNet, graphs: &[CrystalGraph]) -> Vec<Vec<f32>> {
        let device = inference_device();
        let d = self.config.embedding_dim();
        let mut out = Vec::with_capacity(graphs.len());
        for chunk in graphs.chunks(INFERENCE_BATCH) {
            let b = BatchTensors::new(&GraphBatch::new(chunk), &device);
            let v = values(net.embed(&self.config, &b));
            out.extend(v.chunks_exact(d).map(<[f32]>::to_vec));
        }
        out
    }
}

impl Encoder for GraphEncoder {
    fn spec(&self) -> EncoderSpec {
        EncoderSpec::new(
            NAME,
            CODE_VERSION,
            self.config.to_json_params(&self.weights_name),
            Some(self.checksum.clone()),
            self.config.embedding_dim(),
            Metric::Cosine,
        )
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn provenance(&self) -> BTreeMap<String, String> {
        self.provenance.clone()
    }

    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
        let graphs = self.graphs(batch)?;
        let net = self.network()?;
        Ok(self.encode_graphs(&net, &graphs))
    }
}

//! Learned encoders: "which vector does a trained (or random-init) graph network give this crystal?"
//!
//! A CGCNN-style graph network written with burn (CPU, `flex` backend):
//!
//! * [`graph`]: the crystal graph from the periodic neighbour list (`cutoff`, `max_neighbors`)
//!   and batches of graphs concatenated for one forward pass;
//! * [`model`]: element embeddings (optionally the Magpie-property prior + a learned residual),
//!   Gaussian-expanded distances, gated convolutions and mean or attention pooling;
//! * [`weights`]: seeded initialisation, the weights file and its checksum;
//! * [`encoder`]: [`GraphEncoder`], registered as encoder `graph` (`weights=random` needs no
//!   database; trained weights come from [`Database::encoder`](crystaldb::Database::encoder));
//! * [`augment`]: physically valid views for contrastive training, and [`margin`]: how far
//!   apart two views of one crystal end up, against views of different crystals;
//! * [`pretrained`]: published networks read from their PyTorch checkpoints (CGCNN, registered
//!   as encoder `cgcnn`);
//! * [`objective`]: heads and losses (supervised, InfoNCE, triplet, masked-atom, edge-mask,
//!   denoise);
//! * [`train`]: the training loop ([`train()`], [`Database::train`](crystaldb::Database::train)) and
//!   [`store`]: weights in the database.
//!
//! `docs/LEARNED.md` describes the architecture, the training objectives, the augmentations,
//! how weights are stored and the measured timings.

pub mod augment;
pub mod config;
pub mod encoder;
pub mod graph;
pub mod margin;
pub mod model;
pub mod objective;
pub mod pretrained;
pub mod rng;
pub mod store;
pub mod train;
pub mod weights;

#[cfg(test)]
mod tests;

pub use config::{ElementInit, GraphConfig, Pool, Readout, RANDOM_WEIGHTS};
pub use encoder::GraphEncoder;
pub use graph::{CrystalGraph, GraphBatch};
pub use margin::{view_margin, ViewMargin};
pub use objective::{Objective, ObjectiveOptions};
pub use store::{LearnedDatabase, WeightsInfo, WEIGHTS_DIR};
pub use train::{train, TrainEvent, TrainOptions, TrainOutcome, TrainProgress, TrainReport};
pub use weights::WeightStore;

use burn::tensor::Device;
use std::collections::BTreeMap;

/// Registry name of the graph encoder.
pub const NAME: &str = "graph";
/// Code version of the graph encoder (bumped when the same weights give other vectors).
pub const CODE_VERSION: u32 = 1;
/// Parameter names of the graph encoder.
pub const PARAMETERS: &[&str] = config::PARAMETERS;

/// The registry entry of the graph encoder.
pub const FACTORY: crystaldb::encode::EncoderFactory = crystaldb::encode::EncoderFactory {
    name: NAME,
    parameters: PARAMETERS,
    build: store::build_graph_encoder,
    random_init: Some(random_init_params),
};

/// Register the graph, `cgcnn` and `chgnet` encoders in the core's encoder registry (idempotent). Programs call this
/// once at start-up; the CLI and the Python package do.
pub fn register() {
    crystaldb::encode::register(FACTORY);
    crystaldb::encode::register(pretrained::CGCNN_FACTORY);
    crystaldb::encode::register(pretrained::CHGNET_FACTORY);
}

/// The random-initialised twin of a graph encoder: the same parameters with `weights=random`.
fn random_init_params(params: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut twin = params.clone();
    twin.insert("weights".into(), RANDOM_WEIGHTS.into());
    twin
}

/// The device inference runs on (burn `flex`, CPU).
pub fn inference_device() -> Device {
    Device::flex()
}

/// The device training runs on (burn `flex` with autodiff).
pub fn training_device() -> Device {
    Device::flex().autodiff()
}

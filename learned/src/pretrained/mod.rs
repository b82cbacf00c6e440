//! Published pretrained networks: "what does a model the field already trusts make of this
//! crystal?"
//!
//! * [`checkpoint`]: PyTorch checkpoints (zip and legacy formats) read in Rust, tensors and
//!   settings, every error naming the file and the tensor;
//! * [`cgcnn`]: Xie & Grossman's CGCNN computed as their reference code computes it, from their
//!   published weights; registered as encoder `cgcnn` ([`CgcnnEncoder`]): the crystal feature
//!   (penultimate layer) as the vector, the de-normalised prediction beside it.
//!
//! Weights are never shipped: `weights_file=PATH` names a checkpoint the user has (the ones in
//! the CGCNN repository), and its SHA-256 is the set's `weights_checksum`. `weights=random`
//! gives the same architecture with PyTorch's default initialisation from `seed`: the
//! random-init twin.

pub mod cgcnn;
mod cgcnn_atoms;
pub mod checkpoint;

#[cfg(test)]
mod tests;

pub use cgcnn::{Cgcnn, CgcnnGraph, CgcnnOutput, CgcnnShape, Ties};
pub use checkpoint::Checkpoint;

use crate::config::RANDOM_WEIGHTS;
use crystaldb::encode::params::Params;
use crystaldb::encode::{encode_parallel, hex, Encoder, EncoderFactory, EncoderSpec, Metric};
use crystaldb::structure::Structure;
use crystaldb::{Database, Error, Result};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Registry name of the CGCNN encoder.
pub const CGCNN: &str = "cgcnn";
/// Code version of the CGCNN encoder (bumped when the same weights give other vectors).
pub const CGCNN_CODE_VERSION: u32 = 1;
/// Parameter names of the CGCNN encoder.
pub const CGCNN_PARAMETERS: &[&str] = &["weights_file", "weights", "seed", "ties"];

/// The registry entry of the CGCNN encoder.
pub const CGCNN_FACTORY: EncoderFactory = EncoderFactory {
    name: CGCNN,
    parameters: CGCNN_PARAMETERS,
    build: build_cgcnn,
    random_init: Some(random_twin),
};

/// The `cgcnn` encoder: CGCNN's crystal feature from published (or seeded random) weights.
#[derive(Debug, Clone)]
pub struct CgcnnEncoder {
    net: Cgcnn,
    ties: Ties,
    params: serde_json::Map<String, serde_json::Value>,
    checksum: String,
    provenance: BTreeMap<String, String>,
}

impl CgcnnEncoder {
    /// The encoder of the checkpoint at `path` (its SHA-256 is the weights checksum).
    pub fn from_file(path: impl Into<PathBuf>) -> Result<Self> {
        let path: PathBuf = path.into();
        let c = Checkpoint::open(&path)?;
        let net = Cgcnn::from_checkpoint(&c)?;
        let absolute = std::fs::canonicalize(&path).unwrap_or(path);
        let mut params = serde_json::Map::new();
        params.insert("weights_file".into(), absolute.display().to_string().into());
        let mut provenance = BTreeMap::new();
        provenance.insert("weights_file".into(), absolute.display().to_string());
        provenance.insert("weights_sha256".into(), c.sha256().to_string());
        for key in ["epoch", "best_mae_error", "args.task", "args.data_options"] {
            if let Some(v) = c.value(key) {
                provenance.insert(format!("checkpoint.{key}"), v.to_string());
            }
        }
        params.insert("ties".into(), Ties::default().as_str().into());
        Ok(CgcnnEncoder { net, ties: Ties::default(), params, checksum: c.sha256().to_string(), provenance })
    }

    /// The random-init twin: architecture `shape`, PyTorch's default initialisation from `seed`.
    pub fn random(shape: CgcnnShape, seed: u64) -> Self {
        let net = Cgcnn::random(shape, seed);
        let mut params = serde_json::Map::new();
        params.insert("weights".into(), RANDOM_WEIGHTS.into());
        params.insert("seed".into(), seed.into());
        params.insert("ties".into(), Ties::default().as_str().into());
        let checksum = hex(&Sha256::digest(format!("cgcnn random {shape:?} seed {seed}").as_bytes()));
        CgcnnEncoder { net, ties: Ties::default(), params, checksum, provenance: BTreeMap::new() }
    }

    /// The same encoder with another rule for neighbours tied at the 12th place.
    pub fn with_ties(mut self, ties: Ties) -> Self {
        self.ties = ties;
        self.params.insert("ties".into(), ties.as_str().into());
        self
    }

    /// The rule for neighbours tied at the 12th place.
    pub fn ties(&self) -> Ties {
        self.ties
    }

    /// The network's output for one structure.
    pub fn forward(&self, s: &Structure) -> Result<CgcnnOutput> {
        self.net.forward(s, self.ties)
    }

    /// The network.
    pub fn network(&self) -> &Cgcnn {
        &self.net
    }

    /// The de-normalised prediction of every structure (the property the checkpoint was trained
    /// on: eV/atom for formation energy, eV for band gap), in order, in parallel.
    pub fn predict(&self, batch: &[Structure]) -> Result<Vec<f64>> {
        use rayon::prelude::*;
        batch
            .par_iter()
            .enumerate()
            .map(|(i, s)| {
                let out = self
                    .forward(s)
                    .map_err(|e| Error::invalid(format!("{CGCNN}: structure {i} of the batch: {e}")))?;
                Ok(out.prediction)
            })
            .collect()
    }
}

impl Encoder for CgcnnEncoder {
    fn spec(&self) -> EncoderSpec {
        EncoderSpec::new(
            CGCNN,
            CGCNN_CODE_VERSION,
            self.params.clone(),
            Some(self.checksum.clone()),
            self.net.dim(),
            Metric::Cosine,
        )
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
        encode_parallel(CGCNN, batch, |s| Ok(self.forward(s)?.crystal))
    }

    fn provenance(&self) -> BTreeMap<String, String> {
        self.provenance.clone()
    }
}

fn build_cgcnn(map: &BTreeMap<String, String>, _db: Option<&Database>) -> Result<Box<dyn Encoder>> {
    let p = Params::new(CGCNN, map, CGCNN_PARAMETERS)?;
    let seed = p.get("seed", 0u64, |_| true, "a whole number")?;
    let ties = match p.raw("ties") {
        None | Some("average") => Ties::Average,
        Some("reference") => Ties::Reference,
        Some(other) => return Err(p.bad("ties", other, "average or reference")),
    };
    let enc = match (p.raw("weights"), p.raw("weights_file")) {
        (Some(RANDOM_WEIGHTS), file) => {
            // The twin of a checkpoint has that checkpoint's architecture.
            let shape = match file {
                Some(f) => Cgcnn::open(f)?.shape(),
                None => CgcnnShape::PUBLISHED,
            };
            CgcnnEncoder::random(shape, seed)
        }
        (Some(other), _) => {
            return Err(p.bad("weights", other, "random (or leave it out and give weights_file=PATH)"))
        }
        (None, Some(file)) => CgcnnEncoder::from_file(file)?,
        (None, None) => return Err(Error::invalid(
            "cgcnn: give weights_file=PATH (a CGCNN checkpoint such as formation-energy-per-atom.pth.tar or \
                 band-gap.pth.tar) or weights=random",
        )),
    };
    Ok(Box::new(enc.with_ties(ties)))
}

fn random_twin(params: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut twin = params.clone();
    twin.insert("weights".into(), RANDOM_WEIGHTS.into());
    twin
}

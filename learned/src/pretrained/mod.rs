//! Published pretrained networks: "what does a model the field already trusts make of this
//! crystal?"
//!
//! * [`checkpoint`]: PyTorch checkpoints (zip and legacy formats) read in Rust, tensors and
//!   settings, every error naming the file and the tensor;
//! * [`chgnet`]: CHGNet 0.3.0 computed as the `chgnet` package computes it, in burn, from its
//!   published weights; registered as encoder `chgnet` ([`ChgnetEncoder`]): the mean normalised
//!   atom feature as the vector (or the reference's sum, or the per-layer means), the predicted
//!   energy per atom beside it;
//! * [`cgcnn`]: Xie & Grossman's CGCNN computed as their reference code computes it, from their
//!   published weights; registered as encoder `cgcnn` ([`CgcnnEncoder`]): the crystal feature
//!   (penultimate layer) as the vector, the de-normalised prediction beside it.
//!
//! Weights are never shipped: `weights_file=PATH` names a checkpoint the user has (the ones in
//! the CGCNN repository, CHGNet's file in the `chgnet` package), and its SHA-256 is the set's `weights_checksum`. `weights=random`
//! gives the same architecture with PyTorch's default initialisation from `seed`: the
//! random-init twin.

pub mod cgcnn;
mod cgcnn_atoms;
pub mod checkpoint;
pub mod chgnet;

#[cfg(test)]
mod chgnet_tests;
#[cfg(test)]
mod tests;

pub use cgcnn::{Cgcnn, CgcnnGraph, CgcnnOutput, CgcnnShape, Ties};
pub use checkpoint::Checkpoint;
pub use chgnet::{Chgnet, ChgnetGraph, ChgnetOutput, ChgnetShape, Features};

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

/// Registry name of the CHGNet encoder.
pub const CHGNET: &str = "chgnet";
/// Code version of the CHGNet encoder (bumped when the same weights give other vectors).
pub const CHGNET_CODE_VERSION: u32 = 1;
/// Parameter names of the CHGNet encoder.
pub const CHGNET_PARAMETERS: &[&str] = &["weights_file", "weights", "seed", "features"];
/// Structures per forward pass (the reference's `predict_structure` default).
pub const CHGNET_BATCH: usize = 16;

/// The registry entry of the CHGNet encoder.
pub const CHGNET_FACTORY: EncoderFactory = EncoderFactory {
    name: CHGNET,
    parameters: CHGNET_PARAMETERS,
    build: build_chgnet,
    random_init: Some(random_twin),
};

/// The `chgnet` encoder: CHGNet's crystal feature from published (or seeded random) weights.
#[derive(Debug, Clone)]
pub struct ChgnetEncoder {
    net: Chgnet,
    features: Features,
    params: serde_json::Map<String, serde_json::Value>,
    checksum: String,
    provenance: BTreeMap<String, String>,
}

/// The checkpoint `path` names: a `.pth.tar` file, or a `chgnet` package directory (the
/// installed package or an unpacked wheel) holding `pretrained/0.3.0/*.pth.tar`. A wheel
/// (`chgnet-*.whl`) is handled by [`ChgnetEncoder::from_file`].
pub fn chgnet_checkpoint_path(path: &std::path::Path) -> Result<PathBuf> {
    if !path.is_dir() {
        return Ok(path.to_path_buf());
    }
    for sub in ["pretrained/0.3.0", "chgnet/pretrained/0.3.0"] {
        let dir = path.join(sub);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".pth.tar"))
                .collect();
            found.sort();
            if let Some(p) = found.into_iter().next() {
                return Ok(p);
            }
        }
    }
    Err(Error::invalid(format!(
        "chgnet: {} is a directory without pretrained/0.3.0/*.pth.tar (give the checkpoint file or the `chgnet` package directory)",
        path.display()
    )))
}

/// Largest checkpoint read out of a wheel (bytes).
const MAX_WHEEL_MEMBER: u64 = 1 << 30;

/// The checkpoint inside a `chgnet-*.whl` (a zip archive), `chgnet/pretrained/0.3.0/*.pth.tar`:
/// copied once into the system's temporary directory under its SHA-256 (the wheel is left as it
/// is). Returns that copy and `WHEEL!MEMBER` for the provenance.
pub fn chgnet_checkpoint_from_wheel(wheel: &std::path::Path) -> Result<(PathBuf, String)> {
    use std::io::Read;
    let err = |what: String| Error::invalid(format!("chgnet: {}: {what}", wheel.display()));
    let file = std::fs::File::open(wheel).map_err(|e| err(format!("cannot read the wheel: {e}")))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| err(format!("not a readable wheel (zip archive): {e}")))?;
    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(std::borrow::Cow::into_owned))
        .filter(|n| n.starts_with("chgnet/pretrained/0.3.0/") && n.ends_with(".pth.tar"))
        .collect();
    names.sort();
    let member =
        names.into_iter().next().ok_or_else(|| err("holds no chgnet/pretrained/0.3.0/*.pth.tar".into()))?;
    let mut entry = zip.by_name(&member).map_err(|e| err(format!("{member}: {e}")))?;
    if entry.size() > MAX_WHEEL_MEMBER {
        return Err(err(format!("{member} is {} bytes, more than a checkpoint", entry.size())));
    }
    let mut bytes = Vec::with_capacity(entry.size() as usize);
    entry.read_to_end(&mut bytes).map_err(|e| err(format!("{member}: {e}")))?;
    let sha = hex(&Sha256::digest(&bytes));
    let base = member.rsplit('/').next().unwrap_or("chgnet.pth.tar");
    let copy = std::env::temp_dir().join(format!("crystaldb-{}-{base}", &sha[..16]));
    let current = std::fs::read(&copy).ok().is_some_and(|b| hex(&Sha256::digest(&b)) == sha);
    if !current {
        // Written under a private name, then renamed: a reader never sees half a file.
        let partial = copy.with_extension(format!("partial{}", std::process::id()));
        std::fs::write(&partial, &bytes)
            .and_then(|()| std::fs::rename(&partial, &copy))
            .map_err(|e| err(format!("cannot copy {member} to {}: {e}", copy.display())))?;
    }
    Ok((copy, format!("{}!{member}", wheel.display())))
}

impl ChgnetEncoder {
    /// The encoder of the checkpoint at `path` (a `.pth.tar`, a `chgnet-*.whl`, or a `chgnet`
    /// package directory); the checkpoint's SHA-256 is the weights checksum.
    pub fn from_file(path: impl Into<PathBuf>) -> Result<Self> {
        let given: PathBuf = path.into();
        let (path, source) = if given.extension().is_some_and(|e| e == "whl") && given.is_file() {
            chgnet_checkpoint_from_wheel(&given)?
        } else {
            let p = chgnet_checkpoint_path(&given)?;
            let shown = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone()).display().to_string();
            (p, shown)
        };
        let c = Checkpoint::open(&path)?;
        let net = Chgnet::from_checkpoint(&c)?;
        let absolute = std::fs::canonicalize(&given).unwrap_or(given);
        let mut params = serde_json::Map::new();
        params.insert("weights_file".into(), absolute.display().to_string().into());
        params.insert("features".into(), Features::default().as_str().into());
        let mut provenance = BTreeMap::new();
        provenance.insert("weights_file".into(), source);
        provenance.insert("weights_sha256".into(), c.sha256().to_string());
        for key in ["epoch", "model.model_args.version", "model.model_args.composition_model"] {
            if let Some(v) = c.value(key) {
                provenance.insert(format!("checkpoint.{key}"), v.to_string());
            }
        }
        Ok(ChgnetEncoder {
            net,
            features: Features::default(),
            params,
            checksum: c.sha256().to_string(),
            provenance,
        })
    }

    /// The random-init twin: architecture `shape`, PyTorch's default initialisation from `seed`.
    pub fn random(shape: ChgnetShape, seed: u64) -> Self {
        let net = Chgnet::random(shape, seed);
        let mut params = serde_json::Map::new();
        params.insert("weights".into(), RANDOM_WEIGHTS.into());
        params.insert("seed".into(), seed.into());
        params.insert("features".into(), Features::default().as_str().into());
        let checksum = hex(&Sha256::digest(format!("chgnet random {shape:?} seed {seed}").as_bytes()));
        ChgnetEncoder { net, features: Features::default(), params, checksum, provenance: BTreeMap::new() }
    }

    /// The same encoder giving another vector.
    pub fn with_features(mut self, features: Features) -> Self {
        self.features = features;
        self.params.insert("features".into(), features.as_str().into());
        self
    }

    /// The vector this encoder gives.
    pub fn features(&self) -> Features {
        self.features
    }

    /// The network.
    pub fn network(&self) -> &Chgnet {
        &self.net
    }

    /// The network's output for each structure, or why it has none: graphs built in parallel,
    /// then forward passes of [`CHGNET_BATCH`] structures in parallel.
    pub fn outputs(&self, batch: &[Structure]) -> Vec<Result<ChgnetOutput>> {
        use rayon::prelude::*;
        let graphs: Vec<Result<ChgnetGraph>> = batch.par_iter().map(ChgnetGraph::new).collect();
        let ok: Vec<(usize, &ChgnetGraph)> =
            graphs.iter().enumerate().filter_map(|(i, g)| g.as_ref().ok().map(|g| (i, g))).collect();
        let chunks: Vec<Vec<(usize, ChgnetOutput)>> = ok
            .par_chunks(CHGNET_BATCH)
            .map(|chunk| {
                let gs: Vec<ChgnetGraph> = chunk.iter().map(|(_, g)| (*g).clone()).collect();
                chunk.iter().map(|(i, _)| *i).zip(self.net.forward_graphs(&gs)).collect()
            })
            .collect();
        let mut out: Vec<Option<ChgnetOutput>> = vec![None; batch.len()];
        for (i, o) in chunks.into_iter().flatten() {
            out[i] = Some(o);
        }
        graphs
            .into_iter()
            .zip(out)
            .map(|(g, o)| match (g, o) {
                (Err(e), _) => Err(e),
                (Ok(_), Some(o)) => Ok(o),
                (Ok(_), None) => Err(Error::invalid("chgnet: no output (internal)")),
            })
            .collect()
    }

    /// The predicted energy (eV/atom) of every structure, in order.
    pub fn predict(&self, batch: &[Structure]) -> Result<Vec<f64>> {
        self.outputs(batch)
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                r.map(|o| o.energy_per_atom)
                    .map_err(|e| Error::invalid(format!("{CHGNET}: structure {i} of the batch: {e}")))
            })
            .collect()
    }
}

impl Encoder for ChgnetEncoder {
    fn spec(&self) -> EncoderSpec {
        EncoderSpec::new(
            CHGNET,
            CHGNET_CODE_VERSION,
            self.params.clone(),
            Some(self.checksum.clone()),
            self.net.dim(self.features),
            Metric::Cosine,
        )
    }

    fn structure_aware(&self) -> bool {
        true
    }

    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>> {
        self.outputs(batch)
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                r.map(|o| o.vector(self.features)).map_err(|e| {
                    let msg = match e {
                        Error::Invalid(m) => m,
                        other => other.to_string(),
                    };
                    Error::invalid(format!("{CHGNET}: structure {i} of the batch: {msg}"))
                })
            })
            .collect()
    }

    fn provenance(&self) -> BTreeMap<String, String> {
        self.provenance.clone()
    }
}

fn build_chgnet(map: &BTreeMap<String, String>, _db: Option<&Database>) -> Result<Box<dyn Encoder>> {
    let p = Params::new(CHGNET, map, CHGNET_PARAMETERS)?;
    let seed = p.get("seed", 0u64, |_| true, "a whole number")?;
    let features = match p.raw("features") {
        None => Features::default(),
        Some(v) => {
            Features::parse(v).ok_or_else(|| p.bad("features", v, "crystal, crystal_sum or layers"))?
        }
    };
    let enc = match (p.raw("weights"), p.raw("weights_file")) {
        (Some(RANDOM_WEIGHTS), _) => ChgnetEncoder::random(ChgnetShape::PUBLISHED, seed),
        (Some(other), _) => {
            return Err(p.bad("weights", other, "random (or leave it out and give weights_file=PATH)"))
        }
        (None, Some(file)) => ChgnetEncoder::from_file(file)?,
        (None, None) => return Err(Error::invalid(
            "chgnet: give weights_file=PATH (CHGNet's chgnet_0.3.0_e29f68s314m37.pth.tar, or the installed `chgnet` \
                 package directory) or weights=random",
        )),
    };
    Ok(Box::new(enc.with_features(features)))
}

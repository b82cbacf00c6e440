//! Named tensors outside burn: seeded initialisation, the weights file format and its checksum.
//!
//! A [`WeightStore`] maps a tensor name (`element`, `prior.weight`, `conv0.center.bias`, ...) to
//! its shape and row-major `f32` values. Networks are built from a store and written back to one,
//! so initialisation, saving, loading and checksums do not depend on burn's record formats.
//!
//! File format (`.cdbw`, [`WEIGHTS_FORMAT_VERSION`] 1): the 8 bytes `CDBWTS01`, the header
//! length as u64 little-endian, the header (JSON: `format_version`, `config`, `tensors` = list of
//! `{name, shape}` in name order, `extra` = free JSON), then every tensor's values as f32
//! little-endian in the header's order.
//!
//! [`WeightStore::checksum`]: SHA-256 (hex) over the tensors in name order, each as its name's
//! UTF-8 bytes, a 0 byte, the rank and every dimension as u64 LE, then the values as f32 LE.

use super::config::{ElementInit, GraphConfig, Pool};
use super::model::{element_properties, floats, ELEMENT_ROWS};
use super::rng::SeededRng;
use burn::module::Param;
use burn::nn::Linear;
use burn::tensor::{Device, Tensor};
use crystaldb::encode::hex;
use crystaldb::{Error, Result};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// Format version of weights files written by this build (and the oldest it reads).
pub const WEIGHTS_FORMAT_VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"CDBWTS01";

/// One stored tensor.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredTensor {
    /// Dimensions.
    pub shape: Vec<usize>,
    /// Row-major values.
    pub values: Vec<f32>,
}

/// Named tensors (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WeightStore {
    /// Tensors by name.
    pub tensors: BTreeMap<String, StoredTensor>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    format_version: u32,
    config: GraphConfig,
    tensors: Vec<(String, Vec<usize>)>,
    #[serde(default)]
    extra: serde_json::Value,
}

impl WeightStore {
    /// The seeded random initialisation of the encoder of `config` (its `seed`): linear weights
    /// uniform in ±1/√fan_in, biases 0, element vectors uniform in ±0.5 (±0.1 as the residual
    /// next to the Magpie prior).
    pub fn random_graph(config: &GraphConfig) -> Self {
        let mut rng = SeededRng::derived(config.seed, 1);
        let mut s = WeightStore::default();
        let h = config.hidden;
        let amp = if config.element_init == ElementInit::Magpie { 0.1 } else { 0.5 };
        let element: Vec<f32> = (0..ELEMENT_ROWS * h).map(|_| rng.uniform(-amp, amp) as f32).collect();
        s.put("element", vec![ELEMENT_ROWS, h], element);
        if config.element_init == ElementInit::Magpie {
            s.random_linear(&mut rng, "prior", element_properties().0, h, true);
        }
        for l in 0..config.layers {
            s.random_linear(&mut rng, &format!("conv{l}.center"), h, 2 * h, true);
            s.random_linear(&mut rng, &format!("conv{l}.neighbor"), h, 2 * h, false);
            s.random_linear(&mut rng, &format!("conv{l}.edge"), config.gaussians, 2 * h, false);
        }
        if config.pool == Pool::Attention {
            s.random_linear(&mut rng, "attention", h, 1, true);
        }
        s
    }

    /// Add a randomly initialised linear layer `name` (`name.weight` [d_in, d_out] and, with
    /// `bias`, `name.bias` [d_out]).
    pub fn random_linear(&mut self, rng: &mut SeededRng, name: &str, d_in: usize, d_out: usize, bias: bool) {
        let a = 1.0 / (d_in as f64).sqrt();
        let w: Vec<f32> = (0..d_in * d_out).map(|_| rng.uniform(-a, a) as f32).collect();
        self.put(&format!("{name}.weight"), vec![d_in, d_out], w);
        if bias {
            self.put(&format!("{name}.bias"), vec![d_out], vec![0.0; d_out]);
        }
    }

    /// Insert a tensor.
    pub fn put(&mut self, name: &str, shape: Vec<usize>, values: Vec<f32>) {
        debug_assert_eq!(shape.iter().product::<usize>(), values.len());
        self.tensors.insert(name.to_string(), StoredTensor { shape, values });
    }

    fn get(&self, name: &str, rank: usize) -> Result<&StoredTensor> {
        let t =
            self.tensors.get(name).ok_or_else(|| Error::invalid(format!("weights: no tensor {name:?}")))?;
        if t.shape.len() != rank || t.shape.iter().product::<usize>() != t.values.len() {
            return Err(Error::invalid(format!("weights: tensor {name:?} has shape {:?}", t.shape)));
        }
        Ok(t)
    }

    /// Tensor `name` of rank 2 on `device`.
    pub fn tensor2(&self, name: &str, device: &Device) -> Result<Tensor<2>> {
        let t = self.get(name, 2)?;
        Ok(floats(t.values.clone(), [t.shape[0], t.shape[1]], device))
    }

    /// Tensor `name` of rank 1 on `device`.
    pub fn tensor1(&self, name: &str, device: &Device) -> Result<Tensor<1>> {
        let t = self.get(name, 1)?;
        Ok(floats(t.values.clone(), [t.shape[0]], device))
    }

    /// Linear layer `name` on `device` (bias when `name.bias` exists).
    pub fn linear(&self, name: &str, device: &Device) -> Result<Linear> {
        let weight = Param::from_tensor(self.tensor2(&format!("{name}.weight"), device)?);
        let bias_name = format!("{name}.bias");
        let bias = if self.tensors.contains_key(&bias_name) {
            Some(Param::from_tensor(self.tensor1(&bias_name, device)?))
        } else {
            None
        };
        Ok(Linear { weight, bias })
    }

    /// Store a tensor's values.
    pub fn put_tensor2(&mut self, name: &str, t: &Tensor<2>) {
        let dims = t.dims();
        self.put(name, dims.to_vec(), values(t.clone()));
    }

    /// Store a linear layer.
    pub fn put_linear(&mut self, name: &str, l: &Linear) {
        self.put_tensor2(&format!("{name}.weight"), &l.weight.val());
        if let Some(b) = &l.bias {
            let b = b.val();
            let dims = b.dims();
            self.put(&format!("{name}.bias"), dims.to_vec(), values(b));
        }
    }

    /// The tensors whose names start with `prefix`, with the prefix removed.
    pub fn with_prefix_removed(&self, prefix: &str) -> WeightStore {
        WeightStore {
            tensors: self
                .tensors
                .iter()
                .filter_map(|(k, v)| k.strip_prefix(prefix).map(|k| (k.to_string(), v.clone())))
                .collect(),
        }
    }

    /// Add every tensor of `other` under `prefix`.
    pub fn extend_prefixed(&mut self, prefix: &str, other: &WeightStore) {
        for (k, v) in &other.tensors {
            self.tensors.insert(format!("{prefix}{k}"), v.clone());
        }
    }

    /// SHA-256 (hex) of the tensors (see the module documentation).
    pub fn checksum(&self) -> String {
        let mut h = Sha256::new();
        for (name, t) in &self.tensors {
            h.update(name.as_bytes());
            h.update([0u8]);
            h.update((t.shape.len() as u64).to_le_bytes());
            for d in &t.shape {
                h.update((*d as u64).to_le_bytes());
            }
            for v in &t.values {
                h.update(v.to_le_bytes());
            }
        }
        hex(&h.finalize())
    }

    /// Number of scalar parameters.
    pub fn num_params(&self) -> usize {
        self.tensors.values().map(|t| t.values.len()).sum()
    }

    /// The file bytes of this store with `config` and `extra` in the header.
    pub fn to_bytes(&self, config: &GraphConfig, extra: serde_json::Value) -> Vec<u8> {
        let header = Header {
            format_version: WEIGHTS_FORMAT_VERSION,
            config: config.clone(),
            tensors: self.tensors.iter().map(|(k, t)| (k.clone(), t.shape.clone())).collect(),
            extra,
        };
        let header = serde_json::to_vec(&header).expect("header serialises");
        let mut out = Vec::with_capacity(16 + header.len() + 4 * self.num_params());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(header.len() as u64).to_le_bytes());
        out.extend_from_slice(&header);
        for t in self.tensors.values() {
            for v in &t.values {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out
    }

    /// Parse file bytes: (store, config, extra). `path` names the file in errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<(Self, GraphConfig, serde_json::Value)> {
        let corrupt = |m: String| Error::Corrupt { path: path.to_path_buf(), message: m };
        if bytes.len() < 16 || &bytes[..8] != MAGIC {
            return Err(corrupt("not a crystaldb weights file (bad magic)".into()));
        }
        let n = u64::from_le_bytes(bytes[8..16].try_into().expect("8 bytes")) as usize;
        let body = bytes.get(16..).unwrap_or(&[]);
        if n > body.len() {
            return Err(corrupt("truncated header".into()));
        }
        let header: Header =
            serde_json::from_slice(&body[..n]).map_err(|e| corrupt(format!("bad header: {e}")))?;
        if header.format_version != WEIGHTS_FORMAT_VERSION {
            return Err(Error::UnsupportedFormat {
                path: path.to_path_buf(),
                found: header.format_version,
                oldest: WEIGHTS_FORMAT_VERSION,
                current: WEIGHTS_FORMAT_VERSION,
            });
        }
        let mut data = &body[n..];
        let mut store = WeightStore::default();
        for (name, shape) in header.tensors {
            // The shape is untrusted: its product may overflow, and it sizes nothing before the
            // bytes it claims are known to be there.
            let bytes = shape.iter().try_fold(4usize, |acc, &d| acc.checked_mul(d));
            let Some(bytes) = bytes.filter(|&b| b <= data.len()) else {
                return Err(corrupt(format!("truncated tensor {name} (shape {shape:?})")));
            };
            let count = bytes / 4;
            let values = data[..4 * count]
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes(c.try_into().expect("4")))
                .collect();
            data = &data[4 * count..];
            store.put(&name, shape, values);
        }
        if !data.is_empty() {
            return Err(corrupt(format!("{} trailing bytes", data.len())));
        }
        Ok((store, header.config, header.extra))
    }
}

/// Row-major values of a tensor.
pub fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
    t.into_data().convert::<f32>().try_into_vec::<f32>().expect("f32 tensor")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crystaldb::testdata::{corrupted, no_panic};

    #[test]
    fn corrupted_weights_files_are_errors_naming_the_file_never_panics() {
        let config = GraphConfig::default();
        let store = WeightStore::random_graph(&config);
        let bytes = store.to_bytes(&config, serde_json::json!({"note": "test"}));
        let path = Path::new("/w/model.cdbw");
        let (back, _, _) = WeightStore::from_bytes(&bytes, path).unwrap();
        assert_eq!(back.checksum(), store.checksum());
        let variants = corrupted(&bytes, 200);
        assert!(variants.len() > 500);
        let mut rejected = 0;
        for (what, b) in &variants {
            match no_panic(|| WeightStore::from_bytes(b, path)) {
                Err(panic) => panic!("{what}: panicked: {panic}"),
                Ok(Err(e)) => {
                    rejected += 1;
                    assert!(e.to_string().contains("/w/model.cdbw"), "{what}: {e}");
                }
                // A changed byte among a tensor's values is still a well-formed file (the
                // checksum a set records of its weights is what catches it); a cut one is not.
                Ok(Ok(_)) => assert!(!what.starts_with("truncated"), "{what}: read as whole"),
            }
        }
        let truncations = variants.iter().filter(|(w, _)| w.starts_with("truncated")).count();
        assert!(rejected > truncations, "{rejected} of {} rejected", variants.len());

        // A header whose shape multiplies past usize, in a file of a few hundred bytes.
        let header = serde_json::json!({
            "format_version": WEIGHTS_FORMAT_VERSION, "config": config, "extra": {},
            "tensors": [["w", [1u64 << 33, 1u64 << 33]]],
        });
        let header = serde_json::to_vec(&header).unwrap();
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&(header.len() as u64).to_le_bytes());
        b.extend_from_slice(&header);
        let e = no_panic(|| WeightStore::from_bytes(&b, path)).unwrap().unwrap_err();
        assert!(matches!(e, Error::Corrupt { .. }) && e.to_string().contains("truncated tensor w"), "{e}");
    }
}

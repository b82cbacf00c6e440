//! Encoders: "turn this crystal into a fixed-length vector".
//!
//! An [`Encoder`] maps a batch of [`Structure`]s to `f32` vectors of one fixed dimension and
//! describes itself with an [`EncoderSpec`] (name, code version, parameters and their hash, a
//! checksum of any data it loaded, dimension and the metric the vectors are meant for), so that a
//! stored embedding set can say exactly what produced it.
//!
//! Encoders are built by name from string parameters with [`build_encoder`] (or
//! [`Database::encoder`](crate::Database::encoder) when they read stored weights) through the open
//! [`registry`]; [`encoder_names`] lists them. The core registers:
//!
//! * `magpie` ([`magpie::MagpieEncoder`]): Magpie composition statistics as in matminer's
//!   `ElementProperty.from_preset("magpie")` (composition only).
//! * `acsf` ([`acsf::AcsfEncoder`]): element-weighted atom-centred symmetry functions
//!   (radial G2 and angular G4), pooled over sites (structure-aware).
//! * `soap` ([`soap::SoapEncoder`]): the SOAP power spectrum with dscribe's GTO radial basis,
//!   per element or over element-weighted channels, averaged over sites (structure-aware).
//!
//! The crate `crystaldb-learned` registers `graph`, a CGCNN-style graph network, random-init
//! (`weights=random`, seeded) or trained (`weights=NAME`).
//!
//! [`invariance::check_invariances`] is the conformance suite every encoder must pass.
//! `docs/ENCODERS.md` gives the definitions, the parity checks against matminer and dscribe, and
//! timings.

pub mod acsf;
pub mod invariance;
pub mod magpie;
pub mod params;
pub mod registry;
pub mod soap;

pub use invariance::{check_invariances, InvarianceCheck, InvarianceReport};
pub use registry::{
    build_encoder, encoder_names, encoder_parameters, random_init_params, register, EncoderFactory,
};

/// The ACSF encoder under its former module name.
#[deprecated(note = "the ACSF encoder lives in `encode::acsf`")]
#[doc(hidden)]
pub mod fingerprint {
    pub use super::acsf::*;
}

use crate::error::{Error, Result};
use crate::structure::Structure;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// The distance the vectors of an encoder are meant to be compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    /// Cosine distance, `1 - a·b / (|a| |b|)`.
    Cosine,
    /// Euclidean distance.
    L2,
}

impl Metric {
    /// `"cosine"` or `"l2"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Cosine => "cosine",
            Metric::L2 => "l2",
        }
    }

    /// Parse `"cosine"` or `"l2"`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "cosine" => Ok(Metric::Cosine),
            "l2" => Ok(Metric::L2),
            _ => Err(Error::invalid(format!("unknown metric {s:?} (expected \"cosine\" or \"l2\")"))),
        }
    }
}

impl std::fmt::Display for Metric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What produced a set of vectors: enough to tell whether two sets are comparable.
///
/// Two encoders with equal `name`, `code_version`, `params_hash` and `weights_checksum` produce
/// the same vectors for the same structure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncoderSpec {
    /// Registry name (`"magpie"`, `"acsf"`).
    pub name: String,
    /// Version of the encoder's code; bumped whenever its output changes for the same params.
    pub code_version: u32,
    /// Every parameter, defaults included, as JSON values.
    pub params: serde_json::Map<String, serde_json::Value>,
    /// [`params_hash`] of `params`: the first 16 hex digits of the SHA-256 of their canonical
    /// JSON.
    pub params_hash: String,
    /// SHA-256 (hex) of any data the encoder loaded (model weights, element tables), if any.
    pub weights_checksum: Option<String>,
    /// Length of every vector.
    pub dim: usize,
    /// The metric the vectors are meant for.
    pub metric: Metric,
}

impl EncoderSpec {
    /// A spec whose `params_hash` is computed from `params`.
    pub fn new(
        name: &str,
        code_version: u32,
        params: serde_json::Map<String, serde_json::Value>,
        weights_checksum: Option<String>,
        dim: usize,
        metric: Metric,
    ) -> Self {
        let params_hash = params_hash(&params);
        Self { name: name.to_string(), code_version, params, params_hash, weights_checksum, dim, metric }
    }
}

/// A batched structure encoder.
///
/// Implementations are pure functions of the structure (and of their parameters): the same
/// structure gives bit-identical vectors whatever the batch, the batch order or the thread count.
pub trait Encoder: Send + Sync {
    /// What this encoder is, with its parameters.
    fn spec(&self) -> EncoderSpec;

    /// Whether the vectors depend on the geometry (false for composition-only encoders, whose
    /// vectors are equal for polymorphs by design).
    fn structure_aware(&self) -> bool;

    /// One vector of length `spec().dim` per structure, in order. Runs across structures with
    /// rayon; an error names the index of the structure that failed.
    fn encode(&self, batch: &[Structure]) -> Result<Vec<Vec<f32>>>;

    /// Provenance recorded in the `meta` of the embedding sets this encoder makes (e.g. which
    /// trained weights, objective and data version); empty by default.
    fn provenance(&self) -> BTreeMap<String, String> {
        BTreeMap::new()
    }

    /// How sets of this encoder are searched unless the caller says otherwise: raw by default;
    /// z-scores for features on incomparable scales (Magpie).
    fn default_normalization(&self) -> crate::embedding::Normalization {
        crate::embedding::Normalization::None
    }
}

/// Encode every structure of `batch` with `f` in parallel (rayon), keeping order. An error is
/// [`Error::Invalid`] naming the encoder and the index of the first failing structure.
pub fn encode_parallel<F>(name: &str, batch: &[Structure], f: F) -> Result<Vec<Vec<f32>>>
where
    F: Fn(&Structure) -> Result<Vec<f32>> + Sync,
{
    batch
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            f(s).map_err(|e| {
                let msg = match e {
                    Error::Invalid(m) => m,
                    other => other.to_string(),
                };
                Error::invalid(format!("{name}: structure {i} of the batch: {msg}"))
            })
        })
        .collect()
}

/// The canonical JSON text of a value: object keys sorted (by bytes), no whitespace, numbers and
/// strings as `serde_json` writes them.
pub fn canonical_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (n, k) in keys.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, v) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                write_canonical(v, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The stable hash of an encoder's parameters: the first 16 hex digits of the SHA-256 of their
/// [`canonical_json`].
pub fn params_hash(params: &serde_json::Map<String, serde_json::Value>) -> String {
    let text = canonical_json(&serde_json::Value::Object(params.clone()));
    let digest = Sha256::digest(text.as_bytes());
    hex(&digest)[..16].to_string()
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lattice;
    use serde_json::json;

    fn map(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a = json!({"b": 1, "a": {"y": [1, 2.5, "x"], "x": null}});
        assert_eq!(canonical_json(&a), r#"{"a":{"x":null,"y":[1,2.5,"x"]},"b":1}"#);
    }

    #[test]
    fn params_hash_is_stable_and_order_free() {
        let h1 = params_hash(&map(json!({"cutoff": 6.0, "n_radial": 8})));
        let mut m = serde_json::Map::new();
        m.insert("n_radial".into(), json!(8));
        m.insert("cutoff".into(), json!(6.0));
        assert_eq!(h1, params_hash(&m));
        assert_eq!(h1.len(), 16);
        assert!(h1.chars().all(|c| c.is_ascii_hexdigit()));
        // sha256(b'{"cutoff":6.0,"n_radial":8}')[:16], computed with Python's hashlib.
        assert_eq!(h1, "9a7c8d73c196391f");
        assert_ne!(h1, params_hash(&map(json!({"cutoff": 5.0, "n_radial": 8}))));
    }

    #[test]
    fn registry_builds_every_encoder_with_defaults() {
        // The core registers its engineered encoders itself; other crates add theirs.
        let names = encoder_names();
        assert!(names.contains(&"acsf") && names.contains(&"magpie"), "{names:?}");
        for name in ["acsf", "magpie"] {
            let enc = build_encoder(name, &BTreeMap::new()).unwrap();
            let spec = enc.spec();
            assert_eq!(spec.name, name);
            assert_eq!(spec.params_hash, params_hash(&spec.params));
            let l = Lattice::new([[0.0, 2.82, 2.82], [2.82, 0.0, 2.82], [2.82, 2.82, 0.0]]);
            let s = Structure::new(l, &[11, 17], &[[0.0; 3], [0.5; 3]]).unwrap();
            let v = enc.encode(&[s.clone(), s]).unwrap();
            assert_eq!(v.len(), 2);
            assert_eq!(v[0].len(), spec.dim);
            assert_eq!(v[0], v[1]);
        }
    }

    #[test]
    fn registry_rejects_unknown_names_and_params() {
        let err = build_encoder("nope", &BTreeMap::new()).err().unwrap().to_string();
        assert!(err.contains("unknown encoder") && err.contains("magpie"), "{err}");
        let mut p = BTreeMap::new();
        p.insert("cutof".to_string(), "5".to_string());
        let err = build_encoder("acsf", &p).err().unwrap().to_string();
        assert!(err.contains("cutof") && err.contains("cutoff"), "{err}");
        let mut p = BTreeMap::new();
        p.insert("cutoff".to_string(), "-1".to_string());
        let err = build_encoder("acsf", &p).err().unwrap().to_string();
        assert!(err.contains("cutoff"), "{err}");
        let mut p = BTreeMap::new();
        p.insert("element_table".to_string(), "/definitely/not/here".to_string());
        let err = build_encoder("magpie", &p).err().unwrap().to_string();
        assert!(err.contains("/definitely/not/here"), "{err}");
    }

    #[test]
    fn errors_name_the_failing_structure() {
        let good = {
            let l = Lattice::new([[3.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 3.0]]);
            Structure::new(l, &[26], &[[0.0; 3]]).unwrap()
        };
        let bad = Structure::new(Lattice::new([[0.0; 3]; 3]), &[26], &[[0.0; 3]]).unwrap();
        let enc = build_encoder("acsf", &BTreeMap::new()).unwrap();
        let err = enc.encode(&[good.clone(), good, bad]).err().unwrap().to_string();
        assert!(err.contains("structure 2"), "{err}");
    }
}

//! The graph encoder's architecture parameters, parsed from and written back to the encoder
//! registry's string parameters.

use crystaldb::encode::params::Params;
use crystaldb::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `weights` value naming the seeded random initialisation (no database needed).
pub const RANDOM_WEIGHTS: &str = "random";

/// How a node's input vector is made from its element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ElementInit {
    /// Prior + learned residual: a learned projection of the 17 built-in Magpie element
    /// properties (standardised over Z = 1–118) plus a learned per-element vector.
    Magpie,
    /// A learned per-element vector only.
    Learned,
}

/// How node vectors become one crystal vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pool {
    /// Occupancy-weighted mean over the sites.
    Mean,
    /// Occupancy-weighted softmax attention over the sites (scores bounded by `5 tanh`).
    Attention,
}

/// Which node vectors are pooled into the crystal vector.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Readout {
    /// The node vectors after the last convolution: dimension `hidden`.
    #[default]
    Last,
    /// The input node vectors and those after every convolution, each pooled, concatenated
    /// (a "jumping knowledge" readout): dimension `hidden · (layers + 1)`.
    Concat,
}

impl Readout {
    /// The parameter value: `last` or `concat`.
    pub fn as_str(self) -> &'static str {
        match self {
            Readout::Last => "last",
            Readout::Concat => "concat",
        }
    }
}

/// Architecture and initialisation of the graph encoder. Every field is an encoder parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphConfig {
    /// Node and embedding width (`hidden`, default 64).
    pub hidden: usize,
    /// Number of gated convolutions (`layers`, default 3).
    pub layers: usize,
    /// Neighbour cutoff (`cutoff`, Å, default 6).
    pub cutoff: f64,
    /// Neighbours kept per atom, nearest first, ties kept together (`max_neighbors`, default 12).
    pub max_neighbors: usize,
    /// Number of Gaussians expanding an edge length (`gaussians`, default 40).
    pub gaussians: usize,
    /// Element input (`element_init`: `magpie` (default) or `learned`).
    pub element_init: ElementInit,
    /// Readout (`pool`: `mean` (default) or `attention`).
    pub pool: Pool,
    /// Which node vectors are pooled (`readout`: `last` (default) or `concat`). A stored config
    /// without it reads as `last`.
    #[serde(default)]
    pub readout: Readout,
    /// Seed of the random initialisation (`seed`, default 0).
    pub seed: u64,
}

impl Default for GraphConfig {
    fn default() -> Self {
        Self {
            hidden: 64,
            layers: 3,
            cutoff: 6.0,
            max_neighbors: 12,
            gaussians: 40,
            element_init: ElementInit::Magpie,
            pool: Pool::Mean,
            readout: Readout::Last,
            seed: 0,
        }
    }
}

/// Parameter names of the `graph` encoder.
pub const PARAMETERS: &[&str] = &[
    "weights",
    "seed",
    "hidden",
    "layers",
    "cutoff",
    "max_neighbors",
    "gaussians",
    "element_init",
    "pool",
    "readout",
];

impl GraphConfig {
    /// Parse the architecture parameters (every key of [`PARAMETERS`] but `weights`); returns the
    /// config and the `weights` value (default `random`).
    pub fn from_params(map: &BTreeMap<String, String>) -> Result<(Self, String)> {
        let p = Params::new(super::NAME, map, PARAMETERS)?;
        let d = Self::default();
        let element_init = match p.raw("element_init") {
            None | Some("magpie") => ElementInit::Magpie,
            Some("learned") => ElementInit::Learned,
            Some(other) => return Err(p.bad("element_init", other, "magpie or learned")),
        };
        let pool = match p.raw("pool") {
            None | Some("mean") => Pool::Mean,
            Some("attention") => Pool::Attention,
            Some(other) => return Err(p.bad("pool", other, "mean or attention")),
        };
        let readout = match p.raw("readout") {
            None | Some("last") => Readout::Last,
            Some("concat") => Readout::Concat,
            Some(other) => return Err(p.bad("readout", other, "last or concat")),
        };
        let weights = p.raw("weights").unwrap_or(RANDOM_WEIGHTS).to_string();
        if weights.is_empty() {
            return Err(p.bad("weights", "", "random or the name of weights stored in the database"));
        }
        let config = Self {
            hidden: p.get("hidden", d.hidden, |v| (1..=1024).contains(&v), "an integer in 1..=1024")?,
            layers: p.get("layers", d.layers, |v| v <= 16, "an integer in 0..=16")?,
            cutoff: p.get("cutoff", d.cutoff, |v: f64| v > 0.0 && v <= 20.0, "a cutoff in (0, 20] Å")?,
            max_neighbors: p.get("max_neighbors", d.max_neighbors, |v| (1..=256).contains(&v), "1..=256")?,
            gaussians: p.get("gaussians", d.gaussians, |v| (2..=256).contains(&v), "2..=256")?,
            element_init,
            pool,
            readout,
            seed: p.get("seed", d.seed, |_| true, "an unsigned integer")?,
        };
        Ok((config, weights))
    }

    /// Dimension of the crystal vector: `hidden`, or `hidden · (layers + 1)` with
    /// [`Readout::Concat`].
    pub fn embedding_dim(&self) -> usize {
        match self.readout {
            Readout::Last => self.hidden,
            Readout::Concat => self.hidden * (self.layers + 1),
        }
    }

    /// The parameters as strings (all of them, `weights` included; `readout` only when it is not
    /// the default `last`, so the keys of sets embedded before it existed stay the same), for the
    /// registry.
    pub fn to_params(&self, weights: &str) -> BTreeMap<String, String> {
        let mut m = BTreeMap::new();
        m.insert("weights".into(), weights.to_string());
        m.insert("seed".into(), self.seed.to_string());
        m.insert("hidden".into(), self.hidden.to_string());
        m.insert("layers".into(), self.layers.to_string());
        m.insert("cutoff".into(), self.cutoff.to_string());
        m.insert("max_neighbors".into(), self.max_neighbors.to_string());
        m.insert("gaussians".into(), self.gaussians.to_string());
        let ei = match self.element_init {
            ElementInit::Magpie => "magpie",
            ElementInit::Learned => "learned",
        };
        m.insert("element_init".into(), ei.into());
        let pool = match self.pool {
            Pool::Mean => "mean",
            Pool::Attention => "attention",
        };
        m.insert("pool".into(), pool.into());
        if self.readout != Readout::Last {
            m.insert("readout".into(), self.readout.as_str().into());
        }
        m
    }

    /// The parameters as JSON values (numbers as numbers; `readout` as in
    /// [`to_params`](Self::to_params)), for an [`EncoderSpec`](crystaldb::encode::EncoderSpec).
    pub fn to_json_params(&self, weights: &str) -> serde_json::Map<String, serde_json::Value> {
        use serde_json::json;
        let mut m = serde_json::Map::new();
        m.insert("weights".into(), json!(weights));
        m.insert("seed".into(), json!(self.seed));
        m.insert("hidden".into(), json!(self.hidden));
        m.insert("layers".into(), json!(self.layers));
        m.insert("cutoff".into(), json!(self.cutoff));
        m.insert("max_neighbors".into(), json!(self.max_neighbors));
        m.insert("gaussians".into(), json!(self.gaussians));
        m.insert("element_init".into(), serde_json::to_value(self.element_init).expect("enum"));
        m.insert("pool".into(), serde_json::to_value(self.pool).expect("enum"));
        if self.readout != Readout::Last {
            m.insert("readout".into(), json!(self.readout.as_str()));
        }
        m
    }

    /// An error unless `other` has the same architecture (the seed may differ).
    pub fn check_same_architecture(&self, other: &GraphConfig, what: &str) -> Result<()> {
        let a = GraphConfig { seed: 0, ..self.clone() };
        let b = GraphConfig { seed: 0, ..other.clone() };
        if a != b {
            return Err(Error::invalid(format!(
                "{what}: the given graph parameters {:?} differ from the weights' architecture {:?}",
                b.to_params("-"),
                a.to_params("-")
            )));
        }
        Ok(())
    }
}

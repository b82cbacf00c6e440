//! HNSW parameters and their validation.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Largest `max_connections` accepted.
pub const MAX_CONNECTIONS: usize = 255;
/// Not a property of the graph: USearch draws each node's level itself (a node reaches level
/// `l` with probability `M^-l`, so a graph of `n` points has about `log_M(n)` levels). The
/// constant has no effect and is kept for code that names it.
#[deprecated(note = "USearch draws node levels itself; the layer count is not fixed")]
pub const LAYERS: usize = 16;
/// Largest `ef_construction` / `ef_search`: candidate lists are allocated at this size.
pub const MAX_EF: usize = 1 << 20;

/// How the graph stores its points. Hits are always re-scored exactly from the full-precision
/// vectors, so storage only changes which candidates the graph walk finds (recall), its speed
/// and the index's size: `f16` and `bf16` halve the points' bytes, `i8` quarters them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Quantization {
    /// `f16` when every coordinate of every point is within ±65,504 (cosine points always
    /// are: they are unit vectors), else `f32`.
    #[default]
    Auto,
    /// 32-bit floats: the vectors as given.
    F32,
    /// IEEE half precision (11-bit significand, range ±65,504).
    F16,
    /// bfloat16 (8-bit significand, the range of `f32`).
    Bf16,
    /// 8-bit integers `round(127 x)` of coordinates in `[-1, 1]`: cosine indexes only (their
    /// points are unit vectors).
    I8,
}

impl Quantization {
    /// The name used in `index.json`, the CLI and Python.
    pub fn name(self) -> &'static str {
        match self {
            Quantization::Auto => "auto",
            Quantization::F32 => "f32",
            Quantization::F16 => "f16",
            Quantization::Bf16 => "bf16",
            Quantization::I8 => "i8",
        }
    }
}

impl std::str::FromStr for Quantization {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        [Quantization::Auto, Quantization::F32, Quantization::F16, Quantization::Bf16, Quantization::I8]
            .into_iter()
            .find(|q| q.name() == s)
            .ok_or_else(|| {
                Error::invalid(format!("HNSW quantization {s:?} is not one of auto, f32, f16, bf16, i8"))
            })
    }
}

/// How an HNSW graph is built and searched.
///
/// Build-time: `max_connections`, `ef_construction`, `quantization`; search-time: `ef_search`,
/// `exact_below`. Parallel insertion makes the graph depend on thread timing, so two builds of
/// the same vectors may differ slightly (recall does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HnswParams {
    /// Links per node and layer (`M`; the base layer keeps `2M`), in `2..=255`.
    pub max_connections: usize,
    /// Candidate list size while inserting, in `1..=2^20`; larger builds slower and better.
    pub ef_construction: usize,
    /// Candidate list size while searching (raised to `k` when smaller), in `1..=2^20`.
    pub ef_search: usize,
    /// A filtered search whose allow-list has at most this many rows scans those rows exactly
    /// instead of walking the graph (cheaper and exact for selective filters).
    pub exact_below: usize,
    /// How the graph stores its points (build-time).
    #[serde(default)]
    pub quantization: Quantization,
}

impl Default for HnswParams {
    /// `M = 16`, `ef_construction = 200`, `ef_search = 64`, exact below 2,048 rows, `auto`
    /// quantization.
    fn default() -> Self {
        Self {
            max_connections: 16,
            ef_construction: 200,
            ef_search: 64,
            exact_below: 2048,
            quantization: Quantization::Auto,
        }
    }
}

impl HnswParams {
    /// Check every value against its range; an error names the parameter.
    pub fn validate(&self) -> Result<()> {
        fn range(name: &str, v: usize, lo: usize, hi: usize) -> Result<()> {
            if (lo..=hi).contains(&v) {
                Ok(())
            } else {
                Err(Error::invalid(format!("HNSW parameter {name} = {v} is outside {lo}..={hi}")))
            }
        }
        range("max_connections", self.max_connections, 2, MAX_CONNECTIONS)?;
        range("ef_construction", self.ef_construction, 1, MAX_EF)?;
        range("ef_search", self.ef_search, 1, MAX_EF)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_valid() {
        HnswParams::default().validate().unwrap();
    }

    #[test]
    fn every_out_of_range_value_is_named() {
        let d = HnswParams::default();
        let cases = [
            ("max_connections", HnswParams { max_connections: 0, ..d }),
            ("max_connections", HnswParams { max_connections: 1, ..d }),
            ("max_connections", HnswParams { max_connections: 256, ..d }),
            ("max_connections", HnswParams { max_connections: 100_000, ..d }),
            ("ef_construction", HnswParams { ef_construction: 0, ..d }),
            ("ef_construction", HnswParams { ef_construction: usize::MAX, ..d }),
            ("ef_search", HnswParams { ef_search: 0, ..d }),
            ("ef_search", HnswParams { ef_search: MAX_EF + 1, ..d }),
        ];
        for q in ["auto", "f32", "f16", "bf16", "i8"] {
            assert_eq!(q.parse::<Quantization>().unwrap().name(), q);
        }
        assert!("f8".parse::<Quantization>().unwrap_err().to_string().contains("auto, f32"));
        for (name, p) in cases {
            let e = p.validate().unwrap_err().to_string();
            assert!(e.contains(name), "{e}");
        }
        HnswParams { max_connections: 255, ef_construction: 1, ef_search: 1, exact_below: 0, ..d }
            .validate()
            .unwrap();
    }
}

//! HNSW parameters and their validation.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Largest `max_connections`: hnsw_rs stores it as a `u8` in its dump (256 would reload as 0)
/// and calls `process::exit` when it is above 256.
pub const MAX_CONNECTIONS: usize = 255;
/// Layers of every graph. hnsw_rs refuses to dump a graph with another layer count (and draws
/// the layers of points inserted after a reload from 16), so it is not a parameter. A point
/// reaches layer `l` with probability `M^-l`: a graph of `n` points uses about `log_M(n)`.
pub const LAYERS: usize = 16;
/// Largest `ef_construction` / `ef_search`: hnsw_rs preallocates heaps of `ef` entries.
pub const MAX_EF: usize = 1 << 20;

/// How an HNSW graph is built and searched.
///
/// Build-time: `max_connections`, `ef_construction` (every graph has [`LAYERS`] layers);
/// search-time: `ef_search`, `exact_below`. hnsw_rs draws layers from a fixed seed, but parallel insertion makes the graph
/// depend on thread timing, so two builds of the same vectors may differ slightly (recall does
/// not).
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
}

impl Default for HnswParams {
    /// `M = 16`, `ef_construction = 200`, `ef_search = 64`, exact below 2,048 rows.
    fn default() -> Self {
        Self { max_connections: 16, ef_construction: 200, ef_search: 64, exact_below: 2048 }
    }
}

impl HnswParams {
    /// Check every value against what hnsw_rs accepts without panicking or exiting the
    /// process; an error names the parameter.
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
        for (name, p) in cases {
            let e = p.validate().unwrap_err().to_string();
            assert!(e.contains(name), "{e}");
        }
        HnswParams { max_connections: 255, ef_construction: 1, ef_search: 1, exact_below: 0 }
            .validate()
            .unwrap();
    }
}

//! Density clustering: "which groups stand out from the background, and how much is background?"
//!
//! [`hdbscan`] runs HDBSCAN (Campello, Moulavi & Sander 2013) through the `hdbscan` crate:
//! Euclidean core distances to the `min_samples`-th neighbour, the mutual-reachability minimum
//! spanning tree, the condensed tree with `min_cluster_size`, clusters by excess of mass, no
//! single-cluster answer — scikit-learn's `HDBSCAN` defaults, checked against it on fixtures.
//! Points in no cluster are noise.

use crystaldb::{Error, Result};
use hdbscan::{Hdbscan as Clusterer, HdbscanHyperParams};
use serde::Serialize;

/// An HDBSCAN clustering.
#[derive(Debug, Clone, Serialize)]
pub struct Hdbscan {
    /// Cluster of each point, `None` for noise; clusters are numbered from 0 by first
    /// appearance.
    #[serde(skip)]
    pub labels: Vec<Option<usize>>,
    /// Number of clusters.
    pub clusters: usize,
    /// Fraction of points that are noise.
    pub noise_fraction: f64,
    /// The smallest cluster size considered.
    pub min_cluster_size: usize,
    /// Neighbours of the core distance (the point itself included, as scikit-learn counts).
    pub min_samples: usize,
}

/// HDBSCAN of row-major `x` (`dim` wide; see the [module docs](self)).
pub fn hdbscan(x: &[f64], dim: usize, min_cluster_size: usize, min_samples: usize) -> Result<Hdbscan> {
    let n = x.len().checked_div(dim).unwrap_or(0);
    if n < 2 || x.len() != n * dim || min_cluster_size < 2 || min_samples < 1 {
        return Err(Error::invalid(format!(
            "HDBSCAN: {n} points of dimension {dim}, min_cluster_size {min_cluster_size} (at least 2), \
             min_samples {min_samples} (at least 1)"
        )));
    }
    let rows: Vec<Vec<f64>> = x.chunks_exact(dim).map(<[f64]>::to_vec).collect();
    let params =
        HdbscanHyperParams::builder().min_cluster_size(min_cluster_size).min_samples(min_samples).build();
    let raw = Clusterer::new(&rows, params).cluster().map_err(|e| Error::invalid(format!("HDBSCAN: {e}")))?;
    let mut seen: Vec<i32> = Vec::new();
    let labels: Vec<Option<usize>> = raw
        .iter()
        .map(|&l| {
            (l >= 0).then(|| {
                seen.iter().position(|&s| s == l).unwrap_or_else(|| {
                    seen.push(l);
                    seen.len() - 1
                })
            })
        })
        .collect();
    let noise = labels.iter().filter(|l| l.is_none()).count();
    Ok(Hdbscan {
        labels,
        clusters: seen.len(),
        noise_fraction: noise as f64 / n as f64,
        min_cluster_size,
        min_samples,
    })
}

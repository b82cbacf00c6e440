//! What a diagnosis computes: [`DiagnoseOptions`] and the duplicate policy of retrieval.

use super::SplitRule;
use crystaldb::{Error, Result};
use serde::Serialize;

/// Which neighbours count as duplicates of a query and are skipped like the query itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DuplicatePolicy {
    /// Nothing is skipped but the query: duplicates count like any other neighbour.
    Keep,
    /// Records linked to the query's material key (the same crystal from another source).
    Material,
    /// Rows whose vector is bit-identical to the query's (e.g. polymorphs under a
    /// composition-only encoder).
    Vector,
}

impl DuplicatePolicy {
    /// Parse `keep`, `material` or `vector`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "keep" => Ok(Self::Keep),
            "material" => Ok(Self::Material),
            "vector" => Ok(Self::Vector),
            _ => Err(Error::invalid(format!("unknown duplicate policy {s:?} (keep, material or vector)"))),
        }
    }
}

/// What `Snapshot::diagnose` computes.
#[derive(Debug, Clone, Serialize)]
pub struct DiagnoseOptions {
    /// Embedding sets under test, `NAME` or `NAME@V` (at least one).
    pub embeddings: Vec<String>,
    /// Labels for precision@k (see [`label_of`](super::label_of)).
    pub labels: Vec<String>,
    /// Cut-offs of precision@k.
    pub ks: Vec<usize>,
    /// Retrieval queries: a seeded sample of this many rows (`None` = every row).
    pub queries: Option<usize>,
    /// Duplicate policy of retrieval and the neighbour report.
    pub duplicates: DuplicatePolicy,
    /// Probe targets (see [`number_of`](super::number_of)).
    pub properties: Vec<String>,
    /// Probe models fitted per representation and budget (ridge, gp), then the mean predictor.
    pub probes: Vec<super::ProbeMethod>,
    /// How GP probes are fitted (kernel, subsample sizes; the seed is [`seed`](Self::seed)).
    pub gp: super::GpOptions,
    /// How rows are split for the probes.
    pub split: SplitRule,
    /// Fraction of rows on the test side (random and chemsys splits).
    pub test_fraction: f64,
    /// Label budgets: training rows per probe (`None` = every training row).
    pub train_sizes: Vec<Option<usize>>,
    /// Compare with the Magpie and ACSF baselines and random-init weights.
    pub baselines: bool,
    /// With [`baselines`](Self::baselines), also a SOAP baseline (the `soap` encoder's
    /// defaults, 2,100 dimensions, encoded on the fly unless a stored `soap` set covers the
    /// rows); off by default for its cost.
    pub soap_baseline: bool,
    /// The label clusters are cross-tabulated against.
    pub cluster_label: String,
    /// Rows (a seeded sample) used for clusters and latent axes.
    pub cluster_sample: usize,
    /// Candidate numbers of clusters, inclusive.
    pub cluster_k: (usize, usize),
    /// k-means restarts.
    pub restarts: usize,
    /// Covariance of the Gaussian mixtures whose BIC picks k (`None` = no mixtures).
    pub gmm_covariance: Option<super::Covariance>,
    /// HDBSCAN's smallest cluster (and its `min_samples`); 0 = no HDBSCAN.
    pub hdbscan_min_cluster_size: usize,
    /// Descriptors correlated with the latent axes.
    pub descriptors: Vec<String>,
    /// Principal components examined.
    pub components: usize,
    /// Rows (a seeded subsample of the clustered rows) of the t-SNE picture; 0 = no t-SNE.
    pub tsne_sample: usize,
    /// Query crystals of the neighbour report.
    pub report_queries: usize,
    /// Neighbours per query crystal in the neighbour report.
    pub report_neighbours: usize,
    /// Seed of every sample, split, fold and k-means restart.
    pub seed: u64,
}

impl Default for DiagnoseOptions {
    fn default() -> Self {
        Self {
            embeddings: Vec::new(),
            labels: vec![
                "spacegroup".into(),
                "crystal_system".into(),
                "chemsys".into(),
                "formula_anonymous".into(),
            ],
            ks: vec![1, 5, 10, 20],
            queries: None,
            duplicates: DuplicatePolicy::Material,
            properties: vec![
                "band_gap".into(),
                "formation_energy_per_atom".into(),
                "energy_above_hull".into(),
            ],
            probes: vec![super::ProbeMethod::Ridge],
            gp: super::GpOptions::default(),
            split: SplitRule::Random,
            test_fraction: 0.2,
            train_sizes: vec![None],
            baselines: true,
            soap_baseline: false,
            cluster_label: "crystal_system".into(),
            cluster_sample: 2000,
            cluster_k: (2, 12),
            restarts: 4,
            hdbscan_min_cluster_size: 15,
            gmm_covariance: Some(super::Covariance::Diag),
            descriptors: [
                "mean_atomic_mass",
                "mean_electronegativity",
                "volume_per_atom",
                "nsites",
                "density",
                "band_gap",
                "formation_energy_per_atom",
                "energy_above_hull",
            ]
            .map(String::from)
            .to_vec(),
            components: 10,
            tsne_sample: 1000,
            report_queries: 20,
            report_neighbours: 10,
            seed: 0,
        }
    }
}

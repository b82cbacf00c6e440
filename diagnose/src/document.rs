//! The diagnosis document: every number of `crystaldb diagnose --json`, one type per table.

use super::{DiagnoseOptions, LabelScore, Probe, Representation, Retrieval};
use serde::Serialize;
use std::collections::BTreeMap;

/// Retrieval of one representation against one label.
#[derive(Debug, Clone, Serialize)]
pub struct RetrievalRow {
    /// Representation name.
    pub representation: String,
    /// The scores.
    #[serde(flatten)]
    pub scores: Retrieval,
    /// The most retrievable label values (by precision at the breakdown k; at least 5 queries).
    pub best_labels: Vec<LabelRow>,
    /// The least retrievable label values (lowest first; none of the best ones).
    pub worst_labels: Vec<LabelRow>,
}

/// One label value's retrieval.
#[derive(Debug, Clone, Serialize)]
pub struct LabelRow {
    /// The label value.
    pub label: String,
    /// Its scores.
    #[serde(flatten)]
    pub score: LabelScore,
}

/// Retrieval against one label, every representation.
#[derive(Debug, Clone, Serialize)]
pub struct RetrievalTable {
    /// Label name.
    pub label: String,
    /// Rows with this label.
    pub labelled: usize,
    /// Distinct values.
    pub values: usize,
    /// The k of the per-label breakdown.
    pub breakdown_k: usize,
    /// One row per representation.
    pub rows: Vec<RetrievalRow>,
}

/// Agreement of two representations' neighbour lists.
#[derive(Debug, Clone, Serialize)]
pub struct Overlap {
    /// First representation.
    pub a: String,
    /// Second representation.
    pub b: String,
    /// `(k, mean |A_k ∩ B_k| / k)`.
    pub overlap: Vec<(usize, f64)>,
}

/// One probe of one representation at one label budget.
#[derive(Debug, Clone, Serialize)]
pub struct ProbeRow {
    /// Representation name (`mean` for the mean predictor).
    pub representation: String,
    /// The role (`mean` for the mean predictor).
    pub role: String,
    /// Training-row budget (`None` = all).
    pub train_size: Option<usize>,
    /// The probe.
    #[serde(flatten)]
    pub probe: Probe,
}

/// The probes of one property.
#[derive(Debug, Clone, Serialize)]
pub struct ProbeTable {
    /// Property name.
    pub property: String,
    /// Rows with a value.
    pub rows_with_value: usize,
    /// Training rows available.
    pub train: usize,
    /// Test rows.
    pub test: usize,
    /// One row per representation and budget, then the mean predictor.
    pub rows: Vec<ProbeRow>,
    /// Parity points of the first tested representation at the full budget: (truth, prediction).
    #[serde(skip)]
    pub parity: Vec<(f64, f64)>,
    /// The diagnosed rows on the test side (every budget's predictions are in this order), and
    /// their targets.
    #[serde(skip)]
    pub test_rows: Vec<(usize, f64)>,
}

/// One cluster's summary.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterRow {
    /// Cluster number.
    pub cluster: usize,
    /// Members.
    pub size: usize,
    /// Most common reduced formulas with counts.
    pub top_formulas: Vec<(String, usize)>,
    /// Most common chemical systems with counts.
    pub top_chemsys: Vec<(String, usize)>,
    /// Dominant space group and the fraction of members that have it.
    pub spacegroup: Option<(String, f64)>,
    /// Dominant crystal system and its fraction.
    pub crystal_system: Option<(String, f64)>,
    /// Mean of each probe property over members that have it.
    pub property_means: BTreeMap<String, Option<f64>>,
}

/// Clusters of one representation.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterReport {
    /// Representation name.
    pub representation: String,
    /// Rows clustered (a seeded sample).
    pub rows: usize,
    /// `(k, silhouette)` for every candidate k.
    pub silhouette: Vec<(usize, f64)>,
    /// The k with the highest silhouette.
    pub k: usize,
    /// Inertia of the chosen clustering.
    pub inertia: f64,
    /// One row per cluster.
    pub clusters: Vec<ClusterRow>,
    /// The label of the cross-tabulation.
    pub label: String,
    /// Label values (columns of the cross-tabulation).
    pub label_values: Vec<String>,
    /// `crosstab[cluster][value]`: members of the cluster with the value.
    pub crosstab: Vec<Vec<u64>>,
    /// Adjusted Rand index of clusters vs label (rows with the label).
    pub ari: f64,
    /// Normalised mutual information of clusters vs label.
    pub nmi: f64,
    /// HDBSCAN of the same rows (`None` when switched off or too few rows).
    pub density: Option<DensityReport>,
    /// Gaussian mixtures over the same candidate k, k by BIC (`None` when switched off).
    pub mixture: Option<MixtureReport>,
    /// k-means and HDBSCAN against space group, crystal system, prototype and the cluster label
    /// (each where at least 2 clustered rows have it; HDBSCAN noise counts as one more class).
    pub agreement: Vec<ClusterAgreement>,
}

/// HDBSCAN clusters of one representation.
#[derive(Debug, Clone, Serialize)]
pub struct DensityReport {
    /// The clustering: number of clusters, noise fraction, parameters.
    pub hdbscan: super::Hdbscan,
    /// One row per cluster (noise apart).
    pub clusters: Vec<ClusterRow>,
}

/// k chosen by the BIC of a Gaussian mixture.
#[derive(Debug, Clone, Serialize)]
pub struct MixtureReport {
    /// Covariance shape.
    pub covariance: super::Covariance,
    /// `(k, BIC)` for every candidate k (lower is better).
    pub bic: Vec<(usize, f64)>,
    /// The k with the lowest BIC.
    pub k: usize,
    /// The mixture at that k (weights, mean log-likelihood, convergence).
    pub mixture: super::GaussianMixture,
}

/// A clustering against a label.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterAgreement {
    /// `kmeans`, `gmm` or `hdbscan`.
    pub clustering: String,
    /// The label.
    pub label: String,
    /// Clustered rows with the label.
    pub rows: usize,
    /// Adjusted Rand index.
    pub ari: f64,
    /// Normalised mutual information (arithmetic).
    pub nmi: f64,
}

/// Correlations of latent axes with one descriptor.
#[derive(Debug, Clone, Serialize)]
pub struct AxisRow {
    /// Descriptor name.
    pub descriptor: String,
    /// Pearson r of each principal component.
    pub components: Vec<f64>,
    /// The three principal components with the largest |r|: (component, r).
    pub top_components: Vec<(usize, f64)>,
    /// The three raw dimensions with the largest |r|: (dimension, r).
    pub top_dimensions: Vec<(usize, f64)>,
}

/// Latent axes of one representation.
#[derive(Debug, Clone, Serialize)]
pub struct AxesReport {
    /// Representation name.
    pub representation: String,
    /// Fraction of variance of each component.
    pub explained_variance_ratio: Vec<f64>,
    /// One row per descriptor.
    pub descriptors: Vec<AxisRow>,
    /// First two component scores of each sampled row, with its cluster label (exploration only).
    #[serde(skip)]
    pub projection: Vec<(f64, f64, Option<String>)>,
    /// t-SNE coordinates of a subsample, with its cluster label and the first probe property
    /// (exploration only; empty without t-SNE).
    #[serde(skip)]
    pub tsne: Vec<(f64, f64, Option<String>, Option<f64>)>,
    /// The property the t-SNE points are also coloured by.
    pub tsne_property: Option<String>,
    /// The PCA and t-SNE pictures compared with the probes: their failure modes, named.
    pub checks: Vec<super::ProjectionCheck>,
}

/// One row of the neighbour report.
#[derive(Debug, Clone, Serialize)]
pub struct NeighbourRow {
    /// Record id.
    pub id: String,
    /// Reduced formula.
    pub formula: String,
    /// Space group number.
    pub spacegroup: Option<i32>,
    /// Distance to the query (0 for the query itself).
    pub distance: f64,
    /// Probe properties.
    pub properties: BTreeMap<String, Option<f64>>,
}

/// A query crystal and its nearest neighbours.
#[derive(Debug, Clone, Serialize)]
pub struct NeighbourList {
    /// The query.
    pub query: NeighbourRow,
    /// Its neighbours, nearest first.
    pub neighbours: Vec<NeighbourRow>,
}

/// The neighbour report of one representation.
#[derive(Debug, Clone, Serialize)]
pub struct NeighbourReport {
    /// Representation name.
    pub representation: String,
    /// One list per query crystal.
    pub queries: Vec<NeighbourList>,
}

/// Every number of a diagnosis (`crystaldb diagnose --json`).
#[derive(Debug, Clone, Serialize)]
pub struct Diagnosis {
    /// Structure version diagnosed.
    pub version: u64,
    /// Rows diagnosed (in every set under test).
    pub rows: usize,
    /// Rows of the first set left out (missing from the snapshot or another set).
    pub rows_dropped: usize,
    /// The options.
    pub options: DiagnoseOptions,
    /// Every representation compared.
    pub representations: Vec<Representation>,
    /// Why a tested set has no random-init row.
    pub random_init_missing: Vec<String>,
    /// Remarks on the comparison (a baseline that is also a tested set).
    pub notes: Vec<String>,
    /// Retrieval per label.
    pub retrieval: Vec<RetrievalTable>,
    /// Neighbour-list agreement between representations (against the first label's candidates).
    pub overlap: Vec<Overlap>,
    /// Which representation to trust per property and label budget (see [`Verdict`]).
    pub verdict: Vec<super::Verdict>,
    /// Probes per property.
    pub probes: Vec<ProbeTable>,
    /// Clusters per tested representation.
    pub clusters: Vec<ClusterReport>,
    /// Latent axes per tested representation.
    pub axes: Vec<AxesReport>,
    /// Neighbour report per tested representation.
    pub neighbours: Vec<NeighbourReport>,
    /// Record id -> "train" / "test" of the probe split.
    #[serde(skip)]
    pub split: Vec<(String, &'static str)>,
}

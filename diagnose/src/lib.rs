//! Diagnosis: "can this embedding be trusted?" — retrieval, probes and clusters, not a pretty
//! projection.
//!
//! Pure functions over plain slices (row-major `f32` vectors or `f64` features, one label or
//! target per row), each checked against numpy / scikit-learn on committed fixtures:
//!
//! * [`retrieval`] / [`precision_at_k`]: precision@k, mean reciprocal rank and base rate of
//!   exact nearest neighbours against a label; [`overlap_at_k`] compares two neighbour lists.
//! * [`ridge_fit`], [`linear_probe`], [`mean_probe`]: ridge regression probes with α chosen by
//!   inner cross-validation; [`gp_probe`] / [`gp_fit`]: Gaussian-process probes with
//!   marginal-likelihood hyper-parameters and calibrated uncertainty; [`split_rows`] makes random or held-out-chemistry splits.
//! * [`kmeans`], [`silhouette`]: k-means++ with restarts and the silhouette coefficient;
//!   [`adjusted_rand_index`], [`normalized_mutual_info`] compare clusters with a label.
//! * [`pca`], [`axis_correlations`]: principal axes and their correlation with descriptors.
//! * [`tsne`], [`projection_check`]: a seeded exact t-SNE, and the failure modes of 2-D pictures
//!   ("pretty projection, dead downstream" and its mirror) against the probes.
//! * [`Verdict`]: per property and label budget, which representation to trust, with bootstrap
//!   intervals over chemical systems against the mean predictor, the random-init twin, Magpie,
//!   SOAP and ACSF.
//!
//! [`diagnose`] (or `snapshot.diagnose(..)` through the [`Diagnose`] trait) runs them all over
//! stored embedding sets, with random-init twins (from the core's encoder registry) and the
//! Magpie and ACSF baselines. `docs/DIAGNOSE.md` defines every number.

mod agreement;
mod axes;
mod cluster;
mod density;
mod document;
mod gather;
mod gp;
mod math;
mod mixture;
mod options;
mod probe;
mod projection;
mod report;
mod retrieval;
mod run;
mod split;
mod svg;
mod verdict;

pub use agreement::{adjusted_rand_index, contingency, normalized_mutual_info};
pub use axes::{axis_correlations, pca, Pca};
pub use cluster::{kmeans, silhouette, silhouette_samples, KMeans, KMeansOptions};
pub use density::{hdbscan, Hdbscan};
pub use document::{
    AxesReport, AxisRow, ClusterAgreement, ClusterReport, ClusterRow, DensityReport, Diagnosis, LabelRow,
    MixtureReport, NeighbourList, NeighbourReport, NeighbourRow, Overlap, ProbeRow, ProbeTable, RetrievalRow,
    RetrievalTable,
};
pub use gather::{label_of, number_of, Representation, Role};
pub use gp::{calibration, gp_fit, gp_probe, Calibration, GpHyper, GpKernel, GpModel, GpOptions, GpSummary};
pub use math::pearson;
pub use mixture::{gaussian_mixture, Covariance, GaussianMixture, MixtureOptions};
pub use options::{DiagnoseOptions, DuplicatePolicy};
pub use probe::{
    linear_probe, mean_probe, regression_scores, ridge_fit, ridge_path_mse, Probe, ProbeMethod, ProbeOptions,
    RidgeModel, Scores,
};
pub use projection::{
    projection_check, tsne, ProjectionCheck, Tracked, TsneOptions, ALIVE, DEAD, HAIRBALL, PRETTY,
};
pub use retrieval::{overlap_at_k, precision_at_k, retrieval, LabelScore, Retrieval, RetrievalOptions};
pub use run::{diagnose, diagnose_with_progress, Diagnose};
pub use split::{split_rows, with_budget, Split, SplitRule};
pub use verdict::{Comparison, TestedVerdict, Verdict, VerdictEntry, BOOTSTRAP};

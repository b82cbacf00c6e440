//! `crystaldb diagnose`: retrieval, probes, clusters and latent axes of embedding sets, with
//! baselines, as text, one JSON document (`--json`) and/or an HTML report (`--report DIR`).

use super::Output;
use anyhow::{bail, Context, Result};
use crystaldb_diagnose::{
    Covariance, DiagnoseOptions, Diagnosis, DuplicatePolicy, GpKernel, GpOptions, ProbeMethod, SplitRule,
};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `crystaldb diagnose`.
#[derive(Debug, Clone, clap::Args)]
pub struct DiagnoseArgs {
    /// Database directory.
    #[arg(long)]
    pub db: PathBuf,
    /// Embedding set NAME or NAME@V under test (repeatable: compares them in one report).
    #[arg(long = "embedding", required = true)]
    pub embeddings: Vec<String>,
    /// Read this structure version instead of the newest.
    #[arg(long)]
    pub version: Option<u64>,
    /// Label for precision@k (repeatable): spacegroup, crystal_system, chemsys, prototype,
    /// formula_anonymous, formula_reduced or any column [default: spacegroup, crystal_system,
    /// chemsys, formula_anonymous, and prototype when rows have one].
    #[arg(long = "label")]
    pub labels: Vec<String>,
    /// Cut-offs of precision@k, comma-separated.
    #[arg(long, default_value = "1,5,10,20", value_delimiter = ',')]
    pub k: Vec<usize>,
    /// Retrieval queries: a seeded sample of this many rows (default: every row).
    #[arg(long)]
    pub sample: Option<usize>,
    /// Duplicates skipped like the query: keep (none), material (same material key), vector
    /// (bit-identical vectors).
    #[arg(long, default_value = "material")]
    pub duplicates: String,
    /// Probe target (repeatable): band_gap, formation_energy_per_atom, energy_above_hull or any
    /// numeric column [default: the three properties].
    #[arg(long = "property")]
    pub properties: Vec<String>,
    /// Probe models, comma-separated: ridge (linear, α by cross-validation) and/or gp (Gaussian
    /// process with calibrated uncertainty).
    #[arg(long = "probe", default_value = "ridge", value_delimiter = ',')]
    pub probes: Vec<String>,
    /// GP kernel: rbf or matern (ν = 5/2), each times a constant plus white noise.
    #[arg(long, default_value = "rbf")]
    pub gp_kernel: String,
    /// Training rows a GP conditions on (a seeded subsample above this; O(n³) time).
    #[arg(long, default_value_t = 2000)]
    pub gp_max_train: usize,
    /// Training rows the GP's hyper-parameters are optimised on (a subsample of those).
    #[arg(long, default_value_t = 600)]
    pub gp_optimise_rows: usize,
    /// Probe split: random, element:X (every structure with X is a test row) or chemsys (whole
    /// chemical systems to the test side).
    #[arg(long, default_value = "random")]
    pub split: String,
    /// Fraction of test rows (random and chemsys splits).
    #[arg(long, default_value_t = 0.2)]
    pub test_fraction: f64,
    /// Label budget (repeatable): training rows per probe, a number or "all".
    #[arg(long = "train-size")]
    pub train_sizes: Vec<String>,
    /// Write the probe split, one "id,side" line per row (side train or test).
    #[arg(long)]
    pub split_out: Option<PathBuf>,
    /// Label the clusters are cross-tabulated against.
    #[arg(long, default_value = "crystal_system")]
    pub cluster_label: String,
    /// Rows (seeded sample) for clusters and latent axes.
    #[arg(long, default_value_t = 2000)]
    pub cluster_sample: usize,
    /// Smallest number of clusters tried.
    #[arg(long, default_value_t = 2)]
    pub k_min: usize,
    /// Largest number of clusters tried.
    #[arg(long, default_value_t = 12)]
    pub k_max: usize,
    /// Rows (a seeded subsample of the clustered rows) in the t-SNE picture; 0 = none. Exact
    /// t-SNE: time grows with the square of this.
    #[arg(long, default_value_t = 1000)]
    pub tsne_sample: usize,
    /// Covariance of the Gaussian mixtures whose BIC picks k: diag, full or none.
    #[arg(long, default_value = "diag")]
    pub gmm_covariance: String,
    /// HDBSCAN's smallest cluster (also its min_samples); 0 = no HDBSCAN.
    #[arg(long, default_value_t = 15)]
    pub hdbscan_min_cluster_size: usize,
    /// k-means restarts.
    #[arg(long, default_value_t = 4)]
    pub restarts: usize,
    /// Seed of samples, splits, folds and restarts.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Skip the random-init, Magpie and ACSF comparison rows.
    #[arg(long)]
    pub no_baselines: bool,
    /// Add a SOAP baseline (the soap encoder's defaults, encoded on the fly unless a stored
    /// soap set covers the rows).
    #[arg(long)]
    pub soap_baseline: bool,
    /// Write index.html (with SVG plots) and diagnosis.json into this directory.
    #[arg(long)]
    pub report: Option<PathBuf>,
}

fn options(args: &DiagnoseArgs, has_prototype: bool) -> Result<DiagnoseOptions> {
    let mut o = DiagnoseOptions { embeddings: args.embeddings.clone(), ..DiagnoseOptions::default() };
    if !args.labels.is_empty() {
        o.labels = args.labels.clone();
    } else if has_prototype {
        o.labels.insert(0, "prototype".into());
    }
    if !args.properties.is_empty() {
        o.properties = args.properties.clone();
    }
    o.ks = args.k.clone();
    o.queries = args.sample;
    o.duplicates = DuplicatePolicy::parse(&args.duplicates)?;
    o.probes = args.probes.iter().map(|p| ProbeMethod::parse(p)).collect::<crystaldb::Result<_>>()?;
    if args.gp_max_train < 2 || args.gp_optimise_rows < 2 {
        bail!("--gp-max-train and --gp-optimise-rows must be at least 2");
    }
    o.gp = GpOptions {
        kernel: GpKernel::parse(&args.gp_kernel)?,
        max_train: args.gp_max_train,
        optimise_rows: args.gp_optimise_rows,
        seed: args.seed,
    };
    o.split = SplitRule::parse(&args.split)?;
    o.test_fraction = args.test_fraction;
    if !args.train_sizes.is_empty() {
        o.train_sizes = args
            .train_sizes
            .iter()
            .map(|s| match s.as_str() {
                "all" => Ok(None),
                n => n.parse().map(Some).with_context(|| format!("--train-size {n:?}: a number or \"all\"")),
            })
            .collect::<Result<_>>()?;
    }
    o.cluster_label = args.cluster_label.clone();
    o.cluster_sample = args.cluster_sample;
    if args.k_min < 2 || args.k_max < args.k_min {
        bail!("--k-min must be at least 2 and at most --k-max");
    }
    o.cluster_k = (args.k_min, args.k_max);
    o.restarts = args.restarts;
    o.tsne_sample = args.tsne_sample;
    o.hdbscan_min_cluster_size = args.hdbscan_min_cluster_size;
    o.gmm_covariance = match args.gmm_covariance.as_str() {
        "none" => None,
        c => Some(Covariance::parse(c)?),
    };
    o.seed = args.seed;
    o.baselines = !args.no_baselines;
    o.soap_baseline = args.soap_baseline;
    if args.soap_baseline && args.no_baselines {
        bail!("--soap-baseline asks for a baseline and --no-baselines for none: choose one");
    }
    Ok(o)
}

/// Run the diagnosis `args` describe, write `--split-out` and `--report` when asked, and
/// return it (what `diagnose` prints, and the Python package's `db.diagnose(..)` returns).
/// `progress` is told a line as each phase starts.
pub fn diagnose(args: &DiagnoseArgs, progress: &dyn Fn(&str)) -> Result<Diagnosis> {
    let db = super::open_read(&args.db)?;
    let snapshot = super::snapshot(&db, args.version)?;
    let has_prototype = args.labels.is_empty()
        && snapshot.rows()?.take(1000).any(|r| r.map(|r| r.prototype.is_some()).unwrap_or(false));
    let options = options(args, has_prototype)?;
    let d = crystaldb_diagnose::diagnose_with_progress(&snapshot, &options, progress)?;
    if let Some(path) = &args.split_out {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("--split-out {}", path.display()))?,
        );
        writeln!(f, "id,side")?;
        for (id, side) in &d.split {
            writeln!(f, "{id},{side}")?;
        }
        f.flush()?;
    }
    if let Some(dir) = &args.report {
        d.write_report(dir)?;
        progress(&format!("report written to {}", dir.join("index.html").display()));
    }
    Ok(d)
}

/// `crystaldb diagnose --db DIR --embedding A [--embedding B ...]`.
pub fn run(out: &Output, args: &DiagnoseArgs) -> Result<()> {
    let start = std::time::Instant::now();
    let progress = |line: &str| eprintln!("diagnose [{:>7.1} s] {line}", start.elapsed().as_secs_f64());
    let d = diagnose(args, &progress)?;
    if out.json {
        out.document(&serde_json::to_value(&d)?);
    } else {
        print_summary(&d);
    }
    Ok(())
}

/// The headline numbers as text.
fn print_summary(d: &Diagnosis) {
    println!("diagnosis of {} rows (structure version {})", d.rows, d.version);
    for v in &d.verdict {
        let n = v.train_size.map_or("all labels".to_string(), |n| format!("N = {n}"));
        println!(
            "verdict {} at {n} ({} test rows, {} chemical systems):",
            v.property, v.test, v.test_systems
        );
        for t in &v.tested {
            println!("  {}", t.sentence);
        }
    }
    for why in &d.random_init_missing {
        println!("no random-init row: {why}");
    }
    for t in &d.retrieval {
        println!("\nprecision@k against {} ({} labelled, {} values)", t.label, t.labelled, t.values);
        for r in &t.rows {
            let p: Vec<String> =
                r.scores.ks.iter().zip(&r.scores.precision).map(|(k, p)| format!("P@{k} {p:.3}")).collect();
            println!(
                "  {:<32} {}  MRR {:.3}  base {:.3}",
                r.representation,
                p.join("  "),
                r.scores.mrr,
                r.scores.base_rate
            );
        }
    }
    for t in &d.probes {
        println!("\nprobe {} ({} train, {} test)", t.property, t.train, t.test);
        for r in &t.rows {
            let budget = r.train_size.map_or("all".to_string(), |n| n.to_string());
            let method = match r.probe.method {
                ProbeMethod::Ridge => "ridge",
                ProbeMethod::Gp => "gp",
                ProbeMethod::Mean => "",
            };
            print!(
                "  {:<32} {method:<5} train {:>5} ({budget:>4})  R² {:>7.3}  MAE {:.3}  RMSE {:.3}",
                r.representation, r.probe.train, r.probe.test.r2, r.probe.test.mae, r.probe.test.rmse
            );
            match &r.probe.gp {
                Some(g) => println!(
                    "  σ {:.3}  ±1σ {:.2}  ±2σ {:.2}  NLPD {:.3}{}",
                    g.calibration.mean_sigma,
                    g.calibration.within_1sigma,
                    g.calibration.within_2sigma,
                    g.calibration.nlpd,
                    if g.subsampled {
                        format!("  (fit on {} rows, θ on {})", g.fitted_rows, g.optimised_rows)
                    } else {
                        String::new()
                    }
                ),
                None => println!(),
            }
        }
    }
    for a in &d.axes {
        for c in &a.checks {
            println!("\n{} {} check: {}", a.representation, c.projection, c.message);
        }
    }
    for c in &d.clusters {
        println!(
            "\nclusters of {}: k = {} (silhouette {:.3}), vs {}: ARI {:.3}, NMI {:.3}",
            c.representation,
            c.k,
            c.silhouette.iter().find(|s| s.0 == c.k).map_or(0.0, |s| s.1),
            c.label,
            c.ari,
            c.nmi
        );
        if let Some(m) = &c.mixture {
            let bic: Vec<String> = m.bic.iter().map(|(k, b)| format!("{k}: {b:.0}")).collect();
            println!(
                "  Gaussian mixture ({:?} covariance): k = {} by BIC ({})",
                m.covariance,
                m.k,
                bic.join(", ")
            );
        }
        if let Some(d) = &c.density {
            println!(
                "  HDBSCAN (min cluster size {}): {} clusters, noise fraction {:.3}",
                d.hdbscan.min_cluster_size, d.hdbscan.clusters, d.hdbscan.noise_fraction
            );
        }
        for a in &c.agreement {
            println!(
                "  {:<8} vs {:<15} ARI {:.3}  NMI {:.3}  ({} rows)",
                a.clustering, a.label, a.ari, a.nmi, a.rows
            );
        }
    }
}

//! One diagnosis of a snapshot: "every number of `crystaldb diagnose`, in one document".

use super::gather::{self, label_of, number_of, Representation, Role};
use super::retrieval::{retrieval_many, Points};
use super::{
    adjusted_rand_index, axis_correlations, contingency, gp_probe, kmeans, linear_probe, mean_probe,
    normalized_mutual_info, overlap_at_k, pca, silhouette, split_rows, with_budget, GpOptions, KMeansOptions,
    ProbeMethod, ProbeOptions, RetrievalOptions,
};
use crystaldb::schema::StructureRow;
use crystaldb::Snapshot;
use crystaldb::{Error, Result};
use std::collections::HashMap;

use super::document::*;
use super::options::{DiagnoseOptions, DuplicatePolicy};

/// Diagnose embedding sets of `snapshot` (see the crate documentation and `docs/DIAGNOSE.md`).
pub fn diagnose(snapshot: &Snapshot, options: &DiagnoseOptions) -> Result<Diagnosis> {
    diagnose_with_progress(snapshot, options, &|_| {})
}

/// [`diagnose`], telling `progress` a line as each phase starts ("retrieval by spacegroup:
/// magpie@1 (2/4)"), for a caller to print: a diagnosis of 10^5 rows runs for minutes.
pub fn diagnose_with_progress(
    snapshot: &Snapshot,
    options: &DiagnoseOptions,
    progress: &dyn Fn(&str),
) -> Result<Diagnosis> {
    // Settings that could only give empty tables are refused, not silently dropped.
    if options.queries == Some(0) {
        return Err(Error::invalid("a retrieval sample of 0 queries: at least 1 query row is needed"));
    }
    if let Some(n) = options.train_sizes.iter().flatten().find(|&&n| n < 2) {
        return Err(Error::invalid(format!(
            "a label budget (train size) of {n}: a probe needs at least 2 training rows"
        )));
    }
    if options.probes.is_empty() || options.probes.contains(&ProbeMethod::Mean) {
        return Err(Error::invalid("probes: ridge and/or gp (the mean predictor is always reported)"));
    }
    let sets = options.embeddings.iter().map(|s| snapshot.embedding(s)).collect::<Result<Vec<_>>>()?;
    progress(&format!("reading the rows of {} sets", sets.len()));
    let (rows, rows_dropped) = gather::aligned_rows(snapshot, &sets)?;
    progress(&format!("{} rows in every set ({rows_dropped} dropped)", rows.len()));
    if rows.len() < 3 {
        return Err(Error::invalid(format!("diagnose needs at least 3 rows, the sets share {}", rows.len())));
    }
    crystaldb::interrupt::check()?;
    let (reps, random_init_missing, mut notes) = representations(snapshot, &sets, &rows, options, progress)?;
    let points = reps.iter().map(|r| Points::new(&r.vectors, r.dim, r.metric)).collect::<Result<Vec<_>>>()?;
    let groups = duplicate_groups(options.duplicates, &rows, &reps);

    let (retrieval, overlap) =
        retrieval_tables(&reps, &points, &rows, groups.as_deref(), options, &mut notes, progress)?;

    let chemsys: Vec<String> = rows.iter().map(|r| r.chemsys.clone()).collect();
    let elements: Vec<Vec<String>> = rows.iter().map(|r| r.elements.clone()).collect();
    let split = split_rows(&options.split, &chemsys, &elements, options.test_fraction, options.seed)?;
    let mut side = vec!["train"; rows.len()];
    split.test.iter().for_each(|&r| side[r] = "test");
    let mut probes = Vec::new();
    for p in &options.properties {
        crystaldb::interrupt::check()?;
        progress(&format!("probes of {p} ({} representations)", reps.len()));
        match probe_table(p, &rows, &reps, &split, options)? {
            Some(t) => probes.push(t),
            None => notes.push(format!(
                "no probe table for property {p:?}: fewer than 2 training rows or no test row with a value \
                 (split {:?})",
                options.split
            )),
        }
    }

    let verdict =
        probes.iter().flat_map(|t| super::verdict::verdicts(t, &reps, &chemsys, options.seed)).collect();

    let sample = super::math::sample(rows.len(), options.cluster_sample, options.seed);
    let mut clusters = Vec::new();
    let mut axes = Vec::new();
    for (rep, pts) in reps.iter().zip(&points).filter(|(r, _)| r.role == Role::Tested) {
        crystaldb::interrupt::check()?;
        progress(&format!("clusters and latent axes of {} ({} rows)", rep.name, sample.len()));
        let x = super::math::gather(&pts.data, pts.dim, &sample);
        clusters.push(cluster_report(rep, &x, pts.dim, &sample, &rows, options)?);
        let best = best_probe(&probes, &rep.name);
        axes.push(axes_report(rep, &x, pts.dim, &sample, &rows, best, options, progress)?);
    }
    crystaldb::interrupt::check()?;
    progress("neighbour tables");
    let neighbours = reps
        .iter()
        .zip(&points)
        .enumerate()
        .filter(|(_, (r, _))| r.role == Role::Tested)
        .map(|(i, (rep, pts))| {
            neighbour_report(rep, pts, groups.as_ref().map(|g| g[i].as_slice()), &rows, options)
        })
        .collect();
    Ok(Diagnosis {
        version: snapshot.version(),
        rows: rows.len(),
        rows_dropped,
        options: options.clone(),
        representations: reps,
        random_init_missing,
        notes,
        retrieval,
        overlap,
        verdict,
        probes,
        clusters,
        axes,
        neighbours,
        split: rows.iter().zip(side).map(|(r, s)| (r.id.clone(), s)).collect(),
    })
}

/// The representations compared: the sets under test, then (with baselines) one random-init
/// twin per distinct architecture and seed and the Magpie and ACSF (and, when asked, SOAP)
/// baselines; with the sets
/// that have no random-init twin and the notes on shared rows.
fn representations(
    snapshot: &Snapshot,
    sets: &[crystaldb::EmbeddingSet],
    rows: &[StructureRow],
    options: &DiagnoseOptions,
    progress: &dyn Fn(&str),
) -> Result<(Vec<Representation>, Vec<String>, Vec<String>)> {
    let mut reps: Vec<Representation> = sets
        .iter()
        .map(|s| Representation {
            name: s.info().label(),
            role: Role::Tested,
            source: gather::set_source(s.info()),
            encoder: s.info().encoder.name.clone(),
            twin: None,
            dim: s.dim(),
            metric: s.info().metric,
            vectors: gather::vectors_of(s, rows),
        })
        .collect();
    let mut random_init_missing = Vec::new();
    let mut notes = Vec::new();
    if options.baselines {
        // Sets whose weights differ but whose architecture and seed are the same share one
        // random-init network: it is encoded once.
        let mut random_of: Vec<(gather::EncoderParams, String)> = Vec::new();
        for (i, s) in sets.iter().enumerate() {
            let spec = match gather::random_init_spec(s) {
                Ok(spec) => spec,
                Err(why) => {
                    random_init_missing.push(why);
                    continue;
                }
            };
            if let Some((_, first)) = random_of.iter().find(|(known, _)| *known == spec) {
                notes.push(format!("the random-init row of {} is {first} random-init", s.info().label()));
                reps[i].twin = Some(format!("{first} random-init"));
                continue;
            }
            crystaldb::interrupt::check()?;
            progress(&format!("encoding the random-init twin of {} ({} rows)", s.info().label(), rows.len()));
            let twin = gather::random_init(s, &spec, rows)?;
            reps[i].twin = Some(twin.name.clone());
            reps.push(twin);
            random_of.push((spec, s.info().label()));
        }
        let soap = options.soap_baseline.then_some(("soap", Role::StructureBaseline));
        for (enc, role) in
            [("magpie", Role::CompositionBaseline), ("acsf", Role::StructureBaseline)].into_iter().chain(soap)
        {
            match sets.iter().find(|s| s.info().encoder.name == enc) {
                Some(s) => notes.push(format!("the {enc} baseline is the tested set {}", s.info().label())),
                None => {
                    crystaldb::interrupt::check()?;
                    progress(&format!("the {enc} baseline ({} rows)", rows.len()));
                    reps.push(gather::baseline(snapshot, enc, role, rows)?)
                }
            }
        }
    }
    Ok((reps, random_init_missing, notes))
}

/// One retrieval table per label (rows: every representation) and the overlap of every pair of
/// representations' neighbour lists against the first label's candidates. Each representation's
/// distances are computed once per block of queries, whatever the number of labels.
fn retrieval_tables(
    reps: &[Representation],
    points: &[Points],
    rows: &[StructureRow],
    groups: Option<&[Vec<u64>]>,
    options: &DiagnoseOptions,
    notes: &mut Vec<String>,
    progress: &dyn Fn(&str),
) -> Result<(Vec<RetrievalTable>, Vec<Overlap>)> {
    let query_rows = options.queries.map(|m| super::math::sample(rows.len(), m, options.seed));
    // Label codes first; then each representation's retrieval against every label at once
    // (its distances computed once per block of queries, whatever the number of labels).
    let mut encoded: Vec<EncodedLabel> = Vec::new();
    for label in &options.labels {
        let values: Vec<Option<String>> = rows.iter().map(|r| label_of(r, label)).collect();
        let (codes, names) = gather::encode_labels(&values);
        let labelled = codes.iter().filter(|c| c.is_some()).count();
        if labelled < 2 {
            // Said, not silently dropped: a mistyped label name lands here.
            notes.push(format!("no retrieval table for label {label:?}: {labelled} rows have a value"));
            continue;
        }
        encoded.push((label.clone(), codes, names, labelled));
    }
    let code_refs: Vec<&[Option<u32>]> = encoded.iter().map(|e| e.1.as_slice()).collect();
    let mut by_rep = Vec::with_capacity(reps.len());
    for (ri, (rep, pts)) in reps.iter().zip(points).enumerate() {
        if code_refs.is_empty() {
            break;
        }
        let o = RetrievalOptions {
            ks: options.ks.clone(),
            queries: query_rows.clone(),
            groups: groups.as_ref().map(|g| g[ri].clone()),
        };
        crystaldb::interrupt::check()?;
        progress(&format!(
            "retrieval of {} by {} labels ({}/{})",
            rep.name,
            code_refs.len(),
            ri + 1,
            reps.len()
        ));
        by_rep.push(retrieval_many(pts, &code_refs, &o)?.into_iter());
    }
    let mut retrieval = Vec::new();
    let mut overlap = Vec::new();
    for (li, (label, _, names, labelled)) in encoded.iter().enumerate() {
        let mut table_rows = Vec::new();
        let mut lists = Vec::new();
        for (rep, results) in reps.iter().zip(by_rep.iter_mut()) {
            let mut r = results.next().expect("one retrieval per label");
            let bk = breakdown_k(&r.ks);
            let kpos = r.ks.iter().position(|&k| k == bk).unwrap_or(0);
            let mut per: Vec<LabelRow> = r
                .per_label
                .iter()
                .filter(|(_, s)| s.queries >= 5)
                .map(|(c, s)| LabelRow { label: names[*c as usize].clone(), score: s.clone() })
                .collect();
            per.sort_by(|a, b| {
                b.score.precision[kpos].total_cmp(&a.score.precision[kpos]).then(a.label.cmp(&b.label))
            });
            // Five best, then up to five worst among the others (no value in both lists).
            let nb = per.len().min(5);
            let best_labels = per[..nb].to_vec();
            let worst_labels = per[nb..].iter().rev().take(5).cloned().collect();
            // The neighbour lists feed the first label's overlap table and are then let go:
            // kept, they would hold max(ks) entries per query, label and representation.
            let neighbours = std::mem::take(&mut r.neighbours);
            if li == 0 {
                lists.push(neighbours);
            }
            table_rows.push(RetrievalRow {
                representation: rep.name.clone(),
                scores: r,
                best_labels,
                worst_labels,
            });
        }
        if li == 0 {
            for a in 0..reps.len() {
                for b in a + 1..reps.len() {
                    let ov = options.ks.iter().map(|&k| (k, overlap_at_k(&lists[a], &lists[b], k))).collect();
                    overlap.push(Overlap { a: reps[a].name.clone(), b: reps[b].name.clone(), overlap: ov });
                }
            }
        }
        retrieval.push(RetrievalTable {
            label: label.clone(),
            labelled: *labelled,
            values: names.len(),
            breakdown_k: breakdown_k(&options.ks),
            rows: table_rows,
        });
    }

    Ok((retrieval, overlap))
}

/// A retrieval label: its name, one code per row, the value of each code, rows with a value.
type EncodedLabel = (String, Vec<Option<u32>>, Vec<String>, usize);

/// `snapshot.diagnose(&options)`: [`diagnose`] as a method of [`Snapshot`]. `use
/// crystaldb_diagnose::Diagnose;` brings it into scope.
pub trait Diagnose {
    /// Diagnose embedding sets of this snapshot ([`diagnose`]).
    fn diagnose(&self, options: &DiagnoseOptions) -> Result<Diagnosis>;
}

impl Diagnose for Snapshot {
    fn diagnose(&self, options: &DiagnoseOptions) -> Result<Diagnosis> {
        diagnose(self, options)
    }
}

/// The k of the per-label breakdown: 10 when measured, else the largest k.
fn breakdown_k(ks: &[usize]) -> usize {
    if ks.contains(&10) {
        10
    } else {
        ks.iter().copied().max().unwrap_or(1)
    }
}

/// Duplicate groups per representation (`None` for [`DuplicatePolicy::Keep`]).
fn duplicate_groups(
    policy: DuplicatePolicy,
    rows: &[StructureRow],
    reps: &[Representation],
) -> Option<Vec<Vec<u64>>> {
    match policy {
        DuplicatePolicy::Keep => None,
        DuplicatePolicy::Material => {
            let mut ids: HashMap<&str, u64> = HashMap::new();
            let g: Vec<u64> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| match &r.material_key {
                    Some(k) => {
                        let next = ids.len() as u64 + rows.len() as u64;
                        *ids.entry(k.as_str()).or_insert(next)
                    }
                    None => i as u64,
                })
                .collect();
            Some(vec![g; reps.len()])
        }
        DuplicatePolicy::Vector => Some(
            reps.iter()
                .map(|rep| {
                    let mut seen: HashMap<Vec<u32>, u64> = HashMap::new();
                    rep.vectors
                        .chunks_exact(rep.dim)
                        .enumerate()
                        .map(|(i, v)| {
                            *seen.entry(v.iter().map(|x| x.to_bits()).collect()).or_insert(i as u64)
                        })
                        .collect()
                })
                .collect(),
        ),
    }
}

fn probe_table(
    property: &str,
    rows: &[StructureRow],
    reps: &[Representation],
    split: &super::Split,
    options: &DiagnoseOptions,
) -> Result<Option<ProbeTable>> {
    let y: Vec<f64> = rows.iter().map(|r| number_of(r, property).unwrap_or(f64::NAN)).collect();
    let has = |r: &usize| y[*r].is_finite();
    let base = super::Split {
        train: split.train.iter().copied().filter(has).collect(),
        test: split.test.iter().copied().filter(has).collect(),
    };
    if base.train.len() < 2 || base.test.is_empty() {
        return Ok(None);
    }
    let popts = ProbeOptions { seed: options.seed, ..ProbeOptions::default() };
    let gopts = GpOptions { seed: options.seed, ..options.gp.clone() };
    let mut out = Vec::new();
    let mut parity = Vec::new();
    for &budget in &options.train_sizes {
        // At least 2 training rows: `base` has them and `diagnose` refuses budgets below 2.
        let s = with_budget(&base, budget, options.seed);
        for rep in reps {
            let x: Vec<f64> = rep.vectors.iter().map(|&v| f64::from(v)).collect();
            let role = serde_json::to_value(rep.role)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            for method in &options.probes {
                crystaldb::interrupt::check()?;
                let probe = match method {
                    ProbeMethod::Gp => gp_probe(&x, rep.dim, &y, &s.train, &s.test, &gopts)?,
                    _ => linear_probe(&x, rep.dim, &y, &s.train, &s.test, &popts)?,
                };
                if parity.is_empty() && rep.role == Role::Tested && budget.is_none() {
                    parity = s.test.iter().map(|&r| y[r]).zip(probe.predictions.iter().copied()).collect();
                }
                out.push(ProbeRow {
                    representation: rep.name.clone(),
                    role: role.clone(),
                    train_size: budget,
                    probe,
                });
            }
        }
        out.push(ProbeRow {
            representation: "mean".into(),
            role: "mean".into(),
            train_size: budget,
            probe: mean_probe(&y, &s.train, &s.test),
        });
    }
    Ok(Some(ProbeTable {
        property: property.to_string(),
        rows_with_value: y.iter().filter(|v| v.is_finite()).count(),
        train: base.train.len(),
        test: base.test.len(),
        rows: out,
        parity,
        test_rows: base.test.iter().map(|&r| (r, y[r])).collect(),
    }))
}

/// The most common values with counts, most common first (ties by value).
fn top_counts<'a>(values: impl Iterator<Item = &'a str>, n: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    values.for_each(|v| *counts.entry(v).or_default() += 1);
    let mut v: Vec<(String, usize)> = counts.into_iter().map(|(k, c)| (k.to_string(), c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn cluster_report(
    rep: &Representation,
    x: &[f64],
    dim: usize,
    sample: &[usize],
    rows: &[StructureRow],
    options: &DiagnoseOptions,
) -> Result<ClusterReport> {
    let (lo, hi) = (options.cluster_k.0.max(2), options.cluster_k.1.min(sample.len().saturating_sub(1)));
    let mut sil = Vec::new();
    let mut best: Option<(f64, super::KMeans, usize)> = None;
    for k in lo..=hi {
        let km = kmeans(
            x,
            dim,
            &KMeansOptions { k, restarts: options.restarts, max_iter: 100, seed: options.seed },
        )?;
        let s = silhouette(x, dim, &km.labels).unwrap_or(-1.0);
        sil.push((k, s));
        if best.as_ref().is_none_or(|b| s > b.0) {
            best = Some((s, km, k));
        }
    }
    let (_, km, k) = best.ok_or_else(|| Error::invalid("too few rows to cluster"))?;
    let members: Vec<Vec<&StructureRow>> = (0..k)
        .map(|c| sample.iter().zip(&km.labels).filter(|(_, &l)| l == c).map(|(&r, _)| &rows[r]).collect())
        .collect();
    let dominant = |m: &[&StructureRow], f: &dyn Fn(&StructureRow) -> Option<String>| {
        let vals: Vec<String> = m.iter().filter_map(|r| f(r)).collect();
        top_counts(vals.iter().map(String::as_str), 1)
            .pop()
            .map(|(v, c)| (v, c as f64 / m.len().max(1) as f64))
    };
    let describe = |c: usize, m: &[&StructureRow]| ClusterRow {
        cluster: c,
        size: m.len(),
        top_formulas: top_counts(m.iter().map(|r| r.formula_reduced.as_str()), 3),
        top_chemsys: top_counts(m.iter().map(|r| r.chemsys.as_str()), 3),
        spacegroup: dominant(m, &|r| label_of(r, "spacegroup")),
        crystal_system: dominant(m, &|r| label_of(r, "crystal_system")),
        property_means: options
            .properties
            .iter()
            .map(|p| {
                let v: Vec<f64> = m.iter().filter_map(|r| number_of(r, p)).collect();
                (p.clone(), (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64))
            })
            .collect(),
    };
    let clusters = members.iter().enumerate().map(|(c, m)| describe(c, m)).collect();
    // Density clusters of the same rows: HDBSCAN, noise apart.
    let density = if options.hdbscan_min_cluster_size >= 2 && sample.len() > options.hdbscan_min_cluster_size
    {
        let h = super::hdbscan(x, dim, options.hdbscan_min_cluster_size, options.hdbscan_min_cluster_size)?;
        let clusters = (0..h.clusters)
            .map(|c| {
                let m: Vec<&StructureRow> = sample
                    .iter()
                    .zip(&h.labels)
                    .filter(|(_, l)| **l == Some(c))
                    .map(|(&r, _)| &rows[r])
                    .collect();
                describe(c, &m)
            })
            .collect();
        Some(DensityReport { hdbscan: h, clusters })
    } else {
        None
    };
    // k by BIC of a Gaussian mixture over the same candidate k.
    let mixture = match options.gmm_covariance {
        Some(covariance) => {
            let mut bic = Vec::new();
            let mut best: Option<(f64, super::GaussianMixture)> = None;
            // k = 1 too: one Gaussian may be what the likelihood supports.
            for k in 1..=hi {
                crystaldb::interrupt::check()?;
                let o = super::MixtureOptions {
                    k,
                    covariance,
                    restarts: options.restarts.max(1),
                    seed: options.seed,
                    ..super::MixtureOptions::default()
                };
                let g = super::gaussian_mixture(x, dim, &o, None)?;
                let b = g.bic(x)?;
                bic.push((k, b));
                if best.as_ref().is_none_or(|(bb, _)| b < *bb) {
                    best = Some((b, g));
                }
            }
            best.map(|(_, g)| MixtureReport { covariance, k: g.weights.len(), bic, mixture: g })
        }
        None => None,
    };
    // Every clustering against every structural label the rows have.
    let mut agreement = Vec::new();
    for label in ["spacegroup", "crystal_system", "prototype", options.cluster_label.as_str()] {
        if agreement.iter().any(|a: &ClusterAgreement| a.label == label) {
            continue;
        }
        let values: Vec<Option<String>> = sample.iter().map(|&r| label_of(&rows[r], label)).collect();
        let (codes, _) = gather::encode_labels(&values);
        let with: Vec<usize> = (0..sample.len()).filter(|&i| codes[i].is_some()).collect();
        if with.len() < 2 {
            continue;
        }
        let truth: Vec<usize> = with.iter().map(|&i| codes[i].unwrap_or(0) as usize).collect();
        let mut push = |clustering: &str, assigned: Vec<usize>| {
            agreement.push(ClusterAgreement {
                clustering: clustering.into(),
                label: label.into(),
                rows: with.len(),
                ari: adjusted_rand_index(&assigned, &truth),
                nmi: normalized_mutual_info(&assigned, &truth),
            })
        };
        push("kmeans", with.iter().map(|&i| km.labels[i]).collect());
        if let Some(m) = &mixture {
            push("gmm", with.iter().map(|&i| m.mixture.labels[i]).collect());
        }
        if let Some(d) = &density {
            // Noise is one more class.
            push("hdbscan", with.iter().map(|&i| d.hdbscan.labels[i].map_or(usize::MAX, |l| l)).collect());
        }
    }
    let labelled: Vec<(usize, String)> = sample
        .iter()
        .zip(&km.labels)
        .filter_map(|(&r, &l)| label_of(&rows[r], &options.cluster_label).map(|v| (l, v)))
        .collect();
    if labelled.is_empty() {
        // Agreement with no labelled row would read as perfect (ARI and NMI of nothing are 1).
        return Err(Error::invalid(format!(
            "cluster label {:?}: none of the {} clustered rows has a value (spacegroup, crystal_system, \
             chemsys, prototype, formula_anonymous, formula_reduced or a stored column name)",
            options.cluster_label,
            sample.len()
        )));
    }
    let (cl, lv): (Vec<usize>, Vec<String>) = labelled.into_iter().unzip();
    let (table, _, values) = contingency(&cl, &lv);
    let (codes, _) = gather::encode_labels(&lv.iter().cloned().map(Some).collect::<Vec<_>>());
    let codes: Vec<usize> = codes.into_iter().map(|c| c.unwrap_or(0) as usize).collect();
    // Every cluster gets a row of the cross-tabulation, empty ones included.
    let present: Vec<usize> = {
        let mut p = cl.clone();
        p.sort_unstable();
        p.dedup();
        p
    };
    let crosstab = (0..k)
        .map(|c| {
            present.iter().position(|&p| p == c).map_or_else(|| vec![0; values.len()], |i| table[i].clone())
        })
        .collect();
    Ok(ClusterReport {
        representation: rep.name.clone(),
        rows: sample.len(),
        silhouette: sil,
        k,
        inertia: km.inertia,
        clusters,
        label: options.cluster_label.clone(),
        label_values: values,
        crosstab,
        ari: adjusted_rand_index(&cl, &codes),
        nmi: normalized_mutual_info(&cl, &codes),
        density,
        mixture,
        agreement,
    })
}

/// The three entries with the largest |r|.
fn top3(r: &[f64]) -> Vec<(usize, f64)> {
    let mut v: Vec<(usize, f64)> = r.iter().copied().enumerate().collect();
    v.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    v.truncate(3);
    v
}

/// The highest test R² of `name`'s probes at the largest label budget, over properties and
/// probe methods: (property, R²).
fn best_probe(probes: &[ProbeTable], name: &str) -> Option<(String, f64)> {
    probes
        .iter()
        .flat_map(|t| {
            let full = t.rows.iter().map(|r| r.train_size.unwrap_or(usize::MAX)).max();
            t.rows
                .iter()
                .filter(move |r| r.representation == name && Some(r.train_size.unwrap_or(usize::MAX)) == full)
                .map(move |r| (t.property.clone(), r.probe.test.r2))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

#[allow(clippy::too_many_arguments)]
fn axes_report(
    rep: &Representation,
    x: &[f64],
    dim: usize,
    sample: &[usize],
    rows: &[StructureRow],
    best: Option<(String, f64)>,
    options: &DiagnoseOptions,
    progress: &dyn Fn(&str),
) -> Result<AxesReport> {
    let p = pca(x, dim, options.components)?;
    let scores = p.transform(x);
    let c = p.explained_variance.len();
    // The descriptors, and metadata a picture may follow instead of a property.
    let mut names: Vec<String> = ["nsites", "volume", "volume_per_atom"].map(String::from).to_vec();
    for d in &options.descriptors {
        if !names.contains(d) {
            names.push(d.clone());
        }
    }
    type Metadata = (Vec<(String, Vec<f64>)>, Vec<(String, Vec<Option<String>>)>);
    let metadata = |picked: &[usize]| -> Metadata {
        let numeric = names
            .iter()
            .map(|d| {
                (d.clone(), picked.iter().map(|&r| number_of(&rows[r], d).unwrap_or(f64::NAN)).collect())
            })
            .collect();
        let source = picked.iter().map(|&r| label_of(&rows[r], "source")).collect();
        (numeric, vec![("source".to_string(), source)])
    };
    let (numeric, categories) = metadata(sample);
    let descriptors = options
        .descriptors
        .iter()
        .map(|d| {
            let y = &numeric.iter().find(|(n, _)| n == d).expect("every descriptor is in the metadata").1;
            let comps = axis_correlations(&scores, c, y);
            let raw = axis_correlations(x, dim, y);
            AxisRow {
                descriptor: d.clone(),
                top_components: top3(&comps),
                components: comps,
                top_dimensions: top3(&raw),
            }
        })
        .collect();
    let pc2: Vec<f64> = (0..sample.len())
        .flat_map(|i| [scores[i * c], if c > 1 { scores[i * c + 1] } else { 0.0 }])
        .collect();
    let projection = sample
        .iter()
        .enumerate()
        .map(|(i, &r)| (pc2[2 * i], pc2[2 * i + 1], label_of(&rows[r], &options.cluster_label)))
        .collect();
    let mut checks =
        vec![super::projection_check("pca", &pc2, best.clone(), &numeric, &categories, options.seed)?];
    let mut tsne = Vec::new();
    let tsne_property = options.properties.first().cloned();
    if options.tsne_sample >= 4 && sample.len() >= 4 {
        let picked_at = super::math::sample(sample.len(), options.tsne_sample, options.seed);
        let picked: Vec<usize> = picked_at.iter().map(|&i| sample[i]).collect();
        crystaldb::interrupt::check()?;
        progress(&format!("t-SNE of {} ({} rows)", rep.name, picked.len()));
        let xy = super::tsne(
            &super::math::gather(x, dim, &picked_at),
            dim,
            &super::TsneOptions { seed: options.seed, ..super::TsneOptions::default() },
        )?;
        let (numeric, categories) = metadata(&picked);
        checks.push(super::projection_check("tsne", &xy, best, &numeric, &categories, options.seed)?);
        tsne = picked
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                (
                    xy[2 * i],
                    xy[2 * i + 1],
                    label_of(&rows[r], &options.cluster_label),
                    tsne_property.as_ref().and_then(|p| number_of(&rows[r], p)),
                )
            })
            .collect();
    }
    Ok(AxesReport {
        representation: rep.name.clone(),
        explained_variance_ratio: p.explained_variance_ratio,
        descriptors,
        projection,
        tsne,
        tsne_property,
        checks,
    })
}

fn neighbour_row(row: &StructureRow, distance: f64, options: &DiagnoseOptions) -> NeighbourRow {
    NeighbourRow {
        id: row.id.clone(),
        formula: row.formula_reduced.clone(),
        spacegroup: row.spacegroup.as_ref().map(|s| s.number),
        distance,
        properties: options.properties.iter().map(|p| (p.clone(), number_of(row, p))).collect(),
    }
}

/// Query crystals spread over the periodic table: rows ordered by heaviest element then id,
/// taken at evenly spaced positions.
fn spread_queries(rows: &[StructureRow], m: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        gather::max_z(&rows[a]).cmp(&gather::max_z(&rows[b])).then(rows[a].id.cmp(&rows[b].id))
    });
    let m = m.min(rows.len());
    let mut picked: Vec<usize> =
        (0..m).map(|i| order[if m > 1 { i * (rows.len() - 1) / (m - 1) } else { 0 }]).collect();
    picked.dedup();
    picked
}

fn neighbour_report(
    rep: &Representation,
    pts: &Points,
    groups: Option<&[u64]>,
    rows: &[StructureRow],
    options: &DiagnoseOptions,
) -> NeighbourReport {
    let queries = spread_queries(rows, options.report_queries);
    let d = pts.distances(&queries);
    let n = rows.len();
    let lists = queries
        .iter()
        .enumerate()
        .map(|(i, &q)| {
            let mut c: Vec<(f64, usize)> = (0..n)
                .filter(|&r| r != q && groups.is_none_or(|g| g[r] != g[q]))
                .map(|r| (d[i * n + r], r))
                .collect();
            c.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            c.truncate(options.report_neighbours);
            NeighbourList {
                query: neighbour_row(&rows[q], 0.0, options),
                neighbours: c.into_iter().map(|(dist, r)| neighbour_row(&rows[r], dist, options)).collect(),
            }
        })
        .collect();
    NeighbourReport { representation: rep.name.clone(), queries: lists }
}

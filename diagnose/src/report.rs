//! The HTML report: "one page a scientist can read": tables of every number and SVG plots
//! (precision@k curves, probe parity, silhouette vs k, cluster x label heatmap, a PCA projection
//! marked "exploration only"), in one self-contained `index.html`, next to `diagnosis.json`.

use super::svg::{esc, heatmap, lines, scatter, Series};
use super::Diagnosis;
use crystaldb::{Error, Result};
use std::fmt::Write;
use std::path::Path;

fn num(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v.abs() >= 1000.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.3}")
    }
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), num)
}

impl Diagnosis {
    /// Write `index.html` (self-contained, inline SVG) and `diagnosis.json` into `dir` (created
    /// when missing).
    pub fn write_report(&self, dir: impl AsRef<Path>) -> Result<()> {
        let dir = dir.as_ref();
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let json = serde_json::to_string_pretty(self).map_err(|e| Error::invalid(e.to_string()))?;
        let (jp, hp) = (dir.join("diagnosis.json"), dir.join("index.html"));
        std::fs::write(&jp, json + "\n").map_err(|e| Error::io(&jp, e))?;
        std::fs::write(&hp, self.html()).map_err(|e| Error::io(&hp, e))?;
        Ok(())
    }

    /// The report page.
    pub fn html(&self) -> String {
        let mut h = String::new();
        let o = &self.options;
        let _ = write!(
            h,
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>crystaldb diagnosis</title><style>\
             body{{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}}\
             table{{border-collapse:collapse;margin:0.6em 0;font-size:13px}}td,th{{border:1px solid #ccc;padding:3px 7px;text-align:right}}\
             th{{background:#f3f3f3}}td:first-child,th:first-child{{text-align:left}}.note{{color:#555;font-size:13px}}.warn{{color:#8a3b00;background:#fff4e5;padding:6px;font-size:14px}}\
             svg{{margin:0.4em 1em 0.4em 0;vertical-align:top;max-width:100%;height:auto}}</style></head><body>"
        );
        let _ = write!(
            h,
            "<h1>crystaldb diagnosis</h1><p>Structure version {}, {} rows ({} left out: missing from a set or the snapshot). \
             Duplicate policy: <b>{:?}</b>. Seed {}. Embeddings under test: {}.</p>",
            self.version,
            self.rows,
            self.rows_dropped,
            o.duplicates,
            o.seed,
            esc(&o.embeddings.join(", "))
        );
        h.push_str("<h2>Representations</h2><table><tr><th>name</th><th>role</th><th>dim</th><th>metric</th><th>source</th></tr>");
        for r in &self.representations {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{:?}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&r.name),
                r.role,
                r.dim,
                r.metric,
                esc(&r.source)
            );
        }
        h.push_str("</table>");
        for why in &self.random_init_missing {
            let _ = write!(h, "<p class=\"note\">No random-init row: {}.</p>", esc(why));
        }
        for note in &self.notes {
            let _ = write!(h, "<p class=\"note\">Note: {}.</p>", esc(note));
        }
        self.verdict_html(&mut h);
        self.retrieval_html(&mut h);
        self.probe_html(&mut h);
        self.cluster_html(&mut h);
        self.axes_html(&mut h);
        self.neighbour_html(&mut h);
        h.push_str("</body></html>\n");
        h
    }

    fn verdict_html(&self, h: &mut String) {
        if self.verdict.is_empty() {
            return;
        }
        let _ = write!(
            h,
            "<h2>Verdict: which representation to trust, per property and label budget</h2><p class=\"note\">Each representation with its best probe (lowest test MAE). Differences are the other's MAE minus the tested one's (positive: the tested one is better) with a 95&nbsp;% interval from {} bootstrap resamples of the test rows' chemical systems; <b>better</b>/<b>worse</b> when the whole interval is on one side. Trusted: beats the mean predictor and its random-init twin, and is worse than no engineered baseline.</p>",
            super::BOOTSTRAP
        );
        for v in &self.verdict {
            let n = v.train_size.map_or("all labels".to_string(), |n| format!("N = {n}"));
            let _ = write!(
                h,
                "<h3>{} at {n} ({} train, {} test rows in {} chemical systems){}</h3><table><tr><th>tested</th><th>probe</th><th>MAE</th><th>trust</th>",
                esc(&v.property),
                v.train,
                v.test,
                v.test_systems,
                v.winner.as_ref().map_or(String::new(), |w| format!(": lowest MAE {} ({})", esc(&w.representation), num(w.mae)))
            );
            for q in ["vs mean predictor", "vs random-init twin", "vs Magpie", "vs SOAP", "vs ACSF"] {
                let _ = write!(h, "<th>{q}</th>");
            }
            h.push_str("</tr>");
            for t in &v.tested {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td><b>{}</b></td>",
                    esc(&t.entry.representation),
                    esc(&format!("{:?}", t.entry.probe).to_lowercase()),
                    num(t.entry.mae),
                    if t.trust { "trust" } else { "do not trust" }
                );
                for c in &t.comparisons {
                    match (c.difference, c.interval) {
                        (Some(d), Some((lo, hi))) => {
                            let _ = write!(
                                h,
                                "<td>{} [{}, {}] <b>{}</b></td>",
                                num(d),
                                num(lo),
                                num(hi),
                                esc(&c.outcome)
                            );
                        }
                        _ => {
                            let _ = write!(h, "<td title=\"{}\">–</td>", esc(c.why.as_deref().unwrap_or("")));
                        }
                    }
                }
                h.push_str("</tr>");
            }
            h.push_str("</table><ul>");
            for t in &v.tested {
                let _ = write!(h, "<li>{}.</li>", esc(&t.sentence));
            }
            h.push_str("</ul>");
        }
    }

    fn retrieval_html(&self, h: &mut String) {
        h.push_str("<h2>Retrieval: precision@k against labels</h2><p class=\"note\">Exact neighbours, the query and its duplicates (policy above) excluded; ties by distance then row. Base rate = expected precision of a random ranking.</p>");
        for t in &self.retrieval {
            let _ = write!(
                h,
                "<h3>{} ({} labelled rows, {} values)</h3><table><tr><th>representation</th>",
                esc(&t.label),
                t.labelled,
                t.values
            );
            if let Some(r) = t.rows.first() {
                for k in &r.scores.ks {
                    let _ = write!(h, "<th>P@{k}</th>");
                }
            }
            h.push_str("<th>MRR</th><th>base rate</th><th>queries</th></tr>");
            let mut series = Vec::new();
            for (i, r) in t.rows.iter().enumerate() {
                let _ = write!(h, "<tr><td>{}</td>", esc(&r.representation));
                for p in &r.scores.precision {
                    let _ = write!(h, "<td>{}</td>", num(*p));
                }
                let _ = write!(
                    h,
                    "<td>{}</td><td>{}</td><td>{}</td></tr>",
                    num(r.scores.mrr),
                    num(r.scores.base_rate),
                    r.scores.queries
                );
                let pts = r.scores.ks.iter().zip(&r.scores.precision).map(|(&k, &p)| (k as f64, p)).collect();
                series.push(Series { name: r.representation.clone(), points: pts, dashed: false, colour: i });
            }
            h.push_str("</table>");
            if let Some(r) = t.rows.first() {
                let ks = &r.scores.ks;
                let pts = vec![
                    (ks[0] as f64, r.scores.base_rate),
                    (*ks.last().unwrap_or(&1) as f64, r.scores.base_rate),
                ];
                series.push(Series { name: "base rate".into(), points: pts, dashed: true, colour: 7 });
            }
            h.push_str(&lines(
                &format!("precision@k: {}", t.label),
                "k",
                "precision",
                &series,
                Some((0.0, 1.0)),
            ));
            if let Some(r) = t.rows.first() {
                let _ = write!(h, "<p class=\"note\">Per-label breakdown of {} at k = {} (labels with at least 5 queries).</p><table><tr><th>most retrievable</th><th>queries</th><th>P@{}</th><th>base rate</th><th>least retrievable</th><th>queries</th><th>P@{}</th><th>base rate</th></tr>", esc(&r.representation), t.breakdown_k, t.breakdown_k, t.breakdown_k);
                let kpos = r.scores.ks.iter().position(|&k| k == t.breakdown_k).unwrap_or(0);
                for i in 0..r.best_labels.len().max(r.worst_labels.len()) {
                    h.push_str("<tr>");
                    for l in [r.best_labels.get(i), r.worst_labels.get(i)] {
                        match l {
                            Some(l) => {
                                let _ = write!(
                                    h,
                                    "<td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                                    esc(&l.label),
                                    l.score.queries,
                                    num(l.score.precision[kpos]),
                                    num(l.score.base_rate)
                                );
                            }
                            None => h.push_str("<td></td><td></td><td></td><td></td>"),
                        }
                    }
                    h.push_str("</tr>");
                }
                h.push_str("</table>");
            }
        }
        if !self.overlap.is_empty() {
            h.push_str("<h3>Neighbour-list agreement (overlap@k)</h3><table><tr><th>a</th><th>b</th>");
            for (k, _) in &self.overlap[0].overlap {
                let _ = write!(h, "<th>@{k}</th>");
            }
            h.push_str("</tr>");
            for o in &self.overlap {
                let _ = write!(h, "<tr><td>{}</td><td>{}</td>", esc(&o.a), esc(&o.b));
                for (_, v) in &o.overlap {
                    let _ = write!(h, "<td>{}</td>", num(*v));
                }
                h.push_str("</tr>");
            }
            h.push_str("</table>");
        }
    }

    fn probe_html(&self, h: &mut String) {
        use super::ProbeMethod;
        let gp = self.options.probes.contains(&ProbeMethod::Gp);
        let _ = write!(
            h,
            "<h2>Probes</h2><p class=\"note\">Ridge on standardised features, α by 5-fold CV on the training side{}; split <b>{}</b> (test fraction {}), seed {}.</p>",
            if gp {
                format!(
                    "; GP ({} kernel × constant + white noise, hyper-parameters by marginal likelihood on at most {} training rows, posterior on at most {}): σ is the predictive standard deviation, ±1σ/±2σ the fractions of test targets inside (0.68/0.95 when calibrated), NLPD the mean negative log predictive density",
                    match self.options.gp.kernel {
                        super::GpKernel::Rbf => "RBF",
                        super::GpKernel::Matern52 => "Matérn 5/2",
                    },
                    self.options.gp.optimise_rows,
                    self.options.gp.max_train
                )
            } else {
                String::new()
            },
            esc(&self.options.split.to_string()),
            self.options.test_fraction,
            self.options.seed
        );
        let cols = if gp { 12 } else { 8 };
        for t in &self.probes {
            let _ = write!(
                h,
                "<h3>{} ({} rows with a value: {} train, {} test)</h3><table><tr><th>representation</th><th>role</th><th>probe</th><th>train rows</th><th>α</th><th>R²</th><th>MAE</th><th>RMSE</th>{}</tr>",
                esc(&t.property),
                t.rows_with_value,
                t.train,
                t.test,
                if gp { "<th>mean σ</th><th>±1σ</th><th>±2σ</th><th>NLPD</th>" } else { "" }
            );
            for r in &t.rows {
                let method = match r.probe.method {
                    ProbeMethod::Ridge => "ridge".to_string(),
                    ProbeMethod::Mean => "mean".to_string(),
                    ProbeMethod::Gp => match &r.probe.gp {
                        Some(g) if g.subsampled => {
                            format!("gp (fit on {}, θ on {})", g.fitted_rows, g.optimised_rows)
                        }
                        _ => "gp".to_string(),
                    },
                };
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                    esc(&r.representation),
                    esc(&r.role),
                    esc(&method),
                    r.probe.train,
                    if r.probe.method == ProbeMethod::Ridge { format!("{:e}", r.probe.alpha) } else { "–".into() },
                    num(r.probe.test.r2),
                    num(r.probe.test.mae),
                    num(r.probe.test.rmse)
                );
                if gp {
                    match &r.probe.gp {
                        Some(g) => {
                            let c = g.calibration;
                            let _ = write!(
                                h,
                                "<td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                                num(c.mean_sigma),
                                num(c.within_1sigma),
                                num(c.within_2sigma),
                                num(c.nlpd)
                            );
                        }
                        None => h.push_str("<td>–</td><td>–</td><td>–</td><td>–</td>"),
                    }
                }
                h.push_str("</tr>");
            }
            for why in &self.random_init_missing {
                let _ =
                    write!(h, "<tr><td colspan=\"{cols}\">random-init row: none ({})</td></tr>", esc(why));
            }
            for note in &self.notes {
                let _ = write!(h, "<tr><td colspan=\"{cols}\">{}</td></tr>", esc(note));
            }
            h.push_str("</table>");
            if !t.parity.is_empty() {
                let pts: Vec<(f64, f64, usize)> = t.parity.iter().map(|&(a, b)| (a, b, 0)).collect();
                let name = self.representations.first().map_or(String::new(), |r| r.name.clone());
                h.push_str(&scatter(
                    &format!("parity: {}", t.property),
                    "truth",
                    "prediction",
                    &pts,
                    &[name],
                    true,
                ));
            }
        }
    }

    fn cluster_html(&self, h: &mut String) {
        h.push_str("<h2>Clusters</h2>");
        for c in &self.clusters {
            let _ = write!(
                h,
                "<h3>{}: k = {} by silhouette ({} sampled rows)</h3><p>Against {}: ARI {}, NMI {}.</p>",
                esc(&c.representation),
                c.k,
                c.rows,
                esc(&c.label),
                num(c.ari),
                num(c.nmi)
            );
            if let Some(m) = &c.mixture {
                let bic: Vec<String> = m.bic.iter().map(|(k, b)| format!("{k}: {b:.0}")).collect();
                let _ = write!(
                    h,
                    "<p>Gaussian mixture ({} covariance): k = {} by BIC (lower is better; {}).</p>",
                    esc(&format!("{:?}", m.covariance).to_lowercase()),
                    m.k,
                    esc(&bic.join(", "))
                );
            }
            if let Some(d) = &c.density {
                let _ = write!(
                    h,
                    "<p>HDBSCAN (min cluster size {}, min samples {}): {} clusters, noise fraction {}.</p>",
                    d.hdbscan.min_cluster_size,
                    d.hdbscan.min_samples,
                    d.hdbscan.clusters,
                    num(d.hdbscan.noise_fraction)
                );
                if !d.clusters.is_empty() {
                    h.push_str("<table><tr><th>HDBSCAN cluster</th><th>size</th><th>top formulas</th><th>space group</th><th>crystal system</th></tr>");
                    for r in &d.clusters {
                        let formulas: Vec<String> =
                            r.top_formulas.iter().map(|(f, n)| format!("{f} ({n})")).collect();
                        let dom = |d: &Option<(String, f64)>| {
                            d.as_ref().map_or("–".to_string(), |(v, f)| format!("{v} ({:.0}%)", f * 100.0))
                        };
                        let _ = write!(
                            h,
                            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                            r.cluster,
                            r.size,
                            esc(&formulas.join(", ")),
                            esc(&dom(&r.spacegroup)),
                            esc(&dom(&r.crystal_system))
                        );
                    }
                    h.push_str("</table>");
                }
            }
            if !c.agreement.is_empty() {
                h.push_str(
                    "<table><tr><th>clustering</th><th>label</th><th>rows</th><th>ARI</th><th>NMI</th></tr>",
                );
                for a in &c.agreement {
                    let _ = write!(
                        h,
                        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                        esc(&a.clustering),
                        esc(&a.label),
                        a.rows,
                        num(a.ari),
                        num(a.nmi)
                    );
                }
                h.push_str("</table>");
            }
            let pts = c.silhouette.iter().map(|&(k, s)| (k as f64, s)).collect();
            h.push_str(&lines(
                "silhouette vs k",
                "k",
                "silhouette",
                &[Series { name: c.representation.clone(), points: pts, dashed: false, colour: 0 }],
                None,
            ));
            let rows: Vec<String> = (0..c.k).map(|i| format!("cluster {i}")).collect();
            h.push_str(&heatmap(&format!("clusters x {}", c.label), &rows, &c.label_values, &c.crosstab));
            h.push_str("<table><tr><th>cluster</th><th>size</th><th>top formulas</th><th>top chemical systems</th><th>space group (purity)</th><th>crystal system (purity)</th>");
            let props: Vec<&String> =
                c.clusters.first().map(|r| r.property_means.keys().collect()).unwrap_or_default();
            for p in &props {
                let _ = write!(h, "<th>mean {}</th>", esc(p));
            }
            h.push_str("</tr>");
            let list = |v: &[(String, usize)]| {
                v.iter().map(|(s, n)| format!("{} ({n})", esc(s))).collect::<Vec<_>>().join(", ")
            };
            let dom = |v: &Option<(String, f64)>| {
                v.as_ref().map_or("–".into(), |(s, f)| format!("{} ({:.0}%)", esc(s), f * 100.0))
            };
            for r in &c.clusters {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                    r.cluster,
                    r.size,
                    list(&r.top_formulas),
                    list(&r.top_chemsys),
                    dom(&r.spacegroup),
                    dom(&r.crystal_system)
                );
                for p in &props {
                    let _ = write!(h, "<td>{}</td>", opt(r.property_means[*p]));
                }
                h.push_str("</tr>");
            }
            h.push_str("</table>");
        }
    }

    fn axes_html(&self, h: &mut String) {
        h.push_str("<h2>Latent axes</h2><p class=\"note\">Pearson r of principal components (PC0 = largest variance) and raw dimensions with descriptors, on the clustered sample.</p>");
        for a in &self.axes {
            let ev: Vec<String> =
                a.explained_variance_ratio.iter().map(|v| format!("{:.1}%", v * 100.0)).collect();
            let _ = write!(h, "<h3>{}</h3><p>Explained variance: {}</p><table><tr><th>descriptor</th><th>top components (r)</th><th>top raw dimensions (r)</th></tr>", esc(&a.representation), ev.join(", "));
            let fmt = |v: &[(usize, f64)], p: &str| {
                v.iter().map(|(i, r)| format!("{p}{i} ({r:+.2})")).collect::<Vec<_>>().join(", ")
            };
            for d in &a.descriptors {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&d.descriptor),
                    fmt(&d.top_components, "PC"),
                    fmt(&d.top_dimensions, "dim ")
                );
            }
            h.push_str("</table>");
            let mut groups: Vec<String> = a.projection.iter().filter_map(|p| p.2.clone()).collect();
            groups.sort();
            groups.dedup();
            let pts: Vec<(f64, f64, usize)> = a
                .projection
                .iter()
                .map(|(x, y, l)| {
                    (*x, *y, l.as_ref().and_then(|l| groups.iter().position(|g| g == l)).unwrap_or(7))
                })
                .collect();
            h.push_str(&scatter(
                &format!("PCA projection of {} (exploration only)", a.representation),
                "PC0",
                "PC1",
                &pts,
                &groups,
                false,
            ));
            h.push_str("<p class=\"note\">Exploration only: a 2D projection shows neither retrieval quality nor what a probe can read; trust the tables above.</p>");
            if !a.tsne.is_empty() {
                let pts: Vec<(f64, f64, usize)> = a
                    .tsne
                    .iter()
                    .map(|(x, y, l, _)| {
                        (*x, *y, l.as_ref().and_then(|l| groups.iter().position(|g| g == l)).unwrap_or(7))
                    })
                    .collect();
                h.push_str(&scatter(
                    &format!(
                        "t-SNE of {} by {} (exploration only)",
                        a.representation, self.options.cluster_label
                    ),
                    "t-SNE 1",
                    "t-SNE 2",
                    &pts,
                    &groups,
                    false,
                ));
                if let Some(prop) = &a.tsne_property {
                    let (pts, names) = quintiles(&a.tsne);
                    if !names.is_empty() {
                        h.push_str(&scatter(
                            &format!("t-SNE of {} by {prop} (exploration only)", a.representation),
                            "t-SNE 1",
                            "t-SNE 2",
                            &pts,
                            &names,
                            false,
                        ));
                    }
                }
            }
            for c in &a.checks {
                let class = if c.verdict.contains("dead") || c.verdict.contains("hairball") {
                    "warn"
                } else {
                    "note"
                };
                let _ = write!(
                    h,
                    "<p class=\"{class}\"><b>{} check</b>: {}.</p>",
                    esc(&c.projection),
                    esc(&c.message)
                );
            }
        }
    }

    fn neighbour_html(&self, h: &mut String) {
        h.push_str("<h2>Nearest neighbours of query crystals across the periodic table</h2>");
        for n in &self.neighbours {
            let _ = write!(h, "<h3>{}</h3>", esc(&n.representation));
            for q in &n.queries {
                let props: Vec<&String> = q.query.properties.keys().collect();
                let _ = write!(
                    h,
                    "<table><tr><th>{} {}</th><th>space group</th><th>distance</th>",
                    esc(&q.query.formula),
                    esc(&q.query.id)
                );
                for p in &props {
                    let _ = write!(h, "<th>{}</th>", esc(p));
                }
                h.push_str("</tr>");
                for (i, r) in std::iter::once(&q.query).chain(&q.neighbours).enumerate() {
                    let name = if i == 0 {
                        format!("<b>{}</b> (query)", esc(&r.formula))
                    } else {
                        format!("{} {}", esc(&r.formula), esc(&r.id))
                    };
                    let _ = write!(
                        h,
                        "<tr><td>{name}</td><td>{}</td><td>{}</td>",
                        r.spacegroup.map_or("–".into(), |s| s.to_string()),
                        num(r.distance)
                    );
                    for p in &props {
                        let _ = write!(h, "<td>{}</td>", opt(r.properties[*p]));
                    }
                    h.push_str("</tr>");
                }
                h.push_str("</table>");
            }
        }
    }
}

/// Points coloured by the quintile of a property (rows without a value left out), with the
/// quintiles' ranges as names (the plot's title names the property).
fn quintiles(points: &[(f64, f64, Option<String>, Option<f64>)]) -> (Vec<(f64, f64, usize)>, Vec<String>) {
    let mut values: Vec<f64> = points.iter().filter_map(|p| p.3).collect();
    if values.len() < 5 {
        return (Vec::new(), Vec::new());
    }
    values.sort_by(f64::total_cmp);
    let cut = |q: usize| values[(q * values.len() / 5).min(values.len() - 1)];
    let edges: Vec<f64> = (1..5).map(cut).collect();
    let names = (0..5)
        .map(|q| {
            let lo = if q == 0 { values[0] } else { edges[q - 1] };
            let hi = if q == 4 { values[values.len() - 1] } else { edges[q] };
            format!("{lo:.3} to {hi:.3}")
        })
        .collect();
    let pts = points
        .iter()
        .filter_map(|(x, y, _, v)| v.map(|v| (*x, *y, edges.iter().filter(|e| v >= **e).count())))
        .collect();
    (pts, names)
}

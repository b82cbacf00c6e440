//! The trust verdict: "which representation do I trust for this property at this label budget,
//! and does it beat its random-init twin, Magpie and SOAP?"
//!
//! Per probe table and label budget, each representation enters with its best probe (lowest
//! test MAE over the probe methods run). Differences of test MAE between two entries come with a
//! 95 % percentile interval from a bootstrap over **chemical systems**: the test rows' chemical
//! systems are resampled with replacement ([`BOOTSTRAP`] times, seeded), so a difference carried
//! by a few systems gets the wide interval it deserves. A difference is `better` when the whole
//! interval favours the tested representation, `worse` when it favours the other, else `tie`.
//!
//! A tested representation is **trusted** for a property at a budget when it beats the mean
//! predictor and its random-init twin (when it has one) and is not worse than any engineered
//! baseline in the diagnosis (Magpie, SOAP, ACSF). The sentence says which of the three
//! questions could not be asked (no twin for a composition encoder, no SOAP set).

use super::document::ProbeTable;
use super::gather::{Representation, Role};
use super::math::{below, rng};
use super::ProbeMethod;
use serde::Serialize;
use std::collections::HashMap;

/// Bootstrap resamples of the chemical systems.
pub const BOOTSTRAP: usize = 1000;

/// One representation's best probe in a verdict.
#[derive(Debug, Clone, Serialize)]
pub struct VerdictEntry {
    /// Representation name (`mean` for the mean predictor).
    pub representation: String,
    /// Its probe with the lowest test MAE.
    pub probe: ProbeMethod,
    /// That MAE on the test rows.
    pub mae: f64,
}

/// A tested representation against one other entry.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// What is asked: `mean predictor`, `random-init twin`, `magpie`, `soap` or `acsf`.
    pub question: String,
    /// The other entry (`None`: the diagnosis has no such representation).
    pub against: Option<VerdictEntry>,
    /// Their MAE minus ours (positive: ours is lower).
    pub difference: Option<f64>,
    /// 95 % bootstrap interval of the difference over chemical systems.
    pub interval: Option<(f64, f64)>,
    /// `better`, `worse`, `tie`, or `not available` (with the reason in `why`).
    pub outcome: String,
    /// Why the question could not be asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// The verdict on one tested representation.
#[derive(Debug, Clone, Serialize)]
pub struct TestedVerdict {
    /// The tested representation and its best probe.
    pub entry: VerdictEntry,
    /// Beats the mean predictor and its twin, and is not worse than any engineered baseline.
    pub trust: bool,
    /// Against the mean predictor, the random-init twin, Magpie, SOAP and ACSF, in that order.
    pub comparisons: Vec<Comparison>,
    /// The verdict in words.
    pub sentence: String,
}

/// The verdict for one property at one label budget.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// The probed property.
    pub property: String,
    /// Training rows per probe (`None` = all).
    pub train_size: Option<usize>,
    /// Training rows actually used.
    pub train: usize,
    /// Test rows and the chemical systems they fall in.
    pub test: usize,
    /// Chemical systems of the test rows (the bootstrap's units).
    pub test_systems: usize,
    /// Every representation's best probe, lowest MAE first (the mean predictor included).
    pub ranking: Vec<VerdictEntry>,
    /// The lowest-MAE representation that is not the mean predictor.
    pub winner: Option<VerdictEntry>,
    /// One verdict per tested representation.
    pub tested: Vec<TestedVerdict>,
}

/// The unit of a property's values, for sentences.
fn unit_of(property: &str) -> &'static str {
    match property {
        "formation_energy_per_atom" | "energy_above_hull" | "total_energy_per_atom" => " eV/atom",
        "band_gap" => " eV",
        "volume_per_atom" => " Å³/atom",
        "density" => " g/cm³",
        _ => "",
    }
}

/// Absolute errors per test row of one probe row.
struct Errors<'a> {
    entry: VerdictEntry,
    abs: Vec<f64>,
    role: &'a str,
}

/// Bootstrap interval (2.5 %, 97.5 %) of `mae(b) - mae(a)` with chemical systems resampled.
fn interval(a: &[f64], b: &[f64], groups: &[Vec<usize>], seed: u64) -> (f64, f64) {
    let mut r = rng(seed);
    // Per group: (sum of a's errors, sum of b's errors, rows).
    let sums: Vec<(f64, f64, f64)> = groups
        .iter()
        .map(|g| g.iter().fold((0.0, 0.0, 0.0), |s, &i| (s.0 + a[i], s.1 + b[i], s.2 + 1.0)))
        .collect();
    let mut diffs: Vec<f64> = (0..BOOTSTRAP)
        .map(|_| {
            let (mut sa, mut sb, mut n) = (0.0, 0.0, 0.0);
            for _ in 0..sums.len() {
                let s = sums[below(&mut r, sums.len())];
                (sa, sb, n) = (sa + s.0, sb + s.1, n + s.2);
            }
            (sb - sa) / n
        })
        .collect();
    diffs.sort_by(f64::total_cmp);
    let at = |q: f64| diffs[((q * (BOOTSTRAP - 1) as f64).round() as usize).min(BOOTSTRAP - 1)];
    (at(0.025), at(0.975))
}

/// The verdicts of one probe table (one per label budget), given the representations compared
/// and each diagnosed row's chemical system.
pub(crate) fn verdicts(
    table: &ProbeTable,
    reps: &[Representation],
    chemsys: &[String],
    seed: u64,
) -> Vec<Verdict> {
    let unit = unit_of(&table.property);
    let mut budgets: Vec<Option<usize>> = Vec::new();
    for r in &table.rows {
        if !budgets.contains(&r.train_size) {
            budgets.push(r.train_size);
        }
    }
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (row, _)) in table.test_rows.iter().enumerate() {
        index.entry(chemsys[*row].as_str()).or_default().push(i);
    }
    let mut groups: Vec<(&str, Vec<usize>)> = index.into_iter().collect();
    groups.sort_by(|a, b| a.0.cmp(b.0));
    let groups: Vec<Vec<usize>> = groups.into_iter().map(|g| g.1).collect();
    let truth: Vec<f64> = table.test_rows.iter().map(|t| t.1).collect();
    let mut out = Vec::new();
    for budget in budgets {
        let rows: Vec<_> = table.rows.iter().filter(|r| r.train_size == budget).collect();
        // Best probe per representation.
        let mut best: Vec<Errors> = Vec::new();
        for r in &rows {
            if r.probe.predictions.len() != truth.len() {
                continue;
            }
            let entry = VerdictEntry {
                representation: r.representation.clone(),
                probe: r.probe.method,
                mae: r.probe.test.mae,
            };
            let abs = truth.iter().zip(&r.probe.predictions).map(|(t, p)| (t - p).abs()).collect();
            match best.iter_mut().find(|b| b.entry.representation == r.representation) {
                Some(b) if b.entry.mae <= entry.mae => {}
                Some(b) => (b.entry, b.abs) = (entry, abs),
                None => best.push(Errors { entry, abs, role: r.role.as_str() }),
            }
        }
        let mut ranking: Vec<VerdictEntry> = best.iter().map(|b| b.entry.clone()).collect();
        ranking.sort_by(|a, b| a.mae.total_cmp(&b.mae));
        let winner = ranking.iter().find(|e| e.probe != ProbeMethod::Mean).cloned();
        let find = |pred: &dyn Fn(&Representation) -> bool| -> Option<&Errors> {
            reps.iter().find(|r| pred(r)).and_then(|r| best.iter().find(|b| b.entry.representation == r.name))
        };
        let mut tested = Vec::new();
        for (t, rep) in reps.iter().enumerate().filter(|(_, r)| r.role == Role::Tested) {
            let Some(me) = best.iter().find(|b| b.entry.representation == rep.name) else { continue };
            let seed = seed ^ (t as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let compare = |question: &str, other: Option<&Errors>, why: &str| -> Comparison {
                match other {
                    Some(o) if std::ptr::eq(o, me) => Comparison {
                        question: question.into(),
                        against: None,
                        difference: None,
                        interval: None,
                        outcome: "not available".into(),
                        why: Some(format!("{} is the {question} set itself", rep.name)),
                    },
                    Some(o) => {
                        let (lo, hi) = interval(&me.abs, &o.abs, &groups, seed);
                        let outcome = if lo > 0.0 {
                            "better"
                        } else if hi < 0.0 {
                            "worse"
                        } else {
                            "tie"
                        };
                        Comparison {
                            question: question.into(),
                            against: Some(o.entry.clone()),
                            difference: Some(o.entry.mae - me.entry.mae),
                            interval: Some((lo, hi)),
                            outcome: outcome.into(),
                            why: None,
                        }
                    }
                    None => Comparison {
                        question: question.into(),
                        against: None,
                        difference: None,
                        interval: None,
                        outcome: "not available".into(),
                        why: Some(why.into()),
                    },
                }
            };
            let baseline = |enc: &str, role: Role| {
                find(&|r: &Representation| r.role == role && r.encoder == enc)
                    .or_else(|| find(&|r: &Representation| r.role == Role::Tested && r.encoder == enc))
            };
            let twin_why = if rep.encoder == "magpie" || rep.encoder == "soap" || rep.encoder == "acsf" {
                format!("{} is an engineered encoder: no weights, no random-init twin", rep.encoder)
            } else {
                format!(
                    "no random-init row for {} (baselines off, or weights that cannot be re-drawn)",
                    rep.name
                )
            };
            let comparisons = vec![
                compare("mean predictor", best.iter().find(|b| b.role == "mean"), "no mean predictor row"),
                compare(
                    "random-init twin",
                    rep.twin.as_deref().and_then(|n| best.iter().find(|b| b.entry.representation == n)),
                    &twin_why,
                ),
                compare(
                    "magpie",
                    baseline("magpie", Role::CompositionBaseline),
                    "no Magpie set or baseline in this diagnosis",
                ),
                compare(
                    "soap",
                    baseline("soap", Role::StructureBaseline),
                    "no SOAP set in this diagnosis (embed one with the soap encoder, or ask for --soap-baseline)",
                ),
                compare(
                    "acsf",
                    baseline("acsf", Role::StructureBaseline),
                    "no ACSF set or baseline in this diagnosis",
                ),
            ];
            let beats = |q: &str| comparisons.iter().find(|c| c.question == q).map(|c| c.outcome.as_str());
            let trust = beats("mean predictor") == Some("better")
                && beats("random-init twin") != Some("worse")
                && beats("random-init twin") != Some("tie")
                && comparisons.iter().all(|c| c.outcome != "worse");
            let sentence = sentence(rep, me, &comparisons, trust, &table.property, budget, unit);
            tested.push(TestedVerdict { entry: me.entry.clone(), trust, comparisons, sentence });
        }
        out.push(Verdict {
            property: table.property.clone(),
            train_size: budget,
            train: rows.first().map_or(0, |r| r.probe.train),
            test: truth.len(),
            test_systems: groups.len(),
            ranking,
            winner,
            tested,
        });
    }
    out
}

fn method_name(m: ProbeMethod) -> &'static str {
    match m {
        ProbeMethod::Ridge => "linear probe",
        ProbeMethod::Gp => "GP probe",
        ProbeMethod::Mean => "mean",
    }
}

/// "magpie@1 + GP probe: trust for formation_energy_per_atom at N = 1000 (MAE 0.18 eV/atom);
/// beats the mean predictor by 0.56 [0.50, 0.62] eV/atom; ...".
fn sentence(
    rep: &Representation,
    me: &Errors,
    comparisons: &[Comparison],
    trust: bool,
    property: &str,
    budget: Option<usize>,
    unit: &str,
) -> String {
    let n = budget.map_or("all labels".to_string(), |n| format!("N = {n}"));
    let mut parts = vec![format!(
        "{} + {}: {} for {property} at {n} (MAE {:.3}{unit})",
        rep.name,
        method_name(me.entry.probe),
        if trust { "trust" } else { "do not trust" },
        me.entry.mae
    )];
    for c in comparisons {
        let what = match c.question.as_str() {
            "mean predictor" => "the mean predictor".to_string(),
            "random-init twin" => "its random-init twin".to_string(),
            q => q.to_uppercase().replace("MAGPIE", "Magpie"),
        };
        match (&c.against, c.difference, c.interval) {
            (Some(o), Some(d), Some((lo, hi))) => parts.push(match c.outcome.as_str() {
                "better" if o.probe == ProbeMethod::Mean => {
                    format!("beats {what} by {d:.3}{unit} [{lo:.3}, {hi:.3}]")
                }
                "better" => format!(
                    "beats {what} ({} {}) by {d:.3}{unit} [{lo:.3}, {hi:.3}]",
                    o.representation,
                    method_name(o.probe)
                ),
                "worse" => format!(
                    "worse than {what} ({} {}) by {:.3}{unit} [{:.3}, {:.3}]",
                    o.representation,
                    method_name(o.probe),
                    -d,
                    -hi,
                    -lo
                ),
                _ => format!("no better than {what} ({d:+.3}{unit} [{lo:.3}, {hi:.3}])"),
            }),
            _ => {
                if c.question == "soap" || c.question == "random-init twin" {
                    parts.push(format!("{what}: not compared — {}", c.why.as_deref().unwrap_or("")));
                }
            }
        }
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ProbeRow;
    use crate::{Probe, Scores};
    use crystaldb::encode::Metric;

    fn rep(name: &str, role: Role, encoder: &str, twin: Option<&str>) -> Representation {
        Representation {
            name: name.into(),
            role,
            source: String::new(),
            encoder: encoder.into(),
            twin: twin.map(String::from),
            dim: 1,
            metric: Metric::L2,
            vectors: Vec::new(),
        }
    }

    fn row(name: &str, role: &str, method: ProbeMethod, errors: impl Fn(usize) -> f64) -> ProbeRow {
        let predictions: Vec<f64> = (0..200).map(errors).collect();
        let mae = predictions.iter().map(|p| p.abs()).sum::<f64>() / 200.0;
        ProbeRow {
            representation: name.into(),
            role: role.into(),
            train_size: Some(50),
            probe: Probe {
                method,
                alpha: 1.0,
                cv_mse: Vec::new(),
                train: 50,
                test: Scores { r2: 0.0, mae, rmse: 0.0, n: 200 },
                gp: None,
                predictions,
            },
        }
    }

    /// 200 test rows (target 0) in 40 chemical systems of 5 rows; errors are the predictions.
    #[test]
    fn comparisons_outcomes_and_trust() {
        let chemsys: Vec<String> = (0..200).map(|i| format!("S{}", i / 5)).collect();
        let reps = [
            rep("graph@1", Role::Tested, "graph", Some("graph@1 random-init")),
            rep("magpie@1", Role::Tested, "magpie", None),
            rep("graph@1 random-init", Role::RandomInit, "graph", None),
            rep("acsf (baseline)", Role::StructureBaseline, "acsf", None),
        ];
        // magpie: 0.05 in even systems, 0.15 in odd ones (mean 0.1, as graph's: a tie).
        let magpie = |i: usize| if (i / 5).is_multiple_of(2) { 0.05 } else { 0.15 };
        let table = ProbeTable {
            property: "band_gap".into(),
            rows_with_value: 400,
            train: 200,
            test: 200,
            rows: vec![
                row("graph@1", "tested", ProbeMethod::Ridge, |_| 0.12),
                row("graph@1", "tested", ProbeMethod::Gp, |_| 0.1),
                row("magpie@1", "tested", ProbeMethod::Ridge, magpie),
                row("graph@1 random-init", "random_init", ProbeMethod::Ridge, |_| -0.3),
                row("acsf (baseline)", "structure_baseline", ProbeMethod::Ridge, |_| 0.05),
                row("mean", "mean", ProbeMethod::Mean, |_| 1.0),
            ],
            parity: Vec::new(),
            test_rows: (0..200).map(|i| (i, 0.0)).collect(),
        };
        let v = verdicts(&table, &reps, &chemsys, 0);
        assert_eq!(v.len(), 1);
        let v = &v[0];
        assert_eq!((v.test, v.test_systems, v.train), (200, 40, 50));
        assert_eq!(v.winner.as_ref().unwrap().representation, "acsf (baseline)");
        assert_eq!(v.ranking.last().unwrap().representation, "mean");
        let graph = &v.tested[0];
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(
            graph.entry.probe == ProbeMethod::Gp && near(graph.entry.mae, 0.1),
            "best probe per representation"
        );
        let outcome = |t: &TestedVerdict, q: &str| {
            let c = t.comparisons.iter().find(|c| c.question == q).unwrap();
            (c.outcome.clone(), c.difference, c.interval)
        };
        // Constant errors: every resample gives the same difference.
        for (q, want) in [("mean predictor", 0.9), ("random-init twin", 0.2)] {
            let (o, d, i) = outcome(graph, q);
            let (lo, hi) = i.unwrap();
            assert!(
                o == "better" && near(d.unwrap(), want) && near(lo, want) && near(hi, want),
                "{q}: {o} {d:?} {i:?}"
            );
        }
        let (o, d, (lo, hi)) =
            (outcome(graph, "magpie").0, outcome(graph, "magpie").1, outcome(graph, "magpie").2.unwrap());
        assert!(o == "tie" && near(d.unwrap(), 0.0) && lo < 0.0 && hi > 0.0, "{o} {d:?} {lo} {hi}");
        assert_eq!(outcome(graph, "acsf").0, "worse");
        assert_eq!(outcome(graph, "soap").0, "not available");
        assert!(!graph.trust, "worse than ACSF: {}", graph.sentence);
        assert!(graph
            .sentence
            .starts_with("graph@1 + GP probe: do not trust for band_gap at N = 50 (MAE 0.100 eV)"));
        assert!(graph.sentence.contains("worse than ACSF (acsf (baseline) linear probe) by 0.050 eV"));
        // An engineered tested set: no twin, and not compared with itself.
        let m = &v.tested[1];
        assert_eq!(outcome(m, "random-init twin").0, "not available");
        assert!(m.comparisons[1].why.as_deref().unwrap().contains("engineered encoder"));
        assert!(m.comparisons[2].why.as_deref().unwrap().contains("magpie@1 is the magpie set itself"));
        // Without the ACSF row the graph set is trusted.
        let mut t2 = table.clone();
        t2.rows.retain(|r| r.representation != "acsf (baseline)");
        let v2 = verdicts(&t2, &reps[..3], &chemsys, 0);
        assert!(v2[0].tested[0].trust, "{}", v2[0].tested[0].sentence);
    }
}

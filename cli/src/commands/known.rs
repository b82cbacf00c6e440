//! `crystaldb match`: is each structure of some files already in the database, and which of them
//! are the same crystal as each other?

use super::{open_read, snapshot, Output};
use crystaldb::structure::compare::MatchTolerance;
use crystaldb::structure::Structure;
use crystaldb_readers::job::{read_records, RecordError};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Arguments of `crystaldb match`.
#[derive(Debug, Clone)]
pub struct MatchArgs {
    /// Files or directories of structures.
    pub paths: Vec<PathBuf>,
    /// Force the format instead of detecting it per file.
    pub format: Option<String>,
    /// Read this version instead of the newest.
    pub version: Option<u64>,
    /// Comparison tolerances.
    pub tolerance: MatchTolerance,
}

/// The flags of `crystaldb match` (also parsed by the Python package's `db.match(..)`).
#[derive(Debug, Clone, clap::Args)]
pub struct MatchFlags {
    /// Database directory.
    #[arg(long)]
    pub db: PathBuf,
    /// Force the format instead of detecting it per file.
    #[arg(long)]
    pub format: Option<String>,
    /// Read this version instead of the newest.
    #[arg(long)]
    pub version: Option<u64>,
    /// Largest relative difference of the primitive cells' lattice-vector lengths after
    /// scaling to equal volumes (StructureMatcher's ltol).
    #[arg(long, default_value_t = 0.2)]
    pub ltol: f64,
    /// Largest site displacement as a fraction of the free length per atom (V/N)^(1/3)
    /// (StructureMatcher's stol).
    #[arg(long, default_value_t = 0.3)]
    pub stol: f64,
    /// Largest difference of lattice angles, degrees (StructureMatcher's angle_tol).
    #[arg(long, default_value_t = 5.0)]
    pub angle_tol: f64,
    /// Largest relative difference of the volumes per atom [default: none, as
    /// StructureMatcher, which scales volumes without a limit; ingest links within 0.1].
    #[arg(long)]
    pub volume_tol: Option<f64>,
    /// Tolerance (Å) of the translations that make the primitive cells.
    #[arg(long, default_value_t = 0.25)]
    pub primitive_tol: f64,
    /// Files or directories of structures.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

impl MatchFlags {
    /// The comparison these flags ask for.
    pub fn args(&self) -> MatchArgs {
        MatchArgs {
            paths: self.paths.clone(),
            format: self.format.clone(),
            version: self.version,
            tolerance: MatchTolerance {
                length_tolerance: self.ltol,
                site_tolerance: self.stol,
                angle_tolerance: self.angle_tol,
                volume_tolerance: self.volume_tol.unwrap_or(f64::INFINITY),
                primitive_tolerance: self.primitive_tol,
                ..Default::default()
            },
        }
    }
}

/// What `match` found for one input structure.
struct Answer {
    file: String,
    record: String,
    id: String,
    formula: String,
    /// `None`: not comparable (partial occupancy).
    matches: Option<Vec<crystaldb::KnownMatch>>,
    /// Index of the first earlier input that is the same crystal.
    same_as: Option<usize>,
}

/// Inputs read, their answers and the unreadable records, at one snapshot version.
struct Found {
    version: u64,
    answers: Vec<Answer>,
    errors: Vec<RecordError>,
}

fn find(db: &Path, args: &MatchArgs) -> anyhow::Result<Found> {
    let t = &args.tolerance;
    for (flag, v) in [
        ("--ltol", t.length_tolerance),
        ("--stol", t.site_tolerance),
        ("--angle-tol", t.angle_tolerance),
        ("--volume-tol", t.volume_tolerance),
        ("--primitive-tol", t.primitive_tolerance),
    ] {
        if v.is_nan() || v <= 0.0 || (v.is_infinite() && flag != "--volume-tol") {
            anyhow::bail!("{flag} must be a positive number, not {v}");
        }
    }
    let database = open_read(db)?;
    let snap = snapshot(&database, args.version)?;
    let (records, errors) = read_records(&args.paths, args.format.as_deref())?;
    if records.is_empty() {
        let first = errors.first().map(|e| format!(": {}: record {}: {}", e.file, e.record, e.message));
        anyhow::bail!("no structure could be read from the given paths{}", first.unwrap_or_default());
    }
    let structures: Vec<Structure> = records.iter().map(|r| r.record.structure.clone()).collect();
    let (prepared, found) = snap.same_crystals_and_prepared(&structures, t)?;
    let same_as = crystaldb::first_equal_prepared(&prepared, t);
    let answers = records
        .iter()
        .zip(found)
        .zip(same_as)
        .map(|((r, matches), same_as)| Answer {
            file: r.origin.file.clone(),
            record: r.origin.record.clone(),
            id: format!("{}:{}", r.record.source, r.record.source_id),
            formula: r.record.structure.composition().reduced_formula(),
            matches,
            same_as,
        })
        .collect();
    Ok(Found { version: snap.version(), answers, errors })
}

/// The `match --json` document (what the Python package's `db.match(..)` returns).
pub fn document(db: &Path, args: &MatchArgs) -> anyhow::Result<Value> {
    let f = find(db, args)?;
    Ok(json!({
        "version": f.version,
        "tolerances": tolerances_json(&args.tolerance),
        "summary": summarize(&f.answers, f.errors.len()),
        "structures": f.answers.iter().map(answer_json).collect::<Vec<_>>(),
        "errors": f.errors,
    }))
}

/// `crystaldb match --db DIR PATH...`.
pub fn run(out: &Output, db: &Path, args: &MatchArgs) -> anyhow::Result<()> {
    if out.json {
        out.document(&document(db, args)?);
        return Ok(());
    }
    let Found { version, answers, errors } = find(db, args)?;
    let summary = summarize(&answers, errors.len());
    for (i, a) in answers.iter().enumerate() {
        let verdict = match &a.matches {
            None => "not compared (partial occupancy)".to_string(),
            Some(m) if m.is_empty() => "new".to_string(),
            Some(m) => {
                let shown: Vec<String> =
                    m.iter().take(3).map(|k| format!("{} (rms {:.3})", k.id, k.fit.rms)).collect();
                let more = if m.len() > 3 { format!(" and {} more", m.len() - 3) } else { String::new() };
                format!("known: {}{more}", shown.join(", "))
            }
        };
        let repeat = a.same_as.map(|j| format!("; same crystal as input {j}")).unwrap_or_default();
        println!("{i:>5}  {}  {}  {verdict}{repeat}", a.id, a.formula);
    }
    println!(
        "{} structures at version {}: {} known, {} new ({} distinct new crystals), {} distinct in all, {} not compared",
        summary["inputs"],
        version,
        summary["known"],
        summary["novel"],
        summary["novel_unique"],
        summary["unique"],
        summary["not_comparable"],
    );
    print_errors(&errors);
    Ok(())
}

fn print_errors(errors: &[RecordError]) {
    for e in errors.iter().take(20) {
        eprintln!("  {}: record {}: {}", e.file, e.record, e.message);
    }
    if errors.len() > 20 {
        eprintln!("  ... and {} more (use --json for all)", errors.len() - 20);
    }
}

/// Counts, and novelty / uniqueness as fractions of the comparable inputs (null when none is).
fn summarize(answers: &[Answer], errors: usize) -> Value {
    let comparable = answers.iter().filter(|a| a.matches.is_some()).count();
    let known = answers.iter().filter(|a| a.matches.as_ref().is_some_and(|m| !m.is_empty())).count();
    let novel = comparable - known;
    let unique = answers.iter().filter(|a| a.matches.is_some() && a.same_as.is_none()).count();
    let novel_unique = answers
        .iter()
        .filter(|a| a.matches.as_ref().is_some_and(|m| m.is_empty()) && a.same_as.is_none())
        .count();
    let fraction = |n: usize| if comparable == 0 { Value::Null } else { json!(n as f64 / comparable as f64) };
    json!({
        "inputs": answers.len(),
        "comparable": comparable,
        "not_comparable": answers.len() - comparable,
        "known": known,
        "novel": novel,
        "unique": unique,
        "novel_unique": novel_unique,
        "novelty": fraction(novel),
        "uniqueness": fraction(unique),
        "errors": errors,
    })
}

fn answer_json(a: &Answer) -> Value {
    let matches: Option<Vec<Value>> = a.matches.as_ref().map(|m| {
        m.iter()
            .map(|k| {
                json!({
                    "id": k.id,
                    "material_key": k.material_key,
                    "rms": k.fit.rms,
                    "max": k.fit.max,
                    "length_mismatch": k.fit.length_mismatch,
                    "angle_mismatch": k.fit.angle_mismatch,
                })
            })
            .collect()
    });
    json!({
        "file": a.file,
        "record": a.record,
        "id": a.id,
        "formula_reduced": a.formula,
        "comparable": a.matches.is_some(),
        "known": a.matches.as_ref().is_some_and(|m| !m.is_empty()),
        "matches": matches.unwrap_or_default(),
        "same_as_input": a.same_as,
    })
}

fn tolerances_json(t: &MatchTolerance) -> Value {
    json!({
        "ltol": t.length_tolerance,
        "stol": t.site_tolerance,
        "angle_tol": t.angle_tolerance,
        "volume_tol": if t.volume_tolerance.is_finite() { json!(t.volume_tolerance) } else { Value::Null },
        "primitive_tol": t.primitive_tolerance,
    })
}

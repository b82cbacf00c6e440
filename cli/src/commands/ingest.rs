//! `crystaldb ingest`: files or directories into one new version.

use super::Output;
use crystaldb::Database;
use crystaldb_readers::job::{ingest, IngestOptions};
use std::path::{Path, PathBuf};

/// `crystaldb ingest --db DIR [--format F] [--source NAME] PATH...`.
/// With `strict`, any located error ends in [`super::Rejected`] after the report is printed.
pub fn run(
    out: &Output,
    db: &Path,
    paths: &[PathBuf],
    options: &IngestOptions,
    strict: bool,
    symmetry: crystaldb::structure::SymmetryEngine,
) -> anyhow::Result<()> {
    let mut builder = Database::builder().create_if_missing(true).symmetry_engine(symmetry);
    if symmetry == crystaldb::structure::SymmetryEngine::Moyo {
        // moyo as databases before spglib used it: spglib's distance-derived angle criterion.
        builder = builder.symmetry_angle(None);
    }
    let database = builder.open(db)?;
    let total: u64 = crystaldb_readers::input::expand_paths(paths)?
        .iter()
        .filter_map(|p| p.metadata().ok())
        .map(|m| m.len())
        .sum();
    let pb = out.progress(total, "read");
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg:>8} [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
        )
        .expect("valid template")
        .progress_chars("=> "),
    );
    let summary = ingest(&database, paths, options, &|b| pb.set_position(b))?;
    pb.finish_and_clear();
    let verdict = if strict && !summary.errors.is_empty() {
        Err(super::Rejected {
            records: summary.rejected,
            errors: summary.errors.len(),
            version: summary.version,
        }
        .into())
    } else {
        Ok(())
    };
    if out.json {
        out.document(&serde_json::to_value(&summary)?);
        return verdict;
    }
    println!(
        "version {}: {} added, {} updated, {} duplicates, {} rejected, {} linked to existing materials ({} files)",
        summary.version,
        summary.added,
        summary.updated,
        summary.duplicates,
        summary.rejected,
        summary.linked,
        summary.files
    );
    for l in summary.links.iter().take(10) {
        println!("  linked {} to material {}", l.id, l.material_key);
    }
    if summary.links.len() > 10 {
        println!("  ... and {} more links (use --json for all)", summary.links.len() - 10);
    }
    for e in summary.errors.iter().take(20) {
        eprintln!("  {}: record {}: {}", e.file, e.record, e.message);
    }
    if summary.errors.len() > 20 {
        eprintln!("  ... and {} more (use --json for all)", summary.errors.len() - 20);
    }
    verdict
}

//! `crystaldb info`, `crystaldb versions` and `crystaldb manifest`.

use super::{open_read, snapshot, Output};
use serde_json::json;
use std::path::Path;

/// The `info` document of a snapshot.
pub fn info_json(snap: &crystaldb::Snapshot) -> anyhow::Result<serde_json::Value> {
    Ok(json!({
        "version": snap.version(),
        "structures": snap.len(),
        "sources": snap.sources()?,
        "embeddings": snap_sets(snap)?.iter().map(super::embed::set_json).collect::<Vec<_>>(),
    }))
}

/// The embedding set versions that cover at most the snapshot's structure version.
fn snap_sets(snap: &crystaldb::Snapshot) -> anyhow::Result<Vec<crystaldb::EmbeddingSetInfo>> {
    Ok(snap
        .database()
        .embeddings()
        .list()?
        .into_iter()
        .filter(|s| s.structure_version <= snap.version())
        .collect())
}

/// `crystaldb info --db DIR`.
pub fn run(out: &Output, db: &Path, version: Option<u64>) -> anyhow::Result<()> {
    let database = open_read(db)?;
    let snap = snapshot(&database, version)?;
    let doc = info_json(&snap)?;
    if out.json {
        out.document(&doc);
        return Ok(());
    }
    println!("database   {}", db.display());
    println!("version    {} (of {})", snap.version(), database.latest_version()?);
    println!("structures {}", snap.len());
    println!("shards     {}", snap.shards().len());
    for (source, n) in snap.sources()? {
        println!("  {source:<12} {n}");
    }
    let sets = snap_sets(&snap)?;
    if sets.is_empty() {
        println!("embeddings none");
    } else {
        println!("embeddings");
        super::embed::print_table(&sets);
    }
    Ok(())
}

/// `crystaldb versions --db DIR`.
pub fn versions(out: &Output, db: &Path) -> anyhow::Result<()> {
    let database = open_read(db)?;
    let versions = database.versions()?;
    if out.json {
        out.document(&json!({ "versions": versions }));
        return Ok(());
    }
    println!("{:>7}  {:>8}  {:>8}  {:>8}  message", "version", "rows", "added", "updated");
    for v in versions {
        println!("{:>7}  {:>8}  {:>8}  {:>8}  {}", v.version, v.rows, v.added, v.updated, v.message);
    }
    Ok(())
}

/// `crystaldb manifest --db DIR [--version N] [--out FILE]`: the manifest as JSON on stdout (in
/// both output modes: it is a document), or written to FILE with a one-line summary.
pub fn manifest(out: &Output, db: &Path, version: Option<u64>, file: Option<&Path>) -> anyhow::Result<()> {
    let database = open_read(db)?;
    let m = database.manifest(version)?;
    let Some(file) = file else {
        out.document(&serde_json::to_value(&m)?);
        return Ok(());
    };
    let mut bytes = serde_json::to_vec_pretty(&m)?;
    bytes.push(b'\n');
    let file = if file.parent().is_some_and(|p| p.as_os_str().is_empty()) {
        Path::new(".").join(file)
    } else {
        file.to_path_buf()
    };
    crystaldb::write_file_atomic(&file, &bytes)?;
    let summary = json!({
        "version": m.version,
        "file": file.display().to_string(),
        "structure_files": m.structures.files.len(),
        "rows": m.structures.rows,
        "embeddings": m.embeddings.keys().collect::<Vec<_>>(),
    });
    if out.json {
        out.document(&summary);
    } else {
        println!(
            "manifest of version {} ({} rows in {} files, {} embedding sets) written to {}",
            m.version,
            m.structures.rows,
            m.structures.files.len(),
            m.embeddings.len(),
            file.display()
        );
    }
    Ok(())
}

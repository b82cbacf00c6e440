//! The `crystaldb` commands, one module each. Every command prints human output, or with
//! `--json` exactly one JSON document on stdout; progress and errors go to stderr.

pub mod demo;
pub mod diagnose;
pub mod embed;
pub mod export;
pub mod get;
pub mod info;
pub mod ingest;
pub mod query;
pub mod train;

use crystaldb::{Database, Snapshot};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;

/// Default directory of the demo database.
pub const DEFAULT_DEMO_DB: &str = "crystaldb-demo";

/// Where and how a command prints.
pub struct Output {
    /// JSON mode: one document on stdout, no human text.
    pub json: bool,
}

impl Output {
    /// Output mode.
    pub fn new(json: bool) -> Self {
        Self { json }
    }

    /// Print the JSON document (JSON mode).
    pub fn document(&self, v: &serde_json::Value) {
        println!("{}", serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string()));
    }

    /// A progress bar on stderr (hidden when stderr is not a terminal).
    pub fn progress(&self, len: u64, what: &str) -> ProgressBar {
        let pb = ProgressBar::new(len);
        pb.set_style(
            ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({per_sec}, {eta})")
                .expect("valid template")
                .progress_chars("=> "),
        );
        pb.set_message(what.to_string());
        pb
    }
}

/// Open a database read-only for a query command.
pub fn open_read(db: &Path) -> anyhow::Result<Database> {
    Ok(Database::open_read_only(db)?)
}

/// Snapshot of a version (or the newest).
pub fn snapshot(db: &Database, version: Option<u64>) -> anyhow::Result<Snapshot> {
    Ok(match version {
        Some(v) => db.at(v)?,
        None => db.snapshot()?,
    })
}

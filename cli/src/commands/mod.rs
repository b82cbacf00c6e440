//! The `crystaldb` commands, one module each. Every command prints human output, or with
//! `--json` exactly one JSON document on stdout; progress and errors go to stderr.

pub mod demo;
pub mod diagnose;
pub mod embed;
pub mod export;
pub mod get;
pub mod info;
pub mod ingest;
pub mod known;
pub mod predict;
pub mod query;
#[cfg(feature = "serve")]
pub mod serve;
pub mod train;

use crystaldb::{Database, Snapshot};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::Path;

/// Default directory of the demo database.
pub const DEFAULT_DEMO_DB: &str = "crystaldb-demo";

/// Progress lines for a log: `training [  12.0 s] epoch 1/10: batch 40/400`.
pub struct ProgressLines {
    what: String,
    start: std::time::Instant,
    last: std::sync::Mutex<Option<std::time::Instant>>,
    every: std::time::Duration,
    enabled: bool,
}

impl ProgressLines {
    /// A line, unless one was printed less than `every` ago.
    pub fn update(&self, text: &str) {
        if !self.enabled {
            return;
        }
        let now = std::time::Instant::now();
        let Ok(mut last) = self.last.lock() else { return };
        if last.is_some_and(|t| now.duration_since(t) < self.every) {
            return;
        }
        *last = Some(now);
        drop(last);
        self.line(text);
    }

    /// A line now (an epoch's result).
    pub fn line(&self, text: &str) {
        if self.enabled {
            eprintln!("{} [{:>7.1} s] {text}", self.what, self.start.elapsed().as_secs_f64());
        }
    }
}

/// `ingest --strict` found rejected records or files; the good records were committed. Exit
/// status [`Rejected::EXIT_CODE`] (1 is any other error, 2 a usage error).
#[derive(Debug)]
pub struct Rejected {
    /// Records rejected.
    pub records: u64,
    /// Located errors in all (records and whole files).
    pub errors: usize,
    /// The version committed.
    pub version: u64,
}

impl Rejected {
    /// Exit status of `ingest --strict` with rejections.
    pub const EXIT_CODE: u8 = 3;
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--strict: {} located errors ({} records rejected); the good records were committed as version {}",
            self.errors, self.records, self.version
        )
    }
}

impl std::error::Error for Rejected {}

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

    /// A warning on stderr (in JSON mode too: stdout keeps its one document).
    pub fn warn(&self, message: &str) {
        eprintln!("warning: {message}");
    }

    /// The warnings of an OPTIMADE filter (names of other providers, a formula written in
    /// another order than stored) on stderr. A filter that does not parse is left to the
    /// command, which reports the error.
    pub fn filter_warnings(&self, filter: &str) {
        if let Ok(f) = crystaldb::filter::Filter::parse(filter) {
            f.warnings().iter().for_each(|w| self.warn(w));
        }
    }

    /// Whether stderr is a terminal (progress bars show); otherwise progress goes to stderr as
    /// lines ([`Output::lines`]).
    pub fn interactive(&self) -> bool {
        std::io::IsTerminal::is_terminal(&std::io::stderr())
    }

    /// Progress as plain lines on stderr when it is not a terminal (a pipe, a log file, a
    /// notebook), at most one per `every`; silent on a terminal, where the bar shows.
    pub fn lines(&self, what: &str, every: std::time::Duration) -> ProgressLines {
        ProgressLines {
            what: what.to_string(),
            start: std::time::Instant::now(),
            last: std::sync::Mutex::new(None),
            every,
            enabled: !self.interactive(),
        }
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

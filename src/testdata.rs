//! Finding the shared real-data folder for tests, examples and benchmarks.
//!
//! Looks at `$CRYSTALDB_DATA`, then `../shared/data` from the crate root (and from its
//! parent, for the workspace's member crates). When it is missing, tests skip with a loud
//! message — unless `CI` is set, where a missing data folder is a failure.

use std::path::PathBuf;

/// The shared data folder, if it can be found.
pub fn find() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("CRYSTALDB_DATA") {
        let p = PathBuf::from(p);
        if p.is_dir() {
            return Some(p);
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [root.join("../shared/data"), root.join("../../shared/data")]
        .into_iter()
        .find(|p| p.join("README.md").is_file())
        .map(|p| p.canonicalize().unwrap_or(p))
}

/// The shared data folder for a test. `None` (after a loud message on stderr) when it is
/// missing; panics instead when the `CI` environment variable is set.
pub fn require(test: &str) -> Option<PathBuf> {
    match find() {
        Some(p) => Some(p),
        None if std::env::var_os("CI").is_some() => {
            panic!("{test}: shared data not found (set CRYSTALDB_DATA or put it at ../shared/data); CI requires it")
        }
        None => {
            eprintln!(
                "\n!!!!! SKIPPED {test}: shared data not found (set CRYSTALDB_DATA or put it at ../shared/data) !!!!!\n"
            );
            None
        }
    }
}

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

/// Damaged copies of a file's bytes, each with a label, for the tests that feed readers
/// corrupted files (`.npy`, CSV, Parquet, `.cdbw`, index files): truncations at about
/// `cuts` evenly spaced lengths (and one byte short), single bytes inverted at about `cuts`
/// positions, and 8-byte runs of `0xFF` (a length or count field made huge) at about `cuts`
/// positions. Deterministic.
pub fn corrupted(bytes: &[u8], cuts: usize) -> Vec<(String, Vec<u8>)> {
    let n = bytes.len();
    let step = (n / cuts.max(1)).max(1);
    let mut out = Vec::new();
    for len in (0..n).step_by(step).chain(n.checked_sub(1)) {
        out.push((format!("truncated to {len} of {n} bytes"), bytes[..len].to_vec()));
    }
    for at in (0..n).step_by(step) {
        let mut b = bytes.to_vec();
        b[at] ^= 0xFF;
        out.push((format!("byte {at} inverted"), b));
    }
    // Offset by half a step, so the runs also start between the positions above.
    for at in (step / 2..n).step_by(step) {
        let mut b = bytes.to_vec();
        let end = (at + 8).min(n);
        b[at..end].fill(0xFF);
        out.push((format!("bytes {at}..{end} set to 0xFF"), b));
    }
    out
}

/// Run `f`, turning a panic into an `Err` with its message: for tests that must show a reader
/// never panics on bad input.
pub fn no_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic without a message".into())
    })
}

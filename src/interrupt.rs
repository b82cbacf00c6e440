//! "Stop the long operation now": a process-wide interrupt request that a host sets (the Python
//! package sets it when Ctrl-C arrives during a call) and long operations check between chunks.
//!
//! An operation that sees the request returns [`Error::Interrupted`] before its commit and
//! removes the files it wrote, so the database is as it was before the call: inserts and
//! ingests check as each record is read and derived and before the commit, `embed` before each
//! batch of structures, training before each batch, diagnosis between its stages and HNSW
//! builds between blocks of inserted rows (an index is saved only once complete).

use crate::error::{Error, Result};
use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Ask every running operation to stop at its next check.
pub fn request() {
    REQUESTED.store(true, Ordering::SeqCst);
}

/// Withdraw the request (a host calls this before starting an operation).
pub fn clear() {
    REQUESTED.store(false, Ordering::SeqCst);
}

/// Whether a stop was requested.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// [`Error::Interrupted`] when a stop was requested.
pub fn check() -> Result<()> {
    if requested() {
        Err(Error::Interrupted)
    } else {
        Ok(())
    }
}

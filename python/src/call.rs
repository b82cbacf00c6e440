//! "Run this long call without holding the GIL, and stop it cleanly on Ctrl-C": every long
//! call of the package runs on a worker thread while the calling thread waits with the GIL
//! released and checks for signals every 50 ms. A pending KeyboardInterrupt sets
//! [`crystaldb::interrupt::request`]; the operation stops at its next check, before its
//! commit, and the KeyboardInterrupt is raised once it has.

use crate::errors::to_py;
use pyo3::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Long calls running now. The interrupt request is process-wide: Ctrl-C stops every long call
/// that is running, and the request is withdrawn when the last of them has returned.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Run `f` on a worker thread (GIL released), checking signals while it runs.
pub fn long_call<T, F>(py: Python<'_>, f: F) -> PyResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> anyhow::Result<T> + Send + 'static,
{
    if RUNNING.fetch_add(1, Ordering::SeqCst) == 0 {
        crystaldb::interrupt::clear();
    }
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::Builder::new()
        .name("crystaldb-call".into())
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(result);
        })
        .map_err(|e| crate::errors::error(py, &format!("cannot start a worker thread: {e}")))?;
    let mut interrupted: Option<PyErr> = None;
    let mut rx = rx;
    let outcome = loop {
        // The receiver moves into the GIL-free closure and back (it is `Send`, not `Sync`).
        let (answer, back) = py.detach(move || (rx.recv_timeout(Duration::from_millis(50)), rx));
        rx = back;
        match answer {
            Ok(r) => break r,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                break Err(Box::new("the worker thread ended without an answer") as Box<_>)
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if interrupted.is_none() {
                    if let Err(e) = py.check_signals() {
                        crystaldb::interrupt::request();
                        interrupted = Some(e);
                    }
                }
            }
        }
    };
    let _ = py.detach(|| worker.join());
    if RUNNING.fetch_sub(1, Ordering::SeqCst) == 1 {
        crystaldb::interrupt::clear();
    }
    match outcome {
        Ok(Ok(v)) => match interrupted {
            // The operation finished before it saw the request: its result stands, and the
            // KeyboardInterrupt is still delivered.
            Some(e) => Err(e),
            None => Ok(v),
        },
        Ok(Err(e)) => match interrupted {
            Some(k) if is_interrupted(&e) => Err(k),
            _ => Err(to_py(py, e)),
        },
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(crate::errors::error(py, &format!("internal error (a bug in crystaldb): {what}")))
        }
    }
}

fn is_interrupted(e: &anyhow::Error) -> bool {
    e.chain().any(|c| matches!(c.downcast_ref::<crystaldb::Error>(), Some(crystaldb::Error::Interrupted)))
}

/// Progress reports of a long call to a Python callable `(what, done, total)`, at most ten a
/// second (and always the last one).
#[derive(Clone)]
pub struct Progress {
    callback: Option<std::sync::Arc<Py<PyAny>>>,
    last: std::sync::Arc<Mutex<Option<Instant>>>,
}

impl Progress {
    /// Reports to `callback`, or nowhere.
    pub fn new(callback: Option<Py<PyAny>>) -> Self {
        Self { callback: callback.map(std::sync::Arc::new), last: Default::default() }
    }

    /// Report `done` of `total` units of `what`.
    pub fn update(&self, what: &str, done: u64, total: u64) {
        let Some(cb) = &self.callback else { return };
        let now = Instant::now();
        {
            let Ok(mut last) = self.last.lock() else { return };
            if done < total && last.is_some_and(|t| now.duration_since(t) < Duration::from_millis(100)) {
                return;
            }
            *last = Some(now);
        }
        Python::attach(|py| {
            let _ = cb.call1(py, (what, done, total));
        });
    }

    /// A line of text (a phase of a diagnosis, an epoch's result).
    pub fn line(&self, what: &str, text: &str) {
        if let Some(cb) = &self.callback {
            Python::attach(|py| {
                let _ = cb.call_method1(py, "line", (what, text));
            });
        }
    }
}

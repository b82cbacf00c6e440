//! The USearch graph: built in memory, or reloaded from its file (memory-mapped, or read into
//! memory when it is to be extended).
//!
//! USearch keeps one search context per thread it was reserved for, and a search or insert that
//! finds every context taken fails ("Reserve capacity ahead of searches!") instead of waiting.
//! [`HnswGraph`] reserves [`contexts`] of them and lets callers beyond that wait for a free one
//! ([`Slots`]), so any number of threads (rayon's, a server's, Python's) may search at once.

use super::params::{HnswParams, Quantization};
use crate::error::{Error, Result};

use std::path::Path;
use std::sync::{Condvar, Mutex};
use usearch::{Index, IndexOptions, MetricKind, ScalarKind};

/// A counting semaphore over USearch's per-thread contexts.
#[derive(Debug)]
struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

impl Slots {
    fn new(n: usize) -> Self {
        Self { free: Mutex::new(n), freed: Condvar::new() }
    }

    /// Run `f` while holding one context.
    fn with<R>(&self, f: impl FnOnce() -> R) -> R {
        {
            let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
            while *free == 0 {
                free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
            }
            *free -= 1;
        }
        struct Release<'a>(&'a Slots);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
                self.0.freed.notify_one();
            }
        }
        let _release = Release(self);
        f()
    }
}

/// Search contexts reserved per graph: the larger of rayon's pool and the machine's cores.
fn contexts() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    rayon::current_num_threads().max(cores)
}

/// An HNSW graph over points of one dimension under the squared Euclidean distance (cosine
/// indexes store normalised points, see `super::point`), whose keys are rows.
pub(super) struct HnswGraph {
    index: Index,
    slots: Slots,
    /// Reloaded with a memory map: read-only until copied into memory.
    mapped: bool,
}

/// USearch's scalar for a resolved storage (`auto` is resolved by the caller; it reads as f32).
fn scalar(q: Quantization) -> ScalarKind {
    match q {
        Quantization::Auto | Quantization::F32 => ScalarKind::F32,
        Quantization::F16 => ScalarKind::F16,
        Quantization::Bf16 => ScalarKind::BF16,
        Quantization::I8 => ScalarKind::I8,
    }
}

fn failed(path: &Path, what: &str, e: impl std::fmt::Display) -> Error {
    Error::Corrupt { path: path.to_path_buf(), message: format!("HNSW {what} failed: {e}") }
}

/// A USearch error in memory (no file involved): out of memory or a broken invariant.
fn internal(what: &str, e: impl std::fmt::Display) -> Error {
    Error::invalid(format!("HNSW {what} failed: {e}"))
}

impl HnswGraph {
    /// An empty graph of points of dimension `dim` stored as `quantization`; `params` must
    /// have been validated.
    pub(super) fn new(params: &HnswParams, dim: usize, quantization: Quantization) -> Result<Self> {
        debug_assert!(params.validate().is_ok());
        let options = IndexOptions {
            dimensions: dim,
            metric: MetricKind::L2sq,
            quantization: scalar(quantization),
            connectivity: params.max_connections,
            expansion_add: params.ef_construction,
            expansion_search: params.ef_search,
            multi: false,
        };
        let index = Index::new(&options).map_err(|e| internal("creation", e))?;
        let threads = contexts();
        index.reserve_capacity_and_threads(0, threads).map_err(|e| internal("reservation", e))?;
        Ok(Self { index, slots: Slots::new(threads), mapped: false })
    }

    /// Number of nodes.
    pub(super) fn len(&self) -> usize {
        self.index.size()
    }

    /// Set the search candidate list size.
    pub(super) fn set_ef_search(&mut self, ef: usize) {
        self.index.change_expansion_search(ef);
    }

    /// Insert `(point, row)` pairs in parallel (rayon). Points must all have the graph's
    /// dimension and rows must be new. A memory-mapped graph is first read into memory.
    pub(super) fn insert(&mut self, points: &[(&[f32], usize)]) -> Result<()> {
        use rayon::prelude::*;
        if self.mapped {
            // The mapped file may since have been replaced by another save: copy what is mapped.
            let ef = self.index.expansion_search();
            let mut bytes = vec![0u8; self.index.serialized_length()];
            self.index.save_to_buffer(&mut bytes).map_err(|e| internal("copy", e))?;
            self.index = Index::restore_from_buffer(&bytes).map_err(|e| internal("copy", e))?;
            self.index.change_expansion_search(ef);
            self.mapped = false;
        }
        let threads = contexts();
        self.index
            .reserve_capacity_and_threads(self.len() + points.len(), threads)
            .map_err(|e| internal("reservation", e))?;
        self.slots = Slots::new(threads);
        points.par_iter().try_for_each(|&(p, row)| {
            self.slots.with(|| self.index.add(row as u64, p)).map_err(|e| internal("insert", e))
        })
    }

    /// Up to `k` nearest nodes (candidate list `max(ef_search, k)`), restricted to rows
    /// passing `allow` when given: (row, squared distance between the stored points), nearest
    /// first.
    pub(super) fn search(
        &self,
        point: &[f32],
        k: usize,
        allow: Option<&dyn Fn(usize) -> bool>,
    ) -> Result<Vec<(usize, f32)>> {
        let found = self.slots.with(|| match allow {
            None => self.index.search(point, k),
            Some(f) => self.index.filtered_search(point, k, |key: u64| f(key as usize)),
        });
        let found = found.map_err(|e| internal("search", e))?;
        Ok(found.keys.into_iter().map(|key| key as usize).zip(found.distances).collect())
    }

    /// Write the graph to `file`. The file's bytes are first written as zeros through the
    /// standard library, so a full disk or another I/O failure is an [`Error::Io`] naming the
    /// file (USearch's own message for a failed write does not say why).
    pub(super) fn save(&self, file: &Path) -> Result<()> {
        use std::io::Write;
        let path = file.to_str().ok_or_else(|| failed(file, "save", "path is not UTF-8"))?;
        let mut left = self.index.serialized_length();
        let mut out = std::fs::File::create(file).map_err(|e| Error::io(file, e))?;
        let zeros = vec![0u8; left.min(1 << 20)];
        while left > 0 {
            let n = left.min(zeros.len());
            out.write_all(&zeros[..n]).map_err(|e| Error::io(file, e))?;
            left -= n;
        }
        out.sync_all().map_err(|e| Error::io(file, e))?;
        drop(out);
        self.index.save(path).map_err(|e| failed(file, "save", e))
    }

    /// Reload a saved graph with its file memory-mapped. The file must be known good (checked
    /// against its checksum); USearch validates its header, and errors are returned.
    pub(super) fn load(file: &Path, params: &HnswParams) -> Result<Self> {
        let path = file.to_str().ok_or_else(|| failed(file, "reload", "path is not UTF-8"))?;
        let index = Index::restore_view(path).map_err(|e| failed(file, "reload", e))?;
        index.change_expansion_search(params.ef_search);
        let threads = contexts();
        index.reserve_capacity_and_threads(index.size(), threads).map_err(|e| failed(file, "reload", e))?;
        Ok(Self { index, slots: Slots::new(threads), mapped: true })
    }
}

//! `index.json` and the directory an HNSW index is saved in, written atomically.

use super::params::{HnswParams, Quantization};
use crate::encode::Metric;
use crate::error::{Error, Result};
use crate::index::vectors::hex;
use crate::shard::sync_dir;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Format version of an index directory (`format_version` in `index.json`).
pub const INDEX_FORMAT_VERSION: u32 = 2;
/// Oldest index format version this build reads (format 1 held hnsw_rs files: such an index
/// is rebuilt by `open_or_build`).
pub const OLDEST_READABLE_INDEX_FORMAT: u32 = 2;
/// The description file of an index directory.
pub const META_FILE: &str = "index.json";
/// The USearch file of an index directory.
pub(super) const GRAPH_FILE: &str = "hnsw.usearch";
/// The USearch release whose file format the graph is in.
const USEARCH: &str = "usearch 2.26.6";

/// What `index.json` says about an index directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct IndexMeta {
    pub format_version: u32,
    /// `"hnsw"`.
    pub kind: String,
    pub metric: Metric,
    pub dim: usize,
    /// Rows indexed (rows `0..count` of the vectors).
    pub count: usize,
    pub params: HnswParams,
    /// How the graph stores its points (`params.quantization` with `auto` resolved).
    pub storage: Quantization,
    /// [`Vectors::checksum`](crate::index::Vectors::checksum) of the rows it was built from.
    pub vectors_checksum: String,
    /// The platform the graph file was written on (USearch writes native byte order).
    pub platform: Platform,
    /// The graph file, or `None` for an index of no rows.
    pub graph: Option<GraphFiles>,
}

/// Byte order and pointer width of the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Platform {
    pub little_endian: bool,
    pub pointer_bytes: u32,
}

impl Platform {
    pub fn this() -> Self {
        Self { little_endian: cfg!(target_endian = "little"), pointer_bytes: usize::BITS / 8 }
    }
}

/// The graph file USearch wrote ([`GRAPH_FILE`]), with its SHA-256: checked before USearch
/// reads it, so a damaged file is an error naming it rather than a graph read from bad bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct GraphFiles {
    /// USearch release that wrote it.
    pub writer: String,
    pub sha256: String,
}

impl GraphFiles {
    /// Hash and fsync the graph file just written into `dir`.
    pub fn seal(dir: &Path) -> Result<Self> {
        Ok(Self { writer: USEARCH.into(), sha256: sha256_file(&dir.join(GRAPH_FILE), true)? })
    }

    /// Error unless the graph file in `dir` has the recorded checksum.
    pub fn verify(&self, dir: &Path) -> Result<()> {
        let path = dir.join(GRAPH_FILE);
        let got = sha256_file(&path, false)?;
        if got != self.sha256 {
            return Err(corrupt(&path, format!("SHA-256 is {got}, index.json says {}", self.sha256)));
        }
        Ok(())
    }
}

fn corrupt(path: &Path, message: impl Into<String>) -> Error {
    Error::Corrupt { path: path.to_path_buf(), message: message.into() }
}

/// SHA-256 (hex) of a file's bytes; fsyncs it first when `sync`.
fn sha256_file(path: &Path, sync: bool) -> Result<String> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    if sync {
        f.sync_all().map_err(|e| Error::io(path, e))?;
    }
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex(&h.finalize()))
}

/// Read and check `dir/index.json`: format version in range, kind `hnsw`, same platform,
/// parameters valid.
pub(super) fn read_meta(dir: &Path) -> Result<IndexMeta> {
    let path = dir.join(META_FILE);
    let text = fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| corrupt(&path, format!("not JSON: {e}")))?;
    let found = value
        .get("format_version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| corrupt(&path, "no format_version"))?;
    if !(OLDEST_READABLE_INDEX_FORMAT as u64..=INDEX_FORMAT_VERSION as u64).contains(&found) {
        return Err(Error::UnsupportedFormat {
            path,
            found: found.min(u32::MAX as u64) as u32,
            oldest: OLDEST_READABLE_INDEX_FORMAT,
            current: INDEX_FORMAT_VERSION,
        });
    }
    let meta: IndexMeta = serde_json::from_value(value).map_err(|e| corrupt(&path, e.to_string()))?;
    if meta.kind != "hnsw" {
        return Err(corrupt(&path, format!("kind {:?} is not \"hnsw\"", meta.kind)));
    }
    if meta.platform != Platform::this() {
        return Err(corrupt(&path, format!("written on another platform ({:?})", meta.platform)));
    }
    meta.params.validate().map_err(|e| corrupt(&path, e.to_string()))?;
    Ok(meta)
}

/// Write an index directory atomically: `fill` writes the files into a fresh temporary sibling
/// directory and returns the metadata, which is written as `index.json`; every file and the
/// directory are fsynced, then the directory replaces `dir` by rename and the parent is fsynced.
///
/// Replacing an existing `dir` takes two renames (old aside, new in place): a crash between
/// them leaves no `dir` (the index is rebuilt) and a `.old-*` sibling that
/// [`remove_leftovers`] deletes.
pub(super) fn write_dir(dir: &Path, fill: impl FnOnce(&Path) -> Result<IndexMeta>) -> Result<()> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::invalid(format!("index directory {} has no usable name", dir.display())))?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    crate::shard::create_dir_durable(&parent)?;
    // Never replace a directory that is not an index (a mistyped path must not delete data).
    // Another save may be swapping the directory while we look (renamed aside, a new one renamed
    // in), so only a directory that looks foreign on every one of several looks is one.
    let looks_foreign = || -> Result<bool> {
        if dir.join(META_FILE).is_file() {
            return Ok(false);
        }
        match fs::read_dir(dir) {
            Ok(mut entries) => Ok(entries.next().is_some()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(Error::io(dir, e)),
        }
    };
    let mut looks = 0;
    while looks_foreign()? {
        looks += 1;
        if looks == 8 {
            return Err(Error::invalid(format!(
                "{} exists and is not an index directory (no {META_FILE}): refusing to replace it",
                dir.display()
            )));
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let stamp = stamp();
    let tmp = parent.join(format!(".tmp-{name}-{stamp}"));
    fs::create_dir(&tmp).map_err(|e| Error::io(&tmp, e))?;
    let written = (|| {
        let meta = fill(&tmp)?;
        let path = tmp.join(META_FILE);
        let json = serde_json::to_vec_pretty(&meta).map_err(|e| Error::invalid(e.to_string()))?;
        let mut f = File::create(&path).map_err(|e| Error::io(&path, e))?;
        f.write_all(&json).and_then(|_| f.sync_all()).map_err(|e| Error::io(&path, e))?;
        sync_dir(&tmp)
    })();
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    // Readers save indexes without a lock, so another process may save the same directory at
    // the same time: whoever renames last wins, and the loser keeps the winner's (equally
    // valid) index instead of failing.
    let old = parent.join(format!(".old-{name}-{stamp}"));
    let had_old = match fs::rename(dir, &old) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => {
            let _ = fs::remove_dir_all(&tmp);
            return Err(Error::io(dir, e));
        }
    };
    // The rename fails when another save placed its directory first; when that one is moved
    // aside again before it can be seen, the place is free: try again.
    let mut attempts = 0;
    let placed = loop {
        attempts += 1;
        match fs::rename(&tmp, dir) {
            Ok(()) => break Ok(true),
            Err(_) if dir.join(META_FILE).is_file() => break Ok(false),
            Err(_) if attempts < 8 => continue,
            Err(e) => break Err(Error::io(dir, e)),
        }
    };
    if !matches!(placed, Ok(true)) {
        let _ = fs::remove_dir_all(&tmp);
    }
    if had_old {
        fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
    }
    if placed? {
        sync_dir(&parent)?;
    }
    Ok(())
}

/// Copy the saved index in `from` to `to` the way [`write_dir`] saves one (a temporary sibling,
/// renamed into place), so `to` is never a partial copy. A `from` whose `index.json` does not
/// read (another format, another platform, garbage) is not copied: there is nothing to reuse.
pub(crate) fn copy_index(from: &Path, to: &Path) -> Result<()> {
    let meta = match read_meta(from) {
        Ok(meta) => meta,
        Err(e @ Error::Io { .. }) => return Err(e),
        Err(_) => return Ok(()),
    };
    write_dir(to, |tmp| {
        for entry in fs::read_dir(from).map_err(|e| Error::io(from, e))?.flatten() {
            if entry.path().is_file() && entry.file_name() != META_FILE {
                let copy = tmp.join(entry.file_name());
                fs::copy(entry.path(), &copy).map_err(|e| Error::io(&copy, e))?;
            }
        }
        Ok(meta)
    })
}

/// `PID-NANOS.N`: the suffix of a temporary sibling directory, naming the process that writes
/// it (`N` counts within the process, so two threads never share a name).
pub(super) fn stamp() -> String {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    format!(
        "{}-{}.{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()),
        COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    )
}

/// Whether the process that named the leftover directory `name` (`.tmp-…-PID-NANOS.N`) may still
/// be writing it: on systems with `/proc`, whether that process exists; elsewhere, whether the
/// directory changed in the last day.
fn may_be_in_use(name: &str, path: &Path) -> bool {
    let pid = name.rsplit('-').nth(1).and_then(|p| p.parse::<u32>().ok());
    let Some(pid) = pid else { return false };
    if Path::new("/proc/self").is_dir() {
        return Path::new("/proc").join(pid.to_string()).exists();
    }
    let age = fs::metadata(path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_none_or(|a| a < std::time::Duration::from_secs(24 * 3600))
}

/// Delete the `.tmp-*` and `.old-*` directories an interrupted save left in `parent` (the
/// directory holding index directories); returns how many were removed. A directory whose
/// writing process is still running is left alone: readers save indexes without the writer's
/// lock, so a writer opening the database must not delete a save in progress.
pub fn remove_leftovers(parent: impl AsRef<Path>) -> Result<usize> {
    let parent = parent.as_ref();
    let entries = match fs::read_dir(parent) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(Error::io(parent, e)),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(parent, e))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let leftover = name.starts_with(".tmp-") || name.starts_with(".old-");
        if leftover && entry.path().is_dir() && !may_be_in_use(&name, &entry.path()) {
            fs::remove_dir_all(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
            removed += 1;
        }
    }
    Ok(removed)
}

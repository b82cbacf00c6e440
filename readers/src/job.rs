//! The ingestion job: files or directories in, one new database version out.

use crate::formats;
use crate::input;
use crate::reader::{ReadContext, StructureReader};
use crystaldb::Database;
use crystaldb::{InsertOptions, OnUpdate, Origin, RejectedRecord};
use rayon::prelude::*;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

/// Settings of one ingest run.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Force a format (a reader name) instead of detecting it per file.
    pub format: Option<String>,
    /// Override the source name the readers would use.
    pub source: Option<String>,
    /// Version message.
    pub message: Option<String>,
    /// What to do with records of ids already stored (default: merge).
    pub on_update: OnUpdate,
}

/// One located problem: the file, the record (index, line or id) and the reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordError {
    /// File path.
    pub file: String,
    /// Record index, line or id.
    pub record: String,
    /// What is wrong.
    pub message: String,
}

/// What an ingest run did (the `--json` document of `crystaldb ingest`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestSummary {
    /// Version committed (or the unchanged newest version).
    pub version: u64,
    /// New records.
    pub added: u64,
    /// Stored ids whose row changed.
    pub updated: u64,
    /// Updated ids whose structure changed.
    pub structure_changed: u64,
    /// Updated ids whose property values changed.
    pub properties_changed: u64,
    /// Property values kept from the stored row because the new record did not carry them.
    pub properties_kept: u64,
    /// Records that replaced an earlier record of the same id in this run (merged with it).
    pub replaced_in_run: u64,
    /// Records that change nothing (identical to what is stored).
    pub duplicates: u64,
    /// Records of stored ids left unchanged (`--on-update keep`).
    pub kept: u64,
    /// Records rejected (unreadable or physically impossible).
    pub rejected: u64,
    /// New records linked to an existing material key.
    pub linked: u64,
    /// Which: each linked id with the material key it joined.
    pub links: Vec<crystaldb::Link>,
    /// Files read.
    pub files: u64,
    /// Located errors.
    pub errors: Vec<RecordError>,
}

/// The `file:<stem>` name of each file, unique within the run: a stem that several files share
/// ("POSCAR" in every run directory) becomes the path from the directory those files have in
/// common ("run1/POSCAR", "run2/POSCAR"); files of one stem in one directory keep their
/// extensions ("NaCl.cif", "NaCl.vasp"). Stems that occur once are unchanged.
fn unique_stems(files: &[PathBuf]) -> Vec<String> {
    let stems: Vec<String> = files.iter().map(|p| ReadContext::for_path(p).stem).collect();
    let mut groups: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, s) in stems.iter().enumerate() {
        groups.entry(s.as_str()).or_default().push(i);
    }
    let mut out = stems.clone();
    for (stem, members) in groups.into_iter().filter(|(_, m)| m.len() > 1) {
        let dirs: Vec<Vec<_>> = members
            .iter()
            .map(|&i| files[i].parent().map(|d| d.components().collect()).unwrap_or_default())
            .collect();
        let common = (0..).take_while(|&k| dirs.iter().all(|d| d.len() > k && d[k] == dirs[0][k])).count();
        for (&i, dir) in members.iter().zip(&dirs) {
            let rel: Vec<String> =
                dir[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            let same_dir = members.iter().filter(|&&j| files[j].parent() == files[i].parent()).count() > 1;
            let leaf = if same_dir { input::decompressed_name(&files[i]) } else { stem.to_string() };
            out[i] = rel.into_iter().chain(std::iter::once(leaf)).collect::<Vec<_>>().join("/");
        }
    }
    out
}

/// The default version message: `ingest a.cif b.cif (2 files)`, the paths as given (the first
/// three, then how many more).
fn version_message(paths: &[PathBuf], files: usize) -> String {
    let mut shown: Vec<String> = paths.iter().take(3).map(|p| p.display().to_string()).collect();
    if paths.len() > 3 {
        shown.push(format!("and {} more paths", paths.len() - 3));
    }
    let unit = if files == 1 { "file" } else { "files" };
    format!("ingest {} ({files} {unit})", shown.join(" "))
}

/// Read every file under `paths` and insert all good records as one new version.
/// `on_bytes` is told the raw bytes consumed so far (for a progress bar).
pub fn ingest(
    db: &Database,
    paths: &[PathBuf],
    options: &IngestOptions,
    on_bytes: &(dyn Fn(u64) + Sync),
) -> anyhow::Result<IngestSummary> {
    let files = input::expand_paths(paths)?;
    let forced = match &options.format {
        Some(f) => Some(formats::reader_by_name(f).ok_or_else(|| {
            anyhow::anyhow!("unknown format {f}; known: {}", formats::format_names().join(", "))
        })?),
        None => None,
    };
    // Errors with the (file index, record index) they are sorted by at the end.
    let errors: RefCell<Vec<(usize, u64, RecordError)>> = RefCell::new(Vec::new());
    let done_bytes = Cell::new(0u64);
    let mut report = IngestSummary { files: files.len() as u64, ..Default::default() };
    // Records stream from the readers straight into one insert (one version per run): memory
    // stays bounded by the insert's chunk and shard buffers, whatever the dump size. The insert
    // validates each record (in parallel); the readers' own errors are located here.
    let stems = unique_stems(&files);
    let records = files.iter().enumerate().flat_map(|(n, path)| {
        let push = |e: RecordError| errors.borrow_mut().push((n, 0, e));
        let mut ctx = ReadContext::for_path(path);
        ctx.stem = stems[n].clone();
        ctx.source = options.source.clone();
        let file = ctx.file.clone();
        let mut opened = match input::open(path) {
            Ok(o) => o,
            Err(e) => {
                push(RecordError { file, record: "-".into(), message: e.to_string() });
                return None;
            }
        };
        let name = input::decompressed_name(path);
        let head = match opened.head() {
            Ok(h) => h,
            Err(e) => {
                push(RecordError { file, record: "-".into(), message: e.to_string() });
                return None;
            }
        };
        let detected: Option<Box<dyn StructureReader>> = match &forced {
            Some(f) => formats::reader_by_name(f.name()),
            None => formats::detect(&name, &head),
        };
        let Some(reader) = detected else {
            push(RecordError {
                file,
                record: "-".into(),
                message: "format not recognised (use --format)".into(),
            });
            return None;
        };
        let raw = opened.raw_bytes.clone();
        let file_bytes = opened.file_bytes;
        let (errors, done_bytes) = (&errors, &done_bytes);
        let origin_file = path.display().to_string();
        let items = reader.read(opened.reader as Box<dyn BufRead>, &ctx).enumerate();
        let base = done_bytes.get();
        let records = items.filter_map(move |(k, item)| {
            on_bytes(base + raw.load(Ordering::Relaxed));
            let located = match item {
                Ok(rec) => {
                    return Some((rec, Origin { file: origin_file.clone(), record: k.to_string() }));
                }
                Err(crystaldb::Error::Parse { file, record, message }) => {
                    RecordError { file, record, message }
                }
                Err(e) => RecordError { file: file.clone(), record: k.to_string(), message: e.to_string() },
            };
            errors.borrow_mut().push((n, k as u64, located));
            None
        });
        let finish = std::iter::from_fn(move || {
            done_bytes.set(base + file_bytes);
            on_bytes(base + file_bytes);
            None
        });
        Some(records.chain(finish))
    });
    let records = records.flatten();
    let insert = InsertOptions {
        message: options.message.clone().unwrap_or_else(|| version_message(paths, files.len())),
        on_update: options.on_update,
    };
    let r = db.insert_with(records.map(|(r, o)| (r, Some(o))), &insert)?;
    let mut errors = errors.into_inner();
    let file_index: HashMap<String, usize> =
        files.iter().enumerate().map(|(n, f)| (f.display().to_string(), n)).collect();
    report.added = r.added;
    report.updated = r.updated;
    report.duplicates = r.duplicates;
    report.structure_changed = r.structure_changed;
    report.properties_changed = r.properties_changed;
    report.properties_kept = r.properties_kept;
    report.replaced_in_run = r.replaced_in_run;
    report.kept = r.kept;
    report.linked = r.linked;
    report.links = r.links;
    for RejectedRecord { id, position, origin, message, .. } in r.rejected {
        // Every record handed to the insert is tagged; an untagged rejection is located by its
        // position alone.
        let located = match origin.and_then(|o| Some((*file_index.get(&o.file)?, o))) {
            Some((n, o)) => {
                let k = o.record.parse().unwrap_or(u64::MAX);
                (n, k, RecordError { file: o.file, record: format!("{} ({id})", o.record), message })
            }
            None => (usize::MAX, position, RecordError { file: "-".into(), record: id, message }),
        };
        errors.push(located);
    }
    errors.sort_by_key(|(n, k, _)| (*n, *k));
    let errors: Vec<RecordError> = errors.into_iter().map(|(_, _, e)| e).collect();
    report.version = r.version;
    report.rejected = errors.iter().filter(|e| e.record != "-").count() as u64;
    report.errors = errors;
    Ok(report)
}

/// A record read by [`read_records`], with where it came from.
#[derive(Debug, Clone)]
pub struct ReadRecord {
    /// The record, validated.
    pub record: crystaldb::Record,
    /// File path and record index within the file.
    pub origin: Origin,
}

/// Every record of the files under `paths` (formats detected per file unless `format` names
/// one), validated, in file and record order; the records that cannot be read or fail
/// validation are located in the errors instead (file, record index, reason). Memory grows with
/// the records read: for the inputs of one comparison, not for dumps to ingest.
pub fn read_records(
    paths: &[PathBuf],
    format: Option<&str>,
) -> anyhow::Result<(Vec<ReadRecord>, Vec<RecordError>)> {
    if let Some(f) = format {
        if formats::reader_by_name(f).is_none() {
            anyhow::bail!("unknown format {f}; known: {}", formats::format_names().join(", "));
        }
    }
    let files = input::expand_paths(paths)?;
    let stems = unique_stems(&files);
    let validation = crystaldb::structure::ValidationOptions::default();
    let (mut records, mut errors) = (Vec::new(), Vec::new());
    for (n, path) in files.iter().enumerate() {
        let mut ctx = ReadContext::for_path(path);
        ctx.stem = stems[n].clone();
        let file = ctx.file.clone();
        let whole = |message: String| RecordError { file: file.clone(), record: "-".into(), message };
        let mut opened = match input::open(path) {
            Ok(o) => o,
            Err(e) => {
                errors.push(whole(e.to_string()));
                continue;
            }
        };
        let head = match opened.head() {
            Ok(h) => h,
            Err(e) => {
                errors.push(whole(e.to_string()));
                continue;
            }
        };
        let reader = match format {
            Some(f) => formats::reader_by_name(f),
            None => formats::detect(&input::decompressed_name(path), &head),
        };
        let Some(reader) = reader else {
            errors.push(whole("format not recognised (use --format)".into()));
            continue;
        };
        let origin_file = path.display().to_string();
        let items: Vec<_> = reader.read(opened.reader as Box<dyn BufRead>, &ctx).collect();
        let checked: Vec<_> = items
            .into_par_iter()
            .map(|item| item.and_then(|r| r.validate(&validation).map(|()| r)))
            .collect();
        for (k, checked) in checked.into_iter().enumerate() {
            match checked {
                Ok(record) => records.push(ReadRecord {
                    record,
                    origin: Origin { file: origin_file.clone(), record: k.to_string() },
                }),
                Err(crystaldb::Error::Parse { file, record, message }) => {
                    errors.push(RecordError { file, record, message })
                }
                Err(e) => errors.push(RecordError {
                    file: file.clone(),
                    record: k.to_string(),
                    message: e.to_string(),
                }),
            }
        }
    }
    Ok((records, errors))
}

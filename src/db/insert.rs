//! Insert: "add these records as one new version."
//!
//! Records are derived into rows in parallel chunks (validation, space group and matching
//! signature; an invalid record is rejected with its position and origin, the rest goes on),
//! staged one by one in their order ([`super::staging`]: duplicate or update, material link,
//! shard buffer) and committed in one catalog transaction ([`crate::catalog::commit`]). Reading
//! the next chunk and staging the previous one overlap with deriving the current one. Memory
//! stays bounded by three chunks and the shard buffer, whatever the number of records.

use super::merge::OnUpdate;
use super::staging::{NewRow, Staging};
use super::{now, Database, DatabaseBuilder, Snapshot};
use crate::catalog::commit::{commit_version, Staged};
use crate::catalog::{self, VersionInfo};
use crate::error::{Error, Result};
use crate::record::{Properties, Record};
use crate::schema::{Provenance, StructureRow, ValueOrigin, STRUCTURE_PROVENANCE};
use crate::structure::compare::Signature;
use rayon::prelude::*;
use serde::Serialize;

/// What one insert did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct InsertReport {
    /// The version the insert committed, or the unchanged newest version when nothing changed.
    pub version: u64,
    /// Whether a new version was committed.
    pub committed: bool,
    /// Ids new to the database.
    pub added: u64,
    /// Stored ids whose row changed (the committed row supersedes the stored one).
    pub updated: u64,
    /// Updated ids whose structure changed.
    pub structure_changed: u64,
    /// Updated ids whose property values changed.
    pub properties_changed: u64,
    /// Property values kept from the previous row of their id because the new record did not
    /// carry them ([`OnUpdate::Merge`]).
    pub properties_kept: u64,
    /// Records that replaced a record of the same id staged earlier in this insert (the last
    /// of an id's records wins, merged with the earlier ones); not counted again as added or
    /// updated.
    pub replaced_in_run: u64,
    /// Records that change nothing: identical to the stored (or merged) row of their id, or
    /// bringing an id back to its stored row.
    pub duplicates: u64,
    /// Records of stored ids left unchanged under [`OnUpdate::Keep`].
    pub kept: u64,
    /// Committed rows linked to the material key of another record of the same crystal
    /// (another source or file).
    pub linked: u64,
    /// Which: each linked id with the material key it joined, sorted by id.
    pub links: Vec<Link>,
    /// Records rejected as invalid.
    pub rejected: Vec<RejectedRecord>,
}

/// A committed row linked to the material of another record of the same crystal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The linked record's id.
    pub id: String,
    /// The material key it joined: the id of the first record seen of that crystal.
    pub material_key: String,
}

/// A record the database refused, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RejectedRecord {
    /// Record id.
    pub id: String,
    /// Position of the record in the insert's input, counting from 0.
    pub position: u64,
    /// Where the record came from, when the caller said ([`Database::insert_tagged`]).
    pub origin: Option<Origin>,
    /// Reason.
    pub message: String,
}

/// Where a record came from: its file and the record within it (an index, line or id, as the
/// reader counts), echoed back with a rejection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The file (as the caller names it).
    pub file: String,
    /// The record within the file.
    pub record: String,
}

/// A record's id, origin, and its derived row with the properties it does not carry (or why it
/// was rejected).
type Derived = (String, Option<Origin>, Result<(StructureRow, Vec<String>, Option<Signature>)>);

/// Settings of one insert.
#[derive(Debug, Clone, PartialEq)]
pub struct InsertOptions {
    /// Message stored in the version's info.
    pub message: String,
    /// What to do with records of ids already stored.
    pub on_update: OnUpdate,
}

impl Default for InsertOptions {
    fn default() -> Self {
        Self { message: "insert".into(), on_update: OnUpdate::default() }
    }
}

impl Database {
    /// Insert records as one new version. Invalid records are rejected (listed in the
    /// report), the rest is committed atomically; re-inserting identical records adds nothing
    /// and commits no version.
    pub fn insert(&self, records: impl IntoIterator<Item = Record>) -> Result<InsertReport> {
        self.insert_with_message(records, "insert")
    }

    /// [`Database::insert`] with a message stored in the version's info.
    pub fn insert_with_message(
        &self,
        records: impl IntoIterator<Item = Record>,
        message: &str,
    ) -> Result<InsertReport> {
        let options = InsertOptions { message: message.to_string(), ..Default::default() };
        self.insert_records(records.into_iter().map(|r| (r, None)), &options)
    }

    /// [`Database::insert_with_message`] for records tagged with their [`Origin`]: each
    /// rejection carries the origin of its record.
    pub fn insert_tagged(
        &self,
        records: impl IntoIterator<Item = (Record, Origin)>,
        message: &str,
    ) -> Result<InsertReport> {
        let options = InsertOptions { message: message.to_string(), ..Default::default() };
        self.insert_with(records.into_iter().map(|(r, o)| (r, Some(o))), &options)
    }

    /// Insert records, each with its [`Origin`] when the caller knows it, under `options`.
    pub fn insert_with(
        &self,
        records: impl IntoIterator<Item = (Record, Option<Origin>)>,
        options: &InsertOptions,
    ) -> Result<InsertReport> {
        self.insert_records(records.into_iter(), options)
    }

    fn insert_records(
        &self,
        records: impl Iterator<Item = (Record, Option<Origin>)>,
        options: &InsertOptions,
    ) -> Result<InsertReport> {
        let message = options.message.as_str();
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write_lock()?;
        let read = inner.catalog.begin_read()?;
        let base = catalog::latest_version(&read)?;
        let base_info = catalog::version(&read, base)?;
        let version = base + 1;
        let base_snapshot = Snapshot::new(inner.clone(), &read, base)?;
        let next_shard = catalog::all_shards(&read)?.iter().map(|s| s.id + 1).max().unwrap_or(1);
        let mut p = Staging::new(next_shard, options.on_update);
        let opts = &inner.options;
        let mut records = records;
        // An interrupt request ends the chunk early (readers parse as the chunk fills), and
        // stops the run before anything of it is committed.
        let mut read_chunk = || -> Vec<(Record, Option<Origin>)> {
            records.by_ref().take_while(|_| !crate::interrupt::requested()).take(opts.chunk_rows).collect()
        };
        // Three stages overlap: while the thread pool derives chunk k (validation, symmetry,
        // matching signature), this thread stages chunk k-1 in order and reads chunk k+1.
        let mut position = 0u64;
        let mut next = read_chunk();
        let mut derived: Option<(u64, Vec<Derived>)> = None;
        self.stop_if_interrupted(&p)?;
        while !next.is_empty() || derived.is_some() {
            let chunk = std::mem::take(&mut next);
            let first = position;
            position += chunk.len() as u64;
            let ready = derived.take();
            let (now, read) = std::thread::scope(|scope| -> Result<_> {
                let deriving = (!chunk.is_empty()).then(|| scope.spawn(|| derive_chunk(chunk, opts)));
                if let Some((first, rows)) = ready {
                    self.stage_derived(&read, &base_snapshot, version, first, rows, &mut p)?;
                }
                let read = read_chunk();
                let now = deriving.map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
                Ok((now, read))
            })?;
            self.stop_if_interrupted(&p)?;
            derived = now.map(|rows| (first, rows));
            next = read;
        }
        self.flush(version, &mut p)?;
        self.stop_if_interrupted(&p)?;
        let mut report = std::mem::take(&mut p.report);
        for (id, s) in &p.ids {
            report.linked += u64::from(s.linked);
            if s.linked {
                if let Some(key) = p.link_keys.get(id) {
                    report.links.push(Link { id: id.clone(), material_key: key.clone() });
                }
            }
            match s.before {
                None => report.added += 1,
                Some(_) => {
                    report.updated += 1;
                    report.structure_changed += u64::from(s.structure_changed);
                    report.properties_changed += u64::from(s.properties_changed);
                }
            }
        }
        report.links.sort_by(|a, b| a.id.cmp(&b.id));
        if report.added + report.updated == 0 {
            // Rows staged and then brought back to their stored content: their shard files
            // are not referenced by any version.
            for s in &p.shards {
                std::fs::remove_file(inner.dir.join(&s.file)).map_err(|e| Error::io(&s.file, e))?;
            }
            report.version = base;
            return Ok(report);
        }
        let staged = Staged {
            info: VersionInfo {
                version,
                parent: Some(base),
                created_at: now(),
                shards_added: p.shards.iter().map(|s| s.id).collect(),
                added: report.added,
                updated: report.updated,
                rows: base_info.rows + report.added,
                message: message.to_string(),
                symprec: Some(opts.derive.symprec),
                symmetry_angle_degrees: opts.derive.angle_degrees,
                symmetry_library: Some(opts.derive.engine.label()),
            },
            shards: &p.shards,
            ids: p.ids.iter().map(|(id, s)| (id.as_str(), s.entry)).collect(),
            superseded: &p.superseded,
            fingerprints: p.staged.values().flatten().map(|c| (&*c.fingerprint, c.id.as_str())).collect(),
        };
        crate::catalog::guard(|| {
            let tx = writer.begin_write()?;
            commit_version(&tx, &staged)?;
            Ok(tx.commit()?)
        })?;
        self.write_manifests(version)?;
        report.version = version;
        report.committed = true;
        Ok(report)
    }

    /// Stage the derived rows of one chunk in their order; `first` is the position of its
    /// first record in the run. Rejected records are reported with their position and origin.
    fn stage_derived(
        &self,
        read: &redb::ReadTransaction,
        base: &Snapshot,
        version: u64,
        first: u64,
        rows: Vec<Derived>,
        p: &mut Staging,
    ) -> Result<()> {
        for ((id, origin, row), position) in rows.into_iter().zip(first..) {
            match row {
                Ok((mut row, absent, signature)) => {
                    row.provenance = stated_provenance(&absent, version, origin.as_ref());
                    self.stage(read, base, version, NewRow { row, signature }, &absent, p)?
                }
                Err(e) => {
                    p.report.rejected.push(RejectedRecord { id, position, origin, message: e.to_string() })
                }
            }
        }
        Ok(())
    }
}

/// Derive the rows of one chunk in parallel: validation, columns, space group, and the
/// matching signature staging needs for every new row.
fn derive_chunk(chunk: Vec<(Record, Option<Origin>)>, opts: &DatabaseBuilder) -> Vec<Derived> {
    chunk
        .into_par_iter()
        .map(|(mut r, origin)| {
            let id = r.id();
            if crate::interrupt::requested() {
                return (id, origin, Err(Error::Interrupted));
            }
            let absent = std::mem::take(&mut r.absent);
            let row = StructureRow::from_record(r, &opts.derive).map(|row| {
                let signature = Signature::of(&row.structure, &opts.matching);
                (row, absent, signature)
            });
            (id, origin, row)
        })
        .collect()
}

/// The provenance of a new row: the structure and every property the record states (all but
/// `absent`) come from `origin` in `version`.
fn stated_provenance(absent: &[String], version: u64, origin: Option<&Origin>) -> Provenance {
    let value = ValueOrigin {
        version,
        file: origin.map(|o| o.file.clone()),
        record: origin.map(|o| o.record.clone()),
    };
    std::iter::once(STRUCTURE_PROVENANCE)
        .chain(Properties::NAMES.iter().copied().filter(|n| !absent.iter().any(|a| a == n)))
        .map(|name| (name.to_string(), value.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::{Lattice, Structure};

    fn record(id: &str, a: f64) -> Record {
        let lattice = Lattice::new([[a, 0.0, 0.0], [0.0, a, 0.0], [0.0, 0.0, a]]);
        Record::new("t", id, Structure::new(lattice, &[55, 17], &[[0.0; 3], [0.5; 3]]).unwrap())
    }

    #[test]
    fn rejections_echo_the_origin_of_their_record() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::create(dir.path()).unwrap();
        let origin = |file: &str, record: &str| Origin { file: file.into(), record: record.into() };
        // A zero lattice is rejected when the row is derived.
        let tagged = vec![
            (record("good", 4.1), origin("a.cif", "0")),
            (record("flat", 0.0), origin("a.cif", "1")),
            (record("also-good", 4.3), origin("b.cif", "7")),
            (record("flat-too", 0.0), origin("b.cif", "8")),
        ];
        let report = db.insert_tagged(tagged, "tagged").unwrap();
        assert_eq!(report.added, 2);
        let got: Vec<(&str, u64, Option<&Origin>)> =
            report.rejected.iter().map(|r| (r.id.as_str(), r.position, r.origin.as_ref())).collect();
        assert_eq!(
            got,
            [("t:flat", 1, Some(&origin("a.cif", "1"))), ("t:flat-too", 3, Some(&origin("b.cif", "8")))]
        );
        // Untagged inserts have no origin, only a position.
        let report = db.insert([record("flat-again", 0.0)]).unwrap();
        assert_eq!((report.rejected[0].position, report.rejected[0].origin.clone()), (0, None));
    }
}

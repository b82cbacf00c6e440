//! Staging: "is this row new, an update or a duplicate, and which shard does it go to?"
//!
//! An insert stages each derived row: rows identical to the visible row of their id are
//! duplicates (nothing written); the others are linked to a material ([`super::link`]) and
//! buffered, and the buffer is written as a shard file under its final name, not yet referenced
//! by the catalog, when it is full ([`super::buffer`]). Nothing staged is visible until
//! [`crate::catalog::commit::commit_version`] commits it.

use super::buffer::{buffer_full, row_bytes};
use super::insert::InsertReport;
use super::link::{Candidate, ReadBack};
use super::merge::{merge, structure_hash, Before, OnUpdate, RowCache};
use super::{Database, Snapshot, STRUCTURES_DIR};
use crate::catalog::{self, IdEntry, ShardInfo};
use crate::error::Result;
use crate::record::Properties;
use crate::schema::{structures_schema, StructureRow};
use crate::shard;
use crate::structure::compare::{Signature, SignatureDigest};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

/// Content hash of a row: everything the source said (structure, properties, extra).
pub(crate) fn content_hash(row: &StructureRow) -> [u8; 16] {
    let mut h = Sha256::new();
    let rec = row.to_record();
    h.update(serde_json::to_vec(&rec).unwrap_or_default());
    let d = h.finalize();
    d[..16].try_into().expect("16 bytes")
}

/// What an insert keeps of each id it staged (the newest row of that id): where the row goes
/// and the digest of its matching signature (`None` when it has none: disordered). The
/// signature itself (kilobytes) is not kept; it is recomputed from the row's structure for the
/// few candidates whose digest passes. With [`Candidate`], this is all an insert keeps per
/// staged row until its commit (~400 bytes in all).
#[derive(Clone, Copy)]
pub(super) struct StagedId {
    pub(super) entry: IdEntry,
    pub(super) digest: Option<SignatureDigest>,
    /// The row of this id in the base version, when it has one (the id is an update).
    pub(super) before: Option<Before>,
    /// Whether the staged row's structure / properties differ from `before` (false for new ids).
    pub(super) structure_changed: bool,
    pub(super) properties_changed: bool,
    /// Whether the staged row was linked to another record's material key.
    pub(super) linked: bool,
}

/// Everything one insert has staged and not yet committed.
pub(super) struct Staging {
    pub(super) shards: Vec<ShardInfo>,
    pub(super) buffer: Vec<StructureRow>,
    /// Estimated bytes of `buffer` ([`row_bytes`]).
    pub(super) buffer_bytes: usize,
    pub(super) next_shard: u64,
    pub(super) ids: HashMap<String, StagedId>,
    pub(super) superseded: Vec<((u64, u32), u64)>,
    /// Rows staged in this insert, by reduced formula, in staging order.
    pub(super) staged: HashMap<String, Vec<Candidate>>,
    pub(super) read_back: RefCell<ReadBack>,
    /// Full rows read back for updates.
    pub(super) rows: RefCell<RowCache>,
    pub(super) on_update: OnUpdate,
    pub(super) report: InsertReport,
    /// The material key of each staged id that was linked to another record's material.
    pub(super) link_keys: HashMap<String, String>,
}

impl Staging {
    /// An empty staging area whose first shard gets id `next_shard`.
    pub(super) fn new(next_shard: u64, on_update: OnUpdate) -> Self {
        Self {
            shards: vec![],
            buffer: vec![],
            buffer_bytes: 0,
            next_shard,
            ids: HashMap::new(),
            superseded: vec![],
            staged: HashMap::new(),
            read_back: RefCell::default(),
            rows: RefCell::default(),
            on_update,
            report: InsertReport::default(),
            link_keys: HashMap::new(),
        }
    }
}

/// A derived row to stage, with its structure's matching signature ([`Signature::of`]).
pub(super) struct NewRow {
    pub(super) row: StructureRow,
    pub(super) signature: Option<Signature>,
}

impl Database {
    /// Decide whether a row is new, an update or a duplicate, and buffer it. `absent` names the
    /// properties the record does not carry ([`crate::record::Record::absent`]).
    pub(super) fn stage(
        &self,
        read: &redb::ReadTransaction,
        base: &Snapshot,
        version: u64,
        new: NewRow,
        absent: &[String],
        p: &mut Staging,
    ) -> Result<()> {
        let NewRow { mut row, signature } = new;
        let mut hash = content_hash(&row);
        let staged = p.ids.get(&row.id).copied();
        let stored = match staged {
            Some(s) => s.before.map(|b| b.entry),
            None => catalog::visible_entry(&catalog::id_entries(read, &row.id)?, base.version()),
        };
        let previous = staged.map(|s| s.entry).or(stored);
        let mut before = staged.and_then(|s| s.before);
        if let Some(prev) = previous {
            if prev.hash == hash {
                p.report.duplicates += 1;
                return Ok(());
            }
            if p.on_update == OnUpdate::Keep {
                p.report.kept += 1;
                return Ok(());
            }
            let old = self.row_at(base, prev, &row.id, p)?;
            if staged.is_none() {
                before = stored.map(|e| Before::of(e, &old));
            }
            if p.on_update == OnUpdate::Merge {
                let kept = merge(&mut row, &old, absent);
                hash = content_hash(&row);
                if prev.hash == hash {
                    p.report.duplicates += 1;
                    return Ok(());
                }
                p.report.properties_kept += kept;
            }
        }
        if let Some(s) = staged {
            p.report.replaced_in_run += 1;
            // The staged row is replaced: hidden from its own version on.
            p.superseded.push(((s.entry.shard, s.entry.row), version));
            if let Some(b) = before.filter(|b| b.entry.hash == hash) {
                // Back to the stored content (records of one id in several files of a run): the
                // stored row stays visible and nothing of this id is committed.
                p.superseded.retain(|(at, _)| *at != (b.entry.shard, b.entry.row));
                p.ids.remove(&row.id);
                for candidates in p.staged.values_mut() {
                    candidates.retain(|c| c.id != row.id);
                }
                p.report.duplicates += 1;
                return Ok(());
            }
        } else if let Some(b) = before {
            p.superseded.push(((b.entry.shard, b.entry.row), version));
        }
        // One matching signature per row (derived with it, [`Signature::of`]): used to find
        // its material now; only its digest is kept for the rows staged after it.
        let mut linked = false;
        if row.material_key.is_none() {
            let key = match self.find_material(base, read, &row, signature.as_ref(), p)? {
                Some(key) => {
                    linked = true;
                    p.link_keys.insert(row.id.clone(), key.clone());
                    key
                }
                None => row.id.clone(),
            };
            row.material_key = Some(key);
        }
        p.staged.entry(row.formula_reduced.clone()).or_default().push(Candidate {
            id: row.id.clone(),
            key: row.material_key.clone().filter(|k| *k != row.id),
            fingerprint: row.fingerprint.as_str().into(),
        });
        let entry = IdEntry { version, shard: p.next_shard, row: p.buffer.len() as u32, hash };
        let staged = StagedId {
            entry,
            digest: signature.as_ref().map(Signature::digest),
            before,
            structure_changed: before.is_some_and(|b| b.structure != structure_hash(&row.structure)),
            properties_changed: before.is_some_and(|b| b.properties != row.properties.values()),
            linked,
        };
        p.ids.insert(row.id.clone(), staged);
        p.buffer_bytes += row_bytes(&row);
        p.buffer.push(row);
        if buffer_full(p.buffer.len(), p.buffer_bytes, self.inner.options.shard_rows) {
            self.flush(version, p)?;
        }
        Ok(())
    }

    /// [`crate::Error::Interrupted`] when a stop was requested ([`crate::interrupt`]), after
    /// removing the shard files staged so far: no version references them. The removal is best
    /// effort: a file left behind is removed by the next writer's open, which deletes every
    /// unreferenced shard.
    pub(super) fn stop_if_interrupted(&self, p: &Staging) -> Result<()> {
        crate::interrupt::check().inspect_err(|_| {
            for s in &p.shards {
                let _ = std::fs::remove_file(self.inner.dir.join(&s.file));
            }
        })
    }

    /// Write the buffered rows as one shard file (not yet referenced by the catalog).
    pub(super) fn flush(&self, version: u64, p: &mut Staging) -> Result<()> {
        if p.buffer.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut p.buffer);
        p.buffer_bytes = 0;
        let id = p.next_shard;
        p.next_shard += 1;
        let name = format!("{id:010}.parquet");
        let dir = self.inner.dir.join(STRUCTURES_DIR);
        let batch = StructureRow::to_batch(&rows)?;
        let bytes =
            shard::write_atomic(&dir, &name, structures_schema(), &[batch], structures_writer_properties())?;
        p.shards.push(ShardInfo {
            id,
            file: format!("{STRUCTURES_DIR}/{name}"),
            rows: rows.len() as u64,
            version,
            bytes,
            stats: shard_stats(&rows),
        });
        Ok(())
    }
}

/// The structures columns (Parquet leaf paths) with few distinct values, dictionary-encoded.
/// The others — ids, keys, JSON, and the floats of lattices, coordinates and properties, nearly
/// unique per row — are plain-encoded: a dictionary there saves little after zstd, and a lookup
/// of one row would decompress and decode the whole dictionary of each column chunk it touches.
const DICTIONARY_COLUMNS: [&str; 14] = [
    "source",
    "formula_reduced",
    "formula_anonymous",
    "formula_hill",
    "elements.list.item",
    "nelements",
    "nsites",
    "species_at_sites.list.item",
    "occupancy.list.item",
    "chemsys",
    "spacegroup_number",
    "spacegroup_symbol",
    "crystal_system",
    "prototype",
];

/// Writer settings of a structures shard.
fn structures_writer_properties() -> parquet::file::properties::WriterProperties {
    let leaf =
        |path: &str| parquet::schema::types::ColumnPath::new(path.split('.').map(String::from).collect());
    DICTIONARY_COLUMNS
        .iter()
        .fold(shard::writer_properties().set_dictionary_enabled(false), |b, c| {
            b.set_column_dictionary_enabled(leaf(c), true)
        })
        .build()
}

/// Min/max per filterable numeric column.
fn shard_stats(rows: &[StructureRow]) -> BTreeMap<String, (f64, f64)> {
    let mut stats: BTreeMap<String, (f64, f64)> = BTreeMap::new();
    let mut add = |name: &str, v: Option<f64>| {
        if let Some(v) = v.filter(|v| v.is_finite()) {
            let e = stats.entry(name.to_string()).or_insert((v, v));
            e.0 = e.0.min(v);
            e.1 = e.1.max(v);
        }
    };
    for r in rows {
        add("nelements", Some(r.elements.len() as f64));
        add("nsites", Some(r.structure.nsites() as f64));
        add("volume", Some(r.volume));
        add("density", Some(r.density));
        add("spacegroup_number", r.spacegroup.as_ref().map(|s| s.number as f64));
        for name in Properties::NAMES {
            add(name, r.properties.get(name));
        }
    }
    stats
}

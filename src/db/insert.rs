//! Insert: derive rows, write shards under temporary names, then one catalog transaction.

use super::{now, Database, Snapshot, STRUCTURES_DIR};
use crate::catalog::{
    self, IdEntry, ShardInfo, VersionInfo, FINGERPRINTS, IDS, SHARDS, SUPERSEDED, VERSIONS,
};
use crate::error::{Error, Result};
use crate::record::{Properties, Record};
use crate::schema::{structures_schema, StructureRow};
use crate::shard;
use crate::structure::compare::{fit, Signature, SignatureDigest};
use crate::structure::Structure;
use rayon::prelude::*;
use redb::ReadableTable;
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, VecDeque};

/// What one insert did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct InsertReport {
    /// The version the insert committed, or the unchanged newest version when nothing changed.
    pub version: u64,
    /// Whether a new version was committed.
    pub committed: bool,
    /// Records with new ids.
    pub added: u64,
    /// Records whose id existed with different content (the new row replaces the old one).
    pub updated: u64,
    /// Records identical to the stored row of the same id (nothing written).
    pub duplicates: u64,
    /// New records linked to the material key of an existing record of the same crystal
    /// (another source or file).
    pub linked: u64,
    /// Records rejected as invalid.
    pub rejected: Vec<RejectedRecord>,
}

/// A record the database refused, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RejectedRecord {
    /// Record id.
    pub id: String,
    /// Position of the record in the insert's input, counting from 0 (lets a caller that
    /// streamed records from files say which file and record it was).
    pub position: u64,
    /// Reason.
    pub message: String,
}

/// Content hash of a row: everything the source said (structure, properties, extra).
pub(crate) fn content_hash(row: &StructureRow) -> [u8; 16] {
    let mut h = Sha256::new();
    let rec = row.to_record();
    h.update(serde_json::to_vec(&rec).unwrap_or_default());
    let d = h.finalize();
    d[..16].try_into().expect("16 bytes")
}

/// Most bytes (estimated with [`row_bytes`]) of rows buffered for one shard: a shard is
/// written when its buffer reaches this or `shard_rows`, whichever comes first, so that an
/// insert's memory stays roughly constant whatever the dump size.
pub(crate) const SHARD_BUFFER_BYTES: usize = 32 << 20;

/// Bytes the allocator adds to each heap block (glibc: an 8-byte header and 16-byte rounding).
const BLOCK_OVERHEAD: usize = 16;

/// Slots of a `BTreeMap` node (std's `B = 6`: `2B - 1`).
const BTREE_NODE_SLOTS: usize = 11;

/// Heap bytes of one block of `bytes` requested bytes (none when nothing is requested).
fn block(bytes: usize) -> usize {
    if bytes == 0 {
        0
    } else {
        bytes + BLOCK_OVERHEAD
    }
}

/// Heap bytes under a JSON value: strings, array buffers and the B-tree nodes of objects.
fn json_heap_bytes(v: &Value) -> usize {
    match v {
        Value::String(s) => block(s.capacity()),
        Value::Array(a) => {
            block(a.capacity() * std::mem::size_of::<Value>()) + a.iter().map(json_heap_bytes).sum::<usize>()
        }
        Value::Object(m) => json_map_heap_bytes(m),
        Value::Null | Value::Bool(_) | Value::Number(_) => 0,
    }
}

/// Heap bytes of a JSON object: its keys and values, and B-tree leaves of
/// [`BTREE_NODE_SLOTS`] key-value slots each, about two thirds full on average (a map of one
/// entry already holds a whole leaf).
fn json_map_heap_bytes(m: &Map<String, Value>) -> usize {
    if m.is_empty() {
        return 0;
    }
    let slot = std::mem::size_of::<String>() + std::mem::size_of::<Value>();
    let leaves = m.len().div_ceil(BTREE_NODE_SLOTS * 2 / 3);
    let nodes = leaves * block(BTREE_NODE_SLOTS * slot + 16);
    nodes + m.iter().map(|(k, v)| block(k.capacity()) + json_heap_bytes(v)).sum::<usize>()
}

/// Bytes a buffered row holds, inline and on the heap, estimated from its strings' and
/// vectors' capacities, a walk of its `extra` JSON tree and the allocator's per-block overhead;
/// within 25 % of what the allocator hands out (`tests::row_bytes_match_the_allocator`).
fn row_bytes(row: &StructureRow) -> usize {
    let string = |s: &String| block(s.capacity());
    let strings = string(&row.id)
        + string(&row.source)
        + string(&row.source_id)
        + row.material_key.as_ref().map_or(0, string)
        + string(&row.formula_reduced)
        + string(&row.formula_anonymous)
        + string(&row.formula_hill)
        + string(&row.chemsys)
        + string(&row.fingerprint)
        + row.prototype.as_ref().map_or(0, string)
        + block(row.elements.capacity() * std::mem::size_of::<String>())
        + row.elements.iter().map(string).sum::<usize>()
        + row.spacegroup.as_ref().map_or(0, |s| string(&s.symbol) + string(&s.crystal_system));
    std::mem::size_of::<StructureRow>()
        + block(row.structure.sites.capacity() * std::mem::size_of::<crate::structure::Site>())
        + strings
        + json_map_heap_bytes(&row.extra)
}

/// Whether a shard buffer of `rows` rows and `bytes` estimated bytes must be written now.
fn buffer_full(rows: usize, bytes: usize, shard_rows: usize) -> bool {
    rows >= shard_rows || bytes >= SHARD_BUFFER_BYTES
}

/// What an insert keeps of each id it staged (the newest row of that id): where the row goes
/// and the digest of its matching signature (`None` when it has none: disordered). The
/// signature itself (kilobytes) is not kept; it is recomputed from the row's structure for the
/// few candidates whose digest passes. With [`Candidate`], this is all an insert keeps per
/// staged row until its commit (~400 bytes in all).
#[derive(Clone, Copy)]
struct StagedId {
    entry: IdEntry,
    digest: Option<SignatureDigest>,
}

/// A row staged in this insert: a matching candidate for the rows after it, and an entry of
/// the fingerprint table at the commit.
struct Candidate {
    id: String,
    /// Material key when it is not the row's own id.
    key: Option<String>,
    fingerprint: Box<str>,
}

impl Candidate {
    fn key(&self) -> &str {
        self.key.as_deref().unwrap_or(&self.id)
    }
}

/// Rows per block read back from a shard file written earlier in the same insert.
const READ_BACK_ROWS: u32 = 1024;
/// Read-back blocks kept, the oldest read dropped first: at most 8 × 1024 structures.
const READ_BACK_BLOCKS: usize = 8;

/// Structures of rows this insert already wrote to shard files, read back for matching a block
/// of consecutive rows at a time (only the id and structure columns): the candidates of
/// consecutive input rows are often consecutive earlier rows (a dump that repeats crystals of
/// an earlier part, or of another dump in the same run).
#[derive(Default)]
struct ReadBack {
    blocks: VecDeque<ReadBackBlock>,
}

/// Rows `block * READ_BACK_ROWS ..` of one shard file: (id, structure) of each.
struct ReadBackBlock {
    shard: u64,
    block: u32,
    rows: Vec<(String, Structure)>,
}

struct Pending {
    shards: Vec<ShardInfo>,
    buffer: Vec<StructureRow>,
    /// Estimated bytes of `buffer` ([`row_bytes`]).
    buffer_bytes: usize,
    next_shard: u64,
    ids: HashMap<String, StagedId>,
    superseded: Vec<((u64, u32), u64)>,
    /// Rows staged in this insert, by reduced formula, in staging order.
    staged: HashMap<String, Vec<Candidate>>,
    read_back: RefCell<ReadBack>,
    report: InsertReport,
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
        let inner = &self.inner;
        let writer = inner.catalog.writer(&inner.catalog_path())?;
        let _guard = inner.write.lock().map_err(|_| Error::Catalog("writer mutex poisoned".into()))?;
        let read = inner.catalog.begin_read()?;
        let base = catalog::latest_version(&read)?;
        let base_info = catalog::version(&read, base)?;
        let version = base + 1;
        let base_snapshot = Snapshot::new(inner.clone(), &read, base)?;
        let next_shard = catalog::all_shards(&read)?.iter().map(|s| s.id + 1).max().unwrap_or(1);
        let mut p = Pending {
            shards: vec![],
            buffer: vec![],
            buffer_bytes: 0,
            next_shard,
            ids: HashMap::new(),
            superseded: vec![],
            staged: HashMap::new(),
            read_back: RefCell::default(),
            report: InsertReport::default(),
        };
        let opts = &inner.options;
        let mut iter = records.into_iter();
        let mut position = 0u64;
        loop {
            let chunk: Vec<Record> = iter.by_ref().take(opts.chunk_rows).collect();
            if chunk.is_empty() {
                break;
            }
            let first = position;
            position += chunk.len() as u64;
            let derived: Vec<(String, Result<StructureRow>)> = chunk
                .into_par_iter()
                .map(|r| {
                    let id = r.id();
                    (id, StructureRow::from_record(r, &opts.derive))
                })
                .collect();
            for ((id, row), position) in derived.into_iter().zip(first..) {
                match row {
                    Ok(row) => self.stage(&read, &base_snapshot, version, row, &mut p)?,
                    Err(e) => p.report.rejected.push(RejectedRecord { id, position, message: e.to_string() }),
                }
            }
        }
        self.flush(version, &mut p)?;
        let mut report = p.report;
        if report.added + report.updated == 0 {
            report.version = base;
            return Ok(report);
        }
        let tx = writer.begin_write()?;
        {
            let mut shards = tx.open_table(SHARDS)?;
            for s in &p.shards {
                shards.insert(s.id, catalog::to_json(s)?.as_str())?;
            }
            let mut ids = tx.open_table(IDS)?;
            for (id, staged) in &p.ids {
                let mut entries = match ids.get(id.as_str())? {
                    Some(v) => catalog::unpack_entries(v.value())?,
                    None => vec![],
                };
                entries.push(staged.entry);
                ids.insert(id.as_str(), catalog::pack_entries(&entries).as_slice())?;
            }
            let mut sup = tx.open_table(SUPERSEDED)?;
            for (k, v) in &p.superseded {
                sup.insert(*k, *v)?;
            }
            let mut fps = tx.open_table(FINGERPRINTS)?;
            // By fingerprint; a stable sort keeps the staging order of the ids of one.
            let mut staged: Vec<&Candidate> = p.staged.values().flatten().collect();
            staged.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
            for group in staged.chunk_by(|a, b| a.fingerprint == b.fingerprint) {
                let fp = &*group[0].fingerprint;
                let mut list: Vec<String> = match fps.get(fp)? {
                    Some(v) => catalog::from_json(v.value())?,
                    None => vec![],
                };
                for c in group {
                    if !list.contains(&c.id) {
                        list.push(c.id.clone());
                    }
                }
                fps.insert(fp, catalog::to_json(&list)?.as_str())?;
            }
            let info = VersionInfo {
                version,
                parent: Some(base),
                created_at: now(),
                shards_added: p.shards.iter().map(|s| s.id).collect(),
                added: report.added,
                updated: report.updated,
                rows: base_info.rows + report.added,
                message: message.to_string(),
            };
            tx.open_table(VERSIONS)?.insert(version, catalog::to_json(&info)?.as_str())?;
        }
        tx.commit()?;
        report.version = version;
        report.committed = true;
        Ok(report)
    }

    /// Decide whether a row is new, an update or a duplicate, and buffer it.
    fn stage(
        &self,
        read: &redb::ReadTransaction,
        base: &Snapshot,
        version: u64,
        mut row: StructureRow,
        p: &mut Pending,
    ) -> Result<()> {
        let hash = content_hash(&row);
        let previous = match p.ids.get(&row.id) {
            Some(s) => Some(s.entry),
            None => catalog::visible_entry(&catalog::id_entries(read, &row.id)?, base.version()),
        };
        let is_new = match previous {
            Some(prev) if prev.hash == hash => {
                p.report.duplicates += 1;
                return Ok(());
            }
            Some(prev) => {
                p.superseded.push(((prev.shard, prev.row), version));
                false
            }
            None => true,
        };
        // A second, different row of the same id within this insert replaces the first and
        // counts as an update.
        if is_new {
            p.report.added += 1;
        } else {
            p.report.updated += 1;
        }
        // One matching signature per row: used to find its material now; only its digest is
        // kept for the rows staged after it.
        let signature = Signature::of(&row.structure, &self.inner.options.matching);
        if row.material_key.is_none() {
            let key = match self.find_material(base, read, &row, signature.as_ref(), p)? {
                Some(key) => {
                    p.report.linked += 1;
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
        p.ids.insert(row.id.clone(), StagedId { entry, digest: signature.as_ref().map(Signature::digest) });
        p.buffer_bytes += row_bytes(&row);
        p.buffer.push(row);
        if buffer_full(p.buffer.len(), p.buffer_bytes, self.inner.options.shard_rows) {
            self.flush(version, p)?;
        }
        Ok(())
    }

    /// The material key of an already stored (or staged) record that is the same crystal as
    /// `row`. Candidates share the reduced formula (any space group, so that a source's
    /// symmetry disagreement does not hide a match) and a volume per atom within the matching
    /// tolerance (by fingerprint bucket); each is confirmed with [`Signature::matches`] and
    /// [`fit`]. A staged candidate is first screened by its signature digest; its signature is
    /// recomputed from its structure only when the digest passes.
    fn find_material(
        &self,
        base: &Snapshot,
        read: &redb::ReadTransaction,
        row: &StructureRow,
        mine: Option<&Signature>,
        p: &Pending,
    ) -> Result<Option<String>> {
        let tol = self.inner.options.matching.clone();
        let my_bucket = bucket_of(&row.fingerprint);
        let reach = ((1.0 + tol.volume_tolerance).ln() / 1.05f64.ln()).ceil() as i64 + 1;
        let near = |bucket: Option<i64>| bucket.zip(my_bucket).is_none_or(|(a, b)| (a - b).abs() <= reach);
        let Some(mine) = mine else { return Ok(None) };
        let my_digest = mine.digest();
        let staged = p.staged.get(&row.formula_reduced).into_iter().flatten();
        for c in staged.filter(|c| c.id != row.id && near(bucket_of(&c.fingerprint))) {
            let Some(digest) = p.ids.get(&c.id).and_then(|s| s.digest) else { continue };
            if !my_digest.may_match(&digest, &tol) {
                continue;
            }
            let other = self.staged_structure(&c.id, p)?;
            if Signature::of(&other, &tol).is_some_and(|o| mine.matches(&o, &tol))
                && fit(&row.structure, &other, &tol).is_some()
            {
                return Ok(Some(c.key().to_string()));
            }
        }
        let prefix = format!("{}|", row.formula_reduced);
        let fps = read.open_table(FINGERPRINTS)?;
        for item in fps.range(prefix.as_str()..)? {
            let (k, v) = item?;
            if !k.value().starts_with(&prefix) {
                break;
            }
            if !near(bucket_of(k.value())) {
                continue;
            }
            let ids: Vec<String> = catalog::from_json(v.value())?;
            for id in ids.iter().filter(|id| **id != row.id) {
                let Some(other) = base.get(id)? else { continue };
                if Signature::of(&other.structure, &tol).is_some_and(|o| mine.matches(&o, &tol))
                    && fit(&row.structure, &other.structure, &tol).is_some()
                {
                    return Ok(other.material_key.or(Some(other.id)));
                }
            }
        }
        Ok(None)
    }

    /// The structure of a row staged earlier in this insert: from the buffer, or read back from
    /// the shard file it was flushed to (only for candidates whose signature digest passed),
    /// through the bounded [`ReadBack`] cache.
    fn staged_structure(&self, id: &str, p: &Pending) -> Result<Structure> {
        let entry =
            p.ids.get(id).ok_or_else(|| Error::Catalog(format!("staged row {id} has no entry")))?.entry;
        if entry.shard == p.next_shard {
            if let Some(r) = p.buffer.get(entry.row as usize).filter(|r| r.id == id) {
                return Ok(r.structure.clone());
            }
        }
        let path = self.inner.dir.join(STRUCTURES_DIR).join(format!("{:010}.parquet", entry.shard));
        let (shard, block) = (entry.shard, entry.row / READ_BACK_ROWS);
        let cached = |b: &&ReadBackBlock| b.shard == shard && b.block == block;
        let mut cache = p.read_back.borrow_mut();
        if !cache.blocks.iter().any(|b| cached(&b)) {
            let rows = p.shards.iter().find(|s| s.id == shard).map_or(0, |s| s.rows as u32);
            let first = block * READ_BACK_ROWS;
            let wanted: Vec<u32> = (first..rows.min(first + READ_BACK_ROWS)).collect();
            let columns = ["id", "lattice", "species_at_sites", "frac_coords", "occupancy"].map(String::from);
            let batches = shard::read(&path, Some(&columns), Some(&wanted), READ_BACK_ROWS as usize)?;
            let mut structures = Vec::with_capacity(wanted.len());
            for b in &batches {
                structures.extend(StructureRow::ids_and_structures(b)?);
            }
            if cache.blocks.len() == READ_BACK_BLOCKS {
                cache.blocks.pop_front();
            }
            cache.blocks.push_back(ReadBackBlock { shard, block, rows: structures });
        }
        let rows = cache.blocks.iter().find(cached).map(|b| b.rows.as_slice()).unwrap_or_default();
        match rows.get((entry.row % READ_BACK_ROWS) as usize) {
            Some((row_id, s)) if row_id == id => Ok(s.clone()),
            _ => Err(Error::Corrupt { path, message: format!("row {} is not {id}", entry.row) }),
        }
    }

    /// Write the buffered rows as one shard file (not yet referenced by the catalog).
    fn flush(&self, version: u64, p: &mut Pending) -> Result<()> {
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
        let bytes = shard::write_atomic(
            &dir,
            &name,
            structures_schema(),
            &[batch],
            shard::writer_properties().build(),
        )?;
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

/// Volume bucket of a fingerprint `formula|spacegroup|bucket`.
fn bucket_of(fp: &str) -> Option<i64> {
    fp.rsplit('|').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::row::DeriveOptions;
    use crate::structure::{Lattice, Structure};

    fn row(n: usize, note: &str) -> StructureRow {
        let lattice = Lattice::new([[4.0 * n as f64, 0.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 4.0]]);
        let frac: Vec<[f64; 3]> = (0..n).map(|i| [i as f64 / n as f64, 0.0, 0.0]).collect();
        let mut r = Record::new("t", "x", Structure::new(lattice, &vec![11; n], &frac).unwrap());
        r.extra.insert("note".into(), serde_json::Value::String(note.into()));
        StructureRow::from_record(r, &DeriveOptions::default()).unwrap()
    }

    #[test]
    fn row_bytes_grow_with_sites_and_extra() {
        let small = row_bytes(&row(1, ""));
        assert!(small >= std::mem::size_of::<StructureRow>());
        assert!(row_bytes(&row(8, "")) > small);
        assert!(row_bytes(&row(1, &"x".repeat(1000))) >= small + 1000);
    }

    #[test]
    fn row_bytes_match_the_allocator() {
        // Demo crystals (2-40 sites, no extra) and rows whose `extra` is a real MP document.
        let options = DeriveOptions::default();
        let mut rows: Vec<StructureRow> = crate::demo::demo_records(&crate::demo::DemoOptions::default())
            .into_iter()
            .take(200)
            .map(|r| StructureRow::from_record(r, &options).unwrap())
            .collect();
        let plain = rows.len();
        if let Some(data) = crate::testdata::require("row_bytes_match_the_allocator") {
            for doc in ["mp-1_tasks.json", "mp-1_materials.json", "mp-1_thermo.json", "mp-1_eos.json"] {
                let text = std::fs::read_to_string(data.join("formats/mp").join(doc)).unwrap();
                let mut r = row(4, "");
                r.extra = match serde_json::from_str(&text).unwrap() {
                    Value::Object(m) => m,
                    other => Map::from_iter([("doc".to_string(), other)]),
                };
                rows.push(r);
            }
        }
        // Measured on a clone (built on this thread only): what the allocator handed out, plus
        // its per-block overhead.
        let measure = |rows: &[StructureRow]| {
            let (b0, n0) = crate::test_alloc::held();
            let copy = rows.to_vec();
            let (b1, n1) = crate::test_alloc::held();
            let held = (b1 - b0) as usize + BLOCK_OVERHEAD * (n1 - n0) as usize;
            let estimate: usize = copy.iter().map(row_bytes).sum();
            (held, estimate)
        };
        for (what, part) in [("demo rows", &rows[..plain]), ("rows with an MP document", &rows[plain..])] {
            if part.is_empty() {
                continue;
            }
            let (held, estimate) = measure(part);
            let ratio = estimate as f64 / held as f64;
            eprintln!("{what}: estimate {estimate} B, allocator {held} B, ratio {ratio:.2}");
            assert!((0.8..=1.25).contains(&ratio), "{what}: estimate {estimate} B vs allocator {held} B");
        }
    }

    #[test]
    fn a_shard_is_written_at_its_row_or_byte_limit() {
        assert!(!buffer_full(10, 1000, 100));
        assert!(buffer_full(100, 1000, 100));
        assert!(buffer_full(10, SHARD_BUFFER_BYTES, 100_000));
        assert!(!buffer_full(10, SHARD_BUFFER_BYTES - 1, 100_000));
    }
}

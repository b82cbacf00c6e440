//! Material linking: "is this row the same crystal as a record already stored or staged?"
//!
//! Rows of one crystal (another source, another file) share a material key. Candidates share
//! the reduced formula (any space group, so that a source's symmetry disagreement does not hide
//! a match) and a volume per atom within the matching tolerance (by fingerprint bucket); each is
//! confirmed with [`Signature::matches`] and [`fit`]. Structures of rows this insert already
//! flushed are read back through a bounded cache ([`ReadBack`]).

use super::staging::Staging;
use super::{Database, Snapshot, STRUCTURES_DIR};
use crate::catalog;
use crate::error::{Error, Result};
use crate::schema::StructureRow;
use crate::shard;
use crate::structure::compare::{fit, Signature};
use crate::structure::Structure;
use std::collections::VecDeque;

/// A row staged in this insert: a matching candidate for the rows after it, and an entry of
/// the fingerprint table at the commit.
pub(super) struct Candidate {
    pub(super) id: String,
    /// Material key when it is not the row's own id.
    pub(super) key: Option<String>,
    pub(super) fingerprint: Box<str>,
}

impl Candidate {
    pub(super) fn key(&self) -> &str {
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
pub(super) struct ReadBack {
    blocks: VecDeque<ReadBackBlock>,
}

/// Rows `block * READ_BACK_ROWS ..` of one shard file: (id, structure) of each.
struct ReadBackBlock {
    shard: u64,
    block: u32,
    rows: Vec<(String, Structure)>,
}

impl Database {
    /// The material key of an already stored (or staged) record that is the same crystal as
    /// `row`. Candidates share the reduced formula (any space group, so that a source's
    /// symmetry disagreement does not hide a match) and a volume per atom within the matching
    /// tolerance (by fingerprint bucket); each is confirmed with [`Signature::matches`] and
    /// [`fit`]. A staged candidate is first screened by its signature digest; its signature is
    /// recomputed from its structure only when the digest passes.
    pub(super) fn find_material(
        &self,
        base: &Snapshot,
        read: &redb::ReadTransaction,
        row: &StructureRow,
        mine: Option<&Signature>,
        p: &Staging,
    ) -> Result<Option<String>> {
        let tol = self.inner.options.matching.clone();
        let my_bucket = bucket_of(&row.fingerprint);
        let reach = bucket_reach(tol.volume_tolerance);
        let near = |bucket: Option<i64>| near_buckets(bucket, my_bucket, reach);
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
        let candidates = catalog::fingerprint_ids(read, &row.formula_reduced, |key| near(bucket_of(key)))?;
        for id in candidates.iter().flatten().filter(|id| **id != row.id) {
            let Some(other) = base.get(id)? else { continue };
            if Signature::of(&other.structure, &tol).is_some_and(|o| mine.matches(&o, &tol))
                && fit(&row.structure, &other.structure, &tol).is_some()
            {
                return Ok(other.material_key.or(Some(other.id)));
            }
        }
        Ok(None)
    }

    /// The structure of a row staged earlier in this insert: from the buffer, or read back from
    /// the shard file it was flushed to (only for candidates whose signature digest passed),
    /// through the bounded [`ReadBack`] cache.
    pub(super) fn staged_structure(&self, id: &str, p: &Staging) -> Result<Structure> {
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
}

/// Volume bucket of a fingerprint `formula|spacegroup|bucket`.
pub(super) fn bucket_of(fp: &str) -> Option<i64> {
    fp.rsplit('|').next()?.parse().ok()
}

/// How many 5 % volume buckets apart two crystals within `volume_tolerance` (relative) can
/// lie; every bucket when the tolerance is unlimited.
pub(super) fn bucket_reach(volume_tolerance: f64) -> i64 {
    if volume_tolerance.is_finite() {
        ((1.0 + volume_tolerance).ln() / 1.05f64.ln()).ceil() as i64 + 1
    } else {
        i64::MAX
    }
}

/// Whether volume buckets `a` and `b` are within `reach` (an unknown bucket is near any).
pub(super) fn near_buckets(a: Option<i64>, b: Option<i64>, reach: i64) -> bool {
    a.zip(b).is_none_or(|(a, b)| a.abs_diff(b) <= reach.unsigned_abs())
}

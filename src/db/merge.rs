//! Updates: "what does a new record of a stored id change?"
//!
//! A record whose id is already stored (or staged earlier in the same insert) is an update.
//! Under [`OnUpdate::Merge`] (the default) the values the new record carries win and the
//! properties it does not carry ([`crate::record::Record::absent`]) keep their previous values;
//! `extra` fields the new record lacks are kept too, and a prototype it does not give. The
//! structure is the new record's (every record has one). [`OnUpdate::Replace`] takes the new
//! record as it is; [`OnUpdate::Keep`] leaves a stored id unchanged.

use super::staging::Staging;
use super::{Database, Snapshot, STRUCTURES_DIR};
use crate::catalog::IdEntry;
use crate::error::{Error, Result};
use crate::schema::StructureRow;
use crate::shard;
use crate::structure::Structure;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;

/// What an insert does with a record whose id is already stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnUpdate {
    /// The new record's values win; what it does not carry is kept from the previous row.
    #[default]
    Merge,
    /// The new record replaces the previous row as it is.
    Replace,
    /// The stored row stays; the new record is ignored.
    Keep,
}

impl OnUpdate {
    /// Every policy, by name.
    pub const NAMES: [&'static str; 3] = ["merge", "replace", "keep"];

    /// Parse `merge`, `replace` or `keep`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "merge" => Ok(Self::Merge),
            "replace" => Ok(Self::Replace),
            "keep" => Ok(Self::Keep),
            other => Err(Error::invalid(format!(
                "unknown update policy {other:?}; known: {}",
                Self::NAMES.join(", ")
            ))),
        }
    }
}

/// Merge the previous row `old` into the new `row`: each property named in `absent` takes its
/// previous value and that value's provenance, `extra` keys the new row lacks are added, and a
/// missing prototype is taken from `old`. Returns the number of property values kept (absent
/// here, known before).
pub(super) fn merge(row: &mut StructureRow, old: &StructureRow, absent: &[String]) -> u64 {
    let mut kept = 0;
    for name in absent {
        let previous = old.properties.get(name);
        if previous.is_some() && row.properties.get(name).is_none() {
            row.properties.set(name, previous);
            kept += 1;
        }
        // A property the new record does not state keeps the origin of its stored value (known
        // or a stated null).
        if let Some(origin) = old.provenance.get(name) {
            row.provenance.entry(name.clone()).or_insert_with(|| origin.clone());
        }
    }
    for (k, v) in &old.extra {
        if !row.extra.contains_key(k) {
            row.extra.insert(k.clone(), v.clone());
        }
    }
    if row.prototype.is_none() {
        row.prototype.clone_from(&old.prototype);
    }
    kept
}

/// Hash of a structure (lattice, sites, occupancies), to tell whether an update changed it.
pub(super) fn structure_hash(s: &Structure) -> [u8; 8] {
    let d = Sha256::digest(serde_json::to_vec(s).unwrap_or_default());
    d[..8].try_into().expect("8 bytes")
}

/// What an insert remembers of the stored row of an id it updates: enough to tell, at the
/// commit, whether the structure or the properties changed.
#[derive(Debug, Clone, Copy)]
pub(super) struct Before {
    pub(super) entry: IdEntry,
    pub(super) structure: [u8; 8],
    pub(super) properties: [Option<f64>; 4],
}

impl Before {
    pub(super) fn of(entry: IdEntry, row: &StructureRow) -> Self {
        Self { entry, structure: structure_hash(&row.structure), properties: row.properties.values() }
    }
}

/// Rows per block read back for updates.
const ROW_BLOCK: u32 = 256;
/// Blocks kept, the oldest dropped first.
const ROW_BLOCKS: usize = 4;

/// Full rows read back for updates, a block of consecutive rows at a time: the updates of a
/// dump arrive in roughly the order their rows were stored.
#[derive(Default)]
pub(super) struct RowCache {
    blocks: VecDeque<(u64, u32, Vec<StructureRow>)>,
}

impl Database {
    /// The row at `entry`: in this insert's buffer, in a shard this insert flushed, or in a
    /// shard of the base version.
    pub(super) fn row_at(
        &self,
        base: &Snapshot,
        entry: IdEntry,
        id: &str,
        p: &Staging,
    ) -> Result<StructureRow> {
        if entry.shard == p.next_shard {
            if let Some(r) = p.buffer.get(entry.row as usize).filter(|r| r.id == id) {
                return Ok(r.clone());
            }
        }
        let rows = p
            .shards
            .iter()
            .chain(base.shards())
            .find(|s| s.id == entry.shard)
            .map(|s| s.rows as u32)
            .ok_or_else(|| Error::DanglingEntry { id: id.to_string(), shard: entry.shard })?;
        let path = self.inner.dir.join(STRUCTURES_DIR).join(format!("{:010}.parquet", entry.shard));
        let block = entry.row / ROW_BLOCK;
        let mut cache = p.rows.borrow_mut();
        let at = |c: &RowCache| c.blocks.iter().position(|b| b.0 == entry.shard && b.1 == block);
        let k = match at(&cache) {
            Some(k) => k,
            None => {
                let first = block * ROW_BLOCK;
                let wanted: Vec<u32> = (first..rows.min(first + ROW_BLOCK)).collect();
                let mut got = Vec::with_capacity(wanted.len());
                for b in shard::read(&path, None, Some(&wanted), ROW_BLOCK as usize)? {
                    got.extend(StructureRow::from_batch(&b)?);
                }
                if cache.blocks.len() == ROW_BLOCKS {
                    cache.blocks.pop_front();
                }
                cache.blocks.push_back((entry.shard, block, got));
                cache.blocks.len() - 1
            }
        };
        match cache.blocks[k].2.get((entry.row % ROW_BLOCK) as usize) {
            Some(r) if r.id == id => Ok(r.clone()),
            _ => Err(Error::Corrupt { path, message: format!("row {} is not {id}", entry.row) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_parse_by_name_and_unknown_names_list_the_known() {
        for (name, p) in OnUpdate::NAMES.iter().zip([OnUpdate::Merge, OnUpdate::Replace, OnUpdate::Keep]) {
            assert_eq!(OnUpdate::parse(name).unwrap(), p);
        }
        let e = OnUpdate::parse("merg").unwrap_err().to_string();
        assert!(e.contains("merge, replace, keep"), "{e}");
    }
}

//! Committing a version: "make everything one insert staged visible, all at once."
//!
//! One redb write transaction adds the staged shards, appends an [`IdEntry`] to each staged id,
//! marks the rows the new version supersedes, extends the fingerprint lists (duplicate
//! candidates) and records the [`VersionInfo`]. Until it commits, readers see none of it; a
//! crash before the commit leaves only unreferenced shard files, which the next writer removes.

use super::{
    from_json, pack_entries, to_json, unpack_entries, IdEntry, ShardInfo, VersionInfo, FINGERPRINTS, IDS,
    SHARDS, SUPERSEDED, VERSIONS,
};
use crate::error::Result;
use redb::ReadableTable;

/// What one insert staged, ready to commit.
pub(crate) struct Staged<'a> {
    /// The version's entry.
    pub info: VersionInfo,
    /// Shard files written for the version.
    pub shards: &'a [ShardInfo],
    /// (record id, where its new row is), one per staged id.
    pub ids: Vec<(&'a str, IdEntry)>,
    /// ((shard, row), version from which that row is no longer visible).
    pub superseded: &'a [((u64, u32), u64)],
    /// (fingerprint, record id) of every staged row, in staging order.
    pub fingerprints: Vec<(&'a str, &'a str)>,
}

/// Write `staged` in the transaction `tx` (the caller commits it).
pub(crate) fn commit_version(tx: &redb::WriteTransaction, staged: &Staged) -> Result<()> {
    let mut shards = tx.open_table(SHARDS)?;
    for s in staged.shards {
        shards.insert(s.id, to_json(s)?.as_str())?;
    }
    let mut ids = tx.open_table(IDS)?;
    for (id, entry) in &staged.ids {
        let mut entries = match ids.get(*id)? {
            Some(v) => unpack_entries(v.value())?,
            None => vec![],
        };
        entries.push(*entry);
        ids.insert(*id, pack_entries(&entries).as_slice())?;
    }
    let mut sup = tx.open_table(SUPERSEDED)?;
    for (k, v) in staged.superseded {
        sup.insert(*k, *v)?;
    }
    let mut fps = tx.open_table(FINGERPRINTS)?;
    // By fingerprint; a stable sort keeps the staging order of the ids of one.
    let mut by_fingerprint = staged.fingerprints.clone();
    by_fingerprint.sort_by(|a, b| a.0.cmp(b.0));
    for group in by_fingerprint.chunk_by(|a, b| a.0 == b.0) {
        let fp = group[0].0;
        let mut list: Vec<String> = match fps.get(fp)? {
            Some(v) => from_json(v.value())?,
            None => vec![],
        };
        for (_, id) in group {
            if !list.iter().any(|known| known == id) {
                list.push(id.to_string());
            }
        }
        fps.insert(fp, to_json(&list)?.as_str())?;
    }
    tx.open_table(VERSIONS)?.insert(staged.info.version, to_json(&staged.info)?.as_str())?;
    Ok(())
}

//! Fetch many records by id with one read per shard.

use crate::catalog;
use crate::db::Snapshot;
use crate::error::{Error, Result};
use crate::schema::StructureRow;
use std::collections::BTreeMap;

impl Snapshot {
    /// The rows of `ids` at this version, in the order asked (`None` for an id the version does
    /// not hold). Each shard is read once, with the rows it needs selected.
    pub fn get_many<S: AsRef<str>>(&self, ids: &[S]) -> Result<Vec<Option<StructureRow>>> {
        let tx = self.inner().catalog.begin_read()?;
        // shard id -> (row in shard, position in `ids`)
        let mut wanted: BTreeMap<u64, Vec<(u32, usize)>> = BTreeMap::new();
        for (pos, id) in ids.iter().enumerate() {
            if let Some(e) = catalog::visible_entry(&catalog::id_entries(&tx, id.as_ref())?, self.version()) {
                wanted.entry(e.shard).or_default().push((e.row, pos));
            }
        }
        drop(tx);
        let mut out: Vec<Option<StructureRow>> = vec![None; ids.len()];
        for (shard_id, mut rows) in wanted {
            let s = self
                .shards()
                .iter()
                .find(|s| s.id == shard_id)
                .ok_or_else(|| Error::DanglingEntry { id: "?".into(), shard: shard_id })?;
            rows.sort_unstable();
            let mut selected: Vec<u32> = rows.iter().map(|r| r.0).collect();
            selected.dedup();
            let mut decoded = Vec::with_capacity(selected.len());
            for b in self.read_shard(s, None, Some(&selected))? {
                decoded.extend(StructureRow::from_batch(&b)?);
            }
            if decoded.len() != selected.len() {
                return Err(Error::Corrupt {
                    path: self.inner().dir.join(&s.file),
                    message: format!("asked for {} rows, read {}", selected.len(), decoded.len()),
                });
            }
            for (row, pos) in rows {
                let i = selected.binary_search(&row).expect("selected holds every row");
                let r = decoded[i].clone();
                if r.id != ids[pos].as_ref() {
                    return Err(Error::Corrupt {
                        path: self.inner().dir.join(&s.file),
                        message: format!("row {row} holds {} instead of {}", r.id, ids[pos].as_ref()),
                    });
                }
                out[pos] = Some(r);
            }
        }
        Ok(out)
    }
}

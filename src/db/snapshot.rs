//! Snapshots: one pinned version, read consistently while writers commit newer ones.

use super::Inner;
use crate::catalog::{self, ShardInfo, VersionInfo};
use crate::error::{Error, Result};
use crate::schema::{structures_schema, StructureRow};
use crate::shard;
use arrow::array::{Array, RecordBatch, StringArray};
use std::collections::BTreeMap;
use std::sync::Arc;

/// What to read in a scan.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Columns to read (schema names); `None` reads all.
    pub columns: Option<Vec<String>>,
    /// Rows per batch.
    pub batch_size: usize,
}

impl Default for ScanOptions {
    fn default() -> Self {
        Self { columns: None, batch_size: 8192 }
    }
}

impl ScanOptions {
    /// Read only these columns.
    pub fn columns<S: Into<String>>(cols: impl IntoIterator<Item = S>) -> Self {
        Self { columns: Some(cols.into_iter().map(Into::into).collect()), ..Self::default() }
    }
}

/// A read view pinned to one version: every read sees exactly the rows of that version.
#[derive(Clone)]
pub struct Snapshot {
    inner: Arc<Inner>,
    info: VersionInfo,
    shards: Vec<ShardInfo>,
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot")
            .field("version", &self.info.version)
            .field("rows", &self.info.rows)
            .finish()
    }
}

impl Snapshot {
    pub(super) fn new(inner: Arc<Inner>, tx: &redb::ReadTransaction, version: u64) -> Result<Self> {
        let info = catalog::version(tx, version)?;
        let shards = catalog::shards_at(tx, version)?;
        Ok(Self { inner, info, shards })
    }

    pub(crate) fn inner(&self) -> &Arc<Inner> {
        &self.inner
    }

    /// The database this snapshot reads.
    pub fn database(&self) -> super::Database {
        super::Database { inner: self.inner.clone() }
    }

    /// The pinned version.
    pub fn version(&self) -> u64 {
        self.info.version
    }

    /// The pinned version's catalog entry.
    pub fn info(&self) -> &VersionInfo {
        &self.info
    }

    /// Number of visible rows.
    pub fn len(&self) -> u64 {
        self.info.rows
    }

    /// Whether the version holds no rows.
    pub fn is_empty(&self) -> bool {
        self.info.rows == 0
    }

    /// The shard files this version reads.
    pub fn shards(&self) -> &[ShardInfo] {
        &self.shards
    }

    fn shard_path(&self, s: &ShardInfo) -> std::path::PathBuf {
        self.inner.dir.join(&s.file)
    }

    /// Ids visible at this version that `id` may have meant: those whose source id (the part
    /// after `source:`) is `id`, and those equal to it ignoring case; sorted, without `id`
    /// itself. `get mp-149` uses it to point at `mp:mp-149`. Reads the whole id table.
    pub fn ids_like(&self, id: &str) -> Result<Vec<String>> {
        use redb::ReadableTable;
        catalog::guard(|| {
            let tx = self.inner.catalog.begin_read()?;
            let t = tx.open_table(catalog::IDS)?;
            let mut out = Vec::new();
            for item in t.iter()? {
                let (k, v) = item?;
                let key = k.value();
                let like = key.eq_ignore_ascii_case(id)
                    || key.split_once(':').is_some_and(|(_, source_id)| source_id.eq_ignore_ascii_case(id));
                if like
                    && key != id
                    && catalog::visible_entry(&catalog::unpack_entries(v.value())?, self.info.version)
                        .is_some()
                {
                    out.push(key.to_string());
                }
            }
            Ok(out)
        })
    }

    /// The row of record `id` at this version.
    pub fn get(&self, id: &str) -> Result<Option<StructureRow>> {
        let tx = self.inner.catalog.begin_read()?;
        let Some(entry) = catalog::visible_entry(&catalog::id_entries(&tx, id)?, self.info.version) else {
            return Ok(None);
        };
        let s = self
            .shards
            .iter()
            .find(|s| s.id == entry.shard)
            .ok_or_else(|| Error::DanglingEntry { id: id.to_string(), shard: entry.shard })?;
        let path = self.shard_path(s);
        let batches = shard::read(&path, None, Some(&[entry.row]), 1)?;
        let rows = batches.iter().map(StructureRow::from_batch).collect::<Result<Vec<_>>>()?;
        let row = rows.into_iter().flatten().next();
        match row {
            Some(r) if r.id == id => Ok(Some(r)),
            Some(r) => Err(Error::Corrupt {
                path,
                message: format!("row {} holds {} instead of {id}", entry.row, r.id),
            }),
            None => Err(Error::Corrupt { path, message: format!("row {} missing", entry.row) }),
        }
    }

    /// Visible row indices of one shard, or `None` when all its rows are visible.
    fn visible_rows(&self, tx: &redb::ReadTransaction, s: &ShardInfo) -> Result<Option<Vec<u32>>> {
        let mut hidden = catalog::superseded_rows(tx, s.id, self.info.version)?;
        if hidden.is_empty() {
            return Ok(None);
        }
        hidden.sort_unstable();
        Ok(Some((0..s.rows as u32).filter(|r| hidden.binary_search(r).is_err()).collect()))
    }

    /// The visible rows of one shard of this snapshot (all of them when `None`).
    pub(crate) fn visible_rows_of(&self, s: &ShardInfo) -> Result<Option<Vec<u32>>> {
        let tx = self.inner.catalog.begin_read()?;
        self.visible_rows(&tx, s)
    }

    /// Read some rows (sorted indices within the shard) and columns of one shard.
    pub(crate) fn read_shard(
        &self,
        s: &ShardInfo,
        columns: Option<&[String]>,
        rows: Option<&[u32]>,
    ) -> Result<Vec<RecordBatch>> {
        shard::read(&self.shard_path(s), columns, rows, 8192)
    }

    /// Stream the visible rows as Arrow batches, one shard at a time.
    pub fn scan(&self, options: &ScanOptions) -> Result<impl Iterator<Item = Result<RecordBatch>> + '_> {
        self.scan_shards(options, |_| true)
    }

    /// [`Snapshot::scan`] over the shards for which `keep` is true only.
    pub(crate) fn scan_shards(
        &self,
        options: &ScanOptions,
        keep: impl Fn(&ShardInfo) -> bool,
    ) -> Result<impl Iterator<Item = Result<RecordBatch>> + '_> {
        if let Some(cols) = &options.columns {
            let schema = structures_schema();
            for c in cols {
                if schema.index_of(c).is_err() {
                    return Err(Error::invalid(format!("unknown column {c}")));
                }
            }
        }
        let tx = self.inner.catalog.begin_read()?;
        let plans = self
            .shards
            .iter()
            .filter(|s| keep(s))
            .map(|s| Ok((s, self.visible_rows(&tx, s)?)))
            .collect::<Result<Vec<_>>>()?;
        let options = options.clone();
        Ok(plans.into_iter().flat_map(move |(s, rows)| {
            let path = self.shard_path(s);
            match shard::read(&path, options.columns.as_deref(), rows.as_deref(), options.batch_size) {
                Ok(batches) => batches.into_iter().map(Ok).collect::<Vec<_>>(),
                Err(e) => vec![Err(e)],
            }
        }))
    }

    /// Every visible row, fully decoded.
    pub fn rows(&self) -> Result<impl Iterator<Item = Result<StructureRow>> + '_> {
        Ok(self.scan(&ScanOptions::default())?.flat_map(|b| {
            match b.and_then(|b| StructureRow::from_batch(&b)) {
                Ok(rows) => rows.into_iter().map(Ok).collect::<Vec<_>>(),
                Err(e) => vec![Err(e)],
            }
        }))
    }

    /// Number of visible rows per source.
    pub fn sources(&self) -> Result<BTreeMap<String, u64>> {
        let mut out = BTreeMap::new();
        for b in self.scan(&ScanOptions::columns(["source"]))? {
            let b = b?;
            let col =
                b.column(0).as_any().downcast_ref::<StringArray>().ok_or_else(|| Error::invalid("source"))?;
            for i in 0..col.len() {
                *out.entry(col.value(i).to_string()).or_insert(0) += 1;
            }
        }
        Ok(out)
    }
}

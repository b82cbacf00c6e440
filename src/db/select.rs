//! Select: "which records of this version match this filter?"
//!
//! Reads only the filter's columns plus `id`, and skips a shard when its min/max statistics
//! prove that none of its rows can match ([`Filter::may_match`]). The statistics cover every
//! non-null value of the shard's numeric columns: insert computes them over finite values and
//! refuses non-finite properties.

use super::{ScanOptions, Snapshot};
use crate::error::{Error, Result};
use crate::filter::Filter;
use arrow::array::{Array, StringArray};

/// The records of one snapshot that match a filter, and what it cost to find them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Ids of the matching records, in scan order (shard by shard, row order within a shard).
    pub ids: Vec<String>,
    /// Visible rows read and tested.
    pub rows_scanned: u64,
    /// Shards read.
    pub shards_scanned: usize,
    /// Shards skipped because their statistics rule out every row.
    pub shards_skipped: usize,
}

impl Snapshot {
    /// The records of this version that match `filter`.
    ///
    /// ```
    /// use crystaldb::{demo, Database, Filter};
    /// # fn main() -> crystaldb::Result<()> {
    /// # let dir = tempfile::tempdir().unwrap();
    /// let db = Database::create(dir.path())?;
    /// db.insert(demo::demo_records(&demo::DemoOptions { count: 40, seed: 1 }))?;
    /// let oxides = db.snapshot()?.select(&Filter::parse(r#"elements HAS "O" AND nelements = 2"#)?)?;
    /// for id in &oxides.ids {
    ///     let row = db.snapshot()?.get(id)?.expect("selected ids exist");
    ///     assert!(row.elements.contains(&"O".to_string()) && row.elements.len() == 2);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn select(&self, filter: &Filter) -> Result<Selection> {
        let mut columns = vec!["id"];
        columns.extend(filter.columns().into_iter().filter(|c| *c != "id"));
        let skipped = self.shards().iter().filter(|s| !filter.may_match(&s.stats)).count();
        let mut out = Selection {
            shards_scanned: self.shards().len() - skipped,
            shards_skipped: skipped,
            ..Selection::default()
        };
        let batches = self.scan_shards(&ScanOptions::columns(columns), |s| filter.may_match(&s.stats))?;
        for batch in batches {
            let batch = batch?;
            out.rows_scanned += batch.num_rows() as u64;
            let mask = filter.evaluate(&batch)?;
            let ids = batch
                .column_by_name("id")
                .and_then(|c| c.as_any().downcast_ref::<StringArray>())
                .ok_or_else(|| Error::invalid("scan returned no utf8 `id` column"))?;
            out.ids.extend(mask.values().set_indices().map(|i| ids.value(i).to_string()));
        }
        Ok(out)
    }
}

//! Select: "which records of this version match this filter?"
//!
//! Reads only the filter's columns plus `id`, and skips a shard when its min/max statistics
//! prove that none of its rows can match ([`Filter::may_match`]). The statistics cover every
//! non-null value of the shard's numeric columns: insert computes them over finite values and
//! refuses non-finite properties.
//!
//! A filter on prediction sets (`_crystaldb_chgnet_energy_per_atom < -5`) is first bound to the
//! snapshot ([`Snapshot::bind`]): each set is loaded once and its values joined to the scanned
//! rows by `id`.

use super::{ScanOptions, Snapshot};
use crate::embedding::{EmbeddingSet, SetKind};
use crate::error::{Error, Result};
use crate::filter::{fields, Filter};
use arrow::array::{Array, ArrayRef, BooleanArray, Float64Array, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Schema};
use std::collections::HashSet;
use std::sync::Arc;

/// A filter bound to one snapshot: the prediction sets it reads are loaded, so that it can
/// evaluate scanned batches (which need its [`Filter::columns`], `id` among them when it reads
/// a prediction set).
#[derive(Debug, Clone)]
pub struct BoundFilter {
    filter: Filter,
    sets: Vec<BoundSet>,
}

/// One prediction set a bound filter reads.
#[derive(Debug, Clone)]
struct BoundSet {
    /// The batch column its values are joined under.
    column: String,
    set: EmbeddingSet,
    /// Records whose row at the snapshot is newer than the structure their value was predicted
    /// from (updated after the set version): their value is unknown.
    stale: HashSet<String>,
}

impl BoundFilter {
    /// The filter.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// The prediction set versions the filter reads (`name@version`), in order of appearance.
    pub fn prediction_sets(&self) -> Vec<String> {
        self.sets.iter().map(|b| b.set.info().label()).collect()
    }

    /// The stored columns the filter reads (see [`Filter::columns`]).
    pub fn columns(&self) -> Vec<&'static str> {
        self.filter.columns()
    }

    /// The row mask of `batch` (see [`Filter::evaluate`]); a record a prediction set does not
    /// hold has an unknown value there.
    pub fn evaluate(&self, batch: &RecordBatch) -> Result<BooleanArray> {
        if self.sets.is_empty() {
            return self.filter.evaluate(batch);
        }
        let ids =
            batch.column_by_name("id").and_then(|c| c.as_any().downcast_ref::<StringArray>()).ok_or_else(
                || Error::invalid("a filter on a prediction set needs the batch's utf8 `id` column"),
            )?;
        let mut fields: Vec<Arc<Field>> = batch.schema().fields().iter().cloned().collect();
        let mut columns: Vec<ArrayRef> = batch.columns().to_vec();
        for b in &self.sets {
            let values: Float64Array = ids
                .iter()
                .map(|id| {
                    id.filter(|id| !b.stale.contains(*id))
                        .and_then(|id| b.set.get(id))
                        .map(|v| f64::from(v[0]))
                })
                .collect();
            fields.push(Arc::new(Field::new(b.column.as_str(), DataType::Float64, true)));
            columns.push(Arc::new(values));
        }
        let joined = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)
            .map_err(|e| Error::invalid(format!("joining prediction sets to a batch: {e}")))?;
        self.filter.evaluate(&joined)
    }
}

impl Snapshot {
    /// Bind `filter` to this snapshot: load each prediction set it names (the newest version
    /// covering this snapshot's structure version or an older one). A record updated after
    /// that set version has an unknown value there (its value was predicted from the previous
    /// structure). A `_crystaldb_<name>` that
    /// is neither a structure field nor a prediction set here is an [`Error::Filter`] at the
    /// name, listing close names and the prediction sets the database has.
    pub fn bind(&self, filter: &Filter) -> Result<BoundFilter> {
        let wanted = filter.prediction_sets();
        let mut sets = Vec::with_capacity(wanted.len());
        if wanted.is_empty() {
            return Ok(BoundFilter { filter: filter.clone(), sets });
        }
        let predicted: Vec<String> = self.prediction_sets()?.into_iter().map(|s| s.name).collect();
        for (name, span) in wanted {
            if !predicted.contains(&name) {
                return Err(filter.error_at(fields::unknown_prediction(
                    &format!("_{}_{name}", fields::PROVIDER_PREFIX),
                    span,
                    &predicted,
                )));
            }
            let set = self.embedding(&name)?;
            if set.info().kind != SetKind::Predicted || set.dim() != 1 {
                return Err(Error::Catalog(format!("{} is not a prediction set", set.info().label())));
            }
            let stale = self.updated_since(&set)?;
            sets.push(BoundSet { column: crate::filter::predicted_column(&name), set, stale });
        }
        Ok(BoundFilter { filter: filter.clone(), sets })
    }

    /// The prediction sets a filter on this snapshot can read: of each name, the newest version
    /// covering this snapshot's structure version or an older one, ordered by name.
    pub fn prediction_sets(&self) -> Result<Vec<crate::EmbeddingSetInfo>> {
        let mut newest: Vec<crate::EmbeddingSetInfo> = Vec::new();
        // `list` is ordered by name then version: the last of each name wins.
        for s in self.database().embeddings().list()? {
            if s.kind != SetKind::Predicted || s.structure_version > self.version() {
                continue;
            }
            match newest.last_mut() {
                Some(last) if last.name == s.name => *last = s,
                _ => newest.push(s),
            }
        }
        Ok(newest)
    }

    /// Ids whose visible row was written after the structure version `set` holds a value of
    /// (the shards committed after the set's structure version, read for their ids only).
    fn updated_since(&self, set: &EmbeddingSet) -> Result<HashSet<String>> {
        let mut out = HashSet::new();
        for s in self.shards().iter().filter(|s| s.version > set.info().structure_version) {
            let visible = self.visible_rows_of(s)?;
            for batch in self.read_shard(s, Some(&["id".to_string()]), visible.as_deref())? {
                let ids = batch
                    .column(0)
                    .as_any()
                    .downcast_ref::<StringArray>()
                    .ok_or_else(|| Error::invalid("the id column is not utf8"))?;
                for id in ids.iter().flatten() {
                    if set.row_of(id).is_some_and(|r| set.structure_versions()[r] < s.version) {
                        out.insert(id.to_string());
                    }
                }
            }
        }
        Ok(out)
    }
}

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
        let bound = self.bind(filter)?;
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
            let mask = bound.evaluate(&batch)?;
            let ids = batch
                .column_by_name("id")
                .and_then(|c| c.as_any().downcast_ref::<StringArray>())
                .ok_or_else(|| Error::invalid("scan returned no utf8 `id` column"))?;
            out.ids.extend(mask.values().set_indices().map(|i| ids.value(i).to_string()));
        }
        Ok(out)
    }
}

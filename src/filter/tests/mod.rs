//! Tests of the filter language: parser tables, evaluation on hand-built batches, pruning and
//! property tests against a row-at-a-time reference evaluator.

mod eval;
mod grammar;
mod parse;
mod props;
mod reference;

use arrow::array::{
    ArrayRef, Float64Array, Int32Array, ListArray, ListBuilder, RecordBatch, StringArray, StringBuilder,
};
use arrow::datatypes::{Float64Type, UInt8Type};
use std::sync::Arc;

/// One row of a test batch: the columns filters in these tests read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row {
    pub id: String,
    pub formula_reduced: String,
    pub elements: Vec<String>,
    pub nelements: i32,
    pub nsites: i32,
    pub species_at_sites: Vec<u8>,
    pub occupancy: Vec<f64>,
    pub volume: f64,
    pub spacegroup_number: Option<i32>,
    pub band_gap: Option<f64>,
    pub prototype: Option<String>,
}

impl Row {
    /// The value of a stored numeric column.
    pub fn number(&self, column: &str) -> Option<f64> {
        match column {
            "nelements" => Some(self.nelements as f64),
            "nsites" => Some(self.nsites as f64),
            "volume" => Some(self.volume),
            "spacegroup_number" => self.spacegroup_number.map(f64::from),
            "band_gap" => self.band_gap,
            _ => None,
        }
    }

    /// The value of a stored string column.
    pub fn string(&self, column: &str) -> Option<&str> {
        match column {
            "id" => Some(&self.id),
            "formula_reduced" => Some(&self.formula_reduced),
            "prototype" => self.prototype.as_deref(),
            _ => None,
        }
    }
}

/// The rows as a batch with the structures schema's types for these columns.
pub(super) fn batch(rows: &[Row]) -> RecordBatch {
    let mut elements = ListBuilder::new(StringBuilder::new());
    for r in rows {
        for e in &r.elements {
            elements.values().append_value(e);
        }
        elements.append(true);
    }
    let species = ListArray::from_iter_primitive::<UInt8Type, _, _>(
        rows.iter().map(|r| Some(r.species_at_sites.iter().map(|z| Some(*z)).collect::<Vec<_>>())),
    );
    let occupancy = ListArray::from_iter_primitive::<Float64Type, _, _>(
        rows.iter().map(|r| Some(r.occupancy.iter().map(|x| Some(*x)).collect::<Vec<_>>())),
    );
    let columns: Vec<(&str, ArrayRef)> = vec![
        ("id", Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.id.as_str())))),
        (
            "formula_reduced",
            Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.formula_reduced.as_str()))),
        ),
        ("elements", Arc::new(elements.finish())),
        ("nelements", Arc::new(Int32Array::from_iter_values(rows.iter().map(|r| r.nelements)))),
        ("nsites", Arc::new(Int32Array::from_iter_values(rows.iter().map(|r| r.nsites)))),
        ("species_at_sites", Arc::new(species)),
        ("occupancy", Arc::new(occupancy)),
        ("volume", Arc::new(Float64Array::from_iter_values(rows.iter().map(|r| r.volume)))),
        ("spacegroup_number", Arc::new(Int32Array::from_iter(rows.iter().map(|r| r.spacegroup_number)))),
        ("band_gap", Arc::new(Float64Array::from_iter(rows.iter().map(|r| r.band_gap)))),
        ("prototype", Arc::new(StringArray::from_iter(rows.iter().map(|r| r.prototype.as_deref())))),
    ];
    RecordBatch::try_from_iter(columns).expect("consistent test batch")
}

/// Min/max of the numeric columns over non-null finite values, as insert computes them.
pub(super) fn stats(rows: &[Row]) -> super::Stats {
    let mut out = super::Stats::new();
    for r in rows {
        for c in ["nelements", "nsites", "volume", "spacegroup_number", "band_gap"] {
            if let Some(v) = r.number(c).filter(|v| v.is_finite()) {
                let e = out.entry(c.to_string()).or_insert((v, v));
                e.0 = e.0.min(v);
                e.1 = e.1.max(v);
            }
        }
    }
    out
}

/// Ids of the rows whose mask entry is true.
pub(super) fn matching(rows: &[Row], mask: &arrow::array::BooleanArray) -> Vec<String> {
    rows.iter()
        .enumerate()
        .filter(|(i, _)| mask.is_valid(*i) && mask.value(*i))
        .map(|(_, r)| r.id.clone())
        .collect()
}

use arrow::array::Array;

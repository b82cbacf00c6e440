//! "Hand these Arrow batches to Python without copying": a result table that implements the
//! Arrow PyCapsule interface (`__arrow_c_stream__`, capsule `"arrow_array_stream"`), which
//! pyarrow, polars, pandas and DuckDB read by taking over the buffers.

use arrow::array::RecordBatch;
use arrow::datatypes::SchemaRef;
use arrow::ffi_stream::FFI_ArrowArrayStream;
use arrow::record_batch::RecordBatchIterator;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

/// Record batches and their schema, shared with every reader of the capsule.
#[pyclass(frozen, module = "crystaldb._crystaldb", name = "RawTable")]
pub struct RawTable {
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
}

impl RawTable {
    /// A table of `batches` (all of `schema`).
    pub fn new(schema: SchemaRef, batches: Vec<RecordBatch>) -> Self {
        Self { schema, batches }
    }
}

#[pymethods]
impl RawTable {
    /// An `ArrowArrayStream` over the batches (the buffers are shared, not copied).
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        // The interface lets a producer keep its own schema when it does not cast.
        let _ = requested_schema;
        let reader = RecordBatchIterator::new(self.batches.clone().into_iter().map(Ok), self.schema.clone());
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }

    /// Number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batches.iter().map(|b| b.num_rows()).sum()
    }

    /// Column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.schema.fields().iter().map(|f| f.name().clone()).collect()
    }

    /// Addresses of the data buffers of `column`, batch by batch (for checking that a reader
    /// shares them instead of copying).
    fn buffer_addresses(&self, column: &str) -> PyResult<Vec<usize>> {
        let i =
            self.schema.index_of(column).map_err(|e| pyo3::exceptions::PyKeyError::new_err(e.to_string()))?;
        Ok(self
            .batches
            .iter()
            .flat_map(|b| {
                b.column(i).to_data().buffers().iter().map(|x| x.as_ptr() as usize).collect::<Vec<_>>()
            })
            .collect())
    }
}

//! "Do this to the database from Python": the native side of `crystaldb.Database`. Each method
//! is one verb of the Rust library (or of the command layer, so that documents have the keys of
//! the CLI's `--json`); the pure-Python layer (`crystaldb/_db.py`) gives them their Python
//! shape: structures of any kind, DataFrames, the search builder, dicts from the documents.

use crate::call::{long_call, Progress};
use crate::errors::{self, invalid, lib};
use crate::table::RawTable;
use arrow::array::{ArrayRef, Float32Array, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Schema};
use crystaldb::embedding::{EmbedOptions, ImportOptions, ImportedVectors, Normalization};
use crystaldb::encode::Metric;
use crystaldb::filter::Filter;
use crystaldb::{
    Lattice, OnUpdate, Origin, Record, ScanOptions, Site, Snapshot, Structure, StructureRow, Target,
};
use numpy::ndarray::ArrayView2;
use numpy::{PyArray1, PyArray2, PyArrayMethods, PyReadonlyArray1, PyReadonlyArray2};
use pyo3::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// A structure as the Python layer hands it over: lattice (3, 3), fractional coordinates
/// (n, 3), atomic numbers (n,) and occupancies (n,).
type RawStructure<'py> = (
    PyReadonlyArray2<'py, f64>,
    PyReadonlyArray2<'py, f64>,
    PyReadonlyArray1<'py, i64>,
    PyReadonlyArray1<'py, f64>,
);

/// A structure's arrays for the Python layer, in the order of [`RawStructure`].
type StructureArrays<'py> = (
    Bound<'py, PyArray2<f64>>,
    Bound<'py, PyArray2<f64>>,
    Bound<'py, PyArray1<i64>>,
    Bound<'py, PyArray1<f64>>,
);

/// The (column, value) pairs one record states; None states the value as unknown.
type StatedProperties = Vec<(String, Option<f64>)>;

/// An open database directory.
#[pyclass(frozen, module = "crystaldb._crystaldb", name = "RawDatabase")]
pub struct RawDatabase {
    inner: Mutex<Option<crystaldb::Database>>,
    path: PathBuf,
    read_only: bool,
}

impl RawDatabase {
    fn db(&self, py: Python<'_>) -> PyResult<crystaldb::Database> {
        let guard = self.inner.lock().map_err(|_| errors::error(py, "database handle poisoned"))?;
        guard.clone().ok_or_else(|| errors::error(py, &format!("database {} is closed", self.path.display())))
    }

    fn snap(&self, py: Python<'_>, version: Option<u64>) -> PyResult<Snapshot> {
        let db = self.db(py)?;
        py.detach(|| match version {
            Some(v) => db.at(v),
            None => db.snapshot(),
        })
        .map_err(|e| lib(py, e))
    }
}

fn json_text(py: Python<'_>, v: &serde_json::Value) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| errors::error(py, &e.to_string()))
}

/// A `crystaldb::Structure` from the arrays of the Python layer (already checked there;
/// checked again here, naming the field).
fn structure_of(py: Python<'_>, raw: &RawStructure<'_>, what: &str) -> PyResult<Structure> {
    let (lattice, frac, numbers, occ) = raw;
    let l = lattice.as_array();
    if l.shape() != [3, 3] {
        return Err(invalid(
            py,
            "lattice",
            &format!("{what}: lattice has shape {:?}, expected (3, 3)", l.shape()),
        ));
    }
    let mut m = [[0.0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            let x = l[[i, j]];
            if !x.is_finite() {
                return Err(invalid(py, "lattice", &format!("{what}: lattice[{i}][{j}] is {x}")));
            }
            m[i][j] = x;
        }
    }
    let f = frac.as_array();
    let z = numbers.as_array();
    let o = occ.as_array();
    if f.ncols() != 3 || f.nrows() != z.len() || z.len() != o.len() {
        return Err(invalid(
            py,
            "frac_coords",
            &format!(
                "{what}: {} fractional coordinates of width {}, {} atomic numbers and {} occupancies",
                f.nrows(),
                f.ncols(),
                z.len(),
                o.len()
            ),
        ));
    }
    let mut sites = Vec::with_capacity(z.len());
    for i in 0..z.len() {
        let zi = z[i];
        if !(1..=118).contains(&zi) {
            return Err(invalid(py, "numbers", &format!("{what}: numbers[{i}] = {zi} is not an element")));
        }
        let p = [f[[i, 0]], f[[i, 1]], f[[i, 2]]];
        if p.iter().any(|x| !x.is_finite()) {
            return Err(invalid(py, "frac_coords", &format!("{what}: frac_coords[{i}] is {p:?}")));
        }
        if !(o[i] > 0.0 && o[i] <= 1.0) {
            return Err(invalid(
                py,
                "occupancies",
                &format!("{what}: occupancies[{i}] = {} is not in (0, 1]", o[i]),
            ));
        }
        sites.push(Site { z: zi as u8, frac: p, occupancy: o[i] });
    }
    Ok(Structure { lattice: Lattice::new(m), sites })
}

/// The arrays of a structure, for the Python layer.
#[allow(clippy::type_complexity)]
fn structure_arrays<'py>(
    py: Python<'py>,
    s: &Structure,
) -> PyResult<(
    Bound<'py, PyArray2<f64>>,
    Bound<'py, PyArray2<f64>>,
    Bound<'py, PyArray1<i64>>,
    Bound<'py, PyArray1<f64>>,
)> {
    let lattice: Vec<f64> = s.lattice.matrix.iter().flatten().copied().collect();
    let frac: Vec<f64> = s.sites.iter().flat_map(|x| x.frac).collect();
    let n = s.sites.len();
    Ok((
        PyArray1::from_vec(py, lattice).reshape([3, 3])?,
        PyArray1::from_vec(py, frac).reshape([n, 3])?,
        PyArray1::from_vec(py, s.sites.iter().map(|x| i64::from(x.z)).collect()),
        PyArray1::from_vec(py, s.sites.iter().map(|x| x.occupancy).collect()),
    ))
}

/// A stable default id: the first 16 hex digits of the SHA-256 of the structure's JSON.
fn content_id(s: &Structure) -> String {
    use sha2::{Digest, Sha256};
    let text = serde_json::to_string(s).unwrap_or_default();
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A search target handed over by the Python layer.
#[derive(FromPyObject)]
pub enum RawTarget<'py> {
    /// A 1-D float32 vector.
    Vector(PyReadonlyArray1<'py, f32>),
    /// A structure's arrays.
    Structure(RawStructure<'py>),
    /// A record id.
    Id(String),
}

/// The table of search hits: `id`, `distance`, then `columns` of the stored rows.
fn hits_table(hits: &[crystaldb::SearchHit], columns: &[String]) -> anyhow::Result<RawTable> {
    let ids = StringArray::from_iter_values(hits.iter().map(|h| h.id.as_str()));
    let distances: Float32Array = hits.iter().map(|h| h.distance).collect();
    let mut fields =
        vec![Field::new("id", DataType::Utf8, false), Field::new("distance", DataType::Float32, true)];
    let mut arrays: Vec<ArrayRef> = vec![Arc::new(ids), Arc::new(distances)];
    if !columns.is_empty() {
        let rows: Vec<StructureRow> = hits.iter().map(|h| h.row.clone()).collect();
        let batch = StructureRow::to_batch(&rows)?;
        let documented = crystaldb::schema::documented_schema();
        for c in columns {
            let i = batch.schema().index_of(c)?;
            let f =
                documented.field_with_name(c).cloned().unwrap_or_else(|_| batch.schema().field(i).clone());
            fields.push(f);
            arrays.push(batch.column(i).clone());
        }
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), arrays)?;
    Ok(RawTable::new(schema, vec![batch]))
}

fn check_columns(py: Python<'_>, columns: &[String]) -> PyResult<()> {
    if let Some(bad) = columns.iter().find(|c| !crystaldb::schema::COLUMNS.contains(&c.as_str())) {
        return Err(lib(
            py,
            crystaldb::Error::Unknown {
                what: "column",
                name: bad.clone(),
                known: crystaldb::schema::COLUMNS.iter().map(|c| c.to_string()).collect(),
            },
        ));
    }
    Ok(())
}

/// Holds the vectors of a loaded embedding set while NumPy arrays view them.
#[pyclass(frozen, module = "crystaldb._crystaldb")]
pub struct VectorBuffer {
    data: Arc<[f32]>,
}

#[pymethods]
impl VectorBuffer {
    /// Address of the first value (to check that an array views this buffer).
    #[getter]
    fn address(&self) -> usize {
        self.data.as_ptr() as usize
    }
}

#[pymethods]
impl RawDatabase {
    #[new]
    #[pyo3(signature = (path, create=true, read_only=false))]
    fn new(py: Python<'_>, path: PathBuf, create: bool, read_only: bool) -> PyResult<Self> {
        crystaldb_cli::register_encoders();
        let p = path.clone();
        let db = py
            .detach(|| {
                crystaldb::Database::builder()
                    .create_if_missing(create && !read_only)
                    .read_only(read_only)
                    .open(&p)
            })
            .map_err(|e| lib(py, e))?;
        Ok(Self { inner: Mutex::new(Some(db)), path, read_only })
    }

    /// Release the handle (and its write lock).
    fn close(&self) {
        if let Ok(mut g) = self.inner.lock() {
            *g = None;
        }
    }

    #[getter]
    fn closed(&self) -> bool {
        self.inner.lock().map(|g| g.is_none()).unwrap_or(true)
    }

    #[getter]
    fn path(&self) -> String {
        self.path.display().to_string()
    }

    #[getter]
    fn read_only(&self) -> bool {
        self.read_only
    }

    /// The newest committed version.
    fn latest_version(&self, py: Python<'_>) -> PyResult<u64> {
        let db = self.db(py)?;
        py.detach(|| db.latest_version()).map_err(|e| lib(py, e))
    }

    /// Rows of a version.
    #[pyo3(signature = (version=None))]
    fn count(&self, py: Python<'_>, version: Option<u64>) -> PyResult<u64> {
        Ok(self.snap(py, version)?.len())
    }

    /// The `info --json` document.
    #[pyo3(signature = (version=None))]
    fn info_json(&self, py: Python<'_>, version: Option<u64>) -> PyResult<String> {
        let snap = self.snap(py, version)?;
        let doc = py
            .detach(|| crystaldb_cli::commands::info::info_json(&snap))
            .map_err(|e| errors::to_py(py, e))?;
        json_text(py, &doc)
    }

    /// The `manifest --json` document.
    #[pyo3(signature = (version=None))]
    fn manifest_json(&self, py: Python<'_>, version: Option<u64>) -> PyResult<String> {
        let db = self.db(py)?;
        let m = py.detach(|| db.manifest(version)).map_err(|e| lib(py, e))?;
        json_text(py, &serde_json::to_value(m).map_err(|e| errors::error(py, &e.to_string()))?)
    }

    /// The `versions --json` list.
    fn versions_json(&self, py: Python<'_>) -> PyResult<String> {
        let db = self.db(py)?;
        let v = py.detach(|| db.versions()).map_err(|e| lib(py, e))?;
        json_text(py, &serde_json::to_value(v).map_err(|e| errors::error(py, &e.to_string()))?)
    }

    /// The `ingest --json` document.
    #[pyo3(signature = (paths, format=None, source=None, on_update="merge", progress=None))]
    fn ingest_json(
        &self,
        py: Python<'_>,
        paths: Vec<PathBuf>,
        format: Option<String>,
        source: Option<String>,
        on_update: &str,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<String> {
        let db = self.db(py)?;
        let on_update = OnUpdate::parse(on_update).map_err(|e| lib(py, e))?;
        let options = crystaldb_readers::job::IngestOptions { format, source, message: None, on_update };
        let progress = Progress::new(progress);
        let doc = long_call(py, move || {
            let total: u64 = crystaldb_readers::input::expand_paths(&paths)?
                .iter()
                .filter_map(|p| p.metadata().ok())
                .map(|m| m.len())
                .sum();
            let summary = crystaldb_readers::job::ingest(&db, &paths, &options, &|b| {
                progress.update("read", b, total)
            })?;
            Ok(serde_json::to_value(&summary)?)
        })?;
        json_text(py, &doc)
    }

    /// Insert structures as one version; the insert report as JSON. `properties[i]` lists the
    /// (column, value) pairs record `i` states (a pair with None states the value as unknown);
    /// property columns it does not list are absent (an update keeps their stored values).
    #[pyo3(signature = (structures, ids=None, source="user".to_string(), properties=None, on_update="merge", progress=None))]
    #[allow(clippy::too_many_arguments)]
    fn insert_json(
        &self,
        py: Python<'_>,
        structures: Vec<RawStructure<'_>>,
        ids: Option<Vec<String>>,
        source: String,
        properties: Option<Vec<StatedProperties>>,
        on_update: &str,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<String> {
        let db = self.db(py)?;
        let on_update = OnUpdate::parse(on_update).map_err(|e| lib(py, e))?;
        if source.is_empty() || source.contains(':') {
            return Err(invalid(py, "source", &format!("source {source:?}: a non-empty name without ':'")));
        }
        if let Some(ids) = &ids {
            if ids.len() != structures.len() {
                return Err(invalid(
                    py,
                    "ids",
                    &format!("{} ids for {} structures", ids.len(), structures.len()),
                ));
            }
        }
        if let Some(p) = &properties {
            if p.len() != structures.len() {
                return Err(invalid(
                    py,
                    "properties",
                    &format!("{} property rows for {} structures", p.len(), structures.len()),
                ));
            }
        }
        let mut records = Vec::with_capacity(structures.len());
        for (i, raw) in structures.iter().enumerate() {
            let s = structure_of(py, raw, &format!("structures[{i}]"))?;
            let sid = match &ids {
                Some(ids) => {
                    let id = ids[i].strip_prefix(&format!("{source}:")).unwrap_or(&ids[i]).to_string();
                    if id.is_empty() {
                        return Err(invalid(py, "ids", &format!("ids[{i}] is empty")));
                    }
                    id
                }
                None => content_id(&s),
            };
            let mut r = Record::new(source.clone(), sid, s);
            let stated: StatedProperties = properties.as_ref().map(|p| p[i].clone()).unwrap_or_default();
            for (name, value) in &stated {
                if let Some(v) = value {
                    if !v.is_finite() {
                        return Err(invalid(py, name, &format!("properties[{i}][{name:?}] is {v}")));
                    }
                }
                if !r.properties.set(name, *value) {
                    return Err(lib(
                        py,
                        crystaldb::Error::Unknown {
                            what: "property",
                            name: name.clone(),
                            known: crystaldb::Properties::NAMES.iter().map(|n| n.to_string()).collect(),
                        },
                    ));
                }
            }
            let r = r.carrying(stated.iter().map(|(n, _)| n.as_str()));
            records.push((r, Some(Origin { file: "<python>".into(), record: i.to_string() })));
        }
        let progress = Progress::new(progress);
        let total = records.len() as u64;
        let doc = long_call(py, move || {
            let options = crystaldb::InsertOptions {
                message: format!("insert {total} structures from Python"),
                on_update,
            };
            let done = std::sync::atomic::AtomicU64::new(0);
            let records = records.into_iter().inspect(|_| {
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                if n.is_multiple_of(256) || n == total {
                    progress.update("insert", n, total);
                }
            });
            let report = db.insert_with(records, &options)?;
            Ok(serde_json::to_value(&report)?)
        })?;
        json_text(py, &doc)
    }

    /// One stored record as the JSON of `get --json`, or None.
    #[pyo3(signature = (id, version=None))]
    fn get_json(&self, py: Python<'_>, id: &str, version: Option<u64>) -> PyResult<Option<String>> {
        let snap = self.snap(py, version)?;
        let row = py.detach(|| snap.get(id)).map_err(|e| lib(py, e))?;
        row.map(|r| json_text(py, &r.to_json())).transpose()
    }

    /// Similar stored ids (for a "did you mean" message).
    #[pyo3(signature = (id, version=None))]
    fn ids_like(&self, py: Python<'_>, id: &str, version: Option<u64>) -> PyResult<Vec<String>> {
        let snap = self.snap(py, version)?;
        py.detach(|| snap.ids_like(id)).map_err(|e| lib(py, e))
    }

    /// The arrays of a stored structure, or None.
    #[pyo3(signature = (id, version=None))]
    fn structure<'py>(
        &self,
        py: Python<'py>,
        id: &str,
        version: Option<u64>,
    ) -> PyResult<Option<StructureArrays<'py>>> {
        let snap = self.snap(py, version)?;
        let row = py.detach(|| snap.get(id)).map_err(|e| lib(py, e))?;
        row.map(|r| structure_arrays(py, &r.structure)).transpose()
    }

    /// Rows of a version (filtered, projected) as an Arrow table.
    #[pyo3(signature = (columns=None, filter=None, version=None))]
    fn scan(
        &self,
        py: Python<'_>,
        columns: Option<Vec<String>>,
        filter: Option<String>,
        version: Option<u64>,
    ) -> PyResult<RawTable> {
        let snap = self.snap(py, version)?;
        let columns: Vec<String> =
            columns.unwrap_or_else(|| crystaldb::schema::COLUMNS.iter().map(|c| c.to_string()).collect());
        check_columns(py, &columns)?;
        if columns.is_empty() {
            return Err(invalid(py, "columns", "columns lists no column"));
        }
        let filter = filter.map(|f| Filter::parse(&f)).transpose().map_err(|e| lib(py, e))?;
        long_call(py, move || {
            let documented = crystaldb::schema::documented_schema();
            let filter = filter.map(|f| snap.bind(&f)).transpose()?;
            let mut read: Vec<String> = columns.clone();
            if let Some(f) = &filter {
                for c in f.columns() {
                    if !read.iter().any(|x| x == c) {
                        read.push(c.to_string());
                    }
                }
            }
            let fields: Vec<Field> =
                columns.iter().map(|c| documented.field_with_name(c).cloned()).collect::<Result<_, _>>()?;
            let schema = Arc::new(Schema::new(fields));
            let mut out = Vec::new();
            for batch in snap.scan(&ScanOptions { columns: Some(read), batch_size: 65_536 })? {
                let mut batch = batch?;
                if let Some(f) = &filter {
                    batch = arrow::compute::filter_record_batch(&batch, &f.evaluate(&batch)?)?;
                }
                if batch.num_rows() == 0 {
                    continue;
                }
                let arrays: Vec<ArrayRef> = columns
                    .iter()
                    .map(|c| batch.schema().index_of(c).map(|i| batch.column(i).clone()))
                    .collect::<Result<_, _>>()?;
                out.push(RecordBatch::try_new(schema.clone(), arrays)?);
            }
            Ok(RawTable::new(schema, out))
        })
    }

    /// Encode the newest version; the `embed --json` document.
    #[pyo3(signature = (encoder, params=None, name=None, normalize=None, batch_size=None, progress=None))]
    #[allow(clippy::too_many_arguments)]
    fn embed_json(
        &self,
        py: Python<'_>,
        encoder: String,
        params: Option<BTreeMap<String, String>>,
        name: Option<String>,
        normalize: Option<String>,
        batch_size: Option<usize>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<String> {
        let db = self.db(py)?;
        let normalize = normalize.as_deref().map(Normalization::parse).transpose().map_err(|e| lib(py, e))?;
        let progress = Progress::new(progress);
        let doc = long_call(py, move || {
            let p = progress.clone();
            let cb = Arc::new(move |done: u64, total: u64| p.update("encode", done, total));
            let options = EmbedOptions {
                name,
                batch_size,
                shard_rows: None,
                progress: Some(cb),
                normalize,
                prediction: false,
            };
            crystaldb_cli::commands::embed::embed_document(
                &db,
                &encoder,
                &params.unwrap_or_default(),
                &options,
            )
        })?;
        json_text(py, &doc)
    }

    /// A published model's prediction (`cgcnn`, `chgnet`; `params` as `--set` gives them) for
    /// every structure of a version: `{"model", "version", "ids", "predictions", "skipped",
    /// "weights_checksum"}` as JSON.
    #[pyo3(signature = (model, params=None, version=None, batch_size=None, progress=None))]
    fn predict_json(
        &self,
        py: Python<'_>,
        model: String,
        params: Option<BTreeMap<String, String>>,
        version: Option<u64>,
        batch_size: Option<usize>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<String> {
        let snap = self.snap(py, version)?;
        let progress = Progress::new(progress);
        let doc = long_call(py, move || {
            let predictor =
                crystaldb_cli::commands::predict::Predictor::new(&model, &params.unwrap_or_default())?;
            let total = snap.len();
            let (mut ids, mut predictions) = (Vec::new(), Vec::new());
            let done = std::sync::atomic::AtomicU64::new(0);
            let skipped = predictor.run(
                &snap,
                batch_size.unwrap_or(1024),
                |id, p| {
                    crystaldb::interrupt::check()?;
                    ids.push(id.to_string());
                    predictions.push(p);
                    Ok(())
                },
                |n| {
                    let d = done.fetch_add(n, std::sync::atomic::Ordering::Relaxed) + n;
                    progress.update("predict", d, total);
                },
            )?;
            Ok(serde_json::json!({
                "model": predictor.name(),
                "version": snap.version(),
                "ids": ids,
                "predictions": predictions,
                "skipped": skipped,
                "weights_checksum": predictor.spec().weights_checksum,
            }))
        })?;
        json_text(py, &doc)
    }

    /// Store a published model's predictions for the newest version as a prediction set (filters
    /// read it as `_crystaldb_<name>`); the `predict --store --json` document.
    #[pyo3(signature = (model, params=None, name=None, batch_size=None, progress=None))]
    fn store_predictions_json(
        &self,
        py: Python<'_>,
        model: String,
        params: Option<BTreeMap<String, String>>,
        name: Option<String>,
        batch_size: Option<usize>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<String> {
        let db = self.db(py)?;
        let progress = Progress::new(progress);
        let doc = long_call(py, move || {
            let predictor =
                crystaldb_cli::commands::predict::Predictor::new(&model, &params.unwrap_or_default())?;
            let p = progress.clone();
            let cb = Arc::new(move |done: u64, total: u64| p.update("predict", done, total));
            crystaldb_cli::commands::predict::store_document(
                &db,
                &predictor,
                name,
                batch_size.unwrap_or(1024),
                Some(cb),
            )
        })?;
        json_text(py, &doc)
    }

    /// Import vectors (float32, (n, d)) as a new set version; the `import-embeddings --json`
    /// document.
    #[pyo3(signature = (name, ids, vectors, metric="cosine", meta=None))]
    fn import_json(
        &self,
        py: Python<'_>,
        name: String,
        ids: Vec<String>,
        vectors: PyReadonlyArray2<'_, f32>,
        metric: &str,
        meta: Option<BTreeMap<String, String>>,
    ) -> PyResult<String> {
        let db = self.db(py)?;
        let metric = Metric::parse(metric).map_err(|e| lib(py, e))?;
        let v = vectors.as_array();
        if ids.len() != v.nrows() {
            return Err(invalid(py, "ids", &format!("{} ids for {} vectors", ids.len(), v.nrows())));
        }
        let dim = v.ncols();
        let values: Vec<f32> = match v.as_slice() {
            Some(s) => s.to_vec(),
            None => v.iter().copied().collect(),
        };
        if let Some(i) = values.iter().position(|x| !x.is_finite()) {
            return Err(invalid(
                py,
                "vectors",
                &format!("vectors[{}][{}] is {}", i / dim.max(1), i % dim.max(1), values[i]),
            ));
        }
        let imported = ImportedVectors { ids, dim, values };
        let options = ImportOptions { meta: meta.unwrap_or_default(), metric, source: Some("python".into()) };
        let doc = long_call(py, move || {
            crystaldb_cli::commands::embed::import_document(&db, &name, &imported, &options)
        })?;
        json_text(py, &doc)
    }

    /// The ids and stored (raw, encoder-output) vectors of a set version: a list and a
    /// float32 (n, d) array. For a raw set the array views the loaded vectors (no copy); for a
    /// standardised set the raw vectors are read back from its files into a new array.
    #[allow(clippy::type_complexity)]
    fn embeddings<'py>(
        &self,
        py: Python<'py>,
        spec: &str,
    ) -> PyResult<(Vec<String>, Bound<'py, PyArray2<f32>>)> {
        let db = self.db(py)?;
        let set = py.detach(|| db.embeddings().load(spec)).map_err(|e| lib(py, e))?;
        let (n, d) = (set.len(), set.dim());
        let ids = set.ids().to_vec();
        if set.info().standardization.is_some() {
            let raw = py.detach(|| set.raw_vectors().map(|c| c.into_owned())).map_err(|e| lib(py, e))?;
            return Ok((ids, PyArray1::from_vec(py, raw).reshape([n, d])?));
        }
        let data = set.vectors_shared();
        let holder = Bound::new(py, VectorBuffer { data: data.clone() })?;
        let view =
            ArrayView2::from_shape((n, d), &data[..]).map_err(|e| errors::error(py, &e.to_string()))?;
        // SAFETY: `holder` owns an `Arc` of the same allocation and is the array's base object,
        // so the data outlives the array; the array is made read-only by the Python layer.
        let array = unsafe { PyArray2::borrow_from_array(&view, holder.into_any()) };
        Ok((ids, array))
    }

    /// Every set version as the `embeddings list --json` entries.
    fn embedding_sets_json(&self, py: Python<'_>) -> PyResult<String> {
        let db = self.db(py)?;
        let sets = py.detach(|| db.embeddings().list()).map_err(|e| lib(py, e))?;
        let v: Vec<serde_json::Value> = sets.iter().map(crystaldb_cli::commands::embed::set_json).collect();
        json_text(py, &serde_json::Value::Array(v))
    }

    /// Pin or unpin a set version; its entry as JSON.
    fn pin_json(&self, py: Python<'_>, spec: &str, pinned: bool) -> PyResult<String> {
        let db = self.db(py)?;
        let info = py
            .detach(|| if pinned { db.embeddings().pin(spec) } else { db.embeddings().unpin(spec) })
            .map_err(|e| lib(py, e))?;
        json_text(py, &crystaldb_cli::commands::embed::set_json(&info))
    }

    /// Drop a set version (or every unpinned version of a name); the report as JSON.
    fn drop_json(&self, py: Python<'_>, spec: &str) -> PyResult<String> {
        let db = self.db(py)?;
        let r = py.detach(|| db.embeddings().drop(spec)).map_err(|e| lib(py, e))?;
        json_text(py, &serde_json::to_value(&r).map_err(|e| errors::error(py, &e.to_string()))?)
    }

    /// Build (or bring up to date) the HNSW index of a set version; the report as JSON.
    #[pyo3(signature = (spec, m=16, ef_construction=200, ef_search=64, quantization="auto".to_string()))]
    fn index_json(
        &self,
        py: Python<'_>,
        spec: String,
        m: usize,
        ef_construction: usize,
        ef_search: usize,
        quantization: String,
    ) -> PyResult<String> {
        let db = self.db(py)?;
        let quantization = quantization
            .parse()
            .map_err(|e: crystaldb::Error| errors::invalid(py, "quantization", &e.to_string()))?;
        let params = crystaldb::index::HnswParams {
            max_connections: m,
            ef_construction,
            ef_search,
            quantization,
            ..Default::default()
        };
        let doc = long_call(py, move || {
            let r = db.embeddings().build_index(&spec, params)?;
            Ok(serde_json::to_value(&r)?)
        })?;
        json_text(py, &doc)
    }

    /// One search: the hits as a table and the plan as JSON, or with `explain_only` the plan
    /// alone.
    #[pyo3(signature = (set, filter=None, target=None, k=10, exact=false, columns=Vec::new(), limit=None, version=None, exclude_query=true, explain_only=false))]
    #[allow(clippy::too_many_arguments)]
    fn search(
        &self,
        py: Python<'_>,
        set: Option<String>,
        filter: Option<String>,
        target: Option<RawTarget<'_>>,
        k: usize,
        exact: bool,
        columns: Vec<String>,
        limit: Option<usize>,
        version: Option<u64>,
        exclude_query: bool,
        explain_only: bool,
    ) -> PyResult<Py<PyAny>> {
        check_columns(py, &columns)?;
        if k == 0 {
            return Err(invalid(py, "k", "k must be at least 1"));
        }
        let target = match target {
            None => None,
            Some(RawTarget::Id(id)) => Some(Target::Id(id)),
            Some(RawTarget::Vector(v)) => Some(Target::Vector(v.as_array().iter().copied().collect())),
            Some(RawTarget::Structure(s)) => Some(Target::Structure(Box::new(structure_of(py, &s, "near")?))),
        };
        if let Some(Target::Vector(v)) = &target {
            if let Some(i) = v.iter().position(|x| !x.is_finite()) {
                return Err(invalid(py, "vector", &format!("vector[{i}] is {}", v[i])));
            }
        }
        let snap = self.snap(py, version)?;
        let filter = filter.map(|f| Filter::parse(&f)).transpose().map_err(|e| lib(py, e))?;
        enum Out {
            Plan(serde_json::Value),
            Table(RawTable, serde_json::Value),
        }
        let out = long_call(py, move || {
            let mut search = match (&set, target) {
                (Some(s), Some(t)) => snap.search(s).near(t).k(k),
                (Some(s), None) => snap.search(s).k(k),
                (None, Some(_)) => anyhow::bail!("a nearest-neighbour search needs an embedding set"),
                (None, None) => snap.query().limit(limit.unwrap_or(usize::MAX)),
            };
            if let Some(f) = filter {
                search = search.with_filter(f);
            }
            search = search.exact(exact).exclude_query(exclude_query);
            if explain_only {
                return Ok(Out::Plan(serde_json::to_value(search.explain()?)?));
            }
            let result = search.run()?;
            Ok(Out::Table(hits_table(&result.hits, &columns)?, serde_json::to_value(&result.plan)?))
        })?;
        match out {
            Out::Plan(p) => Ok(json_text(py, &p)?.into_pyobject(py)?.into_any().unbind()),
            Out::Table(t, plan) => {
                let pair = (Bound::new(py, t)?, json_text(py, &plan)?);
                Ok(pair.into_pyobject(py)?.into_any().unbind())
            }
        }
    }

    /// Many searches in one set: ids (m, k) as a flat list (None where fewer than k rows
    /// match) and distances (m, k) float32 (NaN there).
    #[pyo3(signature = (set, ids=None, vectors=None, k=10, filter=None, exact=false, version=None))]
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    fn search_batch<'py>(
        &self,
        py: Python<'py>,
        set: String,
        ids: Option<Vec<String>>,
        vectors: Option<PyReadonlyArray2<'py, f32>>,
        k: usize,
        filter: Option<String>,
        exact: bool,
        version: Option<u64>,
    ) -> PyResult<(Vec<Option<String>>, Bound<'py, PyArray2<f32>>)> {
        if k == 0 {
            return Err(invalid(py, "k", "k must be at least 1"));
        }
        let queries: Result<Vec<String>, (Vec<f32>, usize)> = match (ids, &vectors) {
            (Some(ids), None) => Ok(ids),
            (None, Some(v)) => {
                let a = v.as_array();
                let flat: Vec<f32> = match a.as_slice() {
                    Some(s) => s.to_vec(),
                    None => a.iter().copied().collect(),
                };
                if let Some(i) = flat.iter().position(|x| !x.is_finite()) {
                    let d = a.ncols().max(1);
                    return Err(invalid(
                        py,
                        "vectors",
                        &format!("vectors[{}][{}] is {}", i / d, i % d, flat[i]),
                    ));
                }
                Err((flat, a.ncols()))
            }
            _ => return Err(invalid(py, "near", "give ids or vectors")),
        };
        let snap = self.snap(py, version)?;
        let filter = filter.map(|f| Filter::parse(&f)).transpose().map_err(|e| lib(py, e))?;
        let (out_ids, distances, m) = long_call(py, move || {
            use rayon::prelude::*;
            let mut search = snap.search(&set).k(k).exact(exact);
            if let Some(f) = filter {
                search = search.with_filter(f);
            }
            let searcher = search.searcher()?;
            searcher.load_index(None)?;
            let s = searcher.set().ok_or_else(|| anyhow::anyhow!("a batch search needs a set"))?;
            let answers: Vec<crystaldb::Result<Vec<crystaldb::index::Hit>>> = match &queries {
                Ok(ids) => ids.par_iter().map(|id| searcher.search_id(id, k)).collect(),
                Err((flat, d)) => {
                    if *d != s.dim() {
                        return Err(crystaldb::Error::DimensionMismatch {
                            what: "query vectors".into(),
                            found: *d,
                            expected_by: format!("embedding set {}", s.info().label()),
                            expected: s.dim(),
                        }
                        .into());
                    }
                    flat.par_chunks(*d)
                        .map(|v| searcher.search_vector(&s.to_search_space(v), k, &[]))
                        .collect()
                }
            };
            let m = answers.len();
            let mut out_ids = Vec::with_capacity(m * k);
            let mut distances = Vec::with_capacity(m * k);
            for (q, a) in answers.into_iter().enumerate() {
                let hits = a.map_err(|e| anyhow::anyhow!("query {q}: {e}"))?;
                for j in 0..k {
                    match hits.get(j) {
                        Some(h) => {
                            out_ids.push(Some(s.ids()[h.row].clone()));
                            distances.push(h.distance);
                        }
                        None => {
                            out_ids.push(None);
                            distances.push(f32::NAN);
                        }
                    }
                }
            }
            Ok((out_ids, distances, m))
        })?;
        Ok((out_ids, PyArray1::from_vec(py, distances).reshape([m, k])?))
    }

    /// `diagnose` with the CLI's arguments (`argv` without the program name); the `diagnose
    /// --json` document.
    #[pyo3(signature = (argv, progress=None))]
    fn diagnose_json(
        &self,
        py: Python<'_>,
        argv: Vec<String>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<String> {
        let _ = self.db(py)?;
        let args = parse_args::<DiagnoseCli>(py, "diagnose", &self.path, argv)?.args;
        let progress = Progress::new(progress);
        let doc = long_call(py, move || {
            let d =
                crystaldb_cli::commands::diagnose::diagnose(&args, &|line| progress.line("diagnose", line))?;
            Ok(serde_json::to_value(&d)?)
        })?;
        json_text(py, &doc)
    }

    /// `match` with the CLI's arguments (paths and flags); the `match --json` document.
    fn match_json(&self, py: Python<'_>, argv: Vec<String>) -> PyResult<String> {
        let _ = self.db(py)?;
        let flags = parse_args::<MatchCli>(py, "match", &self.path, argv)?.flags;
        let doc = long_call(py, move || crystaldb_cli::commands::known::document(&flags.db, &flags.args()))?;
        json_text(py, &doc)
    }

    /// `train` with the CLI's arguments; the `train --json` document.
    #[pyo3(signature = (argv, progress=None))]
    fn train_json(&self, py: Python<'_>, argv: Vec<String>, progress: Option<Py<PyAny>>) -> PyResult<String> {
        let db = self.db(py)?;
        let args = parse_args::<TrainCli>(py, "train", &self.path, argv)?.args;
        let (name, options) = crystaldb_cli::commands::train::options_of(&self.path, &args)
            .map_err(|e| errors::to_py(py, e))?;
        let progress = Progress::new(progress);
        let epochs = options.epochs as u64;
        let doc = long_call(py, move || {
            let p = progress.clone();
            let cb: crystaldb_learned::TrainProgress =
                Arc::new(move |e: &crystaldb_learned::TrainEvent| match e {
                    crystaldb_learned::TrainEvent::Batch { epoch, batch, batches } => {
                        let b = *batches as u64;
                        p.update("train", (*epoch as u64 - 1) * b + *batch as u64, epochs * b)
                    }
                    crystaldb_learned::TrainEvent::Epoch { epoch, train_loss, val_metric } => p.line(
                        "train",
                        &format!("epoch {epoch:>3}: train loss {train_loss:.5}, validation {val_metric:.5}"),
                    ),
                });
            crystaldb_cli::commands::train::train_document(&db, &name, &options, Some(&cb))
        })?;
        json_text(py, &doc)
    }
}

#[derive(clap::Parser)]
struct MatchCli {
    #[command(flatten)]
    flags: crystaldb_cli::commands::known::MatchFlags,
}

#[derive(clap::Parser)]
struct DiagnoseCli {
    #[command(flatten)]
    args: crystaldb_cli::commands::diagnose::DiagnoseArgs,
}

#[derive(clap::Parser)]
struct TrainCli {
    #[command(flatten)]
    args: crystaldb_cli::commands::train::TrainArgs,
}

/// The CLI's arguments from keyword arguments turned into `argv` by the Python layer.
fn parse_args<P: clap::Parser>(
    py: Python<'_>,
    command: &str,
    db: &std::path::Path,
    argv: Vec<String>,
) -> PyResult<P> {
    let mut full = vec![command.to_string()];
    if command != "train" {
        full.extend(["--db".to_string(), db.display().to_string()]);
    }
    full.extend(argv);
    P::try_parse_from(full).map_err(|e| {
        let text = e.to_string();
        let first = text.lines().next().unwrap_or("").trim_start_matches("error: ").to_string();
        invalid(py, "arguments", &format!("{command}: {first}"))
    })
}

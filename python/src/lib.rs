//! `crystaldb._crystaldb`: the native module of the `crystaldb` Python package, a thin binding
//! over the Rust crates (see `python/README.md`). Long calls run with the GIL released and stop
//! on Ctrl-C (`call.rs`); errors become `crystaldb.errors` exceptions (`errors.rs`); tables
//! leave through the Arrow PyCapsule interface (`table.rs`); `db.rs` is the database.

mod call;
mod db;
mod errors;
mod table;

use pyo3::prelude::*;

/// Element symbols by atomic number: `symbols[z - 1]`.
#[pyfunction]
fn element_symbols() -> Vec<&'static str> {
    (1..=118u8).map(|z| crystaldb::structure::element::symbol(z).unwrap_or("X")).collect()
}

/// The column names of the canonical schema, in order.
#[pyfunction]
fn schema_columns() -> Vec<&'static str> {
    crystaldb::schema::COLUMNS.to_vec()
}

/// Names of the registered encoders.
#[pyfunction]
fn encoder_names() -> Vec<&'static str> {
    crystaldb_cli::register_encoders();
    crystaldb::encode::registry::encoder_names()
}

/// Parse an OPTIMADE filter; its warnings (names of other providers, a formula in another order
/// than stored). Raises `FilterError` with the position when it does not parse.
#[pyfunction]
fn check_filter(py: Python<'_>, expr: &str) -> PyResult<Vec<String>> {
    let f = crystaldb::filter::Filter::parse(expr).map_err(|e| errors::lib(py, e))?;
    Ok(f.warnings().to_vec())
}

/// Panic with `message` (directly, or on the worker thread of a long call): for the tests that
/// hold the package to "a panic never crosses into Python as anything but `crystaldb.Error`".
#[pyfunction]
#[pyo3(signature = (message, long=false))]
fn _panic(py: Python<'_>, message: String, long: bool) -> PyResult<()> {
    if long {
        return call::long_call(py, move || -> anyhow::Result<()> { panic!("{message}") });
    }
    panic!("{message}")
}

/// The native module.
#[pymodule]
fn _crystaldb(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<db::RawDatabase>()?;
    m.add_class::<db::VectorBuffer>()?;
    m.add_class::<table::RawTable>()?;
    m.add_function(wrap_pyfunction!(element_symbols, m)?)?;
    m.add_function(wrap_pyfunction!(schema_columns, m)?)?;
    m.add_function(wrap_pyfunction!(encoder_names, m)?)?;
    m.add_function(wrap_pyfunction!(check_filter, m)?)?;
    m.add_function(wrap_pyfunction!(_panic, m)?)?;
    Ok(())
}

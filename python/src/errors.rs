//! "Which Python exception is this error?": the library's errors become the classes of
//! `crystaldb.errors` (`Error` and its subclasses), with the file and record, the filter
//! position or the path as attributes. A panic never crosses the boundary (see `call.rs`).

use pyo3::exceptions::{PyKeyboardInterrupt, PyRuntimeError};
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// An exception of class `class` (a name in `crystaldb.errors`) with `message` and attributes.
fn raise(py: Python<'_>, class: &str, message: &str, attrs: &[(&str, Py<PyAny>)]) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let module = py.import("crystaldb.errors")?;
        let cls = module.getattr(class)?;
        let kwargs = PyDict::new(py);
        for (k, v) in attrs {
            kwargs.set_item(k, v)?;
        }
        let exc = cls.call((message,), Some(&kwargs))?;
        Ok(PyErr::from_value(exc))
    };
    build().unwrap_or_else(|e| PyRuntimeError::new_err(format!("{message} (and raising it failed: {e})")))
}

/// A plain `crystaldb.Error`.
pub fn error(py: Python<'_>, message: &str) -> PyErr {
    raise(py, "Error", message, &[])
}

/// `crystaldb.InvalidInput` naming the field.
pub fn invalid(py: Python<'_>, field: &str, message: &str) -> PyErr {
    raise(py, "InvalidInput", message, &[("field", obj(py, field))])
}

fn obj<'py, T: IntoPyObject<'py>>(py: Python<'py>, v: T) -> Py<PyAny> {
    use pyo3::IntoPyObjectExt;
    v.into_py_any(py).unwrap_or_else(|_| py.None())
}

/// The Python exception of an error from the library or the command layer.
pub fn to_py(py: Python<'_>, e: anyhow::Error) -> PyErr {
    let message = format!("{e:#}");
    let Some(err) = e.chain().find_map(|c| c.downcast_ref::<crystaldb::Error>()) else {
        return error(py, &message);
    };
    use crystaldb::Error as E;
    match err {
        E::Interrupted => PyKeyboardInterrupt::new_err(message),
        E::Filter { query, span, message: m } => raise(
            py,
            "FilterError",
            &message,
            &[
                ("query", obj(py, query.as_str())),
                ("position", obj(py, span.start)),
                ("span", obj(py, (span.start, span.end))),
                ("reason", obj(py, m.as_str())),
            ],
        ),
        E::Parse { file, record, message: m } => raise(
            py,
            "ParseError",
            &message,
            &[
                ("file", obj(py, file.as_str())),
                ("record", obj(py, record.as_str())),
                ("reason", obj(py, m.as_str())),
            ],
        ),
        E::Missing(what) => raise(py, "NotFound", &message, &[("name", obj(py, what.as_str()))]),
        E::NotFound(path) => {
            raise(py, "NotFound", &message, &[("name", obj(py, path.display().to_string()))])
        }
        E::Unknown { what, name, known } => {
            let class = if matches!(*what, "column" | "encoder" | "format" | "label" | "property") {
                "InvalidInput"
            } else {
                "NotFound"
            };
            raise(
                py,
                class,
                &message,
                &[
                    ("field", obj(py, *what)),
                    ("name", obj(py, name.as_str())),
                    ("known", obj(py, known.clone())),
                ],
            )
        }
        E::Locked(path) => raise(py, "Locked", &message, &[("path", obj(py, path.display().to_string()))]),
        E::ReadOnly(path) => {
            raise(py, "ReadOnly", &message, &[("path", obj(py, path.display().to_string()))])
        }
        E::Corrupt { path, .. } | E::StaleIndex { path, .. } | E::UnsupportedFormat { path, .. } => {
            raise(py, "CorruptError", &message, &[("path", obj(py, path.display().to_string()))])
        }
        E::Shard { path, .. } => {
            raise(py, "CorruptError", &message, &[("path", obj(py, path.display().to_string()))])
        }
        E::Catalog(_) | E::DanglingEntry { .. } | E::WriterPoisoned => {
            raise(py, "CorruptError", &message, &[])
        }
        E::DimensionMismatch { .. } => invalid(py, "vector", &message),
        E::Invalid(_) => raise(py, "InvalidInput", &message, &[]),
        E::Io { path, .. } => {
            raise(py, "IoError", &message, &[("path", obj(py, path.display().to_string()))])
        }
        _ => error(py, &message),
    }
}

/// `to_py` for the library's own error type.
pub fn lib(py: Python<'_>, e: crystaldb::Error) -> PyErr {
    to_py(py, e.into())
}

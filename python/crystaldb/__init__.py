"""crystaldb: an embedded database for crystal structures and their learned embeddings.

    import crystaldb
    db = crystaldb.open("my-db")                   # created when missing
    db.ingest("mp_dump.json.gz")                   # or db.insert([pymatgen/ASE structures])
    db.embed("magpie")                             # -> "magpie@1"
    hits = db.search("magpie").filter("band_gap > 1").near("mp:mp-149").k(10).run()
    hits.to_pandas()

A thin binding over the Rust library: long calls release the GIL and stop cleanly on Ctrl-C;
tables leave through the Arrow PyCapsule interface (pyarrow, polars, DuckDB read them without
copying); every error is a :class:`crystaldb.Error`.
"""

from __future__ import annotations

from . import _crystaldb
from ._db import Database, Search, Snapshot, open
from ._structure import Structure, to_structure
from ._table import Table
from .errors import (
    CorruptError,
    Error,
    FilterError,
    InvalidInput,
    IoError,
    Locked,
    NotFound,
    ParseError,
    ReadOnly,
)

__version__: str = _crystaldb.__version__

#: Column names of the canonical schema, in order.
COLUMNS: tuple[str, ...] = tuple(_crystaldb.schema_columns())


def encoders() -> list[str]:
    """Names of the registered encoders (``magpie``, ``acsf``, ``graph``)."""
    return list(_crystaldb.encoder_names())


__all__ = [
    "COLUMNS",
    "CorruptError",
    "Database",
    "Error",
    "FilterError",
    "InvalidInput",
    "IoError",
    "Locked",
    "NotFound",
    "ParseError",
    "ReadOnly",
    "Search",
    "Snapshot",
    "Structure",
    "Table",
    "encoders",
    "open",
    "to_structure",
]

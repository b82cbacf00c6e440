"""Result tables: Arrow data that leaves Rust through the Arrow PyCapsule interface."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _crystaldb

if TYPE_CHECKING:
    import pandas
    import pyarrow


class Table:
    """Rows from a scan or a search, held as Arrow record batches in Rust.

    Implements ``__arrow_c_stream__``, so ``pyarrow.table(t)``, ``polars.from_arrow(t)`` and
    DuckDB read it without copying the buffers. :meth:`to_arrow` needs pyarrow,
    :meth:`to_pandas` pandas and pyarrow; nothing else does.
    """

    __slots__ = ("_raw", "plan")

    def __init__(self, raw: _crystaldb.RawTable, plan: dict[str, Any] | None = None) -> None:
        self._raw = raw
        #: For a search: how it was answered (the ``explain()`` document); None for a scan.
        self.plan = plan

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The Arrow C stream capsule (``"arrow_array_stream"``) over the table's batches."""
        return self._raw.__arrow_c_stream__(requested_schema)

    @property
    def num_rows(self) -> int:
        """Number of rows."""
        return int(self._raw.num_rows)

    @property
    def column_names(self) -> list[str]:
        """Column names, in order."""
        return list(self._raw.column_names)

    def buffer_addresses(self, column: str) -> list[int]:
        """Addresses of the column's Arrow buffers in Rust (to check that a reader shares them)."""
        return list(self._raw.buffer_addresses(column))

    def to_arrow(self) -> pyarrow.Table:
        """A ``pyarrow.Table`` sharing the buffers (needs pyarrow)."""
        import pyarrow as pa

        return pa.table(self)

    def to_pandas(self) -> pandas.DataFrame:
        """A ``pandas.DataFrame`` (needs pandas and pyarrow)."""
        return self.to_arrow().to_pandas()

    def to_pylist(self) -> list[dict[str, Any]]:
        """The rows as dicts (needs pyarrow)."""
        rows: list[dict[str, Any]] = self.to_arrow().to_pylist()
        return rows

    def __len__(self) -> int:
        return self.num_rows

    def __repr__(self) -> str:
        return f"<crystaldb.Table {self.num_rows} rows: {', '.join(self.column_names)}>"

    def _repr_html_(self) -> str:
        try:
            return str(self.to_pandas().head(20)._repr_html_())
        except ImportError:
            return f"<pre>{self!r}</pre>"

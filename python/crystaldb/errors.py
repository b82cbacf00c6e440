"""The exceptions of crystaldb: every error the package raises is a :class:`Error`.

``Error`` ⊃ ``InvalidInput`` (a bad argument or value, naming ``field``) ⊃ ``FilterError``
(an OPTIMADE filter that does not parse, with the caret ``position``) and ``ParseError`` (a
record of an input file, with ``file`` and ``record``); ``NotFound`` (an id, version or set
that does not exist); ``Locked`` (another writer holds the database); ``ReadOnly``;
``CorruptError`` (a damaged file or catalog, with ``path``); ``IoError`` (the file system).
Ctrl-C during a long call raises the built-in ``KeyboardInterrupt`` after the call stopped
without committing anything.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "Error",
    "InvalidInput",
    "FilterError",
    "ParseError",
    "NotFound",
    "Locked",
    "ReadOnly",
    "CorruptError",
    "IoError",
]


class Error(Exception):
    """Base class of every crystaldb error. Extra details are attributes (``err.field``...)."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        for key, value in details.items():
            setattr(self, key, value)


class InvalidInput(Error, ValueError):
    """An argument or value that is not valid; ``field`` names it (``"lattice"``, ``"k"``...)."""

    field: str | None = None


class FilterError(InvalidInput):
    """An OPTIMADE filter that does not parse or type-check.

    ``query`` is the filter as written, ``position`` the byte offset of the offending text (the
    caret in the message points at it), ``span`` its (start, end) and ``reason`` what was
    expected there.
    """

    field = "filter"
    query: str = ""
    position: int = 0
    span: tuple[int, int] = (0, 0)
    reason: str = ""


class ParseError(InvalidInput):
    """A record of an input file that could not be read: ``file`` and ``record`` say where."""

    file: str = ""
    record: str = ""
    reason: str = ""


class NotFound(Error, LookupError):
    """A record id, version, embedding set or database that does not exist (``name``)."""

    name: str | None = None


class Locked(Error):
    """Another process or handle holds the database's write lock (``path``)."""

    path: str = ""


class ReadOnly(Error):
    """A write through a database opened with ``read_only=True`` (``path``)."""

    path: str = ""


class CorruptError(Error):
    """A database file or the catalog is damaged or of an unsupported format (``path``)."""

    path: str | None = None


class IoError(Error, OSError):
    """The file system refused a read or write (``path``)."""

    path: str | None = None

"""``crystaldb.Database``, ``Snapshot`` and the search builder: the Python face of the Rust
library. Long calls (ingest, insert, embed, train, diagnose, batch search, scans) release the
GIL and stop on Ctrl-C without committing anything.
"""

from __future__ import annotations

import copy
import html
import json
import os
import functools
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, ParamSpec, Sequence, TypeVar, Union

import numpy as np
import numpy.typing as npt

from . import _crystaldb
from ._progress import reporter
from ._structure import Structure, to_structure
from ._table import Table
from .errors import Error, InvalidInput, NotFound

if TYPE_CHECKING:
    import pandas

__all__ = ["Database", "Snapshot", "Search", "open"]

PathLike = Union[str, "os.PathLike[str]"]
#: What ``near`` accepts for one query: a record id, a structure of any accepted kind or a 1-D
#: vector. A list of ids or a 2-D array makes a batch (``run_batch``).
Near = Any

_P = ParamSpec("_P")
_R = TypeVar("_R")
_C = TypeVar("_C", bound=type)


def _no_panic(f: Callable[_P, _R]) -> Callable[_P, _R]:
    """``f``, with a panic of the native code (PyO3's ``PanicException``, a ``BaseException``)
    raised as :class:`crystaldb.Error` instead. Long calls catch panics on their worker thread
    already; this covers the short ones."""

    @functools.wraps(f)
    def guarded(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return f(*args, **kwargs)
        except BaseException as e:
            if type(e).__name__ != "PanicException":
                raise
            raise Error(f"internal error (a bug in crystaldb): {e}") from None

    return guarded


def _guard_methods(cls: _C) -> _C:
    """Apply :func:`_no_panic` to every method of ``cls`` defined in this module."""
    for name, value in list(vars(cls).items()):
        if callable(value) and not isinstance(value, type):
            setattr(cls, name, _no_panic(value))
        elif isinstance(value, property) and value.fget is not None:
            setattr(cls, name, property(_no_panic(value.fget), value.fset, value.fdel, value.__doc__))
    return cls


_PROPERTY_COLUMNS = ("formation_energy_per_atom", "energy_above_hull", "band_gap", "total_energy_per_atom")


def _properties_rows(properties: Any, n: int) -> list[list[tuple[str, float | None]]]:
    """Per structure, the (column, value) pairs it states; a missing key is absent, a None or
    NaN value from a DataFrame is stated as unknown only when the column exists."""
    if properties is None:
        return [[] for _ in range(n)]
    if hasattr(properties, "to_dict") and hasattr(properties, "columns"):  # a DataFrame
        records: list[Mapping[str, Any]] = properties.to_dict(orient="records")
    else:
        records = list(properties)
    if len(records) != n:
        raise InvalidInput(f"{len(records)} property rows for {n} structures", field="properties")
    out: list[list[tuple[str, float | None]]] = []
    for i, row in enumerate(records):
        if row is None:
            out.append([])
            continue
        if not isinstance(row, Mapping):
            raise InvalidInput(f"properties[{i}] is a {type(row).__name__}, not a dict", field="properties")
        pairs: list[tuple[str, float | None]] = []
        for key, value in row.items():
            if key not in _PROPERTY_COLUMNS:
                raise InvalidInput(
                    f"properties[{i}]: {key!r} is not a property column ({', '.join(_PROPERTY_COLUMNS)})",
                    field=str(key),
                )
            if value is None or (isinstance(value, float) and np.isnan(value)):
                pairs.append((key, None))
            else:
                try:
                    pairs.append((key, float(value)))
                except (TypeError, ValueError) as e:
                    raise InvalidInput(f"properties[{i}][{key!r}] = {value!r} is not a number", field=key) from e
        out.append(pairs)
    return out


def _flag_args(options: Mapping[str, Any]) -> list[str]:
    """Keyword arguments as CLI flags: ``batch_size=64`` → ``--batch-size 64``; True → a bare
    flag; False/None → nothing; a list → the flag repeated."""
    argv: list[str] = []
    for key, value in options.items():
        flag = "--" + key.replace("_", "-")
        if value is None or value is False:
            continue
        if value is True:
            argv.append(flag)
        elif isinstance(value, Mapping):
            for k, v in value.items():
                argv += [flag, f"{k}={v}"]
        elif isinstance(value, (list, tuple)):
            for v in value:
                argv += [flag, str(v)]
        else:
            argv += [flag, str(value)]
    return argv


@_guard_methods
class _Reads:
    """Read verbs shared by :class:`Database` (newest version) and :class:`Snapshot`."""

    _raw: _crystaldb.RawDatabase
    _pinned: int | None

    def _v(self, version: int | None) -> int | None:
        return self._pinned if version is None else version

    def info(self, version: int | None = None) -> dict[str, Any]:
        """Summary: ``version``, ``structures``, ``sources``, ``embeddings`` (the keys of
        ``crystaldb info --json``)."""
        doc: dict[str, Any] = json.loads(self._raw.info_json(self._v(version)))
        return doc

    def manifest(self, version: int | None = None) -> dict[str, Any]:
        """The version's manifest (``crystaldb manifest --json``): the Parquet files of the
        structures and of each embedding set, their row counts, the rows each file no longer
        shows (``deleted_rows``) and the columns, so that DuckDB, Polars or Spark read exactly
        this version (paths relative to :attr:`Database.path`; docs/ON_DISK.md)."""
        doc: dict[str, Any] = json.loads(self._raw.manifest_json(self._v(version)))
        return doc

    def get(self, id: str, version: int | None = None) -> dict[str, Any] | None:
        """One record with every column (the ``get --json`` document), or None."""
        text = self._raw.get_json(id, self._v(version))
        return None if text is None else dict(json.loads(text))

    def structure(self, id: str, version: int | None = None) -> Structure:
        """The stored structure of a record; raises :class:`NotFound` (with similar ids)."""
        arrays = self._raw.structure(id, self._v(version))
        if arrays is None:
            like = self._raw.ids_like(id, self._v(version))
            hint = f"; did you mean {', '.join(like[:5])}?" if like else ""
            raise NotFound(f"record {id!r} not found{hint}", name=id)
        return Structure(*arrays)

    def scan(
        self, columns: Sequence[str] | None = None, filter: str | None = None, version: int | None = None
    ) -> Table:
        """Rows (all, or those matching an OPTIMADE ``filter``), projected onto ``columns``
        (default all), as an Arrow :class:`Table` (``.to_pandas()``, ``pyarrow.table(t)``)."""
        return Table(self._raw.scan(None if columns is None else list(columns), filter, self._v(version)))

    def search(self, set: str | None = None) -> Search:
        """A search builder over embedding set ``set`` (``NAME`` or ``NAME@V``; None for a
        filter-only query): ``.filter(expr).near(x).k(10).exact(False).columns([...]).run()``."""
        return Search(self._raw, set, self._pinned)


@_guard_methods
class Database(_Reads):
    """An open crystaldb directory. Use :func:`crystaldb.open`; a context manager closes it
    (and releases the write lock) on exit.

    Reads see the newest version unless given ``version=``; :meth:`snapshot` pins one.
    """

    def __init__(self, raw: _crystaldb.RawDatabase) -> None:
        self._raw = raw
        self._pinned = None

    # ------------------------------------------------------------------ the handle
    @property
    def path(self) -> str:
        """The database directory."""
        return str(self._raw.path)

    @property
    def version(self) -> int:
        """The newest committed version (0 for an empty database)."""
        return int(self._raw.latest_version())

    @property
    def read_only(self) -> bool:
        """Whether the handle refuses writes."""
        return bool(self._raw.read_only)

    def versions(self) -> list[dict[str, Any]]:
        """Every committed version (the entries of ``crystaldb versions --json``)."""
        out: list[dict[str, Any]] = json.loads(self._raw.versions_json())
        return out

    def snapshot(self, version: int | None = None) -> Snapshot:
        """A read view pinned to ``version`` (default: the newest now)."""
        v = self.version if version is None else version
        self._raw.count(v)  # raises NotFound for a version that does not exist
        return Snapshot(self._raw, v)

    def close(self) -> None:
        """Release the handle and its write lock; later calls raise :class:`crystaldb.Error`."""
        self._raw.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return bool(self._raw.closed)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        if self.closed:
            return f"<crystaldb.Database {self.path!r} (closed)>"
        info = self.info()
        sets = ", ".join(s["label"] for s in info["embeddings"]) or "no embedding sets"
        return f"<crystaldb.Database {self.path!r} version {info['version']}: {info['structures']} structures; {sets}>"

    def _repr_html_(self) -> str:
        if self.closed:
            return f"<p>crystaldb database <code>{html.escape(self.path)}</code> (closed)</p>"
        info = self.info()
        rows = "".join(
            f"<tr><td>{html.escape(s)}</td><td>{n}</td></tr>" for s, n in sorted(info["sources"].items())
        )
        sets = "".join(
            f"<tr><td>{html.escape(s['label'])}</td><td>{html.escape(str(s['encoder']))}</td>"
            f"<td>{s['dim']}</td><td>{s['count']}</td><td>{html.escape(str(s['metric']))}</td></tr>"
            for s in info["embeddings"]
        )
        return (
            f"<p><b>crystaldb</b> <code>{html.escape(self.path)}</code>, version {info['version']}: "
            f"{info['structures']} structures</p>"
            f"<table><tr><th>source</th><th>structures</th></tr>{rows}</table>"
            + (
                f"<table><tr><th>set</th><th>encoder</th><th>dim</th><th>vectors</th><th>metric</th></tr>{sets}</table>"
                if sets
                else "<p>no embedding sets</p>"
            )
        )

    # ------------------------------------------------------------------ writes
    def ingest(
        self,
        paths: PathLike | Iterable[PathLike],
        format: str | None = None,
        source: str | None = None,
        on_update: str = "merge",
        progress: bool | None = None,
    ) -> dict[str, Any]:
        """Read files or directories (``.gz``/``.zst`` too) into one new version; the
        ``crystaldb ingest --json`` document (``version``, ``added``, ``updated``, ...,
        ``errors`` with file and record of each rejected record: the rest is committed)."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        doc: dict[str, Any] = json.loads(
            self._raw.ingest_json([os.fspath(p) for p in paths], format, source, on_update, reporter(progress))
        )
        return doc

    def insert(
        self,
        structures: Iterable[Any],
        ids: Sequence[str] | None = None,
        source: str = "user",
        properties: Sequence[Mapping[str, Any] | None] | pandas.DataFrame | None = None,
        on_update: str = "merge",
        progress: bool | None = None,
    ) -> dict[str, Any]:
        """Insert structures as one new version; the insert report (``version``, ``added``,
        ``updated``, ``duplicates``, ``rejected`` with the position of each, ``links``).

        ``structures`` mixes pymatgen ``Structure``, periodic ASE ``Atoms``,
        ``crystaldb.Structure`` and ``Structure.as_dict()`` dicts. Record ids are
        ``<source>:<id>``; without ``ids`` each structure's id is a hash of its content.
        ``properties``: per structure a dict (or a DataFrame row) of canonical property columns
        (``band_gap``, ``formation_energy_per_atom``, ``energy_above_hull``,
        ``total_energy_per_atom``; eV, eV/atom); a column a row does not name keeps its stored
        value on an update, None states it as unknown.
        """
        converted = [to_structure(s, f"structures[{i}]")._raw() for i, s in enumerate(structures)]
        rows = _properties_rows(properties, len(converted))
        doc: dict[str, Any] = json.loads(
            self._raw.insert_json(
                converted,
                None if ids is None else [str(i) for i in ids],
                source,
                rows,
                on_update,
                reporter(progress),
            )
        )
        return doc

    # ------------------------------------------------------------------ embeddings
    def embed(
        self,
        encoder: str,
        params: Mapping[str, Any] | None = None,
        name: str | None = None,
        normalize: str | None = None,
        batch_size: int | None = None,
        progress: bool | None = None,
    ) -> str:
        """Encode the newest version with ``encoder`` (``magpie``, ``acsf``, ``graph``...;
        ``params`` as ``--set KEY=VALUE`` gives them) into a set version; its label
        ``NAME@V``. Only new or changed structures are encoded; :meth:`embed_report` returns
        the whole document (skipped structures included)."""
        return str(self.embed_report(encoder, params, name, normalize, batch_size, progress)["label"])

    def embed_report(
        self,
        encoder: str,
        params: Mapping[str, Any] | None = None,
        name: str | None = None,
        normalize: str | None = None,
        batch_size: int | None = None,
        progress: bool | None = None,
    ) -> dict[str, Any]:
        """:meth:`embed`, returning the whole ``embed --json`` document."""
        p = None if params is None else {str(k): str(v) for k, v in params.items()}
        doc: dict[str, Any] = json.loads(
            self._raw.embed_json(encoder, p, name, normalize, batch_size, reporter(progress))
        )
        return doc

    def predict(
        self,
        model: str,
        params: Mapping[str, Any] | None = None,
        version: int | None = None,
        batch_size: int | None = None,
        progress: bool | None = None,
    ) -> tuple[list[str], npt.NDArray[np.float64]]:
        """A published model's prediction for every structure of a version (newest by
        default): ``model`` ``"chgnet"`` (energy, eV/atom) or ``"cgcnn"`` (the property its
        checkpoint was trained on), ``params`` with ``weights_file`` (``chgnet``: the checkpoint,
        the installed ``chgnet`` package directory or its wheel). Ids and a float64 array in scan
        order; structures the model cannot take are left out (:meth:`predict_report` lists
        them)."""
        doc = self.predict_report(model, params, version, batch_size, progress)
        return list(doc["ids"]), np.asarray(doc["predictions"], dtype=np.float64)

    def predict_report(
        self,
        model: str,
        params: Mapping[str, Any] | None = None,
        version: int | None = None,
        batch_size: int | None = None,
        progress: bool | None = None,
    ) -> dict[str, Any]:
        """:meth:`predict`, returning the whole document: ``model``, ``version``, ``ids``,
        ``predictions``, ``skipped`` (``{"id", "error"}`` each) and ``weights_checksum``."""
        p = None if params is None else {str(k): str(v) for k, v in params.items()}
        doc: dict[str, Any] = json.loads(
            self._raw.predict_json(model, p, version, batch_size, reporter(progress))
        )
        return doc

    def store_predictions(
        self,
        model: str,
        params: Mapping[str, Any] | None = None,
        name: str | None = None,
        batch_size: int | None = None,
        progress: bool | None = None,
    ) -> dict[str, Any]:
        """Store :meth:`predict`'s values for the newest version in the database as a prediction
        set, versioned and keyed like an embedding set (model, parameters, weights checksum):
        filters read it as ``_crystaldb_<name>`` (default name ``chgnet_energy_per_atom``, or
        ``cgcnn_`` + the checkpoint's file stem). Storing again after an ingest predicts only new
        or changed records. Returns the ``predict --store --json`` document (``label``,
        ``filter_field``, ``count``, ``encoded``, ``reused``, ``skipped``, ``set``)."""
        p = None if params is None else {str(k): str(v) for k, v in params.items()}
        doc: dict[str, Any] = json.loads(
            self._raw.store_predictions_json(model, p, name, batch_size, reporter(progress))
        )
        return doc

    def import_embeddings(
        self,
        name: str,
        ids: Sequence[str],
        vectors: npt.ArrayLike,
        metric: str = "cosine",
        meta: Mapping[str, Any] | None = None,
    ) -> str:
        """Store vectors computed elsewhere (float32 or float64 array ``(n, d)``, one row per id)
        as a new version of set ``name``; its label ``NAME@V``."""
        v = np.asarray(vectors)
        if v.ndim != 2:
            raise InvalidInput(f"vectors has shape {v.shape}, expected (n, d)", field="vectors")
        if v.dtype != np.float32:
            v = v.astype(np.float32)
        m = None if meta is None else {str(k): str(x) for k, x in meta.items()}
        doc = json.loads(self._raw.import_json(name, [str(i) for i in ids], np.ascontiguousarray(v), metric, m))
        return str(doc["label"])

    def embeddings(self, name: str) -> tuple[list[str], npt.NDArray[np.float32]]:
        """Ids and stored vectors (the encoder's raw output; float32 ``(n, d)``, read-only) of set
        version ``NAME`` (newest) or ``NAME@V``. For a set searched raw (``normalize="none"``,
        imported sets, ACSF) the array views the loaded vectors without a copy; a standardised
        set (Magpie's default z-scores) reads its raw vectors back into a new array."""
        ids, vectors = self._raw.embeddings(name)
        vectors.flags.writeable = False
        return list(ids), vectors

    def embedding_sets(self) -> list[dict[str, Any]]:
        """Every set version (the entries of ``embeddings list --json``)."""
        out: list[dict[str, Any]] = json.loads(self._raw.embedding_sets_json())
        return out

    def pin(self, name: str) -> dict[str, Any]:
        """Pin a set version: :meth:`drop` of its name keeps it."""
        return dict(json.loads(self._raw.pin_json(name, True)))

    def unpin(self, name: str) -> dict[str, Any]:
        """Undo :meth:`pin`."""
        return dict(json.loads(self._raw.pin_json(name, False)))

    def drop(self, name: str) -> dict[str, Any]:
        """Drop a set version (``NAME@V``) or every unpinned version of ``NAME``."""
        return dict(json.loads(self._raw.drop_json(name)))

    def index(
        self, name: str, m: int = 16, ef_construction: int = 200, ef_search: int = 64, quantization: str = "auto"
    ) -> dict[str, Any]:
        """Build (or bring up to date) the persisted HNSW index of a set version.

        ``quantization`` is how the graph stores its points: ``"auto"`` (half precision when the
        values fit, else ``"f32"``), ``"f32"``, ``"f16"``, ``"bf16"`` or ``"i8"`` (cosine sets
        only). Hits are always re-scored from the full-precision vectors.
        """
        return dict(json.loads(self._raw.index_json(name, m, ef_construction, ef_search, quantization)))

    # ------------------------------------------------------------------ diagnose, train
    def diagnose(
        self,
        embeddings: str | Sequence[str],
        split: str = "chemsys",
        labels: Sequence[str] | None = None,
        properties: Sequence[str] | None = None,
        train_sizes: Sequence[int | str] | None = None,
        report: PathLike | None = None,
        progress: bool | None = None,
        **options: Any,
    ) -> dict[str, Any]:
        """Diagnose one or more sets against the random-init twin and the engineered baselines:
        retrieval precision@k per label, probes per property (ridge; ``probe=["ridge", "gp"]`` adds
        Gaussian-process probes with calibrated uncertainty) on the ``split`` (``chemsys``:
        whole chemical systems held out; ``random``; ``element:X``), clusters, latent axes. The
        ``crystaldb diagnose --json`` document. ``report`` writes ``index.html`` there. Other
        options are the CLI's flags as keywords (``k=[1, 5]``, ``sample=2000``, ``seed=1``,
        ``no_baselines=True``, ``version=2``...)."""
        sets = [embeddings] if isinstance(embeddings, str) else list(embeddings)
        flags: dict[str, Any] = {
            "embedding": sets,
            "split": split,
            "label": labels,
            "property": properties,
            "train_size": train_sizes,
            "report": None if report is None else os.fspath(report),
        }
        for key, value in options.items():
            flags[key] = ",".join(str(x) for x in value) if key == "k" and isinstance(value, (list, tuple)) else value
        doc: dict[str, Any] = json.loads(self._raw.diagnose_json(_flag_args(flags), reporter(progress)))
        return doc

    def match(self, paths: PathLike | Sequence[PathLike], **options: Any) -> dict[str, Any]:
        """Is each structure of ``paths`` (files or directories in any format ``ingest`` reads)
        already in the database? The ``crystaldb match --json`` document: per input the stored
        records that are the same crystal (pymatgen ``StructureMatcher`` semantics), which earlier
        input it repeats, and a ``summary`` with ``novelty`` and ``uniqueness``. Options are the
        CLI's flags as keywords: ``ltol=0.2``, ``stol=0.3``, ``angle_tol=5``, ``volume_tol=None``
        (no limit), ``primitive_tol=0.25``, ``format="cif"``, ``version=2``."""
        items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
        argv = _flag_args(options) + ["--"] + [os.fspath(p) for p in items]
        doc: dict[str, Any] = json.loads(self._raw.match_json(argv))
        return doc

    def train(self, objective: str, progress: bool | None = None, **options: Any) -> dict[str, Any]:
        """Train the graph encoder with ``objective`` (``supervised`` with ``target=``,
        ``infonce``, ``triplet``, ``masked-atom``, ``edge-mask``, ``denoise``) and store the
        weights in the database; the ``crystaldb train --json`` document. Options are the CLI's
        flags as keywords: ``epochs=10``, ``batch_size=64``, ``seed=0``, ``name="w"``,
        ``set={"hidden": 64}``, ``lr=1e-3``, ``limit=2000``... Embed with them through
        ``db.embed("graph", params={"weights": doc["weights"]})``."""
        doc: dict[str, Any] = json.loads(
            self._raw.train_json(_flag_args({"objective": objective, **options}), reporter(progress))
        )
        return doc


@_guard_methods
class Snapshot(_Reads):
    """A read view pinned to one version: every read sees exactly that version's rows."""

    def __init__(self, raw: _crystaldb.RawDatabase, version: int) -> None:
        self._raw = raw
        self._pinned = version

    @property
    def version(self) -> int:
        """The pinned version."""
        return int(self._pinned or 0)

    def __len__(self) -> int:
        return int(self._raw.count(self._pinned))

    def __repr__(self) -> str:
        return f"<crystaldb.Snapshot {self._raw.path!r} version {self._pinned}: {len(self)} structures>"


@_guard_methods
class Search:
    """A search being described; each method returns a new builder.

    ``db.search("magpie").filter("band_gap > 1").near("mp:mp-149").k(10).run()`` → a
    :class:`Table` with ``id``, ``distance`` and the requested columns, nearest first (ties in
    id order). ``near`` takes a record id, a structure (pymatgen, ASE, dict or
    ``crystaldb.Structure``; encoded with the set's encoder and parameters) or a 1-D vector;
    a list of ids or a 2-D array makes a batch for :meth:`run_batch`.
    """

    def __init__(self, raw: _crystaldb.RawDatabase, set: str | None, version: int | None) -> None:
        self._raw = raw
        self._set = set
        self._version = version
        self._filter: str | None = None
        self._near: Near = None
        self._batch = False
        self._k = 10
        self._exact = False
        self._columns: list[str] = []
        self._limit: int | None = None
        self._include_self = False

    def _with(self, **changes: Any) -> Search:
        new = copy.copy(self)
        for key, value in changes.items():
            setattr(new, "_" + key, value)
        return new

    def filter(self, expr: str) -> Search:
        """Keep rows matching an OPTIMADE filter (``band_gap > 1.5 AND elements HAS "O"``);
        raises :class:`FilterError` with the position when it does not parse."""
        _crystaldb.check_filter(expr)
        return self._with(filter=expr)

    def near(self, x: Near) -> Search:
        """Search near a record id, a structure or a vector; a list of ids or a 2-D array of
        vectors makes a batch (:meth:`run_batch`)."""
        if isinstance(x, str):
            return self._with(near=x, batch=False)
        if isinstance(x, np.ndarray) and x.dtype.kind in "fiu":
            if x.ndim == 1:
                return self._with(near=np.ascontiguousarray(x, dtype=np.float32), batch=False)
            if x.ndim == 2:
                return self._with(near=np.ascontiguousarray(x, dtype=np.float32), batch=True)
            raise InvalidInput(f"a vector of shape {x.shape}: give (d,) or (m, d)", field="near")
        if isinstance(x, (list, tuple)) and x and all(isinstance(i, str) for i in x):
            return self._with(near=[str(i) for i in x], batch=True)
        return self._with(near=to_structure(x, "near"), batch=False)

    def k(self, k: int) -> Search:
        """Number of neighbours (default 10)."""
        if int(k) < 1:
            raise InvalidInput(f"k = {k}: at least 1", field="k")
        return self._with(k=int(k))

    def exact(self, yes: bool = True) -> Search:
        """Scan exactly instead of letting the planner use the HNSW index."""
        return self._with(exact=bool(yes))

    def columns(self, columns: Sequence[str]) -> Search:
        """Stored columns to add to each hit (``formula_reduced``, ``band_gap``...)."""
        return self._with(columns=list(columns))

    def limit(self, n: int) -> Search:
        """Most rows of a filter-only query."""
        return self._with(limit=int(n))

    def include_self(self, yes: bool = True) -> Search:
        """Keep the query record among the hits of a search near an id."""
        return self._with(include_self=bool(yes))

    def _target(self) -> Any:
        if self._batch:
            raise InvalidInput("a batch search (a list of ids or a 2-D array) runs with run_batch()", field="near")
        if isinstance(self._near, Structure):
            return self._near._raw()
        return self._near

    def _search(self, explain_only: bool) -> Any:
        return self._raw.search(
            self._set,
            self._filter,
            self._target(),
            self._k,
            self._exact,
            self._columns,
            self._limit,
            self._version,
            not self._include_self,
            explain_only,
        )

    def run(self) -> Table:
        """Run the search: a :class:`Table` of ``id``, ``distance`` and the requested columns,
        with ``.plan`` saying how it was answered."""
        raw, plan = self._search(False)
        return Table(raw, json.loads(plan))

    def explain(self) -> dict[str, Any]:
        """How the search would be answered, and why (strategy, candidates, selectivity...)."""
        plan: dict[str, Any] = json.loads(self._search(True))
        return plan

    def run_batch(self) -> tuple[npt.NDArray[np.object_], npt.NDArray[np.float32]]:
        """Run a batch: ``ids`` (m, k) object array of record ids (None where fewer than k rows
        match) and ``distances`` (m, k) float32 (NaN there). Queries run in parallel."""
        if self._set is None:
            raise InvalidInput("a batch search needs an embedding set: db.search(NAME)", field="set")
        if isinstance(self._near, np.ndarray) and self._near.ndim == 2:
            flat, distances = self._raw.search_batch(self._set, None, self._near, self._k, self._filter, self._exact, self._version)
        elif isinstance(self._near, list):
            flat, distances = self._raw.search_batch(self._set, self._near, None, self._k, self._filter, self._exact, self._version)
        else:
            raise InvalidInput("run_batch() needs near(list_of_ids) or near(array (m, d))", field="near")
        ids = np.empty(len(flat), dtype=object)
        ids[:] = flat
        return ids.reshape(distances.shape), distances


def open(path: PathLike, create: bool = True, read_only: bool = False) -> Database:
    """Open the database in directory ``path`` (created when missing and ``create``).

    One writer per directory: a second writable handle raises :class:`crystaldb.Locked`;
    ``read_only=True`` handles read beside it.
    """
    return Database(_no_panic(_crystaldb.RawDatabase)(os.fspath(path), create, read_only))

"""Type stubs of the native module (``python/src``); the public API is in ``crystaldb``."""

from typing import Any, Callable

import numpy as np
import numpy.typing as npt

__version__: str

_Raw = tuple[
    npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.int64], npt.NDArray[np.float64]
]
_Progress = Callable[[str, int, int], None] | None

def element_symbols() -> list[str]: ...
def schema_columns() -> list[str]: ...
def encoder_names() -> list[str]: ...
def check_filter(expr: str) -> list[str]: ...
def _panic(message: str, long: bool = False) -> None: ...

class VectorBuffer:
    @property
    def address(self) -> int: ...

class RawTable:
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    @property
    def num_rows(self) -> int: ...
    @property
    def column_names(self) -> list[str]: ...
    def buffer_addresses(self, column: str) -> list[int]: ...

class RawDatabase:
    def __init__(self, path: str, create: bool = True, read_only: bool = False) -> None: ...
    def close(self) -> None: ...
    @property
    def closed(self) -> bool: ...
    @property
    def path(self) -> str: ...
    @property
    def read_only(self) -> bool: ...
    def latest_version(self) -> int: ...
    def count(self, version: int | None = None) -> int: ...
    def info_json(self, version: int | None = None) -> str: ...
    def versions_json(self) -> str: ...
    def manifest_json(self, version: int | None = None) -> str: ...
    def ingest_json(
        self,
        paths: list[str],
        format: str | None = None,
        source: str | None = None,
        on_update: str = "merge",
        progress: Any = None,
    ) -> str: ...
    def insert_json(
        self,
        structures: list[_Raw],
        ids: list[str] | None = None,
        source: str = "user",
        properties: list[list[tuple[str, float | None]]] | None = None,
        on_update: str = "merge",
        progress: Any = None,
    ) -> str: ...
    def get_json(self, id: str, version: int | None = None) -> str | None: ...
    def ids_like(self, id: str, version: int | None = None) -> list[str]: ...
    def structure(self, id: str, version: int | None = None) -> _Raw | None: ...
    def scan(
        self, columns: list[str] | None = None, filter: str | None = None, version: int | None = None
    ) -> RawTable: ...
    def embed_json(
        self,
        encoder: str,
        params: dict[str, str] | None = None,
        name: str | None = None,
        normalize: str | None = None,
        batch_size: int | None = None,
        progress: Any = None,
    ) -> str: ...
    def predict_json(
        self,
        model: str,
        params: dict[str, str] | None = None,
        version: int | None = None,
        batch_size: int | None = None,
        progress: Any = None,
    ) -> str: ...
    def store_predictions_json(
        self,
        model: str,
        params: dict[str, str] | None = None,
        name: str | None = None,
        batch_size: int | None = None,
        progress: Any = None,
    ) -> str: ...
    def import_json(
        self,
        name: str,
        ids: list[str],
        vectors: npt.NDArray[np.float32],
        metric: str = "cosine",
        meta: dict[str, str] | None = None,
    ) -> str: ...
    def embeddings(self, spec: str) -> tuple[list[str], npt.NDArray[np.float32]]: ...
    def embedding_sets_json(self) -> str: ...
    def pin_json(self, spec: str, pinned: bool) -> str: ...
    def drop_json(self, spec: str) -> str: ...
    def index_json(
        self, spec: str, m: int = 16, ef_construction: int = 200, ef_search: int = 64, quantization: str = "auto"
    ) -> str: ...
    def search(
        self,
        set: str | None,
        filter: str | None = None,
        target: Any = None,
        k: int = 10,
        exact: bool = False,
        columns: list[str] = ...,
        limit: int | None = None,
        version: int | None = None,
        exclude_query: bool = True,
        explain_only: bool = False,
    ) -> Any: ...
    def search_batch(
        self,
        set: str,
        ids: list[str] | None = None,
        vectors: npt.NDArray[np.float32] | None = None,
        k: int = 10,
        filter: str | None = None,
        exact: bool = False,
        version: int | None = None,
    ) -> tuple[list[str | None], npt.NDArray[np.float32]]: ...
    def diagnose_json(self, argv: list[str], progress: Any = None) -> str: ...
    def train_json(self, argv: list[str], progress: Any = None) -> str: ...
    def match_json(self, argv: list[str]) -> str: ...

"""Fixtures of the pytest suite: the shared real data (``$CRYSTALDB_DATA`` or
``../shared/data`` beside the repository; missing data skips loudly, and fails under ``CI``),
the ``crystaldb`` binary of the Rust workspace, and a database of MP-20 structures."""

from __future__ import annotations

import gzip
import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

import crystaldb

REPO = Path(__file__).resolve().parents[2]


def data_dir() -> Path | None:
    env = os.environ.get("CRYSTALDB_DATA")
    if env and Path(env).is_dir():
        return Path(env)
    for p in (REPO / "../shared/data", REPO / "../../shared/data"):
        if (p / "README.md").is_file():
            return p.resolve()
    return None


@pytest.fixture(scope="session")
def data() -> Path:
    d = data_dir()
    if d is None:
        message = "shared data not found (set CRYSTALDB_DATA or put it at ../shared/data)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI requires it")
        sys.stderr.write(f"\n!!!!! SKIPPED: {message} !!!!!\n")
        pytest.skip(message)
    return d


def mp_rows(path: Path, n: int | None = None) -> list[dict[str, str]]:
    """Rows of an MP-20 CSV (``material_id``, ``cif``, ``band_gap``, ...)."""
    with gzip.open(path, "rt", newline="") as f:
        rows = []
        for row in csv.DictReader(f):
            rows.append(row)
            if n is not None and len(rows) == n:
                break
    return rows


@pytest.fixture(scope="session")
def mp_csv(data: Path) -> Path:
    return data / "mp" / "mp20_pilot_test.csv.gz"


@pytest.fixture(scope="session")
def pmg_structures(mp_csv: Path) -> list[tuple[str, Any]]:
    """200 MP structures as pymatgen objects, with their MP ids."""
    from pymatgen.core import Structure

    return [(r["material_id"], Structure.from_str(r["cif"], fmt="cif")) for r in mp_rows(mp_csv, 200)]


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `crystaldb` binary the Rust tests built (built here when missing)."""
    exe = Path(os.environ.get("CRYSTALDB_BIN", REPO / "target" / "debug" / "crystaldb"))
    if not exe.is_file():
        subprocess.run(["cargo", "build", "-p", "crystaldb-cli"], cwd=REPO, check=True)
    return exe


@pytest.fixture(scope="session")
def mp_db(tmp_path_factory: pytest.TempPathFactory, mp_csv: Path) -> Iterator[crystaldb.Database]:
    """The 1000 structures of the MP-20 pilot test split, embedded with Magpie (z-scored, and raw as
    ``magpie_raw``)."""
    path = tmp_path_factory.mktemp("mp") / "db"
    db = crystaldb.open(path)
    doc = db.ingest(mp_csv)
    assert doc["added"] == 1000, doc
    assert db.embed("magpie") == "magpie@1"
    assert db.embed("magpie", name="magpie_raw", normalize="none") == "magpie_raw@1"
    yield db
    db.close()

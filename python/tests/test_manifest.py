"""Manifests read by outside engines: the DuckDB and PySpark examples of docs/ON_DISK.md run, as
written there, on a database of the MP-20 pilot test split whose second version changes 150 band
gaps and which has a Magpie set, and see exactly the rows crystaldb shows at that version."""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import crystaldb

from conftest import REPO, mp_rows

CHANGED = 150


def example(name: str) -> str:
    """The Python block after `<!-- example: NAME -->` in docs/ON_DISK.md."""
    doc = (REPO / "docs" / "ON_DISK.md").read_text()
    found = re.search(rf"<!-- example: {name} -->\n```python\n(.*?)```", doc, re.S)
    assert found, f"docs/ON_DISK.md has no {name} example"
    return found.group(1)


def run_example(name: str, db_path: Path) -> dict[str, Any]:
    scope: dict[str, Any] = {"db_path": str(db_path)}
    exec(compile(example(name), f"docs/ON_DISK.md ({name} example)", "exec"), scope)
    return scope


@pytest.fixture(scope="module")
def updated_db(tmp_path_factory: pytest.TempPathFactory, mp_csv: Path) -> Path:
    """Version 1: the 1000 structures; version 2: the first 150 again with band gaps + 1 eV; a
    Magpie set on version 2."""
    tmp = tmp_path_factory.mktemp("manifest")
    rows = mp_rows(mp_csv)
    changed = tmp / "mp20_changed.csv.gz"
    with gzip.open(changed, "wt", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows[:CHANGED]:
            w.writerow({**r, "band_gap": str(float(r["band_gap"]) + 1.0)})
    path = tmp / "db"
    with crystaldb.open(path) as db:
        assert db.ingest(mp_csv)["added"] == 1000
        doc = db.ingest(changed)
        assert (doc["updated"], doc["version"]) == (CHANGED, 2), doc
        assert db.embed("magpie") == "magpie@1"
    return path


def expected(db_path: Path) -> tuple[dict[str, float | None], Counter[str]]:
    """crystaldb's own answer at the newest version: id -> band gap, and rows per crystal system."""
    with crystaldb.open(db_path, read_only=True) as db:
        table = db.scan(columns=["id", "band_gap", "crystal_system"]).to_pandas()
    gaps = {i: (None if g != g else float(g)) for i, g in zip(table["id"], table["band_gap"])}
    return gaps, Counter(table["crystal_system"])


def test_the_manifest_files_and_the_api_agree(updated_db: Path, cli: Path) -> None:
    with crystaldb.open(updated_db, read_only=True) as db:
        for v in (0, 1, 2):
            on_disk = json.loads((updated_db / "manifests" / f"v{v}.json").read_text())
            assert db.manifest(v) == on_disk
            out = subprocess.run(
                [str(cli), "manifest", "--db", str(updated_db), "--version", str(v)],
                check=True,
                capture_output=True,
                text=True,
            )
            assert json.loads(out.stdout) == on_disk
        latest = db.manifest()
        assert latest == json.loads((updated_db / "manifests" / "latest.json").read_text())
        deleted = sum(len(f["deleted_rows"]) for f in latest["structures"]["files"])
        assert deleted == CHANGED
        assert latest["structures"]["rows"] == db.info()["structures"] == 1000
        assert list(latest["embeddings"]) == ["magpie"]


def test_duckdb_reads_exactly_the_version(updated_db: Path) -> None:
    pytest.importorskip("duckdb", reason="duckdb is in python/requirements-test.txt")
    gaps, systems = expected(updated_db)
    scope = run_example("duckdb", updated_db)
    con = scope["con"]
    assert scope["rows"] == len(gaps) == 1000
    seen = dict(con.execute("SELECT id, band_gap FROM structures").fetchall())
    assert seen == gaps, "the replaced rows are left out and their new values read"
    assert dict(scope["by_system"]) == dict(systems)
    with_vectors = {i for (i,) in con.execute("SELECT id FROM magpie").fetchall()}
    assert scope["gapped"] == sum(1 for i, g in gaps.items() if g is not None and g > 1 and i in with_vectors)


def java_or_skip() -> None:
    if shutil.which("java") is None:
        message = "PySpark needs Java 17 on PATH"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI requires it")
        sys.stderr.write(f"\n!!!!! SKIPPED: {message} !!!!!\n")
        pytest.skip(message)


def test_pyspark_reads_exactly_the_version(updated_db: Path) -> None:
    pytest.importorskip("pyspark", reason="pyspark is in python/requirements-test.txt")
    java_or_skip()
    gaps, systems = expected(updated_db)
    scope = run_example("pyspark", updated_db)
    try:
        assert scope["rows"] == len(gaps) == 1000
        seen = {r["id"]: r["band_gap"] for r in scope["structures"].select("id", "band_gap").collect()}
        assert seen == gaps
        assert {r["crystal_system"]: r["count"] for r in scope["by_system"]} == dict(systems)
        with crystaldb.open(updated_db, read_only=True) as db:
            assert scope["vectors"] == len(db.embeddings("magpie")[0])
    finally:
        scope["spark"].stop()

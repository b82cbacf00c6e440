"""Bad inputs raise the documented exception, naming the field; nothing is committed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import crystaldb


def test_non_periodic_atoms(tmp_path: Path) -> None:
    from ase import Atoms

    molecule = Atoms("H2O", positions=[[0, 0, 0], [0, 0, 1], [0, 1, 0]])
    with crystaldb.open(tmp_path / "db") as db:
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.insert([molecule])
        assert e.value.field == "pbc"
        assert db.version == 0


def test_nan_lattice(tmp_path: Path) -> None:
    lattice = np.eye(3) * 4.0
    lattice[1, 2] = np.nan
    with pytest.raises(crystaldb.InvalidInput) as e:
        crystaldb.Structure(lattice, [[0, 0, 0]], [11])
    assert e.value.field == "lattice" and "lattice[1][2]" in str(e.value)
    d = crystaldb.Structure(np.eye(3) * 4, [[0, 0, 0]], [11]).as_dict()
    d["lattice"]["matrix"][0][0] = float("nan")
    with crystaldb.open(tmp_path / "db") as db, pytest.raises(crystaldb.InvalidInput) as e2:
        db.insert([d])
    assert e2.value.field == "lattice"


def test_bad_values_name_their_field(tmp_path: Path) -> None:
    with pytest.raises(crystaldb.InvalidInput) as e:
        crystaldb.Structure(np.eye(3) * 4, [[0, 0, 0]], [119])
    assert e.value.field == "numbers"
    with pytest.raises(crystaldb.InvalidInput) as e:
        crystaldb.Structure(np.eye(3) * 4, [[0, 0, 0]], ["Xx"])
    assert e.value.field == "numbers"
    with pytest.raises(crystaldb.InvalidInput) as e:
        crystaldb.Structure(np.eye(3) * 4, [[0, 0, 0]], [11], occupancies=[1.5])
    assert e.value.field == "occupancies"
    s = crystaldb.Structure(np.eye(3) * 4, [[0, 0, 0]], [11])
    with crystaldb.open(tmp_path / "db") as db:
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.insert([s], properties=[{"bandgap": 1.0}])
        assert e.value.field == "bandgap"
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.insert([s], properties=[{"band_gap": float("inf")}])
        assert e.value.field == "band_gap"
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.insert([s, s], ids=["one"])
        assert e.value.field == "ids"
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.insert([object()])
        assert e.value.field == "structures[0]"
        assert db.version == 0


def test_wrong_vector_dimension_and_bad_filter(mp_db: crystaldb.Database) -> None:
    with pytest.raises(crystaldb.InvalidInput) as e:
        mp_db.search("magpie").near(np.zeros(5, dtype=np.float32)).run()
    assert e.value.field == "vector" and "dimension 5" in str(e.value)
    with pytest.raises(crystaldb.InvalidInput) as e:
        mp_db.search("magpie").near(np.zeros((3, 5), dtype=np.float32)).run_batch()
    assert e.value.field == "vector"
    with pytest.raises(crystaldb.FilterError) as f:
        mp_db.search("magpie").filter('band_gap > 1 AND elements HAS "O" AND')
    assert f.value.position == len('band_gap > 1 AND elements HAS "O" AND')
    assert "^" in str(f.value)
    with pytest.raises(crystaldb.FilterError) as f:
        mp_db.scan(filter="band_gp > 1")
    assert f.value.position == 0
    assert isinstance(f.value, ValueError) and isinstance(f.value, crystaldb.Error)
    with pytest.raises(crystaldb.InvalidInput) as e:
        mp_db.scan(columns=["id", "bandgap"])
    assert e.value.field == "column"


def test_not_found_locked_read_only(tmp_path: Path, mp_db: crystaldb.Database) -> None:
    with pytest.raises(crystaldb.NotFound) as e:
        mp_db.structure("mp-1000")
    assert e.value.name == "mp-1000"
    assert mp_db.get("mp:does-not-exist") is None
    with pytest.raises(crystaldb.NotFound):
        mp_db.embeddings("nope")
    with pytest.raises(crystaldb.NotFound):
        mp_db.snapshot(999)
    with pytest.raises(crystaldb.Locked):
        crystaldb.open(mp_db.path)
    with crystaldb.open(mp_db.path, read_only=True) as reader:
        assert reader.version == mp_db.version
        with pytest.raises(crystaldb.ReadOnly):
            reader.insert([crystaldb.Structure(np.eye(3) * 4, [[0, 0, 0]], [11])])
    with pytest.raises(crystaldb.NotFound):
        crystaldb.open(tmp_path / "missing", create=False)


def test_ingest_reports_bad_records_and_keeps_the_rest(tmp_path: Path, data: Path) -> None:
    bad = tmp_path / "bad.json"
    good = data / "formats" / "optimade" / "test_structures.json"
    bad.write_text('{"data": [{"id": "x", "type": "structures", "attributes": {"lattice_vectors": "nope"}}]}')
    with crystaldb.open(tmp_path / "db") as db:
        doc: dict[str, Any] = db.ingest([good, bad], format="optimade-json")
        assert doc["added"] > 0
        assert any(e["file"].endswith("bad.json") and e["record"] for e in doc["errors"]), doc["errors"]


def test_closed_handle(tmp_path: Path) -> None:
    db = crystaldb.open(tmp_path / "db")
    db.close()
    assert db.closed and "closed" in repr(db)
    with pytest.raises(crystaldb.Error):
        db.info()


def test_a_panic_is_a_crystaldb_error() -> None:
    from crystaldb import _crystaldb
    from crystaldb._db import _no_panic

    with pytest.raises(crystaldb.Error, match="internal error.*boom on the worker"):
        _crystaldb._panic("boom on the worker", long=True)
    with pytest.raises(crystaldb.Error, match="internal error.*boom here"):
        _no_panic(_crystaldb._panic)("boom here")

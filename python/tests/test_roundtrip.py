"""Structures in and out: pymatgen → crystaldb → pymatgen and ASE → crystaldb → ASE on 200
MP structures, a disordered CIF's occupancies, dicts, and properties from a DataFrame."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import crystaldb


def test_pymatgen_round_trip(tmp_path: Path, pmg_structures: list[tuple[str, Any]]) -> None:
    with crystaldb.open(tmp_path / "db") as db:
        ids = [mid for mid, _ in pmg_structures]
        doc = db.insert([s for _, s in pmg_structures], ids=ids, source="mp")
        assert doc["added"] == 200 and doc["rejected"] == [], doc
        for mid, s in pmg_structures:
            back = db.structure(f"mp:{mid}").to_pymatgen()
            np.testing.assert_allclose(back.lattice.matrix, s.lattice.matrix, rtol=0, atol=1e-9)
            assert [str(x) for x in back.species] == [str(x) for x in s.species]
            np.testing.assert_allclose(back.frac_coords, s.frac_coords, rtol=0, atol=1e-9)


def test_ase_round_trip(tmp_path: Path, pmg_structures: list[tuple[str, Any]]) -> None:
    from pymatgen.io.ase import AseAtomsAdaptor

    atoms = [AseAtomsAdaptor.get_atoms(s) for _, s in pmg_structures]
    with crystaldb.open(tmp_path / "db") as db:
        doc = db.insert(atoms, ids=[mid for mid, _ in pmg_structures], source="ase")
        assert doc["added"] == 200, doc
        for (mid, _), a in zip(pmg_structures, atoms):
            back = db.structure(f"ase:{mid}").to_ase()
            np.testing.assert_allclose(np.asarray(back.cell), np.asarray(a.cell), rtol=0, atol=1e-9)
            assert list(back.numbers) == list(a.numbers)
            np.testing.assert_allclose(
                back.get_scaled_positions(wrap=False), a.get_scaled_positions(wrap=False), rtol=0, atol=1e-9
            )
            assert all(back.pbc)


def test_disordered_cif_keeps_occupancies(tmp_path: Path, data: Path) -> None:
    from pymatgen.io.cif import CifParser

    cif = data / "structures" / "cif" / "cod_2100513_partial_occupancy_EXCERPT.cif"
    s = CifParser(str(cif)).parse_structures(primitive=False)[0]
    assert not s.is_ordered
    with crystaldb.open(tmp_path / "db") as db:
        db.insert([s], ids=["cod-2100513"], source="cod")
        stored = db.structure("cod:cod-2100513")
        assert not stored.is_ordered
        back = stored.to_pymatgen()
        assert len(back) == len(s)
        for a, b in zip(back, s):
            assert {str(k): v for k, v in a.species.items()} == pytest.approx(
                {str(k): v for k, v in b.species.items()}, abs=1e-12
            )
            np.testing.assert_allclose(a.frac_coords, b.frac_coords, atol=1e-9)
        with pytest.raises(crystaldb.InvalidInput) as e:
            stored.to_ase()
        assert e.value.field == "occupancies"


def test_mixed_inputs_and_dataframe_properties(tmp_path: Path, pmg_structures: list[tuple[str, Any]], data: Path) -> None:
    import json

    import pandas as pd
    from pymatgen.io.ase import AseAtomsAdaptor

    (_, a), (_, b), (_, c) = pmg_structures[:3]
    lgps = json.loads((data / "formats" / "pymatgen" / "structures" / "Li10GeP2S12.json").read_text())
    mixed = [a, AseAtomsAdaptor.get_atoms(b), c.as_dict(), crystaldb.Structure.from_pymatgen(a), lgps]
    props = pd.DataFrame(
        {"band_gap": [1.0, 2.0, None, 1.0, 0.5], "formation_energy_per_atom": [-1.0, -2.0, -0.5, -1.0, -0.3]}
    )
    with crystaldb.open(tmp_path / "db") as db:
        doc = db.insert(mixed, properties=props)
        # The fourth is the first again: its content id makes it a duplicate of it.
        assert doc["added"] == 4 and doc["duplicates"] == 1, doc
        rows = db.scan(columns=["id", "band_gap", "formation_energy_per_atom"]).to_pandas()
        assert len(rows) == 4
        assert rows["band_gap"].isna().sum() == 1
        lgps_row = db.get(rows.loc[rows["band_gap"] == 0.5, "id"].iloc[0])
        assert lgps_row is not None and lgps_row["formula_reduced"].startswith("Ge")


def test_properties_absent_keys_keep_stored_values(tmp_path: Path, pmg_structures: list[tuple[str, Any]]) -> None:
    s = pmg_structures[0][1]
    with crystaldb.open(tmp_path / "db") as db:
        db.insert([s], ids=["a"], properties=[{"band_gap": 1.5, "energy_above_hull": 0.1}])
        db.insert([s], ids=["a"], properties=[{"band_gap": 2.5}])
        row = db.get("user:a")
        assert row is not None
        assert row["band_gap"] == 2.5 and row["energy_above_hull"] == 0.1

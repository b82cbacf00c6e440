"""The rest of the API: documents with the CLI's keys, versions and snapshots, embedding
sets from NumPy, diagnose and train."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import crystaldb


def cli_json(cli: Path, *args: str) -> Any:
    return json.loads(subprocess.run([str(cli), *args, "--json"], check=True, capture_output=True, text=True).stdout)


def test_info_has_the_cli_keys(cli: Path, mp_db: crystaldb.Database) -> None:
    ours = mp_db.info()
    theirs = cli_json(cli, "info", "--db", mp_db.path)
    assert ours == theirs
    assert mp_db.versions() == cli_json(cli, "versions", "--db", mp_db.path)["versions"]
    assert mp_db.embedding_sets() == cli_json(cli, "embeddings", "list", "--db", mp_db.path)["embeddings"]


def test_versions_snapshots_and_repr(tmp_path: Path, pmg_structures: list[tuple[str, Any]]) -> None:
    with crystaldb.open(tmp_path / "db") as db:
        assert db.version == 0
        db.insert([s for _, s in pmg_structures[:10]], ids=[m for m, _ in pmg_structures[:10]], source="mp")
        snap = db.snapshot()
        db.insert([s for _, s in pmg_structures[10:15]], ids=[m for m, _ in pmg_structures[10:15]], source="mp")
        assert db.version == 2 and snap.version == 1
        assert len(snap) == 10 and len(db.snapshot()) == 15
        assert len(snap.scan(columns=["id"])) == 10
        assert snap.get(f"mp:{pmg_structures[12][0]}") is None
        assert [v["version"] for v in db.versions()] == [0, 1, 2]
        assert "15 structures" in repr(db) and "<table>" in db._repr_html_()
        assert db.info(version=1)["structures"] == 10


def test_import_embeddings_from_numpy(tmp_path: Path, pmg_structures: list[tuple[str, Any]]) -> None:
    with crystaldb.open(tmp_path / "db") as db:
        db.insert([s for _, s in pmg_structures[:50]], ids=[m for m, _ in pmg_structures[:50]], source="mp")
        ids = [f"mp:{m}" for m, _ in pmg_structures[:50]]
        rng = np.random.default_rng(0)
        v64 = rng.normal(size=(50, 8))
        assert db.import_embeddings("ext", ids, v64, metric="l2", meta={"model": "test"}) == "ext@1"
        back_ids, back = db.embeddings("ext@1")
        order = [back_ids.index(i) for i in ids]
        np.testing.assert_array_equal(back[order], v64.astype(np.float32))
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.import_embeddings("ext", ids[:3], v64)
        assert e.value.field == "ids"
        bad = v64.copy()
        bad[4, 2] = np.nan
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.import_embeddings("ext", ids, bad)
        assert "vectors[4][2]" in str(e.value)
        assert db.pin("ext@1")["pinned"] is True
        built = db.index("ext", quantization="f32")
        assert (built["update"], built["rows"], built["storage"]) == ("built", 50, "f32")
        assert db.index("ext", quantization="f32")["update"] == "unchanged"
        assert db.index("ext")["storage"] == "f16"
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.index("ext", quantization="i8")
        assert "cosine" in str(e.value)
        with pytest.raises(crystaldb.InvalidInput) as e:
            db.index("ext", quantization="f8")
        assert e.value.field == "quantization"
        assert db.unpin("ext@1")["pinned"] is False
        db.drop("ext")
        assert db.embedding_sets() == []


def test_diagnose_returns_the_cli_document(tmp_path: Path, mp_db: crystaldb.Database) -> None:
    """The `diagnose --json` document, with ridge and GP probes (`probe=["ridge", "gp"]`)."""
    doc = mp_db.diagnose("magpie", split="chemsys", labels=["crystal_system"], properties=["band_gap"],
                         train_sizes=[100, "all"], sample=200, no_baselines=True, report=tmp_path / "report",
                         probe=["ridge", "gp"], gp_kernel="matern")
    assert doc["rows"] == 1000
    assert doc["retrieval"][0]["label"] == "crystal_system"
    rows = doc["probes"][0]["rows"]
    assert {r["train_size"] for r in rows} == {100, None}
    assert [r["method"] for r in rows] == ["ridge", "gp", "mean"] * 2
    gp = rows[4]["gp"]
    assert gp["kernel"] == "matern52" and 0.0 <= gp["calibration"]["within_2sigma"] <= 1.0
    assert (tmp_path / "report" / "index.html").is_file()
    with pytest.raises(crystaldb.InvalidInput) as e:
        mp_db.diagnose("magpie", no_such_option=3)
    assert "no-such-option" in str(e.value)


def test_match_finds_stored_crystals_and_says_what_is_new(cli: Path, mp_db: crystaldb.Database, mp_csv: Path) -> None:
    """`db.match(paths)`: the `crystaldb match --json` document. Every structure of the file the
    database was built from is known, as (at least) its own record."""
    doc = mp_db.match(mp_csv, ltol=0.2)
    assert doc == cli_json(cli, "match", "--db", mp_db.path, "--ltol", "0.2", str(mp_csv))
    s = doc["summary"]
    assert (s["inputs"], s["known"], s["novel"], s["errors"]) == (1000, 1000, 0, 0)
    assert 0 < s["unique"] <= 1000 and s["novelty"] == 0.0
    for one in doc["structures"]:
        assert one["id"] in [m["id"] for m in one["matches"]]
    with pytest.raises(crystaldb.Error) as e:
        mp_db.match(mp_csv, stol=0)
    assert "--stol must be a positive number, not 0" in str(e.value)


def test_train_and_embed_with_the_weights(tmp_path: Path, data: Path) -> None:
    with crystaldb.open(tmp_path / "db") as db:
        db.ingest(data / "mp" / "mp20_pilot_val.csv.gz")
        doc = db.train("supervised", target="band_gap", epochs=1, limit=120, batch_size=32, name="w", set={"hidden": 16})
        assert doc["weights"] == "w" and doc["epochs"] == 1 and len(doc["train_losses"]) == 1
        label = db.embed("graph", params={"weights": "w"})
        assert label.startswith("graph")
        assert db.embeddings(label)[1].shape[1] > 0


def test_pretrained_models_embed_and_predict(tmp_path: Path, cli: Path, data: Path) -> None:
    """CHGNet and CGCNN from the published weights: vectors through `embed`, predictions through
    `predict`, the same numbers as `crystaldb predict`, and unusable structures reported by id."""
    chgnet = data / "models" / "chgnet" / "0.3.0" / "chgnet_0.3.0_e29f68s314m37.pth.tar"
    cgcnn = data / "models" / "cgcnn" / "formation-energy-per-atom.pth.tar"
    path = tmp_path / "db"
    with crystaldb.open(path) as db:
        added = db.ingest(data / "structures" / "cif")["added"]
        report = db.embed_report("chgnet", {"weights_file": chgnet})
        assert report["dim"] == 64 and report["count"] + len(report["skipped"]) == added
        ids, energies = db.predict("chgnet", {"weights_file": chgnet})
        assert energies.dtype == np.float64 and len(ids) == len(energies) == report["count"]
        assert np.all((energies > -12) & (energies < 0)), energies
        doc = db.predict_report("cgcnn", {"weights_file": cgcnn})
        assert doc["model"] == "cgcnn" and doc["version"] == 1
        assert all("partial_occupancy" in s["id"] for s in doc["skipped"]), doc["skipped"]
        with pytest.raises(crystaldb.Error, match="trained weights"):
            db.predict("chgnet", {"weights": "random"})
        with pytest.raises(crystaldb.Error, match="m3gnet"):
            db.predict("m3gnet", {"weights_file": chgnet})
    out = tmp_path / "e.csv"
    subprocess.run(
        [str(cli), "predict", "--db", str(path), "--model", "chgnet", "--set", f"weights_file={chgnet}", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    lines = out.read_text().splitlines()[1:]
    from_cli = {line.split(",")[0]: float(line.split(",")[1]) for line in lines}
    assert from_cli == dict(zip(ids, energies.tolist()))
    # Stored as a prediction set, the same values are filterable as `_crystaldb_<name>`.
    with crystaldb.open(path) as db:
        stored = db.store_predictions("chgnet", {"weights_file": chgnet})
        assert stored["label"] == "chgnet_energy_per_atom@1" and stored["count"] == len(ids)
        assert stored["filter_field"] == "_crystaldb_chgnet_energy_per_atom"
        assert db.store_predictions("chgnet", {"weights_file": chgnet})["created"] is False
        # The stored float32 values are predict's (batches of another make-up agree to 1e-6).
        set_ids, values = db.embeddings("chgnet_energy_per_atom")
        by_id = dict(zip(set_ids, values[:, 0].tolist()))
        assert values.shape == (len(ids), 1) and set(set_ids) == set(ids)
        assert max(abs(by_id[i] - e) for i, e in zip(ids, energies.tolist())) < 1e-5
        cut = float(np.median(values))
        table = db.scan(["id"], filter=f"_crystaldb_chgnet_energy_per_atom < {cut}").to_pylist()
        below = {i for i, e in by_id.items() if e < cut}
        assert {row["id"] for row in table} == below and 0 < len(below) < len(ids)
        hits = db.search().filter(f"_crystaldb_chgnet_energy_per_atom >= {cut} AND nsites > 0").run()
        assert {row["id"] for row in hits.to_pylist()} == set(ids) - below
        kinds = {s["name"]: s["kind"] for s in db.embedding_sets()}
        assert kinds["chgnet_energy_per_atom"] == "predicted" and kinds["chgnet"] == "encoded"
        with pytest.raises(crystaldb.Error, match="did you mean `_crystaldb_chgnet_energy_per_atom`"):
            db.scan(["id"], filter="_crystaldb_chgnet_energy_per_atm < 0")

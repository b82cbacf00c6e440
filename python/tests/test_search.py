"""Search through Python returns what the CLI returns; batches, structures, vectors, plans."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

import crystaldb


def cli_query(cli: Path, db: crystaldb.Database, *args: str) -> dict:
    out = subprocess.run(
        [str(cli), "query", "--db", db.path, "--json", *args], check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout))


@pytest.mark.parametrize("exact", [True, False])
def test_same_hits_as_the_cli(cli: Path, mp_db: crystaldb.Database, exact: bool) -> None:
    ids = mp_db.scan(columns=["id"]).to_pandas()["id"].tolist()
    flt = "band_gap > 0.5"
    for query in ids[:: len(ids) // 5][:5]:
        flags = ["--exact"] if exact else []
        want = cli_query(cli, mp_db, "--near", query, "--embedding", "magpie", "-k", "10", "--filter", flt, *flags)
        got = (
            mp_db.search("magpie").filter(flt).near(query).k(10).exact(exact).columns(["band_gap"]).run()
        ).to_pandas()
        assert got["id"].tolist() == [h["id"] for h in want["hits"]]
        np.testing.assert_array_equal(got["distance"].to_numpy(np.float32), np.float32([h["distance"] for h in want["hits"]]))
        assert (got["band_gap"] > 0.5).all()


def test_batch_matches_single_searches(mp_db: crystaldb.Database) -> None:
    ids, vectors = mp_db.embeddings("magpie")
    queries = ids[:20]
    got_ids, got_d = mp_db.search("magpie").near(queries).k(5).exact().run_batch()
    assert got_ids.shape == (20, 5) and got_d.shape == (20, 5) and got_d.dtype == np.float32
    for i, q in enumerate(queries):
        one = mp_db.search("magpie").near(q).k(5).exact().run().to_pandas()
        assert got_ids[i].tolist() == one["id"].tolist()
        np.testing.assert_array_equal(got_d[i], one["distance"].to_numpy(np.float32))
    # Vectors in: the stored (raw) vectors; the query row itself is the nearest.
    v_ids, v_d = mp_db.search("magpie").near(np.asarray(vectors[:20])).k(5).exact().run_batch()
    assert v_ids[:, 0].tolist() == queries
    assert np.all(v_d[:, 0] < 1e-5)


def test_near_a_structure_and_a_vector(mp_db: crystaldb.Database, pmg_structures: list) -> None:
    mid, s = pmg_structures[3]
    by_structure = mp_db.search("magpie").near(s).k(3).exact().run().to_pandas()
    assert by_structure["id"].iloc[0] == f"mp:{mid}"
    assert by_structure["distance"].iloc[0] < 1e-5
    ids, vectors = mp_db.embeddings("magpie")
    row = ids.index(f"mp:{mid}")
    by_vector = mp_db.search("magpie").near(np.asarray(vectors[row])).k(3).exact().run().to_pandas()
    assert by_vector["id"].iloc[0] == f"mp:{mid}"


def test_explain_and_filter_only_query(mp_db: crystaldb.Database) -> None:
    plan = mp_db.search("magpie").filter('elements HAS "O"').near("mp:mp-10009").k(5).explain()
    assert plan["strategy"] in ("exact", "hnsw") and plan["matched"] > 0 and "reason" in plan
    rows = mp_db.search().filter('elements HAS "O" AND nelements = 2').columns(["formula_reduced"]).run()
    df = rows.to_pandas()
    assert len(df) > 0 and df["distance"].isna().all()
    assert all("O" in f for f in df["formula_reduced"])
    result = mp_db.search("magpie").near("mp:mp-10009").k(3).run()
    assert result.plan is not None and result.plan["set"].startswith("magpie")


def test_fewer_matches_than_k(mp_db: crystaldb.Database) -> None:
    flt = 'elements HAS "Te" AND nelements = 2'
    n = len(mp_db.scan(columns=["id"], filter=flt))
    k = n + 3
    # The query (GaTe) matches the filter and is left out of its own hits: n - 1 hits.
    ids, d = mp_db.search("magpie").filter(flt).near(["mp:mp-10009"]).k(k).exact().run_batch()
    assert [x is None for x in ids[0]] == [i >= n - 1 for i in range(k)]
    assert np.isnan(d[0, n - 1 :]).all() and not np.isnan(d[0, : n - 1]).any()

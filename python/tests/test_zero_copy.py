"""Arrow and NumPy data leave Rust without a copy where the API promises it."""

from __future__ import annotations

import numpy as np

import crystaldb


def test_embeddings_view_the_loaded_vectors(mp_db: crystaldb.Database) -> None:
    ids, vectors = mp_db.embeddings("magpie_raw")
    assert vectors.dtype == np.float32 and vectors.shape[0] == len(ids) == 1000
    assert not vectors.flags.writeable and not vectors.flags.owndata
    base = vectors.base
    assert isinstance(base, crystaldb._crystaldb.VectorBuffer)
    assert vectors.__array_interface__["data"][0] == base.address
    row = vectors[7]
    assert np.shares_memory(row, vectors)
    # A z-scored set hands back the same raw vectors, in a new array.
    z_ids, z_vectors = mp_db.embeddings("magpie")
    order = [ids.index(i) for i in z_ids]
    np.testing.assert_array_equal(z_vectors, vectors[order])


def test_pyarrow_takes_the_buffers(mp_db: crystaldb.Database) -> None:
    import pyarrow as pa

    table = mp_db.scan(columns=["id", "band_gap", "nsites"])
    arrow = pa.table(table)
    assert arrow.num_rows == len(table) == 1000
    for column in ("band_gap", "nsites"):
        ours = set(table.buffer_addresses(column))
        theirs = {b.address for chunk in arrow.column(column).chunks for b in chunk.buffers() if b is not None}
        assert theirs and theirs <= ours, column
    # Reading the capsule twice gives two readers of the same buffers.
    again = pa.table(table)
    assert again.equals(arrow)
    capsule = table.__arrow_c_stream__()
    assert type(capsule).__name__ == "PyCapsule"
    reader = pa.RecordBatchReader._import_from_c_capsule(capsule)
    assert reader.read_all().num_rows == 1000


def test_pandas_and_search_results(mp_db: crystaldb.Database) -> None:
    df = mp_db.scan(columns=["id", "formula_reduced", "band_gap"], filter="band_gap > 2").to_pandas()
    assert len(df) > 0 and (df["band_gap"] > 2).all()
    hits = mp_db.search("magpie").near("mp:mp-10009").k(4).columns(["formula_reduced", "spacegroup_number"]).run()
    arrow = hits.to_arrow()
    assert arrow.column_names == ["id", "distance", "formula_reduced", "spacegroup_number"]
    assert arrow.schema.field("distance").type == "float"

#!/usr/bin/env python3
"""Write vectors computed in Python in the files `crystaldb import-embeddings` reads.

This stands where a MACE-MP, M3GNet or CHGNet run would be: read the structures crystaldb
exported, compute one vector per structure, write

  <out>.parquet            id + embedding (FixedSizeList<float32>)      -> import as is
  <out>.npy + <out>.ids    float32 (rows x dim) + one id per line        -> import with --ids

Here the "model" is a stand-in that needs nothing but numpy: the element-fraction histogram
over Z = 1..100 (a composition vector), so the example runs anywhere. Replace `embed()` with
your model's pooled readout, e.g. `mace_mp(model="medium").get_descriptors(atoms).mean(0)`.

    cargo run --release -- demo --db demo.cdb
    cargo run --release -- export --db demo.cdb --out structures.parquet
    python examples/write_embeddings.py structures.parquet vectors
    cargo run --release -- import-embeddings --db demo.cdb --name elfrac vectors.parquet \
        --meta model=element-fractions --meta script=write_embeddings.py
    cargo run --release -- import-embeddings --db demo.cdb --name elfrac-npy vectors.npy --ids vectors.ids
"""
import sys

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

DIM = 100


def embed(species_at_sites, occupancy):
    """One vector per structure: occupancy-weighted fraction of each element Z = 1..100."""
    v = np.zeros(DIM, dtype=np.float32)
    for z, occ in zip(species_at_sites, occupancy):
        if 1 <= z <= DIM:
            v[z - 1] += occ
    total = v.sum()
    return v / total if total > 0 else v


def main(structures, out):
    table = pq.read_table(structures, columns=["id", "species_at_sites", "occupancy"])
    ids = table.column("id").to_pylist()
    species = table.column("species_at_sites").to_pylist()
    occupancy = table.column("occupancy").to_pylist()
    vectors = np.stack([embed(s, o) for s, o in zip(species, occupancy)]).astype(np.float32)

    flat = pa.array(vectors.reshape(-1), type=pa.float32())
    embedding = pa.FixedSizeListArray.from_arrays(flat, DIM)
    pq.write_table(pa.table({"id": ids, "embedding": embedding}), f"{out}.parquet")
    np.save(f"{out}.npy", vectors)
    with open(f"{out}.ids", "w") as f:
        f.write("\n".join(ids) + "\n")
    print(f"wrote {len(ids)} vectors of dimension {DIM} to {out}.parquet, {out}.npy and {out}.ids")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: write_embeddings.py STRUCTURES.parquet OUT_PREFIX")
    main(sys.argv[1], sys.argv[2])

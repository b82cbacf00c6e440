"""The reference CGCNN's inference time on the structures of the `cgcnn` benchmark.

Dev-only; same environment as cgcnn_reference.py (torch, pymatgen, $CGCNN_REPO). Run from the
repository root, with as many threads as the Rust benchmark uses:
    CGCNN_REPO=/path/to/cgcnn OMP_NUM_THREADS=2 .venv-ref/bin/python scripts/dev/cgcnn_timing.py
Times what `predict.py` does after reading the CIFs, on the 68 structures of
learned/tests/expected/cgcnn_reference.json: the graph (`CIFData.__getitem__`'s neighbour lists,
Gaussian expansion and atom features) and the forward pass of `CrystalGraphConvNet` (eval mode,
batches of 256 through `collate_pool`, as predict.py's default), best of 5 runs each. Compare
with `cargo bench -p crystaldb-learned --bench cgcnn` (cgcnn_68, cgcnn_graphs_only_68,
cgcnn_forward_only_68).
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir, from_crystaldb  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

sys.path.insert(0, os.environ["CGCNN_REPO"])
from cgcnn.data import AtomCustomJSONInitializer, GaussianDistance, collate_pool  # noqa: E402
from cgcnn.model import CrystalGraphConvNet  # noqa: E402

torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
doc = json.loads((REPO / "learned/tests/expected/cgcnn_reference.json").read_text())
structs = [from_crystaldb(e["structure"]) for e in doc["structures"]]
ari = AtomCustomJSONInitializer(str(data_dir() / "elements" / "cgcnn_atom_init.json"))
gdf = GaussianDistance(dmin=0, dmax=8.0, step=0.2)


def graph(crystal, i):
    atom_fea = np.vstack([ari.get_atom_fea(crystal[k].specie.number) for k in range(len(crystal))])
    nbrs = [sorted(n, key=lambda x: x[1]) for n in crystal.get_all_neighbors(8.0, include_index=True)]
    idx = [[x[2] for x in n[:12]] + [0] * (12 - len(n[:12])) for n in nbrs]
    dist = [[x[1] for x in n[:12]] + [9.0] * (12 - len(n[:12])) for n in nbrs]
    return (torch.Tensor(atom_fea), torch.Tensor(gdf.expand(np.array(dist))), torch.LongTensor(idx)), torch.Tensor([0.0]), str(i)


model = CrystalGraphConvNet(92, 41, atom_fea_len=64, n_conv=4, h_fea_len=32, n_h=1)
model.eval()


def best(f, runs=5):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


items = [graph(s, i) for i, s in enumerate(structs)]


def forward():
    with torch.no_grad():
        for k in range(0, len(items), 256):
            (atom_fea, nbr_fea, nbr_idx, crys_idx), _, _ = collate_pool(items[k : k + 256])
            model(atom_fea, nbr_fea, nbr_idx, crys_idx)


t_graph = best(lambda: [graph(s, i) for i, s in enumerate(structs)])
t_forward = best(forward)
n = len(structs)
print(f"reference CGCNN on {n} structures, {torch.get_num_threads()} threads (torch {torch.__version__})")
print(f"  graphs   {t_graph * 1e3:8.1f} ms  {n / t_graph:8.0f} structures/s")
print(f"  forward  {t_forward * 1e3:8.1f} ms  {n / t_forward:8.0f} structures/s")
print(f"  total    {(t_graph + t_forward) * 1e3:8.1f} ms  {n / (t_graph + t_forward):8.0f} structures/s")

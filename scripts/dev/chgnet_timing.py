"""The reference CHGNet's inference time on the structures of the `chgnet` parity fixture.

Dev-only; same environment as chgnet_reference.py (chgnet 0.4.2, torch, pymatgen, the CHGNet 0.3.0
checkpoint in shared/data). Run from the repository root, with as many threads as the Rust
benchmark uses:
    CRYSTALDB_DATA=/path/to/shared/data OMP_NUM_THREADS=2 .venv-ref/bin/python scripts/dev/chgnet_timing.py [--mp20 500]
With `--mp20 N` the structures are the first N rows of MP-20's mp20_pilot_test.csv.gz (pymatgen's
CIF parser on the `cif` column), as the `chgnet_mp20_500` benchmark reads them.
Times, on the structures of learned/tests/expected/chgnet_reference.json (read back with
`from_crystaldb`), CHGNet 0.3.0 (`CHGNet.from_file`, eval mode, float32, CPU), best of 3 runs
each: the graphs (`model.graph_converter(s)` for every structure: pymatgen's neighbour list and
chgnet's fast converter), the forward pass (`predict_graph` on those graphs, task "e" with the
crystal features, batches of 16, predict_structure's default) and both together
(`predict_structure` on the structures, same arguments).
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir, from_crystaldb, mp20_rows, pmg_structure  # noqa: E402

import torch  # noqa: E402
from chgnet.model import CHGNet  # noqa: E402

torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
doc = json.loads((REPO / "learned/tests/expected/chgnet_reference.json").read_text())
if "--mp20" in sys.argv:
    limit = int(sys.argv[sys.argv.index("--mp20") + 1])
    structs = [pmg_structure(r["cif"]) for r in mp20_rows("mp20_pilot_test.csv.gz", limit)]
    source = f"the first {limit} rows of mp20_pilot_test.csv.gz"
else:
    structs = [from_crystaldb(e["structure"]) for e in doc["structures"]]
    source = doc["source"].split(" (")[0]
model = CHGNet.from_file(str(data_dir() / "models/chgnet/0.3.0" / doc["checkpoint"]))
model.eval()


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


graphs = [model.graph_converter(s) for s in structs]


def forward():
    with torch.no_grad():
        model.predict_graph(graphs, task="e", return_crystal_feas=True, batch_size=16)


def end_to_end():
    with torch.no_grad():
        model.predict_structure(structs, task="e", return_crystal_feas=True, batch_size=16)


t_graph = best(lambda: [model.graph_converter(s) for s in structs])
t_forward = best(forward)
t_total = best(end_to_end)
n = len(structs)
print(f"reference CHGNet 0.3.0 on {n} structures ({sum(map(len, structs))} atoms), {torch.get_num_threads()} "
      f"threads (torch {torch.__version__}, {source})")
print(f"  graphs   {t_graph * 1e3:8.1f} ms  {n / t_graph:8.1f} structures/s")
print(f"  forward  {t_forward * 1e3:8.1f} ms  {n / t_forward:8.1f} structures/s")
print(f"  total    {t_total * 1e3:8.1f} ms  {n / t_total:8.1f} structures/s")

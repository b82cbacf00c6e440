"""Expected CGCNN outputs from the reference implementation, for the parity tests of `cgcnn`.

Dev-only. Needs torch and pymatgen (e.g. `pip install chgnet==0.4.2 pymatgen`, which brings
both) and a checkout of https://github.com/txie-93/cgcnn (commit f42ab23) whose path is
$CGCNN_REPO. Run from the repository root:
    CGCNN_REPO=/path/to/cgcnn .venv-ref/bin/python scripts/dev/cgcnn_reference.py
Writes learned/tests/expected/cgcnn_reference.json: 60 structures of MP-20's binary/ternary
validation split (shared/data/mp/mp20_biternary_val.csv.gz), spread over the range of site
counts (every 119th row in order of site count, ties by id), and 8 of MPTS-52's test split with
more than 20 sites (evenly spaced in order of site count), each with its structure as parsed
by pymatgen (crystaldb's serde JSON), the reference graph (per atom the 12 neighbour distances
and neighbour atomic numbers as `CIFData` builds them: pymatgen's `get_all_neighbors(8)` sorted
by distance, padded with index 0 at 9 Å), and for each of the two published checkpoints in
shared/data/models/cgcnn the crystal feature (the input of `fc_out`) and the de-normalised
prediction (for the formation-energy model also the mean atom feature after the embedding and
after each convolution), computed by the
repository's `CrystalGraphConvNet` in eval mode, one crystal at a time. Structures whose 12th
and 13th neighbour of some atom are tied (within 1e-6 Å) with different elements are listed
under `ties`: the reference's choice between them follows pymatgen's neighbour order.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir, mp20_rows, pmg_structure, sig, to_crystaldb, write_json  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

sys.path.insert(0, os.environ["CGCNN_REPO"])
from cgcnn.data import AtomCustomJSONInitializer, GaussianDistance  # noqa: E402
from cgcnn.model import CrystalGraphConvNet  # noqa: E402

RADIUS, MAX_NBR, STEP = 8.0, 12, 0.2
N = 60
N_BIG = 8
MODELS = ["formation-energy-per-atom", "band-gap"]

ari = AtomCustomJSONInitializer(str(data_dir() / "elements" / "cgcnn_atom_init.json"))
gdf = GaussianDistance(dmin=0, dmax=RADIUS, step=STEP)


def graph(crystal):
    """CIFData.__getitem__'s graph, with neighbour elements and tie detection."""
    atom_fea = np.vstack([ari.get_atom_fea(crystal[i].specie.number) for i in range(len(crystal))])
    all_nbrs = crystal.get_all_neighbors(RADIUS, include_index=True)
    all_nbrs = [sorted(nbrs, key=lambda x: x[1]) for nbrs in all_nbrs]
    idx, dist, tie = [], [], False
    for nbr in all_nbrs:
        if len(nbr) > MAX_NBR and abs(nbr[MAX_NBR - 1][1] - nbr[MAX_NBR][1]) < 1e-6:
            tied = [x for x in nbr if abs(x[1] - nbr[MAX_NBR - 1][1]) < 1e-6]
            tie |= len({crystal[x[2]].specie.number for x in tied}) > 1
        if len(nbr) < MAX_NBR:
            idx.append([x[2] for x in nbr] + [0] * (MAX_NBR - len(nbr)))
            dist.append([x[1] for x in nbr] + [RADIUS + 1.0] * (MAX_NBR - len(nbr)))
        else:
            idx.append([x[2] for x in nbr[:MAX_NBR]])
            dist.append([x[1] for x in nbr[:MAX_NBR]])
    idx, dist = np.array(idx), np.array(dist)
    return atom_fea, idx, dist, tie


def load(name):
    ckpt = torch.load(data_dir() / "models" / "cgcnn" / f"{name}.pth.tar", map_location="cpu", weights_only=False)
    a = ckpt["args"]
    model = CrystalGraphConvNet(
        92, 41, atom_fea_len=a["atom_fea_len"], n_conv=a["n_conv"], h_fea_len=a["h_fea_len"], n_h=a["n_h"],
        classification=a["task"] == "classification",
    )
    model.load_state_dict(ckpt["state_dict"])
    model.eval()
    return model, ckpt["normalizer"]


def run(model, normalizer, atom_fea, idx, dist):
    """The reference forward, recording the per-layer mean atom features and the input of fc_out."""
    means, crystal = [], []
    h1 = model.embedding.register_forward_hook(lambda m, i, o: means.append(o.mean(0)))
    hooks = [h1] + [c.register_forward_hook(lambda m, i, o: means.append(o.mean(0))) for c in model.convs]
    hooks.append(model.fc_out.register_forward_hook(lambda m, i, o: crystal.append(i[0][0])))
    with torch.no_grad():
        out = model(
            torch.Tensor(atom_fea), torch.Tensor(gdf.expand(dist)), torch.LongTensor(idx),
            [torch.LongTensor(np.arange(len(atom_fea)))],
        )
    for h in hooks:
        h.remove()
    pred = float(out[0, 0]) * normalizer["std"] + normalizer["mean"]
    return [[sig(float(x), 7) for x in m] for m in means], [sig(float(x), 7) for x in crystal[0]], sig(pred, 9)


def main():
    rows = [(r["material_id"], r["cif"]) for r in mp20_rows("mp20_biternary_val.csv.gz")]
    structs = [(mid, pmg_structure(cif)) for mid, cif in rows]
    structs = [(mid, s) for mid, s in structs if s.is_ordered]
    structs.sort(key=lambda x: (len(x[1]), x[0]))
    step = len(structs) // N
    chosen = [structs[i * step] for i in range(N)]
    # Larger cells: MPTS-52's test split, every 400th row with more than 20 sites.
    big = [(r["material_id"], pmg_structure(r["cif"])) for r in mp20_rows("mpts52_test.csv.gz")]
    big = sorted(((m, s) for m, s in big if len(s) > 20 and s.is_ordered), key=lambda x: (len(x[1]), x[0]))
    chosen += big[:: max(1, len(big) // N_BIG)][:N_BIG]
    models = {name: load(name) for name in MODELS}
    out, ties = [], []
    for mid, s in chosen:
        atom_fea, idx, dist, tie = graph(s)
        if tie:
            ties.append(mid)
        entry = {
            "id": mid,
            "structure": to_crystaldb(s),
            "distances": [[sig(float(d), 10) for d in row] for row in dist],
            "neighbor_z": [[int(s[int(j)].specie.number) for j in row] for row in idx],
            "models": {},
        }
        for name, (model, normalizer) in models.items():
            means, crystal, pred = run(model, normalizer, atom_fea, idx, dist)
            entry["models"][name] = {"crystal": crystal, "prediction": pred}
            if name == MODELS[0]:
                entry["models"][name]["layer_means"] = means
        out.append(entry)
    sizes = [len(e["structure"]["sites"]) for e in out]
    print(f"{len(out)} structures, {min(sizes)}..{max(sizes)} sites; ties at the 12th neighbour: {ties}")
    dest = REPO / "learned" / "tests" / "expected"
    dest.mkdir(parents=True, exist_ok=True)
    write_json(dest / "cgcnn_reference.json", {
        "source": "txie-93/cgcnn f42ab23 (CrystalGraphConvNet, CIFData graph), torch " + torch.__version__,
        "radius": RADIUS, "max_num_nbr": MAX_NBR, "step": STEP, "ties": ties, "structures": out,
    })


main()

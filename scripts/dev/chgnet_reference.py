"""Expected CHGNet outputs from the reference implementation, for the parity tests of `chgnet`.

Dev-only. Needs chgnet 0.4.2 and pymatgen (e.g. `pip install chgnet==0.4.2 pymatgen`, which also
brings torch) and the CHGNet 0.3.0 checkpoint in shared/data/models/chgnet/0.3.0. Run from the
repository root:
    CRYSTALDB_DATA=/path/to/shared/data .venv-ref/bin/python scripts/dev/chgnet_reference.py
Writes learned/tests/expected/chgnet_reference.json. The structures are those of
cgcnn_reference.py (60 of MP-20's binary/ternary validation split spread over the range of site
counts, every 119th row in order of site count, ties by id; 8 of MPTS-52's test split with more
than 20 sites, evenly spaced in order of site count), plus, when none of them has one, the first
row of the validation split (file order) with no two atoms within the bond-graph cutoff (3 Å),
so that the fixture covers an empty bond graph.

The model is `CHGNet.from_file` of the checkpoint (what `CHGNet.load("0.3.0")` builds, less the
version tag: mlp_out_bias False), in eval mode, float32, on the CPU with 2 torch threads, one
crystal at a time. Per structure:
  - "structure": the structure as parsed by pymatgen (crystaldb's serde JSON);
  - "graph": sizes of `model.graph_converter(s)` (the "fast" converter): "atom_edges" (rows of
    atom_graph: directed edges i->j, periodic images included, 0 < d <= 6 Å as pymatgen's
    `get_neighbor_list(6, numerical_tol=1e-8)` finds them), "undirected" (undirected edges, the
    length of undirected2directed), "bond_graph_bonds" (undirected edges of length <= 3 Å, read
    from the converter's Graph: those are the nodes of the bond graph, including the ones that
    take part in no angle), "angles" (rows of bond_graph: for each such bond and each of its two
    ends, one row per other directed edge leaving that end with length < 3 Å, strictly);
  - "layer_means": the mean over atoms of the atom features after `atom_embedding` and after each
    of the 4 `atom_conv_layers` (5 vectors of 64);
  - "atom_fea_mean": the mean over atoms of `predict_structure(..., return_atom_feas=True)`'s
    "atom_fea" (the atom features after the 3rd atom convolution, = layer_means[3]);
  - "crystal_fea": `predict_structure(..., return_crystal_feas=True)`'s "crystal_fea"; because the
    checkpoint has mlp_first=True this is the SUM over the atoms of the atom features after the
    4th convolution and `readout_norm` (not a mean), hence "n_atoms";
  - "energy_per_atom": the returned "e" in eV/atom (MPtrj composition model included);
  - "f64": "layer_means", "crystal_fea" and "energy_per_atom" of the same network in float64
    (weights widened, graph built in float64; the composition model's linear term added in
    float64). Where the float32 answer and the float64 one differ, the difference is the
    reference's own rounding (it grows through the layers, most where a bond meets its own
    reverse at 180°, e.g. mp-10015): the tests bound the distance to each.
Structures on which chgnet raises (e.g. an atom with no neighbour within 6 Å) are listed under
"skipped" with the message.
"""

import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, data_dir, mp20_rows, pmg_structure, sig, to_crystaldb, write_json  # noqa: E402

import chgnet.graph.converter as converter  # noqa: E402
import torch  # noqa: E402
from chgnet.model import CHGNet  # noqa: E402

N = 60
N_BIG = 8
ATOM_CUTOFF, BOND_CUTOFF = 6.0, 3.0
CHECKPOINT = data_dir() / "models/chgnet/0.3.0/chgnet_0.3.0_e29f68s314m37.pth.tar"

torch.set_num_threads(2)
torch.set_default_dtype(torch.float32)
model = CHGNet.from_file(str(CHECKPOINT))
model.eval()
assert model.graph_converter.atom_graph_cutoff == ATOM_CUTOFF
assert model.graph_converter.bond_graph_cutoff == BOND_CUTOFF
assert model.mlp_first
model64 = CHGNet.from_file(str(CHECKPOINT))
model64.eval()
composition64 = model64.composition_model.fc.weight.detach().double()[0]
model64.composition_model = None
model64.double()


def no_bonds(s) -> bool:
    """No two atoms (periodic images included) within the bond-graph cutoff."""
    return len(s.get_neighbor_list(BOND_CUTOFF, numerical_tol=1e-8)[0]) == 0


def graph_sizes(s) -> dict:
    conv = model.graph_converter
    g = conv(s)
    # The converter does not return its Graph; rebuild it the same way to read the bond lengths.
    ci, ni, img, dist = s.get_neighbor_list(r=conv.atom_graph_cutoff, sites=s.sites, numerical_tol=1e-8)
    graph = conv.create_graph(len(s), ci, ni, img, dist)
    bonds = sum(u.info["distance"] <= conv.bond_graph_cutoff for u in graph.undirected_edges_list)
    return {
        "atom_edges": int(g.atom_graph.reshape(-1, 2).shape[0]),
        "undirected": len(g.undirected2directed),
        "bond_graph_bonds": int(bonds),
        "angles": len(g.bond_graph),
    }


def run(s, net=model, digits=7) -> tuple[list, dict]:
    """One crystal through predict_structure, with the per-layer mean atom features."""
    means = []
    hook = lambda m, i, o: means.append(o.detach().mean(0))  # noqa: E731
    hooks = [net.atom_embedding.register_forward_hook(hook)]
    hooks += [layer.register_forward_hook(hook) for layer in net.atom_conv_layers]
    try:
        with torch.no_grad():
            pred = net.predict_structure(
                s, task="e", return_crystal_feas=True, return_atom_feas=True, batch_size=1
            )
    finally:
        for h in hooks:
            h.remove()
    assert len(means) == 1 + len(net.atom_conv_layers), len(means)
    return [[sig(float(x), digits) for x in m] for m in means], pred


def run64(s) -> dict:
    """The same crystal through the float64 copy of the network."""
    saved = converter.TORCH_DTYPE
    converter.TORCH_DTYPE = torch.float64
    try:
        means, pred = run(s, model64, 10)
    finally:
        converter.TORCH_DTYPE = saved
    z = torch.tensor([site.specie.Z for site in s]) - 1
    energy = float(pred["e"]) + float(composition64[z].mean())
    return {
        "layer_means": means,
        "crystal_fea": [sig(float(x), 10) for x in pred["crystal_fea"]],
        "energy_per_atom": sig(energy, 10),
    }


def main():
    rows = [(r["material_id"], r["cif"]) for r in mp20_rows("mp20_biternary_val.csv.gz")]
    structs = [(mid, pmg_structure(cif)) for mid, cif in rows]
    structs = [(mid, s) for mid, s in structs if s.is_ordered]
    by_size = sorted(structs, key=lambda x: (len(x[1]), x[0]))
    step = len(by_size) // N
    chosen = [by_size[i * step] for i in range(N)]
    # Larger cells: MPTS-52's test split, every 400th row with more than 20 sites.
    big = [(r["material_id"], pmg_structure(r["cif"])) for r in mp20_rows("mpts52_test.csv.gz")]
    big = sorted(((m, s) for m, s in big if len(s) > 20 and s.is_ordered), key=lambda x: (len(x[1]), x[0]))
    chosen += big[:: max(1, len(big) // N_BIG)][:N_BIG]
    # An empty bond graph: the first validation row (file order) without any pair within 3 Å.
    if not any(no_bonds(s) for _, s in chosen):
        chosen.append(next((mid, s) for mid, s in structs if no_bonds(s)))

    out, skipped = [], []
    for mid, s in chosen:
        try:
            graph = graph_sizes(s)
            means, pred = run(s)
            wide = run64(s)
        except Exception as exc:  # noqa: BLE001
            skipped.append({"id": mid, "error": f"{type(exc).__name__}: {exc}"})
            continue
        n = len(s)
        atom_fea = torch.as_tensor(pred["atom_fea"])
        assert atom_fea.shape == (n, model.atom_fea_dim)
        out.append({
            "id": mid,
            "structure": to_crystaldb(s),
            "n_atoms": n,
            "graph": graph,
            "layer_means": means,
            "atom_fea_mean": [sig(float(x), 7) for x in atom_fea.mean(0)],
            "crystal_fea": [sig(float(x), 7) for x in pred["crystal_fea"]],
            "energy_per_atom": sig(float(pred["e"]), 9),
            "f64": wide,
        })
    sizes = [e["n_atoms"] for e in out]
    empty = [e["id"] for e in out if e["graph"]["bond_graph_bonds"] == 0]
    no_angles = [e["id"] for e in out if e["graph"]["angles"] == 0 and e["graph"]["bond_graph_bonds"] > 0]
    print(f"{len(out)} structures, {min(sizes)}..{max(sizes)} sites; empty bond graph: {empty}; "
          f"bonds but no angles: {no_angles}; skipped: {skipped}")
    dest = REPO / "learned" / "tests" / "expected"
    dest.mkdir(parents=True, exist_ok=True)
    write_json(dest / "chgnet_reference.json", {
        "source": f"chgnet {version('chgnet')} (CHGNet 0.3.0 checkpoint via CHGNet.from_file, mlp_out_bias "
        f"False, eval, float32, CPU, batch_size 1), torch {torch.__version__}, pymatgen {version('pymatgen')} "
        f"(pymatgen-core {version('pymatgen-core')})",
        "checkpoint": CHECKPOINT.name,
        "atom_graph_cutoff": 6,
        "bond_graph_cutoff": 3,
        "skipped": skipped,
        "structures": out,
    })


main()
